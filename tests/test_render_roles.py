"""Competency and role pages and their overviews: every item of the data shown, links derived both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from roles_data import HOSTILE, write_role_data

from wegwijzer.catalog import Catalog, build_catalog
from wegwijzer.render.markup import esc
from wegwijzer.render.roles import competency_list, competency_page, role_list, role_page

REAL = build_catalog()


@pytest.fixture
def roles_catalog(tmp_path: Path) -> Catalog:
    catalog = build_catalog(write_role_data(tmp_path / "data"))
    assert catalog.problems == []
    return catalog


@pytest.mark.parametrize("competency_id", list(REAL.records.get("competency", {})))
def test_competency_page_shows_every_indicator_and_who_leans_on_it(competency_id: str) -> None:
    competency = REAL.get("competency", competency_id)
    markdown = competency_page(REAL, competency_id, edit_url="https://example.org/edit/x.yaml")
    for indicator in competency["indicators"]:
        assert f"<li>{esc(indicator['text'])}</li>" in markdown
    for role in REAL.all("role"):
        assert (f'href="../../rollen/{role["id"]}/"' in markdown) == (competency_id in role["competencies"])
    for task in REAL.all("task"):
        assert (f'href="../../de-rol/#taak-{task["id"]}"' in markdown) == (competency_id in task["competencies"])
    for profile in REAL.all("profile"):
        asks = competency_id in profile.get("competencies", [])
        assert (f'href="../../profielen/{profile["id"]}/"' in markdown) == asks
    for source in competency["sources"]:
        assert f'href="{esc(source["url"])}"' in markdown
    assert "Laatst gecontroleerd op" in markdown and 'href="https://example.org/edit/x.yaml"' in markdown


@pytest.mark.parametrize("role_id", list(REAL.records.get("role", {})))
def test_role_page_shows_every_result_area_competency_task_and_profile(role_id: str) -> None:
    role = REAL.get("role", role_id)
    markdown = role_page(REAL, role_id)
    for result in role["tasks"]:
        assert f"<li>{esc(result)}</li>" in markdown
    for competency_id in role["competencies"]:
        assert f'href="../../competenties/{competency_id}/"' in markdown
    for task in REAL.all("task"):
        assert (f'href="../../de-rol/#taak-{task["id"]}"' in markdown) == (role_id in task["roles"])
    for profile in REAL.all("profile"):
        for n, area in enumerate(profile.get("result_areas", []), start=1):
            link = f'href="../../profielen/{profile["id"]}/#resultaatgebied-{n}"'
            assert (link in markdown) == (area["role"] == role_id)


def test_overviews_list_every_record_in_order(roles_catalog: Catalog) -> None:
    competencies = competency_list(roles_catalog)
    positions = [competencies.index(f'href="../competenties/comp-{n}/"') for n in (3, 2, 1)]
    assert positions == sorted(positions), "competencies follow their order field"
    roles = role_list(roles_catalog)
    assert roles.index('href="../rollen/rol-a/"') < roles.index('href="../rollen/rol-b/"')
    assert "Een werkgebied naast de drie rollen" in roles
    assert 'href="../competenties/comp-3/"' in roles


def test_data_text_stays_text(roles_catalog: Catalog) -> None:
    pages = [competency_page(roles_catalog, "comp-1"), role_page(roles_catalog, "rol-a"),
             competency_list(roles_catalog), role_list(roles_catalog)]
    for html in pages:
        assert "<script>" not in html and "<b>" not in html
    assert esc(HOSTILE) in pages[0]


def test_empty_data_gives_a_sentence_not_an_empty_list() -> None:
    empty = Catalog()
    assert "nog geen competenties" in competency_list(empty)
    assert "nog geen rollen" in role_list(empty)
