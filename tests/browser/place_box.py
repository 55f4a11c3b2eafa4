"""Driving the municipality choice (the combobox at the top of every page) in Chromium, as a reader does."""

from __future__ import annotations

from typing import Any

from tests.browser.harness import Visit

HEADER = "ww-place"
OPTIONS = "els => els.map(e => e.firstChild.textContent)"


def typed_options(visit: Visit, typed: str, prefix: str = HEADER) -> list[str]:
    """Type the first letters into the choice and return the names it offers (empty: nothing found)."""
    page = visit.page
    page.fill(f"#{prefix}-input", "")
    page.type(f"#{prefix}-input", typed)
    status = f"#{prefix}-status"
    page.wait_for_function("s => document.querySelector(s).textContent.trim() !== ''", arg=status)
    return page.eval_on_selector_all(f"#{prefix}-list:not([hidden]) [role=option]", OPTIONS)


def choose(visit: Visit, typed: str, name: str, prefix: str = HEADER) -> None:
    """Type `typed`, walk down the offered list with the arrow key to `name` and press Enter."""
    offered = typed_options(visit, typed, prefix)
    assert name in offered, f"{typed!r} bietet {offered[:10]} aan, niet {name!r}"
    for _ in range(offered.index(name) + 1):
        visit.page.keyboard.press("ArrowDown")
    visit.page.keyboard.press("Enter")
    visit.page.wait_for_function("p => document.getElementById(p + '-list').hidden", arg=prefix)


def first_letters(name: str, count: int = 3) -> str:
    """What a reader types to find `name`: its first letters."""
    return name[:count]


def a_municipality_of(region: dict[str, Any]) -> str:
    """The name of the region's first municipality."""
    return region["municipalities"][0]["name"]
