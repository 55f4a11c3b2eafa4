"""The site's one place choice (the municipality combobox at the top of every page) and the routes per region: each
region's route of a question is its own page, numbered 1..n; the question's page links to every one and marks the
reader's own (the region of her municipality), a choice that is remembered after a reload; a region stored before the
municipality choice existed still applies."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import yaml

from tests.browser.harness import Visit, build_site, serve
from tests.browser.place_box import choose, first_letters
from wegwijzer.devtools.synth import write_dataset

pytestmark = pytest.mark.browser

NORTH, SOUTH = "fictieve-regio-noord", "fictieve-regio-zuid"
QUESTION = "wegwijzer/testvraag-00/"


@pytest.fixture(scope="module")
def regional_site(browser: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A small fictitious site whose first question has one step for each region."""
    folder = tmp_path_factory.mktemp("regions")
    data = write_dataset(12, folder / "data")
    path = data / "questions" / "testvraag-00.yaml"
    question = yaml.safe_load(path.read_text(encoding="utf-8"))
    question["steps"][1]["regions"] = [NORTH]
    # Partners of a step must work in its regions: testpartner-02 works in the south only.
    question["steps"][1]["partners"] = [p for p in question["steps"][1]["partners"] if p != "testpartner-02"]
    question["steps"][1]["title"] = "Alleen in het noorden"
    question["steps"].insert(2, {"title": "Alleen in het zuiden", "actor": "partner", "text": "Fictief.",
                                 "partners": ["testpartner-02"], "regions": [SOUTH]})
    path.write_text(yaml.safe_dump(question, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with serve(build_site(folder / "site", data)) as url:
        yield url


def _steps(visit: Visit) -> list[str]:
    """The titles of the one numbered route on a route page, checked to be one list numbered from 1."""
    return visit.page.evaluate("""() => {
        const lists = document.querySelectorAll('ol.ww-steps');
        if (lists.length !== 1 || lists[0].start !== 1) throw new Error('one list numbered from 1 per route');
        return Array.from(lists[0].children, li => li.querySelector('.ww-step-title strong').textContent);
    }""")


def _own_route(visit: Visit) -> list[str]:
    return visit.page.eval_on_selector_all(".ww-route-links li.ww-route-own",
                                           "els => els.map(e => e.dataset.regionRoute)")


def test_each_region_has_its_own_numbered_route_page(regional_site: str, tab: Callable[..., Visit]) -> None:
    visit = tab(regional_site)
    visit.goto(QUESTION)
    assert visit.page.is_visible("#ww-place-hint"), "a first visit is asked for the municipality"
    links = visit.page.eval_on_selector_all(".ww-route-links a", "els => els.map(e => e.getAttribute('href'))")
    assert links == [f"../../wegwijzer/testvraag-00/{NORTH}/", f"../../wegwijzer/testvraag-00/{SOUTH}/"]
    assert _own_route(visit) == []
    visit.page.click(f'.ww-route-links li[data-region-route="{NORTH}"] a')
    visit.page.wait_for_load_state("networkidle")
    north = _steps(visit)
    visit.goto(f"{QUESTION}{SOUTH}/")
    south = _steps(visit)
    assert "Alleen in het noorden" in north and "Alleen in het noorden" not in south
    assert "Alleen in het zuiden" in south and "Alleen in het zuiden" not in north
    assert not visit.console_errors + visit.page_errors


def _town_of(visit: Visit, region: str) -> str:
    towns = visit.page.evaluate("""async () => (await (await fetch('../../assets/gemeenten.json')).json())
        .municipalities""")
    return next(t["name"] for t in towns if t.get("region") == region)


def test_region_choice_marks_the_readers_route_and_is_remembered(regional_site: str,
                                                                  tab: Callable[..., Visit]) -> None:
    visit = tab(regional_site)
    visit.goto(QUESTION)
    north, south = _town_of(visit, NORTH), _town_of(visit, SOUTH)
    choose(visit, first_letters(north), north)
    assert _own_route(visit) == [NORTH]
    assert visit.page.evaluate("localStorage.getItem('ww-region')") == NORTH
    assert not visit.page.is_visible("#ww-place-hint")
    visit.page.reload(wait_until="networkidle")
    assert visit.page.input_value("#ww-place-input") == north
    assert _own_route(visit) == [NORTH]
    choose(visit, first_letters(south), south)
    assert _own_route(visit) == [SOUTH]
    visit.page.click("#ww-place-clear")
    assert visit.page.evaluate("localStorage.getItem('ww-region')") == ""
    assert _own_route(visit) == []
    assert not visit.console_errors + visit.page_errors


def test_a_region_stored_before_the_municipality_choice_still_applies(regional_site: str,
                                                                      tab: Callable[..., Visit]) -> None:
    visit = tab(regional_site)
    visit.goto(QUESTION)
    visit.page.evaluate(f"localStorage.setItem('ww-region', '{SOUTH}')")
    visit.page.reload(wait_until="networkidle")
    assert _own_route(visit) == [SOUTH]
    assert visit.page.is_visible("#ww-place-clear"), "the old choice can be undone"


def test_every_route_shows_without_javascript(regional_site: str, tab: Callable[..., Visit]) -> None:
    visit = tab(regional_site, javascript=False)
    visit.goto(QUESTION)
    assert not visit.page.is_visible("#ww-place")
    assert visit.page.locator(".ww-route-links a").count() == 2
    visit.goto(f"{QUESTION}{SOUTH}/")
    assert "Alleen in het zuiden" in _steps(visit)
