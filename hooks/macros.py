"""mkdocs-macros glue: each macro returns escaped HTML built by the wegwijzer package; data never meets Jinja."""

from __future__ import annotations

from wegwijzer.catalog import load_once
from wegwijzer.render.macros import MACROS
from wegwijzer.render.urls import root_of


def define_env(env) -> None:  # noqa: ANN001 - mkdocs-macros passes its own environment type
    def register(name: str, render) -> None:  # noqa: ANN001
        def macro() -> str:
            return render(load_once(), root_of(env.page.url), env.conf["extra"])

        env.macro(macro, name)

    for name, render in MACROS.items():
        register(name, render)
