"""A step that applies to some regions may only name partners that work in each of them (or nationally)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wegwijzer.domain import NATIONAL, dotted, items_of
from wegwijzer.problems import Problem
from wegwijzer.records.reader import Record

if TYPE_CHECKING:
    from wegwijzer.checks import Context


def _municipality_regions(records: list[Record]) -> dict[str, set[str]]:
    """Municipality id → the regions it belongs to."""
    towns: dict[str, set[str]] = {}
    for record in records:
        if record.kind == "region":
            for town in items_of(record.data.get("municipalities"), dict):
                if isinstance(town.get("id"), str):
                    towns.setdefault(town["id"], set()).add(record.id)
    return towns


def region_consistency(records: list[Record]) -> list[Problem]:
    """A step that applies to some regions may only name partners that work in each of them (or nationally)."""
    towns = _municipality_regions(records)
    regions = {r.id for r in records if r.kind == "region"}
    served: dict[str, set[str] | None] = {}  # partner id → regions served; None for a national partner
    for record in records:
        if record.kind == "partner":
            areas = items_of(record.data.get("areas"), str)
            served[record.id] = None if NATIONAL in areas else {r for a in areas for r in towns.get(a, ())}
    problems = []
    for record in records:
        if record.kind != "question":
            continue
        steps = record.data.get("steps")
        for index, step in enumerate(steps if isinstance(steps, list) else []):
            if not isinstance(step, dict) or not isinstance(step.get("partners"), list):
                continue  # the schema reports a step or partner list of the wrong type
            step_regions = [r for r in items_of(step.get("regions"), str) if r in regions]
            named = [p for p in step["partners"] if isinstance(p, str) and p in served]
            if not step.get("regions") and named and all(served[p] is not None for p in named):
                path = ("steps", index, "partners")
                problems.append(Problem(record.path, *record.position(path), dotted(path),
                                        "deze stap geldt in elke regio (er staat geen regions bij), maar noemt alleen "
                                        "partners die in een deel van het land werken",
                                        "Zet bij deze stap regions: met de regio's van deze partners (en maak voor "
                                        "andere regio's een eigen stap), of noem ook een landelijke partner.",
                                        code="regional-partners-everywhere"))
            for number, partner in enumerate(step["partners"]):
                if not isinstance(partner, str) or partner not in served or served[partner] is None:
                    continue
                missing = [r for r in step_regions if r not in served[partner]]
                if missing:
                    path = ("steps", index, "partners", number)
                    names = ", ".join(f"'{r}'" for r in missing)
                    problems.append(Problem(record.path, *record.position(path), dotted(path),
                                            f"partner '{partner}' werkt niet in regio {names}, maar deze stap geldt "
                                            "daar wel", "Noem hier een partner die in die regio werkt (of een "
                                            "landelijke), of haal de regio weg uit regions van deze stap.",
                                            code="partner-outside-region"))
    return problems


def check(context: Context) -> list[Problem]:
    return region_consistency(context.records)
