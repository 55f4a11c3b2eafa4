"""mkdocs-macros glue: each macro returns escaped HTML built by the wegwijzer package; data never meets Jinja."""

from __future__ import annotations

from wegwijzer.catalog import load_once
from wegwijzer.render import attention, home, partners, questions
from wegwijzer.render.urls import root_of


def define_env(env) -> None:  # noqa: ANN001 - mkdocs-macros passes its own environment type
    def root() -> str:
        return root_of(env.page.url)

    @env.macro
    def sociale_kaart() -> str:
        return partners.directory(load_once(), root())

    @env.macro
    def stroomschema() -> str:
        return questions.overview(load_once(), root())

    @env.macro
    def routes_tabel() -> str:
        return questions.overview_table(load_once(), root())

    @env.macro
    def kerncijfers() -> str:
        return home.key_figures(load_once(), root())

    @env.macro
    def te_controleren() -> str:
        return attention.stale_table(load_once(), root(), env.conf["extra"].get("edit_base"))
