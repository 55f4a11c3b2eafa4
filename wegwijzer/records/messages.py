"""A JSON Schema error as a Dutch message: one function per schema keyword, in a table whose order is also the
priority when one value breaks several rules (the most telling one is reported, the others not)."""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable
from typing import Any

from jsonschema import ValidationError

from wegwijzer.domain import ID_PATTERN, MONTHS, dotted, is_id, slug
from wegwijzer.problems import Problem, shorten
from wegwijzer.records import numbers
from wegwijzer.records.reader import Record
from wegwijzer.rules import addresses
from wegwijzer.schemas import Schemas

_TYPES = {
    "string": "tekst", "integer": "een heel getal", "number": "een getal", "boolean": "ja/nee (true of false)",
    "array": "een lijst (regels die met - beginnen)", "object": "een blok met velden", "null": "niets",
}


def schema_problems(record: Record, schemas: Schemas, errors: Iterable[ValidationError]) -> list[Problem]:
    """The schema errors of one record as located Dutch problems, one per place (the most telling error there)."""
    return [_problem(record, schemas, error) for error in _best_errors(errors)]


def id_suggestion(text: str) -> str:
    """A valid id made from any text, for a tip (a placeholder when the text has too few letters or digits)."""
    return slug(text, fallback="naam-van-het-record")


class _Error:
    """One schema error where it stands in the record, with what the messages need to know about it."""

    def __init__(self, record: Record, schemas: Schemas, error: ValidationError) -> None:
        self.record, self.schemas, self.error, self.value = record, schemas, error, error.instance
        self.path: tuple[Any, ...] = tuple(error.absolute_path)
        self.line, self.column = record.position(self.path)
        self.field = dotted(self.path)
        self.schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
        self.title: str | None = schemas.field(record.kind, self.path).get("title") if self.path else None
        self.about = f" ({self.title})" if self.title else ""  # the field's Dutch title, in messages

    def problem(self, code: str, message: str, hint: str, field: str | None = None,
                at: tuple[int, int] | None = None) -> Problem:
        line, column = at or (self.line, self.column)
        return Problem(self.record.path, line, column, self.field if field is None else field, message, hint,
                       code=code)


def _problem(record: Record, schemas: Schemas, error: ValidationError) -> Problem:
    return MESSAGES.get(str(error.validator), _other)(_Error(record, schemas, error))


def _type(e: _Error) -> Problem:
    value, expected = e.value, e.schema.get("type")
    if expected == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
        raw = raw_token(e.record, e.path) or str(value)
        what = "nummer" if "phone" in e.field or "telefoon" in (e.title or "").lower() else "waarde"
        return e.problem("number-for-text", f"hier hoort tekst{e.about}, maar YAML leest {shorten(raw)} als getal",
                         f"Zet de waarde tussen aanhalingstekens, dus \"{shorten(raw)}\"." if what == "waarde"
                         else f"YAML leest een nummer zonder aanhalingstekens als getal (en een nul vooraan verandert "
                         f"het): zet het nummer tussen aanhalingstekens, dus \"{shorten(raw)}\".")
    if expected == "integer" and isinstance(value, str) and numbers.LEADING_ZERO.fullmatch(value):
        return e.problem("leading-zero", f"hier hoort een heel getal{e.about}, maar er staat {shorten(value)}: een "
                         "getal met een nul vooraan", numbers.leading_zero_hint(value))
    expected_text = " of ".join(_TYPES.get(t, t) for t in (expected if isinstance(expected, list) else [expected]))
    return e.problem("type", f"hier hoort {expected_text}{e.about}, maar er staat {_describe(value)}",
                     _type_hint(expected, value))


def _required(e: _Error) -> Problem:
    missing = re.findall(r"'([^']+)' is a required property", e.error.message)[0]
    help_text = e.schemas.field(e.record.kind, e.path + (missing,)).get("description", "")
    return e.problem("required", f"het verplichte veld '{missing}' ontbreekt in {e.field or 'het record'}",
                     f"Voeg '{missing}:' toe. {help_text}".strip(), field=dotted(e.path + (missing,)))


def _unknown_field(e: _Error) -> Problem:
    allowed = sorted(e.schemas.field(e.record.kind, e.path).get("properties", {}))
    extra = sorted(set(e.value) - set(allowed)) if isinstance(e.value, dict) else []
    name = extra[0] if extra else "?"
    guess = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
    hint = (f"Bedoel je '{guess[0]}'? " if guess else "") + "Toegestane velden hier: " + ", ".join(allowed) + "."
    return e.problem("unknown-field", f"onbekend veld '{name}'", hint, field=dotted(e.path + (name,)),
                     at=e.record.key_position(e.path + (name,)))


def _format(e: _Error) -> Problem:
    code = "impossible-date" if _is_date(e.schema) and _impossible_date(str(e.value)) else e.error.validator
    return e.problem(code, _format_message(e.schema, e.value, e.about), _format_hint(e.schema, e.value, e.field))


