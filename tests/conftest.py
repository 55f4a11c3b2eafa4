"""Shared fixtures: fictitious data folders, the validator as a command, and one real build per session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wegwijzer.synth import write_dataset

ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str], data: Path | None = None, **kwargs) -> subprocess.CompletedProcess:
    """Run a command from the project root with the project's Python, optionally on another data folder."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    if data is not None:
        env["WEGWIJZER_DATA"] = str(data)
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, check=False, **kwargs)


def validate(data: Path, *extra: str) -> subprocess.CompletedProcess:
    return run([sys.executable, "-m", "wegwijzer", "--data", str(data), "validate", *extra])


def build(site: Path, data: Path | None = None) -> subprocess.CompletedProcess:
    return run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)], data=data)


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    """A small, valid, fictitious data folder."""
    return write_dataset(12, tmp_path / "data")


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per test worker from data/."""
    site = tmp_path_factory.mktemp("real") / "site"
    result = build(site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site
