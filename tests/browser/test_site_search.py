"""The site's own search box, typed into in Chromium, puts an expected page in the top 5 for everyday queries.

All queries run in one tab (the index loads once), as a reader would type them one after another.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.browser.harness import Visit, open_tab
from tests.browser.search_box import open_search, search

pytestmark = pytest.mark.browser

CASES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parents[1] / "search_queries.yaml").read_text("utf-8"))


@pytest.fixture(scope="module")
def search_box(browser: object, site_url: str) -> Iterator[Visit]:
    """The home page with the search box open."""
    visit = open_tab(browser, site_url)
    visit.goto("")
    open_search(visit)
    yield visit
    visit.page.context.close()


def top_five(visit: Visit, query: str) -> list[str]:
    return [path.lstrip("/") for path in search(visit, query)[:5]]


def test_queries_are_everyday_and_enough() -> None:
    assert len(CASES) >= 120
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
