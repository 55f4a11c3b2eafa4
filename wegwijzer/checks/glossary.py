"""One glossary (docs/begrippen.md) and a check that the site's texts use its spelling, not a drifted variant.

The glossary is a page for readers: a heading per term, and the variants we do not write ("Schrijf niet: ...").
The check finds those variants in the records and in the project's own texts (docs/, schemas/ and the contributor
documents), with file, line and column: a warning each, since a drifted word misleads no one about a fact.
Names of other people's publications (source titles), old names kept for search (aliases), ids and addresses are
left alone: they are quoted, not written by us; so are `code` spans in Markdown (file names, ids, commands).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wegwijzer.domain import ROOT, is_id
from wegwijzer.problems import WARNING, Problem
from wegwijzer.records.reader import Record, display_path, read_file

if TYPE_CHECKING:
    from wegwijzer.checks import Context

GLOSSARY = "docs/begrippen.md"
QUOTED_KEYS = {"aliases", "id", "url", "email", "website", "host", "sources", "terms"}
_CODE = re.compile(r"`([^`]+)`")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")


@dataclass(frozen=True)
class Term:
    """A term as the site writes it, and the variants it does not write."""

    preferred: str
    avoid: tuple[str, ...]

    def pattern(self) -> re.Pattern[str]:
        variants = set(self.avoid) | {v[:1].upper() + v[1:] for v in self.avoid}
        words = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(variants, key=len, reverse=True))
        return re.compile(rf"(?<![\w/-])(?:{words})(?![-/])")


def read_glossary(path: Path) -> list[Term]:
    """Every term of the glossary page: a ### heading, and the variants in `code` on its "Schrijf niet:" line."""
    terms: list[Term] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            terms.append(Term(line.removeprefix("### ").strip(), ()))
        elif line.startswith("Schrijf niet:") and terms:
            terms[-1] = Term(terms[-1].preferred, tuple(_CODE.findall(line)))
    return terms


def drift(root: Path, terms: list[Term]) -> list[Problem]:
    """Every drifted variant in a project's Dutch texts (its data files and its own texts), as a located problem."""
    return _drift(_texts(root), terms)


def check(context: Context) -> list[Problem]:
    """The drifted variants in the records (the published templates too) and in the project's own texts."""
    glossary = ROOT / GLOSSARY
    if not glossary.is_file():
        return []
    terms = read_glossary(glossary)
    return _drift(_record_texts(context.records + context.templates, terms), terms) + _project_drift(
        _fingerprint(ROOT), tuple(terms))


def _drift(texts: Iterable[tuple[str, int, str, list[str]]], terms: list[Term]) -> list[Problem]:
    checks = [(term, term.pattern()) for term in terms if term.avoid]
    problems = []
    for file, line, text, lines in texts:
        for term, pattern in checks:
            for match in pattern.finditer(text):
                found = _locate(lines, line, match.group().split()[0])
                problems.append(Problem(file, *found, "", f'"{" ".join(match.group().split())}" wijkt af van de '
                                        "begrippenlijst", f"Schrijf {term.preferred} (zie {GLOSSARY}).", WARNING,
                                        code="glossary-drift"))
    return problems


def _record_texts(records: list[Record], terms: list[Term]) -> Iterator[tuple[str, int, str, list[str]]]:
    """The texts of already read records that hold a variant (one pattern for all terms picks them out quickly)."""
    patterns = [term.pattern().pattern for term in terms if term.avoid]
    if not patterns:
        return
    any_variant = re.compile("|".join(f"(?:{pattern})" for pattern in patterns))
    for record in records:
        # Worked out once per record and glossary: under `mkdocs serve` an unchanged file keeps its Record.
        key = ("glossary", any_variant.pattern)
        if key not in record.derived:
            record.derived[key] = [(where, text) for where, text in _walk(record.data, ())
                                   if not is_id(text) and any_variant.search(text)]
        lines: list[str] | None = None
        for where, text in record.derived[key]:
            if lines is None:
                source = record.text or (record.source.read_bytes().decode("utf-8-sig") if record.source else "")
                lines = source.splitlines()
            yield record.path, record.position(where)[0], text, lines


def _project_files(root: Path) -> list[Path]:
    return sorted((root / "schemas" / "examples").glob("*.yaml")) + [
        path for path in sorted((root / "docs").rglob("*.md")) + [root / "CONTRIBUTING.md", root / "README.md"]
        if path.relative_to(root).as_posix() != GLOSSARY and path.exists()] + sorted(
        (root / "schemas").glob("*.schema.json"))


def _fingerprint(root: Path) -> tuple[Any, ...]:
    stamp = [(str(path), path.stat().st_mtime_ns, path.stat().st_size) for path in _project_files(root)]
    return (root, tuple(stamp))


@functools.lru_cache(maxsize=2)
def _project_drift(fingerprint: tuple[Any, ...], terms: tuple[Term, ...]) -> list[Problem]:
    """The drift in the project's own texts, read again only when one of them changed (a build checks often)."""
    root = fingerprint[0]
    return [replace(p, file=display_path(root / p.file)) for p in _drift(_own_texts(root), list(terms))]


def _locate(lines: list[str], start: int, word: str) -> tuple[int, int]:
    """Line and column of the first `word` from line `start` on (a wrapped YAML text spans several lines)."""
    for number in range(start, len(lines) + 1):
        column = lines[number - 1].find(word)
        if column >= 0:
            return number, column + 1
    return start, 1


def _texts(root: Path) -> Iterator[tuple[str, int, str, list[str]]]:
    """(file, first line, text, the file's lines) for every piece of Dutch text we write ourselves."""
    for path in sorted((root / "data").rglob("*.yaml")):
        yield from _yaml_texts(root, path)
    yield from _own_texts(root)


def _own_texts(root: Path) -> Iterator[tuple[str, int, str, list[str]]]:
    """The same for the project's own texts: the schemas' examples, docs/, the contributor documents, the schemas."""
    for path in _project_files(root):
        name = path.relative_to(root).as_posix()
        if path.suffix == ".yaml":
            yield from _yaml_texts(root, path)
        elif path.suffix == ".md":
            lines = path.read_text(encoding="utf-8").splitlines()
            for number, line in enumerate(lines, 1):
                yield name, number, _CODE.sub("``", _LINK_TARGET.sub("]()", line)), lines
        else:
            lines = path.read_text(encoding="utf-8").splitlines()
            for text in _strings(json.loads("\n".join(lines)), ("title", "description", "enumDescriptions")):
                quoted = json.dumps(text, ensure_ascii=False)[1:-1]
                yield name, next((i for i, line in enumerate(lines, 1) if quoted in line), 1), text, lines


def _strings(node: Any, keys: tuple[str, ...], inside: bool = False) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, keys, key in keys)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item, keys, inside)
    elif isinstance(node, str) and inside:
        yield node


def _yaml_texts(root: Path, path: Path) -> Iterator[tuple[str, int, str, list[str]]]:
    name = path.relative_to(root).as_posix()
    record, _ = read_file(path, "", name)
    if record is None:
        return
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    for where, text in _walk(record.data, ()):
        if is_id(text):
            continue
        yield name, record.position(where)[0], text, lines


def _walk(node: Any, where: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in QUOTED_KEYS:
                yield from _walk(value, where + (key,))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, where + (index,))
    elif isinstance(node, str):
        yield where, node
