"""Phone numbers for callers: emergency numbers in running text become tap-to-call links, and a number gets the
tip a caller needs (14 0xx: say the municipality's name; 088 and 0900: not free)."""

from __future__ import annotations

import re

from wegwijzer.rules.phones import digits, is_charged, is_shared_municipal

# 112 (emergency) and Veilig Thuis's 0800-2000, as whole words in already-escaped text.
_EMERGENCY = re.compile(r"(?<![\w/.:-])(112|0800-2000)(?![\w-])")

SHARED_MUNICIPAL_TIP = "noem de naam van je gemeente"


def call_links(escaped_html: str) -> str:
    """Escaped text (tags allowed only around it, never inside attributes) with the numbers as tel: links."""
    return _EMERGENCY.sub(lambda m: f'<a href="tel:{m.group(1).replace("-", "")}">{m.group(1)}</a>', escaped_html)


def tip_text(phone: str) -> str:
    """What a caller should know before dialling this number, or ''."""
    if is_shared_municipal(phone):
        return SHARED_MUNICIPAL_TIP
    if is_charged(phone):
        return "betaald nummer, niet gratis" if digits(phone).startswith("09") else "geen gratis nummer"
    return ""


def phone_tip(phone: str) -> str:
    """The tip as a small note beside the number (HTML), or ''."""
    tip = tip_text(phone)
    return f' <span class="ww-phone-tip" data-pagefind-ignore>({tip})</span>' if tip else ""
