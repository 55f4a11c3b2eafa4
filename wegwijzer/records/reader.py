"""Read YAML data files into plain values, remembering where every key and value stands."""

from __future__ import annotations

import bisect
import difflib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from wegwijzer.domain import KIND_OF_FOLDER, DataPath, dotted
from wegwijzer.problems import Problem
from wegwijzer.records import numbers, text_checks

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
            if tag in numbers.NUMBER_TAGS and numbers.careful(tag, node.value):
                raise _Fallback
            return self.construct_object(node)
        raise _Fallback


# What `make new-region` writes where a fact is still to be looked up: never published (records/validate.py).
PLACEHOLDER = "AANVULLEN"

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
    _positions: dict[DataPath, tuple[int, int]] | None = field(default=None, repr=False)
    source: Path | None = field(default=None, repr=False)
    # The file holds invisible characters (or escapes that may write them): its texts get a closer look.
    suspicious: bool = field(default=False, repr=False)
    # Numbers not written as plain decimals (012, 0x8, 1_8): path → (message, hint)
    odd_numbers: dict[DataPath, tuple[str, str]] = field(default_factory=dict, repr=False)
    floats: list[DataPath] = field(default_factory=list, repr=False)  # where a number with a point stands
    # The text may still say PLACEHOLDER (False only when the parser saw that it does not).
    placeholder: bool = field(default=True, repr=False)
    # What a check worked out from this record alone, by the check's key: a changed file is a new Record.
    derived: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def positions(self) -> dict[DataPath, tuple[int, int]]:
        if self._positions is None:
            text = self.text or (self.source.read_bytes().decode("utf-8-sig") if self.source else "")
            builder = _Builder(_Loader(text), self.path, text)
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
        return os.path.splitext(os.path.basename(self.path))[0]

    def position(self, path: DataPath) -> tuple[int, int]:
        """Line and column of the value at `path`, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def key_position(self, path: DataPath) -> tuple[int, int]:
        """Line and column of the key that names `path` (for unknown fields)."""
        return self.positions.get(("key",) + tuple(path)) or self.position(path)


class _Builder:
    """Turn a composed YAML node tree into Python values, collecting problems on the way."""

    def __init__(self, loader: _Loader, file: str, text: str = "") -> None:
        self.loader = loader
        self.file = file
        self.positions: dict[DataPath, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self.seen: set[int] = set()
        self.where = _Positions(text)
        self.odd: dict[DataPath, tuple[str, str]] = {}
        self.floats: list[DataPath] = []

    def problem(self, code: str, node: yaml.Node, path: DataPath, message: str, hint: str) -> None:
        self.problems.append(Problem(self.file, *self.where(node.start_mark), dotted(path), message, hint, code=code))

    def build(self, node: yaml.Node, path: DataPath) -> Any:
        self.positions[path] = self.where(node.start_mark)
        if id(node) in self.seen:
            line, column = self.positions.get(("key",) + path, self.positions[path])
            self.problems.append(Problem(self.file, line, column, dotted(path),
                                         "verwijzingen (*naam) en ankers (&naam) worden niet gebruikt",
                                         "Schrijf de waarde gewoon voluit op deze plek.", code="alias"))
            return None
        self.seen.add(id(node))
        if node.tag not in _SAFE_TAGS:
            self.problem("unsupported-tag", node, path, f"het label {node.tag!r} wordt niet ondersteund",
                         "Haal het label (het woord dat met ! begint) weg en schrijf de waarde als gewone tekst.")
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child, path + (index,)) for index, child in enumerate(node.value)]
        if node.tag == "tag:yaml.org,2002:str":
            return node.value
        odd = numbers.odd_number(node.tag, node.value)
        if odd is not None:  # reported by validate_record where a number belongs (else the schema's type error)
            self.odd[path] = odd
        elif node.tag == numbers.FLOAT:
            self.floats.append(path)
        try:
            return self.loader.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError) as error:
            self.problem("unreadable-value", node, path, f"deze waarde is niet te lezen ({error})",
                         "Zet de waarde tussen aanhalingstekens als het tekst is.")
            return None

    def _mapping(self, node: yaml.MappingNode, path: DataPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
                self.problem("key-not-text", key_node, path, "een veldnaam moet gewone tekst zijn",
                             "Schrijf veldnamen als woorden in kleine letters, bijvoorbeeld name:.")
                continue
            key = key_node.value
            if key in result:
                first = self.positions.get(("key",) + path + (key,), (0, 0))[0]
                self.problem("duplicate-key", key_node, path + (key,), f"het veld '{key}' staat twee keer in dit blok "
                             f"(ook op regel {first})",
                             "Houd één van de twee over; anders gaat de eerste waarde ongemerkt verloren.")
                continue
            self.positions[("key",) + path + (key,)] = self.where(key_node.start_mark)
            result[key] = self.build(value_node, path + (key,))
        return result


# Characters YAML reads as the end of a line, but git, GitHub and editors do not (a lone \r, NEL, U+2028, U+2029).
_ODD_BREAK = re.compile("\r(?!\n)|[\x85\u2028\u2029]")


class _Positions:
    """Line and column (1-based) of a parser mark as git and GitHub count them: only \n ends a line."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] | None = None
        if text and ("\r" in text or not text.isascii()) and _ODD_BREAK.search(text):
            self.starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def __call__(self, mark: Any) -> tuple[int, int]:
        if self.starts is None or mark is None:
            return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        line = bisect.bisect_right(self.starts, mark.index)
        return line, mark.index - self.starts[line - 1] + 1


