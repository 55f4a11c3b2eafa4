"""The search box as readers use it: shortcuts, keyboard, filters, typos, empty results, phones, axe, subpaths."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe

from tests.browser.harness import Visit, serve
from tests.browser.search_box import INPUT, PATHS, RESULT, SHOWN, open_search, search
from wegwijzer.catalog import load_once
from wegwijzer.domain import NATIONAL
from wegwijzer.render.questions import route_keys

EXPECTED = {case["query"]: case["expect"] for case in
            yaml.safe_load((Path(__file__).parents[1] / "search_queries.yaml").read_text("utf-8"))}

pytestmark = pytest.mark.browser

AXE = Axe()
SERIOUS = ("serious", "critical")
SIZES = {"telefoon": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}


def serious_violations(visit: Visit) -> list[str]:
    results = AXE.run(visit.page, options={"resultTypes": ["violations"]})
    return [f"{v['id']} ({v['impact']}): {v['help']} bij {node['target']}: {node['html'][:160]}"
            for v in results.response["violations"] if v["impact"] in SERIOUS for node in v["nodes"]]


def _tab(tab: Callable[..., Visit], site_url: str, size: str = "desktop") -> Visit:
    visit = tab(site_url, phone=size == "telefoon")
    visit.page.set_viewport_size(SIZES[size])
    visit.goto("")
    return visit


@pytest.mark.parametrize("size", SIZES)
def test_search_states_pass_axe(size: str, site_url: str, tab: Callable[..., Visit]) -> None:
    visit = _tab(tab, site_url, size)
    open_search(visit)
    problems = {"open": serious_violations(visit)}
    assert search(visit, "spijbelen")
    problems["met resultaten"] = serious_violations(visit)
    assert search(visit, "xqzwv") == []
    problems["zonder resultaten"] = serious_violations(visit)
    assert not any(problems.values()), problems
    assert not visit.console_errors + visit.page_errors
    assert not visit.foreign_requests()


def test_shortcuts_open_and_escape_closes(site_url: str, tab: Callable[..., Visit]) -> None:
    visit = _tab(tab, site_url)
    for key in ("/", "s"):
        visit.page.keyboard.press(key)
        assert visit.page.evaluate("document.activeElement.type") == "search"
        assert visit.page.input_value(INPUT) == "", f"de sneltoets {key} kwam in het zoekvak terecht"
        visit.page.keyboard.press("Escape")
        assert visit.page.is_hidden("#ww-search-panel")
        visit.page.evaluate("document.activeElement.blur()")  # back to reading the page


def test_phone_opens_an_overlay_from_the_header(site_url: str, tab: Callable[..., Visit]) -> None:
    visit = _tab(tab, site_url, "telefoon")
    assert visit.page.is_hidden(INPUT)
    button = visit.page.locator("header .ww-search__open")
    assert button.is_visible() and button.get_attribute("aria-expanded") == "false"
    button.click()
    assert visit.page.is_visible(INPUT) and button.get_attribute("aria-expanded") == "true"
    box = visit.page.eval_on_selector("#ww-search-box", "e => e.getBoundingClientRect().toJSON()")
    assert box["width"] >= 380 and box["height"] >= 800
    visit.page.keyboard.press("Escape")
    assert visit.page.is_hidden(INPUT)
    assert visit.page.evaluate("document.activeElement.classList.contains('ww-search__open')")


def test_keyboard_reaches_and_opens_results(site_url: str, tab: Callable[..., Visit]) -> None:
    visit = _tab(tab, site_url)
    open_search(visit)
    found = search(visit, "dyslexie")
    visit.page.keyboard.press("ArrowDown")
    assert visit.page.evaluate("document.activeElement.closest('[data-search-result]') !== null")
    visit.page.keyboard.press("ArrowDown")
    visit.page.keyboard.press("ArrowUp")
    with visit.page.expect_navigation():
        visit.page.keyboard.press("Enter")
    assert visit.page.url.endswith(found[0])


def test_results_show_their_type_questions_first_and_a_phone_link(site_url: str, tab: Callable[..., Visit]) -> None:
    visit = _tab(tab, site_url)
    open_search(visit)
    search(visit, "spijbelen")
    types = visit.page.eval_on_selector_all(RESULT, "els => els.map(e => e.getAttribute('data-search-result'))")
    assert types[0] == "Vraag" and "Partner" in types
    labels = visit.page.eval_on_selector_all(f"{RESULT} .ww-search__type", "els => els.map(e => e.textContent)")
    assert labels == types
    search(visit, "kindertelefoon")
    phone = visit.page.get_attribute(f"{RESULT} a[href^='tel:']", "href")
    assert phone == "tel:08000432"


def test_snippets_are_clean_text(site_url: str, tab: Callable[..., Visit]) -> None:
    visit = _tab(tab, site_url)
    open_search(visit)
    texts = []
    for query in ("toestemming ouders", "regio", "gegevens aanpassen", "leerplicht"):
        search(visit, query)
        texts += visit.page.eval_on_selector_all(f"{RESULT} .ww-search__excerpt", "els => els.map(e => e.textContent)")
    joined = " ".join(texts)
    assert texts and "Toon de route voor regio" not in joined and "alleen in deze browser onthouden" not in joined
    assert "¶" not in joined and "Pas de gegevens aan" not in joined
    assert "oudersToestemming" not in joined and "nodigToelichting" not in joined


def test_excerpts_keep_words_of_touching_elements_apart(site_url: str, tab: Callable[..., Visit]) -> None:
    # A partner's phone and website are touching elements; a route's steps list partners one after another.
    visit = _tab(tab, site_url)
    open_search(visit)
    texts = []
    for query in ("ouder- en kindteams amsterdam", "zelfdoding", "bijdragen velden"):
        assert search(visit, query)
        texts += visit.page.eval_on_selector_all(f"{RESULT} .ww-search__excerpt", "els => els.map(e => e.textContent)")
    joined = " ".join(texts)
    assert texts and "5961oktamsterdam" not in joined and "AmsterdamBel" not in joined, joined
    assert not re.search(r"\b(Amsterdam|Diemen)Bel\b|\.nlDe\b|VeldBetekenis", joined), joined


def test_back_after_opening_a_result_restores_query_and_results(site_url: str, tab: Callable[..., Visit]) -> None:
    visit = _tab(tab, site_url)
    open_search(visit)
    found = search(visit, "hoofdluis")
    assert "q=hoofdluis" in visit.page.url
    with visit.page.expect_navigation():
        visit.page.click(f"{RESULT} a")
    assert visit.page.url.endswith(found[0])
    visit.page.go_back()
    visit.page.wait_for_function(SHOWN, arg="hoofdluis")
    assert visit.page.input_value(INPUT) == "hoofdluis" and visit.page.is_visible("#ww-search-panel")
    assert visit.page.eval_on_selector_all(RESULT, PATHS) == found
    # Closing the search takes the query out of the address again.
    visit.page.focus(INPUT)
    visit.page.keyboard.press("Escape")
    assert "q=" not in visit.page.url
    assert not visit.console_errors + visit.page_errors


@pytest.mark.parametrize("size", SIZES)
def test_a_shared_link_with_a_query_opens_with_results(size: str, site_url: str, tab: Callable[..., Visit]) -> None:
    visit = tab(site_url, phone=size == "telefoon")
    visit.page.set_viewport_size(SIZES[size])
    visit.goto("wegwijzer/?q=" + quote("kind spijbelt vaak"))
    visit.page.wait_for_function(SHOWN, arg="kind spijbelt vaak")
    top = visit.page.eval_on_selector_all(RESULT, PATHS)[:5]
    assert set(path.lstrip("/") for path in top) & set(EXPECTED["kind spijbelt vaak"]), top
    assert visit.page.is_visible(INPUT) and visit.page.input_value(INPUT) == "kind spijbelt vaak"
    assert not serious_violations(visit)
    assert not visit.console_errors + visit.page_errors


def _kind_in_two_regions() -> tuple[str, str, set[str], set[str]]:
    """A partner kind with regional partners in at least two regions (leerplicht where the data has it): that kind,
    the region with most of them, and the pages of the kind's partners inside and outside that region."""
    catalog = load_once()
    regional = [p for p in catalog.all("partner") if NATIONAL not in p.get("areas", [])]
    kinds: dict[str, dict[str, int]] = {}
    for partner in regional:
        for region in catalog.regions_of(partner):
            kinds.setdefault(partner["kind"], {}).setdefault(region, 0)
            kinds[partner["kind"]][region] += 1
    shared = sorted(kind for kind, regions in kinds.items() if len(regions) > 1)
    if not shared:
        pytest.skip("no partner kind has regional partners in two regions: nothing to filter")  # data, not CI
    kind = "leerplicht" if "leerplicht" in shared else shared[0]
    region = max(sorted(kinds[kind]), key=lambda r: kinds[kind][r])
    pages = {p["id"]: f"/sociale-kaart/{p['id']}/" for p in regional if p["kind"] == kind}
    inside = {pages[p["id"]] for p in regional if p["kind"] == kind and region in catalog.regions_of(p)}
    outside = {f"/sociale-kaart/{p['id']}/" for p in regional if region not in catalog.regions_of(p)}
    return kind, region, inside, outside


