"""A new region added by files only, as a samenwerkingsverband would (issue 20): a clearly fictitious fixture region
with two municipalities, two partners and one step of its own, covering fewer than all questions. It validates
without errors, builds, is published as "in opbouw" with its to-do list, and has its own route pages."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from support import ROOT, build, validate

from wegwijzer.catalog import build_catalog
from wegwijzer.rules.coverage import IN_PROGRESS, status

REGION = "fictieve-testregio"
TODAY = "2026-12-07"
SOURCE = f"""sources:
  - url: https://example.org/fictief/testregio
    title: Fictieve bron voor deze test
    kind: eigen
    accessed: {TODAY}
last_verified: {TODAY}
"""
FILES = {
    f"regions/{REGION}.yaml": f"""id: {REGION}
name: Fictieve testregio
description: Een verzonnen regio voor een test. Bestaat niet.
municipalities:
  - id: verzinstad
    name: Verzinstad
  - id: fantasiedorp
    name: Fantasiedorp
""" + SOURCE,
    "partners/leerplicht-verzinstad.yaml": """id: leerplicht-verzinstad
name: Leerplicht Verzinstad (fictief)
kind: leerplicht
description: Een verzonnen leerplichtteam voor een test. Bestaat niet.
themes: [verzuim]
areas: [verzinstad, fantasiedorp]
access:
  routes: [school]
  consent: niet-nodig
contact:
  website: https://example.org/fictief/leerplicht
""" + SOURCE,
    "partners/jeugdteam-fantasiedorp.yaml": """id: jeugdteam-fantasiedorp
name: Jeugdteam Fantasiedorp (fictief)
kind: wijkteam
description: Een verzonnen jeugdteam voor een test. Bestaat niet.
themes: [gezin-en-opvoeding]
areas: [fantasiedorp]
access:
  routes: [school, ouders]
  consent: nodig
contact:
  website: https://example.org/fictief/jeugdteam
""" + SOURCE,
}
STEP = f"""  - title: Meld het verzuim bij Leerplicht Verzinstad (fictief)
    actor: partner
    text: >-
      Een verzonnen stap voor een test: de leerplichtambtenaar van de fictieve
      testregio neemt de melding op.
    partners: [leerplicht-verzinstad]
    regions: [{REGION}]
"""


@pytest.fixture(scope="module")
def with_region(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = Path(shutil.copytree(ROOT / "data", tmp_path_factory.mktemp("region") / "data"))
    for name, text in FILES.items():
        (data / name).write_text("---\n" + text, encoding="utf-8")
    question = data / "questions" / "leerling-verzuimt-vaak.yaml"
    text = question.read_text(encoding="utf-8")
    question.write_text(text.replace("\nsources:\n", "\n" + STEP + "sources:\n", 1), encoding="utf-8")
    return data


def test_the_region_validates_without_errors_and_is_in_progress(with_region: Path) -> None:
    result = validate(with_region, "--errors-only")
    assert result.returncode == 0, result.stderr
    catalog = build_catalog(with_region)
    assert catalog.ok
    assert status(catalog, REGION) == IN_PROGRESS
    todo = catalog.coverage[REGION]
    assert 0 < len(todo) < len(catalog.all("question"))
    assert "leerling-verzuimt-vaak" not in {gap.question for gap in todo}, "its own step covers this question"
    # Fantasiedorp's youth team is in no step yet: every question is covered nationally or not at all there.
    assert any(gap.national_only for gap in todo)


def test_the_site_builds_with_the_region_its_page_and_its_routes(with_region: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = build(site, with_region)
    assert result.returncode == 0, result.stdout + result.stderr
    catalog = build_catalog(with_region)
    page = (site / "regio" / REGION / "index.html").read_text(encoding="utf-8")
    assert "in opbouw" in page and "Nog te doen" in page and "Verzinstad" in page and "Fantasiedorp" in page
    todo = re.search(r'<ul data-pagefind-ignore class="ww-todo">(.*?)</ul>', page, re.S)
    assert todo and todo.group(1).count("<li>") == len(catalog.coverage[REGION])
    own = (site / "wegwijzer" / "leerling-verzuimt-vaak" / REGION / "index.html").read_text(encoding="utf-8")
    assert "Leerplicht Verzinstad (fictief)" in own and "Regio in opbouw" in own
    assert f'data-pagefind-filter="regio:{REGION}"' in own
    # A question where the region has no step of its own: the generic route, saying so.
    other = next(q for q in (gap.question for gap in catalog.coverage[REGION])
                 if (site / "wegwijzer" / q / REGION / "index.html").is_file())
    assert "(nog) geen eigen stappen" in (site / "wegwijzer" / other / REGION / "index.html").read_text("utf-8")
    generic = (site / "wegwijzer" / "leerling-verzuimt-vaak" / "index.html").read_text(encoding="utf-8")
    assert f'data-region-route="{REGION}"' in generic and "Leerplicht Verzinstad" not in generic
