"""Print buttons: shown by the script (they need window.print), so a page without JavaScript has none."""

from __future__ import annotations

PRINT_BUTTON = ('<p class="ww-print-bar" hidden data-pagefind-ignore><button type="button" class="ww-print md-button">'
                "Afdrukken</button></p>")
# The stroomschema: A4 by default (as many sheets as needed), or the wall chart (wegwijzer/render/wallchart.py) of
# one municipality per sheet, A3 or A4 landscape, for the wall of the IB room (the script asks for the region first).
REGION_FIRST = ("Kies eerst je regio bovenaan de pagina: de wandkaart is er per gemeente van je regio, "
                "op één A3-vel per gemeente.")
PRINT_BUTTONS_A4_A3 = ('<p class="ww-print-bar" hidden data-pagefind-ignore>'
                       '<button type="button" class="ww-print md-button">Afdrukken (A4)</button> '
                       '<button type="button" class="ww-print md-button" data-paper="a3" data-needs-region>'
                       'Wandkaart op A3 (één regio)</button> '
                       '<button type="button" class="ww-print md-button" data-paper="a4-liggend" data-needs-region>'
                       'Wandkaart op A4 liggend (één regio)</button> '
                       f'<span class="ww-print-note" role="status" data-region-first="{REGION_FIRST}"></span></p>')
