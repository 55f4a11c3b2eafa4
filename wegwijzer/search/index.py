"""Build the site's search: Pagefind's index of the built pages, plus the word list and synonyms the browser uses.

Pagefind reads the finished HTML: only what stands inside `data-pagefind-body`, minus the parts marked
`data-pagefind-ignore` and the theme's boilerplate listed in EXCLUDE. Its binary is 1.6 from the npm registry
(package-lock.json, installed into node_modules/ by `make .venv/.installed`), driven by the Python API of the
`pagefind` package (requirements.txt): PyPI has no 1.6. One index for every size: 1.6 scores a word on 12,000
pages in tens of milliseconds, where 1.5.2 needed a split index (BENCHMARKS.md).
"""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import re
import shutil
import time
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.domain import ROOT
from wegwijzer.schemas import default_schemas
from wegwijzer.search import synonyms

BUNDLE = "pagefind"
EXTRA = "wegwijzer-zoeken.json"
# The words of each partner as its own page has them, for the directory's filter (docs/assets/wegwijzer.js).
DIRECTORY = "wegwijzer-kaart.json"
# Pagefind's own ready-made interfaces: the site uses its own search box (docs/assets/search.js), not these; nor
# its worker (the site runs Pagefind in its own worker, docs/assets/search-worker.js).
UNUSED = ["pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
          "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js", "pagefind-worker.js"]
# The binary npm ci puts in node_modules/ (one platform package, e.g. @pagefind/linux-x64), unless
# PAGEFIND_BINARY_PATH names another.
BINARY_GLOB = "node_modules/@pagefind/*/bin/pagefind_extended"
# Material's permalink marks (¶), edit and view buttons, tags row and "last updated" line: never content.
EXCLUDE = [".headerlink", ".md-content__button", ".md-source-file", ".md-tags", ".md-feedback"]
# Fields that hold ids, links, dates or codes rather than words someone would type.
_SKIP = {"id", "url", "partner", "question", "sources", "last_verified", "accessed", "areas", "partners", "regions",
         "competencies", "roles", "role", "email", "website", "phone", "kind", "theme", "themes", "routes", "consent",
         "actor", "result_areas", "min_age", "max_age", "unconfirmed"}
_WORD = re.compile(r"[0-9a-zà-öø-ÿ]+")
_TEMPLATE = re.compile(r"{{.*?}}|{%.*?%}|<[^>]+>|\]\([^)]*\)", re.S)


# Pagefind joins the text of touching elements ("Bel 020 555 5961</a></span><span …><a …>oktamsterdam.nl" became
# "5961oktamsterdam.nl"; table cells "VeldBetekenis"), also where the page shows them apart (a block, a cell, a
# CSS separator). A space between a closing tag and an opening tag that touch, inside the indexed article and
# outside <pre> (where spaces count), gives the words back their boundary; whitespace there does not change how
# the page looks, since it collapses with the spacing the page already has between those elements.
_TOUCHING = re.compile(r"(</[a-zA-Z][a-zA-Z0-9]*>)(?=<[a-zA-Z])")
_PRE = re.compile(r"(<pre\b.*?</pre>)", re.S)
_BODY = "data-pagefind-body"


def spaced(html: str) -> str:
    """The page with a space wherever a closing tag touches an opening tag inside the indexed article."""
    start = html.find(_BODY)
    if start < 0:
        return html
    end = html.find("</article>", start)
    end = len(html) if end < 0 else end
    body = _PRE.split(html[start:end])
    body = [part if part.startswith("<pre") else _TOUCHING.sub(r"\1 ", part) for part in body]
    return html[:start] + "".join(body) + html[end:]


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


def binary(root: Path) -> str:
    """The Pagefind binary: PAGEFIND_BINARY_PATH if set, else the one `npm ci` installed under `root`."""
    chosen = os.environ.get("PAGEFIND_BINARY_PATH")
    if chosen:
        return chosen
    found = sorted(root.glob(BINARY_GLOB))
    if not found:
        raise RuntimeError(f"Pagefind ontbreekt in {root / 'node_modules'}: draai eerst `make .venv/.installed` "
                           "(die installeert Pagefind met `npm ci --ignore-scripts`).")
    return str(found[0])


def version(output: Path) -> str:
    """The Pagefind version that wrote a bundle, as its entry point records it."""
    return str(json.loads((output / "pagefind-entry.json").read_text(encoding="utf-8"))["version"])


def directory_words(catalog: Catalog) -> dict[str, str]:
    """Per partner id, the words the site search finds its page by: name, aliases, description, how to reach it,
    its kind, themes and municipalities by their Dutch names; each word once, as the search compares them."""
    schemas = default_schemas()
    kinds = dict(zip(schemas.schema("partner")["properties"]["kind"]["enum"],
                     schemas.schema("partner")["properties"]["kind"]["enumDescriptions"]))
    towns = catalog.municipalities
    found = {}
    for partner in catalog.all("partner"):
        texts = list(_strings(partner))
        texts.append(kinds.get(partner["kind"], partner["kind"]))
        texts += [schemas.themes.get(theme, theme) for theme in partner["themes"]]
        texts += [towns[area][0] for area in partner["areas"] if area in towns]
        found[partner["id"]] = " ".join(dict.fromkeys(words(" ".join(texts))))
    return found


