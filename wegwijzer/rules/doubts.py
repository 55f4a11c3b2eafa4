"""What a record marks as unconfirmed: doubts about one field (`{field, text}`) and doubts about the whole record.

The schema allows both forms in `unconfirmed`; pages show a field's doubt beside that field, the record's doubts
lower on the page, and lists (Te controleren, the CSV export) write each doubt as one line of text.
"""

from __future__ import annotations

import functools
from typing import Any

from wegwijzer.schemas import Schemas, default_schemas


def field_doubts(record: dict[str, Any]) -> dict[str, list[str]]:
    """Dotted field name → the texts that say what about it is unconfirmed, in file order."""
    found: dict[str, list[str]] = {}
    for item in record.get("unconfirmed") or []:
        if isinstance(item, dict):
            found.setdefault(str(item["field"]), []).append(str(item["text"]))
    return found


def record_doubts(record: dict[str, Any]) -> list[str]:
    """The doubts that name no field: about the record as a whole."""
    return [item for item in record.get("unconfirmed") or [] if isinstance(item, str)]


def field_label(field: str, schemas: Schemas | None = None) -> str:
    """The Dutch name of a field a doubt may name, from the schema (contact.phone → Telefoon)."""
    return _doubt_field_labels(schemas or default_schemas()).get(field, field)


@functools.lru_cache(maxsize=4)
def _doubt_field_labels(schemas: Schemas) -> dict[str, str]:
    node = schemas.field("partner", ("unconfirmed", 0))
    labels: dict[str, str] = {}
    for choice in node.get("anyOf", []):
        field_node = choice.get("properties", {}).get("field", {})
        labels.update(zip(field_node.get("enum", []), field_node.get("enumDescriptions", [])))
    return labels


def doubt_lines(record: dict[str, Any], schemas: Schemas | None = None) -> list[str]:
    """Every doubt as one line of text, a field's doubt led by the field's Dutch name (Telefoon: …)."""
    lines = []
    for item in record.get("unconfirmed") or []:
        if isinstance(item, dict):
            lines.append(f"{field_label(str(item['field']), schemas)}: {item['text']}")
        else:
            lines.append(str(item))
    return lines
