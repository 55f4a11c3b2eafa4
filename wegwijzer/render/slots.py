"""Finished HTML kept out of the Markdown converter: a placeholder goes in, the HTML replaces it afterwards.

The macros' output is complete, escaped HTML; Markdown would only scan it (a 10,000-row directory table took
seconds) and leave it as it was.
"""

from __future__ import annotations

import itertools
import re
import secrets

_store: dict[str, str] = {}
_numbers = itertools.count()
_NONCE = secrets.token_hex(8)
_SLOT = re.compile(rf'<div data-ww-slot="{_NONCE}-(\d+)"></div>')


def put(html: str) -> str:
    """Keep `html` and return the placeholder block that stands in for it."""
    key = str(next(_numbers))
    _store[key] = html
    return f'<div data-ww-slot="{_NONCE}-{key}"></div>'


def fill(text: str) -> str:
    """Put every kept HTML fragment back in place of its placeholder."""
    if "data-ww-slot" not in text:
        return text
    return _SLOT.sub(lambda match: _store.pop(match.group(1), match.group(0)), text)