def _odd_break(text: str, file: str) -> Problem | None:
    """A raw line or paragraph separator: YAML starts a new line there, nobody reading the file sees one."""
    match = _ODD_BREAK.search(text) if "\r" in text or not text.isascii() else None
    if match is None:
        return None
    line, column = _line_column(text, match.start())
    return Problem(file, line, column, "", f"het bestand bevat een onzichtbaar teken {text_checks.describe(match[0])}; "
                   "YAML leest het als het einde van een regel, je editor en GitHub niet",
                   "Haal het teken weg (het komt vaak mee bij kopiëren uit Word of een pdf) en typ de tekst op die "
                   "plek opnieuw.", code="line-separator")


MAX_BYTES = 256 * 1024
MAX_DEPTH = 40
# A line whose indentation and block indicators (- ? :) run this long may nest deeper than MAX_DEPTH.
_DEEP_LINE = re.compile(rf"\n[ \t?:-]{{{MAX_DEPTH}}}")
_DEEP_START = re.compile(rf"[ \t?:-]{{{MAX_DEPTH}}}")
# Characters YAML does not allow in a file (PyYAML's own list).
_NON_PRINTABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010ffff]")


def _too_deep(text: str, file: str) -> Problem | None:
    """A problem when lists and blocks nest deeper than MAX_DEPTH, found before anything is composed.

    Composing a deep tree recurses (C stack in the fast parser, Python stack in the careful one); the event stream
    does not, so a cheap bound first and, only for suspect files, the events up to the first too-deep level.
    """
    if text.count("[") + text.count("{") < MAX_DEPTH and not _DEEP_LINE.search(text) \
            and not _DEEP_START.match(text):
        return None
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    return Problem(file, mark.line + 1, mark.column + 1, "",
                                   f"de gegevens zijn hier meer dan {MAX_DEPTH} niveaus diep genest",
                                   "Een databestand heeft maar een paar niveaus nodig; controleer de inspringing en "
                                   "de haakjes [ ] en { }.", code="too-deep")
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return None  # the careful reading reports the syntax error, located
    return None


def _bad_character(text: str, file: str) -> Problem | None:
    """A control character (such as NUL) that YAML refuses, located at its real line and column."""
    match = _NON_PRINTABLE.search(text)
    if match is None:
        return None
    line, column = _line_column(text, match.start())
    code = text_checks.describe(match[0])
    return Problem(file, line, column, "", f"het bestand bevat een onzichtbaar stuurteken {code} "
                   "dat niet in een tekst mag", "Haal het teken weg; het komt vaak mee bij kopiëren uit een ander "
                   "programma. Typ de tekst op die plek opnieuw.", code="control-character")