def test_region_chosen_elsewhere_filters_by_default_and_can_be_cleared(site_url: str,
                                                                       tab: Callable[..., Visit]) -> None:
    kind, region, inside, outside = _kind_in_two_regions()
    visit = _tab(tab, site_url)
    visit.page.evaluate(f"localStorage.setItem('ww-region', {region!r})")
    visit.goto("")
    open_search(visit)
    regional = search(visit, kind)
    assert visit.page.input_value("#ww-search-regio") == region
    assert not outside & set(regional), f"partners van andere regio's bij regio {region}: {outside & set(regional)}"
    assert inside & set(regional), f"{kind!r} bij regio {region}: {regional}"
    visit.page.select_option("#ww-search-regio", "")
    # Unfiltered: other regions' partners show, or (when one region's rank higher) the status says only the best
    # few regional organisations stand there, which it says only when no region is chosen.
    visit.page.wait_for_function("""outside => [...document.querySelectorAll('[data-search-result] a')]
        .some(a => outside.includes(new URL(a.href).pathname)) ||
        document.getElementById('ww-search-status').textContent.includes('Kies bovenaan je gemeente')""",
                                 arg=sorted(outside))


def test_type_and_theme_filters(site_url: str, tab: Callable[..., Visit]) -> None:
    visit = _tab(tab, site_url)
    open_search(visit)
    visit.page.select_option("#ww-search-type", "Partner")
    search(visit, "dyslexie")
    types = visit.page.eval_on_selector_all(RESULT, "els => els.map(e => e.getAttribute('data-search-result'))")
    assert types and set(types) == {"Partner"}
    visit.page.select_option("#ww-search-type", "")
    visit.page.select_option("#ww-search-thema", "Verzuim")
    found = search(visit, "ouders ")
    assert found and all(path.startswith(("/wegwijzer/", "/sociale-kaart/")) for path in found)
    assert "/wegwijzer/leerling-verzuimt-vaak/" in found or "/wegwijzer/thuiszitter/" in found


