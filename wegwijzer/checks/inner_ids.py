"""Ids inside one record: a competency's indicators and a region's municipalities are each unique within their
record, and a tip names only indicators of its own competency.

The competentiescan stores an IB'er's answers under competency/indicator ids, and partners name municipalities by
id: a repeated id would silently merge two answers or two places. A municipality may appear in two regions (a
municipality can be split between two samenwerkingsverbanden), so only repeats within one record are errors.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING, Any

from wegwijzer.problems import Problem, shorten
from wegwijzer.records.reader import Record

if TYPE_CHECKING:
    from wegwijzer.checks import Context

# kind → (list field, what its items are called in Dutch)
LISTS = {"competency": ("indicators", "indicator"), "region": ("municipalities", "gemeente")}


def _dicts(value: Any) -> list[tuple[int, dict[str, Any]]]:
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)] if isinstance(value, list) else []


def check(context: Context) -> list[Problem]:
    problems: list[Problem] = []
    for record in context.records:
        if record.kind in LISTS:
            problems += _repeats(record, *LISTS[record.kind])
        if record.kind == "competency":
            problems += _tip_indicators(record)
    return problems


def _repeats(record: Record, field: str, noun: str) -> list[Problem]:
    problems = []
    first: dict[str, int] = {}
    for index, item in _dicts(record.data.get(field)):
        value = item.get("id")
        if not isinstance(value, str):
            continue  # the schema reports a missing or wrong id
        if value in first:
            path = (field, index, "id")
            problems.append(Problem(record.path, *record.position(path), f"{field}[{index}].id",
                                    f"id '{shorten(value)}' staat al bij {field}[{first[value]}]",
                                    f"Geef elke {noun} in dit bestand een eigen id.", code="repeated-inner-id"))
        else:
            first[value] = index
    return problems


def _tip_indicators(record: Record) -> list[Problem]:
    known = sorted({item["id"] for _, item in _dicts(record.data.get("indicators")) if isinstance(item.get("id"), str)})
    problems = []
    for t, tip in _dicts(record.data.get("tips")):
        named = tip.get("indicators")
        for n, value in enumerate(named if isinstance(named, list) else []):
            if not isinstance(value, str) or value in known:
                continue
            guess = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
            path = ("tips", t, "indicators", n)
            problems.append(Problem(record.path, *record.position(path), f"tips[{t}].indicators[{n}]",
                                    f"deze competentie heeft geen indicator met id '{shorten(value)}'",
                                    (f"Bedoel je '{guess[0]}'? " if guess else "")
                                    + "Noem een id uit indicators van dit bestand.", code="unknown-indicator"))
    return problems
