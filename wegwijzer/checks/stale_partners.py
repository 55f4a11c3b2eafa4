"""Partners to check again: not verified for a year (one without a source is an error of the dates check)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from wegwijzer.domain import is_stale
from wegwijzer.problems import WARNING, Problem
from wegwijzer.records.reader import Record

if TYPE_CHECKING:
    from wegwijzer.checks import Context


def stale_partners(records: list[Record], today: dt.date) -> list[Problem]:
    """Partners to check again: not verified for a year (one without a source is an error of the dates check)."""
    problems = []
    for record in records:
        if record.kind != "partner":
            continue
        if is_stale(record.data, today):
            problems.append(Problem(record.path, *record.position(("last_verified",)), "last_verified",
                                    f"laatst gecontroleerd op {record.data.get('last_verified')}, meer dan een jaar "
                                    "geleden", "Controleer de gegevens met de bronnen en zet de datum van vandaag.",
                                    WARNING, code="stale"))
    return problems


def check(context: Context) -> list[Problem]:
    return stale_partners(context.records, context.today)
