"""The wall chart's HTML: one sheet per municipality of every region, every agency with its phone number or web
address, only agencies that serve the municipality, and text escaped."""

from __future__ import annotations

import re

from wegwijzer.catalog import build_catalog
from wegwijzer.domain import NATIONAL
from wegwijzer.render.questions import first_stops
from wegwijzer.render.wallchart import MACROS, reach, stops, wall_charts

CATALOG = build_catalog()


def test_one_sheet_per_municipality_of_every_region() -> None:
    html = wall_charts(CATALOG, address="https://example.org/")
    sheets = re.findall(r'<section class="ww-wall" data-regions="([^"]+)" data-municipality="([^"]+)"', html)
    assert sheets == [(r["id"], m["id"]) for r in CATALOG.all("region") for m in r["municipalities"]]
    assert html.count("https://example.org/") == len(sheets)
    assert "wandkaart" in MACROS


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
    html = wall_charts(CATALOG, address='"><script>')
    assert "<script>" not in html.replace('<script src="../assets/wallchart.js" defer></script>', "")
