"""Read YAML data files into plain values, remembering where every key and value stands."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from wegwijzer.problems import Problem

# Folder under data/ → record kind (and schemas/<kind>.schema.json).
KINDS = {
    "regions": "region",
    "partners": "partner",
    "questions": "question",
    "competencies": "competency",
    "roles": "role",
    "profiles": "profile",
    "tasks": "task",
    "milestones": "milestone",
    "synonyms": "synonym",
}

Path_ = tuple[Any, ...]

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader that keeps dates as text, so the schema checks their format."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
# No path resolvers are used; skipping their bookkeeping makes loading much faster.
_Loader.descend_resolver = lambda self, parent, index: None  # type: ignore[method-assign]
_Loader.ascend_resolver = lambda self: None  # type: ignore[method-assign]


class _Fallback(Exception):
    """The quick reading met something the careful reading must explain."""


class _FastLoader(_Loader):
    """Quick reading of ordinary files; anything unusual falls back to the careful, position-keeping reader."""

    def construct_document(self, node: yaml.Node) -> Any:
        return self._value(node)

    def _value(self, node: yaml.Node) -> Any:
        tag = node.tag
        if tag == _STR:
            return node.value
        if tag == _MAP:
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = key_node.value
                if key_node.tag != _STR or key in result:
                    raise _Fallback
                result[key] = self._value(value_node)
            return result
        if tag == _SEQ:
            return [self._value(child) for child in node.value]
        if tag in _SAFE_TAGS:
            return self.construct_object(node)
        raise _Fallback


_STR, _MAP, _SEQ = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
_SAFE_TAGS = {_STR, _MAP, _SEQ, "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
              "tag:yaml.org,2002:null"}


@dataclass
class Record:
    """One data file: its kind, parsed content and (computed when first needed) where every value stands."""

    kind: str
    path: str
    data: dict[str, Any]
    text: str = field(default="", repr=False)
    _positions: dict[Path_, tuple[int, int]] | None = field(default=None, repr=False)
    source: Path | None = field(default=None, repr=False)

    @property
    def positions(self) -> dict[Path_, tuple[int, int]]:
        if self._positions is None:
            text = self.text or (self.source.read_bytes().decode("utf-8-sig") if self.source else "")
            builder = _Builder(_Loader(text), self.path)
            node = builder.loader.get_single_node()
            builder.build(node, ())
            builder.loader.dispose()
            self._positions = builder.positions
        return self._positions

    @property
    def id(self) -> str:
        value = self.data.get("id")
        return value if isinstance(value, str) else Path(self.path).stem

    @property
    def stem(self) -> str:
        return Path(self.path).stem

    def position(self, path: Path_) -> tuple[int, int]:
        """Line and column of the value at `path`, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def key_position(self, path: Path_) -> tuple[int, int]:
        """Line and column of the key that names `path` (for unknown fields)."""
        return self.positions.get(("key",) + tuple(path)) or self.position(path)


