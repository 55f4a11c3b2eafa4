"""MkDocs glue: `mkdocs build` writes into a staging folder beside site/ and swaps it in only when complete
(wegwijzer/publish/atomic.py), so an interrupted build never leaves a half-written site. `mkdocs serve` builds into
its own temporary folder and is left alone, as is a --dirty build (it adds to the existing site)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from wegwijzer.publish import atomic

_state: dict[str, object] = {"command": "build", "dirty": False, "config": None, "site": None, "staging": None,
                             "built": False}


def on_startup(command: str, dirty: bool) -> None:
    _state.update(command=command, dirty=dirty)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if _state["command"] not in ("build", "gh-deploy") or _state["dirty"] or _state["staging"] is not None:
        return config
    site = Path(config.site_dir)
    atomic.clean_leftovers(site)
    staging = atomic.staging_dir(site)
    atomic.discard(staging)
    _state.update(config=config, site=site, staging=staging, built=False)
    config.site_dir = str(staging)
    return config


def on_post_build(config: MkDocsConfig) -> None:
    _state["built"] = True  # --strict may still refuse the build after this event: on_shutdown decides


def on_build_error(error: Exception) -> None:
    _state["built"] = False


def on_shutdown() -> None:
    staging, site, config = _state["staging"], _state["site"], _state["config"]
    if not isinstance(staging, Path) or not isinstance(site, Path):
        return
    if _state["built"]:
        atomic.swap_in(staging, site)
    else:
        atomic.discard(staging)
    if isinstance(config, MkDocsConfig):
        config.site_dir = str(site)  # gh-deploy publishes from here after the build
    _state.update(staging=None, site=None, config=None, built=False)
