"""The package's shape (issue 25): each rule of the shared domain model is written once, in wegwijzer/domain.py."""

from __future__ import annotations

import ast
from pathlib import Path

from wegwijzer import domain
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
