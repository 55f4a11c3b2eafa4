"""Numbers as a contributor means them: YAML reads 012 as 10 (octal), 0x8 as 8, 1_8 as 18 and 1:20 as 80."""

from __future__ import annotations

import re

import yaml

INT, FLOAT = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"
NUMBER_TAGS = frozenset({INT, FLOAT})
_PLAIN_INT = re.compile(r"-?(0|[1-9][0-9]*)")
_PLAIN_FLOAT = re.compile(r"-?(0|[1-9][0-9]*)\.[0-9]+")
# Text YAML leaves as text but that looks like a whole number written with a leading zero (08, 09).
LEADING_ZERO = re.compile(r"[-+]?0[0-9_]+")


def careful(tag: str, raw: str) -> bool:
    """True when the quick reader must leave this number to the careful one (every float, any odd integer)."""
    return tag == FLOAT or odd_number(tag, raw) is not None


def odd_number(tag: str, raw: str) -> tuple[str, str] | None:
    """(message, hint) when a plain scalar YAML reads as a number is not written as a plain decimal number."""
    if tag == INT and not _PLAIN_INT.fullmatch(raw):
        return _odd_int(raw)
    if tag == FLOAT and not _PLAIN_INT.fullmatch(raw) and not _PLAIN_FLOAT.fullmatch(raw):
        return (f"'{raw}' is geen gewoon getal: YAML leest het als {_read_as(raw)}",
                "Schrijf een getal met alleen cijfers (en zo nodig één punt), zonder _ of e, bijvoorbeeld 12.")
    return None


def _odd_int(raw: str) -> tuple[str, str]:
    digits = raw.lstrip("+-")
    plain = str(_value(raw)) if _value(raw) is not None else "12"
    if digits.lower().startswith("0x"):
        why = "een hexadecimaal getal (0x…)"
    elif digits.lower().startswith("0b"):
        why = "een binair getal (0b…)"
    elif ":" in digits:
        why = "minuten en seconden (zestigtallig)"
    elif "_" in digits:
        why = "één getal zonder de liggende streepjes"
    elif len(digits) > 1 and digits.startswith("0"):
        why = "een octaal getal, omdat het met een 0 begint"
        plain = digits.lstrip("0") or "0"
    else:
        why = "een getal met een plusteken"
    return (f"'{raw}' is geen gewoon heel getal: YAML leest het als {why} ({_value(raw)})",
            f"Schrijf het getal met alleen cijfers, zonder nul vooraan, dus {plain}.")


def _read_as(raw: str) -> str:
    return f"{float(_value(raw) or 0)}" if _value(raw) is not None else "iets anders dan er staat"


def _value(raw: str) -> int | float | None:
    try:
        value = yaml.safe_load(raw)
    except yaml.YAMLError:
        return None
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def leading_zero_hint(raw: str) -> str:
    """The tip for a whole number written with a leading zero, which YAML leaves as text (08, 09)."""
    digits = raw.lstrip("+-").replace("_", "")
    return (f"Een getal met een nul vooraan leest YAML niet als getal (en 010 als 8, octaal): schrijf het zonder "
            f"nul vooraan, dus {digits.lstrip('0') or '0'}.")
