"""Breadcrumbs: Home › section › (theme) › page, for hand-written and generated pages alike."""

from __future__ import annotations

import html
from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.render.markup import esc
from wegwijzer.render.urls import PREFIX

Crumb = tuple[str, "str | None"]  # (plain text, site-relative URL; None for the current page)


def record_crumbs(catalog: Catalog, src_uri: str, themes: dict[str, str]) -> list[Crumb]:
    """Crumbs between a record page's section and the page itself: a question's theme on the theme overview, and
    for a route in one region, the question's page."""
    parts = src_uri.removesuffix(".md").split("/")
    if parts[0] != PREFIX["question"] or len(parts) not in (2, 3):
        return []
    question = catalog.get("question", parts[1])
    if question is None:
        return []
    theme = question["theme"]
    crumbs: list[Crumb] = [(themes.get(theme, theme), f"tags/#tag:{theme}")]
    if len(parts) == 3:  # a route in one region: its question's page above it
        crumbs.append((question["title"], f"{PREFIX['question']}/{parts[1]}/"))
    return crumbs


def _first_page(section: Any) -> Any:
    child = section.children[0] if section.children else None
    while child is not None and child.children:
        child = child.children[0]
    return child


def section_trail(anchor: Any, is_current: bool) -> list[Crumb]:
    """Home, the sections above `anchor`, and `anchor` (None as URL when it is the current page). `anchor` is a
    page of MkDocs's navigation (read by its attributes: title, url, ancestors and their children)."""
    crumbs: list[Crumb] = [("Home", "")]
    for section in reversed(anchor.ancestors):
        first = _first_page(section)
        if first is anchor:
            return crumbs + [(section.title, None if is_current else anchor.url)]
        crumbs.append((section.title, first.url if first is not None else None))
    return crumbs + [(anchor.title, None if is_current else anchor.url)]


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
