"""What maintainers should check next, and what a reader must know is unconfirmed.

A partner needs a new check when it was last verified over a year ago, when its newest primary source (the
organisation's own page or a government page) was read over a year ago, when it has no source or only secondary
ones, or when facts in it are marked unconfirmed.
"""

from __future__ import annotations

from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.doubts import doubt_lines, record_doubts
from wegwijzer.references import STALE_AFTER_DAYS, newest_primary_read
from wegwijzer.render.markup import block, date_nl, esc, items, link
from wegwijzer.render.urls import PREFIX, edit_url, href


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
        rows += sorted(found, key=lambda row: (str(row[1].get("last_verified", "")), _name(row[1]).casefold()))
    return rows


def stale_partners(catalog: Catalog) -> list[tuple[dict[str, Any], list[str]]]:
    """Partners to check, oldest check first, each with the Dutch reasons."""
    return [(data, reasons) for kind, data, reasons in stale_records(catalog) if kind == "partner"]


def _name(data: dict[str, Any]) -> str:
    return str(data.get("name") or data.get("title") or data.get("id"))


def doubt_marker(texts: list[str] | None) -> str:
    """A small marker beside a field that says, in words, what about it is not confirmed."""
    if not texts:
        return ""
    return (' <span class="ww-doubt"><span class="ww-doubt-label">niet bevestigd:</span> '
            + " ".join(esc(text) for text in texts) + "</span>")


def record_doubts_note(partner: dict[str, Any]) -> str:
    """The doubts about the record as a whole, lower on the page and calmly: what could not be confirmed yet."""
    facts = record_doubts(partner)
    if not facts:
        return ""
    return block('<h2 id="nog-niet-bevestigd">Nog niet bevestigd</h2><p>Dit konden we nog niet terugvinden in een '
                 'actuele bron van de organisatie of de overheid:</p>' + items(esc(fact) for fact in facts),
                 tag="section", cls="ww-doubts")


def stale_table(catalog: Catalog, root: str = "../../", edit_base: str | None = None) -> str:
    """The /sociale-kaart/te-controleren/ table: partners first, then the other records."""
    rows = stale_records(catalog)
    if not rows:
        return ('<p class="ww-none">Alle gegevens zijn het afgelopen jaar gecontroleerd met een actuele eigen pagina '
                'of overheidspagina, en niets is als onbevestigd gemarkeerd.</p>')
    body = "".join(
        f"<tr><td>{_record_link(root, kind, data)}</td><td>{esc(KIND_NAMES.get(kind, kind))}</td>"
        f"<td>{esc('; '.join(reasons))}</td>"
        f"<td>{link(edit_url(edit_base, catalog.records[kind][data['id']].source), 'Bestand aanpassen')}"
        "</td></tr>"
        for kind, data, reasons in rows
    )
    return ('<div class="ww-table-wrap" data-pagefind-ignore><table class="ww-stale">'
            '<caption>Gegevens om opnieuw te controleren</caption>'
            '<thead><tr><th scope="col">Naam</th><th scope="col">Soort</th><th scope="col">Waarom</th>'
            f'<th scope="col">Aanpassen</th></tr></thead><tbody>{body}</tbody></table></div>')


KIND_NAMES = {"partner": "Partner", "question": "Vraag", "region": "Regio", "competency": "Competentie",
              "role": "Rol", "profile": "Profiel", "task": "Taak", "milestone": "Mijlpaal"}


def _record_link(root: str, kind: str, data: dict[str, Any]) -> str:
    """A link to the record's page, or its name alone for kinds without a page."""
    return link(href(root, kind, data["id"]), _name(data)) if kind in PREFIX else esc(_name(data))


MACROS = {"te_controleren": lambda catalog, root, extra: stale_table(catalog, root, extra.get("edit_base"))}
