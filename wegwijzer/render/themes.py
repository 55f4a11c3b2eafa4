"""The /themas/ page: per theme, the questions of the wegwijzer and the partners of the sociale kaart."""

from __future__ import annotations

from wegwijzer.catalog import Catalog
from wegwijzer.render.markup import esc, items, link
from wegwijzer.render.urls import href
from wegwijzer.schemas import Schemas, default_schemas


def anchor(theme: str) -> str:
    """The id of a theme's section on /themas/."""
    return f"thema-{theme}"


def theme_index(catalog: Catalog, root: str = "../", schemas: Schemas | None = None) -> str:
    """A contents list of the themes, then a section per theme with its questions and its partners."""
    themes = (schemas or default_schemas()).themes
    contents = items(link(f"#{anchor(theme)}", label) for theme, label in themes.items())
    sections = []
    for theme, label in themes.items():
        questions = [q for q in catalog.all("question") if q["theme"] == theme]
        partners = [p for p in catalog.all("partner") if theme in p["themes"]]
        parts = [f'<h2 id="{esc(anchor(theme))}">{esc(label)}</h2>']
        if questions:
            parts += [f"<h3>Vragen ({len(questions)})</h3>",
                      items(link(href(root, "question", q["id"]), q["title"]) for q in questions)]
        if partners:
            parts += [f"<h3>Partners ({len(partners)})</h3>",
                      items(link(href(root, "partner", p["id"]), p["name"]) for p in partners)]
        if not questions and not partners:
            parts.append('<p class="ww-none">Nog niets bij dit thema.</p>')
        sections.append(f'<section class="ww-theme-section">{"".join(parts)}</section>')
    # Every entry has its own page in the search index; listing them again here would only add noise.
    return (f'<nav class="ww-theme-contents" aria-label="Thema\'s op deze pagina">{contents}</nav>'
            f'<div data-search-exclude>{"".join(sections)}</div>')


MACROS = {"themas": lambda catalog, root, extra: theme_index(catalog, root)}
