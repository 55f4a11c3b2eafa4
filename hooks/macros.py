"""mkdocs-macros glue: each macro returns escaped HTML built by the wegwijzer package; data never meets Jinja.

Finished HTML skips Markdown and the search plugin's parser: the macro leaves a placeholder that the hooks fill
in the finished page (render.slots).
"""

from __future__ import annotations

from wegwijzer.catalog import current
from wegwijzer.render import slots
from wegwijzer.render.macros import MACROS, MARKDOWN_OUTPUT
from wegwijzer.render.urls import root_of


def define_env(env) -> None:  # noqa: ANN001 - mkdocs-macros passes its own environment type
    def register(name: str, render) -> None:  # noqa: ANN001
        def macro() -> str:
            output = render(current(), root_of(env.page.url), env.conf["extra"])
            return output if name in MARKDOWN_OUTPUT else slots.put(output)

        env.macro(macro, name)

    for name, render in MACROS.items():
        register(name, render)
