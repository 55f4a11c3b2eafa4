#!/usr/bin/env python3
"""Benchmarks on synthetic data: validation, build, output and search size, bytes before the first search result,
each beside the floor (plain mkdocs-material on the same pages), plus live reload. Not a timed test."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gzip
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib import metadata
from pathlib import Path
from typing import Any

from wegwijzer.catalog import build_catalog
from wegwijzer.devtools.local_server import fetch, free_port
from wegwijzer.devtools.synth import write_dataset, write_national
from wegwijzer.domain import ROOT
from wegwijzer.render.pages import generated_pages

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
PACKAGES = ["mkdocs", "mkdocs-material", "mkdocs-macros-plugin", "Markdown", "pymdown-extensions", "PyYAML",
            "jsonschema", "jsonschema-rs", "playwright"]
SEARCH_QUERY = "fictieve"
# Warm queries: a word on every partner page (the worst case), a word on every question page, a misspelt word.
WARM_QUERIES = ["organisatie", "vraag", "orgnisatie"]
FIRST_SEARCH_TARGET = 800_000
WARM_TARGET_MS = 150
# The search before issue 21, measured in the same run: the last commit with Pagefind 1.5.2 and its index split in
# parts above 1,500 pages (wegwijzer/search_shards.py, two workers merging the parts). Its search code is put on a
# copy of our built site and its indexing step run there, with the 1.5.2 binary from the npm registry.
BASELINE_REF = "c0f2dfc"
BASELINE_PAGEFIND = "1.5.2"
# The files of the search layer whose lines issue 21 changed (the split index deleted).
# The search layer now (wegwijzer/search/) and where it stood at the baselines (the two modules it replaced).
SEARCH_FILES = ["wegwijzer/search/", "wegwijzer/search_index.py", "wegwijzer/search_shards.py", "hooks/search_index.py",
                "docs/assets/search.js", "docs/assets/search-query.js", "docs/assets/search-worker.js"]
BUILD_TARGET = 1.3
VALIDATION_TARGET = 3.0
# BENCHMARKS.md keeps everything from this line on: the analysis is written by hand.
MANUAL = "<!-- Vanaf hier met de hand bijgehouden; scripts/bench.py laat dit deel staan. -->"
FLOOR_CONFIG = """site_name: Vloer
docs_dir: docs
site_dir: site
theme:
  name: material
  language: nl
  font: false
  features: [navigation.tabs, navigation.top, navigation.footer, search.highlight, toc.follow]
  palette:
    - scheme: default
      primary: indigo
      accent: indigo
plugins:
  - search:
      lang: nl
markdown_extensions:
  - admonition
  - attr_list
  - tables
  - toc:
      permalink: true
nav:
  - index.md
not_in_nav: |
  /sociale-kaart/
  /wegwijzer/
"""


def env_for(data: Path | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    if data is not None:
        env["WEGWIJZER_DATA"] = str(data)
    return env


def timed(args: list[str], cwd: Path, env: dict[str, str], repeat: int = 1) -> float:
    """Run a command `repeat` times; the fastest wall-clock seconds. Fails loudly if the command fails."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
        best = min(best, time.perf_counter() - start)
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(args)} faalde:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return best


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        """No request log."""


# How each side's search box is driven: ours (issue 11, Pagefind) and the floor's (Material's lunr search).
BOXES = {
    "ours": {"open": "/", "input": "input[type=search]", "result": "[data-search-result]"},
    "floor": {"open": None, "input": ".md-search__input", "result": ".md-search-result__item"},
}
# Timestamps in the page: the last keystroke, and the last change of the result list after it.
WATCH = """sel => {
  window.__bench = {input: 0, shown: 0};
  document.addEventListener('input', () => { window.__bench.input = performance.now(); }, true);
  new MutationObserver(() => { if (window.__bench.input) window.__bench.shown = performance.now(); })
    .observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ['data-search-shown']});
}"""
SETTLED = """() => new Promise(resolve => {
  let last = window.__bench.shown;
  const timer = setInterval(() => {
    if (window.__bench.shown && window.__bench.shown === last) { clearInterval(timer); resolve(); }
    last = window.__bench.shown;
  }, 400);
})"""


