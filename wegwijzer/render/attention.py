"""What maintainers should check next: partners not verified for a year, or without a source."""

from __future__ import annotations

from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.render.markup import date_nl, esc, link
from wegwijzer.render.urls import edit_url, href


def stale_partners(catalog: Catalog) -> list[tuple[dict[str, Any], list[str]]]:
    """Partners to check, oldest check first, each with the Dutch reasons."""
    rows = []
    for partner in catalog.all("partner"):
        reasons = []
        if catalog.is_stale("partner", partner["id"]):
            reasons.append(f"laatst gecontroleerd op {date_nl(partner['last_verified'])}")
        if not partner.get("sources"):
            reasons.append("geen bron")
        if reasons:
            rows.append((partner, reasons))
    return sorted(rows, key=lambda row: (row[0]["last_verified"], row[0]["name"].casefold()))


def stale_table(catalog: Catalog, root: str = "../../", edit_base: str | None = None) -> str:
    """The /sociale-kaart/te-controleren/ table."""
    rows = stale_partners(catalog)
    if not rows:
        return '<p class="ww-none">Alle partners zijn het afgelopen jaar gecontroleerd en hebben een bron.</p>'
    body = "".join(
        f"<tr><td>{link(href(root, 'partner', p['id']), p['name'])}</td><td>{esc('; '.join(reasons))}</td>"
        f"<td>{link(edit_url(edit_base, catalog.records['partner'][p['id']].source), 'Bestand aanpassen')}"
        "</td></tr>"
        for p, reasons in rows
    )
    return ('<div class="ww-table-wrap" data-pagefind-ignore><table class="ww-stale">'
            '<caption>Partners om opnieuw te controleren</caption>'
            '<thead><tr><th scope="col">Partner</th><th scope="col">Waarom</th>'
            f'<th scope="col">Aanpassen</th></tr></thead><tbody>{body}</tbody></table></div>')


MACROS = {"te_controleren": lambda catalog, root, extra: stale_table(catalog, root, extra.get("edit_base"))}
