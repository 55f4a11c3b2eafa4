"""Every page's edit button opens a file that exists; a page made from a record opens that record's YAML file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support import build

from wegwijzer.catalog import build_catalog
from wegwijzer.domain import ROOT
from wegwijzer.render.pages import generated_pages

pytestmark = pytest.mark.build

EDIT = re.compile(r'<a href="([^"]+)" title="[^"]*" class="md-content__button md-icon"[^>]*rel="edit"')


def edit_link(page: Path) -> str | None:
    found = EDIT.findall(page.read_text(encoding="utf-8"))
    assert len(found) <= 1, page
    return found[0] if found else None


def html_of(site: Path, src_uri: str) -> Path:
    return site / src_uri.removesuffix(".md") / "index.html"


def test_generated_pages_edit_their_record(real_site: Path) -> None:
    home = edit_link(real_site / "index.html")
    assert home and home.endswith("/docs/index.md")
    base = home.removesuffix("docs/index.md")
    catalog = build_catalog()
    pages = generated_pages(catalog, base)
    assert len(pages) >= len(catalog.records["partner"])
    for generated in pages:
        link = edit_link(html_of(real_site, generated.src_uri))
        assert link and link == generated.edit_url, generated.src_uri
        path = link.removeprefix(base)
        assert path.startswith("data/") and path.endswith(".yaml")
        assert (ROOT / path).resolve() == Path(generated.source).resolve(), link


def test_every_page_edit_link_points_at_an_existing_file(real_site: Path) -> None:
    base = (edit_link(real_site / "index.html") or "").removesuffix("docs/index.md")
    checked = 0
    for page in real_site.rglob("index.html"):
        link = edit_link(page)
        if link is None:
            continue
        assert link.startswith(base), page
        assert (ROOT / link.removeprefix(base)).is_file(), f"{page}: {link}"
        checked += 1
    assert checked > 50


def test_synthetic_records_outside_the_repository_get_no_edit_button(dataset: Path, tmp_path: Path) -> None:
    result = build(tmp_path / "site", data=dataset)
    assert result.returncode == 0, result.stderr
    for generated in generated_pages(build_catalog(dataset)):
        assert edit_link(html_of(tmp_path / "site", generated.src_uri)) is None
    assert edit_link(tmp_path / "site" / "index.html")