def _line_column(text: str, index: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


_INVISIBLE = re.compile("[\x85\u00ad\u061c\ufdd0-\ufdef\ufffe\uffff\U0001fffe-\U0001ffff"
                        "\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164"
                        "\ufeff\uffa0\u2800]")
_ESCAPE = re.compile(r"\\[uUxLPN_0abtnvfre]")


def _suspicious(text: str) -> bool:
    """Invisible characters, or escapes in double quotes that may write them (cheap tests first)."""
    return ("\\" in text and _ESCAPE.search(text) is not None) or "\t" in text or \
        (not text.isascii() and _INVISIBLE.search(text) is not None)


def parse_text(text: str, file: str, kind: str) -> tuple[Record | None, list[Problem]]:
    """Parse one YAML document; return the record (None if unusable) and every problem found."""
    record, problems = _parse(text, file, kind)
    if record is not None:
        record.suspicious = _suspicious(text)
        record.placeholder = PLACEHOLDER in text or record.suspicious  # an escape may spell it too
    return record, problems


def _parse(text: str, file: str, kind: str) -> tuple[Record | None, list[Problem]]:
    problem = _too_deep(text, file)
    if problem is not None:
        return None, [problem]
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
                              "Vul de velden in, of verwijder het bestand als het niet nodig is.", code="empty-file")]
    bad = _bad_character(text, file)
    if bad is not None:
        return None, [bad]
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        odd = _odd_break(text, file)
        if odd is not None:
            return None, [odd]
        line, column = _Positions(text)(error.problem_mark or error.context_mark)
        return None, [Problem(file, line, column, "", f"dit is geen geldige YAML: {_dutch(error, text)}",
                              _yaml_hint(error, text), code="yaml-syntax")]
    except yaml.YAMLError as error:
        odd = _odd_break(text, file)
        if odd is not None:
            return None, [odd]
        return None, [Problem(file, 1, 1, "", f"dit is geen geldige YAML: {_dutch(error, text)}",
                              _yaml_hint(error, text), code="yaml-syntax")]
    finally:
        loader.dispose()
    if node is None:
        return None, [Problem(file, 1, 1, "", "het bestand is leeg",
                              "Vul de velden in, of verwijder het bestand als het niet nodig is.", code="empty-file")]
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        return None, [Problem(file, 1, 1, "", "het bestand is leeg",
                              "Vul de velden in, of verwijder het bestand als het niet nodig is.", code="empty-file")]
    builder = _Builder(loader, file, text)
    data = builder.build(node, ())
    if not isinstance(data, dict):
        line, column = builder.positions[()]
        builder.problems.append(Problem(file, line, column, "", "het bestand moet een lijst van velden zijn "
                                        "(veldnaam: waarde)", "Begin elke regel met een veldnaam, zoals id: ...",
                                        code="not-a-mapping"))
        return None, builder.problems
    record = Record(kind, file, data, text, builder.positions)
    record.odd_numbers = builder.odd
    record.floats = builder.floats
    return record, builder.problems


# The parser's English messages, in the words a contributor understands (first match wins).
_DUTCH = [
    ("mapping values are not allowed", "hier staat een dubbele punt die YAML leest als het begin van een nieuw veld"),
    ("found unexpected end of stream", "het bestand houdt op voordat een aanhalingsteken of haakje is gesloten"),
    ("found character '\\t'", "hier staat een tab"),
    ("cannot start any token", "met dit teken kan een waarde niet beginnen"),
    ("expected ',' or ']'", "een lijst tussen [ en ] wordt niet goed gesloten"),
    ("expected ',' or '}'", "een blok tussen { en } wordt niet goed gesloten"),
    ("found undefined alias", "hier staat een verwijzing (*naam) naar iets dat niet bestaat"),
    ("expected '-' indicator", "hier verwacht YAML het volgende item van de lijst (een regel die met - begint)"),
    ("found another document", "het bestand bevat meer dan één document (een extra regel ---)"),
    ("could not find expected ':'", "hier mist een dubbele punt achter de veldnaam"),
    ("did not find expected key", "hier verwacht YAML een nieuwe veldnaam; de inspringing of een aanhalingsteken "
     "klopt niet"),
    ("expected <block end>", "de inspringing klopt hier niet"),
    ("unknown escape character", "tussen dubbele aanhalingstekens staat een \\ die YAML niet kent"),
    ("expected alphabetic or numeric character", "na & of * hoort een naam van letters en cijfers"),
    ("expected <document start>", "hier begint onverwacht iets nieuws; de inspringing klopt niet"),
    ("while scanning a simple key", "hier mist een dubbele punt achter de veldnaam"),
    ("found duplicate anchor", "dezelfde ankernaam (&naam) staat twee keer in het bestand"),
]


def _dutch(error: yaml.YAMLError, source: str = "") -> str:
    text = str(error)
    mark = getattr(error, "problem_mark", None)
    lines = source.splitlines()
    if mark is not None and mark.line < len(lines) and "\t" in lines[mark.line][: mark.column + 1]:
        return "hier staat een tab"
    for english, dutch in _DUTCH:
        if english in text:
            return dutch
    return "de opbouw van het bestand klopt hier niet"


