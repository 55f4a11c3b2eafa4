"""What maintainers should check next, and what a reader must know is unconfirmed.

A partner needs a new check when it was last verified over a year ago, when its newest primary source (the
organisation's own page or a government page) was read over a year ago, when it has no source or only secondary
ones, or when facts in it are marked unconfirmed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.domain import STALE_AFTER_DAYS, display_name, newest_primary_read
from wegwijzer.render.markup import date_nl, esc, items, link
from wegwijzer.render.report import mail_href, page_reference, valid_address
from wegwijzer.render.urls import PREFIX, edit_url, href, url
from wegwijzer.rules.addresses import bare_host, host_of
from wegwijzer.rules.doubts import doubt_lines, record_doubts


def reasons_to_check(catalog: Catalog, record: dict[str, Any], kind: str = "partner") -> list[str]:
    """The Dutch reasons why a record needs checking; empty when it is up to date."""
    reasons = []
    if "last_verified" in record and catalog.is_stale(kind, record["id"]):
        reasons.append(f"laatst gecontroleerd op {date_nl(record['last_verified'])}")
    sources = record.get("sources") or []
    read = newest_primary_read(record)
    if not sources:
        if kind == "partner":
            reasons.append("geen bron")
    elif read is None:
        reasons.append("alleen secundaire bronnen, geen eigen pagina of overheidspagina")
    elif (catalog.today - read).days > STALE_AFTER_DAYS:
        reasons.append(f"primaire bron het laatst gelezen op {date_nl(read.isoformat())}")
    if record.get("unconfirmed"):
        reasons.append("niet bevestigd: " + " ".join(doubt_lines(record)))
    return reasons


def stale_records(catalog: Catalog) -> list[tuple[str, dict[str, Any], list[str]]]:
    """Every record to check, partners first, then by kind; oldest check first within a kind."""
    rows = []
    for kind in ["partner"] + sorted(k for k in catalog.records if k != "partner"):
        found = [(kind, data, reasons) for data in catalog.all(kind)
                 if (reasons := reasons_to_check(catalog, data, kind))]
        rows += sorted(found, key=lambda row: (str(row[1].get("last_verified", "")), display_name(row[1]).casefold()))
    return rows


def stale_partners(catalog: Catalog) -> list[tuple[dict[str, Any], list[str]]]:
    """Partners to check, oldest check first, each with the Dutch reasons."""
    return [(data, reasons) for kind, data, reasons in stale_records(catalog) if kind == "partner"]


def doubt_marker(texts: list[str] | None) -> str:
    """A small marker beside a field that says, in words, what about it is not confirmed."""
    if not texts:
        return ""
    return (' <span class="ww-doubt" data-pagefind-ignore><span class="ww-doubt-label">niet bevestigd:</span> '
            + " ".join(esc(text) for text in texts) + "</span>")


def short_doubt_marker() -> str:
    """The marker on cards and in tables, where the partner's page says what is not confirmed."""
    return ' <span class="ww-doubt" data-pagefind-ignore>niet bevestigd</span>'


def record_doubts_note(partner: dict[str, Any]) -> str:
    """The doubts about the record as a whole, lower on the page and calmly: what could not be confirmed yet."""
    facts = record_doubts(partner)
    if not facts:
        return ""
    # Out of the search: words such as 'telefoonnummer' here say what the page lacks.
    return ('<section class="ww-doubts" data-pagefind-ignore="all"><h2 id="nog-niet-bevestigd">Nog niet bevestigd</h2>'
            '<p>Dit konden we nog niet terugvinden in een actuele bron van de organisatie of de overheid:</p>'
            + items(esc(fact) for fact in facts) + "</section>")


@dataclass(frozen=True)
class Group:
    """The work for one organisation (its partners share a website host), or for one kind of record without one."""

    name: str
    host: str
    email: str
    rows: tuple[tuple[str, dict[str, Any], tuple[str, ...]], ...]


def stale_groups(catalog: Catalog) -> list[Group]:
    """The records to check grouped per organisation (partners, by website host, named after data/generic-hosts
    when the host is there), A to Z; then the other records, one group per kind."""
    known = {bare_host(str(r.get("host", ""))): str(r["name"]) for r in catalog.all("generic-host")}
    found: dict[str, list[tuple[str, dict[str, Any], tuple[str, ...]]]] = {}
    for kind, data, reasons in stale_records(catalog):
        key = host_of(str(data.get("contact", {}).get("website", ""))) if kind == "partner" else ""
        found.setdefault(key if kind == "partner" else f"kind:{kind}", []).append((kind, data, tuple(reasons)))
    organisations, others = [], []
    for key, rows in found.items():
        if key.startswith("kind:"):
            kind = key.removeprefix("kind:")
            others.append(Group(KIND_GROUPS.get(kind, kind), "", "", tuple(rows)))
            continue
        partners = [data for _, data, _ in rows]
        name = known.get(key) or (display_name(partners[0]) if len(partners) == 1 else key)
        email = next((str(p["contact"]["email"]) for p in partners if p.get("contact", {}).get("email")), "")
        organisations.append(Group(name, key, email, tuple(rows)))
    return sorted(organisations, key=lambda group: group.name.casefold()) + others


