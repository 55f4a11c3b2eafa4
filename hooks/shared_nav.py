"""MkDocs glue: render Material's sidebar and tabs once per folder for pages outside the navigation.

A record page is never in the navigation, so nothing in its sidebar or tabs is active and every link there is
relative to the folder it sits in: 12,000 record pages need only a few renderings, not 12,000 (the largest cost a
big data set added to the build). Pages in the navigation are rendered as Material always does.
"""

from __future__ import annotations

import re
from typing import Any

from jinja2 import Environment, FileSystemLoader, Template, pass_context
from jinja2.runtime import Context
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

_BETWEEN_TAGS = re.compile(r">\s+<")


def _render(template: Template, context: Context) -> Markup:
    # Indentation between tags becomes one space (the browser shows both alike): 40% of the sidebar's bytes.
    html = _BETWEEN_TAGS.sub("> <", template.render(context.get_all()))
    return Markup(html)  # noqa: S704 - the output of Material's own autoescaped template


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    theme = config.theme
    # Material's own partials, skipping overrides/ (whose nav.html and tabs.html call back here).
    original = env.overlay(loader=FileSystemLoader([d for d in theme.dirs if d != theme.custom_dir]))
    cache: dict[tuple[str, str], Markup] = {}

    @pass_context
    def shared(context: Context, name: str) -> Markup:
        page: Any = context.get("page")
        nav: Any = context.get("nav")
        template = original.get_template(name)
        if page is None or nav is None or any(p is page or p.url.startswith(page.url) for p in nav.pages):
            return _render(template, context)
        key = (name, page.url.rstrip("/").rpartition("/")[0])
        if key not in cache:
            cache[key] = _render(template, context)
        return cache[key]

    env.globals["ww_shared"] = shared
    return env
