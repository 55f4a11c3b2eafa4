"""One glossary (docs/begrippen.md) and a check that the site's texts use its spelling, not a drifted variant.

The glossary is a page for readers: a heading per term, and the variants we do not write ("Schrijf niet: ...").
`drift` finds those variants in data/, docs/, schemas/ and the contributor documents, with file, line and column.
Names of other people's publications (source titles), old names kept for search (aliases), ids and addresses are
left alone: they are quoted, not written by us; so are `code` spans in Markdown (file names, ids, commands).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wegwijzer.domain import is_id
from wegwijzer.load import read_file
from wegwijzer.problems import Problem

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
    """Every drifted variant in the project's Dutch texts, as a located problem with the spelling to use."""
    checks = [(term, term.pattern()) for term in terms if term.avoid]
    problems = []
    for file, line, text, lines in _texts(root):
        for term, pattern in checks:
            for match in pattern.finditer(text):
                found = _locate(lines, line, match.group().split()[0])
                problems.append(Problem(file, *found, "", f'"{" ".join(match.group().split())}" wijkt af van de '
                                        "begrippenlijst", f"Schrijf {term.preferred} (zie {GLOSSARY})."))
    return problems


def _locate(lines: list[str], start: int, word: str) -> tuple[int, int]:
    """Line and column of the first `word` from line `start` on (a wrapped YAML text spans several lines)."""
    for number in range(start, len(lines) + 1):
        column = lines[number - 1].find(word)
        if column >= 0:
            return number, column + 1
    return start, 1


def _texts(root: Path) -> Iterator[tuple[str, int, str, list[str]]]:
    """(file, first line, text, the file's lines) for every piece of Dutch text we write ourselves."""
    for path in sorted((root / "data").rglob("*.yaml")) + sorted((root / "schemas" / "examples").glob("*.yaml")):
        yield from _yaml_texts(root, path)
    for path in sorted((root / "docs").rglob("*.md")) + [root / "CONTRIBUTING.md", root / "README.md"]:
        if path.relative_to(root).as_posix() == GLOSSARY or not path.exists():
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            yield path.relative_to(root).as_posix(), number, _CODE.sub("``", _LINK_TARGET.sub("]()", line)), lines
    for path in sorted((root / "schemas").glob("*.schema.json")):
        name = path.relative_to(root).as_posix()
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
