"""Search that does not grow worse with every region (issue 20): the real data plus 76 fictitious regions, each
copying the regional steps of a real region word for word with partners of its own, so every question has a route
page per region sharing the real routes' words. Every query of tests/search_queries.yaml that passes on the real
site (all but the known issues) still puts an expected page in the top 5."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.browser.harness import ROOT, Visit, build_site, open_tab, serve
from tests.browser.search_box import open_search, search
from wegwijzer.synth import NATIONAL_REGIONS, add_regions

pytestmark = pytest.mark.browser

CASES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parents[1] / "search_queries.yaml").read_text("utf-8"))


@pytest.fixture(scope="module")
def national_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("national")
    data = root / "data"
    shutil.copytree(ROOT / "data", data)
    add_regions(data, NATIONAL_REGIONS)
    return build_site(root / "site", data)


@pytest.fixture(scope="module")
def search_box(browser: object, national_site: Path) -> Iterator[Visit]:
    with serve(national_site) as url:
        visit = open_tab(browser, url)
        visit.goto("")
        open_search(visit)
        yield visit
        visit.page.context.close()


def test_the_national_shaped_site_has_a_route_page_per_region(national_site: Path) -> None:
    regions = {path.stem for path in (ROOT / "data" / "regions").glob("[!_]*.yaml")}
    fictitious = {p.name for p in (national_site / "regio").iterdir() if p.name.startswith("fictieve-regio-")}
    assert len(fictitious) == NATIONAL_REGIONS and not regions & fictitious
    routes = list((national_site / "wegwijzer").glob("*/fictieve-regio-*/index.html"))
    assert len(routes) >= NATIONAL_REGIONS, "de fictieve regio's hebben geen eigen routepagina's"


def test_every_query_still_finds_its_page(search_box: Visit) -> None:
    missed = []
    for case in CASES:
        if case.get("known_issue"):
            continue
        found = [path.lstrip("/") for path in search(search_box, case["query"])[:5]]
        if not set(found) & set(case["expect"]):
            missed.append(f"{case['query']!r}: top 5 is {found}")
    assert not missed, f"{len(missed)} zoekopdrachten vinden hun pagina niet meer:\n" + "\n".join(missed)
    assert not search_box.console_errors + search_box.page_errors
    assert not search_box.foreign_requests()
