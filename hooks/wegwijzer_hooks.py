"""MkDocs glue: load and check the data once, add a page per record, set edit links, publish the open data."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from wegwijzer.catalog import current, load_once
from wegwijzer.problems import Problem, print_problems
from wegwijzer.publish.errorpage import error_page
from wegwijzer.publish.export import write_exports
from wegwijzer.render import slots
from wegwijzer.render.municipalities import ASSET, choice_json
from wegwijzer.render.pages import generated_pages

_edit_urls: dict[str, str | None] = {}
# Under `mkdocs serve`, broken data gives an error page on every address instead of a failed (and hanging) build.
_state: dict[str, object] = {"command": "build", "errors": None}


def on_startup(command: str, dirty: bool) -> None:
    _state["command"] = command


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # The one place a build looks at the files; later events and the macros reuse this catalog.
    # It runs before MkDocs empties site/, so a build with bad data leaves the previous site alone.
    gc.unfreeze()  # what an earlier build (under `mkdocs serve`) froze may be collected again
    _state["errors"] = None
    try:
        catalog = load_once()
    except Exception as error:  # while serving, any failure must show in the browser, not hang it
        if _state["command"] != "serve":
            raise
        problem = Problem("data", 1, 1, "", f"de data kon niet worden gelezen ({type(error).__name__}: {error})")
        print_problems([problem], sys.stderr)
        return _error_mode(config, [problem])
    if catalog.problems:
        print_problems(catalog.problems, sys.stderr)
    if not catalog.ok:
        if _state["command"] == "serve":
            return _error_mode(config, catalog.problems)
        raise PluginError("De data bevat fouten (zie hierboven); er is niets gebouwd.")
    # The catalog lives as long as the build: keep Python's cycle collector from scanning it again and again
    # (a second of a 10,000-partner build). Reference counting still frees what is no longer used.
    gc.freeze()
    return config


def _error_mode(config: MkDocsConfig, problems: list[Problem]) -> MkDocsConfig:
    _state["errors"] = problems
    config.nav = None  # no page of the navigation is built, so it names none
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if _state["errors"] is not None:  # only the theme's assets; on_post_build writes the error page
        return Files([f for f in files if not f.is_documentation_page()])
    _edit_urls.clear()
    for generated in generated_pages(current(), config.extra.get("edit_base"), config.extra.get("meldadres") or "",
                                     config.site_url or ""):
        if files.get_file_from_path(generated.src_uri) is not None:
            raise PluginError(f"{generated.source}: de pagina {generated.src_uri} bestaat al in docs/; kies een "
                              "ander id.")
        files.append(File.generated(config, generated.src_uri, content=generated.markdown,
                                    inclusion=InclusionLevel.NOT_IN_NAV))
        _edit_urls[generated.src_uri] = generated.edit_url
    # The municipality choice's list (docs/assets/wegwijzer.js reads it when the reader starts typing).
    files.append(File.generated(config, ASSET, content=choice_json(current())))
    return files


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    # Filled only now, at the very end: the big tables are never converted by Markdown nor parsed again.
    return slots.fill(output)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    base = config.extra.get("edit_base")
    if page.file.src_uri in _edit_urls:
        page.edit_url = _edit_urls[page.file.src_uri]
    elif base:
        page.edit_url = f"{base}{config.docs_dir.rsplit('/', 1)[-1]}/{page.file.src_uri}"
    return context


def on_post_build(config: MkDocsConfig) -> None:
    errors = _state["errors"]
    if errors is not None:
        page = error_page(errors)  # type: ignore[arg-type]
        for name in ("index.html", "404.html"):  # `mkdocs serve` answers every unknown address with 404.html
            (Path(config.site_dir) / name).write_text(page, encoding="utf-8")
        return
    write_exports(current(), Path(config.site_dir))
