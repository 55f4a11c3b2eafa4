"""For school boards: the profile template as a download, the same template shown as a profile page, and links.

The template stays where contributors find it (data/profiles/_sjabloon.yaml, never published as a profile); the
build adds a copy to download and a rendered preview, so nothing is copied by hand into docs/.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from wegwijzer.catalog import Catalog, data_dir
from wegwijzer.records.reader import PUBLISHED_TEMPLATES, read_file
from wegwijzer.render.contribute import fields_table, file_url, issue_url, sections
from wegwijzer.render.markup import block, esc, items, link
from wegwijzer.render.profiles import profile_page
from wegwijzer.render.urls import href
from wegwijzer.schemas import default_schemas

TEMPLATE = Path("profiles") / next(name for kind, name in PUBLISHED_TEMPLATES if kind == "profile")
DOWNLOAD = "downloads/profiel-sjabloon.yaml"
PREVIEW = "profielen/sjabloon.md"
PREVIEW_URL = "profielen/sjabloon/"
FORM = "profiel-aanbieden.yml"


def template_path(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / TEMPLATE


def generated_files(catalog: Catalog, folder: Path | None = None) -> list[tuple[str, str]]:
    """(site path, content) of the download and the preview; nothing when the data has no template."""
    path = template_path(folder)
    if not path.is_file():
        return []
    preview = preview_page(catalog, path)
    files = [(DOWNLOAD, path.read_text(encoding="utf-8"))]
    return files + ([(PREVIEW, preview)] if preview else [])


def preview_page(catalog: Catalog, path: Path) -> str | None:
    """The template rendered as the profile page a board would get, with a note that it is only the template."""
    record, problems = read_file(path, "profile")
    if record is None or problems:
        return None
    profiles = {**catalog.records.get("profile", {}), record.id: record}
    with_template = replace(catalog, records={**catalog.records, "profile": profiles})
    markdown = profile_page(with_template, record.id, root="../../", edit_url=None)
    note = block('<p class="admonition-title">Dit is het sjabloon, geen echt profiel</p><p>Zo ziet een profiel eruit '
                 "als je het sjabloon invult. Alle tekst is voorbeeldtekst. Lees op "
                 f'{link("../bestuur/", "Een profiel voor je bestuur")} hoe je het invult.</p>',
                 cls="admonition note ww-template-note")
    _, front, body = markdown.split("---\n", 2)
    return f"---\n{front}---\n\n{note}\n{body}"


def board_links(root: str, extra: dict[str, Any], folder: Path | None = None) -> str:
    """Where a board gets the template: download, preview, the file on GitHub, and the form to offer a profile."""
    base = extra.get("edit_base")
    entries = [
        f'<a href="{esc(root + DOWNLOAD)}" download>Download het sjabloon</a> (<code>profiel-sjabloon.yaml</code>, '
        "een tekstbestand dat je opent met Kladblok, TextEdit of een andere teksteditor).",
        f"{link(root + PREVIEW_URL, 'Bekijk het sjabloon als pagina')}: zo ziet een ingevuld profiel eruit.",
    ] if template_path(folder).is_file() else []
    github = file_url(base, "data/profiles/_sjabloon.yaml")
    if github:
        entries.append(f"{link(github, 'Het sjabloon op GitHub')}, voor wie het bestand daar meteen wil kopiëren.")
    form = issue_url(base, FORM)
    if form:
        entries.append(f"{link(form, 'Profiel aanbieden')}: een formulier waarin je het adres van je "
                       "functiebeschrijving doorgeeft; een beheerder maakt er dan het profiel van.")
    return items(entries, cls="ww-board-links")


def example_scores(catalog: Catalog, root: str) -> str:
    """The kenmerkscores of the first profile that has them, as an example (escaped)."""
    for profile in catalog.all("profile"):
        if profile.get("kenmerkscores"):
            return (f'<p class="ww-example">Voorbeeld: <strong>{esc(profile["kenmerkscores"])}</strong> in het '
                    f'profiel {link(href(root, "profile", profile["id"]), profile["title"])}'
                    + (f" ({esc(profile['organisation'])})" if profile.get("organisation") else "") + ".</p>")
    return ""


def profile_fields() -> str:
    """Every field of a profile, from the schema the check uses (so it always matches)."""
    section = next(s for s in sections(default_schemas()) if s.kind == "profile")
    return fields_table(section)


MACROS = {
    "profiel_velden": lambda catalog, root, extra: profile_fields(),
    "profiel_sjabloon": lambda catalog, root, extra: board_links(root, extra),
    "kenmerkscores_voorbeeld": lambda catalog, root, extra: example_scores(catalog, root),
}
