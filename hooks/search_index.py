"""MkDocs glue for the search (issue 11): Pagefind facets on every page, and the index after every build."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from wegwijzer.catalog import current
from wegwijzer.render.search import issue_form, page_markup
from wegwijzer.schemas import default_schemas
from wegwijzer.search_index import build

log = logging.getLogger("mkdocs.hooks.search_index")


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    # Placed by overrides/main.html inside the indexed article.
    context["ww_search_facets"] = page_markup(current(), page.url, default_schemas().themes)
    context["ww_issue_url"] = issue_form(config.extra.get("edit_base"))
    return context


def on_post_build(config: MkDocsConfig) -> None:
    # Also after every `mkdocs serve` rebuild, so a changed record is findable once the page reloads.
    if not current().ok:  # broken data under `mkdocs serve`: the error page only (hooks/wegwijzer_hooks.py)
        return
    found = build(Path(config.site_dir), current(), Path(config.docs_dir))
    log.info("Zoekindex: %(pages)s pagina's in %(parts)s delen, %(words)s woorden, %(seconds)s s", found)
