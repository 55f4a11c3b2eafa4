"""Driving the site's own search box in Chromium: type a query, wait until its results are shown, read them."""

from __future__ import annotations

from tests.browser.harness import Visit

INPUT = "input[type=search]"
RESULT = "[data-search-result]"
# search.js sets data-search-shown to the query whose results (or empty state) it has just put on screen.
SHOWN = "q => document.getElementById('ww-search').getAttribute('data-search-shown') === q"
PATHS = "els => els.map(e => new URL(e.querySelector('a').href).pathname)"


def open_search(visit: Visit) -> None:
    """Open the search box the way a reader does: the `/` shortcut (the box or, on a phone, the overlay)."""
    visit.page.keyboard.press("/")
    visit.page.wait_for_selector(INPUT, state="visible")


def search(visit: Visit, query: str, timeout: float = 30_000) -> list[str]:
    """Type the query as a person would and return the paths of the results shown, best first."""
    visit.page.fill(INPUT, "")
    visit.page.type(INPUT, query)
    visit.page.wait_for_function(SHOWN, arg=query.strip(), timeout=timeout)
    return visit.page.eval_on_selector_all(RESULT, PATHS)
