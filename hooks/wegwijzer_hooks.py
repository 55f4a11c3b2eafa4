"""MkDocs glue: load and check the data once, add a page per record, publish the open data.

Edit links follow MkDocs's own rule, `edit_uri` (extra.edit_base) plus each file's `edit_uri`: its path in the
repository, which this hook sets for the pages of docs/ and the pages made from records. Under `mkdocs serve --dirty`
(`make serve`) a data edit makes again only the pages whose reads it changed (render/reuse.py) and writes only the
pages that differ (render/changed.py).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import clean_directory

from wegwijzer.catalog import current, load_once
from wegwijzer.problems import Problem, print_problems
from wegwijzer.publish.errorpage import error_page
from wegwijzer.publish.export import write_exports
from wegwijzer.render import slots
from wegwijzer.render.changed import ChangedPages, digest
from wegwijzer.render.crumbs import record_crumbs
from wegwijzer.render.first_stops import stops_assets
from wegwijzer.render.municipalities import ASSET, choice_json
from wegwijzer.render.pages import generated_pages
from wegwijzer.render.region import region_control
from wegwijzer.render.reuse import PageCache
from wegwijzer.schemas import default_schemas

log = logging.getLogger("mkdocs.hooks.wegwijzer")


@dataclass
class _Build:
    """What the events of one `mkdocs build` or `mkdocs serve` share."""

    command: str = "build"
    # Under `mkdocs serve`, broken data gives an error page on every address instead of a failed (and hanging) build.
    errors: list[Problem] | None = None
    changed: ChangedPages | None = None  # only under `mkdocs serve --dirty`
    pages: PageCache | None = None  # only under `mkdocs serve --dirty`: Markdown reused when its reads did not change
    # Only under `mkdocs serve --dirty`: src_uri → (content, Markdown, front matter) of a data page as last read.
    sources: dict[str, tuple[str, str, dict]] | None = None


class _CompiledTemplates(BytecodeCache):
    """The theme's templates compiled once per `mkdocs serve`, not again for every rebuild (Jinja checks each
    template's source against what was compiled)."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


IDLE_SECONDS = 1.0  # after a build under `mkdocs serve`, when its garbage is collected
_build = _Build()
_templates = _CompiledTemplates()


class _DataPage(File):
    """A page made from the data: under `mkdocs serve --dirty` built again only when it changed."""

    unchanged = False
    facets = ""  # the search's facets of the page (render/search.page_markup), compared by on_nav

    def is_modified(self) -> bool:
        return not self.unchanged


