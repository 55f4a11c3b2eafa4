"""What maintainers should check next, and what a reader must know is unconfirmed.

A partner needs a new check when it was last verified over a year ago, when its newest primary source (the
organisation's own page or a government page) was read over a year ago, when it has no source or only secondary
ones, or when facts in it are marked unconfirmed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.references import STALE_AFTER_DAYS
from wegwijzer.render.markup import block, date_nl, esc, items, link
from wegwijzer.render.urls import edit_url, href

PRIMARY = ("eigen", "overheid")


def newest_primary_read(record: dict[str, Any]) -> dt.date | None:
    """The latest date on which a primary source of the record was read, if any."""
    dates = []
    for source in record.get("sources") or []:
        if source.get("kind") in PRIMARY:
            try:
                dates.append(dt.date.fromisoformat(str(source.get("accessed"))))
            except ValueError:
                continue
    return max(dates, default=None)


def reasons_to_check(catalog: Catalog, partner: dict[str, Any]) -> list[str]:
    """The Dutch reasons why a partner needs checking; empty when it is up to date."""
    reasons = []
    if catalog.is_stale("partner", partner["id"]):
        reasons.append(f"laatst gecontroleerd op {date_nl(partner['last_verified'])}")
    sources = partner.get("sources") or []
    read = newest_primary_read(partner)
    if not sources:
        reasons.append("geen bron")
    elif read is None:
        reasons.append("alleen secundaire bronnen, geen eigen pagina of overheidspagina")
    elif (catalog.today - read).days > STALE_AFTER_DAYS:
        reasons.append(f"primaire bron het laatst gelezen op {date_nl(read.isoformat())}")
    if partner.get("unconfirmed"):
        reasons.append("niet bevestigd: " + " ".join(partner["unconfirmed"]))
    return reasons


def stale_partners(catalog: Catalog) -> list[tuple[dict[str, Any], list[str]]]:
    """Partners to check, oldest check first, each with the Dutch reasons."""
    rows = []
    for partner in catalog.all("partner"):
        reasons = reasons_to_check(catalog, partner)
        if reasons:
            rows.append((partner, reasons))
    return sorted(rows, key=lambda row: (row[0]["last_verified"], row[0]["name"].casefold()))


def unconfirmed_note(partner: dict[str, Any]) -> str:
    """A warning box listing the facts of a partner that could not be confirmed in a current primary source."""
    facts = partner.get("unconfirmed")
    if not facts:
        return ""
    return block('<p class="admonition-title">Niet alles is bevestigd</p><p>Deze gegevens konden we niet '
                 'terugvinden in een actuele bron van de organisatie of de overheid. Vraag het na voordat je '
                 'erop vertrouwt:</p>' + items(esc(fact) for fact in facts), cls="admonition warning ww-unconfirmed")


def stale_table(catalog: Catalog, root: str = "../../", edit_base: str | None = None) -> str:
    """The /sociale-kaart/te-controleren/ table."""
    rows = stale_partners(catalog)
    if not rows:
        return ('<p class="ww-none">Alle partners zijn het afgelopen jaar gecontroleerd met een actuele eigen pagina '
                'of overheidspagina, en niets is als onbevestigd gemarkeerd.</p>')
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
