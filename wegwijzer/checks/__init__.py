"""Every check of the data set, one module each, all with one signature: `check(context) -> list[Problem]`.

A check reads the records as they were read (a record with a schema error is still there: a check skips what does
not have the shape it needs, the schema already reports it). A new check is one module here and one line in CHECKS.
A module that sets WHOLE_RECORDS = True reads the catalog's whole records: it runs last, and only when neither the
reading nor any other check found an error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from wegwijzer.checks import (
    addresses,
    charged_numbers,
    dates,
    duplicate_ids,
    generic_hosts,
    glossary,
    inner_ids,
    key_questions,
    municipality_coverage,
    references,
    region_consistency,
    regional_text,
    reserved_ids,
    sources,
    split_municipalities,
    stale_partners,
    synonyms,
    unreachable_partners,
)
from wegwijzer.domain import DOCS
from wegwijzer.problems import Problem
from wegwijzer.records.reader import Record
from wegwijzer.schemas import Schemas


@dataclass(frozen=True)
class Context:
    """What the checks read: the data set's records, the published templates (checked where the rules apply to
    them), and which ids stand for files that have an error of their own (kind → ids: not reported again)."""

    records: list[Record]
    today: dt.date
    schemas: Schemas
    templates: list[Record] = field(default_factory=list)
    broken: Mapping[str, Container[str]] = field(default_factory=dict)
    docs: Path = DOCS  # the hand-written pages whose addresses no record may take
    catalog: Any = None  # the Catalog of these records, for WHOLE_RECORDS checks


CHECKS: tuple[ModuleType, ...] = (
    duplicate_ids,
    reserved_ids,
    references,
    inner_ids,
    region_consistency,
    split_municipalities,
    regional_text,
    dates,
    unreachable_partners,
    stale_partners,
    municipality_coverage,
    sources,
    addresses,
    charged_numbers,
    generic_hosts,
    synonyms,
    glossary,
    key_questions,
)


def whole_records(check: ModuleType) -> bool:
    return bool(getattr(check, "WHOLE_RECORDS", False))


def run_checks(context: Context, found: list[Problem]) -> list[Problem]:
    """The problems of every check in CHECKS; `found` are those of the reading, which WHOLE_RECORDS checks wait on."""
    problems: list[Problem] = []
    for check in CHECKS:
        if not whole_records(check):
            problems += check.check(context)
    if not any(p.is_error for p in found + problems):
        for check in CHECKS:
            if whole_records(check):
                problems += check.check(context)
    return problems
