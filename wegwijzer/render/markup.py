"""Small, escaping building blocks for the Markdown and HTML the renderers produce."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from wegwijzer.domain import MONTHS

SAFE_SCHEMES = {"https", "http", "mailto", "tel"}
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")  # what Python-Markdown unescapes; others would show a \


def esc(value: Any) -> str:
    """HTML-escape any value, quotes included, on one line; None becomes empty."""
    return "" if value is None else html.escape(" ".join(str(value).split()), quote=True)


def md_inline(value: Any) -> str:
    """Text that Markdown shows literally: HTML-escaped, then Markdown punctuation backslash-escaped."""
    text = html.escape(" ".join(str(value).split()), quote=False)
    return _MD_SPECIAL.sub(r"\\\1", text)


def paragraphs(text: Any, cls: str = "") -> str:
    """Plain text with blank lines between paragraphs, as <p> elements on one line each."""
    attr = f' class="{cls}"' if cls else ""
    parts = [" ".join(part.split()) for part in re.split(r"\n\s*\n", str(text or "")) if part.strip()]
    return "".join(f"<p{attr}>{esc(part)}</p>" for part in parts)


def safe_url(url: Any) -> str | None:
    """The URL if its scheme is https, http, mailto or tel; else None (so no javascript: or data: link)."""
    text = str(url or "")
    if not text.isprintable() or " " in text:
        text = "".join(ch for ch in text if ch.isprintable() and not ch.isspace())
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:
        return None
    return text if scheme in SAFE_SCHEMES else None


def link(href: str | None, text: Any, cls: str = "") -> str:
    """An <a> element, or plain escaped text when the address is not safe."""
    attr = f' class="{cls}"' if cls else ""
    if href is None:
        return f"<span{attr}>{esc(text)}</span>"
    return f'<a href="{esc(href)}"{attr}>{esc(text)}</a>'


def external(url: Any, text: Any | None = None) -> str:
    """A link to another site (checked scheme), showing the address when no text is given."""
    href = safe_url(url)
    return link(href, text if text is not None else url)


def tel(phone: str, text: Any | None = None, cls: str = "") -> str:
    """A tel: link for a Dutch phone number, showing the number (or `text`)."""
    digits = re.sub(r"[^0-9+]", "", phone)
    return link(f"tel:{digits}" if digits else None, phone if text is None else text, cls)


def mailto(address: str) -> str:
    return link(safe_url(f"mailto:{address}"), address)


def date_nl(value: Any) -> str:
    """2026-11-22 → 22 november 2026."""
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        return esc(value)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def items(values: Iterable[str], cls: str = "") -> str:
    """An unordered list of already-built HTML fragments."""
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f"<li>{value}</li>" for value in values) + "</ul>"


def definition_list(rows: Iterable[tuple[str, str]]) -> str:
    """A <dl> of (Dutch label, HTML value) pairs, skipping empty values.

    Spaces between the items: text extractors such as the search index would otherwise glue label and value.
    """
    body = " ".join(f"<dt>{esc(label)}</dt> <dd>{value}</dd>" for label, value in rows if value)
    return f'<dl class="ww-fields">{body}</dl>'


def page(title: str, body: list[str], meta: dict[str, Any] | None = None) -> str:
    """A generated Markdown page: front matter, a literal h1, then blocks separated by blank lines."""
    front = {"title": esc(title), **(meta or {})}
    # JSON values are valid YAML flow values, and json.dumps is far faster than yaml.safe_dump at 10,000 pages.
    header = "---\n" + "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in front.items())
    header += "---\n\n"
    blocks = [f"# {md_inline(title)}"] + [block for block in body if block]
    return header + "\n\n".join(blocks) + "\n"


def block(html_text: str, tag: str = "div", cls: str = "") -> str:
    """Wrap HTML in one element on one logical block, so Markdown leaves it alone."""
    attr = f' class="{cls}"' if cls else ""
    return f"<{tag}{attr}>{html_text}</{tag}>"
