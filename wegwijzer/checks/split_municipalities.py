"""A municipality belongs to one region, unless every region that names it records the split (`split: true`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wegwijzer.domain import dotted, items_of
from wegwijzer.problems import Problem, shorten
from wegwijzer.records.reader import Record

if TYPE_CHECKING:
    from wegwijzer.checks import Context


def municipality_in_two_regions(records: list[Record]) -> list[Problem]:
    """A municipality belongs to one region, unless every region that names it records the split (`split: true`)."""
    seen: dict[str, list[tuple[Record, int, dict[str, Any]]]] = {}
    for record in sorted((r for r in records if r.kind == "region"), key=lambda r: r.id):
        for index, town in enumerate(items_of(record.data.get("municipalities"), dict)):
            entries = seen.setdefault(town.get("id"), []) if isinstance(town.get("id"), str) else []
            if isinstance(town.get("id"), str) and all(r.id != record.id for r, _, _ in entries):
                entries.append((record, index, town))  # twice in one region: inner_ids reports that
    problems = []
    for town_id, entries in seen.items():
        if len(entries) < 2 or all(town.get("split") is True for _, _, town in entries):
            continue
        first = entries[0][0].id
        for record, index, _ in entries[1:]:
            path = ("municipalities", index, "id")
            problems.append(Problem(record.path, *record.position(path), dotted(path),
                                    f"de gemeente '{shorten(town_id)}' staat ook in regio '{first}'; een gemeente "
                                    "hoort bij één regio", "Haal de gemeente uit een van de twee regio's. Is de "
                                    "gemeente echt verdeeld over twee samenwerkingsverbanden, zet dan in elke regio "
                                    "die haar noemt split: true bij deze gemeente.",
                                    code="municipality-in-two-regions"))
    return problems


def check(context: Context) -> list[Problem]:
    return municipality_in_two_regions(context.records)