def test_typos_are_named_and_corrected(site_url: str, tab: Callable[..., Visit]) -> None:
    visit = _tab(tab, site_url)
    open_search(visit)
    found = search(visit, "dislexie leerling")
    assert "/wegwijzer/dyslexieonderzoek/" in found[:5]
    assert "‘dyslexie’ in plaats van ‘dislexie’" in visit.page.text_content("#ww-search-status")
    suggestion = visit.page.locator(".ww-search__suggestion")
    assert suggestion.text_content() == "dyslexie leerling"


def test_no_results_is_never_a_blank_box(site_url: str, tab: Callable[..., Visit]) -> None:
    visit = _tab(tab, site_url)
    open_search(visit)
    assert search(visit, "xqzwv") == []
    status = visit.page.text_content("#ww-search-status")
    assert "Geen resultaten" in status and "Niet gevonden: ‘xqzwv’" in status
    themes = visit.page.eval_on_selector_all(".ww-search__themes a", "els => els.map(e => e.getAttribute('href'))")
    assert len(themes) >= 5 and all("wegwijzer/#thema-" in href for href in themes)
    issue = visit.page.get_attribute(".ww-search__issue", "href")
    assert issue.startswith("https://github.com/") and "template=vraag-ontbreekt.yml" in issue
    assert "zoekopdracht=xqzwv" in issue
    # A real word next to a word that matches nothing: the results are shown, the unknown word is named.
    found = search(visit, "xqzwv leerplicht")
    assert found and "Niet gevonden: ‘xqzwv’" in visit.page.text_content("#ww-search-status")


