"""The shared domain model: what the data's words and ids mean, stated once for the checks, the pages and the export.

The project's layout (data/ folders, page folders), the id rule, a record's display name, the national area, when a
record is stale and which sources count, the references between kinds, the Dutch month names and how a place in a
record is written. This module imports nothing from the package, so every part of it may import this.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

# Record kind → its folder under data/ (its schema is schemas/<kind>.schema.json).
DATA_FOLDERS = {
    "region": "regions",
    "partner": "partners",
    "question": "questions",
    "competency": "competencies",
    "role": "roles",
    "profile": "profiles",
    "task": "tasks",
    "milestone": "milestones",
    "generic-host": "generic-hosts",
    "synonym": "synonyms",
    "municipality-list": "municipality-lists",
    "swv": "samenwerkingsverbanden",
}
# Folder under data/ → the kind of record it holds.
KIND_OF_FOLDER = {folder: kind for kind, folder in DATA_FOLDERS.items()}

# Record kinds that get a page, and the folder of docs/ (and of the site) their pages go in.
PAGE_FOLDERS = {"partner": "sociale-kaart", "question": "wegwijzer", "competency": "competenties", "role": "rollen",
                "profile": "profielen", "region": "regio"}

# An id, and so a file name: lower-case letters a-z and digits, in groups joined by single hyphens.
ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$"
_ID = re.compile(ID_PATTERN)


def is_id(value: object) -> bool:
    """True when `value` is a valid id."""
    return isinstance(value, str) and _ID.match(value) is not None


def slug(text: str, fallback: str | None = None) -> str:
    """An id made from any text: 'Veilig Thuis Zuid-Holland' → 'veilig-thuis-zuid-holland' (ASCII lower case,
    digits and single hyphens, at most 80 characters); `fallback` when that leaves fewer than two characters."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    result = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:80].strip("-")
    return fallback if fallback is not None and len(result) < 2 else result


def display_name(data: Mapping[str, Any], fallback: str = "") -> str:
    """What a record is called on pages and in messages: its name, else its title, else its id."""
    return str(data.get("name") or data.get("title") or data.get("id") or fallback)


# The area of a partner that works everywhere, in place of a list of municipalities.
NATIONAL = "landelijk"
NATIONAL_NAME = "Landelijk"

# A record not verified for longer than this is shown as possibly out of date and listed for a new check.
STALE_AFTER_DAYS = 365
# Sources of these kinds (the organisation's own page, a government page) can confirm a fact; others cannot.
PRIMARY = ("eigen", "overheid")


def iso_date(value: Any) -> dt.date | None:
    """The date of a YYYY-MM-DD text; None for anything else."""
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def is_stale(data: Mapping[str, Any], today: dt.date) -> bool:
    """True when last_verified is more than a year ago."""
    try:
        verified = dt.date.fromisoformat(str(data.get("last_verified")))
    except ValueError:
        return False
    return (today - verified).days > STALE_AFTER_DAYS


def items_of(value: Any, kind: type) -> list[Any]:
    """The items of a list that have the expected type; nothing for any other value (the schemas report those)."""
    return [item for item in value if isinstance(item, kind)] if isinstance(value, list) else []


def newest_primary_read(data: Mapping[str, Any]) -> dt.date | None:
    """The latest date on which a primary source (eigen or overheid) of the record was read, if any."""
    sources = items_of(data.get("sources"), dict)
    return max((d for s in sources if s.get("kind") in PRIMARY if (d := iso_date(s.get("accessed")))), default=None)


def newest_primary_source(data: Mapping[str, Any]) -> dict[str, Any] | None:
    """The primary source read most recently (the first of those read that day); None without one."""
    dated = [(d, -i, s) for i, s in enumerate(items_of(data.get("sources"), dict))
             if s.get("kind") in PRIMARY and (d := iso_date(s.get("accessed")))]
    return max(dated, key=lambda row: row[:2])[2] if dated else None


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
    ("region", ("swv",), "swv"),
    ("swv", ("municipalities", "*", "code"), "municipality-code"),
]

# Where a value stands in a record: keys and list positions, ("steps", 0, "partners") for steps[0].partners.
DataPath = tuple[Any, ...]


def walk(value: Any, pattern: DataPath, path: DataPath = ()) -> Iterator[tuple[DataPath, Any]]:
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


def dotted(path: DataPath) -> str:
    """A place in a record as messages name it: steps[0].partners."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")


def remembered(catalog: Any, key: tuple[str, ...], make: Callable[[], Any]) -> Any:
    """Catalog.memo[key], made by `make()` the first time it is asked for in this catalog's life (one build). The key
    starts with the deriving function's name: render/reuse.py's MEMO_READS says what each name was made from."""
    found = catalog.memo.get(key)
    if found is None:
        found = catalog.memo[key] = make()
    return found
