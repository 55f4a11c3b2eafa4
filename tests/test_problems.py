"""Problems as text and as GitHub Actions annotations, so errors show on the changed line of a pull request."""

from __future__ import annotations

import re
from pathlib import Path

from support import validate

from wegwijzer.problems import WARNING, Problem, format_annotation, format_problem

ANNOTATION = re.compile(r"^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),title=([^:]+)::(.+)$")


def test_annotation_is_a_workflow_command_with_file_line_and_column() -> None:
    problem = Problem("data/partners/x.yaml", 12, 3, "contact.website", "'www.x.nl' is geen geldige waarde",
                      "Begin het webadres met https://, dus https://www.x.nl.")
    assert format_annotation(problem) == (
        "::error file=data/partners/x.yaml,line=12,col=3,title=contact.website::'www.x.nl' is geen geldige waarde "
        "Tip: Begin het webadres met https://, dus https://www.x.nl.")


def test_annotation_escapes_what_would_break_the_command() -> None:
    problem = Problem("data/a,b:c.yaml", 1, 1, "steps[0].text", "100% fout\nop twee regels", "", WARNING)
    line = format_annotation(problem)
    assert "\n" not in line
    assert line.startswith("::warning file=data/a%2Cb%3Ac.yaml,line=1,col=1,title=steps[0].text::")
    assert line.endswith("::100%25 fout%0Aop twee regels")


def test_annotation_without_field_names_the_file() -> None:
    assert "title=bestand::" in format_annotation(Problem("data/x.yaml", 1, 1, "", "het bestand is leeg"))


def test_text_format_is_path_line_column_field_message_and_tip() -> None:
    problem = Problem("data/partners/x.yaml", 4, 7, "kind", "'wijkteem' is geen toegestane waarde", "Bedoel je "
                      "'wijkteam'?")
    assert format_problem(problem) == ("data/partners/x.yaml:4:7: kind: 'wijkteem' is geen toegestane waarde\n"
                                       "    tip: Bedoel je 'wijkteam'?")


def test_validate_annotations_on_a_bad_file(dataset: Path) -> None:
    path = dataset / "partners" / "testpartner-03.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("last_verified:"))
    lines[number - 1] = "last_verified: 31-12-2025"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = validate(dataset, "--annotations")
    assert result.returncode == 1
    commands = [ANNOTATION.match(line) for line in result.stdout.splitlines() if line.startswith("::")]
    assert commands and all(commands), result.stdout
    errors = [m for m in commands if m[1] == "error"]
    assert len(errors) == 1
    error = errors[0]
    assert error[2].endswith("partners/testpartner-03.yaml") and Path(error[2]).resolve() == path.resolve()
    assert (int(error[3]), int(error[4])) == (number, len("last_verified: ") + 1)
    assert error[5] == "last_verified"
    assert "2025-12-31" in error[6]


def test_validate_annotations_quiet_when_all_is_well(dataset: Path) -> None:
    result = validate(dataset, "--annotations")
    assert result.returncode == 0
    assert not [line for line in result.stdout.splitlines() if line.startswith("::error")]
