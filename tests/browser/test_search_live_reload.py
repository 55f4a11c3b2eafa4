"""`mkdocs serve`: after a partner file changes, the rebuilt index finds the new text in the search box."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.browser.harness import ROOT, Visit
from tests.browser.search_box import open_search, search
from wegwijzer.devtools.local_server import fetch, free_port
from wegwijzer.devtools.synth import write_dataset

pytestmark = [pytest.mark.browser, pytest.mark.build]


def _wait_for(check: Callable[[], bool], what: str, serve: subprocess.Popen, seconds: float = 240) -> None:
    start = time.monotonic()
    while not check():
        assert serve.poll() is None, "mkdocs serve stopte"
        assert time.monotonic() - start < seconds, f"{what} bleef uit"
        time.sleep(0.3)


def _search_in_new_tab(tab: Callable[..., Visit], base: str, query: str) -> list[str]:
    """Open the site in a fresh tab, search, close the tab (so no live-reload signal reloads it mid-search)."""
    visit = tab(base)
    try:
        visit.page.goto(base, wait_until="load")  # serve's live-reload script keeps a request open: no networkidle
        open_search(visit)
        found = search(visit, query)
        assert not visit.page_errors
        return found
    finally:
        visit.page.context.close()


def test_changed_partner_is_findable_after_the_rebuild(tmp_path: Path, tab: Callable[..., Visit]) -> None:
    data = write_dataset(12, tmp_path / "data")
    partner = sorted((data / "partners").glob("*.yaml"))[3]
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1", "WEGWIJZER_DATA": str(data)}
    serve = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
                             cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
    try:
        _wait_for(lambda: fetch(base + "pagefind/wegwijzer-zoeken.json") is not None, "de eerste build", serve)
        assert _search_in_new_tab(tab, base, "zeppelinwerf") == []
        text = partner.read_text(encoding="utf-8")
        partner.write_text(re.sub(r"^description: .*$", "description: Fictieve organisatie bij de zeppelinwerf.",
                                  text, flags=re.M), encoding="utf-8")
        _wait_for(lambda: "zeppelinwerf" in (fetch(base + "pagefind/wegwijzer-zoeken.json") or ""), "de herbouw",
                  serve)
        time.sleep(2)  # the index is written last; let serve finish the build and its reload signal first
        assert _search_in_new_tab(tab, base, "zeppelinwerf") == [f"/sociale-kaart/{partner.stem}/"]
    finally:
        os.killpg(serve.pid, signal.SIGTERM)
        serve.wait(timeout=30)
