"""The site's one place choice: the reader types the municipality of her school and picks it from a list (a WAI-ARIA
1.2 combobox with a listbox), at the top of every page and on the home page.

The municipality determines the region (wegwijzer.render.municipalities). The choice is kept in this browser only:
localStorage `ww-municipality` (the chosen entry as JSON) and, as before, `ww-region` (its region id, or "" when the
data has no region for it; no key means the reader has not chosen). A stored `ww-region` without a municipality
still applies. Without JavaScript the control stays hidden and every region shows.
"""

from __future__ import annotations

from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.domain import NATIONAL
from wegwijzer.render.markup import esc, tel
from wegwijzer.render.municipalities import ASSET, national_phone

ADD_REGION = "bijdragen/regio-toevoegen/"


def short_name(region: dict[str, Any]) -> str:
    """The region's name up to its first colon: "Groeisaam: West Maas en Waal, ..." → "Groeisaam"."""
    return region["name"].split(":", 1)[0].strip()


def municipalities_attr(partner: dict[str, Any]) -> str:
    """data-municipalities on a partner card: the municipality ids it serves; none for a national partner."""
    areas = partner.get("areas", [NATIONAL])
    return "" if NATIONAL in areas else f' data-municipalities="{esc(" ".join(areas))}"'


def _missing_panel(catalog: Catalog, prefix: str) -> str:
    """What a reader whose samenwerkingsverband has no routes yet is told (filled in by the script)."""
    phone = national_phone(catalog)
    safe = (f"<p>Twijfel je over huiselijk geweld of kindermishandeling? Bel Veilig Thuis: {tel(phone)} "
            "(gratis, dag en nacht).</p>") if phone else ""
    return (f'<div class="ww-place-missing" id="{prefix}-missing" hidden>'
            f'<p class="ww-place-missing-title"><strong>Jouw samenwerkingsverband staat er nog niet in.</strong> '
            f'<span data-ww-swv></span></p>'
            "<p>Bij welk samenwerkingsverband een gemeente hoort, komt uit de landelijke regio-indeling passend "
            "onderwijs en is nog niet bij het samenwerkingsverband zelf gecontroleerd; je schoolbestuur weet het "
            "zeker.</p>"
            "<p>Je ziet nu de stappen en partners die overal in Nederland gelden.</p>"
            f"{safe}"
            f'<p>Wil je de route van jouw regio toevoegen? <a data-ww-root-href="{ADD_REGION}" href="#">'
            "Zo voeg je een regio toe</a>.</p></div>")


def place_control(catalog: Catalog, prefix: str = "ww-place", heading: bool = False) -> str:
    """One combobox; `prefix` keeps the ids of the header's and the home page's control apart."""
    label = "Gemeente van je school"
    regions = " ".join(r["id"] for r in catalog.all("region"))
    title = (f'<h2 class="ww-place-heading" id="{prefix}-heading">Kies de gemeente van je school</h2>'
             if heading else "")
    return (f'<form class="ww-place" id="{prefix}" hidden data-pagefind-ignore data-ww-place '
            f'data-ww-source="{ASSET}" data-ww-regions="{esc(regions)}" autocomplete="off">{title}'
            f'<label for="{prefix}-input" id="{prefix}-label">{esc(label)}</label>'
            '<div class="ww-place-combo">'
            f'<input id="{prefix}-input" class="ww-place-input" type="text" role="combobox" '
            f'aria-autocomplete="list" aria-expanded="false" aria-controls="{prefix}-list" '
            f'aria-describedby="{prefix}-hint" spellcheck="false" autocapitalize="off" '
            'placeholder="Typ de eerste letters">'
            f'<ul class="ww-place-list" id="{prefix}-list" role="listbox" aria-labelledby="{prefix}-label" hidden>'
            "</ul></div>"
            f'<button type="button" class="ww-place-clear" id="{prefix}-clear" hidden>Andere gemeente</button>'
            f'<p class="ww-place-hint" id="{prefix}-hint">Dan zie je op elke pagina alleen wat voor die gemeente '
            "geldt. Je keuze blijft alleen in deze browser bewaard.</p>"
            f'<p class="ww-place-current" id="{prefix}-current" role="status"></p>'
            f'<p class="ww-place-status" id="{prefix}-status" role="status" aria-live="polite"></p>'
            f"{_missing_panel(catalog, prefix)}</form>")


def region_control(catalog: Catalog) -> str:
    """The control in the announce bar of every page."""
    return place_control(catalog, "ww-place")


MACROS = {"gemeentekeuze": lambda catalog, root, extra: place_control(catalog, "ww-place-home", heading=True)}
