"""Emergency numbers in running text become tap-to-call links."""

from __future__ import annotations

import re

# 112 (emergency) and Veilig Thuis's 0800-2000, as whole words in already-escaped text.
_EMERGENCY = re.compile(r"(?<![\w/.:-])(112|0800-2000)(?![\w-])")


def call_links(escaped_html: str) -> str:
    """Escaped text (tags allowed only around it, never inside attributes) with the numbers as tel: links."""
    return _EMERGENCY.sub(lambda m: f'<a href="tel:{m.group(1).replace("-", "")}">{m.group(1)}</a>', escaped_html)