def _yaml_hint(error: yaml.YAMLError, source: str = "") -> str:
    text = str(error)
    mark = getattr(error, "problem_mark", None)
    lines = source.splitlines()
    line = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    if "'\\t'" in text or "\t" in text or "\t" in line[: mark.column + 1 if mark else 0]:
        return "Gebruik spaties om in te springen, geen tabs."
    if "mapping values are not allowed" in text:
        return "Staat er een dubbele punt (:) in een tekst? Zet de hele tekst dan tussen aanhalingstekens."
    if "could not find expected" in text or "did not find expected key" in text:
        return "Controleer of elke regel de vorm 'veld: waarde' heeft en of aanhalingstekens gesloten zijn."
    if "expected a single document" in text:
        return "Een databestand bevat één record; haal de extra --- weg."
    return "Controleer inspringing (spaties), dubbele punten en aanhalingstekens rond deze regel."


def read_file(path: Path, kind: str, name: str | None = None) -> tuple[Record | None, list[Problem]]:
    """Read and parse one data file; `name` is how messages show its path."""
    name = name or display_path(path)
    raw, problem = read_bounded(path, name)
    if raw is None:
        return None, [problem] if problem else []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return None, [_not_utf8(raw, error, name)]
    record, problems = parse_text(text, name, kind)
    if record is not None:
        record.source = path
        if record._positions is None:
            record.text = ""  # read again only if a problem needs a position
    return record, problems


def read_bounded(path: Path, name: str) -> tuple[bytes | None, Problem | None]:
    """The bytes of a regular file of at most MAX_BYTES, never through a symbolic link; else a problem."""
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        if os.path.islink(path):
            return None, _symlink(name, path)
        return None, Problem(name, 1, 1, "", f"het bestand is niet te openen ({error.strerror})",
                             "Controleer of het bestand bestaat en leesbaar is.", code="unreadable-file")
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            return None, Problem(name, 1, 1, "", "dit is geen gewoon bestand", "Zet alleen .yaml-bestanden in de "
                                 "datamappen.", code="not-a-file")
        if info.st_size > MAX_BYTES:
            return None, _too_big(name, info.st_size)
        raw = b""
        while len(raw) <= MAX_BYTES:  # a file that grows while being read still stops at the limit
            chunk = os.read(handle, MAX_BYTES + 1 - len(raw))
            if not chunk:
                break
            raw += chunk
        if len(raw) > MAX_BYTES:
            return None, _too_big(name, len(raw))
        return raw, None
    finally:
        os.close(handle)


def _too_big(name: str, size: int) -> Problem:
    return Problem(name, 1, 1, "", f"het bestand is te groot ({size // 1024} kB; hoogstens {MAX_BYTES // 1024} kB)",
                   "Een record past ruim in een paar kB: haal lange teksten of geplakte documenten weg, of verdeel "
                   "het over meer records.", code="too-big")


def _symlink(name: str, path: Path) -> Problem:
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    return Problem(name, 1, 1, "", f"dit is een snelkoppeling (symbolische link) naar {target}; die wordt niet "
                   "gevolgd", "Zet het bestand zelf in de map in plaats van een link ernaar.", code="symlink")


def _not_utf8(raw: bytes, error: UnicodeDecodeError, name: str) -> Problem:
    """The first byte that is not UTF-8, at its real line and column."""
    offset = error.start - (3 if raw.startswith(b"\xef\xbb\xbf") else 0)
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    line_start = body.rfind(b"\n", 0, offset) + 1
    column = len(body[line_start:offset].decode("utf-8", "replace")) + 1
    return Problem(name, body.count(b"\n", 0, offset) + 1, column, "",
                   f"het bestand is geen UTF-8-tekst (het teken op deze plek, byte 0x{raw[error.start]:02x}, is in "
                   "een andere codering opgeslagen)",
                   "Sla het bestand op als UTF-8 (in de meeste editors: Opslaan als… en dan codering UTF-8), en "
                   "controleer daarna de letters met accenten.", code="not-utf8")


def display_path(path: Path) -> str:
    """Path as shown in messages: relative to the working directory when inside it, else absolute.

    The last part is kept as it is: a symbolic link is named itself, not the file it points to.
    """
    full = path.absolute().parent.resolve() / path.name
    try:
        return full.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return full.as_posix()


TEMPLATE_PREFIX = "_"
# The templates the build publishes (render/board.py offers the profile template as a download and a preview): these
# are checked like records. Other files starting with _ (drafts, such as the skeletons of make new-region) are skipped.
PUBLISHED_TEMPLATES = {("profile", "_sjabloon.yaml")}


@dataclass
class Discovery:
    """What discover found: the files to read, the problems with the rest, and the templates it skipped."""

    files: list[tuple[Path, str, str]]
    problems: list[Problem]
    skipped: list[str]
    templates: list[tuple[Path, str, str]] = field(default_factory=list)
    # kind → the folder as shown, for missing kind folders; `unusable`: kind folders that are a link or unreadable
    absent: dict[str, str] = field(default_factory=dict)
    unusable: set[str] = field(default_factory=set)


