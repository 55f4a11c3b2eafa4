"""Breadcrumbs: Home › section › (theme) › page, for hand-written and generated pages alike."""

from __future__ import annotations

import html

from wegwijzer.catalog import Catalog
from wegwijzer.render.markup import esc
from wegwijzer.render.urls import PREFIX

Crumb = tuple[str, "str | None"]  # (plain text, site-relative URL; None for the current page)


def record_crumbs(catalog: Catalog, src_uri: str, themes: dict[str, str]) -> list[Crumb]:
    """Crumbs between a record page's section and the page itself: a question's theme on the theme overview."""
    folder, _, name = src_uri.rpartition("/")
    if folder != PREFIX["question"]:
        return []
    question = catalog.get("question", name.removesuffix(".md"))
    if question is None:
        return []
    theme = question["theme"]
    return [(themes.get(theme, theme), f"tags/#tag:{theme}")]


def crumbs_html(crumbs: list[Crumb], root: str) -> str:
    """An ordered list in a labelled nav; the last crumb is the current page."""
    parts = []
    for text, target in crumbs:
        label = esc(html.unescape(text))
        if target is None:
            parts.append(f'<li class="ww-crumb" aria-current="page">{label}</li>')
        else:
            parts.append(f'<li class="ww-crumb"><a href="{esc(root + target) or "./"}">{label}</a></li>')
    return f'<nav class="ww-crumbs" aria-label="Kruimelpad" data-pagefind-ignore><ol>{"".join(parts)}</ol></nav>'
