"""Check each record against its JSON Schema and say, in Dutch, what is wrong and how to fix it."""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections.abc import Iterable, Iterator
from typing import Any

from jsonschema import ValidationError

from wegwijzer.domain import ID_PATTERN, MONTHS, dotted, is_id, slug
from wegwijzer.problems import WARNING, Problem, shorten, visible
from wegwijzer.records import numbers, text_checks
from wegwijzer.records.reader import Record
from wegwijzer.rules import addresses
from wegwijzer.schemas import Schemas

# Bidirectional controls and zero-width characters: they make a text read differently from what it says.
_TRICKY = re.compile("[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
NAME_FIELDS = ("id", "name", "title")
# What `make new-region` writes where a fact is still to be looked up: never published.
PLACEHOLDER = "AANVULLEN"

_TYPES = {
    "string": "tekst", "integer": "een heel getal", "number": "een getal", "boolean": "ja/nee (true of false)",
    "array": "een lijst (regels die met - beginnen)", "object": "een blok met velden", "null": "niets",
}

# When one value breaks several rules, report the most telling one only.
_PRIORITY = ["type", "required", "additionalProperties", "format", "pattern", "enum", "const",
             "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "minimum", "maximum"]


def validate_record(record: Record, schemas: Schemas, template: bool = False) -> list[Problem]:
    """Every schema problem in one record, plus an id that differs from the file name (not for a template)."""
    problems = []
    if not schemas.is_valid(record.kind, record.data):
        errors = _best_errors(schemas.validator(record.kind).iter_errors(record.data))
        problems = [_problem(record, schemas, error) for error in errors]
    if not template:
        problems += _file_name(record)
    if not record.text or PLACEHOLDER in record.text:
        problems += _placeholders(record)
    if record.floats:
        problems += _whole_numbers(record, schemas)
    if record.odd_numbers:
        problems += [Problem(record.path, *record.position(path), dotted(path), message, hint)
                     for path, (message, hint) in record.odd_numbers.items()
                     if schemas.field(record.kind, path).get("type") in ("integer", "number")]
    if record.suspicious:
        problems += _hygiene(record)
    return problems


def _id_from(text: str) -> str:
    """A valid id made from any text, for a tip (a placeholder when the text has too few letters or digits)."""
    return slug(text, fallback="naam-van-het-record")


def _file_name(record: Record) -> list[Problem]:
    """The file name is the id: both must be valid and equal; tips only suggest valid names."""
    value = record.data.get("id")
    if value == record.stem and is_id(value):
        return []  # the usual case: no position needed (computing one parses the file again)
    line, column = record.position(("id",))
    if not is_id(record.stem):
        good = value if isinstance(value, str) and is_id(value) else _id_from(record.stem)
        return [Problem(record.path, line, column, "id", f"de bestandsnaam '{shorten(record.stem)}.yaml' kan geen id "
                        "zijn", f"Hernoem het bestand naar {good}.yaml (kleine letters, cijfers en koppeltekens) en "
                        f"zet id: {good}.")]
    if isinstance(value, str) and value != record.stem and is_id(value):
        rename = f", of hernoem het bestand naar {value}.yaml" if is_id(value) else ""
        return [Problem(record.path, line, column, "id", f"het id '{shorten(value)}' is anders dan de bestandsnaam "
                        f"'{record.stem}.yaml'", f"Zet id: {record.stem}{rename}.")]
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
            raw = _raw_token(record, path) or str(value)
            problems.append(Problem(record.path, *record.position(path), dotted(path),
                                    f"hier hoort een heel getal, maar er staat {shorten(raw)} (een kommagetal)",
                                    f"Schrijf het getal zonder punt en decimalen, dus {int(value)}."
                                    if value.is_integer() else "Schrijf een heel getal, zonder punt."))
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
                    "als bron), of haal het veld weg als het niet verplicht is.")
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
                                    "tekens", "Typ de naam of titel opnieuw, met gewone letters."))
            continue
        bad = text_checks.bad_character(text, named)
        if bad is not None:
            char, error = bad
            problems.append(Problem(record.path, line, column, dotted(path), f"deze tekst bevat een onzichtbaar "
                                    f"teken {text_checks.describe(char)} dat niet in een tekst hoort",
                                    "Haal het teken weg en typ de tekst op die plek opnieuw. (Tussen dubbele "
                                    "aanhalingstekens schrijft een code met \\, zoals \\x7f of \\e, ook zo'n teken.)",
                                    "error" if error else WARNING))
            continue
        tricky = _TRICKY.search(text)
        if tricky:
            code = f"U+{ord(tricky[0]):04X}"
            problems.append(Problem(record.path, line, column, dotted(path), f"deze tekst bevat een onzichtbaar "
                                    f"teken ({code}) dat de tekst anders kan laten lezen dan hij er staat",
                                    "Haal het teken weg: typ de tekst op die plek opnieuw.",
                                    "error" if named else WARNING))
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
    field = dotted(path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    title = schemas.field(record.kind, path).get("title") if path else None
    about = f" ({title})" if title else ""
    value = error.instance
    kind = error.validator

    if kind == "anyOf" and error.context:
        # An unconfirmed item is a sentence or a {field, text} block: explain what is wrong in the form it has.
        branch = 1 if isinstance(value, dict) else 0
        inner = [e for e in error.context if e.relative_schema_path and e.relative_schema_path[0] == branch]
        if isinstance(value, (str, dict)) and inner:
            return _problem(record, schemas, min(inner, key=_rank))
        return Problem(record.path, line, column, field, f"hier hoort een korte zin of een blok met field en "
                       f"text{about}, maar er staat {_describe(value)}",
                       "Schrijf één zin, of twee regels: 'field:' (bijvoorbeeld contact.phone) en 'text:' met de zin.")
    if kind == "not" and isinstance(value, dict) and "phone" in value and "no_phone" in value:
        line, column = record.key_position(path + ("no_phone",))
        return Problem(record.path, line, column, dotted(path + ("no_phone",)), "er staat een telefoonnummer "
                       "(phone) én een reden waarom er geen is (no_phone)",
                       "Haal no_phone weg als het nummer klopt, of phone als de organisatie geen nummer publiceert.")
    if kind == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)[0]
        node = schemas.field(record.kind, path + (missing,))
        help_text = node.get("description", "")
        where = field or "het record"
        return Problem(record.path, line, column, dotted(path + (missing,)),
                       f"het verplichte veld '{missing}' ontbreekt in {where}",
                       f"Voeg '{missing}:' toe. {help_text}".strip())
    if kind == "additionalProperties":
        allowed = sorted(schemas.field(record.kind, path).get("properties", {}))
        extra = sorted(set(value) - set(allowed)) if isinstance(value, dict) else []
        name = extra[0] if extra else "?"
        line, column = record.key_position(path + (name,))
        guess = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
        hint = (f"Bedoel je '{guess[0]}'? " if guess else "") + "Toegestane velden hier: " + ", ".join(allowed) + "."
        return Problem(record.path, line, column, dotted(path + (name,)),
                       f"onbekend veld '{name}'", hint)
    if kind == "type" and schema.get("type") == "string" and isinstance(value, (int, float)) \
            and not isinstance(value, bool):
        raw = _raw_token(record, path) or str(value)
        what = "nummer" if "phone" in field or "telefoon" in (title or "").lower() else "waarde"
        return Problem(record.path, line, column, field, f"hier hoort tekst{about}, maar YAML leest {shorten(raw)} "
                       "als getal", f"Zet de waarde tussen aanhalingstekens, dus \"{shorten(raw)}\"."
                       if what == "waarde" else f"YAML leest een nummer zonder aanhalingstekens als getal (en een "
                       f"nul vooraan verandert het): zet het nummer tussen aanhalingstekens, dus \"{shorten(raw)}\".")
    if kind == "type" and schema.get("type") == "integer" and isinstance(value, str) \
            and numbers.LEADING_ZERO.fullmatch(value):
        return Problem(record.path, line, column, field, f"hier hoort een heel getal{about}, maar er staat "
                       f"{shorten(value)}: een getal met een nul vooraan", numbers.leading_zero_hint(value))
    if kind == "type":
        expected = schema.get("type")
        expected_text = " of ".join(_TYPES.get(t, t) for t in (expected if isinstance(expected, list) else [expected]))
        return Problem(record.path, line, column, field,
                       f"hier hoort {expected_text}{about}, maar er staat {_describe(value)}",
                       _type_hint(expected, value))
    if kind == "pattern" and path == ("id",) and isinstance(value, str):
        odd = next((c for c in value if not ("a" <= c <= "z" or "0" <= c <= "9" or c == "-")), None)
        what = (f" (het teken '{shorten(odd)}', U+{ord(odd):04X}, is geen gewone letter a-z, cijfer of koppelteken)"
                if odd else "")
        good = record.stem if is_id(record.stem) else _id_from(value)
        other = _id_from(value)
        also = f", of id: {other} met het bestand hernoemd naar {other}.yaml" if value.isascii() and other != good \
            else ""
        return Problem(record.path, line, column, field, f"'{shorten(value)}' is geen geldig id{what}",
                       f"Gebruik alleen kleine letters a-z, cijfers en koppeltekens, bijvoorbeeld {good}{also}.")
    if kind in ("format", "pattern"):
        return Problem(record.path, line, column, field, _format_message(schema, value, about),
                       _format_hint(schema, value, field))
    if kind == "enum":
        options = [str(v) for v in schema.get("enum", [])]
        guess = difflib.get_close_matches(str(value), options, n=1, cutoff=0.5)
        hint = (f"Bedoel je '{guess[0]}'? " if guess else "") + "Kies uit: " + ", ".join(options) + "."
        return Problem(record.path, line, column, field, f"'{shorten(value)}' is geen toegestane waarde{about}", hint)
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
        return Problem(record.path, line, column, field, f"{shorten(value)} ligt buiten het toegestane bereik{about}",
                       f"Kies een waarde van {schema.get('minimum', '…')} tot en met {schema.get('maximum', '…')}.")
    return Problem(record.path, line, column, field, f"ongeldige waarde{about}: {error.message}",
                   "Vergelijk met het voorbeeld in schemas/examples/.")


