"""Two records of one kind may not share an id."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wegwijzer.problems import Problem
from wegwijzer.records.reader import Record

if TYPE_CHECKING:
    from wegwijzer.checks import Context


def duplicate_ids(records: list[Record]) -> list[Problem]:
    """Two records of one kind may not share an id."""
    seen: dict[tuple[str, str], Record] = {}
    problems = []
    for record in records:
        key = (record.kind, record.id)
        if key in seen:
            line, column = record.position(("id",))
            problems.append(Problem(record.path, line, column, "id", f"het id '{record.id}' wordt ook gebruikt in "
                                    f"{seen[key].path}", "Geef elk record een eigen id (en bestandsnaam).",
                                    code="duplicate-id"))
        else:
            seen[key] = record
    return problems


def check(context: Context) -> list[Problem]:
    return duplicate_ids(context.records)
