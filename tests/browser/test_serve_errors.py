"""`mkdocs serve` with broken data (issue 15): every page shows the located error within seconds, no request hangs,
and the site comes back by itself once the file is fixed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.browser.harness import ROOT
from wegwijzer.devtools.local_server import free_port
from wegwijzer.devtools.synth import write_dataset

pytestmark = pytest.mark.browser

BROKEN = "partners/testpartner-01.yaml"
LOCATED = "testpartner-01.yaml:5:8: (bestand): dit is geen geldige YAML"


def _wait_until_served(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        assert server.poll() is None, "mkdocs serve stopped"
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - our own server on 127.0.0.1
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    pytest.fail("mkdocs serve did not start")


def _wait_for(url: str, ready: object, server: subprocess.Popen) -> None:
    """Ask until the answer is `ready`; every single request must be answered (no hang) within 30 seconds."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert server.poll() is None, "mkdocs serve stopped"
        try:
            with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our own server on 127.0.0.1
                html = response.read().decode("utf-8")
        except urllib.error.HTTPError as error:  # the error page comes as a 404 for addresses it replaces
            html = error.read().decode("utf-8")
        if ready(html):
            return
        time.sleep(0.5)
    pytest.fail(f"{url} never became ready")


def _load(context: object, url: str) -> tuple[object, str]:
    """Open a page in a new tab (an open error page reloads itself) within 5 seconds: the tab and the HTML sent."""
    page = context.new_page()
    response = page.goto(url, timeout=5000, wait_until="domcontentloaded")
    assert response is not None
    return page, response.text()


def _title(page: object) -> str:
    """The page's title, or "" while it is navigating (the error page reloads itself)."""
    try:
        return page.title()
    except Exception:  # noqa: BLE001 - Playwright raises while the document is being replaced
        return ""


@pytest.mark.parametrize("flags", [[], ["--dirty"]], ids=["mkdocs-serve", "make-serve"])
def test_serve_shows_the_located_error_on_every_page_and_recovers(browser: object, tmp_path: Path,
                                                                  flags: list[str]) -> None:
    data = write_dataset(12, tmp_path / "data")
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(WEGWIJZER_DATA=str(data), NO_MKDOCS_2_WARNING="1")
    mkdocs = Path(sys.executable).parent / "mkdocs"  # plain mkdocs, started outside the repository
    server = subprocess.Popen([str(mkdocs), "serve", *flags, "--strict", "-f", str(ROOT / "mkdocs.yml"), "--dev-addr",
                               f"127.0.0.1:{port}"], cwd=tmp_path, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    context = browser.new_context(service_workers="block")
    try:
        _wait_until_served(base + "sociale-kaart/testpartner-02/", server)
        page = context.new_page()
        page.goto(base + "sociale-kaart/testpartner-02/", timeout=30000)
        assert "Testpartner 02" in page.title()
        good = (data / BROKEN).read_text(encoding="utf-8")
        (data / BROKEN).write_text(good.replace("name: ", "name: [", 1), encoding="utf-8")
        # No request hangs while the site is rebuilt (before the fix, every one did); once it is rebuilt, each page
        # opens within 5 seconds and shows the located error.
        _wait_for(base + "sociale-kaart/testpartner-02/", lambda html: LOCATED in html, server)
        for path in ("sociale-kaart/testpartner-02/", "", "wegwijzer/testvraag-00/", "bestaat/niet/"):
            shown, html = _load(context, base + path)
            assert LOCATED in html
            assert shown.locator("h1").inner_text() == "De data bevat 1 fout(en)"
            assert LOCATED in shown.locator("main").inner_text()
            shown.close()
        page.close()
        page, html = _load(context, base + "sociale-kaart/testpartner-02/")
        assert LOCATED in html
        (data / BROKEN).write_text(good, encoding="utf-8")
        # The open error page reloads itself: no click, no manual reload.
        deadline = time.monotonic() + 60
        while not _title(page).startswith("Testpartner 02"):
            assert time.monotonic() < deadline, "the page did not come back"
            time.sleep(0.5)
    finally:
        context.close()
        server.terminate()
        server.wait(timeout=30)