def _describe(value: Any) -> str:
    if value is None:
        return "niets"
    if isinstance(value, bool):
        return f"ja/nee ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"het getal {shorten(value)}"
    if isinstance(value, str):
        return f"de tekst '{shorten(value)}'"
    if isinstance(value, list):
        return "een lijst"
    return "een blok met velden"


def _raw_token(record: Record, path: tuple[Any, ...]) -> str:
    """The value as written in the file (YAML may have read 0201234567 as another number)."""
    try:
        text = record.text or (record.source.read_bytes().decode("utf-8-sig") if record.source else "")
    except (OSError, UnicodeDecodeError):
        return ""
    line, column = record.position(path)
    lines = text.splitlines()
    if line > len(lines):
        return ""
    match = re.match(r"[^\s#,\]}]+", lines[line - 1][column - 1:])
    return match[0] if match else ""


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
        impossible = _impossible_date(text)
        if impossible:
            return impossible
        match = _DUTCH_DATE.match(text)
        if match:
            return f"Schrijf een datum als JJJJ-MM-DD, dus {match[3]}-{int(match[2]):02d}-{int(match[1]):02d}."
        return f"Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld {dt.date.today()} voor vandaag."
    if (fmt == "email" or "@" in pattern) and addresses.diagnose_email(text):
        return addresses.diagnose_email(text)[1]  # type: ignore[index]
    if fmt == "email" or "@" in pattern:
        return "Schrijf een e-mailadres als naam@organisatie.nl, zonder spaties of 'mailto:'."
    if fmt == "uri" or "https?" in pattern:
        found = addresses.diagnose_url(text)
        return found[1] if found else "Schrijf een volledig webadres dat begint met https://."
    if "0-9 -" in pattern:
        return "Schrijf een telefoonnummer met alleen cijfers, spaties en koppeltekens, bijvoorbeeld 0800-2000."
    if ID_PATTERN[1:-1] in pattern:
        return f"Gebruik alleen kleine letters, cijfers en koppeltekens, bijvoorbeeld {_id_from(text)}."
    if pattern == "\\S":
        return "Vul een tekst in; alleen spaties is niet genoeg."
    return f"De waarde moet passen bij het patroon {pattern}."


