"""MkDocs glue for the search (issues 11, 21): Pagefind facets on every page, and the index after every build; under
`mkdocs serve` the index is built after the page is served (wegwijzer/search/live.py)."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from wegwijzer.catalog import current
from wegwijzer.render.search import issue_form, page_markup
from wegwijzer.schemas import default_schemas
from wegwijzer.search.index import build, spaced
from wegwijzer.search.live import LiveIndex

log = logging.getLogger("mkdocs.hooks.search_index")
_live: dict[str, LiveIndex] = {}


def on_startup(command: str, dirty: bool) -> None:
    if command == "serve":
        _live["index"] = LiveIndex()


def on_pre_build(config: MkDocsConfig) -> None:
    if "index" in _live:
        _live["index"].before_build(Path(config.site_dir))


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    # Placed by overrides/main.html inside the indexed article. A page made from the data brings its own
    # (GeneratedPage.facets, hooks/wegwijzer_hooks.py); the others are worked out here.
    facets = getattr(page.file, "facets", None)
    context["ww_search_facets"] = facets if facets is not None else page_markup(current(), page.url,
                                                                                default_schemas().themes)
    context["ww_issue_url"] = issue_form(config.extra.get("edit_base"))
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    # A space between touching elements of the indexed article, so that Pagefind keeps their words apart.
    return spaced(output)


def on_post_build(config: MkDocsConfig) -> None:
    # Also after every `mkdocs serve` rebuild, so a changed record is findable once the page reloads.
    if not current().ok:  # broken data under `mkdocs serve`: the error page only (hooks/wegwijzer_hooks.py)
        return
    site, docs, root = Path(config.site_dir), Path(config.docs_dir), Path(config.config_file_path).parent
    if "index" in _live:
        _live["index"].after_build(site, current(), docs, root)
        return
    found = build(site, current(), docs, root)
    log.info("Zoekindex (Pagefind %(version)s): %(pages)s pagina's, %(words)s woorden, %(seconds)s s", found)
