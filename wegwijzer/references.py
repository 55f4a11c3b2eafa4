"""Cross-checks between records: unique ids, references that exist, and what needs attention."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterator
from typing import Any

from wegwijzer.load import Record, _dotted
from wegwijzer.problems import WARNING, Problem

NATIONAL = "landelijk"
STALE_AFTER_DAYS = 365

# (kind, path with "*" for list items, target kind). "municipality" ids come from the regions.
REFERENCES: list[tuple[str, tuple[Any, ...], str]] = [
    ("partner", ("areas", "*"), "municipality"),
    ("question", ("steps", "*", "partners", "*"), "partner"),
    ("question", ("steps", "*", "regions", "*"), "region"),
    ("role", ("competencies", "*"), "competency"),
    ("profile", ("result_areas", "*", "role"), "role"),
    ("profile", ("competencies", "*"), "competency"),
    ("task", ("roles", "*"), "role"),
    ("task", ("competencies", "*"), "competency"),
]

_TARGET_NAMES = {"partner": "partner", "region": "regio", "role": "rol", "competency": "competentie",
                 "municipality": "gemeente"}
_TARGET_DIRS = {"partner": "data/partners/", "region": "data/regions/", "role": "data/roles/",
                "competency": "data/competencies/", "municipality": "de gemeenten in data/regions/"}


def walk(value: Any, pattern: tuple[Any, ...], path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Yield (path, value) for every value matching `pattern` ("*" matches each list item)."""
    if not pattern:
        yield path, value
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield from walk(item, rest, path + (index,))
    elif isinstance(value, dict) and head in value:
        yield from walk(value[head], rest, path + (head,))


def _items(value: Any, kind: type) -> list[Any]:
    """The items of a list that have the expected type; nothing for any other value (the schemas report those)."""
    return [item for item in value if isinstance(item, kind)] if isinstance(value, list) else []


def duplicate_ids(records: list[Record]) -> list[Problem]:
    """Two records of one kind may not share an id."""
    seen: dict[tuple[str, str], Record] = {}
    problems = []
    for record in records:
        key = (record.kind, record.id)
        if key in seen:
            line, column = record.position(("id",))
            problems.append(Problem(record.path, line, column, "id", f"het id '{record.id}' wordt ook gebruikt in "
                                    f"{seen[key].path}", "Geef elk record een eigen id (en bestandsnaam)."))
        else:
            seen[key] = record
    return problems


def check_references(records: list[Record]) -> list[Problem]:
    """Every reference must name a record (or municipality) that exists."""
    known: dict[str, dict[str, str]] = {}
    for record in records:
        known.setdefault(record.kind, {})[record.id] = record.data.get("name") or record.data.get("title") or record.id
        if record.kind == "region":
            for town in _items(record.data.get("municipalities"), dict):
                if isinstance(town.get("id"), str):
                    known.setdefault("municipality", {})[town["id"]] = str(town.get("name", town["id"]))
    known.setdefault("municipality", {})[NATIONAL] = "Landelijk"
    problems = []
    for record in records:
        for kind, pattern, target in REFERENCES:
            if record.kind != kind:
                continue
            for path, value in walk(record.data, pattern):
                if not isinstance(value, str) or value in known.get(target, {}):
                    continue

                options = sorted(known.get(target, {}))
                guess = difflib.get_close_matches(value, options, n=1, cutoff=0.6)
                line, column = record.position(path)
                hint = (f"Bedoel je '{guess[0]}'? " if guess else "") + \
                    f"Gebruik een id dat bestaat in {_TARGET_DIRS[target]}"
                hint += ", of voeg dat record eerst toe." if target != "municipality" else " of 'landelijk'."
                problems.append(Problem(record.path, line, column, _dotted(path),
                                        f"er is geen {_TARGET_NAMES[target]} met id '{value}'", hint))
    return problems


def referenced_partner_ids(records: list[Record]) -> set[str]:
    return {value for record in records if record.kind == "question"
            for _, value in walk(record.data, ("steps", "*", "partners", "*")) if isinstance(value, str)}


def unreachable_partners(records: list[Record]) -> list[Problem]:
    """A partner that no question routes to is hard to find: warn."""
    if not any(record.kind == "question" for record in records):
        return []
    used = referenced_partner_ids(records)
    return [Problem(r.path, *r.position(("id",)), "id", f"geen enkele vraag in de wegwijzer verwijst naar "
                    f"'{r.id}'", "Noem deze partner in een stap van een passende vraag in data/questions/.", WARNING)
            for r in records if r.kind == "partner" and r.id not in used]


def is_stale(record: Record, today: dt.date) -> bool:
    """True when last_verified is more than a year ago."""
    try:
        verified = dt.date.fromisoformat(str(record.data.get("last_verified")))
    except ValueError:
        return False
    return (today - verified).days > STALE_AFTER_DAYS


def attention(records: list[Record], today: dt.date) -> list[Problem]:
    """Partners to check again: not verified for a year, or without a source."""
    problems = []
    for record in records:
        if record.kind != "partner":
            continue
        if is_stale(record, today):
            problems.append(Problem(record.path, *record.position(("last_verified",)), "last_verified",
                                    f"laatst gecontroleerd op {record.data.get('last_verified')}, meer dan een jaar "
                                    "geleden", "Controleer de gegevens met de bronnen en zet de datum van vandaag.",
                                    WARNING))
        if not record.data.get("sources"):
            problems.append(Problem(record.path, *record.position(("sources",)), "sources",
                                    "deze partner heeft geen bron", "Voeg onder sources de openbare pagina toe "
                                    "waar de gegevens vandaan komen.", WARNING))
    return problems


def region_coverage(records: list[Record]) -> list[Problem]:
    """Every question should name, for every region, a partner that works there."""
    regions = {r.id: {t["id"] for t in _items(r.data.get("municipalities"), dict) if isinstance(t.get("id"), str)}
               for r in records if r.kind == "region"}
    areas = {r.id: set(_items(r.data.get("areas"), str)) for r in records if r.kind == "partner"}
    problems = []
    for record in records:
        if record.kind != "question":
            continue
        for region, towns in regions.items():
            covered = any(
                not step.get("regions") or region in _items(step.get("regions"), str)
                for step in _items(record.data.get("steps"), dict)
                for partner in _items(step.get("partners"), str)
                if areas.get(partner, set()) & (towns | {NATIONAL})
            )
            if not covered:
                problems.append(Problem(record.path, *record.position(("steps",)), "steps",
                                        f"geen stap noemt een partner die in regio '{region}' werkt",
                                        "Voeg een stap toe met regions: [" + region + "] en een partner uit die "
                                        "regio, of een landelijke partner.", WARNING))
    return problems
