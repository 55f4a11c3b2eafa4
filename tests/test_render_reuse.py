"""Reusing data pages under `mkdocs serve --dirty` (render/reuse.py): after any edit, the pages made with the cache are
exactly the pages made without it, and an edit that touches few pages reuses the others."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from support import ROOT

from wegwijzer.catalog import Catalog, build_catalog
from wegwijzer.devtools.synth import add_regions
from wegwijzer.publish.export import csv_text, hsds, write_exports
from wegwijzer.render.first_stops import stops_assets
from wegwijzer.render.pages import generated_pages
from wegwijzer.render.reuse import PageCache


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert re.search(old, text, flags=re.M), (path, old)
    path.write_text(re.sub(old, new, text, count=1, flags=re.M), encoding="utf-8")


def _first(folder: Path, kind: str) -> Path:
    return sorted(p for p in (folder / kind).glob("*.yaml") if not p.name.startswith("_"))[0]


def _partner_named_in_a_step(data: Path) -> Path:
    catalog = build_catalog(data)
    named = sorted({p for q in catalog.all("question") for s in q["steps"] for p in s.get("partners", [])
                    if "landelijk" not in (catalog.get("partner", p) or {}).get("areas", ["landelijk"])})
    return data / "partners" / f"{named[0]}.yaml"


EDITS: dict[str, Callable[[Path], None]] = {
    "partner description": lambda d: _edit(_partner_named_in_a_step(d), r"^description: .*$",
                                           "description: Een nieuwe omschrijving."),
    "partner name": lambda d: _edit(_partner_named_in_a_step(d), r"^name: .*$", "name: Een nieuwe naam"),
    "partner area": lambda d: _edit(_partner_named_in_a_step(d), r"^areas:\n(- .*\n)+",
                                    "areas:\n- landelijk\n"),
    "question step": lambda d: _edit(_first(d, "questions"), r"^(\s+)text: [^>|\n].*$", r"\1text: Een andere stap."),
    "question title": lambda d: _edit(_first(d, "questions"), r"^title: .*$", "title: Een andere vraag"),
    "region name": lambda d: _edit(_first(d, "regions"), r"^name: .*$", "name: Een andere regionaam"),
    "partner removed": lambda d: _partner_named_in_a_step(d).unlink(),
}


def _pages(catalog: Catalog, cache: PageCache | None) -> list[tuple[str, ...]]:
    """The data pages with their search facets, and each region's file of first stops (render/first_stops.py),
    which reuse the same way."""
    return [(p.src_uri, p.markdown, p.facets) for p in generated_pages(
        catalog, "https://example.org/edit/", "fouten@example.org", "https://example.org/", cache=cache)] + sorted(
        stops_assets(catalog, cache).items())


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_pages_made_with_the_cache_equal_pages_made_without(dataset: Path, edit: str) -> None:
    add_regions(dataset, 3)
    cache = PageCache()
    before = _pages(build_catalog(dataset), cache)
    EDITS[edit](dataset)
    catalog = build_catalog(dataset)
    assert _pages(catalog, cache) == _pages(catalog, None)
    if edit != "partner removed":  # a dangling reference is an error, but the pages are still made
        assert not [p for p in catalog.problems if p.is_error], catalog.problems[:3]
    assert before


def test_a_partner_edit_reuses_the_pages_that_do_not_show_it(dataset: Path) -> None:
    add_regions(dataset, 3)
    cache = PageCache()
    before = {page[0]: page[1:] for page in _pages(build_catalog(dataset), cache)}
    EDITS["partner description"](dataset)
    after = {page[0]: page[1:] for page in _pages(build_catalog(dataset), cache)}
    changed = sorted(uri for uri in after if after[uri] != before.get(uri))
    assert changed and cache.reused >= len(after) // 2, (changed, cache.reused, len(after))


def test_every_edit_of_the_real_data_gives_the_same_pages(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    cache = PageCache()
    _pages(build_catalog(data), cache)
    for name in ("partner name", "question title", "region name"):
        EDITS[name](data)
        catalog = build_catalog(data)
        assert _pages(catalog, cache) == _pages(catalog, None), name
    assert cache.reused


def test_pages_follow_coverage_when_a_partner_moves(dataset: Path) -> None:
    """A partner that leaves a municipality opens a gap there: every route page of that region then says it is in
    opbouw, though none of them shows that partner."""
    path = dataset / "questions" / "testvraag-00.yaml"
    question = yaml.safe_load(path.read_text(encoding="utf-8"))
    for step in question["steps"]:  # no national partner: the region's own must cover every municipality
        step["partners"] = [p for p in step.get("partners", []) if p != "testpartner-00"]
        if not step["partners"]:
            del step["partners"]
    path.write_text(yaml.safe_dump(question, allow_unicode=True, sort_keys=False), encoding="utf-8")
    cache = PageCache()
    _pages(build_catalog(dataset), cache)
    _edit(dataset / "partners" / "testpartner-02.yaml", r"^- fictiefstad-zuid$", "- fictiefdorp")
    catalog = build_catalog(dataset)
    assert catalog.coverage["fictieve-regio-zuid"], "the edit opens no gap"
    assert _pages(catalog, cache) == _pages(catalog, None)


@pytest.mark.parametrize("edit", ["partner description", "partner area", "region name", "partner removed"])
def test_exports_written_with_the_cache_equal_exports_written_without(dataset: Path, tmp_path: Path,
                                                                      edit: str) -> None:
    cache = PageCache()
    write_exports(build_catalog(dataset), tmp_path / "eerst", cache)
    EDITS[edit](dataset)
    catalog = build_catalog(dataset)
    fresh = [p.read_bytes() for p in write_exports(catalog, tmp_path / "zonder")]
    assert [p.read_bytes() for p in write_exports(catalog, tmp_path / "met", cache)] == fresh
    assert cache.reused
    assert fresh[1].decode("utf-8-sig") == csv_text(catalog)
    assert [json.loads(line.rstrip(",")) for line in fresh[0].decode().splitlines()[1:-1]] == hsds(catalog)
