"""Check each record against its JSON Schema and say, in Dutch, what is wrong and how to fix it."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

from jsonschema import ValidationError

from wegwijzer.load import Record, _dotted
from wegwijzer.problems import Problem
from wegwijzer.schemas import Schemas

_TYPES = {
    "string": "tekst", "integer": "een heel getal", "number": "een getal", "boolean": "ja/nee (true of false)",
    "array": "een lijst (regels die met - beginnen)", "object": "een blok met velden", "null": "niets",
}

# When one value breaks several rules, report the most telling one only.
_PRIORITY = ["type", "required", "additionalProperties", "format", "pattern", "enum", "const",
             "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "minimum", "maximum"]


def validate_record(record: Record, schemas: Schemas) -> list[Problem]:
    """Every schema problem in one record, plus an id that differs from the file name."""
    problems = []
    if not schemas.is_valid(record.kind, record.data):
        errors = _best_errors(schemas.validator(record.kind).iter_errors(record.data))
        problems = [_problem(record, schemas, error) for error in errors]
    if isinstance(record.data.get("id"), str) and record.data["id"] != record.stem:
        line, column = record.position(("id",))
        problems.append(Problem(record.path, line, column, "id",
                                f"het id '{record.data['id']}' is anders dan de bestandsnaam '{record.stem}.yaml'",
                                f"Zet id: {record.stem}, of hernoem het bestand naar {record.data['id']}.yaml."))
    return problems


def _best_errors(errors: Iterable[ValidationError]) -> list[ValidationError]:
    chosen: dict[tuple[Any, ...], ValidationError] = {}
    for error in errors:
        key = tuple(error.absolute_path)
        if error.validator in ("required", "additionalProperties"):
            key += (error.validator, error.message)
        current = chosen.get(key)
        if current is None or _rank(error) < _rank(current):
            chosen[key] = error
    return list(chosen.values())


def _rank(error: ValidationError) -> int:
    return _PRIORITY.index(error.validator) if error.validator in _PRIORITY else len(_PRIORITY)


def _problem(record: Record, schemas: Schemas, error: ValidationError) -> Problem:
    path = tuple(error.absolute_path)
    line, column = record.position(path)
    field = _dotted(path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    title = schemas.field(record.kind, path).get("title") if path else None
    about = f" ({title})" if title else ""
    value = error.instance
    kind = error.validator

    if kind == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)[0]
        node = schemas.field(record.kind, path + (missing,))
        help_text = node.get("description", "")
        where = field or "het record"
        return Problem(record.path, line, column, _dotted(path + (missing,)),
                       f"het verplichte veld '{missing}' ontbreekt in {where}",
                       f"Voeg '{missing}:' toe. {help_text}".strip())
    if kind == "additionalProperties":
        allowed = sorted(schemas.field(record.kind, path).get("properties", {}))
        extra = sorted(set(value) - set(allowed)) if isinstance(value, dict) else []
        name = extra[0] if extra else "?"
        line, column = record.key_position(path + (name,))
        guess = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
        hint = (f"Bedoel je '{guess[0]}'? " if guess else "") + "Toegestane velden hier: " + ", ".join(allowed) + "."
        return Problem(record.path, line, column, _dotted(path + (name,)),
                       f"onbekend veld '{name}'", hint)
    if kind == "type":
        expected = schema.get("type")
        expected_text = " of ".join(_TYPES.get(t, t) for t in (expected if isinstance(expected, list) else [expected]))
        return Problem(record.path, line, column, field,
                       f"hier hoort {expected_text}{about}, maar er staat {_describe(value)}",
                       _type_hint(expected, value))
    if kind in ("format", "pattern"):
        return Problem(record.path, line, column, field, f"'{value}' is geen geldige waarde{about}",
                       _format_hint(schema, value, field))
    if kind == "enum":
        options = [str(v) for v in schema.get("enum", [])]
        guess = difflib.get_close_matches(str(value), options, n=1, cutoff=0.5)
        hint = (f"Bedoel je '{guess[0]}'? " if guess else "") + "Kies uit: " + ", ".join(options) + "."
        return Problem(record.path, line, column, field, f"'{value}' is geen toegestane waarde{about}", hint)
    if kind == "minItems":
        return Problem(record.path, line, column, field, f"deze lijst{about} heeft minstens "
                       f"{schema.get('minItems')} item(s) nodig", "Voeg een regel toe die met '- ' begint.")
    if kind == "maxItems":
        return Problem(record.path, line, column, field, f"deze lijst{about} mag hoogstens "
                       f"{schema.get('maxItems')} item(s) hebben", "Haal items weg of voeg ze samen.")
    if kind == "uniqueItems":
        return Problem(record.path, line, column, field, f"deze lijst{about} noemt iets twee keer",
                       "Haal de dubbele regel weg.")
    if kind == "minLength":
        if schema.get("minLength", 1) <= 1 or not value:
            return Problem(record.path, line, column, field, f"dit veld{about} is leeg", "Vul een tekst in.")
        return Problem(record.path, line, column, field, f"deze tekst{about} is te kort",
                       f"Gebruik minstens {schema['minLength']} tekens.")
    if kind == "maxLength":
        return Problem(record.path, line, column, field, f"deze tekst{about} is langer dan "
                       f"{schema.get('maxLength')} tekens", "Maak de tekst korter.")
    if kind in ("minimum", "maximum"):
        return Problem(record.path, line, column, field, f"{value} ligt buiten het toegestane bereik{about}",
                       f"Kies een waarde van {schema.get('minimum', '…')} tot en met {schema.get('maximum', '…')}.")
    return Problem(record.path, line, column, field, f"ongeldige waarde{about}: {error.message}",
                   "Vergelijk met het voorbeeld in schemas/examples/.")


def _describe(value: Any) -> str:
    if value is None:
        return "niets"
    if isinstance(value, bool):
        return f"ja/nee ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"het getal {value}"
    if isinstance(value, str):
        return f"de tekst '{value[:60]}'"
    if isinstance(value, list):
        return "een lijst"
    return "een blok met velden"


def _type_hint(expected: Any, value: Any) -> str:
    if expected == "array":
        return "Zet elk item op een eigen regel die begint met '- ', of schrijf [a, b]."
    if expected == "string" and isinstance(value, bool):
        return "Woorden als ja, nee, yes, no, on en off leest YAML als ja/nee: zet ze tussen aanhalingstekens."
    if expected == "string" and value is None:
        return "Vul na de dubbele punt een tekst in, of haal het veld weg als het niet verplicht is."
    if expected == "string":
        return "Zet de waarde tussen aanhalingstekens, bijvoorbeeld \"0800-2000\"."
    if expected == "object":
        return "Zet de onderdelen ingesprongen (met spaties) onder deze veldnaam."
    return "Vergelijk met het voorbeeld in schemas/examples/."


_DUTCH_DATE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")


def _format_hint(schema: dict[str, Any], value: Any, field: str) -> str:
    fmt = schema.get("format")
    pattern = schema.get("pattern", "")
    text = str(value)
    if fmt == "date" or "[0-9]{4}-[0-9]{2}" in pattern:
        match = _DUTCH_DATE.match(text)
        example = f"{match[3]}-{int(match[2]):02d}-{int(match[1]):02d}" if match else "2026-11-22"
        return f"Schrijf een datum als JJJJ-MM-DD, dus {example}."
    if fmt == "email" or "@" in pattern:
        return "Schrijf een e-mailadres als naam@organisatie.nl, zonder spaties of 'mailto:'."
    if fmt == "uri" or "https?" in pattern:
        if text.startswith("www."):
            return f"Begin het webadres met https://, dus https://{text}."
        return "Schrijf een volledig webadres dat begint met https:// (of http://)."
    if "0-9 -" in pattern:
        return "Schrijf een telefoonnummer met alleen cijfers, spaties en koppeltekens, bijvoorbeeld 0800-2000."
    if "[a-z0-9]+(-[a-z0-9]+)*" in pattern:
        slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "naam-van-het-record"
        return f"Gebruik alleen kleine letters, cijfers en koppeltekens, bijvoorbeeld {slug}."
    if pattern == "\\S":
        return "Vul een tekst in; alleen spaties is niet genoeg."
    return f"De waarde moet passen bij het patroon {pattern}."
