"""The region switch on a question page: it hides the other region's steps and is remembered after a reload."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import yaml

from tests.browser.harness import Visit, build_site, serve
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
        "li.ww-step", "els => els.filter(e => getComputedStyle(e).display !== 'none')"
                      ".map(e => e.querySelector('.ww-step-title strong').textContent)")


def test_region_choice_hides_other_steps_and_is_remembered(regional_site: str, tab: Callable[..., Visit]) -> None:
    visit = tab(regional_site)
    visit.goto(QUESTION)
    everything = _visible_steps(visit)
    assert {"Alleen in het noorden", "Alleen in het zuiden"} <= set(everything)
    visit.page.check(f'input[name="ww-region"][value="{NORTH}"]')
    assert "Alleen in het zuiden" not in _visible_steps(visit)
    assert "Alleen in het noorden" in _visible_steps(visit)
    assert visit.page.evaluate("localStorage.getItem('ww-region')") == NORTH
    visit.page.reload(wait_until="networkidle")
    assert visit.page.is_checked(f'input[name="ww-region"][value="{NORTH}"]')
    assert "Alleen in het zuiden" not in _visible_steps(visit)
    visit.page.check(f'input[name="ww-region"][value="{SOUTH}"]')
    assert "Alleen in het noorden" not in _visible_steps(visit)
    assert "Alleen in het zuiden" in _visible_steps(visit)
    visit.page.check('input[name="ww-region"][value=""]')
    assert _visible_steps(visit) == everything
    assert not visit.console_errors + visit.page_errors


def test_every_step_shows_without_javascript(regional_site: str, tab: Callable[..., Visit]) -> None:
    visit = tab(regional_site, javascript=False)
    visit.goto(QUESTION)
    assert not visit.page.is_visible(".ww-region-switch")
    assert {"Alleen in het noorden", "Alleen in het zuiden"} <= set(_visible_steps(visit))