def search_figures(site: Path, browser: Any, side: str) -> dict[str, Any]:
    """Serve the site, open the home page, type a query, wait for the first result; sum what was downloaded.

    Then, with the index warm, type another query: milliseconds from its last keystroke to the last change of the
    results (measured inside the page), and whether the query found anything.
    """
    box = BOXES[side]
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context(service_workers="block")
    try:
        page = context.new_page()
        responses: list[Any] = []
        page.on("response", lambda response: responses.append(response))
        start = time.perf_counter()
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/", wait_until="domcontentloaded")
        requests_before = len(responses)
        if box["open"]:
            page.wait_for_load_state("load")
            page.keyboard.press(box["open"])
        else:
            page.click(box["input"])
        page.keyboard.type(SEARCH_QUERY)
        page.wait_for_selector(box["result"], timeout=300_000)
        seconds = time.perf_counter() - start
        bodies = [response.body() for response in list(responses)]
        first = {"bytes": sum(map(len, bodies)), "gzip_bytes": sum(len(gzip.compress(b, 6)) for b in bodies),
                 "requests": len(bodies), "search_requests": len(bodies) - requests_before,
                 "seconds": round(seconds, 3)}
        warm = []
        for query in WARM_QUERIES:
            page.fill(box["input"], "")
            page.evaluate(WATCH)
            page.type(box["input"], query)
            page.evaluate(SETTLED)
            times = page.evaluate("window.__bench")
            warm.append(round(times["shown"] - times["input"], 1))
        return {"first_result": first, "warm_ms": warm, "warm_ms_max": max(warm)}
    finally:
        context.close()
        server.shutdown()
        server.server_close()


def site_figures(site: Path, seconds: float, pages: int, browser: Any, side: str, repeat: int = 1) -> dict[str, Any]:
    """Sizes, and the search measured in `repeat` fresh browser sessions: the first session's downloads, and per
    warm query the median of the sessions (one typing is one sample, and one sample swings by tens of ms)."""
    index = site / "pagefind" if side == "ours" else site / "search" / "search_index.json"
    sessions = [search_figures(site, browser, side) for _ in range(repeat)]
    warm = [statistics.median(ms) for ms in zip(*(session["warm_ms"] for session in sessions))]
    return {"build_seconds": round(seconds, 3), "ms_per_page": round(seconds * 1000 / pages, 3),
            "output_bytes": folder_bytes(site),
            "search_index_bytes": folder_bytes(index) if index.is_dir() else index.stat().st_size,
            "first_result": sessions[0]["first_result"], "warm_ms": warm, "warm_ms_max": max(warm),
            "warm_ms_sessions": [session["warm_ms"] for session in sessions]}


def index_seconds(site: Path, data: Path, repeat: int = 1) -> float:
    """Seconds the search index adds to our build: the hooks' indexing step, run again on the built site."""
    from wegwijzer.search.index import build as build_search

    catalog = build_catalog(data)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        build_search(site, catalog, ROOT / "docs")
        best = min(best, time.perf_counter() - start)
    return best


class Baseline:
    """The search of BASELINE_REF: its code unpacked from git, and the Pagefind binary it was built with."""

    def __init__(self, work: Path, ref: str = BASELINE_REF) -> None:
        self.ref = ref
        self.source = work / "baseline-src"
        shutil.rmtree(self.source, ignore_errors=True)
        self.source.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", ref, "wegwijzer", "docs", "schemas"], cwd=ROOT,
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(self.source)], input=archive, check=True)
        npm = work / f"pagefind-{BASELINE_PAGEFIND}"
        if not list(npm.glob("node_modules/@pagefind/*/bin/pagefind_extended")):
            subprocess.run(["npm", "install", "--no-save", "--ignore-scripts", "--no-audit", "--no-fund",
                            "--prefix", str(npm), f"pagefind@{BASELINE_PAGEFIND}"], check=True, capture_output=True)
        self.binary = str(next(npm.glob("node_modules/@pagefind/*/bin/pagefind_extended")))

    def site(self, ours: Path, target: Path, data: Path) -> dict[str, Any]:
        """A copy of our built site with the baseline's search scripts and index; its indexing step's figures."""
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ours, target, ignore=shutil.ignore_patterns("pagefind"))
        for name in ("search.js", "search-worker.js"):
            shutil.copy(self.source / "docs" / "assets" / name, target / "assets" / name)
        code = ("import json, sys; from pathlib import Path; from wegwijzer.catalog import build_catalog; "
                "from wegwijzer.search.index import build; "
                "print(json.dumps(build(Path(sys.argv[1]), build_catalog(Path(sys.argv[2])), Path(sys.argv[3]))))")
        env = {**env_for(), "PYTHONPATH": str(self.source), "PAGEFIND_BINARY_PATH": self.binary}
        result = subprocess.run([sys.executable, "-c", code, str(target), str(data), str(self.source / "docs")],
                                cwd=self.source, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"de vergelijkingsindex ({self.ref}) faalde:\n{result.stderr[-3000:]}")
        return json.loads(result.stdout.strip().splitlines()[-1])


