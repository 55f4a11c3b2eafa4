"""A real build: the board page, the template download and preview, the glossary, and linked contributor pages."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
from pathlib import Path

import pytest

from wegwijzer.render.contribute import issue_forms

pytestmark = pytest.mark.build
ROOT = Path(__file__).resolve().parent.parent


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_the_template_is_downloadable_and_shown_as_a_page(real_site: Path) -> None:
    assert read(real_site, "downloads/profiel-sjabloon.yaml") == read(ROOT, "data/profiles/_sjabloon.yaml")
    preview = read(real_site, "profielen/sjabloon/index.html")
    assert "Dit is het sjabloon, geen echt profiel" in preview and "Functietitel zoals in" in preview
    locations = {url.lstrip("/") for url in indexed_urls(real_site)}
    assert not any(loc.startswith("profielen/sjabloon/") for loc in locations)
    assert "profielen/bestuur/" in locations and "begrippen/" in locations


def indexed_urls(site: Path) -> set[str]:
    """The pages Pagefind indexed (its per-page records are gzip with a "pagefind_dcd" marker before the JSON)."""
    from wegwijzer.search.index import BUNDLE

    found = set()
    for path in (site / BUNDLE / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        found.add(json.loads(data[len(b"pagefind_dcd"):])["url"])
    return found


def test_the_board_page_is_in_the_navigation_and_links_what_a_board_needs(real_site: Path) -> None:
    board = read(real_site, "profielen/bestuur/index.html")
    assert 'href="../../downloads/profiel-sjabloon.yaml" download' in board
    assert 'href="../sjabloon/"' in board or 'href="../../profielen/sjabloon/"' in board
    assert "44343 43334 43 43" in board and "Kenmerkscores" in board
    for file, _, _ in issue_forms():
        assert f"issues/new?template={file}" in board
    overview = read(real_site, "profielen/index.html")
    assert re.search(r'<a [^>]*href="bestuur/"[^>]*>(?:\s|<[^>]+>)*Een profiel voor je bestuur', overview)
    assert re.search(r'href="(\.\./)*begrippen/"', overview)


def tracked() -> set[str]:
    """Every file in the repository, and every folder holding one (with and without a trailing slash)."""
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    folders = {str(Path(f).parent) for f in files} | {str(p) for f in files for p in Path(f).parents}
    return set(files) | folders | {f + "/" for f in folders}


def test_contributor_pages_link_every_repository_path_they_name(real_site: Path) -> None:
    in_repository = tracked()
    for page, least in (("bijdragen/wat-staat-waar/index.html", 10), ("bijdragen/in-de-browser/index.html", 3),
                        ("bijdragen/velden/partner/index.html", 2), ("profielen/bestuur/index.html", 1)):
        html = read(real_site, page)
        bare = [text for text in re.findall(r"<code>([^<]+)</code>", html)
                if ("/" in text or "." in text) and text in in_repository]
        assert not bare, (page, bare)
        assert html.count('class="ww-repo-file"') >= least
    bijdragen = read(real_site, "bijdragen/index.html")
    for file, _, _ in issue_forms():
        assert f"issues/new?template={file}" in bijdragen


def test_record_pages_offer_to_report_a_mistake(real_site: Path) -> None:
    page = read(real_site, "sociale-kaart/kindertelefoon/index.html")
    assert re.search(r'href="https://github\.com/[^"]+/issues/new\?template=fout-melden\.yml&amp;title=Fout%3A%20'
                     r'[^"]*&amp;pagina=[^"]*kindertelefoon\.yaml[^"]*">meld een fout</a>', page)
    assert "mailto:" not in page[page.index('id="klopt-dit-niet"'):], "an e-mail route without a configured address"
