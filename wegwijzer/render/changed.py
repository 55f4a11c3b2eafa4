"""Which generated pages changed since the last build that was written, for `mkdocs serve --dirty`.

A page made from the data is the same page as last time when its Markdown and everything around it that comes
from the data or the site (the navigation, the region choice, the theme's templates, the settings) are the same.
Only the pages that differ are built again: one partner edit rebuilds its own page and the few that show it, not
the whole site. Pages that are no longer made (a removed record) are named so that their old output can go.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def digest(*parts: str) -> str:
    """A short, stable fingerprint of some texts (order matters)."""
    sha = hashlib.blake2b(digest_size=16)
    for part in parts:
        sha.update(part.encode("utf-8"))
        sha.update(b"\0")
    return sha.hexdigest()


class ChangedPages:
    """One per `mkdocs serve --dirty`: the fingerprint of every generated page as it was last written."""

    def __init__(self) -> None:
        self._written: dict[str, tuple[str, str]] = {}  # src_uri → (fingerprint, output path in the site)
        self._pending: dict[str, tuple[str, str]] = {}

    def unchanged(self, site: str, pages: Iterable[tuple[str, str, str]]) -> set[str]:
        """The src_uris of `pages` (src_uri, page text, output path) that need no rebuild, given `site` (the
        fingerprint of all that every page shares). What this build writes counts only once `written()` says so."""
        self._pending = {}
        same = set()
        for src_uri, text, dest in pages:
            mark = digest(site, text)
            self._pending[src_uri] = (mark, dest)
            if self._written.get(src_uri, ("", ""))[0] == mark:
                same.add(src_uri)
        return same

    def written(self) -> list[str]:
        """The build is written: remember it, and return the output paths of pages it no longer makes."""
        gone = [dest for src_uri, (_, dest) in self._written.items() if src_uri not in self._pending]
        self._written, self._pending = self._pending, {}
        return gone

    def forget(self) -> None:
        """The site folder no longer holds a written build (the data had errors): rebuild every page next time."""
        self._written, self._pending = {}, {}
