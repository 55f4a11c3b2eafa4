"""An id whose page would replace a hand-written page in docs/ (such as index or te-controleren), or a page the
build makes itself."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wegwijzer.domain import DOCS, PAGE_FOLDERS
from wegwijzer.problems import Problem, shorten
from wegwijzer.records.reader import Record

if TYPE_CHECKING:
    from wegwijzer.checks import Context


# Pages the build makes itself in page folders (render/board.py: the preview of the profile template).
GENERATED = {"profielen": {"sjabloon"}}


def reserved_ids(records: list[Record], docs: Path = DOCS) -> list[Problem]:
    """An id whose page would replace a hand-written page in docs/ (such as index or te-controleren)."""
    taken: dict[str, set[str]] = {}
    problems = []
    for record in records:
        folder = PAGE_FOLDERS.get(record.kind)
        if folder is None:
            continue
        if folder not in taken:
            entries = list((docs / folder).iterdir()) if (docs / folder).is_dir() else []
            taken[folder] = {e.stem if e.suffix == ".md" else e.name for e in entries if e.suffix == ".md" or
                             e.is_dir()} | {"index", "readme"}
        if record.id.lower() in GENERATED.get(folder, set()):
            problems.append(Problem(record.path, *record.position(("id",)), "id",
                                    f"het id '{shorten(record.id)}' is gereserveerd: de site maakt zelf de pagina "
                                    f"{folder}/{record.id}/", f"Kies een ander id (en bestandsnaam), bijvoorbeeld "
                                    f"{record.id}-{record.kind}.", code="generated-page-id"))
        elif record.id.lower() in taken[folder]:
            problems.append(Problem(record.path, *record.position(("id",)), "id",
                                    f"het id '{shorten(record.id)}' is al in gebruik door de pagina "
                                    f"docs/{folder}/{record.id}", "Kies een ander id (en bestandsnaam), "
                                    f"bijvoorbeeld {record.id}-{record.kind if record.kind != 'partner' else 'org'}.",
                                    code="page-id-taken"))
    return problems


def check(context: Context) -> list[Problem]:
    return reserved_ids(context.records, context.docs)