def deleted_lines(ref: str = BASELINE_REF) -> dict[str, int]:
    """Lines added and deleted in the search layer since `ref` (git diff --numstat)."""
    out = subprocess.run(["git", "diff", "--numstat", ref, "--", *SEARCH_FILES], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    added = deleted = 0
    for line in out.splitlines():
        plus, minus, _ = line.split("\t", 2)
        added += int(plus)
        deleted += int(minus)
    return {"ref": ref, "added": added, "deleted": deleted}


def write_floor(catalog: Any, floor: Path) -> int:
    """The same generated Markdown as pre-written files for a plain mkdocs-material project; returns page count."""
    docs = floor / "docs"
    count = 0
    for generated in generated_pages(catalog):
        target = docs / generated.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(generated.markdown, encoding="utf-8")
        count += 1
    (docs / "index.md").write_text("# Vloer\n\nDezelfde pagina's, gebouwd door kale mkdocs-material.\n",
                                   encoding="utf-8")
    (floor / "mkdocs.yml").write_text(FLOOR_CONFIG, encoding="utf-8")
    return count


def _validate_and_build(data: Path, base: Path, repeat: int, name: str) -> tuple[Any, float, int, float, float]:
    """Validate `data` and build it, ours and the floor (the same pages as written Markdown, in base/floor/),
    taking turns so that a slow spell of the machine weighs on both alike; the fastest of `repeat` counts."""
    catalog = build_catalog(data)
    if not catalog.ok:
        raise SystemExit(f"{name} is ongeldig")
    python = sys.executable
    validation = timed([python, "-m", "wegwijzer", "--data", str(data), "validate"], ROOT, env_for(), repeat)
    # Every generated page: partners, questions, and since issue 20 the routes per region and the region pages.
    pages = write_floor(catalog, base / "floor")
    build = floor_build = float("inf")
    for _ in range(repeat):
        build = min(build, timed([python, "-m", "mkdocs", "build", "--strict", "--site-dir", str(base / "site")],
                                 ROOT, env_for(data)))
        floor_build = min(floor_build, timed([python, "-m", "mkdocs", "build", "--strict"], base / "floor",
                                             env_for()))
    return catalog, validation, pages, build, floor_build


def measure_size(size: int, work: Path, browser: Any, repeat: int = 1,
                 baseline: Baseline | None = None) -> dict[str, Any]:
    """All figures for one synthetic data set of `size` partners, ours and the floor."""
    base = work / str(size)
    shutil.rmtree(base, ignore_errors=True)
    data = write_dataset(size, base / "data")
    catalog, validation, pages, build, floor_build = _validate_and_build(data, base, repeat,
                                                                         f"synthetische data van {size} partners")
    ours = site_figures(base / "site", build, pages, browser, "ours", repeat)
    ours["index_seconds"] = round(index_seconds(base / "site", data, repeat), 3)
    floor = site_figures(base / "floor" / "site", floor_build, pages, browser, "floor", repeat)
    result = {"partners": size, "questions": len(catalog.all("question")), "generated_pages": pages,
              "validation_seconds": round(validation, 3), "ours": ours, "floor": floor,
              "build_vs_floor": round(build / floor_build, 3)}
    if baseline:
        indexed = baseline.site(base / "site", base / "baseline", data)
        before = site_figures(base / "baseline", build, pages, browser, "ours", repeat)
        result["baseline"] = {"ref": baseline.ref, "pagefind": BASELINE_PAGEFIND, "parts": indexed["parts"],
                              "index_seconds": indexed["seconds"], "first_result": before["first_result"],
                              "search_index_bytes": before["search_index_bytes"], "warm_ms": before["warm_ms"],
                              "warm_ms_max": before["warm_ms_max"], "warm_ms_sessions": before["warm_ms_sessions"]}
    return result


def _route_weight(site: Path) -> dict[str, int]:
    """Bytes of the first region's route of the first question: the whole page, and its article."""
    html = (site / "wegwijzer" / "testvraag-00" / "fictieve-regio-00" / "index.html").read_text(encoding="utf-8")
    start = html.index("<article")
    article = html[start:html.index("</article>", start)]
    return {"page_bytes": len(html.encode()), "article_bytes": len(article.encode())}


def _overview_weight(site: Path) -> dict[str, int]:
    """Bytes of /wegwijzer/, and of the largest region's first stops, the file it reads once the reader chose."""
    stops = [path.stat().st_size for path in (site / "assets" / "eerste-stops").glob("*.json")]
    return {"page_bytes": (site / "wegwijzer" / "index.html").stat().st_size,
            "region_stops_bytes_max": max(stops, default=0)}


def measure_national(work: Path, browser: Any, repeat: int = 1) -> dict[str, Any]:
    """The national-shaped set (issue 20: 76 regions of 3 to 8 municipalities, 40 partners per region, every
    question with a step per region), ours beside the floor; and the weight of a route page and of /wegwijzer/ at 2 and
    at 76 regions."""
    base = work / "national"
    shutil.rmtree(base, ignore_errors=True)
    data = write_national(base / "data")
    catalog, validation, pages, build, floor_build = _validate_and_build(data, base, repeat,
                                                                         "de landelijke synthetische data")
    python = sys.executable
    ours = site_figures(base / "site", build, pages, browser, "ours", repeat)
    floor = site_figures(base / "floor" / "site", floor_build, pages, browser, "floor", repeat)
    small = write_national(base / "two" / "data", regions=2)
    subprocess.run([python, "-m", "mkdocs", "build", "--strict", "--site-dir", str(base / "two" / "site")], cwd=ROOT,
                   env=env_for(small), check=True, capture_output=True)
    return {"regions": len(catalog.all("region")), "partners": len(catalog.all("partner")),
            "questions": len(catalog.all("question")), "generated_pages": pages,
            "validation_seconds": round(validation, 3), "ours": ours, "floor": floor,
            "build_vs_floor": round(build / floor_build, 3),
            "route_page": {"2_regions": _route_weight(base / "two" / "site"),
                           "76_regions": _route_weight(base / "site")},
            "wegwijzer_page": {"2_regions": _overview_weight(base / "two" / "site"),
                               "76_regions": _overview_weight(base / "site")},
            "live_reload": live_reload(data)}


def national_main(args: argparse.Namespace) -> int:
    """Only the national-shaped set: its figures in benchmarks/national.json (BENCHMARKS.md is left alone)."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="wegwijzer-bench-") as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            result = measure_national(args.work or Path(tmp), browser, max(1, args.repeat))
        finally:
            browser.close()
    result = {"date": dt.date.today().isoformat(), "machine": machine(""), **result}
    out = ROOT / "benchmarks" / "national.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("generated_pages", "build_vs_floor", "route_page", "wegwijzer_page",
                                                "live_reload")},
                     indent=2))
    return 0


# What `make serve` runs: --dirty rebuilds only the pages an edit changes (hooks/wegwijzer_hooks.py).
SERVE = ["serve", "--dirty", "--strict"]


def live_reload(data: Path, rounds: int = 3) -> dict[str, Any]:
    """Seconds from saving one partner file of `data` to `make serve`'s server serving the rebuilt page (median of
    rounds), and to the search knowing the new word (the index is built after the page, wegwijzer/search/live.py)."""
    partners = sorted((data / "partners").glob("*.yaml"))
    partner = partners[len(partners) // 2]
    port = free_port()
    url = f"http://127.0.0.1:{port}/sociale-kaart/{partner.stem}/"
    serve = subprocess.Popen([sys.executable, "-m", "mkdocs", *SERVE, "--dev-addr", f"127.0.0.1:{port}"],
                             cwd=ROOT, env=env_for(data), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
    try:
        start = time.perf_counter()
        while fetch(url) is None:
            if serve.poll() is not None or time.perf_counter() - start > 900:
                raise SystemExit("mkdocs serve kwam niet op")
            time.sleep(0.2)
        first = time.perf_counter() - start
        timings, searches = [], []
        words = f"http://127.0.0.1:{port}/pagefind/wegwijzer-zoeken.json"
        while fetch(words) is None:  # the first index is built after the first build: no round competes with it
            if time.perf_counter() - start > 900:
                raise SystemExit("de eerste zoekindex kwam niet")
            time.sleep(0.2)
        for round_ in range(rounds):
            time.sleep(1.5)  # let the watcher settle after the previous build
            token = f"Meetpunt{round_}x{time.time_ns()}"
            text = partner.read_text(encoding="utf-8")
            text = re.sub(r"^description: .*$", f"description: Fictieve organisatie {token}.", text, flags=re.M)
            saved = time.perf_counter()
            partner.write_text(text, encoding="utf-8")
            while token not in (fetch(url) or ""):
                if time.perf_counter() - saved > 900:
                    raise SystemExit("de gewijzigde pagina verscheen niet")
                time.sleep(0.05)
            timings.append(time.perf_counter() - saved)
            while token.lower() not in (fetch(words) or ""):
                if time.perf_counter() - saved > 900:
                    raise SystemExit("de zoekindex kreeg het nieuwe woord niet")
                time.sleep(0.1)
            searches.append(time.perf_counter() - saved)
        timings.sort()
        searches.sort()
        return {"partners": len(partners), "first_serve_seconds": round(first, 3),
                "reload_seconds": [round(t, 3) for t in timings],
                "median_seconds": round(timings[len(timings) // 2], 3),
                "search_seconds": [round(t, 3) for t in searches],
                "search_median_seconds": round(searches[len(searches) // 2], 3)}
    finally:
        os.killpg(serve.pid, signal.SIGTERM)
        serve.wait(timeout=30)


def pagefind_version() -> str:
    """The Pagefind version package-lock.json pins (the one the build runs)."""
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    return str(lock["packages"]["node_modules/pagefind"]["version"])


def machine(browser_version: str) -> dict[str, Any]:
    cpu = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M) \
        if Path("/proc/cpuinfo").exists() else None
    mem = re.search(r"^MemTotal:\s*(\d+) kB", Path("/proc/meminfo").read_text(), re.M) \
        if Path("/proc/meminfo").exists() else None
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {"nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
            "memory_gib": round(int(mem.group(1)) / 1024 / 1024, 1) if mem else None,
            "cpu": cpu.group(1).strip() if cpu else platform.processor(), "os": platform.platform(),
            "python": platform.python_version(), "chromium": browser_version, "packages": versions}


def targets(sizes: list[dict[str, Any]]) -> dict[str, Any]:
    """Linear growth (cost per partner of the last step ≤ 1.5× the first), build ≤ 1.3× floor, validation < 3 s."""
    largest = max(sizes, key=lambda s: s["partners"])
    result: dict[str, Any] = {
        "largest_partners": largest["partners"],
        "build_vs_floor": largest["build_vs_floor"],
        "build_within_1_3x_floor": largest["build_vs_floor"] <= BUILD_TARGET,
        "validation_seconds": largest["validation_seconds"],
        "validation_under_3s": largest["validation_seconds"] < VALIDATION_TARGET,
        "first_search_bytes": largest["ours"]["first_result"]["bytes"],
        "first_search_within_800kb": largest["ours"]["first_result"]["bytes"] <= FIRST_SEARCH_TARGET,
        "warm_ms_max": largest["ours"]["warm_ms_max"],
        "warm_within_150ms": largest["ours"]["warm_ms_max"] <= WARM_TARGET_MS,
    }
    ordered = sorted(sizes, key=lambda s: s["partners"])
    if len(ordered) >= 3:
        slopes = [(b["ours"]["build_seconds"] - a["ours"]["build_seconds"]) / (b["partners"] - a["partners"])
                  for a, b in zip(ordered, ordered[1:])]
        result["build_seconds_per_partner_between_sizes"] = [round(s, 5) for s in slopes]
        result["growth_linear"] = slopes[-1] <= 1.5 * slopes[0]
    return result


def _nl(value: float, digits: int = 0) -> str:
    """A number the Dutch way: 10.000 and 1,5."""
    return f"{value:,.{digits}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def _mb(value: int) -> str:
    return f"{_nl(value / 1e6, 1)} MB" if value >= 1e6 else f"{_nl(value / 1e3)} kB"


def table(results: dict[str, Any]) -> str:
    """The figures as a Markdown table: ours, then the floor in brackets."""
    lines = ["| partners (pagina's) | validatie | build (vloer) | ms per pagina (vloer) | uitvoer (vloer) | "
             "zoekindex (vloer) | eerste zoekresultaat: bytes, gzip, verzoeken (vloer) | warm: ms na laatste toets "
             "(vloer) | zoekindex bouwen |",
             "|---|---|---|---|---|---|---|---|---|"]
    for s in results["sizes"]:
        ours, floor = s["ours"], s["floor"]
        first, floor_first = ours["first_result"], floor["first_result"]
        lines.append(
            f"| {_nl(s['partners'])} ({_nl(s['generated_pages'])}) | {_nl(s['validation_seconds'], 2)} s "
            f"| {_nl(ours['build_seconds'], 1)} s ({_nl(floor['build_seconds'], 1)} s, ×{_nl(s['build_vs_floor'], 2)}) "
            f"| {_nl(ours['ms_per_page'], 1)} ({_nl(floor['ms_per_page'], 1)}) "
            f"| {_mb(ours['output_bytes'])} ({_mb(floor['output_bytes'])}) "
            f"| {_mb(ours['search_index_bytes'])} ({_mb(floor['search_index_bytes'])}) "
            f"| {_mb(first['bytes'])}, {_mb(first['gzip_bytes'])}, {first['requests']} "
            f"({_mb(floor_first['bytes'])}, {_mb(floor_first['gzip_bytes'])}, {floor_first['requests']}) "
            f"| {' / '.join(_nl(ms) for ms in ours['warm_ms'])} ({' / '.join(_nl(ms) for ms in floor['warm_ms'])}) "
            f"| {_nl(ours['index_seconds'], 1)} s |")
    return "\n".join(lines)


def baseline_table(results: dict[str, Any]) -> str:
    """Pagefind 1.5.2 with the split index (BASELINE_REF) against 1.6 as one index, on the same built pages."""
    lines = ["| partners | index | warm: ms na laatste toets | eerste zoekopdracht: bytes, verzoeken | zoekindex "
             "| zoekindex bouwen |", "|---|---|---|---|---|---|"]
    for s in results["sizes"]:
        if "baseline" not in s:
            continue
        for label, side, index in ((f"{s['baseline']['pagefind']} in {s['baseline']['parts']} "
                                    f"{'deel' if s['baseline']['parts'] == 1 else 'delen'}", s["baseline"], ""),
                                   (f"{results['pagefind']}, één index", s["ours"], "")):
            first = side["first_result"]
            lines.append(f"| {_nl(s['partners'])} | {label}{index} | {' / '.join(_nl(ms) for ms in side['warm_ms'])} "
                         f"| {_mb(first['bytes'])}, {first['requests']} | {_mb(side['search_index_bytes'])} "
                         f"| {_nl(side['index_seconds'], 1)} s |")
    return "\n".join(lines)


def report(results: dict[str, Any]) -> str:
    m, t, r = results["machine"], results["targets"], results.get("live_reload")
    packages = ", ".join(f"{k} {v}" for k, v in m["packages"].items() if v)
    check = {True: "gehaald", False: "NIET gehaald"}
    lines = [
        "# Benchmarks", "",
        f"Laatste meting: {results['date']} met `scripts/bench.py {results['arguments']}` (`make bench`); bij "
        "herhaalde metingen bouwen wij en de vloer om de beurt en telt per kant de snelste. "
        "Synthetische, fictieve data uit `wegwijzer.devtools.synth` (per 5 partners één vraag). De vloer is kale "
        "mkdocs-material (alleen de zoekplugin, zelfde thema-instellingen) die dezelfde pagina's als vooraf geschreven "
        "Markdown buiten de navigatie bouwt, in dezelfde run. Build en validatie zijn wandkloktijd van het hele "
        "commando. Bytes tot het eerste zoekresultaat: Chromium laadt de home, typt "
        f"`{SEARCH_QUERY}` en wacht op het eerste resultaat; opgeteld zijn alle antwoorden (ongecomprimeerd, en "
        "zoals een host met gzip ze zou sturen) en het aantal verzoeken, de pagina zelf meegeteld. Onze zoekfunctie "
        "is Pagefind met de laag van `docs/assets/search.js` (issue 11); de vloer is Materials lunr-zoekfunctie, die "
        "hij vervangt. Warm: daarna, met de index geladen, de tijd in de pagina van de laatste toetsaanslag tot de "
        f"laatste wijziging van de resultaten, voor {', '.join(f'`{q}`' for q in WARM_QUERIES)}, zonder pauzes "
        "getypt; bij herhaalde metingen de mediaan van even zoveel sessies, elk in een nieuwe browsercontext (onze "
        "zoekfunctie wacht 30 ms na een toets voor ze zoekt, en zoekt het woord dat je typt al tijdens het typen). "
        "Zoekindex bouwen: de stap die de hook na de build doet "
        "(Pagefind plus woordenlijst), apart gemeten op de gebouwde site.", "",
        table(results), "",
        "## Doelen", "",
        f"- Build bij {_nl(t['largest_partners'])} partners binnen 1,3× de vloer: ×{_nl(t['build_vs_floor'], 2)}, "
        f"{check[t['build_within_1_3x_floor']]}" + ("" if t["largest_partners"] >= 10_000 else
                                                    " (het doel geldt bij 10.000 partners)") + ".",
        f"- Validatie onder 3 s: {_nl(t['validation_seconds'], 2)} s, {check[t['validation_under_3s']]}.",
        f"- Eerste zoekopdracht hoogstens 800 kB (ongecomprimeerd): {_mb(t['first_search_bytes'])}, "
        f"{check[t['first_search_within_800kb']]}.",
        f"- Resultaten binnen 150 ms na de laatste toets, index warm (traagste van {', '.join(WARM_QUERIES)}): "
        f"{_nl(t['warm_ms_max'])} ms, {check[t['warm_within_150ms']]}.",
    ]
    if "growth_linear" in t:
        slopes = ", ".join(f"{_nl(s * 1000, 1)} ms" for s in t["build_seconds_per_partner_between_sizes"])
        lines.append(f"- Lineaire groei (buildtijd per extra partner tussen de maten: {slopes}): "
                     f"{check[t['growth_linear']]}.")
    if any("baseline" in size for size in results["sizes"]):
        d = results["deleted_lines"]
        lines += ["", f"## Pagefind {BASELINE_PAGEFIND} in delen tegen {results['pagefind']} als één index", "",
                  f"Dezelfde gebouwde pagina's in dezelfde run: links de zoeklaag van commit {d['ref']} (Pagefind "
                  f"{BASELINE_PAGEFIND}, boven 1.500 pagina's een index in delen, twee workers), rechts de huidige. "
                  f"Warm en eerste zoekopdracht gemeten zoals hierboven.", "", baseline_table(results), "",
                  f"Regels code in de zoeklaag sinds {d['ref']} ({', '.join(f'`{f}`' for f in SEARCH_FILES)}): "
                  f"{d['deleted']} weg, {d['added']} erbij."]
    if r:
        lines += ["", "## Live reload", "",
                  f"`mkdocs {' '.join(SERVE)}` (`make serve`) op {_nl(r['partners'])} partners: na het opslaan van "
                  f"één partnerbestand "
                  f"serveert de server de herbouwde pagina na {_nl(r['median_seconds'], 1)} s (mediaan van "
                  f"{'; '.join(_nl(s, 1) for s in r['reload_seconds'])} s; eerste build "
                  f"{_nl(r['first_serve_seconds'], 1)} s)" + (
                      f"; het zoeken kent het nieuwe woord na {_nl(r['search_median_seconds'], 1)} s (mediaan van "
                      f"{'; '.join(_nl(s, 1) for s in r['search_seconds'])} s): de index komt na de pagina."
                      if "search_seconds" in r else ".")]
    lines += ["", "## Machine", "",
              f"- {m['nproc']} cores ({m['cpu']}), {_nl(m['memory_gib'], 1)} GiB geheugen, {m['os']}",
              f"- Python {m['python']}, Chromium {m['chromium']}, Pagefind {results.get('pagefind', '?')}",
              "- load average bij de start (1, 5, 15 min): " +
              ", ".join(_nl(x, 2) for x in results.get("load_average", [])) +
              " (de machine wordt gedeeld; tijden schommelen mee)",
              f"- {packages}", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000,10000", help="aantallen partners, met komma's")
    parser.add_argument("--quick", action="store_true", help="alleen 100 partners (voor CI)")
    parser.add_argument("--reload-size", type=int, default=1000, help="partners voor de live-reloadmeting")
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "results.json")
    parser.add_argument("--report", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--work", type=Path, help="werkmap (standaard een tijdelijke map)")
    parser.add_argument("--baseline", default=BASELINE_REF,
                        help="commit met de zoeklaag om mee te vergelijken ('' voor geen vergelijking)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="meet validatie en builds zo vaak (snelste telt), zoeken in zo veel sessies (mediaan)")
    parser.add_argument("--national", action="store_true",
                        help="alleen de landelijke vorm: 76 regio's, 40 partners per regio (issue 20)")
    parser.add_argument("--reload-only", action="store_true", help="alleen de live-reloadmeting (schrijft niets weg)")
    args = parser.parse_args()
    if args.reload_only:
        with tempfile.TemporaryDirectory(prefix="wegwijzer-bench-") as tmp:
            data = Path(args.work or tmp) / "reload" / "data"
            shutil.rmtree(data, ignore_errors=True)
            data = write_national(data) if args.national else write_dataset(args.reload_size, data)
            print(json.dumps(live_reload(data, rounds=1 if args.quick else 3), indent=2))
        return 0
    if args.national:
        return national_main(args)
    sizes = [100] if args.quick else [int(n) for n in args.sizes.split(",")]
    reload_size = 100 if args.quick else args.reload_size
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} ontbreekt: installeer Chromium (sudo apt-get install chromium).")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="wegwijzer-bench-") as tmp, sync_playwright() as playwright:
        work = args.work or Path(tmp)
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        # --quick (CI) compares with nothing: a shallow clone lacks the baseline commit.
        baseline = Baseline(work, args.baseline) if args.baseline and not args.quick else None
        try:
            measured = []
            for size in sizes:
                print(f"{size} partners meten…", file=sys.stderr)
                measured.append(measure_size(size, work, browser, max(1, args.repeat), baseline))
                shutil.rmtree(work / str(size), ignore_errors=True)
            version = browser.version
        finally:
            browser.close()
        print(f"live reload op {reload_size} partners meten…", file=sys.stderr)
        reload = live_reload(write_dataset(reload_size, work / f"reload-{reload_size}" / "data"),
                             rounds=1 if args.quick else 3)
        shutil.rmtree(work / f"reload-{reload_size}", ignore_errors=True)
    arguments = "--quick" if args.quick else f"--sizes {','.join(map(str, sizes))}"
    arguments += f" --repeat {args.repeat}" if args.repeat > 1 else ""
    arguments += f" --baseline {args.baseline}" if args.baseline != BASELINE_REF else ""
    results = {"date": dt.date.today().isoformat(), "arguments": arguments, "machine": machine(version),
               "load_average": list(os.getloadavg()), "pagefind": pagefind_version(),
               "sizes": measured, "live_reload": reload, "targets": targets(measured)}
    if baseline:
        results["deleted_lines"] = deleted_lines(baseline.ref)
    print(table(results))
    print(json.dumps(results["targets"], indent=2))
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    kept = args.report.read_text(encoding="utf-8").partition(MANUAL) if args.report.exists() else ("", "", "")
    args.report.write_text(report(results) + (f"\n{MANUAL}{kept[2]}" if kept[1] else ""), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
