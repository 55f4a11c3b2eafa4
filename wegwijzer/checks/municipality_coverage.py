"""For each question and region: the municipalities where no applicable step names a partner that works there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wegwijzer.domain import NATIONAL, items_of
from wegwijzer.problems import WARNING, Problem
from wegwijzer.records.reader import Record

if TYPE_CHECKING:
    from wegwijzer.checks import Context


def municipality_coverage(records: list[Record]) -> list[Problem]:
    """For each question and region: the municipalities where no applicable step names a partner that works there.

    A step applies to a region when it names no regions or names that region; a national partner covers every
    municipality. One warning per question and region, naming the municipalities without a partner.
    """
    regions = {r.id: [t["id"] for t in items_of(r.data.get("municipalities"), dict) if isinstance(t.get("id"), str)]
               for r in records if r.kind == "region"}
    areas = {r.id: set(items_of(r.data.get("areas"), str)) for r in records if r.kind == "partner"}
    problems = []
    for record in records:
        if record.kind != "question":
            continue
        # Per step: whether it names regions, which, and the areas of its partners (read once, not per region).
        steps = [(bool(step.get("regions")), set(items_of(step.get("regions"), str)),
                  [areas.get(partner, set()) for partner in items_of(step.get("partners"), str)])
                 for step in items_of(record.data.get("steps"), dict)]
        for region, towns in regions.items():
            covered: set[str] = set()
            for limited, named, served_by in steps:
                if limited and region not in named:
                    continue
                for served in served_by:
                    covered |= set(towns) if NATIONAL in served else served
            missing = [town for town in towns if town not in covered]
            if missing:
                problems.append(Problem(record.path, *record.position(("steps",)), "steps",
                                        f"voor regio '{region}' noemt geen stap een partner in "
                                        + ", ".join(missing), "Voeg aan een stap voor deze regio een partner toe "
                                        "die daar werkt, of een landelijke partner.", WARNING,
                                        code="municipality-without-partner"))
    return problems


def check(context: Context) -> list[Problem]:
    return municipality_coverage(context.records)
