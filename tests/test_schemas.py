"""Every schema is valid draft-07, documented in Dutch, and has an example and cases that must pass and fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from jsonschema import Draft7Validator

from wegwijzer.records.reader import parse_text
from wegwijzer.schemas import SCHEMA_DIR, Schemas

SCHEMAS = Schemas()
SCHEMA_KINDS = sorted(name.removesuffix(".schema.json") for name in SCHEMAS.raw if name != "common.schema.json")
CASES = Path(__file__).parent / "schema_cases"


def _load(path: Path, kind: str) -> dict:
    record, problems = parse_text(path.read_text(encoding="utf-8"), str(path), kind)
    assert record is not None and not problems, problems
    return record.data


def _errors(kind: str, data: dict) -> list[str]:
    return [error.message for error in SCHEMAS.validator(kind).iter_errors(data)]


@pytest.mark.parametrize("name", sorted(SCHEMAS.raw))
def test_schema_is_valid_draft7(name: str) -> None:
    schema = SCHEMAS.raw[name]
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    Draft7Validator.check_schema(schema)


def _properties(node: object, path: str = ""):
    if isinstance(node, dict):
        for key, value in node.get("properties", {}).items():
            yield f"{path}.{key}", value
        for key, value in node.items():
            if key != "properties":
                yield from _properties(value, f"{path}/{key}")
    elif isinstance(node, list):
        for item in node:
            yield from _properties(item, path)


@pytest.mark.parametrize("kind", SCHEMA_KINDS)
def test_every_field_has_a_dutch_title_and_description(kind: str) -> None:
    for path, node in _properties(SCHEMAS.schema(kind)):
        resolved, _ = SCHEMAS.resolve(node, f"{kind}.schema.json")
        assert resolved.get("title"), f"{kind}{path} has no title"
        assert resolved.get("description"), f"{kind}{path} has no description"


@pytest.mark.parametrize("kind", SCHEMA_KINDS)
def test_example_is_valid(kind: str) -> None:
    example = SCHEMA_DIR / "examples" / f"{kind}.yaml"
    assert example.exists(), f"schemas/examples/{kind}.yaml is missing"
    data = _load(example, kind)
    assert _errors(kind, data) == []
    assert SCHEMAS.is_valid(kind, data)


@pytest.mark.parametrize("kind", SCHEMA_KINDS)
def test_cases_exist(kind: str) -> None:
    assert list((CASES / kind / "valid").glob("*.yaml")), f"no valid cases for {kind}"
    assert len(list((CASES / kind / "invalid").glob("*.yaml"))) >= 2, f"fewer than 2 invalid cases for {kind}"


@pytest.mark.parametrize("path", sorted(CASES.glob("*/valid/*.yaml")), ids=lambda p: f"{p.parts[-3]}/{p.name}")
def test_valid_cases_pass(path: Path) -> None:
    kind = path.parts[-3]
    data = _load(path, kind)
    assert _errors(kind, data) == []
    assert SCHEMAS.is_valid(kind, data)


@pytest.mark.parametrize("path", sorted(CASES.glob("*/invalid/*.yaml")), ids=lambda p: f"{p.parts[-3]}/{p.name}")
def test_invalid_cases_fail(path: Path) -> None:
    kind = path.parts[-3]
    data = _load(path, kind)
    assert _errors(kind, data), f"{path.name} should be rejected"
    assert not SCHEMAS.is_valid(kind, data), "the quick validator must agree with python-jsonschema"


def test_labels_come_from_the_schema() -> None:
    assert SCHEMAS.themes["verzuim"] == "Verzuim"
    assert SCHEMAS.labels("partner", ("access", "consent"))["nodig"] == "Toestemming van ouders is nodig"
