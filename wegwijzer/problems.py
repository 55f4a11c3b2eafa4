"""One record for every problem found in the data, and one place that turns it into text."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TextIO


class Severity(StrEnum):
    """An error stops the build; a warning is shown and the site is built."""

    ERROR = "error"
    WARNING = "warning"


ERROR = Severity.ERROR
WARNING = Severity.WARNING


@dataclass(frozen=True, order=True)
class Problem:
    """A problem in one data file, pointing at a line and column (both 1-based).

    `code` says what kind of problem it is, for tests and tools ("required", "unknown-reference"); the message and
    hint say it in Dutch for the contributor.
    """

    file: str
    line: int
    column: int
    field: str
    message: str
    hint: str = ""
    severity: Severity = ERROR
    code: str = field(default="", kw_only=True)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


SHORT = 60
# Characters that change how text looks or reads without being seen: shown as \\u codes in messages.
_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e"
                     "\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]")


def shorten(value: object, limit: int = SHORT) -> str:
    """A value as shown in a message: invisible characters written as codes, long values cut with an ellipsis."""
    text = str(value)
    cut = len(text) > limit
    text = _HIDDEN.sub(lambda m: f"\\u{ord(m[0]):04x}", text[:limit])
    return text + ("…" if cut else "")


_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NOT_BREAKS = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


def _code(match: re.Match[str]) -> str:
    return f"\\u{ord(match[0]):04x}"


def escaped(text: str) -> str:
    """A file name as printed: every control or invisible character as a code (no terminal escape reaches the
    terminal, no newline splits `path:line:column`), a backslash doubled so the codes stay unambiguous."""
    text = str(text)
    if text.isascii() and text.isprintable() and "\\" not in text:
        return text
    text = text.replace("\\", "\\\\")
    return _HIDDEN.sub(lambda m: f"\\u{ord(m[0]):04x}", "".join(
        c if c.isprintable() or c == " " else f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}"
        for c in text))


def visible(text: str) -> bool:
    """True when the text has at least one character a reader can see."""
    return any(not _HIDDEN.match(c) and not c.isspace() and unicodedata.category(c)[0] not in "CZ"
               and c not in "\u2800" for c in text)


def format_problem(problem: Problem) -> str:
    """Render one problem as `path:line:column: field: message` plus an indented Dutch hint."""
    label = "" if problem.is_error else "waarschuwing: "
    field = problem.field or "(bestand)"
    text = (f"{escaped(problem.file)}:{problem.line}:{problem.column}: {escaped(field)}: {label}"
            f"{_CONTROLS.sub(_code, problem.message)}")
    if problem.hint:
        text += f"\n    tip: {_CONTROLS.sub(_code, problem.hint)}"
    return text


def format_annotation(problem: Problem) -> str:
    """Render one problem as a GitHub Actions workflow command, so it shows on the changed line."""
    kind = str(problem.severity)

    def esc(value: str, prop: bool = False) -> str:
        value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return value.replace(":", "%3A").replace(",", "%2C") if prop else value

    # A line break in the message is GitHub's own (%0A); any other control character is written as a code.
    message = _NOT_BREAKS.sub(_code, problem.message + (f" Tip: {problem.hint}" if problem.hint else ""))
    title = escaped(problem.field or "bestand")
    return (
        f"::{kind} file={esc(escaped(problem.file), True)},line={problem.line},col={problem.column},"
        f"title={esc(title, True)}::{esc(message)}"
    )


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Errors and warnings in file and line order."""
    return sorted(problems, key=lambda p: (p.file, p.line, p.column, p.field, p.message))


def print_problems(problems: Iterable[Problem], stream: TextIO | None = None, annotations: bool = False) -> None:
    """Print every problem, then a one-line Dutch summary."""
    stream = stream or sys.stderr
    problems = sort_problems(problems)
    for problem in problems:
        print(format_annotation(problem) if annotations else format_problem(problem), file=stream)
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    if errors:
        print(f"\n{errors} fout(en) en {warnings} waarschuwing(en) gevonden. "
              "Los de fouten op; de site wordt pas gebouwd als er geen fouten meer zijn.", file=stream)
    elif warnings:
        print(f"\nGeen fouten, wel {warnings} waarschuwing(en).", file=stream)
