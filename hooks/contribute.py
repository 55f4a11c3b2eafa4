"""MkDocs glue for contributors and school boards: the profile template as a download and as a preview page, one
field reference page per record kind, and links from the file paths on the contributor pages to those files in the
repository.

Pages ask for the links with `repository_links: true` in their front matter; the logic lives in the package.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from wegwijzer.catalog import current
from wegwijzer.render import board
from wegwijzer.render.contribute import field_pages, link_paths

_FIELD_PAGES: dict[str, str] = {}  # generated field page → the schema it is made from


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if not current().ok:  # broken data under `mkdocs serve`: the error page only (hooks/wegwijzer_hooks.py)
        return files
    for src_uri, content in board.generated_files(current()):
        if files.get_file_from_path(src_uri) is not None:
            raise PluginError(f"{src_uri} bestaat al in docs/; die plek is voor het profielsjabloon.")
        files.append(File.generated(config, src_uri, content=content, inclusion=InclusionLevel.NOT_IN_NAV))
    _FIELD_PAGES.clear()
    for src_uri, content in field_pages():  # one page of fields per kind, linked from bijdragen/velden.md
        _FIELD_PAGES[src_uri] = f"schemas/{src_uri.rsplit('/', 1)[-1].removesuffix('.md')}.schema.json"
        if files.get_file_from_path(src_uri) is not None:
            raise PluginError(f"{src_uri} bestaat al in docs/; die plek is voor de veldreferentie.")
        files.append(File.generated(config, src_uri, content=content, inclusion=InclusionLevel.NOT_IN_NAV))
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.meta.get("repository_links"):
        return link_paths(html, config.extra.get("edit_base"))
    return html


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    base = config.extra.get("edit_base")
    if page.file.src_uri == board.PREVIEW:  # the preview is edited in the template itself
        page.edit_url = f"{base}data/{board.TEMPLATE.as_posix()}" if base else None
    elif page.file.src_uri in _FIELD_PAGES:  # a field page is edited in its schema
        page.edit_url = f"{base}{_FIELD_PAGES[page.file.src_uri]}" if base else None
    return context
