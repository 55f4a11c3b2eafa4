"""The index under `mkdocs serve`: the previous bundle stays usable during a rebuild, the new one follows."""

from __future__ import annotations

from pathlib import Path

from wegwijzer.catalog import build_catalog
from wegwijzer.search.index import BUNDLE, EXTRA, version
from wegwijzer.search.live import LiveIndex


def _page(site: Path, word: str) -> None:
    site.mkdir(parents=True, exist_ok=True)
    (site / "index.html").write_text(f'<html lang="nl"><body><article data-pagefind-body><p>{word}</p></article>'
                                     "</body></html>", encoding="utf-8")


def test_the_old_bundle_serves_until_the_new_one_is_swapped_in(dataset: Path, tmp_path: Path) -> None:
    site, catalog, live = tmp_path / "site", build_catalog(dataset), LiveIndex()
    live.before_build(site)
    _page(site, "zeppelinwerf")
    live.after_build(site, catalog, None, None)
    live.wait(120)
    first = (site / BUNDLE / "pagefind-entry.json").read_text(encoding="utf-8")
    assert version(site / BUNDLE).startswith("1.6.") and (site / BUNDLE / EXTRA).is_file()
    # A rebuild: MkDocs empties the site; the bundle waits aside and is back the moment the pages are written.
    live.before_build(site)
    assert not (site / BUNDLE).exists()
    for path in site.iterdir():
        path.unlink()
    _page(site, "luchtschipwerf")
    live.after_build(site, catalog, None, None)
    assert (site / BUNDLE / "pagefind-entry.json").read_text(encoding="utf-8") == first
    live.wait(120)
    assert (site / BUNDLE / "pagefind-entry.json").read_text(encoding="utf-8") != first, "de nieuwe index kwam niet"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".site-")], "tijdelijke mappen bleven staan"
