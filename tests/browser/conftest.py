"""Fixtures for the browser tests: one Chromium and one served real site per test worker."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.browser.harness import Visit, close_chromium, open_tab, serve, shared_chromium


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's headless Chromium; skipped locally (failed in CI) when it is not installed."""
    yield shared_chromium()
    close_chromium()


@pytest.fixture(scope="session")
def site_url(browser: object, real_site: Path) -> Iterator[str]:
    """The real site (built once per worker from data/) served on 127.0.0.1."""
    with serve(real_site) as url:
        yield url


@pytest.fixture
def tab(browser: object) -> Iterator[Callable[..., Visit]]:
    """Open recording tabs on a served site; closed after the test."""
    opened: list[Visit] = []

    def open_(base: str, javascript: bool = True, phone: bool = False) -> Visit:
        visit = open_tab(browser, base, javascript, phone)
        opened.append(visit)
        return visit

    yield open_
    for visit in opened:
        visit.page.context.close()
