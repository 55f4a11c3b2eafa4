"""Typical contributor mistakes: the validator names the file and the line, and says in Dutch what to write instead."""

from __future__ import annotations

import re
from pathlib import Path

from support import validate

from wegwijzer.catalog import build_catalog
from wegwijzer.problems import Problem, format_problem


def edit(path: Path, old: str, new: str, whole_line: bool = False) -> int:
    """In the first line starting with `old` (after indentation), put `new` there (or make it the whole line)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.lstrip().startswith(old))
    lines[number] = new if whole_line else lines[number].replace(old, new, 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return number + 1


def report(dataset: Path, path: Path) -> list[Problem]:
    """The validator's errors in one file, each located and with a tip (shown in the terminal as it says)."""
    result = validate(dataset)
    assert result.returncode == 1, result.stderr
    errors = [p for p in build_catalog(dataset).problems if p.file == str(path) and p.is_error]
    for problem in errors:
        assert format_problem(problem) in result.stderr and problem.hint
    return errors


def test_misspelt_field(dataset: Path) -> None:
    path = dataset / "partners" / "testpartner-04.yaml"
    line = edit(path, "website:", "websiet:")
    problems = report(dataset, path)
    unknown = [p for p in problems if p.field == "contact.websiet"]
    assert [(p.code, p.line) for p in unknown] == [("unknown-field", line)], problems
    assert "'website'" in unknown[0].hint  # the field it most resembles


def test_date_written_the_dutch_way(dataset: Path) -> None:
    path = dataset / "partners" / "testpartner-05.yaml"
    line = edit(path, "last_verified:", "last_verified: 31-12-2025", whole_line=True)
    problems = report(dataset, path)
    assert [(p.code, p.line, p.field) for p in problems] == [("format", line, "last_verified")]
    assert "2025-12-31" in problems[0].hint  # the date written as it should be


def test_question_names_a_partner_that_does_not_exist(dataset: Path) -> None:
    path = dataset / "questions" / "testvraag-00.yaml"
    line = edit(path, "- testpartner-02", "- testpartner-2")
    problems = report(dataset, path)
    missing = [p for p in problems if p.code == "unknown-reference"]
    assert [p.line for p in missing] == [line], problems
    assert re.fullmatch(r"steps\[\d+\]\.partners\[\d+\]", missing[0].field)
    assert "'testpartner-2'" in missing[0].message and "'testpartner-02'" in missing[0].hint


def test_errors_only_and_only_the_named_files(dataset: Path) -> None:
    partner = dataset / "partners" / "testpartner-01.yaml"
    partner.write_text(partner.read_text().replace("last_verified:", "last_verifed:"))
    question = dataset / "questions" / "testvraag-01.yaml"
    question.write_text(question.read_text().replace("text: Fictieve eerste stap.",
                                                     "text: In Fictiefdorp fictief."))
    everything = validate(dataset)
    assert "testpartner-01.yaml" in everything.stderr and "testvraag-01.yaml" in everything.stderr
    errors_only = validate(dataset, "--errors-only")
    assert errors_only.returncode == 1
    assert "testpartner-01.yaml" in errors_only.stderr and "waarschuwing:" not in errors_only.stderr
    mine = validate(dataset, str(question))
    assert mine.returncode == 0, mine.stderr
    assert "testvraag-01.yaml" in mine.stderr and "testpartner-01.yaml" not in mine.stderr
    assert re.search(r"in andere bestanden staan nog \d+ fout\(en\)", mine.stderr)
    theirs = validate(dataset, str(partner))
    assert theirs.returncode == 1 and "testvraag-01.yaml" not in theirs.stderr
