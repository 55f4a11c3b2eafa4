"""Printing in headless Chromium, read back with pypdf: profiles as clean A4 documents of at most four pages, the
stroomschema legible on A4 (no text under 8 pt), a region's wall chart (its own page, linked from the wegwijzer) on
one A3 sheet per municipality (no text under 10 pt, a phone number or web address beside every agency), a route of
the chosen region on at most two A4 pages, and a print button where people print."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from tests.browser.harness import Visit
from tests.browser.pdf_checks import A3_LANDSCAPE, A4_LANDSCAPE, Pdf
from tests.browser.place_box import choose, first_letters
from wegwijzer.catalog import build_catalog
from wegwijzer.render.questions import route_keys
from wegwijzer.render.wallchart import stops

pytestmark = pytest.mark.browser

CATALOG = build_catalog()
HIDDEN_IN_PRINT = [".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
                   ".md-content__button"]


def shown(page: object, selector: str) -> bool:
    """True when any element matching `selector` takes up space on the page."""
    return page.evaluate("""(selector) => Array.from(document.querySelectorAll(selector))
        .some(el => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0)""", selector)


SMALL_TEXT = """() => {
    const small = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!node.textContent.trim() || !el.getClientRects().length) continue;
        const points = parseFloat(getComputedStyle(el).fontSize) * 0.75;
        if (points < 8) small.push(`${points.toFixed(1)} pt: ${node.textContent.trim().slice(0, 40)}`);
    }
    return small;
}"""
A4 = (595.92, 842.88)


def on_paper(sizes: list[tuple[float, float]], paper: tuple[float, float]) -> bool:
    return bool(sizes) and all(abs(w - paper[0]) < 3 and abs(h - paper[1]) < 3 for w, h in sizes)


def pdf_pages(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height in points of every page of a PDF that Chromium wrote."""
    return [(float(w), float(h)) for w, h in re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)]


@pytest.mark.parametrize("profile_id", sorted(CATALOG.records.get("profile", {})))
def test_profile_prints_without_navigation_on_a4(tab: Callable[..., Visit], site_url: str, profile_id: str) -> None:
    visit = tab(site_url)
    visit.goto(f"profielen/{profile_id}/")
    page = visit.page
    assert all(shown(page, selector) for selector in (".md-header", ".md-footer")), "screen view shows the site"
    page.emulate_media(media="print")
    for selector in HIDDEN_IN_PRINT:
        assert not shown(page, selector), f"{selector} is printed"
    assert shown(page, ".ww-profile")
    profile = CATALOG.get("profile", profile_id)
    title_block = page.inner_text(".ww-profile")
    for text in (profile["title"], profile.get("organisation", ""), profile.get("date", "")):
        assert text in title_block
    # Where each source is, printed after its title; no edit or report link on paper.
    after = page.eval_on_selector_all(".ww-profile .ww-sources a", "els => els.map(a => [a.href, "
                                      "getComputedStyle(a, '::after').content])")
    assert after and all(href in content for href, content in after), after[:2]
    assert not shown(page, ".ww-profile .ww-report"), "the report and edit links are printed"
    # The footer's links print with where they go: no "Klopt er iets niet? of ." with the links taken out.
    # (The report and edit links are not printed at all; any other footer link that prints shows its address.)
    footer = page.eval_on_selector_all(".ww-profile .ww-verified a", "els => els.filter(a => a.getClientRects()"
                                       ".length).map(a => [a.href, getComputedStyle(a, '::after').content])")
    assert all(href in content for href, content in footer), footer
    assert not shown(page, ".ww-print-bar")
    # The ✓/– lists carry no bullet beside their mark.
    styles = page.eval_on_selector_all("#beroepsstandaard li", "els => els.map(e => getComputedStyle(e).display + "
                                       "getComputedStyle(e).listStyleType)")
    assert styles and all(s.endswith("none") for s in styles), styles[:3]
    pdf = Pdf(page.pdf(prefer_css_page_size=True))
    assert pdf.on(A4) and len(pdf.sizes) <= 4, pdf.sizes
    assert pdf.smallest().points >= 7.95, pdf.smallest()
    assert pdf.numbered(), [text[:80] for text in pdf.texts]
    text = " ".join(" ".join(pdf.texts).split())
    assert " of ." not in text
    if profile.get("kenmerkscores"):
        assert profile["kenmerkscores"] in text and "functiewaardering" in text


@pytest.mark.parametrize("path", ["wegwijzer/", "wegwijzer/leerling-verzuimt-vaak/",
                                  f"profielen/{sorted(CATALOG.records.get('profile', {}))[0]}/"])
def test_print_button_where_people_print(tab: Callable[..., Visit], site_url: str, path: str) -> None:
    visit = tab(site_url)
    visit.goto(path)
    visit.page.evaluate("() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; }")
    visit.page.click(".ww-print >> nth=0")
    assert visit.page.evaluate("window.__printed") == 1


