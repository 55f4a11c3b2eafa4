"""Build the site's search: Pagefind's index of the built pages, plus the word list and synonyms the browser uses.

Pagefind (pinned in requirements.txt) reads the finished HTML: only what stands inside `data-pagefind-body`,
minus the parts marked `data-pagefind-ignore` and the theme's boilerplate listed in EXCLUDE.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import re
import shutil
import time
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from wegwijzer import search_shards as shards
from wegwijzer import synonyms
from wegwijzer.catalog import Catalog
from wegwijzer.schemas import default_schemas

BUNDLE = "pagefind"
EXTRA = "wegwijzer-zoeken.json"
# Pagefind's own ready-made interfaces: the site uses its own search box (docs/assets/search.js), not these; nor
# its worker (the site runs Pagefind in its own workers, docs/assets/search-worker.js).
UNUSED = ["pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
          "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js", "pagefind-worker.js"]
# The other parts of a split index use the bundle's one pagefind.js; each keeps its WebAssembly, since the browser
# searches the parts in one or two workers and each worker starts Pagefind from its first part (search-worker.js).
PART_CODE = ["pagefind.js"]
# Material's permalink marks (¶), edit and view buttons, tags row and "last updated" line: never content.
EXCLUDE = [".headerlink", ".md-content__button", ".md-source-file", ".md-tags", ".md-feedback"]
# Fields that hold ids, links, dates or codes rather than words someone would type.
_SKIP = {"id", "url", "partner", "question", "sources", "last_verified", "accessed", "areas", "partners", "regions",
         "competencies", "roles", "role", "email", "website", "phone", "kind", "theme", "themes", "routes", "consent",
         "actor", "result_areas", "min_age", "max_age", "unconfirmed"}
_WORD = re.compile(r"[0-9a-zà-öø-ÿ]+")
_TEMPLATE = re.compile(r"{{.*?}}|{%.*?%}|<[^>]+>|\]\([^)]*\)", re.S)


def words(text: str) -> Iterator[str]:
    """The words of a text as the search compares them: lower case, letters and digits, two or more long."""
    for word in _WORD.findall(text.casefold()):
        if len(word) >= 2 and not word.isdigit():
            yield word


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _SKIP:
                yield from _strings(item)


def vocabulary(catalog: Catalog, pages: Iterable[str] = ()) -> list[tuple[str, int]]:
    """Every word in the data and in the hand-written pages, with how many texts use it; most used first."""
    counts: Counter[str] = Counter()
    texts: list[str] = [label for label in default_schemas().themes.values()]
    for kind in catalog.records:
        if kind != "synonym":  # not on any page: Pagefind cannot find these words
            texts += ["\n".join(_strings(data)) for data in catalog.all(kind)]
    texts += [_TEMPLATE.sub(" ", page) for page in pages]
    for text in texts:
        counts.update(set(words(text)))
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def page_texts(docs: Path) -> Iterator[str]:
    """The hand-written pages' Markdown, in a fixed order (their words join the browser's word list)."""
    for path in sorted(docs.rglob("*.md")):
        yield path.read_text(encoding="utf-8")


def browser_data(catalog: Catalog, pages: Iterable[str] = ()) -> dict[str, Any]:
    """What search.js loads beside Pagefind: word list (for typos), synonyms, regions and themes (for filters).

    The words come most used first; that order is all search.js needs of their counts.
    """
    vocab = vocabulary(catalog, pages)
    asked = {question["theme"] for question in catalog.all("question")}
    return {
        "words": " ".join(word for word, _ in vocab),
        "synonyms": synonyms.groups(catalog),
        "regions": [{"id": r["id"], "name": r["name"]} for r in catalog.all("region")],
        "themes": [{"id": key, "name": label, "questions": key in asked}
                   for key, label in default_schemas().themes.items()],
    }


async def _index(site: Path, output: Path, parts: list[list[str]]) -> int:
    from pagefind.index import IndexConfig
    from pagefind.service import PagefindService

    service = await PagefindService().launch()
    try:
        indexes = []
        for number in range(len(parts)):
            config = IndexConfig(force_language="nl", exclude_selectors=EXCLUDE,
                                 output_path=str(output / shards.folder(number)))
            indexes.append(await service.create_index(config))
        # One part: every page, as Pagefind finds them. More parts: each its own exact list of files.
        results = await asyncio.gather(*(
            index.add_directory(str(site), glob=shards.glob(files) if len(parts) > 1 else None)
            for index, files in zip(indexes, parts)))
        await indexes[0].write_files()  # the bundle folder first: the other parts live inside it
        await asyncio.gather(*(index.write_files() for index in indexes[1:]))
    finally:
        # Not `async with`: on leaving, pagefind 1.5.2 terminates its binary right after "files written", which on a
        # busy machine left pagefind-entry.json empty. Closing its input lets the binary finish and exit by itself.
        service._backend.stdin.close()
        try:
            await asyncio.wait_for(service._backend.wait(), 120)
        except TimeoutError:
            service._backend.terminate()
            await service._backend.wait()
        service._poll_task.cancel()
    return sum(int(result["page_count"]) for result in results)


ATTEMPTS = 3


def _whole_chunk(path: Path) -> bool:
    """A Pagefind data file (gzip around `pagefind_dcd`…) that unpacks to its end."""
    try:
        return gzip.decompress(path.read_bytes()).startswith(b"pagefind_dcd")
    except (OSError, EOFError, zlib.error):
        return False


def check_bundle(output: Path) -> None:
    """Every file of the bundle has content, and the files Pagefind writes last and has been seen to leave short on
    a busy machine (its code, its WebAssembly, each part's entry point and metadata) are whole; else the search
    fails in the browser. Fragments and index chunks are not unpacked here: 12,000 of them cost seconds."""
    broken = []
    for path in output.rglob("*"):
        if not path.is_file():
            continue
        if path.stat().st_size == 0:
            broken.append(path.name)
        elif path.name == "pagefind-entry.json":
            json.loads(path.read_text(encoding="utf-8"))
        elif path.name == "pagefind.js":
            if not re.search(r"export\{[^}]*\};?\s*$", path.read_text(encoding="utf-8")[-1000:]):
                broken.append(path.name)
        elif path.suffix in (".pagefind", ".pf_meta") and not _whole_chunk(path):
            broken.append(path.name)
    if broken:
        raise RuntimeError(f"Pagefind schreef lege of onvolledige bestanden: {', '.join(sorted(set(broken))[:5])}")


def _tidy(output: Path, parts: int) -> None:
    """Drop Pagefind's own UI files (unused, and now and then written empty on a busy machine) and parts' code."""
    for number in range(parts):
        folder = output / shards.folder(number)
        for pattern in UNUSED + (PART_CODE if number else []):
            for path in folder.glob(pattern):
                path.unlink()


def _run(make: Any) -> Any:
    """Run a coroutine to the end, also when the caller already runs an event loop (then in its own thread)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result()


def build(site: Path, catalog: Catalog, docs: Path | None = None,
          shard_pages: int = shards.SHARD_PAGES) -> dict[str, Any]:
    """Index the built site into site/pagefind/ and write the browser data beside it; returns counts and time."""
    start = time.perf_counter()
    output = site / BUNDLE
    parts = shards.split(shards.html_files(site, [BUNDLE]), shard_pages)
    for attempt in range(1, ATTEMPTS + 1):
        shutil.rmtree(output, ignore_errors=True)  # no part of an earlier, larger split may stay behind
        pages = _run(lambda: _index(site, output, parts))
        _tidy(output, len(parts))
        try:
            check_bundle(output)
            break
        except (RuntimeError, ValueError):
            if attempt == ATTEMPTS:
                raise
    data = browser_data(catalog, page_texts(docs) if docs else ())
    data["parts"] = [shards.folder(number) for number in range(1, len(parts))]
    (output / EXTRA).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return {"pages": pages, "parts": len(parts), "words": len(data["words"].split()),
            "seconds": round(time.perf_counter() - start, 3)}
