"""How the built pages are split over several Pagefind indexes, and that the parts together index every page once."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

from wegwijzer.catalog import load_once
from wegwijzer.search_index import BUNDLE, EXTRA, build
from wegwijzer.search_shards import folder, glob, html_files, split


def test_a_small_site_stays_one_index() -> None:
    files = [f"sociale-kaart/p{n}/index.html" for n in range(40)]
    assert split(files, 500) == [files]


def test_a_large_site_is_split_evenly_and_the_same_way_every_build() -> None:
    files = [f"sociale-kaart/partner-{n:05d}/index.html" for n in range(2000)]
    parts = split(files, 500)
    assert len(parts) == 4 and sorted(sum(parts, [])) == sorted(files)
    assert all(400 <= len(part) <= 600 for part in parts), [len(part) for part in parts]
    assert split(list(reversed(files)), 500) == [list(reversed(part)) for part in parts]


def test_the_glob_names_exactly_the_files_with_special_characters_escaped() -> None:
    assert glob(["a/index.html", "b{1}/x,y.html"]) == r"{a/index.html,b\{1\}/x\,y.html}"
    assert folder(0) == "" and folder(3) == "deel-3/"


def test_html_files_leave_out_the_bundle(tmp_path: Path) -> None:
    for name in ["index.html", "a/index.html", "pagefind/x.html", "a/style.css"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert html_files(tmp_path, ["pagefind"]) == ["a/index.html", "index.html"]


def _urls(part: Path) -> list[str]:
    urls = []
    for path in (part / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        urls.append(json.loads(data[len(b"pagefind_dcd"):])["url"])
    return urls


def test_the_parts_together_index_every_page_once(real_site: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(real_site, site, ignore=shutil.ignore_patterns(BUNDLE))
    found = build(site, load_once(), shard_pages=40)
    bundle = site / BUNDLE
    parts = json.loads((bundle / EXTRA).read_text(encoding="utf-8"))["parts"]
    assert found["parts"] == len(parts) + 1 >= 3
    assert (bundle / "pagefind.js").is_file() and not (bundle / parts[0] / "pagefind.js").exists()
    assert all((bundle / part / "wasm.nl.pagefind").is_file() for part in parts), "elk deel start een worker"
    urls = _urls(bundle) + [url for part in parts for url in _urls(bundle / part)]
    assert len(urls) == len(set(urls)), "een pagina staat in twee delen"
    single = tmp_path / "single"
    shutil.copytree(real_site, single, ignore=shutil.ignore_patterns(BUNDLE))
    build(single, load_once())
    assert sorted(urls) == sorted(_urls(single / BUNDLE))
    for part in [bundle] + [bundle / p for p in parts]:
        assert json.loads((part / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]
