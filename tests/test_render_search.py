"""What Pagefind learns per page: type, regions, themes and phone as hidden filter and meta attributes."""

from __future__ import annotations

import re
from pathlib import Path

from wegwijzer.catalog import build_catalog
from wegwijzer.domain import NATIONAL
from wegwijzer.render.pages import generated_pages
from wegwijzer.render.search import facets, issue_form, page_markup, record_of
from wegwijzer.schemas import default_schemas

THEMES = default_schemas().themes


def test_record_of_knows_question_and_partner_pages_only() -> None:
    assert record_of("wegwijzer/a/") == ("question", "a")
    assert record_of("sociale-kaart/b/") == ("partner", "b")
    assert record_of("wegwijzer/") is None and record_of("rollen/c/") is None and record_of("") is None


def test_partner_facets_carry_regions_themes_and_an_escaped_phone(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    partner = catalog.all("partner")[0]
    partner["contact"]["phone"] = '020 "1" <2>'
    html = page_markup(catalog, f"sociale-kaart/{partner['id']}/", THEMES)
    assert 'data-pagefind-filter="type:Partner"' in html and 'data-pagefind-meta="type:Partner"' in html
    assert 'data-pagefind-meta="telefoon:020 &quot;1&quot; &lt;2&gt;"' in html
    regions = re.findall(r'data-pagefind-filter="regio:([^"]*)"', html)
    assert regions == catalog.regions_of(partner) and regions
    assert html.startswith('<div class="ww-search-facets" hidden>') and html.count("<span ") == html.count("</span>")


def test_only_partners_of_one_region_are_marked_regional(dataset: Path) -> None:
    """The search keeps a few of the partners marked bereik:regio for a reader who chose no municipality."""
    catalog = build_catalog(dataset)
    marks = {p["id"]: 'data-pagefind-filter="bereik:regio"' in page_markup(catalog, f"sociale-kaart/{p['id']}/", THEMES)
             for p in catalog.all("partner")}
    assert marks == {p["id"]: NATIONAL not in p["areas"] for p in catalog.all("partner")}
    assert True in marks.values() and False in marks.values()
    question = catalog.all("question")[0]["id"]
    assert "bereik:" not in page_markup(catalog, f"wegwijzer/{question}/", THEMES) + page_markup(catalog, "", THEMES)


def test_question_regions_follow_its_steps(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    question = catalog.all("question")[0]
    every = [r["id"] for r in catalog.all("region")]
    for step in question["steps"]:
        step["regions"] = every[:1]
    found = facets(catalog, f"wegwijzer/{question['id']}/", THEMES)
    assert found["type"] == "Vraag" and found["regions"] == every[:1]
    assert found["themes"] == [THEMES[question["theme"]]]


def test_other_pages_are_pages_in_every_region_and_the_tags_overview_is_left_out(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    found = facets(catalog, "de-rol/", THEMES)
    assert found == {"type": "Pagina", "regions": [r["id"] for r in catalog.all("region")], "themes": [],
                     "phone": None}
    assert page_markup(catalog, "tags/", THEMES) == ""


def test_pages_for_contributors_are_found_but_shown_as_such(dataset: Path) -> None:
    """search-query.js weighs the type Bijdragen below a page for IB'ers (TYPE_BOOST)."""
    catalog = build_catalog(dataset)
    for url in ("bijdragen/", "bijdragen/velden/task/"):
        html = page_markup(catalog, url, THEMES)
        assert 'data-pagefind-filter="type:Pagina"' in html and 'data-pagefind-meta="type:Bijdragen"' in html
    assert 'data-pagefind-meta="type:Pagina"' in page_markup(catalog, "de-rol/", THEMES)


def test_issue_form_follows_the_edit_links() -> None:
    assert issue_form("https://github.com/o/r/edit/main/") == \
        "https://github.com/o/r/issues/new?template=vraag-ontbreekt.yml"
    assert issue_form("https://gitlab.example/o/r/-/edit/main/") == "" and issue_form(None) == ""


def test_a_route_page_is_found_in_its_own_region_only_and_shown_as_a_route(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    assert record_of("wegwijzer/testvraag-00/fictieve-regio-zuid/") == ("route", "testvraag-00/fictieve-regio-zuid")
    markup = page_markup(catalog, "wegwijzer/testvraag-00/fictieve-regio-zuid/", default_schemas().themes)
    # Filtered as a question (Soort: Vragen), weighed and labelled as a route, titled with its region.
    assert re.findall(r'data-pagefind-filter="regio:([^"]+)"', markup) == ["fictieve-regio-zuid"]
    assert 'data-pagefind-filter="type:Vraag"' in markup and 'data-pagefind-meta="type:Route"' in markup
    title = catalog.get("question", "testvraag-00")["title"]
    assert f'data-pagefind-meta="title:{title} – Fictieve regio Zuid"' in markup
    # A route of a region that does not exist is an ordinary page.
    assert 'data-pagefind-meta="type:Pagina"' in page_markup(catalog, "wegwijzer/testvraag-00/nergens/", {})


def test_each_generated_page_carries_the_facets_its_address_gets(dataset: Path) -> None:
    """`mkdocs serve --dirty` compares a data page's facets from the page itself (GeneratedPage.facets, reused
    with its Markdown); they are what the page template gets for that address."""
    catalog, themes = build_catalog(dataset), default_schemas().themes
    pages = generated_pages(catalog)
    assert {p.src_uri.split("/")[0] for p in pages} >= {"sociale-kaart", "wegwijzer", "regio"}
    for page in pages:
        assert page.facets == page_markup(catalog, page.src_uri.removesuffix(".md") + "/", themes), page.src_uri
    assert sum('data-pagefind-meta="type:Route"' in p.facets for p in pages) > 0
