"""Editors complete fields and flag errors: every data file names its schema, and VS Code maps every folder."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from wegwijzer.domain import KIND_OF_FOLDER, ROOT

SCHEMA_COMMENT = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")
DATA_FILES = sorted((ROOT / "data").glob("*/*.yaml"))


def first_line(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig").split("\n", 1)[0].rstrip("\r")


def test_there_are_data_files() -> None:
    assert len(DATA_FILES) > 50


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_data_file_starts_with_its_schema(path: Path) -> None:
    match = SCHEMA_COMMENT.match(first_line(path))
    assert match, f"{path}: de eerste regel moet '# yaml-language-server: $schema=...' zijn"
    kind = KIND_OF_FOLDER[path.parent.name]
    assert match[1] == f"../../schemas/{kind}.schema.json"
    assert (path.parent / match[1]).resolve().is_file()


@pytest.mark.parametrize("path", sorted((ROOT / "schemas" / "examples").glob("*.yaml")), ids=lambda p: p.name)
def test_example_starts_with_its_schema(path: Path) -> None:
    match = SCHEMA_COMMENT.match(first_line(path))
    assert match and match[1] == f"../{path.stem}.schema.json"
    assert (path.parent / match[1]).resolve().is_file()


def test_vscode_maps_every_data_folder_to_its_schema() -> None:
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    folders = set(KIND_OF_FOLDER) | {p.name for p in (ROOT / "data").iterdir() if p.is_dir()}
    for folder in folders:
        schema = f"./schemas/{KIND_OF_FOLDER[folder]}.schema.json"
        assert f"data/{folder}/*.yaml" in mapping.get(schema, []), f"{folder} ontbreekt in .vscode/settings.json"
    for schema in mapping:
        assert (ROOT / schema).is_file(), schema


def test_vscode_recommends_the_yaml_extension() -> None:
    extensions = json.loads((ROOT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]
