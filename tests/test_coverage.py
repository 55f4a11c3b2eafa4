"""municipality_coverage (issue 14): every municipality of every region gets, for every question, a partner who works
there (or a national one) in a step that applies to that region; otherwise a warning naming what is missing."""

from __future__ import annotations

from typing import Any

import yaml

from wegwijzer.load import Record
from wegwijzer.references import municipality_coverage, region_consistency


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
                    {"partners": ["stadsteam"]})
    assert [(p.field, p.message, p.severity) for p in region_consistency(records)] == [
        ("steps[0].partners[2]", "partner 'stadsteam' werkt niet in regio 'zuid', maar deze stap geldt daar wel",
         "error")]
