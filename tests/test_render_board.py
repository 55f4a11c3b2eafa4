"""For boards: the profile template as a download and a preview page, links to GitHub, and example scores."""

from __future__ import annotations

from pathlib import Path

import yaml

from wegwijzer.catalog import build_catalog
from wegwijzer.render.board import DOWNLOAD, PREVIEW, board_links, example_scores, generated_files, profile_fields

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
EDIT_BASE = "https://github.com/voorbeeld/wegwijzer/edit/main/"


def test_the_download_is_the_template_and_the_preview_renders_it_as_a_profile() -> None:
    catalog = build_catalog(DATA)
    files = dict(generated_files(catalog, DATA))
    assert files[DOWNLOAD] == (DATA / "profiles" / "_sjabloon.yaml").read_text(encoding="utf-8")
    preview = files[PREVIEW]
    front = yaml.safe_load(preview.split("---\n")[1])
    template = yaml.safe_load(files[DOWNLOAD])
    assert front["title"] == template["title"]
    assert "search" not in front  # stays out of the search by wegwijzer.render.search.NOT_INDEXED
    assert "Dit is het sjabloon, geen echt profiel" in preview
    for area in template["result_areas"]:
        assert area["title"] in preview
    assert "naam-van-uw-profiel" not in catalog.records["profile"]  # the template is still no published profile


def test_without_a_template_there_is_nothing_to_download(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    assert generated_files(catalog, dataset) == []
    assert "Download" not in board_links("../../", {"edit_base": EDIT_BASE}, dataset)


def test_board_links_point_at_the_download_preview_template_and_form() -> None:
    html = board_links("../../", {"edit_base": EDIT_BASE}, DATA)
    assert 'href="../../downloads/profiel-sjabloon.yaml" download>' in html
    assert 'href="../../profielen/sjabloon/"' in html
    assert 'href="https://github.com/voorbeeld/wegwijzer/blob/main/data/profiles/_sjabloon.yaml"' in html
    assert 'href="https://github.com/voorbeeld/wegwijzer/issues/new?template=profiel-aanbieden.yml"' in html
    assert "github.com" not in board_links("../../", {}, DATA)


def test_example_scores_come_from_a_real_profile() -> None:
    catalog = build_catalog(DATA)
    html = example_scores(catalog, "../../")
    scored = [p for p in catalog.all("profile") if p.get("kenmerkscores")]
    assert scored and scored[0]["kenmerkscores"] in html
    assert f'href="../../profielen/{scored[0]["id"]}/"' in html


def test_profile_fields_come_from_the_schema() -> None:
    html = profile_fields()
    for field in ("kenmerkscores", "result_areas[].role", "sources", "last_verified"):
        assert f"<code>{field}</code>" in html
