"""The package's shape (issue 25): each rule of the shared domain model is written once, in wegwijzer/domain.py; the
package has few modules at its top level; every check is one module in checks/, listed once in CHECKS, and validate
runs them all."""

from __future__ import annotations

import ast
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path

import pytest
from support import validate

from wegwijzer import checks, domain
from wegwijzer.checks import CHECKS, Context, whole_records
from wegwijzer.cli import main
from wegwijzer.domain import MONTHS, PAGE_FOLDERS, ROOT
from wegwijzer.render.urls import PREFIX

PYTHON = [path for folder in ("wegwijzer", "hooks", "scripts", "tests")
          for path in sorted((ROOT / folder).rglob("*.py"))]
ID_RULE = domain.ID_PATTERN.strip("^$")


def second_definitions(source: str) -> list[str]:
    """Where a text defines the id pattern or a Dutch month name again: (line) what."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if ID_RULE in node.value:
                found.append(f"{node.lineno}: the id pattern")
            elif node.value in MONTHS:
                found.append(f"{node.lineno}: the month name {node.value}")
    return found


def test_the_detector_finds_a_copied_id_pattern_or_month_list() -> None:
    copy = 'import re\n_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")\nNAMES = ["januari", "februari"]\n'
    assert second_definitions(copy) == ["2: the id pattern", "3: the month name januari",
                                        "3: the month name februari"]
    assert second_definitions("from wegwijzer.domain import ID_PATTERN, MONTHS\n") == []


def test_the_id_pattern_and_the_month_names_are_defined_only_in_the_domain_model() -> None:
    found = {path.relative_to(ROOT).as_posix(): second_definitions(path.read_text(encoding="utf-8"))
             for path in PYTHON if path != Path(domain.__file__) and path != Path(__file__)}
    assert {path: lines for path, lines in found.items() if lines} == {}
    assert len(second_definitions(Path(domain.__file__).read_text(encoding="utf-8"))) == 1 + len(MONTHS)


def test_the_page_folders_of_the_urls_are_the_domain_models() -> None:
    assert {kind: PREFIX[kind] for kind in PAGE_FOLDERS} == PAGE_FOLDERS
    assert PREFIX["route"] == PAGE_FOLDERS["question"]


def test_the_package_has_at_most_ten_modules_at_its_top_level() -> None:
    top = sorted(path.name for path in (ROOT / "wegwijzer").glob("*.py"))
    assert len(top) <= 10, top


def test_every_module_in_checks_is_a_check_listed_once_in_checks() -> None:
    modules = {info.name for info in pkgutil.iter_modules(checks.__path__)}
    listed = [check.__name__.removeprefix("wegwijzer.checks.") for check in CHECKS]
    assert sorted(listed) == sorted(modules) and len(set(listed)) == len(listed)
    for check in CHECKS:
        assert list(inspect.signature(check.check).parameters) == ["context"], check.__name__


def test_validate_runs_every_check(dataset: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    ran: list[str] = []
    for check in CHECKS:
        def spy(context: Context, real: Callable[[Context], list] = check.check, name: str = check.__name__) -> list:
            ran.append(name)
            return real(context)

        monkeypatch.setattr(check, "check", spy)
    assert main(["--data", str(dataset), "validate"]) == 0
    assert ran == [check.__name__ for check in CHECKS if not whole_records(check)] + [
        check.__name__ for check in CHECKS if whole_records(check)]
    assert "In orde" in capsys.readouterr().err


def test_validate_reports_glossary_drift_in_the_data_as_a_warning(dataset: Path) -> None:
    path = dataset / "partners" / "testpartner-03.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("description: Fictieve", "description: De zorgmakelaar van een fictieve"), "utf-8")
    result = validate(dataset)
    assert result.returncode == 0, result.stderr
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if text.startswith("description:"))
    assert (f"{path}:{line}:17: (bestand): waarschuwing: \"zorgmakelaar\" wijkt af van de begrippenlijst\n"
            "    tip: Schrijf zorgregisseur (zie docs/begrippen.md).") in result.stderr
