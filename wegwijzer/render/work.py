"""The /de-rol/ page: the tasks of an ordinary day, and a dated timeline of how the role has changed."""

from __future__ import annotations

from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.render.markup import block, date_nl, esc, external, paragraphs
from wegwijzer.render.roles import inline, linked


def date_text(value: str) -> str:
    """A milestone date as precise as its source: 1990, oktober 1990 or 1 augustus 2014."""
    if len(value) == 4:
        return esc(value)
    if len(value) == 7:
        return date_nl(f"{value}-01").split(" ", 1)[1]  # "1 oktober 1990" without the made-up day
    return date_nl(value)


def _sources_line(record: dict[str, Any]) -> str:
    sources = [external(s["url"], s["title"]) for s in record.get("sources") or []]
    return f'<p class="ww-small">Bron: {"; ".join(sources)}</p>' if sources else ""


def _task(catalog: Catalog, task: dict[str, Any], root: str) -> str:
    return (f'<li class="ww-card" id="taak-{esc(task["id"])}"><p class="ww-card-title">{esc(task["name"])}</p>'
            f'{paragraphs(task["description"])}'
            f'<p class="ww-card-links">{"Rol" if len(task["roles"]) == 1 else "Rollen"}: '
            f'{inline(linked(catalog, "role", task["roles"], root))}<br>'
            f'Competenties: {inline(linked(catalog, "competency", task["competencies"], root))}</p>'
            f"{_sources_line(task)}</li>")


def workday(catalog: Catalog, root: str = "../") -> str:
    """Every task of an ordinary day, each with the roles it belongs to and the competencies it asks for."""
    tasks = catalog.all("task")
    if not tasks:
        return block("Er staan nog geen taken in de data.", tag="p", cls="ww-none")
    return '<ul class="ww-cards ww-tasks">' + "".join(_task(catalog, t, root) for t in tasks) + "</ul>"


def _milestone(milestone: dict[str, Any]) -> str:
    return (f'<li class="ww-milestone" id="mijlpaal-{esc(milestone["id"])}"><p class="ww-milestone-date">'
            f'<time datetime="{esc(milestone["date"])}">{date_text(milestone["date"])}</time></p>'
            f'<p class="ww-card-title">{esc(milestone["title"])}</p>{paragraphs(milestone["description"])}'
            f"{_sources_line(milestone)}</li>")


def timeline(catalog: Catalog, root: str = "../") -> str:
    """The milestones, oldest first (ISO dates, however precise, sort as text)."""
    milestones = sorted(catalog.all("milestone"), key=lambda m: (m["date"], m["title"].casefold()))
    if not milestones:
        return block("Er staan nog geen mijlpalen in de data.", tag="p", cls="ww-none")
    return '<ol class="ww-timeline">' + "".join(_milestone(m) for m in milestones) + "</ol>"


MACROS = {
    "werkdag": lambda catalog, root, extra: workday(catalog, root),
    "tijdlijn": lambda catalog, root, extra: timeline(catalog, root),
}
