"""Printing in headless Chromium: profiles as clean A4 documents, the stroomschema on one A3 sheet."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from tests.browser.harness import Visit
from wegwijzer.catalog import build_catalog

pytestmark = pytest.mark.browser

CATALOG = build_catalog()
HIDDEN_IN_PRINT = [".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
                   ".md-content__button"]


def shown(page: object, selector: str) -> bool:
    """True when any element matching `selector` takes up space on the page."""
    return page.evaluate("""(selector) => Array.from(document.querySelectorAll(selector))
        .some(el => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0)""", selector)


def pdf_pages(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height in points of every page of a PDF that Chromium wrote."""
    return [(float(w), float(h)) for w, h in re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)]


@pytest.mark.parametrize("profile_id", sorted(CATALOG.records.get("profile", {})))
def test_profile_prints_without_navigation_on_a4(tab: Callable[..., Visit], site_url: str, profile_id: str) -> None:
    visit = tab(site_url)
    visit.goto(f"profielen/{profile_id}/")
    page = visit.page
    assert all(shown(page, selector) for selector in (".md-header", ".md-footer")), "screen view shows the site"
    page.emulate_media(media="print")
    for selector in HIDDEN_IN_PRINT:
        assert not shown(page, selector), f"{selector} is printed"
    assert shown(page, ".ww-profile")
    profile = CATALOG.get("profile", profile_id)
    title_block = page.inner_text(".ww-profile")
    for text in (profile["title"], profile.get("organisation", ""), profile.get("date", "")):
        assert text in title_block
    sizes = pdf_pages(page.pdf(prefer_css_page_size=True))
    assert sizes and all(abs(w - 595.92) < 2 and abs(h - 842.88) < 2 for w, h in sizes), sizes


def test_stroomschema_prints_on_one_a3_sheet(tab: Callable[..., Visit], site_url: str) -> None:
    visit = tab(site_url)
    visit.goto("wegwijzer/")
    page = visit.page
    page.emulate_media(media="print")
    for selector in HIDDEN_IN_PRINT + [".ww-routes", ".ww-region-switch"]:
        assert not shown(page, selector), f"{selector} is printed"
    assert shown(page, ".ww-flow")
    printed = " ".join(page.inner_text(".ww-flow").split())
    for question in CATALOG.all("question"):
        assert " ".join(question["title"].split()) in printed, question["id"]
    sizes = pdf_pages(page.pdf(prefer_css_page_size=True, print_background=True))
    assert len(sizes) == 1, f"{len(sizes)} pages"
    width, height = sizes[0]
    assert abs(width - 1190.88) < 3 and abs(height - 841.92) < 3, sizes
