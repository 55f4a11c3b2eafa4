"""The competentiescan in Chromium on the real site: kept in this browser only, rater files in and out, refused
files change nothing, the report prints on A4, axe finds nothing serious, and the keyboard alone is enough."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.harness import Visit
from tests.browser.test_page_checks import serious_violations
from tests.browser.test_print import HIDDEN_IN_PRINT, pdf_pages, shown
from wegwijzer.catalog import build_catalog
from wegwijzer.render.scan import key

pytestmark = pytest.mark.browser

CATALOG = build_catalog()
COMPETENCIES = sorted(CATALOG.all("competency"), key=lambda c: c["order"])
KEYS = [key(c["id"], i["id"]) for c in COMPETENCIES for i in c["indicators"]]
MARKER = "GEHEIM-notitie-7731"
STORAGE = "wegwijzer-competentiescan"


def open_scan(tab: Callable[..., Visit], site_url: str) -> tuple[Visit, list[tuple[str, str]]]:
    """The scan page, with every request after load recorded with its body.

    The browser fetches the page's own icon when it likes (on a busy machine after the network went quiet), as a
    plain GET of the URL the page names; that one request is not recorded, every other one is."""
    visit = tab(site_url)
    visit.goto("competentiescan/")
    visit.page.wait_for_load_state("networkidle")
    icons = set(visit.page.eval_on_selector_all('link[rel~="icon"]', "links => links.map(link => link.href)"))
    assert icons, "de pagina noemt haar icoon"
    later: list[tuple[str, str]] = []

    def record(request: object) -> None:
        if not (request.method == "GET" and request.url in icons):
            later.append((request.url, request.post_data or ""))

    visit.page.on("request", record)
    return visit, later


def answer(page: object, index: int, value: int) -> None:
    page.locator(f'.ww-scan-item[data-key="{KEYS[index]}"] input[value="{value}"]').check()


def fill_all(page: object) -> None:
    for n in range(len(KEYS)):
        answer(page, n, n % 4 + 1)


def stored(page: object) -> str | None:
    return page.evaluate(f"() => localStorage.getItem('{STORAGE}')")


def web_requests(requests: list[tuple[str, str]]) -> list[str]:
    return [url for url, _ in requests if urlsplit(url).scheme in ("http", "https")]


def test_answers_are_kept_in_this_browser_and_sent_nowhere(tab: Callable[..., Visit], site_url: str) -> None:
    visit, later = open_scan(tab, site_url)
    page = visit.page
    assert page.inner_text("#ww-scan-progress-text") == f"0 van {len(KEYS)} gedragsvoorbeelden ingevuld"
    answer(page, 0, 3)
    answer(page, len(KEYS) - 1, 0)
    page.fill("#notitie-andragogisch", MARKER)
    page.fill("#ww-scan-name", MARKER)
    assert page.inner_text("#ww-scan-progress-text").startswith("2 van ")
    assert web_requests(later) == [], "de pagina doet een verzoek na het laden"
    page.reload(wait_until="networkidle")
    assert page.is_checked(f'.ww-scan-item[data-key="{KEYS[0]}"] input[value="3"]')
    assert page.is_checked(f'.ww-scan-item[data-key="{KEYS[-1]}"] input[value="0"]')
    assert page.input_value("#notitie-andragogisch") == MARKER
    assert page.inner_text("#ww-scan-progress-text").startswith("2 van ")
    assert MARKER in page.inner_text(".ww-report-cover")
    assert not any(MARKER in url or MARKER in body for url, body in later), "een verzoek draagt de antwoorden"
    assert not visit.foreign_requests()
    assert page.context.cookies() == [] and page.evaluate("document.cookie") == ""
    assert "alleen in deze browser" in page.inner_text("#ww-scan-privacy-text")
    intro = page.inner_text(".md-content__inner")
    assert "gesprek over je ontwikkeling" in intro and "geen oordeel" in intro
    assert "commerciële assessments" in intro and "is dat niet" in intro
    assert not visit.console_errors + visit.page_errors

    page.click("#ww-scan-clear")
    page.click("#ww-scan-clear-yes")
    assert stored(page) is None
    assert page.inner_text("#ww-scan-progress-text").startswith("0 van ")
    assert page.input_value("#notitie-andragogisch") == ""
    assert "gewist" in page.inner_text("#ww-scan-clear-status")


def export_rater_file(page: object, tmp_path: Path) -> Path:
    page.check('input[name="ww-scan-mode"][value="beoordelaar"]')
    page.click("#ww-scan-export")
    assert "Vul eerst" in page.inner_text("#ww-scan-export-status"), "an empty rater file was offered"
    page.select_option("#ww-scan-rater-role", "coach")
    page.fill("#ww-scan-rater-about", "Juf Test")
    answer(page, 0, 4)
    answer(page, 1, 3)
    page.fill("#notitie-methodologisch", "Sterk in analyses")
    assert not page.is_visible("#ww-scan-self-tools") and not page.is_visible("#ww-scan-report")
    assert page.is_visible("#ww-scan-rater-tools")
    with page.expect_download() as download:
        page.click("#ww-scan-export")
    name = download.value.suggested_filename
    assert re.fullmatch(r"competentiescan-beoordeling-coach-\d{4}-\d{2}-\d{2}\.json", name), name
    path = tmp_path / name
    download.value.save_as(path)
    return path


def test_a_rater_file_is_exported_and_imported(tab: Callable[..., Visit], site_url: str, tmp_path: Path) -> None:
    visit, later = open_scan(tab, site_url)
    page = visit.page
    path = export_rater_file(page, tmp_path)
    assert json.loads(path.read_text(encoding="utf-8"))["answers"] == {KEYS[0]: 4, KEYS[1]: 3}
    page.check('input[name="ww-scan-mode"][value="zelf"]')
    assert not page.is_checked(f'.ww-scan-item[data-key="{KEYS[0]}"] input[value="4"]'), "modes share answers"
    answer(page, 0, 1)
    page.set_input_files("#ww-scan-import", str(path))
    page.wait_for_function("document.getElementById('ww-scan-import-status').textContent.length > 0")
    assert "toegevoegd" in page.inner_text("#ww-scan-import-status")
    report = page.inner_text("#rapport-andragogisch")
    assert "Coach" in report and "Verschillen om over te praten" in report
    assert "Sterk in analyses" in page.inner_text("#rapport-methodologisch")
    assert "Coach" in page.inner_text("#rapport-overzicht table")
    assert not [url for url in web_requests(later) if not url.startswith(visit.base)]
    assert not any("Sterk in analyses" in body or "Sterk" in url for url, body in later)


@pytest.mark.parametrize("kind, words", [
    ("malformed", "geen leesbare JSON"),
    ("tampered", "veranderd of beschadigd"),
    ("foreign", "andere gedragsvoorbeelden"),
])
def test_a_bad_file_is_refused_and_changes_nothing(tab: Callable[..., Visit], site_url: str, tmp_path: Path,
                                                   kind: str, words: str) -> None:
    visit, _ = open_scan(tab, site_url)
    page = visit.page
    good = json.loads(export_rater_file(page, tmp_path).read_text(encoding="utf-8"))
    page.check('input[name="ww-scan-mode"][value="zelf"]')
    answer(page, 2, 2)
    before, report = stored(page), page.inner_text("#ww-scan-report")
    if kind == "malformed":
        content = b'{"format": "wegwijzer-competentiescan-beoordeling", "answers": '
    elif kind == "tampered":
        content = json.dumps({**good, "answers": {**good["answers"], KEYS[0]: 1}}).encode()
    else:
        content = json.dumps(page.evaluate("(f) => WegwijzerScan.sign(f)",
                                           {**good, "answers": {"andere-competentie/iets-anders": 3}})).encode()
    page.set_input_files("#ww-scan-import", files=[{"name": "beoordeling.json", "mimeType": "application/json",
                                                    "buffer": content}])
    page.wait_for_function("document.getElementById('ww-scan-import-status').textContent.length > 0")
    message = page.inner_text("#ww-scan-import-status")
    assert words in message and "Er is niets veranderd" in message
    assert "ww-scan-error" in page.get_attribute("#ww-scan-import-status", "class")
    assert stored(page) == before and page.inner_text("#ww-scan-report") == report
    assert page.locator("#ww-scan-raters li").count() == 0


def test_report_prints_on_a4_with_cover_contents_and_every_competency(tab: Callable[..., Visit],
                                                                      site_url: str) -> None:
    visit, _ = open_scan(tab, site_url)
    page = visit.page
    fill_all(page)
    page.fill("#ww-scan-name", "Sam de Vries")
    page.fill("#ww-scan-school", "De Regenboog")
    page.click("#ww-scan-add-goal")
    page.fill("#ww-scan-goal-0-what", "Vaker om feedback vragen")
    page.select_option("#ww-scan-target", "rol:zorgregisseur")
    page.emulate_media(media="print")
    for selector in HIDDEN_IN_PRINT + [".md-search", ".ww-scan-form", ".ww-scan-privacy", "#ww-scan-self-tools",
                                       ".md-content__inner > h1"]:
        assert not shown(page, selector), f"{selector} wordt afgedrukt"
    for selector in [".ww-report-cover", ".ww-report-toc", "#rapport-inleiding", "#rapport-overzicht svg",
                     "#rapport-vergelijking", "#rapport-doelen"]:
        assert shown(page, selector), f"{selector} ontbreekt in de afdruk"
    cover = page.inner_text(".ww-report-cover")
    assert "Sam de Vries" in cover and "De Regenboog" in cover
    contents = page.inner_text(".ww-report-toc")
    for competency in COMPETENCIES:
        assert competency["name"] in contents
        assert shown(page, f"#rapport-{competency['id']}")
        assert competency["name"] in page.inner_text(f"#rapport-{competency['id']}")
    assert "Vaker om feedback vragen" in page.inner_text("#rapport-doelen")
    assert "weegt het zwaarst" in page.inner_text("#rapport-vergelijking")
    sizes = pdf_pages(page.pdf(prefer_css_page_size=True))
    assert all(abs(w - 595.92) < 2 and abs(h - 842.88) < 2 for w, h in sizes), sizes
    assert len(sizes) >= 2 + len(COMPETENCIES), f"{len(sizes)} pagina's"


def test_axe_finds_nothing_serious_empty_filled_or_with_report(tab: Callable[..., Visit], site_url: str,
                                                               tmp_path: Path) -> None:
    visit, _ = open_scan(tab, site_url)
    page = visit.page
    assert not serious_violations(visit), "lege scan"
    path = export_rater_file(page, tmp_path)
    assert not serious_violations(visit), "als beoordelaar"
    page.check('input[name="ww-scan-mode"][value="zelf"]')
    fill_all(page)
    page.fill("#notitie-andragogisch", "Notitie")
    assert not serious_violations(visit), "ingevulde scan"
    page.set_input_files("#ww-scan-import", str(path))
    page.wait_for_function("document.getElementById('ww-scan-import-status').textContent.length > 0")
    page.select_option("#ww-scan-target", index=1)
    page.click("#ww-scan-add-goal")
    page.fill("#ww-scan-goal-0-what", "Doel")
    violations = serious_violations(visit)
    assert not violations, "rapport:\n" + "\n".join(violations)
    assert not visit.console_errors + visit.page_errors


def test_the_keyboard_alone_completes_the_scan(tab: Callable[..., Visit], site_url: str) -> None:
    visit, _ = open_scan(tab, site_url)
    page = visit.page
    focused = "() => { const e = document.activeElement; return e ? (e.name || e.id || e.tagName) : ''; }"
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate(focused) == KEYS[0]:
            break
    else:
        pytest.fail("Tab bereikt het eerste gedragsvoorbeeld niet")
    done: list[str] = []
    for _ in range(len(KEYS) * 3):
        name = page.evaluate(focused)
        if name in KEYS and name not in done:
            page.keyboard.press("ArrowRight")  # moves to and selects "In ontwikkeling"
            done.append(name)
        if len(done) == len(KEYS):
            break
        page.keyboard.press("Tab")
    assert done == KEYS
    assert page.inner_text("#ww-scan-progress-text") == f"{len(KEYS)} van {len(KEYS)} gedragsvoorbeelden ingevuld"
    for name in KEYS:
        assert page.is_checked(f'.ww-scan-item[data-key="{name}"] input[value="2"]')