def confirm_mail(group: Group, site_url: str = "") -> str:
    """A prefilled e-mail asking the organisation to confirm or correct what the site says about it.

    To its own public address when a record has one; else without recipient (the maintainer fills it in).
    """
    lines = ["Goedendag,", "",
             "De IB Wegwijzer is een openbare wegwijzer en sociale kaart voor intern begeleiders in het "
             "basisonderwijs. Hieronder staat wat wij over uw organisatie publiceren. Wilt u laten weten of het "
             "klopt, en wat er anders moet? Een kort antwoord op deze mail is genoeg; staat het op een pagina van uw "
             "website, dan horen we graag welke.", ""]
    for kind, data, _ in group.rows:
        contact = data.get("contact", {})
        lines.append(f"- {display_name(data)}")
        lines.append(f"  Pagina: {page_reference(url(kind, data['id']), site_url)}")
        lines += [f"  {label}: {contact[key]}" for key, label in
                  (("phone", "Telefoon"), ("website", "Website"), ("email", "E-mail")) if contact.get(key)]
        if contact.get("no_phone"):
            lines.append("  Telefoon: wij vonden geen openbaar nummer. Klopt dat?")
        lines += [f"  Niet bevestigd: {line}" for line in doubt_lines(data)]
        lines.append("")
    lines += ["Hartelijk dank!", "", "Met vriendelijke groet,", ""]
    return mail_href(valid_address(group.email), f"Kloppen onze gegevens over {group.name}?", "\n".join(lines))


def stale_table(catalog: Catalog, root: str = "../../", edit_base: str | None = None) -> str:
    """The /sociale-kaart/te-controleren/ list: per organisation its records, with a prefilled e-mail asking it to
    confirm or correct them; then the other records per kind."""
    groups = stale_groups(catalog)
    if not groups:
        return ('<p class="ww-none">Alle gegevens zijn het afgelopen jaar gecontroleerd met een actuele eigen pagina '
                'of overheidspagina, en niets is als onbevestigd gemarkeerd.</p>')
    count = sum(len(group.rows) for group in groups)
    parts = [f'<p class="ww-stale-count">{count} records bij {len(groups)} organisaties en soorten gegevens.</p>']
    for number, group in enumerate(groups):
        ask = ""
        if group.host:
            to = (f"aan {esc(group.email)}" if valid_address(group.email)
                  else "zonder adres: de organisatie publiceert geen e-mailadres in onze gegevens, vul het zelf in")
            ask = (f'<p class="ww-confirm">{link(confirm_mail(group), "Vraag om bevestiging per e-mail")} '
                   f"({to}).</p>")
        body = "".join(
            f"<tr><td>{_record_link(root, kind, data)}</td><td>{esc('; '.join(reasons))}</td>"
            f"<td>{link(edit_url(edit_base, catalog.records[kind][data['id']].source), 'Bestand aanpassen')}"
            "</td></tr>"
            for kind, data, reasons in group.rows)
        heading = esc(group.name) + (f' <span class="ww-host">({esc(group.host)})</span>'
                                     if group.host and group.host != group.name else "")
        parts.append(f'<section class="ww-organisation"><h2 id="organisatie-{number + 1}">{heading}</h2>{ask}'
                     '<div class="ww-table-wrap"><table class="ww-stale">'
                     f'<caption>Te controleren: {esc(group.name)}</caption><thead><tr><th scope="col">Naam</th>'
                     '<th scope="col">Waarom</th><th scope="col">Aanpassen</th></tr></thead>'
                     f"<tbody>{body}</tbody></table></div></section>")
    return f'<div class="ww-stale-groups" data-pagefind-ignore>{"".join(parts)}</div>'


KIND_GROUPS = {"question": "Vragen in de wegwijzer", "region": "Regio's", "competency": "Competenties",
               "role": "Rollen", "profile": "Profielen", "task": "Taken", "milestone": "Mijlpalen",
               "generic-host": "Algemene webadressen", "synonym": "Synoniemen"}
KIND_NAMES = {"partner": "Partner", "question": "Vraag", "region": "Regio", "competency": "Competentie",
              "role": "Rol", "profile": "Profiel", "task": "Taak", "milestone": "Mijlpaal"}


def _record_link(root: str, kind: str, data: dict[str, Any]) -> str:
    """A link to the record's page, or its name alone for kinds without a page."""
    return link(href(root, kind, data["id"]), display_name(data)) if kind in PREFIX else esc(display_name(data))


MACROS = {"te_controleren": lambda catalog, root, extra: stale_table(catalog, root, extra.get("edit_base"))}
