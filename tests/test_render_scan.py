"""The competentiescan is generated from data/: every indicator, keyed by id, with tips and profile weights."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest

from tests.roles_data import HOSTILE, write_role_data
from wegwijzer.catalog import build_catalog
from wegwijzer.domain import ROOT
from wegwijzer.render.macros import MACROS
from wegwijzer.render.scan import key, scan_data, scan_page, sources_list, weights

CATALOG = build_catalog()
COMPETENCIES = sorted(CATALOG.records["competency"])


def embedded(page: str) -> dict:
    """The JSON blob scan.js reads, parsed back out of the page."""
    match = re.search(r'<script type="application/json" id="ww-scan-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def form_keys(page: str) -> list[str]:
    return [html.unescape(k) for k in re.findall(r'<fieldset class="ww-scan-item" data-key="([^"]+)"', page)]


def test_scan_asks_every_indicator_of_every_competency_by_id() -> None:
    page = scan_page(CATALOG)
    expected = [key(c["id"], i["id"]) for c in sorted(CATALOG.all("competency"), key=lambda c: c["order"])
                for i in c["indicators"]]
    assert form_keys(page) == expected
    assert [i["key"] for c in embedded(page)["competencies"] for i in c["indicators"]] == expected
    for competency in CATALOG.all("competency"):
        for indicator in competency["indicators"]:
            assert f"<legend>{html.escape(indicator['text'], quote=True)}</legend>" in page
    for name in expected:  # four levels and "niet van toepassing" per indicator
        assert page.count(f'type="radio" name="{name}"') == 5


def test_adding_an_indicator_to_the_yaml_adds_it_to_the_scan(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    path = data / "competencies" / "beheersmatig.yaml"
    text = path.read_text(encoding="utf-8")
    new = "  - id: nieuw-gedrag\n    text: Deelt een nieuw soort overzicht met het team.\n"
    text = text.replace("tips:\n", new + "tips:\n", 1)
    path.write_text(text, encoding="utf-8")
    catalog = build_catalog(data)
    assert catalog.ok, catalog.problems
    page = scan_page(catalog)
    assert "beheersmatig/nieuw-gedrag" in form_keys(page)
    assert "<legend>Deelt een nieuw soort overzicht met het team.</legend>" in page
    assert len(form_keys(page)) == len(form_keys(scan_page(CATALOG))) + 1
    assert 'max="43"' in page  # the progress counts it too


def test_indicator_ids_are_unique_within_a_competency() -> None:
    for competency in CATALOG.all("competency"):
        ids = [i["id"] for i in competency["indicators"]]
        assert len(ids) == len(set(ids)), competency["id"]


@pytest.mark.parametrize("competency_id", COMPETENCIES)
def test_every_competency_has_two_sourced_tips_for_its_own_indicators(competency_id: str) -> None:
    competency = CATALOG.get("competency", competency_id)
    tips = competency.get("tips") or []
    assert len(tips) >= 2
    ids = {i["id"] for i in competency["indicators"]}
    for tip in tips:
        assert set(tip.get("indicators") or []) <= ids, tip["title"]
        assert tip["sources"] and all(s["url"].startswith(("https://", "http://")) for s in tip["sources"])


def test_tip_sources_are_listed_on_the_page() -> None:
    listing = sources_list(CATALOG)
    for competency in CATALOG.all("competency"):
        for tip in competency["tips"]:
            for source in tip["sources"]:
                assert html.escape(source["url"], quote=True) in listing


def test_weights_follow_the_references_of_profiles_and_roles() -> None:
    targets = {t["id"]: t for t in weights(CATALOG)}
    for role in CATALOG.all("role"):
        assert targets[f"rol:{role['id']}"]["weights"] == {c: 1 for c in role["competencies"]}
    for profile in CATALOG.all("profile"):
        counts = targets[f"profiel:{profile['id']}"]["weights"]
        for competency in profile.get("competencies") or []:
            assert counts[competency] >= 2, (profile["id"], competency)
        named_by_roles = {c for area in profile.get("result_areas") or []
                          for c in CATALOG.get("role", area["role"])["competencies"]}
        assert set(counts) == set(profile.get("competencies") or []) | named_by_roles


def test_data_stays_text_in_the_page_and_in_the_json(tmp_path: Path) -> None:
    catalog = build_catalog(write_role_data(tmp_path / "data"))
    assert catalog.ok, catalog.problems
    page = scan_page(catalog)
    assert "<script>alert(1)</script>" not in page
    assert page.count("<script") == 2  # the JSON blob and scan.js, nothing from the data
    data = embedded(page)
    assert any(HOSTILE in i["text"] for c in data["competencies"] for i in c["indicators"])
    assert "{{" not in page.split('id="ww-scan-data">')[0]


def test_scan_assets_are_loaded_by_the_scan_alone() -> None:
    page = scan_page(CATALOG, root="../")
    assert '<link rel="stylesheet" href="../assets/scan.css">' in page
    assert '<link rel="stylesheet" href="../assets/scan-print.css" media="print">' in page
    assert ('<script src="../assets/scan.js" defer data-paged="../assets/vendor/paged.min.js" '
            'data-print-css="../assets/scan-print.css"></script>') in page
    mkdocs = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "scan.js" not in mkdocs and "scan.css" not in mkdocs and "paged" not in mkdocs
    assert "Competentiescan: competentiescan/index.md" in mkdocs
    assert {"competentiescan", "competentiescan_bronnen"} <= set(MACROS)


def test_scan_data_carries_levels_rater_roles_and_targets() -> None:
    data = scan_data(CATALOG)
    assert [lvl["value"] for lvl in data["levels"]] == [1, 2, 3, 4, 0]
    assert {t["id"].split(":")[0] for t in data["targets"]} == {"profiel", "rol"}
    assert len(data["targets"]) == len(CATALOG.all("profile")) + len(CATALOG.all("role"))
