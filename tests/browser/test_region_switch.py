"""The site's one place choice (the municipality combobox at the top of every page): it shows only that region's
route, is remembered after a reload, an old region choice still applies, and without a choice every region has its
own route, numbered 1..n."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import yaml

from tests.browser.harness import Visit, build_site, serve
from tests.browser.place_box import choose, first_letters
from wegwijzer.synth import write_dataset

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


def _visible_steps(visit: Visit) -> list[str]:
    return visit.page.eval_on_selector_all(
        "li.ww-step", "els => els.filter(e => e.getClientRects().length > 0)"
                      ".map(e => e.querySelector('.ww-step-title strong').textContent)")


def _routes(visit: Visit) -> dict[str, list[str]]:
    """Visible routes: region id → step titles, from separate lists that the browser numbers from 1."""
    return visit.page.evaluate("""() => Object.fromEntries(Array.from(document.querySelectorAll('.ww-route'))
        .filter(r => r.getClientRects().length > 0)
        .map(r => {
            const lists = r.querySelectorAll('ol.ww-steps');
            if (lists.length !== 1 || lists[0].start !== 1) throw new Error('one list numbered from 1 per route');
            return [r.dataset.regions, Array.from(lists[0].children, li => li.querySelector('strong').textContent)];
        }))""")


def test_without_a_choice_each_region_has_its_own_numbered_route(regional_site: str,
                                                                 tab: Callable[..., Visit]) -> None:
    visit = tab(regional_site)
    visit.goto(QUESTION)
    assert visit.page.is_visible("#ww-place-hint"), "a first visit is asked for the municipality"
    routes = _routes(visit)
    assert set(routes) == {NORTH, SOUTH}
    assert "Alleen in het noorden" in routes[NORTH] and "Alleen in het noorden" not in routes[SOUTH]
    assert "Alleen in het zuiden" in routes[SOUTH] and "Alleen in het zuiden" not in routes[NORTH]
    # The steps of one route are never interleaved with another's: every step belongs to exactly one route.
    assert visit.page.evaluate("document.querySelectorAll('li.ww-step').length") == sum(map(len, routes.values()))


def test_region_choice_hides_other_steps_and_is_remembered(regional_site: str, tab: Callable[..., Visit]) -> None:
    visit = tab(regional_site)
    visit.goto(QUESTION)
    everything = _visible_steps(visit)
    assert {"Alleen in het noorden", "Alleen in het zuiden"} <= set(everything)
    towns = visit.page.evaluate("""async () => (await (await fetch('../../assets/gemeenten.json')).json())
        .municipalities""")
    north = next(t["name"] for t in towns if t.get("region") == NORTH)
    south = next(t["name"] for t in towns if t.get("region") == SOUTH)
    choose(visit, first_letters(north), north)
    assert "Alleen in het zuiden" not in _visible_steps(visit)
    assert "Alleen in het noorden" in _visible_steps(visit)
    assert set(_routes(visit)) == {NORTH}
    assert visit.page.evaluate("localStorage.getItem('ww-region')") == NORTH
    assert not visit.page.is_visible("#ww-place-hint")
    visit.page.reload(wait_until="networkidle")
    assert visit.page.input_value("#ww-place-input") == north
    assert "Alleen in het zuiden" not in _visible_steps(visit)
    choose(visit, first_letters(south), south)
    assert "Alleen in het noorden" not in _visible_steps(visit)
    assert "Alleen in het zuiden" in _visible_steps(visit)
    visit.page.click("#ww-place-clear")
    assert visit.page.evaluate("localStorage.getItem('ww-region')") == ""
    assert _visible_steps(visit) == everything
    assert not visit.console_errors + visit.page_errors


def test_a_region_stored_before_the_municipality_choice_still_applies(regional_site: str,
                                                                      tab: Callable[..., Visit]) -> None:
    visit = tab(regional_site)
    visit.goto(QUESTION)
    visit.page.evaluate(f"localStorage.setItem('ww-region', '{SOUTH}')")
    visit.page.reload(wait_until="networkidle")
    assert set(_routes(visit)) == {SOUTH}
    assert "Alleen in het noorden" not in _visible_steps(visit)
    assert visit.page.is_visible("#ww-place-clear"), "the old choice can be undone"


def test_every_step_shows_without_javascript(regional_site: str, tab: Callable[..., Visit]) -> None:
    visit = tab(regional_site, javascript=False)
    visit.goto(QUESTION)
    assert not visit.page.is_visible("#ww-place")
    assert {"Alleen in het noorden", "Alleen in het zuiden"} <= set(_visible_steps(visit))
