"""`make new-region`: a valid region file at once (published as in opbouw), skeleton partners as templates that
never publish a placeholder."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT, validate

from wegwijzer.authoring.region_kit import interactive
from wegwijzer.catalog import build_catalog
from wegwijzer.rules.coverage import IN_PROGRESS, status

TODAY = dt.date(2026, 12, 7)
# Clearly fictitious answers, as a contributor would type them.
ANSWERS = ["Samenwerkingsverband Fictiefland", "PO9999", "", "Fictiefland-Oost, Fictiefland-West",
           "https://example.org/fictiefland/gemeenten", "Onze gemeenten (fictief)"]


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    """A copy of the real data: there, key questions have region steps, so a new region starts in opbouw."""
    return Path(shutil.copytree(ROOT / "data", tmp_path / "data"))


def run_kit(dataset: Path, answers: list[str]) -> tuple[int, list[str]]:
    replies, said = iter(answers), []
    code = interactive(dataset, ask=lambda _: next(replies), say=said.append, today=TODAY)
    return code, said


def test_new_region_is_valid_and_in_progress_and_its_skeletons_are_skipped(dataset: Path) -> None:
    code, said = run_kit(dataset, ANSWERS)
    assert code == 0, said
    region = dataset / "regions" / "fictiefland.yaml"
    assert region.is_file()
    skeletons = sorted(p.name for p in (dataset / "partners").glob("_*.yaml"))
    assert skeletons == sorted([
        "_samenwerkingsverband-fictiefland.yaml",
        "_veilig-thuis-fictiefland.yaml",
        "_ggd-jeugdgezondheidszorg-fictiefland.yaml",
        "_jeugdhulp-fictiefland-oost.yaml", "_leerplicht-fictiefland-oost.yaml",
        "_jeugdhulp-fictiefland-west.yaml", "_leerplicht-fictiefland-west.yaml"])
    catalog = build_catalog(dataset, today=TODAY)
    assert catalog.ok, [p for p in catalog.problems if p.is_error]
    assert {Path(p).name for p in catalog.skipped} >= set(skeletons)
    assert status(catalog, "fictiefland") == IN_PROGRESS
    assert any("in opbouw" in line for line in said)
    result = validate(dataset, "--errors-only")
    assert result.returncode == 0, result.stderr
    lint = subprocess.run([sys.executable, "-m", "yamllint", "--strict", "-c", str(ROOT / ".yamllint"),
                           str(dataset)], capture_output=True, text=True, check=False)
    assert lint.returncode == 0, lint.stdout


def test_a_skeleton_renamed_without_completing_it_is_an_error_everywhere_it_says_aanvullen(dataset: Path) -> None:
    assert run_kit(dataset, ANSWERS)[0] == 0
    template = dataset / "partners" / "_leerplicht-fictiefland-oost.yaml"
    template.rename(dataset / "partners" / "leerplicht-fictiefland-oost.yaml")
    found = [p for p in build_catalog(dataset, today=TODAY).problems if p.is_error]
    placeholders = {p.field for p in found if "AANVULLEN" in p.message}
    assert {"description", "contact.website", "sources[0].url", "last_verified"} <= placeholders
    assert all(p.file.endswith("leerplicht-fictiefland-oost.yaml") for p in found)


def test_a_municipality_of_another_region_is_asked_again(dataset: Path) -> None:
    answers = ANSWERS[:3] + ["Wijchen, Fictiefland-Oost", "Fictiefland-Oost"] + ANSWERS[4:]
    code, said = run_kit(dataset, answers)
    assert code == 0
    assert any("Wijchen" in line and "andere regio" in line for line in said)
    assert "wijchen" not in (dataset / "regions" / "fictiefland.yaml").read_text()


def test_the_kit_never_overwrites_a_region(dataset: Path) -> None:
    assert run_kit(dataset, ANSWERS)[0] == 0
    code, said = run_kit(dataset, ANSWERS)
    assert code == 1 and any("bestaat al" in line for line in said)
