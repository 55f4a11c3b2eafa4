"""The sociale kaart filter in Chromium: exactly the right rows, all rows without JavaScript, and 1,000 rows."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.browser.harness import ROOT, Visit, serve, visible_rows
from tests.browser.search_box import PATHS, RESULT, SHOWN
from wegwijzer.catalog import build_catalog, load_once
from wegwijzer.devtools.synth import write_dataset
from wegwijzer.domain import NATIONAL
from wegwijzer.render.markup import esc
from wegwijzer.render.partners import AGE_BANDS, directory

pytestmark = pytest.mark.browser


def _serves_town(partner: dict[str, Any], town: str) -> bool:
    return NATIONAL in partner["areas"] or town in partner["areas"]


def _in_band(partner: dict[str, Any], band: str) -> bool:
    low, high = next((lo, hi) for key, _, lo, hi in AGE_BANDS if key == band)
    audience = partner.get("audience") or {"min_age": 0, "max_age": 99}
    return audience["min_age"] <= high and audience["max_age"] >= low


def _expected(partners: list[dict[str, Any]], town: str = "", theme: str = "", age: str = "") -> list[str]:
    """Partner ids the filter must show, computed from the catalog (not from the page's data attributes)."""
    return sorted(p["id"] for p in partners
                  if (not town or _serves_town(p, town)) and (not theme or theme in p["themes"])
                  and (not age or _in_band(p, age)))


def _choose(visit: Visit, town: str = "", theme: str = "", age: str = "") -> list[str]:
    page = visit.page
    page.select_option("#ww-filter-town", town)
    page.select_option("#ww-filter-theme", theme)
    page.select_option("#ww-filter-age", age)
    return sorted(visible_rows(page))


def _options(visit: Visit, select: str) -> list[str]:
    return [value for value in visit.page.eval_on_selector_all(f"{select} option", "els => els.map(e => e.value)")
            if value]


def test_filter_shows_exactly_the_matching_partners(site_url: str, tab: Callable[..., Visit]) -> None:
    partners = load_once().all("partner")
    visit = tab(site_url)
    visit.goto("sociale-kaart/")
    assert visit.page.is_visible("#ww-filter")
    assert sorted(visible_rows(visit.page)) == _expected(partners)
    towns, themes, ages = (_options(visit, s) for s in ("#ww-filter-town", "#ww-filter-theme", "#ww-filter-age"))
    assert towns and themes and [key for key, *_ in AGE_BANDS] == ages
    for town in towns:
        assert _choose(visit, town=town) == _expected(partners, town=town), town
    for theme in themes:
        assert _choose(visit, theme=theme) == _expected(partners, theme=theme), theme
    for age in ages:
        assert _choose(visit, age=age) == _expected(partners, age=age), age
    combined = {"town": towns[0], "theme": partners[0]["themes"][0], "age": "4-12"}
    assert _choose(visit, **combined) == _expected(partners, **combined)
    count = visit.page.text_content("#ww-filter-count")
    assert count == f"{len(_expected(partners, **combined))} van de {len(partners)} partners zichtbaar"
    assert _choose(visit) == _expected(partners)
    assert not visit.console_errors + visit.page_errors


def test_full_table_without_javascript(site_url: str, tab: Callable[..., Visit]) -> None:
    partners = load_once().all("partner")
    visit = tab(site_url, javascript=False)
    visit.goto("sociale-kaart/")
    assert not visit.page.is_visible("#ww-filter")
    assert sorted(visible_rows(visit.page)) == _expected(partners)


@pytest.fixture(scope="module")
def big_directory(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    """A page holding the real directory markup for 1,000 fictitious partners, with the real script and CSS."""
    folder = tmp_path_factory.mktemp("big")
    catalog = build_catalog(write_dataset(1000, folder / "data"))
    assert catalog.ok, catalog.problems[:5]
    for asset in ("wegwijzer.js", "wegwijzer.css"):
        shutil.copy(ROOT / "docs" / "assets" / asset, folder / asset)
    (folder / "index.html").write_text(
        f'<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{esc("Sociale kaart")}</title>'
        '<link rel="icon" href="data:,"><link rel="stylesheet" href="wegwijzer.css"></head>'
        '<body><main class="md-typeset">'
        f'{directory(catalog, root="")}</main><script src="wegwijzer.js"></script></body></html>',
        encoding="utf-8")
    return folder, catalog.all("partner")


def test_filter_works_on_1000_rows(big_directory: tuple[Path, list[dict[str, Any]]],
                                   tab: Callable[..., Visit]) -> None:
    folder, partners = big_directory
    assert len(partners) == 1000
    with serve(folder) as base:
        visit = tab(base)
        visit.goto("")
        # The script marks the form once it has read every row and applied the (empty) filters.
        visit.page.wait_for_selector("#ww-filter[data-filter-ready]", state="attached")
        assert len(visible_rows(visit.page)) == 1000
        assert _choose(visit, town="fictiefdorp") == _expected(partners, town="fictiefdorp")
        assert _choose(visit, town="fictiefstad-zuid", theme="armoede") == \
            _expected(partners, town="fictiefstad-zuid", theme="armoede")
        _choose(visit)
        visit.page.fill("#ww-filter-text", "Testpartner 0999")
        assert visible_rows(visit.page) == ["testpartner-0999"]
        visit.page.fill("#ww-filter-text", "")
        assert _choose(visit) == _expected(partners)
        assert not visit.console_errors + visit.page_errors
        assert not visit.foreign_requests()


def _type(visit: Visit, text: str) -> list[str]:
    """Type into "Zoek in de tabel" and wait until the filter searches with the site's vocabulary."""
    visit.page.fill("#ww-filter-text", text)
    visit.page.wait_for_function("() => document.getElementById('ww-filter').dataset.filterReady === 'words'")
    return sorted(visible_rows(visit.page))


def test_table_search_uses_the_site_search_vocabulary(site_url: str, tab: Callable[..., Visit]) -> None:
    visit = tab(site_url)
    visit.goto("sociale-kaart/")
    visit.page.select_option("#ww-filter-town", "nijmegen")
    # Nijmegen's youth help is its Buurtteams Jeugd en Gezin: the word stands on their page, not in the table.
    found = _type(visit, "jeugdhulp")
    assert "buurtteams-jeugd-en-gezin-nijmegen" in found
    assert all("nijmegen" in p["areas"] or NATIONAL in p["areas"]
               for p in load_once().all("partner") if p["id"] in found)
    # A synonym (data/synonyms/wijkteam.yaml) and a partner's alias find it too.
    assert "buurtteams-jeugd-en-gezin-nijmegen" in _type(visit, "sociaal team")
    assert "buurtteams-jeugd-en-gezin-nijmegen" in _type(visit, "brede basisteam")
    assert visit.page.is_hidden("#ww-filter-empty")
    assert not visit.console_errors + visit.page_errors
    assert not visit.foreign_requests()


@pytest.mark.parametrize("width", [390, 1366])
def test_zero_rows_offer_to_clear_the_filters_or_search_the_site(width: int, site_url: str,
                                                                 tab: Callable[..., Visit]) -> None:
    from tests.browser.test_search_ui import serious_violations

    visit = tab(site_url, phone=width < 600)
    visit.page.set_viewport_size({"width": width, "height": 900})
    visit.goto("sociale-kaart/")
    visit.page.select_option("#ww-filter-theme", load_once().all("partner")[0]["themes"][0])
    assert _type(visit, "xqzwv") == []
    assert visit.page.is_visible("#ww-filter-empty")
    assert not serious_violations(visit)
    link = visit.page.get_attribute("#ww-filter-empty a", "href")
    assert link.endswith("?q=xqzwv")
    visit.page.click("#ww-filter-empty button")
    assert sorted(visible_rows(visit.page)) == _expected(load_once().all("partner"))
    assert visit.page.input_value("#ww-filter-text") == "" and visit.page.input_value("#ww-filter-theme") == ""
    assert visit.page.is_hidden("#ww-filter-empty")
    # The way on to the whole site: the site search opens with the words.
    _type(visit, "hoofdluis in de klas xqzwv")
    with visit.page.expect_navigation():
        visit.page.click("#ww-filter-empty a")
    visit.page.wait_for_function(SHOWN, arg="hoofdluis in de klas xqzwv")
    assert "/wegwijzer/hoofdluis-in-de-klas/" in visit.page.eval_on_selector_all(RESULT, PATHS)
    assert not visit.console_errors + visit.page_errors
