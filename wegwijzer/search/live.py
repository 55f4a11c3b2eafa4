"""The search index under `mkdocs serve`: built after the page is served, never holding the rebuilt page back.

Every rebuild empties the site folder, so the bundle of the previous build is moved aside before it (`before_build`)
and put back right after it (`after_build`): the search keeps working, one edit behind, while the new index is
built in a thread beside the site and then swapped in. A rebuild that starts while an index is being built makes
that index stale: it is thrown away and the newest build is indexed instead.
"""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path
from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.search.index import BUNDLE, build

log = logging.getLogger("mkdocs.hooks.search_index")


class LiveIndex:
    """One per `mkdocs serve`: indexes each build in the background, the newest build last."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation = 0
        self._thread: threading.Thread | None = None
        self._pending: tuple[int, Path, Catalog, Path | None, Path | None] | None = None

    @staticmethod
    def _aside(site: Path) -> Path:
        return site.parent / f".{site.name}-{BUNDLE}"

    def before_build(self, site: Path) -> None:
        """Keep the current bundle out of the site folder while the build empties it."""
        with self._lock:
            self._generation += 1
            bundle, aside = site / BUNDLE, self._aside(site)
            if bundle.is_dir():
                shutil.rmtree(aside, ignore_errors=True)
                bundle.rename(aside)

    def after_build(self, site: Path, catalog: Catalog, docs: Path | None, root: Path | None) -> None:
        """Put the previous bundle back at once, and index this build in the background."""
        with self._lock:
            aside = self._aside(site)
            if aside.is_dir() and not (site / BUNDLE).exists():
                aside.rename(site / BUNDLE)
            self._pending = (self._generation, site, catalog, docs, root)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="wegwijzer-zoekindex", daemon=True)
                self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Until the background index is done (tests)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _work(self) -> None:
        while True:
            with self._lock:
                job, self._pending = self._pending, None
                if job is None:
                    self._thread = None
                    return
            self._index(*job)

    def _index(self, generation: int, site: Path, catalog: Catalog, docs: Path | None, root: Path | None) -> None:
        fresh = site.parent / f".{site.name}-{BUNDLE}-{generation}"
        shutil.rmtree(fresh, ignore_errors=True)
        fresh.mkdir(parents=True)
        try:
            found: dict[str, Any] = build(site, catalog, docs, root, output=fresh / BUNDLE)
        except Exception as error:  # noqa: BLE001 - a failed background index must not stop the server
            log.warning("Zoekindex mislukt (volgende wijziging probeert opnieuw): %s", error)
            shutil.rmtree(fresh, ignore_errors=True)
            return
        with self._lock:
            if generation != self._generation:  # a newer build started while this one was read: stale
                shutil.rmtree(fresh, ignore_errors=True)
                return
            old = site.parent / f".{site.name}-{BUNDLE}-old"
            shutil.rmtree(old, ignore_errors=True)
            if (site / BUNDLE).exists():
                (site / BUNDLE).rename(old)
            (fresh / BUNDLE).rename(site / BUNDLE)
            shutil.rmtree(fresh, ignore_errors=True)
            shutil.rmtree(old, ignore_errors=True)
        log.info("Zoekindex bijgewerkt (Pagefind %(version)s): %(pages)s pagina's, %(seconds)s s", found)