def _pattern(e: _Error) -> Problem:
    value = e.value
    if e.path != ("id",) or not isinstance(value, str):
        return _format(e)
    odd = next((c for c in value if not ("a" <= c <= "z" or "0" <= c <= "9" or c == "-")), None)
    what = (f" (het teken '{shorten(odd)}', U+{ord(odd):04X}, is geen gewone letter a-z, cijfer of koppelteken)"
            if odd else "")
    good = e.record.stem if is_id(e.record.stem) else id_suggestion(value)
    other = id_suggestion(value)
    also = f", of id: {other} met het bestand hernoemd naar {other}.yaml" if value.isascii() and other != good else ""
    return e.problem("invalid-id", f"'{shorten(value)}' is geen geldig id{what}",
                     f"Gebruik alleen kleine letters a-z, cijfers en koppeltekens, bijvoorbeeld {good}{also}.")


def _enum(e: _Error) -> Problem:
    options = [str(v) for v in e.schema.get("enum", [])]
    guess = difflib.get_close_matches(str(e.value), options, n=1, cutoff=0.5)
    hint = (f"Bedoel je '{guess[0]}'? " if guess else "") + "Kies uit: " + ", ".join(options) + "."
    return e.problem("enum", f"'{shorten(e.value)}' is geen toegestane waarde{e.about}", hint)


def _min_length(e: _Error) -> Problem:
    if e.schema.get("minLength", 1) <= 1 or not e.value:
        return e.problem("empty", f"dit veld{e.about} is leeg", "Vul een tekst in.")
    return e.problem("too-short", f"deze tekst{e.about} is te kort",
                     f"Gebruik minstens {e.schema['minLength']} tekens.")


def _max_length(e: _Error) -> Problem:
    return e.problem("too-long", f"deze tekst{e.about} is langer dan {e.schema.get('maxLength')} tekens",
                     "Maak de tekst korter.")


def _min_items(e: _Error) -> Problem:
    return e.problem("too-few-items", f"deze lijst{e.about} heeft minstens {e.schema.get('minItems')} item(s) nodig",
                     "Voeg een regel toe die met '- ' begint.")


def _max_items(e: _Error) -> Problem:
    return e.problem("too-many-items", f"deze lijst{e.about} mag hoogstens {e.schema.get('maxItems')} item(s) "
                     "hebben", "Haal items weg of voeg ze samen.")


def _unique_items(e: _Error) -> Problem:
    return e.problem("repeated-item", f"deze lijst{e.about} noemt iets twee keer", "Haal de dubbele regel weg.")


def _range(e: _Error) -> Problem:
    return e.problem("out-of-range", f"{shorten(e.value)} ligt buiten het toegestane bereik{e.about}",
                     f"Kies een waarde van {e.schema.get('minimum', '…')} tot en met {e.schema.get('maximum', '…')}.")


def _any_of(e: _Error) -> Problem:
    """An unconfirmed item is a sentence or a {field, text} block: explain what is wrong in the form it has."""
    branch = 1 if isinstance(e.value, dict) else 0
    inner = [c for c in e.error.context or [] if c.relative_schema_path and c.relative_schema_path[0] == branch]
    if isinstance(e.value, (str, dict)) and inner:
        return _problem(e.record, e.schemas, min(inner, key=_rank))
    return e.problem("sentence-or-block", f"hier hoort een korte zin of een blok met field en text{e.about}, maar "
                     f"er staat {_describe(e.value)}", "Schrijf één zin, of twee regels: 'field:' (bijvoorbeeld "
                     "contact.phone) en 'text:' met de zin.")


def _not(e: _Error) -> Problem:
    if not (isinstance(e.value, dict) and "phone" in e.value and "no_phone" in e.value):
        return _other(e)
    return e.problem("phone-and-no-phone", "er staat een telefoonnummer (phone) én een reden waarom er geen is "
                     "(no_phone)", "Haal no_phone weg als het nummer klopt, of phone als de organisatie geen nummer "
                     "publiceert.", field=dotted(e.path + ("no_phone",)),
                     at=e.record.key_position(e.path + ("no_phone",)))


def _other(e: _Error) -> Problem:
    return e.problem("invalid", f"ongeldige waarde{e.about}: {e.error.message}",
                     "Vergelijk met het voorbeeld in schemas/examples/.")


# Schema keyword → its message. When one value breaks several rules, the keyword listed first is reported.
MESSAGES: dict[str, Callable[[_Error], Problem]] = {
    "type": _type,
    "required": _required,
    "additionalProperties": _unknown_field,
    "format": _format,
    "pattern": _pattern,
    "enum": _enum,
    "const": _other,
    "minLength": _min_length,
    "maxLength": _max_length,
    "minItems": _min_items,
    "maxItems": _max_items,
    "uniqueItems": _unique_items,
    "minimum": _range,
    "maximum": _range,
    "anyOf": _any_of,
    "not": _not,
}
_RANK = {keyword: rank for rank, keyword in enumerate(MESSAGES)}


def _rank(error: ValidationError) -> int:
    return _RANK.get(str(error.validator), len(_RANK))


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


def _is_date(schema: dict[str, Any]) -> bool:
    return schema.get("format") == "date" or "[0-9]{4}-[0-9]{2}" in schema.get("pattern", "")


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


def raw_token(record: Record, path: tuple[Any, ...]) -> str:
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
        return f"Gebruik alleen kleine letters, cijfers en koppeltekens, bijvoorbeeld {id_suggestion(text)}."
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
