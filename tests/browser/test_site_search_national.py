"""Search that does not grow worse with every region (issue 20): the real data plus 76 fictitious regions, each
copying the regional steps of a real region word for word with partners of its own, so every question has a route
page per region sharing the real routes' words. Every query of tests/search_queries.yaml that passes on the real
site (all but the known issues) still puts an expected page in the top 5."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.browser.harness import ROOT, Visit, build_site, open_tab, serve
from tests.browser.search_box import open_search, search
from wegwijzer.catalog import build_catalog, load_once
from wegwijzer.devtools.synth import NATIONAL_REGIONS, add_regions
from wegwijzer.domain import NATIONAL

pytestmark = pytest.mark.browser

CATALOG = load_once()
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


def _reader_region(case: dict[str, Any], regions: dict[str, set[str]]) -> str:
    """Where the reader searches from: a query that expects a regional partner is typed by someone in that
    partner's region (with 76 regions, every region has its own JGZ: only her municipality tells which is hers);
    any other query by someone who chose no municipality."""
    for path in case["expect"]:
        parts = path.strip("/").split("/")
        partner = CATALOG.get("partner", parts[1]) if parts[0] == "sociale-kaart" and len(parts) == 2 else None
        if partner and NATIONAL not in partner["areas"]:
            return next(r for r, towns in regions.items() if towns & set(partner["areas"]))
    return ""


def test_every_query_still_finds_its_page(search_box: Visit) -> None:
    """Strict both ways: a query that misses is marked `known_issue_national` in tests/search_queries.yaml with why,
    and a query so marked that passes fails the test until the mark is removed."""
    regions = {r["id"]: {t["id"] for t in r["municipalities"]} for r in CATALOG.all("region")}
    by_region: dict[str, list[dict[str, Any]]] = {}
    for case in CASES:
        if not case.get("known_issue"):
            by_region.setdefault(_reader_region(case, regions), []).append(case)
    missed, fixed = [], []
    for region, cases in sorted(by_region.items()):
        search_box.page.evaluate("r => r ? localStorage.setItem('ww-region', r) : localStorage.removeItem('ww-region')",
                                 region)
        search_box.goto("")
        open_search(search_box)
        for case in cases:
            found = [path.lstrip("/") for path in search(search_box, case["query"])[:5]]
            # With a region chosen the search shows her own route in place of the question's page.
            mine = {f"wegwijzer/{p.split('/')[1]}/" for p in found if region and p.endswith(f"/{region}/")}
            hit = bool((set(found) | mine) & set(case["expect"]))
            if not hit and not case.get("known_issue_national"):
                missed.append(f"{case['query']!r} ({region or 'geen regio'}): top 5 is {found}")
            if hit and case.get("known_issue_national"):
                fixed.append(case["query"])
    assert not missed, f"{len(missed)} zoekopdrachten vinden hun pagina niet meer:\n" + "\n".join(missed)
    assert not fixed, f"vinden hun pagina weer; haal known_issue_national weg: {fixed}"
    assert not search_box.console_errors + search_box.page_errors
    assert not search_box.foreign_requests()


def test_without_a_municipality_a_few_regional_partners_and_the_advice_to_choose_one(search_box: Visit,
                                                                                       national_site: Path) -> None:
    """The kind of organisation every region has (here each fictitious region's own JGZ) does not fill the list of
    a reader who chose no municipality: at most REGIONAL_SHOWN of them, and the status tells her to choose hers."""
    catalog = build_catalog(national_site.parent / "data")
    regional = {f"/sociale-kaart/{p['id']}/" for p in catalog.all("partner") if NATIONAL not in p["areas"]}
    kind = Counter(p["kind"] for p in catalog.all("partner") if NATIONAL not in p["areas"]).most_common(1)[0][0]
    kept = int(re.search(r"REGIONAL_SHOWN = (\d+)", (ROOT / "docs/assets/search-query.js").read_text()).group(1))
    search_box.page.evaluate("() => localStorage.removeItem('ww-region')")
    search_box.goto("")
    open_search(search_box)
    shown = search(search_box, kind)
    status = search_box.page.inner_text("#ww-search-status")
    assert 0 < len(set(shown) & regional) <= kept, f"{kind!r}: {shown}"
    assert "Kies bovenaan je gemeente" in status, status
    region = next(r["id"] for r in catalog.all("region") if r["id"].startswith("fictieve-regio-"))
    search_box.page.evaluate("r => localStorage.setItem('ww-region', r)", region)
    search_box.goto("")
    open_search(search_box)
    search(search_box, kind)
    assert "Kies bovenaan je gemeente" not in search_box.page.inner_text("#ww-search-status")
