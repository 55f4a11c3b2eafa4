"""Every reference names a record (or municipality) that exists; a template's references are checked against the
records (a template is no target)."""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from wegwijzer.domain import NATIONAL, NATIONAL_NAME, REFERENCES, display_name, dotted, is_id, items_of, walk
from wegwijzer.problems import Problem, shorten
from wegwijzer.records.reader import Record

if TYPE_CHECKING:
    from wegwijzer.checks import Context


_TARGET_NAMES = {"partner": "partner", "region": "regio", "role": "rol", "competency": "competentie",
                 "municipality": "gemeente", "swv": "samenwerkingsverband", "municipality-code": "gemeente"}
_TARGET_DIRS = {"partner": "data/partners/", "region": "data/regions/", "role": "data/roles/",
                "competency": "data/competencies/", "municipality": "de gemeenten in data/regions/",
                "swv": "data/samenwerkingsverbanden/",
                "municipality-code": "de gemeentelijst in data/municipality-lists/"}


def check_references(records: list[Record], broken: dict[str, set[str]] | None = None) -> list[Problem]:
    """Every reference must name a record (or municipality) that exists.

    A reference to a file that exists but cannot be used (listed in `broken`) is not reported: that file has its own
    error, and one broken file should give one error, not one in every file that refers to it.
    """
    broken = broken or {}
    known: dict[str, dict[str, str]] = {}
    for record in records:
        known.setdefault(record.kind, {})[record.id] = display_name(record.data, record.id)
        if record.kind == "region":
            for town in items_of(record.data.get("municipalities"), dict):
                if isinstance(town.get("id"), str):
                    known.setdefault("municipality", {})[town["id"]] = str(town.get("name", town["id"]))
        if record.kind == "municipality-list":
            for town in items_of(record.data.get("municipalities"), dict):
                if isinstance(town.get("code"), str):
                    known.setdefault("municipality-code", {})[town["code"]] = str(town.get("name", town["code"]))
    known.setdefault("municipality", {})[NATIONAL] = NATIONAL_NAME
    problems = []
    for record in records:
        for kind, pattern, target in REFERENCES:
            if record.kind != kind:
                continue
            if target == "municipality" and broken.get("region"):
                continue  # a broken region file hides its municipalities: that file has its own error
            for path, value in walk(record.data, pattern):
                if not isinstance(value, str) or value in known.get(target, {}) or value in broken.get(target, ()):
                    continue
                # Suggest only ids that are valid themselves (never a look-alike with other letters).
                options = sorted(option for option in known.get(target, {}) if is_id(option))
                guess = difflib.get_close_matches(value, options, n=1, cutoff=0.6)
                line, column = record.position(path)
                hint = (f"Bedoel je '{guess[0]}'? " if guess else "") + \
                    f"Gebruik een id dat bestaat in {_TARGET_DIRS[target]}"
                hint += ", of voeg dat record eerst toe." if target != "municipality" else " of 'landelijk'."
                problems.append(Problem(record.path, line, column, dotted(path),
                                        f"er is geen {_TARGET_NAMES[target]} met id '{shorten(value)}'", hint,
                                        code="unknown-reference"))
    return problems


def check(context: Context) -> list[Problem]:
    problems = check_references(context.records, context.broken)
    if context.templates:
        names = {t.path for t in context.templates}
        problems += [p for p in check_references(context.records + context.templates, context.broken)
                     if p.file in names]
    return problems