def test_stroomschema_prints_legibly_on_a4(tab: Callable[..., Visit], site_url: str) -> None:
    visit = tab(site_url)
    visit.goto("wegwijzer/")
    page = visit.page
    page.emulate_media(media="print")
    assert shown(page, ".ww-flow")
    assert page.evaluate(SMALL_TEXT) == []
    assert "Kies bovenaan" not in page.inner_text(".ww-flow-legend"), "a screen instruction is printed"
    printed = " ".join(page.inner_text(".ww-flow").split())
    for question in CATALOG.all("question"):
        assert " ".join(question["title"].split()) in printed, question["id"]
    sizes = pdf_pages(page.pdf(prefer_css_page_size=True, print_background=True))
    assert on_paper(sizes, A4), sizes
    # With her municipality chosen, the print names her first stops where they differ per region.
    region = CATALOG.all("region")[-1]
    town = region["municipalities"][-1]
    page.emulate_media(media="screen")
    choose(visit, first_letters(town["name"]), town["name"])
    page.wait_for_selector("[data-ww-stops][data-ww-filled]", state="attached")
    page.emulate_media(media="print")
    pdf = Pdf(page.pdf(prefer_css_page_size=True, print_background=True))
    assert pdf.on(A4) and pdf.smallest().points >= 7.95, (pdf.sizes, pdf.smallest())
    assert pdf.numbered(), pdf.texts
    text = " ".join(" ".join(pdf.texts).split())
    for question in CATALOG.all("question"):
        for partner in stops(CATALOG, question, region["id"], town["id"]):
            assert CATALOG.get("partner", partner)["name"] in text, (question["id"], partner)


TOWNS = [(r["id"], m["id"]) for r in CATALOG.all("region") for m in r["municipalities"]]


def wall_chart(tab: Callable[..., Visit], site_url: str, region: str,
               town: str, paper: str) -> tuple[Visit, Pdf, list[list[str]]]:
    """The wall chart of one municipality, printed after its button as a user would, to PDF; and the agencies it
    shows in print (name, phone number or web address), read before printing ends the paper choice."""
    visit = tab(site_url)
    visit.goto(f"regio/{region}/wandkaart/")
    page = visit.page
    page.select_option("#ww-wall-town", town)
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    page.click(f'.ww-print[data-paper="{paper}"]')
    assert page.evaluate("window.printed") == 1
    page.emulate_media(media="print")
    agencies = page.eval_on_selector_all(
        ".ww-wall:not([hidden]):not(.ww-wall-off) .ww-wall-agency",
        "els => els.filter(e => e.getClientRects().length).map(e => [e.querySelector('.ww-wall-name').textContent, "
        "(e.querySelector('.ww-wall-phone, .ww-wall-web') || {}).textContent || ''])")
    return visit, Pdf(page.pdf(prefer_css_page_size=True, print_background=True)), agencies


@pytest.mark.parametrize(("region", "town"), TOWNS)
def test_wall_chart_prints_on_one_a3_sheet_per_municipality(tab: Callable[..., Visit], site_url: str,
                                                             region: str, town: str) -> None:
    visit, pdf, agencies = wall_chart(tab, site_url, region, town, "a3")
    assert len(pdf.sizes) == 1 and pdf.on(A3_LANDSCAPE), pdf.sizes
    smallest = pdf.smallest()
    assert smallest.points >= 9.95, smallest
    text = " ".join(pdf.texts[0].split())
    for question in CATALOG.all("question"):
        assert " ".join(question["title"].split()) in text, question["id"]
    assert "112" in text and "0800-2000" in text
    assert "Pagina 1 van" not in text, "a wall chart is one sheet: no page number"
    assert "Gegevens bijgewerkt tot" in text and visit.base + "wegwijzer/" in text
    assert "Kies je regio" not in text and "bovenaan de pagina" not in text
    town_name = next(m["name"] for r in CATALOG.all("region") for m in r["municipalities"] if m["id"] == town)
    assert town_name in text
    assert agencies, "geen enkele instantie op de wandkaart"
    for name, reach in agencies:
        assert reach, f"{name}: geen telefoonnummer en geen website"
        # A long web address may wrap on the sheet: compare without spaces and line breaks.
        assert "".join(reach.split()) in "".join(text.split()), f"{name}: {reach} staat niet op het vel"
    for name, _ in agencies:
        partner = next(p for p in CATALOG.all("partner") if p["name"] == name)
        phone = (partner.get("contact") or {}).get("phone")
        if phone:
            assert any(r == phone for n, r in agencies if n == name), f"{name}: het nummer {phone} ontbreekt"
    assert not visit.foreign_requests()


