"""The competentiescan report printed from Chromium to A4 PDF and read back with pypdf: a numbered page each, the
contents' numbers are the pages where the sections start, no page ends with a heading, no text under 8 pt, within
ten pages self-only and twelve with one rater; the chart reads on a phone; axe finds nothing serious."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.browser.harness import Visit
from tests.browser.pdf_checks import A4, Pdf
from tests.browser.test_page_checks import serious_violations
from tests.browser.test_scan import KEYS, fill_all, open_scan

pytestmark = pytest.mark.browser

FORMAT = "wegwijzer-competentiescan-beoordeling"


def add_rater(page: object) -> None:
    """A coach's rating file, signed by the page's own code, imported as a user would."""
    answers = {k: (n * 7) % 4 + 1 for n, k in enumerate(KEYS)}
    signed = page.evaluate("(f) => WegwijzerScan.sign(f)", {
        "format": FORMAT, "version": 1, "date": "2026-12-01", "about": "Sam", "rater": {"role": "coach"},
        "answers": answers, "notes": {}})
    page.set_input_files("#ww-scan-import", files=[{"name": "beoordeling.json", "mimeType": "application/json",
                                                    "buffer": json.dumps(signed).encode()}])
    page.wait_for_function("document.getElementById('ww-scan-import-status').textContent.includes('toegevoegd')")


def filled(tab: Callable[..., Visit], site_url: str, rater: bool) -> Visit:
    visit, _ = open_scan(tab, site_url)
    page = visit.page
    fill_all(page)
    page.fill("#notitie-andragogisch", "Ik wil vaker feedback vragen aan collega's.")
    page.fill("#ww-scan-name", "Sam de Vries")
    page.fill("#ww-scan-school", "De Regenboog")
    page.click("#ww-scan-add-goal")
    page.fill("#ww-scan-goal-0-what", "Vaker om feedback vragen")
    page.select_option("#ww-scan-target", "rol:zorgregisseur")
    if rater:
        add_rater(page)
    return visit


def printed(visit: Visit) -> Pdf:
    """Press the print button (the dialog stubbed), wait for Paged.js's pages and print them to PDF."""
    page = visit.page
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }")
    page.click("#ww-scan-print")
    page.wait_for_function("window.__printed === 1", timeout=60_000)
    assert page.evaluate("document.documentElement.classList.contains('ww-paged-ready')")
    return Pdf(page.pdf(prefer_css_page_size=True, print_background=True))


def contents(pdf: Pdf) -> list[tuple[str, int]]:
    """The contents page's entries: (title, page number)."""
    page = next(n for n in range(1, len(pdf.texts) + 1) if "Inhoud" in pdf.lines(n))
    entries = []
    for line in pdf.lines(page):
        title, _, number = line.rpartition(" ")
        if number.isdigit() and title and "Pagina" not in title:
            entries.append((title, int(number)))
    return entries


@pytest.mark.parametrize("rater, limit", [(False, 10), (True, 12)])
def test_report_prints_as_a_numbered_document_with_true_contents(tab: Callable[..., Visit], site_url: str,
                                                                 rater: bool, limit: int) -> None:
    visit = filled(tab, site_url, rater)
    headings = visit.page.eval_on_selector_all(
        "#ww-scan-report :is(h2, h3, h4)", "els => els.map(e => e.textContent.replace(/\\s+/g, ' ').trim())")
    pdf = printed(visit)
    pages = len(pdf.sizes)
    assert pdf.on(A4) and 2 < pages <= limit, pdf.sizes
    for number in range(1, pages + 1):
        assert f"Pagina {number} van {pages}" in pdf.texts[number - 1], f"pagina {number} draagt geen paginanummer"
    assert "Sam de Vries" in pdf.texts[0] and "De Regenboog" in pdf.texts[0]
    entries = contents(pdf)
    sections = visit.page.eval_on_selector_all(".ww-report-toc-list a", "as => as.map(a => a.textContent)")
    assert [title for title, _ in entries] == sections
    # Section headings are the 15 pt text (Chromium splits a line into runs where it kerns).
    big = {n: "".join(r.text for r in pdf.runs if r.page == n and 14.5 < r.points < 15.5).replace(" ", "")
           for n in range(3, pages + 1)}
    for title, number in entries:
        start = next(n for n in range(3, pages + 1) if title.replace(" ", "") in big[n])
        assert number == start, f"{title}: inhoud zegt {number}, begint op {start}"
    margins = ("IB Wegwijzer · competentiescan", "Ontwikkelrapport intern begeleider", "Pagina ")
    for number in range(2, pages + 1):
        body = [line for line in pdf.lines(number) if not any(m in line for m in margins)]
        assert body and body[-1] not in headings, f"pagina {number} eindigt met de kop {body[-1]!r}"
    smallest = pdf.smallest()
    assert smallest.points >= 7.95, smallest
    chart = [r for r in pdf.runs if r.text.startswith("1. ") and r.points >= 9.95]
    assert chart, "de labels van de grafiek zijn kleiner dan 10 pt"
    assert not visit.console_errors + visit.page_errors
    assert not visit.foreign_requests()


def test_comparison_says_what_weighs_most_or_is_left_out(tab: Callable[..., Visit], site_url: str) -> None:
    visit = filled(tab, site_url, rater=False)
    page = visit.page
    targets = page.evaluate("JSON.parse(document.getElementById('ww-scan-data').textContent).targets")
    competencies = page.evaluate("JSON.parse(document.getElementById('ww-scan-data').textContent).competencies")
    ranked = [t for t in targets if len({t["weights"].get(c["id"], 0) for c in competencies}) > 1]
    flat = [t for t in targets if len({t["weights"].get(c["id"], 0) for c in competencies}) == 1]
    assert ranked, "geen profiel of rol weegt de competenties verschillend"
    for target in ranked:
        page.select_option("#ww-scan-target", target["id"])
        text = page.inner_text("#rapport-vergelijking")
        top = max(target["weights"].values())
        for competency in competencies:
            if target["weights"].get(competency["id"], 0) == top:
                assert competency["name"] + " (jij " in text, (target["id"], competency["name"])
        assert "(functieprofiel) (" not in text and ") (functieprofiel)" not in text
    for target in flat:
        page.select_option("#ww-scan-target", target["id"])
        text = page.inner_text("#rapport-vergelijking")
        assert "weggelaten" in text and "weegt het zwaarst" not in text, target["id"]


@pytest.mark.parametrize("phone", [True, False])
def test_report_view_is_accessible_and_its_chart_reads(tab: Callable[..., Visit], site_url: str,
                                                       phone: bool) -> None:
    visit, _ = open_scan(lambda base: tab(base, phone=phone), site_url)
    page = visit.page
    fill_all(page)
    add_rater(page)
    page.select_option("#ww-scan-target", index=1)
    page.locator("#ww-scan-report").scroll_into_view_if_needed()
    violations = serious_violations(visit)
    assert not violations, "\n".join(violations)
    smallest = page.evaluate("""() => {
        const svg = document.querySelector('#ww-scan-report .ww-report-chart');
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return Math.min(...Array.from(svg.querySelectorAll('text'))
            .map(t => parseFloat(getComputedStyle(t).fontSize) * scale));
    }""")
    assert smallest >= 12, f"grafieklabels {smallest:.1f} px"
    assert page.evaluate("document.querySelectorAll('[id]').length") == page.evaluate(
        "new Set(Array.from(document.querySelectorAll('[id]')).map(e => e.id)).size")
    assert not visit.foreign_requests()
