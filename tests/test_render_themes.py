"""The Thema's page lists every question under its theme and every partner under each of its themes."""

from __future__ import annotations

import re
from pathlib import Path

from wegwijzer.catalog import build_catalog
from wegwijzer.render.themes import theme_index
from wegwijzer.schemas import default_schemas


def _sections(html: str) -> dict[str, str]:
    return dict(re.findall(r'<h2 id="thema-([a-z-]+)">.*?</h2>(.*?)</section>', html))


def test_every_record_sits_under_its_themes() -> None:
    catalog = build_catalog()
    sections = _sections(theme_index(catalog))
    assert set(sections) == set(default_schemas().themes)
    for question in catalog.all("question"):
        assert f'href="../wegwijzer/{question["id"]}/"' in sections[question["theme"]]
    for partner in catalog.all("partner"):
        for theme, body in sections.items():
            assert (f'href="../sociale-kaart/{partner["id"]}/"' in body) == (theme in partner["themes"])


def test_names_are_escaped(dataset: Path) -> None:
    partner = dataset / "partners" / "testpartner-00.yaml"
    partner.write_text(partner.read_text("utf-8").replace("name: Testpartner 00 (fictief)",
                                                          "name: <b>Testpartner</b>"), encoding="utf-8")
    html = theme_index(build_catalog(dataset))
    assert "&lt;b&gt;Testpartner&lt;/b&gt;" in html and "<b>Testpartner" not in html
