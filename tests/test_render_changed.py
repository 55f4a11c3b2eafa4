"""`mkdocs serve --dirty` (`make serve`) rebuilds only the pages an edit changes, and serves the same site as a
clean build of the same data: nothing stale, nothing left of a removed record."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support import ROOT
from wegwijzer.devtools.local_server import fetch, free_port
from wegwijzer.render.changed import ChangedPages

SITE = "site-fingerprint"


def test_only_changed_pages_are_rebuilt_and_removed_pages_are_named() -> None:
    changed = ChangedPages()
    pages = [("a.md", "A", "/s/a/index.html"), ("b.md", "B", "/s/b/index.html")]
    assert changed.unchanged(SITE, pages) == set()  # nothing written yet: build everything
    assert changed.written() == []
    assert changed.unchanged(SITE, [("a.md", "A", "/s/a/index.html"), ("b.md", "B2", "/s/b/index.html")]) == {"a.md"}
    assert changed.written() == []
    assert changed.unchanged(SITE, [("a.md", "A", "/s/a/index.html")]) == {"a.md"}
    assert changed.written() == ["/s/b/index.html"]
    assert changed.unchanged("other site", [("a.md", "A", "/s/a/index.html")]) == set(), "the shared part changed"


def test_a_build_that_was_not_written_is_not_remembered() -> None:
    changed = ChangedPages()
    changed.unchanged(SITE, [("a.md", "A", "/a")])
    changed.written()
    changed.unchanged(SITE, [("a.md", "A2", "/a")])  # this build fails before it is written
    assert changed.unchanged(SITE, [("a.md", "A2", "/a")]) == set()
    changed.written()
    changed.forget()  # the data had errors: the site folder was emptied
    assert changed.unchanged(SITE, [("a.md", "A2", "/a")]) == set()


# --- the real server -------------------------------------------------------------------------------------------

def _without_reload_script(html: str) -> str:
    """The page as built: serve adds its live-reload script (with a fresh id per request) before </body>."""
    return re.sub(r"<script>(?:(?!</script>).)*livereload(?:(?!</script>).)*</script>(?=</body>)", "", html,
                  flags=re.S)


class Serve:
    def __init__(self, data: Path, port: int, log: Path, *flags: str) -> None:
        self.log, self.base = log, f"http://127.0.0.1:{port}/"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1", "WEGWIJZER_DATA": str(data)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", *flags, "--strict", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log.open("w"), start_new_session=True)

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8")

    def wait(self, check: Callable[[], bool], what: str) -> None:
        start = time.monotonic()
        while not check():
            assert self.process.poll() is None, f"mkdocs serve stopte:\n{self.text()}"
            assert time.monotonic() - start < 300, f"{what} bleef uit:\n{self.text()}"
            time.sleep(0.2)

    def settled(self, builds: int) -> None:
        """Until `builds` rebuilds finished and no other started (serve logs each start and end)."""
        self.wait(lambda: self.text().count("Reloading browsers") >= builds
                  and self.text().count("Detected file changes") == self.text().count("Reloading browsers"),
                  f"herbouw {builds}")

    def pages(self) -> dict[str, str]:
        sitemap = fetch(self.base + "sitemap.xml") or ""
        urls = re.findall(r"<loc>([^<]+)</loc>", sitemap)
        assert urls
        return {url: _without_reload_script(fetch(url, timeout=10) or "") for url in urls} | {"sitemap.xml": sitemap}

    def stop(self) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)


@pytest.mark.build
def test_dirty_serve_after_edits_serves_what_a_clean_build_serves(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    partner = sorted((data / "partners").glob("*.yaml"))[0]
    texts = {path: path.read_text(encoding="utf-8") for path in data.rglob("*.yaml")}
    question = next(q for q in sorted((data / "questions").glob("*.yaml"))  # one no other file names
                    if not any(q.stem in text for path, text in texts.items() if path != q))
    port = free_port()
    dirty = Serve(data, port, tmp_path / "dirty.log", "--dirty")
    try:
        dirty.wait(lambda: "Serving on" in dirty.text(), "de eerste build")
        page = f"{dirty.base}sociale-kaart/{partner.stem}/"
        gone = f"{dirty.base}wegwijzer/{question.stem}/"
        assert fetch(gone) is not None
        text = partner.read_text(encoding="utf-8")
        partner.write_text(re.sub(r"^name: .*$", "name: Zeppelinwerf (fictief)", text, flags=re.M), encoding="utf-8")
        dirty.wait(lambda: "Zeppelinwerf" in (fetch(page) or ""), "de nieuwe naam")
        dirty.settled(1)
        rebuilt = re.findall(r"Pagina's uit de data: (\d+) van de (\d+) opnieuw gebouwd", dirty.text())
        assert len(rebuilt) == 2 and int(rebuilt[0][0]) == int(rebuilt[0][1]), rebuilt  # the first build: all
        assert 0 < int(rebuilt[1][0]) < int(rebuilt[1][1]) / 2, f"een naam herbouwde te veel pagina's: {rebuilt}"
        question.unlink()
        dirty.wait(lambda: fetch(gone) is None, "het weghalen van de vraag")  # 404: the server answers
        dirty.settled(2)
        served = dirty.pages()
    finally:
        dirty.stop()
    clean = Serve(data, port, tmp_path / "clean.log")
    try:
        clean.wait(lambda: "Serving on" in clean.text(), "de schone build")
        expected = clean.pages()
    finally:
        clean.stop()
    assert served.keys() == expected.keys()
    assert gone not in served
    stale = [url for url in expected if served[url] != expected[url]]
    assert not stale, f"{len(stale)} pagina's verschillen van een schone build, o.a. {stale[:5]}"
