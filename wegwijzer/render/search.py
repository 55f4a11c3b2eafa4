"""Search tuning: each page's keywords (question keywords, partner aliases) get their own field in the index."""

from __future__ import annotations

import html
from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.render.urls import url


def page_keywords(catalog: Catalog) -> dict[str, list[str]]:
    """Site-relative page URL → the words contributors listed so the search finds that page, HTML-escaped.

    Material ranks a match in the body text 1000 times lower than one in a title, so keywords in the text lose
    to any title that merely shares a common word; in their own field (weighted in mkdocs.yml) they count like a
    title. The field is searched but never shown; it is escaped like Material escapes the text all the same.
    """
    found = {url("question", q["id"]): q["keywords"] for q in catalog.all("question")}
    found.update({url("partner", p["id"]): p["aliases"] for p in catalog.all("partner") if p.get("aliases")})
    return {location: [html.escape(word, quote=False) for word in words] for location, words in found.items()}


def add_keywords(entries: list[dict[str, Any]], keywords: dict[str, list[str]]) -> None:
    """Give the page entries (not the section entries) of a search index their `keywords` field."""
    for entry in entries:
        words = keywords.get(entry["location"])
        if words:
            entry["keywords"] = words
