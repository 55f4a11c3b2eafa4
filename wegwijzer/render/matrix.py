"""The matrix tables: profiles, competencies and tasks against roles, marking exactly the references in the data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.domain import display_name
from wegwijzer.render.markup import block, esc, link
from wegwijzer.render.profiles import mark, profile_roles
from wegwijzer.render.roles import ordered, task_href
from wegwijzer.render.urls import href


def _table(cls: str, caption: str, corner: str, rows: list[dict[str, Any]], row_href: Callable[[str], str],
           columns: list[dict[str, Any]], col_kind: str, marked: set[tuple[str, str]], root: str, none: str) -> str:
    """One matrix: a linked header per row and column, and in every cell a text mark (✓ or –, ja or nee); a line
    saying which records the data lacks yet (`none`) while it has no rows or no columns."""
    if not rows or not columns:
        return _none(none)
    head = "".join(f'<th scope="col">{link(href(root, col_kind, c["id"]), display_name(c))}</th>' for c in columns)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="ww-mark ww-{"yes" if (row["id"], c["id"]) in marked else "no"}" '
            f'data-row="{esc(row["id"])}" data-col="{esc(c["id"])}">{mark((row["id"], c["id"]) in marked)}</td>'
            for c in columns
        )
        count = sum((row["id"], c["id"]) in marked for c in columns)
        body.append(f'<tr><th scope="row">{link(row_href(row["id"]), display_name(row))}</th>{cells}'
                    f'<td class="ww-count">{count} van {len(columns)}</td></tr>')
    # Focusable, so keyboard users can scroll a table wider than the screen.
    return (f'<div class="ww-table-wrap" role="region" aria-label="{esc(caption)}" tabindex="0">'
            f'<table class="ww-matrix {cls}"><caption>{esc(caption)}</caption>'
            f'<thead><tr><th scope="col">{esc(corner)}</th>{head}<th scope="col">Aantal</th></tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def _none(what: str) -> str:
    return block(f"Er staan nog geen {what} in de data, dus deze tabel is nog leeg.", tag="p", cls="ww-none")


def competencies_by_roles(catalog: Catalog, root: str = "../") -> str:
    """Rows: the seven competencies; columns: the roles; ✓ where a role names the competency."""
    competencies, roles = ordered(catalog, "competency"), ordered(catalog, "role")
    marked = {(c, r["id"]) for r in roles for c in r["competencies"]}
    return _table("ww-matrix-competencies-roles", "Op welke competenties elke rol steunt", "Competentie",
                  competencies, lambda id_: href(root, "competency", id_), roles, "role", marked, root,
                  "competenties of rollen")


def profiles_by_roles(catalog: Catalog, root: str = "../") -> str:
    """Rows: the profiles; columns: the roles; ✓ where the profile has a result area for the role."""
    profiles = catalog.all("profile")
    marked = {(p["id"], r) for p in profiles for r in profile_roles(p)}
    return _table("ww-matrix-profiles-roles", "Welke rollen elk functieprofiel beschrijft", "Functieprofiel",
                  profiles, lambda id_: href(root, "profile", id_), ordered(catalog, "role"), "role", marked, root,
                  "functieprofielen of rollen")


def profiles_by_competencies(catalog: Catalog, root: str = "../") -> str:
    """Rows: the profiles; columns: the competencies; ✓ where the profile asks for the competency."""
    profiles = catalog.all("profile")
    marked = {(p["id"], c) for p in profiles for c in p.get("competencies") or []}
    return _table("ww-matrix-profiles-competencies", "Welke competenties elk functieprofiel vraagt",
                  "Functieprofiel", profiles, lambda id_: href(root, "profile", id_), ordered(catalog, "competency"),
                  "competency", marked, root, "functieprofielen of competenties")


def tasks_by_roles(catalog: Catalog, root: str = "../") -> str:
    """Rows: the tasks of an ordinary day (linked to their description); columns: the roles they belong to."""
    tasks = catalog.all("task")
    marked = {(t["id"], r) for t in tasks for r in t["roles"]}
    return _table("ww-matrix-tasks-roles", "Bij welke rol elke taak hoort", "Taak", tasks,
                  lambda id_: task_href(root, id_), ordered(catalog, "role"), "role", marked, root, "taken of rollen")


MACROS = {
    "matrix_competenties_rollen": lambda catalog, root, extra: competencies_by_roles(catalog, root),
    "matrix_profielen_rollen": lambda catalog, root, extra: profiles_by_roles(catalog, root),
    "matrix_taken_rollen": lambda catalog, root, extra: tasks_by_roles(catalog, root),
    "matrix_profielen_competenties": lambda catalog, root, extra: profiles_by_competencies(catalog, root),
}
