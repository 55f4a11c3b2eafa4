"""A partner with an 088 or 0900 number may not call calling it free: a warning where its text says so."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wegwijzer.problems import WARNING, Problem, shorten
from wegwijzer.records.reader import Record
from wegwijzer.rules.phones import digits, free_call_claims, is_charged

if TYPE_CHECKING:
    from wegwijzer.checks import Context

# Text fields a contributor writes about the partner, where "free to call" might be said.
TEXT_FIELDS = (("description",), ("access", "notes"), ("costs",), ("contact", "no_phone"))


def charged_called_free(records: list[Record]) -> list[Problem]:
    """A warning for every partner with an 088/0900 number whose text says calling is free."""
    problems = []
    for record in records:
        if record.kind != "partner":
            continue
        contact = record.data.get("contact")
        phone = contact.get("phone") if isinstance(contact, dict) else None
        if not isinstance(phone, str) or not is_charged(phone):
            continue
        for path in TEXT_FIELDS:
            text = _at(record.data, path)
            for clause in free_call_claims(text) if isinstance(text, str) else []:
                line, column = record.position(path)
                problems.append(Problem(
                    record.path, line, column, ".".join(path),
                    f"de tekst noemt bellen gratis ('{shorten(clause)}'), maar {phone} is een "
                    f"{_series(phone)}-nummer en dat is niet gratis",
                    "Haal 'gratis' bij het bellen weg. Publiceert de organisatie zelf een gratis 0800-nummer, zet "
                    "dat dan in contact.phone (met de pagina als bron).", WARNING, code="charged-called-free"))
    return problems


def _series(phone: str) -> str:
    number = digits(phone)
    return number[:3] if number.startswith("088") else number[:4]


def _at(data: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = data
    for part in path:
        value = value.get(part) if isinstance(value, dict) else None
    return value


def check(context: Context) -> list[Problem]:
    return charged_called_free(context.records)
