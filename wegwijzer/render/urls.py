"""The fixed URL scheme: one prefix per record kind, so links never break."""

from __future__ import annotations

import functools
from pathlib import Path

from wegwijzer.domain import PAGE_FOLDERS, ROOT

# A page's folder by kind: the record kinds', "route" (id "<question-id>/<region-id>": a question's route in one
# region) in its question's folder, and "wallchart" (id "<region-id>/wandkaart": a region's wall chart) in its region's.
PREFIX = {**PAGE_FOLDERS, "route": PAGE_FOLDERS["question"], "wallchart": PAGE_FOLDERS["region"]}


def url(kind: str, id_: str) -> str:
    """Site-relative URL of a record's page, e.g. sociale-kaart/veilig-thuis/."""
    return f"{PREFIX[kind]}/{id_}/"


def src_uri(kind: str, id_: str) -> str:
    """The virtual Markdown file behind that page."""
    return f"{PREFIX[kind]}/{id_}.md"


def root_of(page_url: str) -> str:
    """Relative prefix from a page URL back to the site root ("" for the home page)."""
    depth = len([part for part in page_url.strip("/").split("/") if part])
    return "../" * depth


def href(root: str, kind: str, id_: str) -> str:
    return root + url(kind, id_)


@functools.lru_cache(maxsize=16384)  # every route page of a question asks for the question's file
def repo_path(source: Path | None) -> str | None:
    """A data file's path in this repository; None for files outside it (such as synthetic data)."""
    if source is None:
        return None
    try:
        return (_resolved(source.parent) / source.name).relative_to(ROOT).as_posix()
    except ValueError:
        return None


def edit_url(edit_base: str | None, source: Path | None) -> str | None:
    """The edit link of a data file in this repository; None for files outside it or without an edit base."""
    path = repo_path(source)
    return edit_base + path if edit_base and path else None


@functools.lru_cache(maxsize=256)
def _resolved(folder: Path) -> Path:
    return folder.resolve()
