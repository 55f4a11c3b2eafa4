"""Every page type at 320, 390 and 1366 px: no sideways scroll, tap-to-call numbers, no serious axe violation, and
one region choice (made on a question page) that the directory and the stroomschema follow."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.browser.harness import Visit, open_tab, visible_rows
from tests.browser.place_box import a_municipality_of, choose, first_letters
from tests.browser.test_page_checks import PAGE_TYPES, page_path, serious_violations
from wegwijzer.catalog import load_once
from wegwijzer.domain import NATIONAL
from wegwijzer.render.questions import shared_stop
from wegwijzer.render.wallchart import stops

pytestmark = pytest.mark.browser

WIDTHS = (320, 390, 1366)
CHOSEN = next(r["id"] for r in load_once().all("region") if r["municipalities"])  # any region will do
QUESTION = "wegwijzer/leerling-verzuimt-vaak/"  # its route differs per region (leerplicht)


@pytest.fixture(params=WIDTHS, ids=[f"{w}px" for w in WIDTHS])
def sized(request: pytest.FixtureRequest, browser: object, site_url: str) -> Iterator[tuple[int, Visit]]:
    """One tab of the given width (a touch phone below 800 px), reused for every page type."""
    width = request.param
    visit = open_tab(browser, site_url, phone=width < 800)
    if width < 800:
        visit.page.set_viewport_size({"width": width, "height": 844})
    yield width, visit
    visit.page.context.close()


def _sideways(visit: Visit, width: int) -> int:
    """How many CSS pixels the page is wider than the screen (0 when it does not scroll sideways)."""
    return max(0, visit.page.evaluate("document.documentElement.scrollWidth") - width)


def _broken_names(visit: Visit) -> list[str]:
    """Partner names that the browser breaks inside a word (one word over two lines)."""
    return visit.page.evaluate("""() => Array.from(document.querySelectorAll(
            '.ww-directory td:first-child a, .ww-partner-name, .ww-crumb a, .ww-crumb[aria-current]'))
        .filter(a => a.getClientRects().length > 0)
        .filter(a => a.textContent.split(/[\\s-]+/).some(word => {
            if (word.length < 2) return false;
            const range = document.createRange();
            const node = a.firstChild;
            if (!node || node.nodeType !== 3) return false;
            const start = node.textContent.indexOf(word);
            if (start < 0) return false;
            range.setStart(node, start);
            range.setEnd(node, start + word.length);
            return range.getClientRects().length > 1;
        }))
        .map(a => a.textContent)""")


def test_every_page_type_fits_the_screen(sized: tuple[int, Visit], real_site: Path) -> None:
    width, visit = sized
    problems = []
    for page_type in PAGE_TYPES:
        path = page_path(page_type, real_site)
        visit.goto(path)
        if _sideways(visit, width):
            problems.append(f"/{path}: {_sideways(visit, width)} px breder dan het scherm van {width} px")
        if not visit.page.is_visible("#ww-place-input"):
            problems.append(f"/{path}: de gemeentekeuze staat er niet")
        if width < 800 and visit.page.is_visible("#ww-place-input"):
            box = visit.page.locator("#ww-place-input").bounding_box()
            if box is None or box["x"] + box["width"] > width:
                problems.append(f"/{path}: de gemeentekeuze past niet op het scherm")
        broken = _broken_names(visit)
        if broken:
            problems.append(f"/{path}: namen midden in een woord afgebroken: {broken[:3]}")
        if width < 800:  # at 1366 px test_page_checks.py runs axe on every page type
            problems += [f"/{path} ({width} px): {v}" for v in serious_violations(visit)]
    assert not visit.console_errors + visit.page_errors
    assert not problems, "\n".join(problems)


def test_emergency_numbers_are_tap_to_call_and_first_on_a_phone(tab: Callable[..., Visit], site_url: str) -> None:
    visit = tab(site_url, phone=True)
    for path in ("", "wegwijzer/"):
        visit.goto(path)
        for number in ("112", "08002000"):
            assert visit.page.locator(f'.admonition.danger a[href="tel:{number}"]').count() == 1, (path, number)
        box = visit.page.locator(".admonition.danger").bounding_box()
        assert box is not None and box["y"] + box["height"] <= 844, f"/{path}: het noodblok staat op {box}"


def test_every_partner_card_leads_with_how_to_reach_them(tab: Callable[..., Visit], site_url: str) -> None:
    catalog = load_once()
    visit = tab(site_url, phone=True)
    visit.goto(f"{QUESTION}{CHOSEN}/")  # the route in one region: there the regional partners are
    cards = visit.page.eval_on_selector_all(
        ".ww-partner", "els => els.map(e => [e.querySelector('.ww-partner-name').getAttribute('href'),"
                       " e.children[1] && e.children[1].className,"
                       " Array.from(e.querySelectorAll('.ww-contact a'), a => a.getAttribute('href'))])")
    assert cards
    for href, second, links in cards:
        partner = catalog.get("partner", href.rstrip("/").rsplit("/", 1)[-1])
        assert second == "ww-contact", f"{href}: contact staat niet direct onder de naam"
        contact = partner["contact"]
        if contact.get("phone"):
            assert any(link.startswith("tel:") for link in links), href
        assert contact["website"] in links, href
    visit.goto("sociale-kaart/")
    assert visit.page.locator("#ww-directory thead th", has_text="Contact").count() == 1
    phones = sum(bool(p["contact"].get("phone")) for p in catalog.all("partner"))
    assert visit.page.locator('#ww-directory a[href^="tel:"]').count() == phones


def _serves(partner: dict, towns: set[str]) -> bool:
    return NATIONAL in partner["areas"] or bool(towns & set(partner["areas"]))


def test_region_chosen_on_a_question_page_filters_directory_and_stroomschema(
        tab: Callable[..., Visit], site_url: str, real_site: Path) -> None:
    catalog = load_once()
    region = catalog.get("region", CHOSEN)
    towns = {t["id"] for t in region["municipalities"]}
    visit = tab(site_url, phone=True)
    visit.goto(QUESTION)
    town = a_municipality_of(region)
    choose(visit, first_letters(town), town)
    assert visit.page.eval_on_selector_all(".ww-route-links li.ww-route-own",
                                           "els => els.map(e => e.dataset.regionRoute)") == [CHOSEN]

    visit.goto("sociale-kaart/")
    assert visit.page.input_value("#ww-place-input") == town
    # The chosen municipality is selected in the table's own filter; "Alle gemeenten" then means the region's.
    town_id = next(t["id"] for t in region["municipalities"] if t["name"] == town)
    assert visit.page.input_value("#ww-filter-town") == town_id
    expected = sorted(p["id"] for p in catalog.all("partner") if _serves(p, {town_id}))
    assert sorted(visible_rows(visit.page)) == expected
    assert len(expected) < len(catalog.all("partner"))
    caption = visit.page.inner_text("#ww-directory caption")
    assert caption.startswith(f"{len(expected)} van de {len(catalog.all('partner'))} partners"), caption
    visit.page.select_option("#ww-filter-town", "")
    in_region = sorted(p["id"] for p in catalog.all("partner") if _serves(p, towns))
    assert sorted(visible_rows(visit.page)) == in_region
    assert visit.page.inner_text("#ww-directory caption").endswith(f"in {region['name']}")
    visit.page.select_option("#ww-filter-town", town_id)
    # A municipality chosen in the filter still wins; typing narrows further and the caption follows.
    visit.page.fill("#ww-filter-text", "leerplicht")
    # The table's own text first, then the site's vocabulary once loaded: read the rows after the second.
    visit.page.wait_for_selector('#ww-filter[data-filter-ready="words"]', state="attached")
    shown = visible_rows(visit.page)
    assert shown and set(shown) <= set(expected)
    assert visit.page.inner_text("#ww-directory caption").startswith(f"{len(shown)} van de")
    border = visit.page.eval_on_selector("#ww-filter-text", "e => parseFloat(getComputedStyle(e).borderTopWidth)")
    assert border >= 1, "het zoekveld van de tabel heeft geen rand"

    # The stroomschema and its table name her municipality's first stops where they differ per region.
    visit.goto("wegwijzer/")
    visit.page.wait_for_selector("[data-ww-stops][data-ww-filled]", state="attached")
    own = {q["id"]: stops(catalog, q, CHOSEN, town_id)
           for q in catalog.all("question") if shared_stop(catalog, q) is None}
    shown = visit.page.eval_on_selector_all("[data-ww-stops]", "els => els.map(e => [e.dataset.wwStops, e.innerText])")
    assert sorted(q for q, _ in shown) == sorted([*own, *own])  # the diagram and the table
    for question, text in shown:
        names = ", ".join(catalog.get("partner", p)["name"] for p in own[question])
        assert text == (names or "nog niet ingevuld voor jouw regio"), question
    links = visit.page.eval_on_selector_all("[data-ww-linked] a", "els => els.map(e => new URL(e.href).pathname)")
    assert sorted(links) == sorted(f"/sociale-kaart/{p}/" for partners in own.values() for p in partners)

    # The chosen state is as accessible as the rest, on a phone.
    for path in ("", QUESTION, "sociale-kaart/", "wegwijzer/", page_path("partner", real_site)):
        visit.goto(path)
        assert visit.page.input_value("#ww-place-input") == town
        assert not serious_violations(visit), path
    assert not visit.console_errors + visit.page_errors
