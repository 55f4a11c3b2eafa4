"""Printing in headless Chromium: profiles as clean A4 documents of at most four pages, the stroomschema legible on
A4 (no text under 8 pt) and on one A3 sheet per region, and a print button where people print."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from tests.browser.harness import Visit
from tests.browser.place_box import a_municipality_of, choose, first_letters
from wegwijzer.catalog import build_catalog
from wegwijzer.render.printing import REGION_FIRST

pytestmark = pytest.mark.browser

CATALOG = build_catalog()
HIDDEN_IN_PRINT = [".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
                   ".md-content__button"]


def shown(page: object, selector: str) -> bool:
    """True when any element matching `selector` takes up space on the page."""
    return page.evaluate("""(selector) => Array.from(document.querySelectorAll(selector))
        .some(el => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0)""", selector)


SMALL_TEXT = """() => {
    const small = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!node.textContent.trim() || !el.getClientRects().length) continue;
        const points = parseFloat(getComputedStyle(el).fontSize) * 0.75;
        if (points < 8) small.push(`${points.toFixed(1)} pt: ${node.textContent.trim().slice(0, 40)}`);
    }
    return small;
}"""
A4 = (595.92, 842.88)
A3_LANDSCAPE = (1190.88, 841.92)


def on_paper(sizes: list[tuple[float, float]], paper: tuple[float, float]) -> bool:
    return bool(sizes) and all(abs(w - paper[0]) < 3 and abs(h - paper[1]) < 3 for w, h in sizes)


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
    # Where each source is, printed after its title; no edit or report link on paper.
    after = page.eval_on_selector_all(".ww-profile .ww-sources a", "els => els.map(a => [a.href, "
                                      "getComputedStyle(a, '::after').content])")
    assert after and all(href in content for href, content in after), after[:2]
    assert not shown(page, ".ww-profile .ww-report"), "the report and edit links are printed"
    assert not shown(page, ".ww-print-bar")
    sizes = pdf_pages(page.pdf(prefer_css_page_size=True))
    assert on_paper(sizes, A4) and len(sizes) <= 4, sizes


@pytest.mark.parametrize("path", ["wegwijzer/", "wegwijzer/leerling-verzuimt-vaak/",
                                  f"profielen/{sorted(CATALOG.records.get('profile', {}))[0]}/"])
def test_print_button_where_people_print(tab: Callable[..., Visit], site_url: str, path: str) -> None:
    visit = tab(site_url)
    visit.goto(path)
    visit.page.evaluate("() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; }")
    visit.page.click(".ww-print >> nth=0")
    assert visit.page.evaluate("window.__printed") == 1


def test_stroomschema_prints_legibly_on_a4(tab: Callable[..., Visit], site_url: str) -> None:
    visit = tab(site_url)
    visit.goto("wegwijzer/")
    page = visit.page
    page.emulate_media(media="print")
    assert shown(page, ".ww-flow")
    assert page.evaluate(SMALL_TEXT) == []
    printed = " ".join(page.inner_text(".ww-flow").split())
    for question in CATALOG.all("question"):
        assert " ".join(question["title"].split()) in printed, question["id"]
    sizes = pdf_pages(page.pdf(prefer_css_page_size=True, print_background=True))
    assert on_paper(sizes, A4), sizes


@pytest.mark.parametrize("region", [r["id"] for r in CATALOG.all("region")])
def test_stroomschema_prints_on_one_a3_sheet_per_region(tab: Callable[..., Visit], site_url: str,
                                                         region: str) -> None:
    visit = tab(site_url)
    visit.goto("wegwijzer/")
    page = visit.page
    page.evaluate("r => localStorage.setItem('ww-region', r)", region)
    page.reload()
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    page.click('.ww-print[data-paper="a3"]')
    assert page.evaluate("window.printed") == 1
    page.emulate_media(media="print")
    assert page.evaluate(SMALL_TEXT) == []
    for selector in HIDDEN_IN_PRINT + [".ww-routes", ".md-banner", ".ww-crumbs", ".ww-print-bar"]:
        assert not shown(page, selector), f"{selector} is printed"
    assert shown(page, ".ww-flow")
    printed = " ".join(page.inner_text(".ww-flow").split())
    for question in CATALOG.all("question"):
        assert " ".join(question["title"].split()) in printed, question["id"]
    for stop in page.query_selector_all(".ww-flow .ww-stop[data-regions]"):
        assert stop.is_visible() == (region in stop.get_attribute("data-regions").split()), region
    sizes = pdf_pages(page.pdf(prefer_css_page_size=True, print_background=True))
    assert len(sizes) == 1 and on_paper(sizes, A3_LANDSCAPE), sizes


def test_a3_without_a_region_asks_for_the_region_first(tab: Callable[..., Visit], site_url: str) -> None:
    """Every region's stops together do not fit one wall sheet: the button says so and leads to the region choice."""
    visit = tab(site_url)
    visit.goto("wegwijzer/")
    page = visit.page
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    page.click('.ww-print[data-paper="a3"]')
    assert page.evaluate("window.printed") == 0
    assert page.inner_text(".ww-print-note") == REGION_FIRST
    assert page.evaluate("document.activeElement.id") == "ww-place-input"
    town = a_municipality_of(CATALOG.all("region")[0])
    choose(visit, first_letters(town), town)
    assert page.inner_text(".ww-print-note") == ""
    page.click('.ww-print[data-paper="a3"]')
    assert page.evaluate("window.printed") == 1
