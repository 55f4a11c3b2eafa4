"""scripts/bench.py --quick runs end to end and writes its figures; no timing is judged here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser.harness import ROOT, require_chromium
from wegwijzer.catalog import build_catalog
from wegwijzer.devtools.synth import write_dataset
from wegwijzer.render.pages import generated_pages

pytestmark = [pytest.mark.build, pytest.mark.browser]


def test_quick_benchmark_writes_results_and_report(tmp_path: Path) -> None:
    require_chromium()
    results, report = tmp_path / "results.json", tmp_path / "BENCHMARKS.md"
    run = subprocess.run([sys.executable, "scripts/bench.py", "--quick", "--results", str(results),
                          "--report", str(report), "--work", str(tmp_path / "work")],
                         cwd=ROOT, capture_output=True, text=True, check=False,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"})
    assert run.returncode == 0, run.stdout + run.stderr
    figures = json.loads(results.read_text(encoding="utf-8"))
    [size] = figures["sizes"]
    # Every generated page: partners, questions, each question's route per region and the region pages.
    catalog = build_catalog(write_dataset(100, tmp_path / "same"))
    assert size["partners"] == 100 and size["generated_pages"] == len(generated_pages(catalog))
    assert size["generated_pages"] > 100 + size["questions"]
    for side in ("ours", "floor"):
        numbers = size[side]
        assert numbers["build_seconds"] > 0 and numbers["ms_per_page"] > 0
        assert numbers["search_index_bytes"] > 0 and numbers["output_bytes"] > numbers["search_index_bytes"]
        first = numbers["first_result"]
        assert first["bytes"] > first["gzip_bytes"] > 0 and first["requests"] > first["search_requests"] > 0
        assert len(numbers["warm_ms"]) == 3 and all(ms > 0 for ms in numbers["warm_ms"])
    # Material loads its whole index before the first result.
    assert size["floor"]["first_result"]["bytes"] > size["floor"]["search_index_bytes"]
    assert size["ours"]["index_seconds"] > 0
    assert {"first_search_within_800kb", "warm_within_150ms"} <= set(figures["targets"])
    assert size["validation_seconds"] > 0
    assert figures["live_reload"]["partners"] == 100 and figures["live_reload"]["median_seconds"] > 0
    assert figures["machine"]["nproc"] >= 1 and figures["machine"]["packages"]["mkdocs-material"]
    text = report.read_text(encoding="utf-8")
    assert "| 100 (" in text and "## Live reload" in text and "## Machine" in text
    assert "| 100 (" in run.stdout
