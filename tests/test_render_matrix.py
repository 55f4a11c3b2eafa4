"""The matrix tables mark exactly the references in the data, as text, in accessible tables."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from roles_data import write_role_data

from wegwijzer.catalog import Catalog, build_catalog
from wegwijzer.render.matrix import competencies_by_roles, profiles_by_competencies, profiles_by_roles, tasks_by_roles

CELL = re.compile(r'<td class="ww-mark ww-(yes|no)" data-row="([^"]+)" data-col="([^"]+)">'
                  r'<span aria-hidden="true">(.)</span><span class="ww-visually-hidden">(ja|nee)</span></td>')


def cells(html: str) -> dict[tuple[str, str], bool]:
    found = {}
    for state, row, col, symbol, word in CELL.findall(html):
        assert (state, symbol, word) in (("yes", "✓", "ja"), ("no", "–", "nee"))
        found[(row, col)] = state == "yes"
    assert len(found) == html.count('<td class="ww-mark'), "every cell has its text mark"
    return found


def expected(catalog: Catalog) -> dict[str, set[tuple[str, str]]]:
    """The references, read straight from the data."""
    return {
        "competencies_by_roles": {(c, r["id"]) for r in catalog.all("role") for c in r["competencies"]},
        "profiles_by_roles": {(p["id"], a["role"]) for p in catalog.all("profile") for a in p.get("result_areas", [])},
        "profiles_by_competencies": {(p["id"], c) for p in catalog.all("profile") for c in p.get("competencies", [])},
        "tasks_by_roles": {(t["id"], r) for t in catalog.all("task") for r in t["roles"]},
    }


@pytest.fixture(params=["real", "fictitious"])
def catalog(request: pytest.FixtureRequest, tmp_path: Path) -> Catalog:
    return build_catalog() if request.param == "real" else build_catalog(write_role_data(tmp_path / "data"))


def test_matrices_mark_exactly_the_references(catalog: Catalog) -> None:
    grids = {"competencies_by_roles": (competencies_by_roles, "competency", "role"),
             "profiles_by_roles": (profiles_by_roles, "profile", "role"),
             "profiles_by_competencies": (profiles_by_competencies, "profile", "competency"),
             "tasks_by_roles": (tasks_by_roles, "task", "role")}
    for name, (render, rows, cols) in grids.items():
        found = cells(render(catalog))
        assert set(found) == {(r, c) for r in catalog.records[rows] for c in catalog.records[cols]}, name
        assert {key for key, yes in found.items() if yes} == expected(catalog)[name], name


def test_tables_are_accessible(catalog: Catalog) -> None:
    html = competencies_by_roles(catalog)
    assert "<caption>" in html
    assert html.count('<th scope="row">') == len(catalog.records["competency"])
    assert html.count('<th scope="col">') == len(catalog.records["role"]) + 2


def test_task_rows_link_to_their_description(catalog: Catalog) -> None:
    html = tasks_by_roles(catalog)
    for id_ in catalog.records["task"]:
        assert f'<th scope="row"><a href="../de-rol/#taak-{id_}">' in html


def test_empty_data_says_so() -> None:
    for render in (competencies_by_roles, profiles_by_roles, profiles_by_competencies, tasks_by_roles):
        assert "nog geen" in render(Catalog())