class _Builder:
    """Turn a composed YAML node tree into Python values, collecting problems on the way."""

    def __init__(self, loader: _Loader, file: str) -> None:
        self.loader = loader
        self.file = file
        self.positions: dict[Path_, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self.seen: set[int] = set()

    def problem(self, node: yaml.Node, path: Path_, message: str, hint: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.file, mark.line + 1, mark.column + 1, _dotted(path), message, hint))

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if id(node) in self.seen:
            line, column = self.positions.get(("key",) + path, self.positions[path])
            self.problems.append(Problem(self.file, line, column, _dotted(path),
                                         "verwijzingen (*naam) en ankers (&naam) worden niet gebruikt",
                                         "Schrijf de waarde gewoon voluit op deze plek."))
            return None
        self.seen.add(id(node))
        if node.tag not in _SAFE_TAGS:
            self.problem(node, path, f"het label {node.tag!r} wordt niet ondersteund",
                         "Haal het label (het woord dat met ! begint) weg en schrijf de waarde als gewone tekst.")
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child, path + (index,)) for index, child in enumerate(node.value)]
        if node.tag == "tag:yaml.org,2002:str":
            return node.value
        try:
            return self.loader.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError) as error:
            self.problem(node, path, f"deze waarde is niet te lezen ({error})",
                         "Zet de waarde tussen aanhalingstekens als het tekst is.")
            return None

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
                self.problem(key_node, path, "een veldnaam moet gewone tekst zijn",
                             "Schrijf veldnamen als woorden in kleine letters, bijvoorbeeld name:.")
                continue
            key = key_node.value
            if key in result:
                first = self.positions.get(("key",) + path + (key,), (0, 0))[0]
                self.problem(key_node, path + (key,), f"het veld '{key}' staat twee keer in dit blok "
                             f"(ook op regel {first})",
                             "Houd één van de twee over; anders gaat de eerste waarde ongemerkt verloren.")
                continue
            self.positions[("key",) + path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = self.build(value_node, path + (key,))
        return result


def _dotted(path: Path_) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def parse_text(text: str, file: str, kind: str) -> tuple[Record | None, list[Problem]]:
    """Parse one YAML document; return the record (None if unusable) and every problem found."""
    if not any(mark in text for mark in "&*!"):
        try:
            data = yaml.load(text, Loader=_FastLoader)  # noqa: S506 - a SafeLoader subclass
        except (_Fallback, yaml.YAMLError, ValueError, OverflowError):
            data = None
        if isinstance(data, dict):
            return Record(kind, file, data, text), []
    return _parse_carefully(text, file, kind)


def _parse_carefully(text: str, file: str, kind: str) -> tuple[Record | None, list[Problem]]:
    if not text.strip() or all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        return None, [Problem(file, 1, 1, "", "het bestand is leeg",
                              "Vul de velden in, of verwijder het bestand als het niet nodig is.")]
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, [Problem(file, line, column, "", f"dit is geen geldige YAML: {error.problem or error}",
                              _yaml_hint(error, text))]
    except yaml.YAMLError as error:
        return None, [Problem(file, 1, 1, "", f"dit is geen geldige YAML: {error}", _yaml_hint(error, text))]
    finally:
        loader.dispose()
    if node is None:
        return None, [Problem(file, 1, 1, "", "het bestand is leeg",
                              "Vul de velden in, of verwijder het bestand als het niet nodig is.")]
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        return None, [Problem(file, 1, 1, "", "het bestand is leeg",
                              "Vul de velden in, of verwijder het bestand als het niet nodig is.")]
    builder = _Builder(loader, file)
    data = builder.build(node, ())
    if not isinstance(data, dict):
        line, column = builder.positions[()]
        builder.problems.append(Problem(file, line, column, "", "het bestand moet een lijst van velden zijn "
                                        "(veldnaam: waarde)", "Begin elke regel met een veldnaam, zoals id: ..."))
        return None, builder.problems
    return Record(kind, file, data, text, builder.positions), builder.problems


def _yaml_hint(error: yaml.YAMLError, source: str = "") -> str:
    text = str(error)
    mark = getattr(error, "problem_mark", None)
    lines = source.splitlines()
    line = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    if "'\\t'" in text or "\t" in text or "\t" in line[: mark.column + 1 if mark else 0]:
        return "Gebruik spaties om in te springen, geen tabs."
    if "mapping values are not allowed" in text:
        return "Staat er een dubbele punt (:) in een tekst? Zet de hele tekst dan tussen aanhalingstekens."
    if "could not find expected ':'" in text or "could not find expected" in text:
        return "Controleer of elke regel de vorm 'veld: waarde' heeft en of aanhalingstekens gesloten zijn."
    if "expected a single document" in text:
        return "Een databestand bevat één record; haal de extra --- weg."
    return "Controleer inspringing (spaties), dubbele punten en aanhalingstekens rond deze regel."


def read_file(path: Path, kind: str, name: str | None = None) -> tuple[Record | None, list[Problem]]:
    """Read and parse one data file; `name` is how messages show its path."""
    name = name or _display(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return None, [Problem(name, 1, 1, "", f"het bestand is geen UTF-8-tekst ({error.reason})",
                              "Sla het bestand op als UTF-8.")]
    record, problems = parse_text(text, name, kind)
    if record is not None:
        record.source = path
        if record._positions is None:
            record.text = ""  # read again only if a problem needs a position
    return record, problems


def _display(path: Path) -> str:
    """Path as shown in messages: relative to the working directory when inside it, else absolute."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def discover(data_dir: Path) -> tuple[list[tuple[Path, str, str]], list[Problem]]:
    """List the data files to read as (path, kind, display name); files starting with _ are templates."""
    files: list[tuple[Path, str, str]] = []
    problems: list[Problem] = []
    if not data_dir.is_dir():
        return [], [Problem(_display(data_dir), 1, 1, "", "de datamap bestaat niet",
                            "Controleer WEGWIJZER_DATA of maak de map data/ aan.")]
    for folder in sorted(p for p in data_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
        kind = KINDS.get(folder.name)
        if kind is None:
            problems.append(Problem(_display(folder), 1, 1, "", "onbekende map in de data",
                                    "Bekende mappen: " + ", ".join(sorted(KINDS)) + ".", "warning"))
            continue
        shown = _display(folder)
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            path = Path(entry.path)
            if entry.name.startswith(("_", ".")) or entry.is_dir():
                continue
            if path.suffix == ".yaml":
                files.append((path, kind, f"{shown}/{path.name}"))
            else:
                problems.append(Problem(_display(path), 1, 1, "", "dit bestand wordt niet gelezen",
                                        "Databestanden eindigen op .yaml (niet .yml of iets anders)."))
    return files, problems
