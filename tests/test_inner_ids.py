"""Ids inside one record (inner_ids): repeated indicator or municipality ids and tips naming unknown indicators are
located errors in the real data's copy; the real data has none."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from wegwijzer.catalog import build_catalog

ROOT = Path(__file__).resolve().parent.parent


def _copy(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    return data


def _errors(data: Path) -> list:
    return [p for p in build_catalog(data).problems if p.is_error]


def test_the_real_data_has_unique_inner_ids() -> None:
    assert not [p for p in _errors(ROOT / "data") if "staat al bij" in p.message or "geen indicator" in p.message]


def test_a_repeated_indicator_id_and_an_unknown_tip_indicator_are_located(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "competencies" / "beheersmatig.yaml"
    text = path.read_text(encoding="utf-8")
    # The fifth indicator repeats the first; a tip names an indicator with a typo.
    text = text.replace("  - id: protocollen\n", "  - id: opbrengsten-bijhouden\n", 1)
    text = text.replace("      - opbrengsten-bijhouden\n", "      - opbrengsten-bijhoude\n", 1)
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    found = {p.field: p for p in _errors(data)}
    repeat = found["indicators[4].id"]
    assert repeat.message == "id 'opbrengsten-bijhouden' staat al bij indicators[0]"
    assert lines[repeat.line - 1].strip() == "- id: opbrengsten-bijhouden" and repeat.line > 11
    tip = found["tips[0].indicators[1]"]
    assert tip.message == "deze competentie heeft geen indicator met id 'opbrengsten-bijhoude'"
    assert tip.hint.startswith("Bedoel je 'opbrengsten-bijhouden'?")
    assert lines[tip.line - 1].strip() == "- opbrengsten-bijhoude"


def test_a_municipality_twice_in_one_region_is_an_error_and_in_two_regions_another(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    regions = sorted((data / "regions").glob("[!_]*.yaml"))
    if len(regions) < 2:
        pytest.skip("the data has one region: nothing to split a municipality between")
    path = next(r for r in regions if len(yaml.safe_load(r.read_text(encoding="utf-8"))["municipalities"]) >= 3)
    text = path.read_text(encoding="utf-8")
    towns = yaml.safe_load(text)["municipalities"]
    path.write_text(text.replace(f"  - id: {towns[1]['id']}\n", f"  - id: {towns[2]['id']}\n", 1), encoding="utf-8")
    found = [p for p in _errors(data) if p.field.startswith("municipalities")]
    assert [(p.field, p.message) for p in found] == [("municipalities[2].id", f"id '{towns[2]['id']}' staat al bij "
                                                                               "municipalities[1]")]
    path.write_text(text, encoding="utf-8")
    other = next(r for r in regions if r != path)
    town = towns[1]
    extra = other.read_text(encoding="utf-8").replace("municipalities:\n", f"municipalities:\n  - id: {town['id']}\n"
                                                      f"    name: {town['name']}\n", 1)
    other.write_text(extra, encoding="utf-8")
    found = _errors(data)
    assert not [p for p in found if "staat al bij" in p.message]
    # Two regions: the split_municipalities check (one error, in the region that names it second).
    assert [p.message for p in found if "staat ook in regio" in p.message] in (
        [f"de gemeente '{town['id']}' staat ook in regio '{r.stem}'; een gemeente hoort bij één regio"]
        for r in (path, other))
