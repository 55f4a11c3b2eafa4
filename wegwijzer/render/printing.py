"""Print buttons: shown by the script (they need window.print), so a page without JavaScript has none."""

from __future__ import annotations

PRINT_BUTTON = ('<p class="ww-print-bar" hidden><button type="button" class="ww-print md-button">'
                "Afdrukken</button></p>")
# The stroomschema: A4 by default (as many sheets as needed), or one A3 sheet for the wall.
PRINT_BUTTONS_A4_A3 = ('<p class="ww-print-bar" hidden><button type="button" class="ww-print md-button">'
                       'Afdrukken (A4)</button> <button type="button" class="ww-print md-button" data-paper="a3">'
                       "Afdrukken op A3</button></p>")
