"""Breadcrumbs and the marked section tab, in the real built site (hooks/shared_nav.py, render/crumbs.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wegwijzer.catalog import load_once
from wegwijzer.render.crumbs import crumbs_html, section_trail
from wegwijzer.schemas import default_schemas


def _crumbs(html: str) -> list[tuple[str | None, str]]:
    nav = re.search(r'<nav class="ww-crumbs".*?</nav>', html)
    assert nav, "geen kruimelpad"
    return [(href, text) for href, text in
            re.findall(r'<li class="ww-crumb"[^>]*>(?:<a href="([^"]*)">)?([^<]*)', nav.group(0))]


def _active_tab(html: str) -> str:
    tabs = re.findall(r'<li class="md-tabs__item md-tabs__item--active"> ?<a href="[^"]*" class="md-tabs__link">'
                      r"\s*([^<]*?)\s*</a>", html)
    assert len(tabs) == 1, tabs
    return tabs[0]


def test_a_section_trail_links_each_section_to_its_first_page() -> None:
    from types import SimpleNamespace as Node

    first = Node(title="Overzicht", url="wegwijzer/", children=None)
    page = Node(title="Thema's", url="tags/", children=None)
    section = Node(title="Wegwijzer", children=[first, page], ancestors=[])
    first.ancestors = page.ancestors = [section]
    assert section_trail(page, is_current=True) == [("Home", ""), ("Wegwijzer", "wegwijzer/"), ("Thema's", None)]
    assert section_trail(first, is_current=False) == [("Home", ""), ("Wegwijzer", "wegwijzer/")]


def test_crumbs_escape_and_mark_the_current_page() -> None:
    html = crumbs_html([("Home", ""), ("A & B", "a/"), ("<script>", None)], "../")
    assert '<a href="../">Home</a>' in html and '<a href="../a/">A &amp; B</a>' in html
    assert '<li class="ww-crumb" aria-current="page">&lt;script&gt;</li>' in html


@pytest.mark.parametrize(("kind", "folder", "trail", "tab"), [
    ("question", "wegwijzer", ["Home", "Wegwijzer"], "Wegwijzer"),
    ("partner", "sociale-kaart", ["Home", "Sociale kaart"], "Sociale kaart"),
    ("competency", "competenties", ["Home", "De rol van de IB'er", "Competenties"], "De rol van de IB'er"),
    ("role", "rollen", ["Home", "De rol van de IB'er", "Rollen"], "De rol van de IB'er"),
    ("profile", "profielen", ["Home", "De rol van de IB'er", "Profielen"], "De rol van de IB'er"),
])
def test_record_pages_have_breadcrumbs_and_a_marked_tab(real_site: Path, kind: str, folder: str, trail: list[str],
                                                        tab: str) -> None:
    catalog = load_once()
    for id_ in list(catalog.records[kind])[:3]:
        record = catalog.get(kind, id_)
        html = (real_site / folder / id_ / "index.html").read_text(encoding="utf-8")
        crumbs = _crumbs(html)
        texts = [text.replace("&#x27;", "'") for _, text in crumbs]
        expected = list(trail)
        if kind == "question":
            expected.append(default_schemas().themes[record["theme"]])
            assert crumbs[2][0] == f"../../tags/#tag:{record['theme']}"
        assert texts[:-1] == expected, (id_, texts)
        assert crumbs[-1][0] == "" and crumbs[0][0] == "../../"
        assert _active_tab(html).replace("&#39;", "'").replace("&#x27;", "'") == tab


def test_theme_ids_are_the_anchors_of_the_theme_overview() -> None:
    """Theme links go to tags/#tag:<theme id>; Material's tags page makes its anchors from the theme's name."""
    from markdown.extensions.toc import slugify

    for theme, label in default_schemas().themes.items():
        assert slugify(label, "-") == theme, (theme, label)
