"""Characters that do not belong in a text: control characters, noncharacters and line separators.

YAML refuses most of them when they are typed in a file, but writes every one of them for an escape between double
quotes ("\\x7f", "\\e", "\\u2028"); these checks look at the text as read, so both ways are caught alike.
"""

from __future__ import annotations

import re

_NAMES = {
    0x00: "nulteken", 0x09: "tab", 0x0A: "nieuwe regel", 0x0D: "regelterugloop", 0x1B: "escapeteken (kleurcode)",
    0x7F: "wisteken (DEL)", 0x85: "volgende regel (NEL)", 0x2028: "regelscheiding", 0x2029: "alineascheiding",
}
# Refused when typed raw in a file (C0 controls but tab and line breaks, DEL, C1 but NEL, U+FFFE, U+FFFF).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
# Not a text character (noncharacters), or a line break nobody sees: fine for YAML, wrong in a page.
_ODD = re.compile("[\x85\u2028\u2029\ufdd0-\ufdef\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff"
                  "\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]")
_LINE = re.compile("[\t\n\r]")


def describe(char: str) -> str:
    """A character named by its code point, with what it is: U+2028 (regelscheiding)."""
    code = ord(char)
    if code in _NAMES:
        what = _NAMES[code]
    elif code < 0x20 or 0x7F <= code <= 0x9F:
        what = "stuurteken"
    else:
        what = "geen teken (noncharacter)"
    return f"U+{code:04X} ({what})"


def bad_character(text: str, named: bool) -> tuple[str, bool] | None:
    """The first character that does not belong in this text, and whether it is an error (else a warning).

    Control characters are errors everywhere (typed raw, YAML refuses them too); tab and line breaks only in names,
    ids and titles; noncharacters and separators are errors in names, ids and titles and warnings in other text.
    """
    if text.isascii() and text.isprintable():
        return None
    control = _CONTROL.search(text) or (_LINE.search(text) if named else None)
    if control is not None:
        return control[0], True
    odd = _ODD.search(text)
    if odd is not None:
        return odd[0], named
    return None
