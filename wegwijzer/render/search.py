"""Search tuning: each page's keywords (question keywords, partner aliases) get their own field in the index."""

from __future__ import annotations

import html
import json
from pathlib import Path

from wegwijzer.catalog import Catalog
from wegwijzer.render.urls import url


def page_keywords(catalog: Catalog) -> dict[str, list[str]]:
    """Site-relative page URL → the words contributors listed so the search finds that page."""
    found = {url("question", q["id"]): q["keywords"] for q in catalog.all("question")}
    found.update({url("partner", p["id"]): p["aliases"] for p in catalog.all("partner") if p.get("aliases")})
    return found


def add_keywords(index_path: Path, catalog: Catalog) -> None:
    """Give the page entries of Material's search index a `keywords` field (weighted in mkdocs.yml).

    Material ranks a match in the body text 1000 times lower than one in a title, so keywords in the text lose
    to any title that merely shares a common word; in their own field they count like a title. The field is
    searched but never shown; it is escaped like Material escapes the text all the same.
    """
    if not index_path.is_file():
        return
    index = json.loads(index_path.read_text(encoding="utf-8"))
    keywords = page_keywords(catalog)
    for doc in index["docs"]:
        words = keywords.get(doc["location"])
        if words:
            doc["keywords"] = [html.escape(word, quote=False) for word in words]
    index_path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
