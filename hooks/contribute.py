"""MkDocs glue for contributors and school boards: the profile template as a download and as a preview page, one
field reference page per record kind, and links from the file paths on the contributor pages to those files in the
repository. The preview's edit link opens the template, a field page's its schema (MkDocs's File.edit_uri).

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


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if not current().ok:  # broken data under `mkdocs serve`: the error page only (hooks/wegwijzer_hooks.py)
        return files
    for src_uri, content in board.generated_files(current()):
        if files.get_file_from_path(src_uri) is not None:
            raise PluginError(f"{src_uri} bestaat al in docs/; die plek is voor het profielsjabloon.")
        generated = File.generated(config, src_uri, content=content, inclusion=InclusionLevel.NOT_IN_NAV)
        if src_uri == board.PREVIEW:  # the preview is edited in the template itself
            generated.edit_uri = f"data/{board.TEMPLATE.as_posix()}"
        files.append(generated)
    for src_uri, content in field_pages():  # one page of fields per kind, linked from bijdragen/velden.md
        if files.get_file_from_path(src_uri) is not None:
            raise PluginError(f"{src_uri} bestaat al in docs/; die plek is voor de veldreferentie.")
        generated = File.generated(config, src_uri, content=content, inclusion=InclusionLevel.NOT_IN_NAV)
        generated.edit_uri = f"schemas/{src_uri.rsplit('/', 1)[-1].removesuffix('.md')}.schema.json"  # its schema
        files.append(generated)
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.meta.get("repository_links"):
        return link_paths(html, config.extra.get("edit_base"))
    return html

