"""The wall chart's HTML: a page per region with one sheet per municipality, linked from /wegwijzer/, every agency
with its phone number or web address, only agencies that serve the municipality, and text escaped."""

from __future__ import annotations

import re

from wegwijzer.catalog import build_catalog
from wegwijzer.domain import NATIONAL
from wegwijzer.render.pages import generated_pages
from wegwijzer.render.questions import first_stops
from wegwijzer.render.wallchart import MACROS, reach, stops, wall_chart_page

CATALOG = build_catalog()


def test_one_page_per_region_with_one_sheet_per_municipality() -> None:
    for region in CATALOG.all("region"):
        html = wall_chart_page(CATALOG, region["id"], address="https://example.org/")
        sheets = re.findall(r'<section class="ww-wall" data-municipality="([^"]+)"', html)
        assert sheets == [m["id"] for m in region["municipalities"]]
        assert html.count(">https://example.org/<") == len(sheets)
        assert 'data-regions="' not in html, "the region choice would hide the sheets from readers of other regions"
    pages = {p.src_uri for p in generated_pages(CATALOG)}
    assert {f"regio/{r['id']}/wandkaart.md" for r in CATALOG.all("region")} <= pages


def test_the_wegwijzer_links_to_each_regions_wall_chart() -> None:
    html = MACROS["wandkaart"](CATALOG, "../", {})
    links = re.findall(r'<li data-regions="([^"]+)"><a href="\.\./regio/([^/]+)/wandkaart/"', html)
    assert links == [(r["id"], r["id"]) for r in CATALOG.all("region")]
    assert "ww-wall\"" not in html and len(html) < 400 * len(links) + 400, "the links page carries no sheets"


def test_every_agency_has_a_phone_number_or_a_web_address() -> None:
    for partner in CATALOG.all("partner"):
        contact = partner.get("contact") or {}
        shown = reach(partner)
        if contact.get("phone"):
            assert contact["phone"] in shown and "ww-wall-phone" in shown
        elif contact.get("website"):
            assert "ww-wall-web" in shown


def test_a_sheet_names_only_agencies_that_serve_its_municipality() -> None:
    """Where the region's first stop has no agency in a municipality, its sheet names the next step's that does."""
    for region in CATALOG.all("region"):
        for town in region["municipalities"]:
            for question in CATALOG.all("question"):
                found = stops(CATALOG, question, region["id"], town["id"])
                for partner_id in found:
                    areas = set((CATALOG.get("partner", partner_id) or {}).get("areas") or [town["id"]])
                    assert {town["id"], NATIONAL} & areas, (question["id"], town["id"], partner_id)
                first = first_stops(CATALOG, question).get(region["id"], [])
                here = [p for p in first if {town["id"], NATIONAL} & set(
                    (CATALOG.get("partner", p) or {}).get("areas") or [town["id"]])]
                if here:
                    assert found == here, (question["id"], town["id"])


def test_text_is_escaped() -> None:
    assert "&lt;b&gt;" in reach({"contact": {"phone": "<b>"}})
    html = wall_chart_page(CATALOG, CATALOG.all("region")[0]["id"], address='"><script>')
    assert "<script>" not in html.replace('<script src="../../../assets/wallchart.js" defer></script>', "")
