"""Function profile pages: every part of the profile shown, with a title block, contents and print wrapper."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from roles_data import HOSTILE, write_role_data

from wegwijzer.catalog import Catalog, build_catalog
from wegwijzer.render.markup import esc
from wegwijzer.render.profiles import profile_list, profile_page

REAL = build_catalog()


@pytest.fixture
def roles_catalog(tmp_path: Path) -> Catalog:
    return build_catalog(write_role_data(tmp_path / "data"))


@pytest.mark.parametrize("profile_id", list(REAL.records.get("profile", {})))
def test_profile_page_shows_every_part_of_the_profile(profile_id: str) -> None:
    profile = REAL.get("profile", profile_id)
    markdown = profile_page(REAL, profile_id)
    texts = [profile["title"], profile.get("organisation"), profile.get("salary_scale"), profile.get("field_of_work"),
             profile.get("kenmerkscores"), profile.get("date"), *profile.get("activities", []),
             *profile.get("knowledge_and_skills", []), *profile.get("decision_rights", [])]
    for area in profile.get("result_areas", []):
        texts += [area["title"], *area["tasks"]]
    for contact in profile.get("contacts", []):
        texts += [contact["with"], contact["about"]]
    for key in ("context", "accountability", "framework"):
        texts += re.split(r"\n\s*\n", profile.get(key, ""))
    for text in filter(None, texts):
        assert esc(text) in markdown, text
    for n, area in enumerate(profile.get("result_areas", []), start=1):
        section = re.search(rf'<section class="ww-profile-area" id="resultaatgebied-{n}">(.*?)</section>', markdown)
        assert section and f'href="../../rollen/{area["role"]}/"' in section.group(1)
    for competency_id in profile.get("competencies", []):
        assert f'href="../../competenties/{competency_id}/"' in markdown
    for source in profile["sources"]:
        assert f'href="{esc(source["url"])}"' in markdown


@pytest.mark.parametrize("profile_id", list(REAL.records.get("profile", {})))
def test_profile_page_is_one_printable_document(profile_id: str) -> None:
    profile = REAL.get("profile", profile_id)
    markdown = profile_page(REAL, profile_id)
    front, body = markdown.split("---\n\n", 1)
    assert body.startswith('<div class="ww-profile">') and body.rstrip().endswith("</div>")
    assert "\n" not in body.strip(), "one HTML block, so Markdown never reads data-derived headings"
    head = re.search(r'<header class="ww-profile-head">(.*?)</header>', body).group(1)
    assert f"<h1>{esc(profile['title'])}</h1>" in head
    if profile.get("organisation"):
        assert esc(profile["organisation"]) in head
    assert esc(profile.get("date", "datum niet vermeld")) in head
    toc = re.search(r'<nav class="ww-profile-toc".*?</nav>', body).group(0)
    targets = re.findall(r'href="#([^"]+)"', toc)
    sections = re.findall(r'<section class="ww-profile-(?:section|area)" id="([^"]+)"', body)
    assert targets == sections and len(sections) >= 4


def test_profile_without_result_areas_or_competencies(roles_catalog: Catalog) -> None:
    markdown = profile_page(roles_catalog, "profiel-y")
    assert 'id="resultaatgebieden"' not in markdown and 'id="competenties"' not in markdown
    assert "datum niet vermeld in de bron" in markdown
    assert markdown.count('<span class="ww-visually-hidden">nee</span>') == 2 + 3, "2 roles and 3 competencies"


def test_comparison_marks_what_the_profile_names(roles_catalog: Catalog) -> None:
    markdown = profile_page(roles_catalog, "profiel-x")
    comparison = re.search(r'id="beroepsstandaard">(.*?)</section>', markdown).group(1)
    marks = re.findall(r'<span class="ww-visually-hidden">(ja|nee)</span></span> <a href="../../\w+/([\w-]+)/"',
                       comparison)
    assert dict((id_, yes) for yes, id_ in marks) == {"rol-a": "ja", "rol-b": "nee", "comp-1": "nee",
                                                      "comp-2": "ja", "comp-3": "ja"}


def test_profile_text_stays_text(roles_catalog: Catalog) -> None:
    markdown = profile_page(roles_catalog, "profiel-x") + profile_list(roles_catalog)
    assert "<script>" not in markdown and "<b>" not in markdown
    assert esc(HOSTILE) in markdown


def test_profile_list_newest_first_with_coverage(roles_catalog: Catalog) -> None:
    html = profile_list(roles_catalog)
    assert html.index("profielen/profiel-x/") < html.index("profielen/profiel-y/")
    row = re.search(r"profiel-x/.*?</tr>", html).group(0)
    assert "<td>1 van 2</td><td>2 van 3</td>" in row
    assert "nog geen functieprofielen" in profile_list(Catalog())
