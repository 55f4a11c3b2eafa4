"""Shared fixtures: fictitious data folders and one real build per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import build

from wegwijzer.devtools.synth import write_dataset


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
