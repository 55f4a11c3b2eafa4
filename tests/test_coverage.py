"""municipality_coverage (issue 14): every municipality of every region gets, for every question, a partner who works
there (or a national one) in a step that applies to that region; otherwise a warning naming what is missing."""

from __future__ import annotations

from typing import Any

import yaml
from test_references import edit

from wegwijzer.catalog import build_catalog
from wegwijzer.checks.municipality_coverage import municipality_coverage
from wegwijzer.checks.region_consistency import region_consistency
from wegwijzer.records.reader import Record
from wegwijzer.rules.coverage import COMPLETE, IN_PROGRESS, status


def record(kind: str, data: dict[str, Any]) -> Record:
    return Record(kind, f"data/{kind}s/{data['id']}.yaml", data, yaml.safe_dump(data, sort_keys=False))


def world(*steps: dict[str, Any]) -> list[Record]:
    return [
        record("region", {"id": "noord", "municipalities": [{"id": "stad", "name": "Stad"},
                                                            {"id": "dorp", "name": "Dorp"}]}),
        record("region", {"id": "zuid", "municipalities": [{"id": "veld", "name": "Veld"}]}),
        record("partner", {"id": "stadsteam", "areas": ["stad"]}),
        record("partner", {"id": "dorpsteam", "areas": ["dorp"]}),
        record("partner", {"id": "veldteam", "areas": ["veld"]}),
        record("partner", {"id": "hulplijn", "areas": ["landelijk"]}),
        record("question", {"id": "vraag", "steps": list(steps)}),
    ]


def test_every_municipality_covered_gives_no_warning() -> None:
    records = world({"regions": ["noord"], "partners": ["stadsteam", "dorpsteam"]},
                    {"regions": ["zuid"], "partners": ["veldteam"]})
    assert municipality_coverage(records) == []


def test_a_national_partner_covers_every_municipality() -> None:
    assert municipality_coverage(world({"partners": ["hulplijn"]})) == []


def test_a_missing_municipality_is_a_warning_naming_it() -> None:
    found = municipality_coverage(world({"regions": ["noord"], "partners": ["stadsteam"]},
                                        {"regions": ["zuid"], "partners": ["veldteam"]}))
    assert [(p.file, p.field, p.message, p.severity) for p in found] == [
        ("data/questions/vraag.yaml", "steps", "voor regio 'noord' noemt geen stap een partner in dorp", "warning")]


def test_a_step_for_another_region_does_not_count() -> None:
    found = municipality_coverage(world({"regions": ["zuid"], "partners": ["stadsteam", "dorpsteam", "veldteam"]}))
    assert [p.message for p in found] == ["voor regio 'noord' noemt geen stap een partner in stad, dorp"]


def test_a_question_without_partners_misses_every_municipality() -> None:
    found = municipality_coverage(world({"title": "Bespreek het in school"}))
    assert sorted(p.message for p in found) == ["voor regio 'noord' noemt geen stap een partner in stad, dorp",
                                                "voor regio 'zuid' noemt geen stap een partner in veld"]


def test_region_consistency_accepts_national_and_matching_partners_only() -> None:
    records = world({"regions": ["zuid"], "partners": ["hulplijn", "veldteam", "stadsteam"]},
                    {"partners": ["stadsteam", "hulplijn"]})
    assert [(p.field, p.message, p.severity) for p in region_consistency(records)] == [
        ("steps[0].partners[2]", "partner 'stadsteam' werkt niet in regio 'zuid', maar deze stap geldt daar wel",
         "error")]


def test_a_step_for_every_region_with_only_regional_partners_is_an_error() -> None:
    found = region_consistency(world({"partners": ["stadsteam", "veldteam"]}))
    assert [(p.field, p.severity) for p in found] == [("steps[0].partners", "error")]


# wegwijzer.rules.coverage: a region's to-do list and its status, computed from the data.

def test_a_complete_region_has_an_empty_to_do_list(dataset) -> None:
    catalog = build_catalog(dataset)
    assert all(todo == [] for todo in catalog.coverage.values())
    assert {status(catalog, r["id"]) for r in catalog.all("region")} == {COMPLETE}


def test_a_region_missing_someone_is_in_opbouw_with_what_is_missing(dataset) -> None:
    # A third region: its municipality has no partner anywhere, and national partners are all it gets.
    text = (dataset / "regions" / "fictieve-regio-zuid.yaml").read_text()
    (dataset / "regions" / "fictieve-regio-west.yaml").write_text(
        text.replace("fictieve-regio-zuid", "fictieve-regio-west").replace("fictiefstad-zuid", "fictiefstad-west")
        .replace("Zuid", "West"))
    edit(dataset / "questions" / "testvraag-00.yaml",
         lambda d: d["steps"][1].update(regions=["fictieve-regio-noord", "fictieve-regio-zuid"],
                                        partners=["testpartner-00"]))
    edit(dataset / "questions" / "testvraag-00.yaml",
         lambda d: d["steps"].append({"title": "Noord", "actor": "partner", "text": "Fictief.",
                                      "regions": ["fictieve-regio-noord"], "partners": ["testpartner-01"]}))
    edit(dataset / "questions" / "testvraag-00.yaml",
         lambda d: d["steps"].append({"title": "Zuid", "actor": "partner", "text": "Fictief.",
                                      "regions": ["fictieve-regio-zuid"], "partners": ["testpartner-02"]}))
    catalog = build_catalog(dataset)
    assert catalog.ok
    west = catalog.coverage["fictieve-regio-west"]
    assert status(catalog, "fictieve-regio-west") == IN_PROGRESS
    # testvraag-00: covered by a national partner only, while both other regions have steps of their own.
    gap = next(g for g in west if g.question == "testvraag-00")
    assert gap.missing == () and gap.national_only
    # The other questions name only partners elsewhere plus national ones: covered, and no region has own steps.
    assert [g.question for g in west] == ["testvraag-00"]
    warned = [p for p in catalog.problems if "alleen landelijke partners" in p.message]
    assert [(p.file.rsplit("/", 1)[1], p.severity) for p in warned] == [("testvraag-00.yaml", "warning")]
    assert "regions: [fictieve-regio-west]" in warned[0].hint
