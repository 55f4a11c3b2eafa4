"""The one region choice of the whole site: a small control at the top of every page.

The choice is kept in this browser only (localStorage key `ww-region`: a region id, or "" for every region; no key
yet means the reader has not chosen). The script reveals the control and applies the choice to every element with
`data-regions` (routes, route blocks, partner cards, stroomschema stops) and to the directory's municipality filter.
"""

from __future__ import annotations

from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.render.markup import esc


def short_name(region: dict[str, Any]) -> str:
    """The region's name up to its first colon: "Groeisaam: West Maas en Waal, ..." → "Groeisaam"."""
    return region["name"].split(":", 1)[0].strip()


def region_control(catalog: Catalog) -> str:
    """The control for the announce bar: hidden until the script runs (without it every region shows)."""
    options = '<option value="">Alle regio\'s</option>' + "".join(
        f'<option value="{esc(r["id"])}">{esc(r["name"])}</option>' for r in catalog.all("region"))
    return ('<form class="ww-region-bar" id="ww-region-bar" hidden data-pagefind-ignore>'
            '<label for="ww-region-select">Jouw regio</label>'
            f'<select id="ww-region-select" name="ww-region">{options}</select>'
            '<p class="ww-region-hint" id="ww-region-hint">Kies je regio: dan zie je op elke pagina alleen wat daar '
            "geldt. Je keuze blijft alleen in deze browser bewaard.</p></form>")
