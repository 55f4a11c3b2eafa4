"""Helpers shared by the tests: run the validator and the build as a contributor would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
