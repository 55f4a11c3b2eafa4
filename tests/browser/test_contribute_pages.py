"""/bijdragen/ and its pages on a phone: "Fout melden" on the first screen, no page taller than six screens, no
serious axe violation; and "Klopt dit niet?" by e-mail, which works without JavaScript and without GitHub."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.harness import Visit, build_site, serve
from tests.browser.test_page_checks import serious_violations
from wegwijzer.catalog import load_once
from wegwijzer.domain import ROOT
from wegwijzer.render.contribute import field_page_uri, sections
from wegwijzer.render.urls import url
from wegwijzer.schemas import default_schemas

pytestmark = pytest.mark.browser

SCREEN = 844  # a 390 x 844 phone
ADDRESS = "fouten@example.org"
# Every page under docs/bijdragen/ (also those other engineers add) and every generated field page.
PAGES = sorted(f"bijdragen/{p.stem}/".replace("/index/", "/") for p in (ROOT / "docs" / "bijdragen").glob("*.md")) \
    + [field_page_uri(s.kind).removesuffix(".md") + "/" for s in sections(default_schemas())]


def test_the_pages_are_found() -> None:
    assert "bijdragen/" in PAGES and "bijdragen/velden/partner/" in PAGES and len(PAGES) >= 10


@pytest.mark.parametrize("path", PAGES)
def test_each_page_is_at_most_six_screens_on_a_phone(path: str, site_url: str, tab: Callable[..., Visit]) -> None:
    visit = tab(site_url, phone=True)
    visit.goto(path)
    height = visit.page.evaluate("document.documentElement.scrollHeight")
    assert height <= 6 * SCREEN, f"/{path} is {height} px tall: {height / SCREEN:.1f} screens"


def test_fout_melden_is_on_the_first_screen(site_url: str, tab: Callable[..., Visit]) -> None:
    visit = tab(site_url, phone=True)
    visit.goto("bijdragen/")
    heading = visit.page.locator("h2#fout-melden")
    box = heading.bounding_box()
    assert heading.is_visible() and heading.inner_text().removesuffix("¶").strip() == "Fout melden"
    assert box is not None and box["y"] + box["height"] <= SCREEN
    route = visit.page.locator("#fout-melden ~ p a").first  # without an address: the GitHub form
    assert route.get_attribute("href").startswith("https://github.com/")
    assert "mailto:" not in visit.page.content().split('id="fout-melden"', 1)[1].split("<h2", 1)[0]


@pytest.mark.parametrize("width", [390, 1366])
@pytest.mark.parametrize("path", ["bijdragen/", "bijdragen/velden/partner/", "bijdragen/in-de-browser/"])
def test_no_serious_axe_violation(path: str, width: int, site_url: str, tab: Callable[..., Visit]) -> None:
    visit = tab(site_url, phone=width < 800)
    visit.goto(path)
    violations = serious_violations(visit)
    assert not violations, "\n".join(violations)


@pytest.fixture(scope="module")
def mail_site(browser: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real site built with WEGWIJZER_MELDADRES set, as a publisher would."""
    before = os.environ.get("WEGWIJZER_MELDADRES")
    os.environ["WEGWIJZER_MELDADRES"] = ADDRESS
    try:
        site = build_site(tmp_path_factory.mktemp("meldadres") / "site")
    finally:
        if before is None:
            del os.environ["WEGWIJZER_MELDADRES"]
        else:
            os.environ["WEGWIJZER_MELDADRES"] = before
    with serve(site) as base:
        yield base


def _mail(href: str) -> tuple[str, dict[str, str]]:
    parts = urlsplit(href)
    assert parts.scheme == "mailto", href
    return parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}


def _records() -> list[tuple[str, str]]:
    catalog = load_once()
    return [("partner", catalog.all("partner")[0]["id"]), ("question", catalog.all("question")[0]["id"])]


@pytest.mark.parametrize(("kind", "id_"), _records())
def test_the_e_mail_route_works_without_javascript(kind: str, id_: str, mail_site: str,
                                                   tab: Callable[..., Visit]) -> None:
    visit = tab(mail_site, javascript=False, phone=True)
    visit.goto(url(kind, id_))
    link = visit.page.locator("#klopt-dit-niet a.ww-report-mail")
    assert link.count() == 1 and link.is_visible()
    to, query = _mail(link.get_attribute("href"))
    assert to == ADDRESS
    assert id_ in query["subject"] or id_ in query["body"]
    assert f"Pagina: /{url(kind, id_)}" in query["body"] and f"Record: {kind}/{id_} " in query["body"]
    github = visit.page.locator("#klopt-dit-niet a[href^='https://github.com/']")
    assert github.count() == 2  # the form and the edit page, beside the e-mail


def test_bijdragen_offers_the_e_mail_first_without_javascript(mail_site: str, tab: Callable[..., Visit]) -> None:
    visit = tab(mail_site, javascript=False, phone=True)
    visit.goto("bijdragen/")
    button = visit.page.locator("a.ww-report-mail").first
    box = button.bounding_box()
    assert button.is_visible() and box is not None and box["y"] + box["height"] <= SCREEN
    to, query = _mail(button.get_attribute("href"))
    assert to == ADDRESS and query["subject"] == "Fout in de IB Wegwijzer"


def test_no_page_invents_an_address(real_site: Path) -> None:
    """Without WEGWIJZER_MELDADRES no page offers the e-mail route (the default build)."""
    pages = [real_site / url(kind, id_) / "index.html" for kind, id_ in _records()] + [real_site / "bijdragen" /
                                                                                       "index.html"]
    for page in pages:
        assert "ww-report-mail" not in page.read_text(encoding="utf-8"), page