class _DirtyIsExact(logging.Filter):
    """MkDocs warns that a dirty build leaves navigation and links stale; here every page whose output could
    differ is rebuilt (on_nav), so the warning is not true and would stop a `--strict` serve."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build is being performed" not in record.getMessage()


def on_startup(command: str, dirty: bool) -> None:
    _build.command, _build.changed, _build.pages, _build.sources = command, None, None, None
    if command == "serve" and dirty:
        _build.changed, _build.pages, _build.sources = ChangedPages(), PageCache(), {}
        build_log = logging.getLogger("mkdocs.commands.build")
        if not any(isinstance(f, _DirtyIsExact) for f in build_log.filters):
            build_log.addFilter(_DirtyIsExact())


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # The one place a build looks at the files; later events and the macros reuse this catalog.
    # It runs before MkDocs empties site/, so a build with bad data leaves the previous site alone.
    if _build.command != "serve":  # under `mkdocs serve`, _collect_when_idle does this between builds
        gc.unfreeze()
    _build.errors = None
    base = config.extra.get("edit_base")
    config.edit_uri = base.rstrip("/") + "/" if base else None  # see the module's docstring
    try:
        catalog = load_once()
    except Exception as error:  # while serving, any failure must show in the browser, not hang it
        if _build.command != "serve":
            raise
        problem = Problem("data", 1, 1, "", f"de data kon niet worden gelezen ({type(error).__name__}: {error})")
        print_problems([problem], sys.stderr)
        return _error_mode(config, [problem])
    if catalog.problems:
        print_problems(catalog.problems, sys.stderr)
    if not catalog.ok:
        if _build.command == "serve":
            return _error_mode(config, catalog.problems)
        raise PluginError("De data bevat fouten (zie hierboven); er is niets gebouwd.")
    # The catalog lives as long as the build: keep Python's cycle collector from scanning it again and again
    # (a second of a 10,000-partner build). Reference counting still frees what is no longer used.
    gc.freeze()
    return config


def _error_mode(config: MkDocsConfig, problems: list[Problem]) -> MkDocsConfig:
    _build.errors = problems
    if _build.changed is not None:  # a dirty build keeps the old pages: remove them, so every address shows the errors
        _build.changed.forget()
        if os.path.isdir(config.site_dir):
            clean_directory(config.site_dir)
    config.nav = None  # no page of the navigation is built, so it names none
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if _build.errors is not None:  # only the theme's assets; on_post_build writes the error page
        return Files([f for f in files if not f.is_documentation_page()])
    docs = Path(config.docs_dir).name
    for file in files.documentation_pages():
        file.edit_uri = f"{docs}/{file.src_uri}"
    for generated in generated_pages(current(), config.extra.get("edit_base"), config.extra.get("meldadres") or "",
                                     config.site_url or "", config.extra.get("site_address") or "",
                                     cache=_build.pages):
        if files.get_file_from_path(generated.src_uri) is not None:
            raise PluginError(f"{generated.source}: de pagina {generated.src_uri} bestaat al in docs/; kies een "
                              "ander id.")
        page = _DataPage.generated(config, generated.src_uri, content=generated.markdown,
                                   inclusion=InclusionLevel.NOT_IN_NAV)
        page.edit_uri, page.facets = generated.edit_path, generated.facets
        files.append(page)
    # The municipality choice's list (docs/assets/wegwijzer.js reads it when the reader starts typing).
    files.append(File.generated(config, ASSET, content=choice_json(current())))
    # Each region's first stops, which /wegwijzer/ shows for the reader's municipality.
    for path, content in stops_assets(current(), cache=_build.pages).items():
        files.append(File.generated(config, path, content=content))
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    if _build.changed is None or _build.errors is not None:
        return nav
    catalog, themes = current(), default_schemas().themes
    written = [f for f in files.documentation_pages() if not isinstance(f, _DataPage)]
    for file in written:  # hand-written pages may show data (macros): always built, as in a clean build
        file.content_string = file.content_string
    # What every page shares: the settings, the theme's templates, the region choice, and the hand-written pages
    # (their titles make the navigation). A change there rebuilds every page.
    custom = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    templates = sorted(f"{p}:{p.stat().st_mtime_ns}" for p in custom.rglob("*") if p.is_file()) if custom else []
    site = digest(Path(config.config_file_path).read_text(encoding="utf-8"), repr(sorted(config.extra.items())),
                  region_control(catalog), *templates, *(f"{f.src_uri}\n{f.content_string}" for f in written))
    pages = [f for f in files.documentation_pages() if isinstance(f, _DataPage)]
    same = _build.changed.unchanged(site, (
        (f.src_uri, f"{f.content_string}\n{f.facets}\n"
                    f"{record_crumbs(catalog, f.src_uri, themes)}\n{f.edit_uri}", f.abs_dest_path)
        for f in pages))
    for file in pages:
        file.unchanged = file.src_uri in same
    log.info("Pagina's uit de data: %d van de %d opnieuw gebouwd (alleen wat veranderde).", len(pages) - len(same),
             len(pages))
    return nav


@event_priority(150)  # before Material's tags plugin lists the tagged pages (its on_env, priority 100)
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    # A page that was not rebuilt still counts where pages are listed (the theme overview, by Material's tags
    # plugin, the one plugin here that lists pages): it is read and shown to that plugin as in a full build, but
    # not converted nor written again. What MkDocs read from it is kept while its content stays the same.
    if _build.command == "serve":
        env.bytecode_cache = _templates
    tags = config.plugins.get("material/tags")
    if _build.sources is not None and _build.errors is None and tags is not None:
        sources, _build.sources = _build.sources, {}
        for file in files.documentation_pages():
            if not isinstance(file, _DataPage) or not file.unchanged or file.page is None:
                continue
            page, content = file.page, file.content_string
            known = sources.get(file.src_uri)
            if known is not None and known[0] == content:
                page.markdown, page.meta = known[1], dict(known[2])
            else:
                page.read_source(config)
            _build.sources[file.src_uri] = (content, page.markdown or "", dict(page.meta))
            if page.meta.get("tags"):  # an untagged page adds nothing that another page lists
                tags.on_page_markdown(page.markdown, page=page, config=config, files=files)
    return env


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    # Filled only now, at the very end: the big tables are never converted by Markdown nor parsed again.
    return slots.fill(output)


def _collect_when_idle() -> None:
    """Under `mkdocs serve`, what earlier builds left is collected a moment after a build, while the reader looks at
    the page, not in the middle of the next rebuild (a full collection takes some tenths of a second at national
    size). Until then it stays frozen with everything else (on_config), so no build scans it."""

    def collect() -> None:
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    timer = threading.Timer(IDLE_SECONDS, collect)
    timer.daemon = True
    timer.start()


def on_post_build(config: MkDocsConfig) -> None:
    if _build.command == "serve":
        _collect_when_idle()
    if _build.errors is not None:
        page = error_page(_build.errors)
        for name in ("index.html", "404.html"):  # `mkdocs serve` answers every unknown address with 404.html
            (Path(config.site_dir) / name).write_text(page, encoding="utf-8")
        return
    write_exports(current(), Path(config.site_dir), cache=_build.pages)
    if _build.changed is not None:  # a removed record's page goes too
        for gone in _build.changed.written():
            Path(gone).unlink(missing_ok=True)