def test_works_when_the_site_lives_under_a_subpath(real_site: Path, tmp_path: Path,
                                                   tab: Callable[..., Visit]) -> None:
    # A GitHub Pages project site: the same build, served at /ib-wegwijzer/ instead of /.
    shutil.copytree(real_site, tmp_path / "ib-wegwijzer")
    with serve(tmp_path) as root:
        visit = tab(root)
        visit.goto("ib-wegwijzer/wegwijzer/leerling-verzuimt-vaak/")
        open_search(visit)
        found = search(visit, "hoofdluis")
        assert found and all(path.startswith("/ib-wegwijzer/") for path in found)
        with visit.page.expect_navigation():
            visit.page.click(f"{RESULT} a")
        assert "/ib-wegwijzer/wegwijzer/hoofdluis-in-de-klas/" in visit.page.url
        assert not visit.console_errors + visit.page_errors
        assert not visit.foreign_requests()


# Without module workers (older browsers) the searcher runs on the page itself: the same results.
WORKERS = {"in de worker": "", "op de pagina": "delete window.Worker;"}


@pytest.mark.parametrize("where", WORKERS)
def test_one_index_is_searched_in_a_worker_or_on_the_page(where: str, real_site: Path, tmp_path: Path,
                                                          tab: Callable[..., Visit]) -> None:
    # Served under a subpath, so the result links must keep the subpath too.
    shutil.copytree(real_site, tmp_path / "ib-wegwijzer")
    with serve(tmp_path) as root:
        visit = tab(root)
        if WORKERS[where]:
            visit.page.add_init_script(WORKERS[where])
        visit.goto("ib-wegwijzer/")
        open_search(visit)
        # The same expectations as the query set (tests/search_queries.yaml).
        for query in ["hoofdluis", "kind spijbelt vaak", "dyslectische leerling", "slechthorende leerling"]:
            paths = search(visit, query)
            top = [path.removeprefix("/ib-wegwijzer/") for path in paths[:5]]
            assert set(top) & set(EXPECTED[query]), f"{query!r}: top 5 is {top}"
            assert all(path.startswith("/ib-wegwijzer/") for path in paths)
        # One index, one start of Pagefind's WebAssembly.
        starts = [url for url in visit.requests if url.endswith(".pagefind") and "/wasm." in url]
        assert len(starts) == 1, starts
        assert not visit.console_errors + visit.page_errors
        assert not visit.foreign_requests()


FOLD_QUERIES = ("leerplicht", "veilig thuis", "dyslexie", "jeugdhulp", "thuiszitter", "meldcode")


def _route_of(path: str, regions: set[str]) -> tuple[str, str] | None:
    """(question, region) of a route page path /wegwijzer/<question>/<region>/, else None."""
    parts = path.strip("/").split("/")
    return (parts[1], parts[2]) if len(parts) == 3 and parts[0] == "wegwijzer" and parts[2] in regions else None


def _question_of(path: str, regions: set[str]) -> str | None:
    route = _route_of(path, regions)
    parts = path.strip("/").split("/")
    return route[0] if route else (parts[1] if len(parts) == 2 and parts[0] == "wegwijzer" else None)


def test_a_question_is_one_result_and_leads_to_the_readers_own_route(site_url: str,
                                                                     tab: Callable[..., Visit]) -> None:
    """Route pages (one per region) fold into their question: without a region the question's page, with one the
    reader's own route; never two results for one question, never another region's route."""
    catalog = load_once()
    regions = {r["id"] for r in catalog.all("region")}
    with_routes = sorted({region for _, region in route_keys(catalog)})
    visit = _tab(tab, site_url)
    open_search(visit)
    for query in FOLD_QUERIES:
        found = search(visit, query)
        assert not [p for p in found if _route_of(p, regions)], (query, found)
        questions = [q for q in map(lambda p: _question_of(p, regions), found) if q]
        assert len(questions) == len(set(questions)), (query, found)
    own_routes = 0
    for region in with_routes:
        visit.page.evaluate(f"localStorage.setItem('ww-region', {region!r})")
        visit.goto("")
        open_search(visit)
        for query in FOLD_QUERIES:
            found = search(visit, query)
            routes = [_route_of(p, regions) for p in found if _route_of(p, regions)]
            assert all(r == region for _, r in routes), (region, query, found)
            own_routes += len(routes)
            questions = [q for q in map(lambda p: _question_of(p, regions), found) if q]
            assert len(questions) == len(set(questions)), (region, query, found)
    assert not with_routes or own_routes, "geen enkele zoekopdracht leidt naar de eigen route van een regio"
    assert not visit.console_errors + visit.page_errors
