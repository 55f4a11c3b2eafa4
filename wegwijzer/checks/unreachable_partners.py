"""A partner that no question routes to is hard to find: a warning."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wegwijzer.domain import walk
from wegwijzer.problems import WARNING, Problem
from wegwijzer.records.reader import Record

if TYPE_CHECKING:
    from wegwijzer.checks import Context


def referenced_partner_ids(records: list[Record]) -> set[str]:
    return {value for record in records if record.kind == "question"
            for _, value in walk(record.data, ("steps", "*", "partners", "*")) if isinstance(value, str)}


def unreachable_partners(records: list[Record]) -> list[Problem]:
    """A partner that no question routes to is hard to find: warn."""
    if not any(record.kind == "question" for record in records):
        return []
    used = referenced_partner_ids(records)
    return [Problem(r.path, *r.position(("id",)), "id", f"geen enkele vraag in de wegwijzer verwijst naar "
                    f"'{r.id}'", "Noem deze partner in een stap van een passende vraag in data/questions/.", WARNING,
                    code="unreachable-partner")
            for r in records if r.kind == "partner" and r.id not in used and r.id == r.stem]


def check(context: Context) -> list[Problem]:
    return unreachable_partners(context.records)
