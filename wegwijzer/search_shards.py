"""How the built pages are split over several Pagefind indexes ("delen") that the browser searches as one.

Pagefind 1.5.2 scores a word by walking, for every page that has the word, the list of all (page, word) matches
of the query: the time grows with the square of the number of pages a word is on. At 10,000 partners a word on
every page took about a second as one index; in parts of SHARD_PAGES pages, searched by two workers in the
browser (docs/assets/search-worker.js, each merging its share with Pagefind's own `mergeIndex`), it takes a tenth
of that. The size is a balance measured with `scripts/bench.py`: smaller parts score faster, but each part costs
the browser requests (an index chunk per part for every new word) and bytes (its metadata); at 10,000 partners
1,500 pages a part beat 500, 1,000 and 2,000. Pages are spread by a hash of their path, so every part is a fair
sample of the site and scores stay comparable between parts. A site of SHARD_PAGES pages or fewer (the real site
today) stays one index."""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterable
from pathlib import Path

SHARD_PAGES = 1500
# Characters with a meaning in Pagefind's glob patterns; a path holding one is escaped with a backslash.
_GLOB_SPECIAL = re.compile(r"([\\*?\[\]{}<>(),:!$])")


def html_files(site: Path, skip: Iterable[str]) -> list[str]:
    """The built HTML files as paths relative to the site, sorted; folders in `skip` (the bundles) left out."""
    skipped = set(skip)
    found = []
    for path in site.rglob("*.html"):
        relative = path.relative_to(site)
        if relative.parts[0] not in skipped:
            found.append(relative.as_posix())
    return sorted(found)


def split(files: list[str], size: int = SHARD_PAGES) -> list[list[str]]:
    """The files in ceil(n / size) parts by a stable hash of their path; one part for a small site."""
    count = max(1, math.ceil(len(files) / size))
    parts: list[list[str]] = [[] for _ in range(count)]
    for name in files:
        parts[zlib.crc32(name.encode("utf-8")) % count].append(name)
    return parts


def glob(files: list[str]) -> str:
    """A Pagefind glob that matches exactly these files (relative to the site)."""
    return "{" + ",".join(_GLOB_SPECIAL.sub(r"\\\1", name) for name in files) + "}"


def folder(number: int) -> str:
    """The folder of part `number` inside the bundle (part 0 is the bundle itself)."""
    return "" if number == 0 else f"deel-{number}/"
