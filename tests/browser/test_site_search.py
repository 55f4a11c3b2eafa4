"""The site's own search box, typed into in Chromium, puts an expected page in the top 5 for everyday queries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.browser.harness import Visit, open_tab

pytestmark = pytest.mark.browser

CASES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parents[1] / "search_queries.yaml").read_text("utf-8"))
# Resolves once the result list has not changed for 300 ms (every keystroke starts a search in the worker).
SETTLED = """() => new Promise(resolve => {
  const list = document.querySelector('.md-search-result__list');
  let timer;
  const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, 300); });
  function done() { observer.disconnect(); resolve(); }
  observer.observe(list, {childList: true, subtree: true});
  timer = setTimeout(done, 600);
})"""
TOP = "els => els.slice(0, 5).map(e => new URL(e.querySelector('a').href).pathname.replace(/^\\//, ''))"


@pytest.fixture(scope="module")
def search_box(browser: object, site_url: str) -> Iterator[Visit]:
    """The home page with the search index loaded and the search box focused."""
    visit = open_tab(browser, site_url)
    visit.goto("")
    visit.page.click(".md-search__input")
    visit.page.keyboard.type("school")
    visit.page.wait_for_selector(".md-search-result__item")
    yield visit
    visit.page.context.close()


def top_five(visit: Visit, query: str) -> list[str]:
    """Type the query into the search box and return the paths of the first five results."""
    visit.page.fill(".md-search__input", "")
    visit.page.keyboard.type(query)
    visit.page.evaluate(SETTLED)
    return visit.page.eval_on_selector_all(".md-search-result__item", TOP)


def test_queries_are_everyday_and_enough() -> None:
    assert len(CASES) >= 25
    assert len({case["query"] for case in CASES}) == len(CASES)


def _params() -> list[Any]:
    marks = {case["query"]: pytest.mark.xfail(reason=case["known_issue"], strict=True)
             for case in CASES if case.get("known_issue")}
    return [pytest.param(case, id=case["query"], marks=marks.get(case["query"], ())) for case in CASES]


@pytest.mark.parametrize("case", _params())
def test_query_finds_expected_page(case: dict[str, Any], search_box: Visit, real_site: Path) -> None:
    for path in case["expect"]:
        assert (real_site / path / "index.html").is_file(), f"verwachte pagina /{path} bestaat niet"
    found = top_five(search_box, case["query"])
    assert set(found) & set(case["expect"]), f"{case['query']!r}: top 5 is {found}"
    assert not search_box.console_errors + search_box.page_errors
    assert not search_box.foreign_requests()
