"""Check each record against its JSON Schema and say, in Dutch, what is wrong and how to fix it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from wegwijzer.domain import dotted, is_id
from wegwijzer.problems import ERROR, WARNING, Problem, shorten, visible
from wegwijzer.records import text_checks
from wegwijzer.records.messages import id_suggestion, raw_token, schema_problems
from wegwijzer.records.reader import PLACEHOLDER, Record
from wegwijzer.schemas import Schemas

# Bidirectional controls and zero-width characters: they make a text read differently from what it says.
_TRICKY = re.compile("[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
NAME_FIELDS = ("id", "name", "title")

def validate_record(record: Record, schemas: Schemas, template: bool = False) -> list[Problem]:
    """Every schema problem in one record, plus an id that differs from the file name (not for a template)."""
    problems = []
    if not schemas.is_valid(record.kind, record.data):
        problems = schema_problems(record, schemas, schemas.validator(record.kind).iter_errors(record.data))
    if not template:
        problems += _file_name(record)
    if record.placeholder:
        problems += _placeholders(record)
    if record.floats:
        problems += _whole_numbers(record, schemas)
    if record.odd_numbers:
        problems += [Problem(record.path, *record.position(path), dotted(path), message, hint, code="odd-number")
                     for path, (message, hint) in record.odd_numbers.items()
                     if schemas.field(record.kind, path).get("type") in ("integer", "number")]
    if record.suspicious:
        problems += _hygiene(record)
    return problems


def _file_name(record: Record) -> list[Problem]:
    """The file name is the id: both must be valid and equal; tips only suggest valid names."""
    value = record.data.get("id")
    if value == record.stem and is_id(value):
        return []  # the usual case: no position needed (computing one parses the file again)
    line, column = record.position(("id",))
    if not is_id(record.stem):
        good = value if isinstance(value, str) and is_id(value) else id_suggestion(record.stem)
        return [Problem(record.path, line, column, "id", f"de bestandsnaam '{shorten(record.stem)}.yaml' kan geen id "
                        "zijn", f"Hernoem het bestand naar {good}.yaml (kleine letters, cijfers en koppeltekens) en "
                        f"zet id: {good}.", code="file-name-not-id")]
    if isinstance(value, str) and value != record.stem and is_id(value):
        rename = f", of hernoem het bestand naar {value}.yaml" if is_id(value) else ""
        return [Problem(record.path, line, column, "id", f"het id '{shorten(value)}' is anders dan de bestandsnaam "
                        f"'{record.stem}.yaml'", f"Zet id: {record.stem}{rename}.", code="id-not-file-name")]
    return []


def _at(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _whole_numbers(record: Record, schemas: Schemas) -> list[Problem]:
    """A whole number written as 8.0: the schema accepts it as an integer, the page would print 8.0."""
    problems = []
    for path in record.floats:
        value = _at(record.data, path)
        if isinstance(value, float) and schemas.field(record.kind, path).get("type") == "integer" \
                and value == value:
            raw = raw_token(record, path) or str(value)
            problems.append(Problem(record.path, *record.position(path), dotted(path),
                                    f"hier hoort een heel getal, maar er staat {shorten(raw)} (een kommagetal)",
                                    f"Schrijf het getal zonder punt en decimalen, dus {int(value)}."
                                    if value.is_integer() else "Schrijf een heel getal, zonder punt.",
                                    code="decimal-for-whole-number"))
    return problems


def _strings(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from _strings(child, path + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _strings(child, path + (index,))


def _placeholders(record: Record) -> list[Problem]:
    """A field still saying AANVULLEN (from a region kit template): an error, so no invented fact is published."""
    return [Problem(record.path, *record.position(path), dotted(path), "dit veld is nog niet ingevuld "
                    f"({PLACEHOLDER})", "Zoek het op de eigen pagina van de organisatie en vul het in (met die pagina "
                    "als bron), of haal het veld weg als het niet verplicht is.", code="placeholder")
            for path, text in _strings(record.data) if PLACEHOLDER in text]


def _hygiene(record: Record) -> list[Problem]:
    """Names and titles need visible text without hidden controls; other text only gets a warning for those."""
    problems = []
    for path, text in _strings(record.data):
        key = next((part for part in reversed(path) if isinstance(part, str)), "")
        named = key in NAME_FIELDS
        line, column = record.position(path)
        if named and text.strip() and not visible(text):
            problems.append(Problem(record.path, line, column, dotted(path), "deze tekst bevat geen zichtbare "
                                    "tekens", "Typ de naam of titel opnieuw, met gewone letters.",
                                    code="invisible-text"))
            continue
        bad = text_checks.bad_character(text, named)
        if bad is not None:
            char, error = bad
            problems.append(Problem(record.path, line, column, dotted(path), f"deze tekst bevat een onzichtbaar "
                                    f"teken {text_checks.describe(char)} dat niet in een tekst hoort",
                                    "Haal het teken weg en typ de tekst op die plek opnieuw. (Tussen dubbele "
                                    "aanhalingstekens schrijft een code met \\, zoals \\x7f of \\e, ook zo'n teken.)",
                                    ERROR if error else WARNING, code="control-character"))
            continue
        tricky = _TRICKY.search(text)
        if tricky:
            code = f"U+{ord(tricky[0]):04X}"
            problems.append(Problem(record.path, line, column, dotted(path), f"deze tekst bevat een onzichtbaar "
                                    f"teken ({code}) dat de tekst anders kan laten lezen dan hij er staat",
                                    "Haal het teken weg: typ de tekst op die plek opnieuw.",
                                    ERROR if named else WARNING, code="hidden-character"))
    return problems
