"""The JSON Schemas in schemas/: loading, a validator per kind, and the Dutch labels they carry."""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import Any

import jsonschema_rs
from jsonschema import Draft7Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from wegwijzer.domain import ROOT

SCHEMA_DIR = ROOT / "schemas"


class Schemas:
    """All schemas of one schemas/ folder, resolved against each other by file name."""

    def __init__(self, folder: Path = SCHEMA_DIR) -> None:
        self.folder = folder
        self.raw: dict[str, dict[str, Any]] = {
            path.name: json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.schema.json"))
        }
        self.registry = Registry().with_resources(
            (name, Resource.from_contents(schema, default_specification=DRAFT7)) for name, schema in self.raw.items()
        )
        self._validators: dict[str, Draft7Validator] = {}
        self._labels: dict[tuple[str, tuple[Any, ...]], dict[str, str]] = {}
        self._fast: dict[str, jsonschema_rs.Draft7Validator] = {}

    def has(self, kind: str) -> bool:
        return f"{kind}.schema.json" in self.raw

    def schema(self, kind: str) -> dict[str, Any]:
        return self.raw[f"{kind}.schema.json"]

    def validator(self, kind: str) -> Draft7Validator:
        if kind not in self._validators:
            self._validators[kind] = Draft7Validator(
                self.schema(kind), registry=self.registry, format_checker=FormatChecker()
            )
        return self._validators[kind]

    def is_valid(self, kind: str, instance: Any) -> bool:
        """Quick yes/no from the compiled (Rust) validator; messages come from `validator` only when needed."""
        if kind not in self._fast:
            registry = jsonschema_rs.Registry(list(self.raw.items()))
            self._fast[kind] = jsonschema_rs.Draft7Validator(self.schema(kind), registry=registry,
                                                             validate_formats=True)
        return bool(self._fast[kind].is_valid(instance))

    def resolve(self, node: dict[str, Any], base: str) -> tuple[dict[str, Any], str]:
        """Follow `$ref`s from a schema node (found in file `base`); outer keywords win over referenced ones."""
        merged = {k: v for k, v in node.items() if k != "$ref"}
        for _ in range(20):
            if "$ref" not in node:
                break
            target, _, pointer = node["$ref"].partition("#")
            base = target or base
            node = self._pointer(self.raw[base], pointer)
            merged = {**{k: v for k, v in node.items() if k != "$ref"}, **merged}
        return merged, base

    @staticmethod
    def _pointer(document: dict[str, Any], pointer: str) -> dict[str, Any]:
        node: Any = document
        for part in (p for p in pointer.split("/") if p):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def field(self, kind: str, path: tuple[Any, ...]) -> dict[str, Any]:
        """The schema node describing the value at `path` in a record of `kind` (merged with its `$ref` target)."""
        base = f"{kind}.schema.json"
        node: dict[str, Any] = self.raw[base]
        for part in path:
            node, base = self.resolve(node, base)
            if isinstance(part, int):
                node = node.get("items", {})
            elif "properties" not in node and "anyOf" in node:  # a text or a block: the block's fields
                options = [self.resolve(option, base) for option in node["anyOf"]]
                node, base = next(((o, b) for o, b in options if part in o.get("properties", {})), ({}, base))
                node = node.get("properties", {}).get(part, {})
            else:
                node = node.get("properties", {}).get(part, {})
        return self.resolve(node, base)[0]

    def title(self, kind: str, path: tuple[Any, ...]) -> str:
        return str(self.field(kind, path).get("title", path[-1] if path else kind))

    def labels(self, kind: str, path: tuple[Any, ...]) -> dict[str, str]:
        """Dutch labels of an enumerated field: value → enumDescriptions entry (looked up once per field)."""
        if (kind, path) not in self._labels:
            node = self.field(kind, path)
            self._labels[kind, path] = dict(zip(node.get("enum", []),
                                                node.get("enumDescriptions", node.get("enum", []))))
        return dict(self._labels[kind, path])

    @cached_property
    def themes(self) -> dict[str, str]:
        return self.labels("partner", ("themes", 0))

    def partner_labels(self) -> dict[str, dict[str, str]]:
        """The Dutch labels of a partner's enumerated fields, by field: kind, theme, route and consent."""
        return {
            "kind": self.labels("partner", ("kind",)),
            "theme": self.themes,
            "route": self.labels("partner", ("access", "routes", 0)),
            "consent": self.labels("partner", ("access", "consent")),
        }


_default: Schemas | None = None


def default_schemas() -> Schemas:
    """The project's own schemas, loaded once."""
    global _default
    if _default is None:
        _default = Schemas()
    return _default