@pytest.mark.parametrize(("region", "town"), TOWNS[:1] + TOWNS[-1:])
def test_wall_chart_on_a4_landscape_keeps_8_pt(tab: Callable[..., Visit], site_url: str, region: str,
                                               town: str) -> None:
    _, pdf, _ = wall_chart(tab, site_url, region, town, "a4-liggend")
    assert pdf.on(A4_LANDSCAPE) and len(pdf.sizes) <= 2, pdf.sizes
    assert pdf.smallest().points >= 7.95, pdf.smallest()


def longest_route(region: str) -> str:
    """The question whose route names the most agencies in this region: the hardest one to fit on paper."""
    from wegwijzer.render.questions import _serves

    def size(question: dict) -> int:
        steps = [s for s in question["steps"] if not s.get("regions") or region in s["regions"]]
        return sum(len(s.get("text", "")) // 80 + 4 * len([p for p in s.get("partners", [])
                                                            if _serves(CATALOG, p, region)]) for s in steps)

    return max(CATALOG.all("question"), key=size)["id"]


@pytest.mark.parametrize("region", [r["id"] for r in CATALOG.all("region")])
def test_a_route_prints_for_the_chosen_region_on_two_a4_pages(tab: Callable[..., Visit], site_url: str,
                                                              region: str) -> None:
    question = longest_route(region)
    visit = tab(site_url)
    visit.goto("wegwijzer/")
    visit.page.evaluate("r => localStorage.setItem('ww-region', r)", region)
    own = (question, region) in route_keys(CATALOG)  # the region's own route page, where routes differ
    visit.goto(f"wegwijzer/{question}/{region}/" if own else f"wegwijzer/{question}/")
    page = visit.page
    page.emulate_media(media="print")
    for route in page.query_selector_all(".ww-route[data-regions]"):
        assert route.is_visible() == (region in route.get_attribute("data-regions").split()), region
    partners = page.eval_on_selector_all(".ww-steps .ww-partner", "els => els.filter(e => e.getClientRects().length)"
                                         ".map(e => e.querySelector('.ww-partner-name').textContent)")
    pdf = Pdf(page.pdf(prefer_css_page_size=True))
    assert pdf.on(A4) and len(pdf.sizes) <= 2, (question, pdf.sizes)
    assert pdf.numbered(), [text[:80] for text in pdf.texts]
    assert pdf.smallest().points >= 7.95, pdf.smallest()
    text = " ".join(" ".join(pdf.texts).split())
    for name in partners:
        partner = next(p for p in CATALOG.all("partner") if p["name"] == name)
        phone = (partner.get("contact") or {}).get("phone")
        assert name in text and (not phone or phone in text), name
    assert "Laatst gecontroleerd op" in text
    titles = {" ".join(s["title"].split()) for s in CATALOG.get("question", question)["steps"]}
    for number in range(1, len(pdf.sizes)):
        last = pdf.lines(number)[-1]
        assert not any(last.endswith(title) for title in titles), f"pagina {number} eindigt met de kop: {last}"
    others = [r for r in CATALOG.all("region") if r["id"] != region]
    assert not any(f"Route in {r['name']}" in text for r in others)


def test_the_wegwijzer_leads_to_the_wall_chart_of_the_readers_municipality(tab: Callable[..., Visit],
                                                                           site_url: str) -> None:
    """/wegwijzer/ links to each region's wall chart (only hers once she chose her municipality); there her
    municipality's sheet is the one that prints."""
    visit = tab(site_url)
    visit.goto("wegwijzer/")
    page = visit.page
    assert page.eval_on_selector_all(".ww-wall-links a", "els => els.filter(e => e.checkVisibility())") == []
    # Folded until she opens it, or chooses (inside a closed <details>, links still have client rects).
    page.click(".ww-wall-links summary")
    links = page.eval_on_selector_all(".ww-wall-links a", "els => els.filter(e => e.checkVisibility())"
                                      ".map(e => new URL(e.href).pathname)")
    assert links == [f"/regio/{r['id']}/wandkaart/" for r in CATALOG.all("region")]
    page.click(".ww-wall-links summary")  # folded again: choosing opens it
    region = CATALOG.all("region")[-1]
    town = region["municipalities"][-1]
    choose(visit, first_letters(town["name"]), town["name"])
    shown = page.eval_on_selector_all(".ww-wall-links a", "els => els.filter(e => e.checkVisibility())"
                                      ".map(e => new URL(e.href).pathname)")
    assert shown == [f"/regio/{region['id']}/wandkaart/"]
    page.click(".ww-wall-links a >> visible=true")
    page.wait_for_url(f"**/regio/{region['id']}/wandkaart/")
    assert page.input_value("#ww-wall-town") == town["id"]
    page.emulate_media(media="print")
    printed = page.eval_on_selector_all(".ww-wall", "els => els.filter(e => e.getClientRects().length)"
                                        ".map(e => e.getAttribute('data-municipality'))")
    assert printed == [town["id"]]