_ISO_SHAPE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _impossible_date(text: str) -> str:
    """A hint for a date in the right shape that does not exist (2026-02-30, 2026-13-01); else ''."""
    match = _ISO_SHAPE.match(text)
    if not match:
        return ""
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        return (f"Die datum bestaat niet: een jaar heeft 12 maanden, en {match[2]} is geen maand. Controleer of dag "
                "en maand niet zijn omgewisseld (JJJJ-MM-DD).")
    days = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if not 1 <= day <= days:
        return f"Die datum bestaat niet: {MONTHS[month - 1]} {year} heeft {days} dagen. Controleer de dag."
    return ""


def _format_message(schema: dict[str, Any], value: Any, about: str) -> str:
    if (schema.get("format") == "date" or "[0-9]{4}-[0-9]{2}" in schema.get("pattern", "")) \
            and _impossible_date(str(value)):
        return f"'{shorten(value)}' is geen bestaande datum{about}"
    if schema.get("format") == "email" and isinstance(value, str) and addresses.diagnose_email(value):
        return addresses.diagnose_email(value)[0] + about  # type: ignore[index]
    if schema.get("format") == "uri" and isinstance(value, str) and addresses.diagnose_url(value):
        return addresses.diagnose_url(value)[0] + about  # type: ignore[index]
    return f"'{shorten(value)}' is geen geldige waarde{about}"
