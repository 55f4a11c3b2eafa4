"""Pages for the sociale kaart: one page per partner, and the filterable directory table."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from wegwijzer.catalog import Catalog
from wegwijzer.domain import NATIONAL, NATIONAL_NAME, newest_primary_source
from wegwijzer.render.attention import doubt_marker, record_doubts_note, short_doubt_marker
from wegwijzer.render.footer import footer, sources_list
from wegwijzer.render.markup import (
    block,
    date_nl,
    definition_list,
    esc,
    external,
    items,
    link,
    mailto,
    page,
    paragraphs,
    tel,
)
from wegwijzer.render.phones import call_links, phone_tip
from wegwijzer.render.reach import consent_sentence, reach_sentence
from wegwijzer.render.urls import href
from wegwijzer.rules.doubts import field_doubts
from wegwijzer.schemas import Schemas, default_schemas

AGE_BANDS = [("0-4", "0 tot 4 jaar (voorschool)", 0, 3), ("4-12", "4 tot 12 jaar (basisschool)", 4, 12),
             ("12-18", "12 tot 18 jaar", 13, 17), ("18+", "Volwassenen (ouders)", 18, 99)]


def area_names(catalog: Catalog, partner: dict[str, Any]) -> list[str]:
    towns = catalog.municipalities
    return [NATIONAL_NAME if a == NATIONAL else towns.get(a, (a, ""))[0] for a in partner.get("areas", [])]


def age_text(partner: dict[str, Any]) -> str:
    audience = partner.get("audience")
    if not audience:
        return ""
    low, high = audience["min_age"], audience["max_age"]
    return f"{low} jaar en ouder" if high >= 99 else f"{low} tot en met {high} jaar"


def age_bands(partner: dict[str, Any]) -> list[str]:
    audience = partner.get("audience") or {"min_age": 0, "max_age": 99}
    return [key for key, _, low, high in AGE_BANDS if audience["min_age"] <= high and audience["max_age"] >= low]


def contact_parts(partner: dict[str, Any], doubts: dict[str, list[str]] | None = None) -> list[str]:
    """How to reach the partner, most direct first: a tap-to-call number, the web page, a public e-mail address.

    With `doubts` (field → texts, for the partner's own page) each item carries its "niet bevestigd: …" marker and a
    record without a number says why (contact.no_phone); cards and tables say only "niet bevestigd" beside an item.
    """
    contact = partner.get("contact", {})
    page = doubts is not None
    marks = doubts if page else field_doubts(partner)

    def marker(field: str) -> str:
        return doubt_marker(marks.get(field)) if page else (short_doubt_marker() if field in marks else "")

    parts = []
    if contact.get("phone"):
        parts.append(tel(contact["phone"], f"Bel {contact['phone']}", cls="ww-tel")
                     + phone_tip(contact["phone"]) + marker("contact.phone"))
    elif page and contact.get("no_phone"):
        # Out of the search: 'telefoonnummer' here says what the page lacks.
        parts.append('<span class="ww-no-phone" data-pagefind-ignore>Geen telefoonnummer bekend: '
                     f'{esc(contact["no_phone"])}</span>' + marker("contact.no_phone"))
    if contact.get("website"):
        parts.append(external(contact["website"], site_label(contact["website"])) + marker("contact.website"))
    if contact.get("email"):
        parts.append(mailto(contact["email"]) + marker("contact.email"))
    return parts


def site_label(url: str) -> str:
    """"https://www.amsterdam.nl/leerplicht/" → "amsterdam.nl/leerplicht": where the link goes, short."""
    parts = urlsplit(url)
    host = parts.netloc.removeprefix("www.")
    path = parts.path.strip("/")
    if not path:
        return host
    first = path.split("/", 1)[0]
    return f"{host}/{first}" + ("/…" if "/" in path else "")


def contact_line(partner: dict[str, Any], doubts: dict[str, list[str]] | None = None) -> str:
    """The contact details on one line (wrapping only between items), for cards and tables."""
    parts = contact_parts(partner, doubts)
    if not parts:
        return ""
    return '<span class="ww-contact">' + "".join(f'<span class="ww-contact-item">{p}</span>' for p in parts) + "</span>"


def partner_page(catalog: Catalog, partner_id: str, root: str = "../../", edit_url: str | None = None,
                 schemas: Schemas | None = None) -> str:
    """The Markdown of /sociale-kaart/<id>/."""
    partner = catalog.get("partner", partner_id)
    assert partner is not None
    names = (schemas or default_schemas()).partner_labels()
    access = partner["access"]
    doubts = field_doubts(partner)

    def marked(field: str, html_value: str) -> str:
        """A field's value with its "niet bevestigd" marker beside it (shown even when the value is empty)."""
        return (html_value + doubt_marker(doubts.get(field))).strip()

    body: list[str] = []
    contact = contact_line(partner, doubts) + doubt_marker(doubts.get("contact"))
    body.append(block(f'<span class="ww-contact-label">Contact:</span> {contact}', tag="p", cls="ww-contact-first"))
    body.append(checked_line(partner))
    if catalog.is_stale("partner", partner_id):
        body.append(block(f'<p class="admonition-title">Mogelijk verouderd</p><p>Deze gegevens zijn voor het laatst '
                          f'gecontroleerd op {date_nl(partner["last_verified"])}, meer dan een jaar geleden. Kijk op '
                          f'de website van de organisatie of ze nog kloppen.</p>', cls="admonition warning"))
    description = call_links(paragraphs(partner["description"]))
    if doubts.get("description"):
        description += block(doubt_marker(doubts["description"]), tag="p")
    body.append(block(description, cls="ww-description"))
    access_note = doubts.get("access.consent") or []
    rows = [
        ("Naam", marked("name", esc(partner["name"]) if doubts.get("name") else "")),
        ("Ook bekend als", marked("aliases", esc(", ".join(partner.get("aliases", []))))),
        ("Soort organisatie", marked("kind", esc(names["kind"].get(partner["kind"], partner["kind"])))),
        ("Thema's", marked("themes", ", ".join(link(f"{root}tags/#tag:{theme}", names["theme"].get(theme, theme))
                                               for theme in partner["themes"]))),
        ("Leeftijd", marked("audience", esc(age_text(partner)))),
        ("Werkgebied", marked("areas", esc(", ".join(area_names(catalog, partner))))),
        ("Hoe de school hen bereikt", esc(reach_sentence(partner, names))
         + doubt_marker((doubts.get("access") or []) + (doubts.get("access.routes") or []))),
        # The reach sentence already says it when the school acts; the row is for the other cases only.
        ("Toestemming van ouders", "" if consent_sentence(partner) and not access_note
         else marked("access.consent", esc(names["consent"].get(access["consent"], access["consent"])))),
        ("Toelichting", marked("access.notes", paragraphs(access.get("notes", "")))),
        ("Kosten", marked("costs", esc(partner.get("costs", "")))),
    ]
    body.append(definition_list(rows))
    body.append(record_doubts_note(partner))
    questions = catalog.questions_for(partner_id)
    body.append("## Vragen die naar deze partner leiden")
    if questions:
        body.append(items((link(href(root, "question", q["id"]), q["title"]) for q in questions), cls="ww-questions"))
    else:
        body.append(block("Nog geen vraag in de wegwijzer verwijst naar deze partner.", tag="p"))
    body.append("## Bronnen")
    body.append(sources_list(partner))
    body.append(footer(partner, edit_url))
    return page(partner["name"], body, {"tags": [names["theme"].get(t, t) for t in partner["themes"]]})


def checked_line(partner: dict[str, Any]) -> str:
    """Near the top: when the record was checked, against which primary source, and where to report a mistake."""
    source = newest_primary_source(partner)
    when = f"Gecontroleerd op {date_nl(partner['last_verified'])}"
    if source is not None:
        text = f"{when} met bron {external(source['url'], source['title'])}."
    elif partner.get("sources"):
        text = f"{when}, alleen met bronnen van anderen dan de organisatie of de overheid."
    else:
        text = f"{when}; er is nog geen bron opgegeven."
    # Out of the search index: the source's title would add words (often town names) to the page's own.
    return (f'<p class="ww-checked" data-pagefind-ignore>{text} <a href="#klopt-dit-niet">Klopt dit niet?</a>'
            "</p>")


def directory(catalog: Catalog, root: str = "../", schemas: Schemas | None = None) -> str:
    """The /sociale-kaart/ table: every partner, with data attributes the browser filter reads.

    The table stays out of the search index: each partner has its own page there, and one page matching every
    query would only push the right answer down.
    """
    names = (schemas or default_schemas()).partner_labels()
    towns = catalog.municipalities
    rows = []
    for partner in catalog.all("partner"):
        areas = partner["areas"]
        town_ids = sorted(towns) if NATIONAL in areas else [a for a in areas if a in towns]
        attrs = (f' data-towns="{esc(" ".join(town_ids))}" data-themes="{esc(" ".join(partner["themes"]))}"'
                 f' data-ages="{esc(" ".join(age_bands(partner)))}"')
        rows.append(
            f"<tr{attrs}><td>{link(href(root, 'partner', partner['id']), partner['name'])}</td>"
            f'<td data-label="Contact">{contact_line(partner)}</td>'
            f"<td data-label=\"Soort\">{esc(names['kind'].get(partner['kind'], partner['kind']))}</td>"
            f"<td data-label=\"Thema's\">{esc(', '.join(names['theme'].get(t, t) for t in partner['themes']))}</td>"
            f'<td data-label="Werkgebied">{esc(", ".join(area_names(catalog, partner)))}</td>'
            f'<td data-label="Hoe bereik je hen">{esc(reach_sentence(partner, names))}</td></tr>'
        )
    head = ("<thead><tr><th scope=\"col\">Naam</th><th scope=\"col\">Contact</th><th scope=\"col\">Soort</th>"
            "<th scope=\"col\">Thema's</th>"
            "<th scope=\"col\">Werkgebied</th><th scope=\"col\">Hoe bereik je hen</th></tr></thead>")
    table = (f'<div class="ww-table-wrap" data-pagefind-ignore><table class="ww-directory" id="ww-directory">'
             f'<caption id="ww-directory-caption">Alle {len(rows)} partners van de sociale kaart</caption>{head}'
             f'<tbody>{"".join(rows)}'
             f"</tbody></table></div>")
    return _filter_form(catalog, names) + "\n\n" + table


def _filter_form(catalog: Catalog, names: dict[str, dict[str, str]]) -> str:
    groups = "".join(
        f'<optgroup label="{esc(region["name"])}" data-region="{esc(region["id"])}">'
        + "".join(f'<option value="{esc(t["id"])}">{esc(t["name"])}</option>' for t in region["municipalities"])
        + "</optgroup>"
        for region in catalog.all("region")
    )
    themes = "".join(f'<option value="{esc(k)}">{esc(v)}</option>' for k, v in names["theme"].items())
    ages = "".join(f'<option value="{esc(key)}">{esc(label)}</option>' for key, label, _, _ in AGE_BANDS)
    return (
        '<form class="ww-filter" id="ww-filter" hidden data-pagefind-ignore aria-controls="ww-directory">'
        '<div><label for="ww-filter-town">Gemeente</label><select id="ww-filter-town" name="town">'
        f'<option value="">Alle gemeenten</option>{groups}</select></div>'
        '<div><label for="ww-filter-theme">Thema</label><select id="ww-filter-theme" name="theme">'
        f'<option value="">Alle thema\'s</option>{themes}</select></div>'
        '<div><label for="ww-filter-age">Leeftijd</label><select id="ww-filter-age" name="age">'
        f'<option value="">Alle leeftijden</option>{ages}</select></div>'
        '<div><label for="ww-filter-text">Zoek in de tabel</label>'
        '<input type="search" id="ww-filter-text" name="text" autocomplete="off"></div>'
        '<p class="ww-filter-count" id="ww-filter-count" role="status" aria-live="polite"></p>'
        "</form>"
    )


MACROS = {"sociale_kaart": lambda catalog, root, extra: directory(catalog, root)}
PAGES = {"partner": partner_page}
