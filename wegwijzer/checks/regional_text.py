"""Text of a step that holds in every region should not name one region or one of its municipalities."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wegwijzer.domain import dotted, items_of
from wegwijzer.problems import WARNING, Problem
from wegwijzer.records.reader import Record

if TYPE_CHECKING:
    from wegwijzer.checks import Context


_STEP_TEXT = ("title", "text", "points", "bring", "next")


def regional_text(records: list[Record]) -> list[Problem]:
    """Text of a step that holds in every region should not name one region or one of its municipalities: readers
    elsewhere would read it as theirs. A warning; what holds in one region belongs in a step with `regions:`."""
    names: dict[str, str] = {}  # name as written → region id
    for record in records:
        if record.kind != "region":
            continue
        for name in (record.data.get("name"), str(record.data.get("name", "")).split(":", 1)[0]):
            if isinstance(name, str) and name.strip():
                names[name.strip()] = record.id
        for town in items_of(record.data.get("municipalities"), dict):
            if isinstance(town.get("name"), str) and town["name"].strip():
                names[town["name"].strip()] = record.id
    if not names:
        return []
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w-])")
    problems = []
    for record in records:
        if record.kind != "question":
            continue
        for index, step in enumerate(items_of(record.data.get("steps"), dict)):
            if step.get("regions"):
                continue
            for field in _STEP_TEXT:
                texts = step.get(field)
                for number, text in enumerate(texts if isinstance(texts, list) else [texts]):
                    found = pattern.search(text) if isinstance(text, str) else None
                    if not found:
                        continue
                    path = ("steps", index, field) + ((number,) if isinstance(texts, list) else ())
                    region = names[found[1]]
                    problems.append(Problem(record.path, *record.position(path), dotted(path),
                                            f"deze stap geldt in elke regio, maar de tekst noemt '{found[1]}' "
                                            f"(regio '{region}')", "Zet wat alleen daar geldt in een eigen stap met "
                                            f"regions: [{region}], zodat lezers in andere regio's het niet als "
                                            "hun route lezen.", WARNING, code="regional-text"))
    return problems


def check(context: Context) -> list[Problem]:
    return regional_text(context.records)