async def _index(site: Path, output: Path, executable: str) -> int:
    from pagefind.index import IndexConfig
    from pagefind.service import PagefindService

    # The Python API takes its binary from this variable; set only for this call's service.
    previous = os.environ.get("PAGEFIND_BINARY_PATH")
    os.environ["PAGEFIND_BINARY_PATH"] = executable
    try:
        service = await PagefindService().launch()
    finally:
        if previous is None:
            os.environ.pop("PAGEFIND_BINARY_PATH", None)
        else:
            os.environ["PAGEFIND_BINARY_PATH"] = previous
    try:
        config = IndexConfig(force_language="nl", exclude_selectors=EXCLUDE, output_path=str(output))
        index = await service.create_index(config)
        result = await index.add_directory(str(site))
        await index.write_files()
    finally:
        # Not `async with`: on leaving, the pagefind Python API terminates its binary right after "files written",
        # which on a busy machine left pagefind-entry.json empty. Closing its input lets the binary finish and exit.
        service._backend.stdin.close()
        try:
            await asyncio.wait_for(service._backend.wait(), 120)
        except TimeoutError:
            service._backend.terminate()
            await service._backend.wait()
        service._poll_task.cancel()
    return int(result["page_count"])


ATTEMPTS = 3


def _whole_chunk(path: Path) -> bool:
    """A Pagefind data file (gzip around `pagefind_dcd`…) that unpacks to its end."""
    try:
        return gzip.decompress(path.read_bytes()).startswith(b"pagefind_dcd")
    except (OSError, EOFError, zlib.error):
        return False


def check_bundle(output: Path) -> None:
    """Every file of the bundle has content, and the files Pagefind writes last and has been seen to leave short on
    a busy machine (its code, its WebAssembly, its entry point and metadata) are whole; else the search
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


def route_groups(output: Path, catalog: Catalog) -> dict[str, str]:
    """Pagefind's id of every route page (/wegwijzer/<question>/<region>/) and its question: the worker keeps one
    route per question among the candidates (docs/assets/search-worker.js). Read from the fragments Pagefind
    wrote, since its Python API does not say which id it gave a page; a fragment file holds one page, or a group
    of pages by id."""
    questions = {q["id"] for q in catalog.all("question")}
    regions = {r["id"] for r in catalog.all("region")}
    found: dict[str, str] = {}
    for path in (output / "fragment").glob("*.pf_fragment"):
        raw = gzip.decompress(path.read_bytes())
        data = json.loads(raw[len(b"pagefind_dcd"):] if raw.startswith(b"pagefind_dcd") else raw)
        pages = {path.stem: data} if "url" in data else data
        for page_id, page in pages.items():
            parts = str(page.get("url", "")).strip("/").split("/")
            if len(parts) >= 3 and parts[-3] == "wegwijzer" and parts[-2] in questions and parts[-1] in regions:
                found[page_id] = parts[-2]
    return found


def _tidy(output: Path) -> None:
    """Drop Pagefind's own UI files (unused, and now and then written empty on a busy machine)."""
    for pattern in UNUSED:
        for path in output.glob(pattern):
            path.unlink()


def _run(make: Any) -> Any:
    """Run a coroutine to the end, also when the caller already runs an event loop (then in its own thread)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result()


def build(site: Path, catalog: Catalog, docs: Path | None = None, root: Path | None = None,
          output: Path | None = None) -> dict[str, Any]:
    """Index the built site into site/pagefind/ (or `output`) and write the browser data beside it; returns counts
    and time. `root` is the project folder whose node_modules/ holds Pagefind (default: the one above this package).
    """
    start = time.perf_counter()
    output = output or site / BUNDLE
    executable = binary(root or ROOT)
    for attempt in range(1, ATTEMPTS + 1):
        shutil.rmtree(output, ignore_errors=True)
        pages = _run(lambda: _index(site, output, executable))
        _tidy(output)
        try:
            check_bundle(output)
            break
        except (RuntimeError, ValueError):
            if attempt == ATTEMPTS:
                raise
    data = browser_data(catalog, page_texts(docs) if docs else ())
    data["routes"] = route_groups(output, catalog)
    (output / EXTRA).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    (output / DIRECTORY).write_text(json.dumps(directory_words(catalog), ensure_ascii=False, separators=(",", ":")),
                                    encoding="utf-8")
    return {"pages": pages, "words": len(data["words"].split()), "version": version(output),
            "seconds": round(time.perf_counter() - start, 3)}
