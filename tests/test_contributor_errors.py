"""Typical contributor mistakes: the validator names the file and the line, and says in Dutch what to write instead."""

from __future__ import annotations

import re
from pathlib import Path

from support import validate


def edit(path: Path, old: str, new: str, whole_line: bool = False) -> int:
    """In the first line starting with `old` (after indentation), put `new` there (or make it the whole line)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.lstrip().startswith(old))
    lines[number] = new if whole_line else lines[number].replace(old, new, 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return number + 1


def report(dataset: Path, path: Path) -> list[tuple[int, int, str, str, str]]:
    """The validator's problems for one file: (line, column, field, message, tip)."""
    result = validate(dataset)
    assert result.returncode == 1, result.stderr
    pattern = re.compile(rf"^{re.escape(str(path))}:(\d+):(\d+): ([^:]*): (.*)\n    tip: (.*)$", re.M)
    return [(int(m[1]), int(m[2]), m[3], m[4], m[5]) for m in pattern.finditer(result.stderr)]


def test_misspelt_field(dataset: Path) -> None:
    path = dataset / "partners" / "testpartner-04.yaml"
    line = edit(path, "website:", "websiet:")
    problems = report(dataset, path)
    unknown = [p for p in problems if p[2] == "contact.websiet"]
    assert unknown, problems
    assert unknown[0][0] == line
    assert "onbekend veld 'websiet'" in unknown[0][3]
    assert "Bedoel je 'website'?" in unknown[0][4]


def test_date_written_the_dutch_way(dataset: Path) -> None:
    path = dataset / "partners" / "testpartner-05.yaml"
    line = edit(path, "last_verified:", "last_verified: 31-12-2025", whole_line=True)
    problems = report(dataset, path)
    assert [(p[0], p[2]) for p in problems] == [(line, "last_verified")]
    assert "'31-12-2025' is geen geldige waarde" in problems[0][3]
    assert "Schrijf een datum als JJJJ-MM-DD, dus 2025-12-31." == problems[0][4]


def test_question_names_a_partner_that_does_not_exist(dataset: Path) -> None:
    path = dataset / "questions" / "testvraag-00.yaml"
    line = edit(path, "- testpartner-02", "- testpartner-2")
    problems = report(dataset, path)
    missing = [p for p in problems if "er is geen partner met id 'testpartner-2'" in p[3]]
    assert missing, problems
    assert missing[0][0] == line and re.fullmatch(r"steps\[\d+\]\.partners\[\d+\]", missing[0][2])
    assert "Bedoel je 'testpartner-02'?" in missing[0][4]
    assert "data/partners/" in missing[0][4]


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