def discover(data_dir: Path) -> Discovery:
    """Every entry under the data folder is either a file to read (path, kind, display name) or reported.

    Only `<kind folder>/<name>.yaml` is read; a `_` prefix marks a template, checked apart (it is no record) and
    counted. Anything else (a subfolder, an unknown folder, a dotted or other name, a symbolic link) is an error
    naming the entry. A kind folder that is missing, a link or unreadable is listed in `absent`.
    """
    found = Discovery([], [], [])
    if not data_dir.is_dir():  # the folder itself may be a link (WEGWIJZER_DATA); nothing inside it may
        found.problems.append(Problem(display_path(data_dir), 1, 1, "", "de datamap bestaat niet",
                                      "Controleer WEGWIJZER_DATA of maak de map data/ aan.",
                                      code="missing-data-folder"))
        return found
    found.absent = {kind: display_path(data_dir / name) for name, kind in KIND_OF_FOLDER.items()}
    for entry in sorted(os.scandir(data_dir), key=lambda e: e.name):
        shown = display_path(Path(entry.path))
        kind = KIND_OF_FOLDER.get(entry.name)
        if entry.is_symlink():
            found.problems.append(_symlink(shown, Path(entry.path)))
            if kind is not None:
                found.unusable.add(kind)
                found.absent.pop(kind, None)
        elif not entry.is_dir(follow_symlinks=False):
            found.problems.append(Problem(shown, 1, 1, "", "dit bestand staat niet in een map van een soort en wordt "
                                          "niet gelezen", "Zet een record in de map van zijn soort, bijvoorbeeld "
                                          "data/partners/; bekende mappen: " + ", ".join(sorted(KIND_OF_FOLDER)) + ".",
                                          code="file-outside-kind-folder"))
        elif kind is None:
            guess = difflib.get_close_matches(entry.name.lower(), list(KIND_OF_FOLDER), n=1, cutoff=0.6)
            found.problems.append(Problem(shown, 1, 1, "", "onbekende map in de data; de bestanden erin worden niet "
                                          "gelezen", (f"Bedoel je data/{guess[0]}/? " if guess else "") +
                                          "Bekende mappen: " + ", ".join(sorted(KIND_OF_FOLDER)) + ".",
                                          code="unknown-folder"))
        else:
            _discover_kind(Path(entry.path), kind, found)
    return found


def _discover_kind(folder: Path, kind: str, found: Discovery) -> None:
    shown = display_path(folder)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        found.problems.append(Problem(shown, 1, 1, "", f"de map is niet te lezen ({error.strerror}); geen enkel "
                                      "bestand erin is gecontroleerd", "Controleer of de map bestaat en leesbaar is "
                                      "(rechten), en of het een gewone map is.", code="unreadable-folder"))
        found.unusable.add(kind)
        found.absent.pop(kind, None)
        return
    found.absent.pop(kind, None)
    for entry in entries:
        name = f"{shown}/{entry.name}"
        if entry.is_symlink():
            found.problems.append(_symlink(name, Path(entry.path)))
        elif entry.is_dir(follow_symlinks=False):
            found.problems.append(Problem(name, 1, 1, "", "submappen worden niet gelezen; de bestanden in deze map "
                                          "komen niet op de site", f"Zet elk bestand direct in {shown}/. (Een / in "
                                          "een bestandsnaam maakt op GitHub een submap.)", code="subfolder"))
        elif (kind, entry.name) in PUBLISHED_TEMPLATES:
            found.skipped.append(name)
            found.templates.append((Path(entry.path), kind, name))
        elif entry.name.startswith(TEMPLATE_PREFIX):
            found.skipped.append(name)
        elif entry.name.startswith("."):
            found.problems.append(Problem(name, 1, 1, "", "een bestandsnaam die met een punt begint, wordt niet "
                                          "gelezen", "Geef het bestand de naam <id>.yaml, zonder punt ervoor.",
                                          code="hidden-file"))
        elif not entry.name.endswith(".yaml") or entry.name.count(".") != 1:
            found.problems.append(Problem(name, 1, 1, "", "dit bestand wordt niet gelezen",
                                          "Databestanden heten <id>.yaml: kleine letters, cijfers en koppeltekens, "
                                          "met precies één punt (niet .yml of iets anders).", code="not-a-data-file"))
        else:
            found.files.append((Path(entry.path), kind, name))
