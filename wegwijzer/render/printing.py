"""Print buttons: shown by the script (they need window.print), so a page without JavaScript has none."""

from __future__ import annotations

PRINT_BUTTON = ('<p class="ww-print-bar" hidden data-pagefind-ignore><button type="button" class="ww-print md-button">'
                "Afdrukken</button></p>")
# The wall chart (wegwijzer/render/wallchart.py) of a region: one municipality per sheet, A3 or A4 landscape, for the
# wall of the IB room.
PRINT_BUTTONS_WALL = ('<p class="ww-print-bar" hidden data-pagefind-ignore>'
                      '<button type="button" class="ww-print md-button" data-paper="a3">Wandkaart op A3</button> '
                      '<button type="button" class="ww-print md-button" data-paper="a4-liggend">'
                      "Wandkaart op A4 liggend</button></p>")
