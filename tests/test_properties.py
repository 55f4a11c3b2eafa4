"""Property-based: mutated records and random YAML never crash the loader, and every problem names file and line."""

from __future__ import annotations

import copy
import string
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wegwijzer.catalog import build_catalog
from wegwijzer.devtools.synth import write_dataset
from wegwijzer.problems import Problem
from wegwijzer.records.reader import parse_text
from wegwijzer.schemas import default_schemas

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAME = "data/partners/x.yaml"

# Pieces that make YAML interesting: structure, quoting, anchors, tags, directives, odd scalars and characters.
YAML_PIECES = ["id", "name", "themes", "areas", "steps", ":", ": ", " ", "  ", "\n", "\n  ", "- ", "-", "'", '"',
               "&a ", "*a", "<<: *a", "!!python/object/apply:os.system ['true']", "!!binary ", "!foo ", "\t", "---\n",
               "...\n", "{", "}", "[", "]", ", ", "#", "|\n", ">-\n", "? ", "%YAML 1.2\n", "%TAG ! x\n", "2026-11-22",
               "2026-13-45", "22-11-2026", "é", "\ufeff", "\x00", "\r\n", "\r", "null", "~", "0x1F", "0o17", "1e9999",
               ".nan", "-.inf", "yes", "no", "@", "`", "%", "\\", "\\x", "\u2028", "\U0001f600", "=", "<", "&", "!"]
yaml_text = st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=6)), max_size=60).map("".join)
dates = st.one_of(st.dates().map(str), st.sampled_from(["2026-02-30", "2026-13-01", "22-11-2026", "2026/11/22", "",
                                                        "0000-00-00", "9999-99-99", "gisteren", "2026-11-22T10:00"]))
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30), dates,
                    st.sampled_from(["javascript:alert(1)", "https://", "ftp://x.nl", "mailto:", "  ", "x" * 300]))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                        st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                      max_leaves=6)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path in a record, nested ones included."""
    found = [prefix] if prefix else []
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, child in children:
        found += _paths(child, prefix + (key,))
    return found


@st.composite
def mutations(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """A valid record with one to four fields dropped, renamed, retyped, or given random text or dates."""
    record = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(record)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = record
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        action = draw(st.sampled_from(["drop", "rename", "retype", "text", "date"]))
        if action == "drop":
            del parent[key]
        elif action == "rename" and isinstance(parent, dict):
            parent[draw(st.text(alphabet=string.ascii_lowercase + "_ ", min_size=1, max_size=12))] = parent.pop(key)
        elif action == "text":
            parent[key] = draw(st.text(max_size=60))
        elif action == "date":
            parent[key] = draw(dates)
        else:
            parent[key] = draw(values)
    return record


def _check(problems: list[Problem], files: set[str]) -> None:
    for problem in problems:
        assert problem.file in files, problem
        assert problem.line >= 1 and problem.column >= 1, problem
        assert problem.message, problem


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small valid fictitious data set; each example overwrites one of its files."""
    return write_dataset(3, tmp_path_factory.mktemp("props") / "data")


def _base(folder: Path, kind: str, name: str) -> dict[str, Any]:
    return yaml.safe_load((folder / kind / f"{name}.yaml").read_text(encoding="utf-8"))


def _files(folder: Path) -> set[str]:
    return {str(path.resolve()) for path in folder.rglob("*")} | {str(folder.resolve())}


@SETTINGS
@given(text=st.one_of(yaml_text, st.text()))
def test_random_text_never_crashes_the_loader(text: str) -> None:
    record, problems = parse_text(text, NAME, "partner")
    assert record is not None or problems
    _check(problems, {NAME})
    if record is not None:
        assert isinstance(record.data, dict)
        for path in _paths(record.data):
            line, column = record.position(path)
            assert line >= 1 and column >= 1


@SETTINGS
@given(data=st.binary(max_size=300))
def test_random_bytes_never_crash_the_catalog(folder: Path, data: bytes) -> None:
    target = folder / "partners" / "zz-random.yaml"
    target.write_bytes(data)
    try:
        catalog = build_catalog(folder)
    finally:
        target.unlink()
    _check(catalog.problems, _files(folder) | {str(target.resolve())})


@pytest.mark.parametrize(("kind", "name"), [("partners", "testpartner-1"), ("questions", "testvraag-0"),
                                            ("regions", "fictieve-regio-zuid")])
def test_mutated_records_are_rejected_with_file_and_line(folder: Path, kind: str, name: str) -> None:
    base = _base(folder, kind, name)
    target = folder / kind / f"{name}.yaml"
    original = target.read_text(encoding="utf-8")
    schemas = default_schemas()

    @SETTINGS
    @given(record=mutations(base))
    def check(record: dict[str, Any]) -> None:
        text = yaml.safe_dump(record, allow_unicode=True, sort_keys=False)
        target.write_text(text, encoding="utf-8")
        catalog = build_catalog(folder)
        _check(catalog.problems, _files(folder))
        parsed, _ = parse_text(text, name, kind.removesuffix("s"))
        if parsed is None or not schemas.is_valid(parsed.kind, parsed.data):
            assert any(p.is_error and p.file == str(target.resolve()) for p in catalog.problems), \
                "een ongeldig record is niet gemeld"

    try:
        check()
    finally:
        target.write_text(original, encoding="utf-8")
