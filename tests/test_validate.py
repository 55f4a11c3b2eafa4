"""Schema problems become Dutch messages that point at the right line, with a hint that says what to write."""

from __future__ import annotations

import hashlib
from pathlib import Path

from support import validate

from wegwijzer.catalog import build_catalog

GOOD = """\
id: {id}
name: Testpartner
kind: hulplijn
description: Een fictieve hulplijn.
themes: [veiligheid]
areas: [landelijk]
access:
  routes: [school]
  consent: nodig
contact:
  website: https://example.org
sources:
  - url: https://example.org/bron
    title: Bron
    kind: eigen
    accessed: 2026-11-01
last_verified: 2026-11-01
"""


def problems_for(dataset: Path, name: str, text: str, kind_dir: str = "partners"):
    path = dataset / kind_dir / name
    path.write_text(text, encoding="utf-8")
    catalog = build_catalog(dataset)
    return [p for p in catalog.problems if p.file.endswith(f"{kind_dir}/{name}") and p.is_error]


def test_good_file_has_no_problems(dataset: Path) -> None:
    assert problems_for(dataset, "goed.yaml", GOOD.format(id="goed")) == []


def test_unknown_field_points_at_the_key_and_suggests_the_right_one(dataset: Path) -> None:
    text = GOOD.format(id="test-x").replace("description:", "descripton:")
    problems = problems_for(dataset, "test-x.yaml", text)
    assert [(p.code, p.line, p.column, p.field) for p in problems] == [
        ("required", 1, 1, "description"), ("unknown-field", 4, 1, "descripton")]
    assert "'description'" in problems[1].hint  # the field it most resembles


def test_dutch_date_gets_the_right_date_as_hint(dataset: Path) -> None:
    text = GOOD.format(id="test-x").replace("last_verified: 2026-11-01", "last_verified: 31-12-2025")
    problems = problems_for(dataset, "test-x.yaml", text)
    assert [(p.code, p.line, p.field) for p in problems] == [("format", 17, "last_verified")]
    assert "2025-12-31" in problems[0].hint


def test_bad_email_url_and_phone(dataset: Path) -> None:
    text = GOOD.format(id="test-x").replace("  website: https://example.org",
                                       "  website: www.example.org\n  phone: bel ons\n  email: info(at)x.nl")
    problems = problems_for(dataset, "test-x.yaml", text)
    assert [(p.code, p.line, p.field) for p in problems] == [
        ("format", 11, "contact.website"), ("pattern", 12, "contact.phone"), ("format", 13, "contact.email")]
    assert "https://www.example.org" in problems[0].hint  # the address with the scheme it lacks


def test_wrong_types(dataset: Path) -> None:
    text = GOOD.format(id="test-x").replace("themes: [veiligheid]", "themes: veiligheid").replace(
        "name: Testpartner", "name: yes")
    problems = problems_for(dataset, "test-x.yaml", text)
    assert [(p.code, p.line, p.field) for p in problems] == [("type", 2, "name"), ("type", 5, "themes")]


def test_enum_suggestion(dataset: Path) -> None:
    text = GOOD.format(id="test-x").replace("kind: hulplijn", "kind: hulplijnen")
    problems = problems_for(dataset, "test-x.yaml", text)
    assert [(p.code, p.line, p.field) for p in problems] == [("enum", 3, "kind")]
    assert "'hulplijn'" in problems[0].hint  # the allowed value it most resembles


def test_id_must_match_file_name(dataset: Path) -> None:
    problems = problems_for(dataset, "andere-naam.yaml", GOOD.format(id="test-x"))
    assert [(p.code, p.line, p.field) for p in problems] == [("id-not-file-name", 1, "id")]
    assert "id: andere-naam" in problems[0].hint


def test_bad_id_pattern_suggests_a_slug(dataset: Path) -> None:
    problems = problems_for(dataset, "test-x.yaml", GOOD.format(id="Veilig Thuis!"))
    assert any(p.code == "invalid-id" and p.field == "id" and "veilig-thuis" in p.hint for p in problems)


def test_make_validate_reports_all_three_problems_and_leaves_the_file_alone(dataset: Path) -> None:
    """The acceptance check of issue 2: duplicate key, unknown field and bad e-mail in one new file."""
    text = GOOD.format(id="nieuw").replace("name: Testpartner", "name: Testpartner\nname: Nog een naam").replace(
        "kind: hulplijn", "kind: hulplijn\nwebsite: https://example.org").replace(
        "  website: https://example.org\n", "  website: https://example.org\n  email: geen-adres\n")
    path = dataset / "partners" / "nieuw.yaml"
    path.write_text(text, encoding="utf-8")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = validate(dataset)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if "nieuw.yaml:" in line]
    assert any(":3:1: name:" in line for line in lines), lines
    assert any(":5:1: website:" in line for line in lines), lines
    assert any(":14:10: contact.email:" in line for line in lines), lines
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_problems_in_several_files_are_all_reported(dataset: Path) -> None:
    (dataset / "partners" / "a.yaml").write_text("id: a\nname: [\n", encoding="utf-8")
    (dataset / "partners" / "b.yaml").write_text("", encoding="utf-8")
    (dataset / "partners" / "c.yaml").write_text(GOOD.format(id="c").replace("kind: hulplijn", "kind: 3"))
    result = validate(dataset)
    assert result.returncode == 1
    for name in ("a.yaml:", "b.yaml:1:1", "c.yaml:3:"):
        assert name in result.stderr


def test_valid_data_exits_zero(dataset: Path) -> None:
    result = validate(dataset)
    assert result.returncode == 0, result.stderr
    assert "In orde" in result.stderr
