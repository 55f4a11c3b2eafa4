"""Issue 24: `mkdocs build` swaps a complete site into place; a build killed (kill -9) at any moment leaves the
previous site/ intact and complete, and the next build clears what the killed one left behind."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import ROOT, build

from wegwijzer.devtools.synth import write_dataset


def snapshot(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def complete(site: Path) -> None:
    for name in ("index.html", "404.html", "pagefind/pagefind.js", "sociale-kaart/index.html", "sitemap.xml"):
        assert (site / name).is_file(), name


def start_build(site: Path, data: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1", "WEGWIJZER_DATA": str(data)}
    return subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def wait_for_files(folder: Path, count: int, process: subprocess.Popen) -> None:
    """Return once a build's staging folder beside site/ holds `count` files (at once for 0)."""
    deadline = time.monotonic() + 300
    while count and process.poll() is None and time.monotonic() < deadline:
        staged = sum(len(files) for stage in folder.glob(".site.bouw-*") for _, _, files in os.walk(stage))
        if staged >= count:  # os.walk skips a folder that disappears while it is read
            return
        time.sleep(0.005)


@pytest.mark.build
def test_a_killed_build_leaves_the_previous_site_intact(tmp_path: Path) -> None:
    data = write_dataset(12, tmp_path / "data")
    site = tmp_path / "site"
    first = build(site, data)
    assert first.returncode == 0, first.stderr[-2000:]
    complete(site)
    before = snapshot(site)
    (data / "partners" / "testpartner-01.yaml").write_text(
        (data / "partners" / "testpartner-01.yaml").read_text(encoding="utf-8").replace("Testpartner 01", "Nieuw 01"),
        encoding="utf-8")
    # Kill by progress, not by the clock (a busy machine makes any build slower or faster than the first): before
    # anything is written, and when the new site holds 5 % to 90 % of its files.
    for fraction in (0.0, 0.05, 0.3, 0.6, 0.9):
        process = start_build(site, data)
        wait_for_files(tmp_path, round(len(before) * fraction), process)
        os.killpg(process.pid, signal.SIGKILL)
        assert process.wait() == -signal.SIGKILL, f"the build ended by itself before {fraction:.0%} of its files"
        assert snapshot(site) == before, f"site/ changed by a build killed at {fraction:.0%} of its files"
        complete(site)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.")]
    assert all(name.startswith(".site.bouw-") for name in leftovers)
    last = build(site, data)
    assert last.returncode == 0, last.stderr[-2000:]
    complete(site)
    assert "Nieuw 01" in (site / "sociale-kaart" / "testpartner-01" / "index.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "site"]  # the killed builds' folders are gone


@pytest.mark.build
def test_a_build_refused_in_strict_mode_changes_nothing(tmp_path: Path) -> None:
    data = write_dataset(3, tmp_path / "data")
    site = tmp_path / "site"
    assert build(site, data).returncode == 0
    before = snapshot(site)
    path = data / "partners" / "testpartner-1.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name: ", "name: [", 1), encoding="utf-8")
    assert build(site, data).returncode == 1
    assert snapshot(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "site"]
