"""A located problem for every web or e-mail address in the data (the profile template's too) that breaks the rule
of wegwijzer/rules/addresses.py."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from jsonschema import FormatChecker

from wegwijzer.domain import dotted
from wegwijzer.problems import Problem
from wegwijzer.records.reader import Record
from wegwijzer.rules.addresses import diagnose_email, diagnose_url
from wegwijzer.schemas import Schemas, default_schemas

if TYPE_CHECKING:
    from wegwijzer.checks import Context


_FORMATS = FormatChecker(["uri", "email"])


def _fields(schemas: Schemas, kind: str) -> list[tuple[tuple[Any, ...], str, re.Pattern[str] | None]]:
    """(path with "*" for list items, format, the field's pattern) of every uri and email field of a kind."""
    found: list[tuple[tuple[Any, ...], str, re.Pattern[str] | None]] = []

    def visit(node: dict[str, Any], base: str, path: tuple[Any, ...], depth: int) -> None:
        node, base = schemas.resolve(node, base)
        if depth > 8:
            return
        if node.get("format") in ("uri", "email"):
            pattern = node.get("pattern")
            found.append((path, node["format"], re.compile(pattern) if pattern else None))
        for key, child in (node.get("properties") or {}).items():
            visit(child, base, path + (key,), depth + 1)
        if isinstance(node.get("items"), dict):
            visit(node["items"], base, path + ("*",), depth + 1)

    visit(schemas.schema(kind), f"{kind}.schema.json", (), 0)
    return found


def _values(data: Any, pattern: tuple[Any, ...]) -> list[tuple[tuple[Any, ...], Any]]:
    """(path, value) for every value matching `pattern` ("*" for each list item), breadth first."""
    items: list[tuple[tuple[Any, ...], Any]] = [((), data)]
    for part in pattern:
        found = []
        for path, value in items:
            if part == "*":
                if isinstance(value, list):
                    found += [(path + (index,), child) for index, child in enumerate(value)]
            elif isinstance(value, dict) and part in value:
                found.append((path + (part,), value[part]))
        if not found:
            return []
        items = found
    return items


def check_addresses(records: list[Record], schemas: Schemas | None = None) -> list[Problem]:
    """A located problem for every web or e-mail address that breaks the rule.

    A value its field's pattern refuses is left to the schema check, which gives the tip of `diagnose_url`.
    """
    schemas = schemas or default_schemas()
    fields: dict[str, list[tuple[tuple[Any, ...], str, re.Pattern[str] | None]]] = {}
    problems = []
    for record in records:
        if record.kind not in fields:
            fields[record.kind] = _fields(schemas, record.kind) if schemas.has(record.kind) else []
        for pattern, fmt, accepts in fields[record.kind]:
            for path, value in _values(record.data, pattern):
                if not isinstance(value, str) or (accepts is not None and not accepts.search(value)):
                    continue
                found = diagnose_url(value, path[:1] == ("sources",)) if fmt == "uri" else diagnose_email(value)
                if found and _FORMATS.conforms(value, fmt):  # else the schema reports it, with this tip
                    problems.append(Problem(record.path, *record.position(path), dotted(path), *found,
                                            code="web-address" if fmt == "uri" else "email-address"))
    return problems


def check(context: Context) -> list[Problem]:
    return check_addresses(context.records + context.templates, context.schemas)
