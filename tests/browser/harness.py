"""Browser harness: build a site, serve it on 127.0.0.1, and record what Debian's Chromium does with it."""

from __future__ import annotations

import atexit
import functools
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
# Playwright only drives the system browser; it must never fetch one of its own.
os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")


def require_chromium() -> None:
    """Fail in CI, skip locally, when Debian's Chromium is not installed."""
    if CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK):
        return
    message = (f"{CHROMIUM} ontbreekt: installeer Chromium met `sudo apt-get install chromium` "
               "om de browsertests te draaien.")
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


_shared: dict[str, object] = {}


def shared_chromium() -> object:
    """Headless Chromium from /usr/bin, one per test process (Playwright's sync API allows one per thread)."""
    if "browser" not in _shared:
        from playwright.sync_api import sync_playwright

        require_chromium()
        playwright = sync_playwright().start()
        _shared["playwright"] = playwright
        _shared["browser"] = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        atexit.register(close_chromium)
    return _shared["browser"]


def close_chromium() -> None:
    """Close the shared Chromium and Playwright, if they were started."""
    if "browser" in _shared:
        _shared.pop("browser").close()
        _shared.pop("playwright").stop()


def build_site(site: Path, data: Path | None = None) -> Path:
    """Build the site with the project's Python into `site`, from data/ or another data folder."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    if data is not None:
        env["WEGWIJZER_DATA"] = str(data)
    python = ROOT / ".venv" / "bin" / "python"
    result = subprocess.run([str(python if python.exists() else sys.executable), "-m", "mkdocs", "build",
                             "--strict", "--site-dir", str(site)],
                            cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        """Keep test output clean."""


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 at a free port; yields its base URL (ending in /)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Visit:
    """One browser tab, with every request, console error, uncaught error and dialog it produced."""

    page: object
    base: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        """Requests to any host but the local server (data: and blob: stay inside the page)."""
        host = urlsplit(self.base).netloc
        return [url for url in self.requests
                if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != host]

    def goto(self, path: str) -> None:
        response = self.page.goto(self.base + path.lstrip("/"), wait_until="networkidle")
        assert response is not None and response.ok, f"{path}: HTTP {response.status if response else '?'}"


def open_tab(browser: object, base: str, javascript: bool = True, phone: bool = False) -> Visit:
    """A fresh context and tab (desktop, or a phone-sized touch screen) that records everything the page does."""
    # A common laptop screen, or a phone-sized touch screen (tests/browser/test_layout.py also tries 320 px).
    size = ({"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True} if phone
            else {"viewport": {"width": 1366, "height": 768}})
    context = browser.new_context(java_script_enabled=javascript, service_workers="block", **size)
    page = context.new_page()
    visit = Visit(page, base)
    page.on("request", lambda request: visit.requests.append(request.url))
    page.on("console", lambda msg: visit.console_errors.append(f"{msg.text} ({msg.location.get('url')})")
            if msg.type == "error" else None)
    page.on("pageerror", lambda error: visit.page_errors.append(str(error)))

    def on_dialog(dialog: object) -> None:
        visit.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return visit


def visible_rows(page: object) -> list[str]:
    """Hrefs (last path segment) of the directory rows a reader can see."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('#ww-directory tbody tr'))
        .filter(row => getComputedStyle(row).display !== 'none')
        .map(row => row.querySelector('a').getAttribute('href').replace(/\\/$/, '').split('/').pop())""")
