"""MkDocs glue: the page chrome of every page, rendered once per folder for pages outside the navigation.

A record page is never in the navigation, so every link in its sidebar or tabs is relative to the folder it sits
in: 12,000 record pages need only a few renderings, not 12,000 (the largest cost a big data set added to the
build). While rendering them, the navigation page of that folder (wegwijzer/, sociale-kaart/, ...) is marked
active, so the tab of the section is marked and the sidebar shows the section. Pages in the navigation are
rendered as Material always does. The same hook gives the templates the region control and the breadcrumbs.
"""

from __future__ import annotations

import re
from typing import Any

from jinja2 import Environment, FileSystemLoader, Template, pass_context
from jinja2.runtime import Context
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from wegwijzer.catalog import current
from wegwijzer.render.crumbs import Crumb, crumbs_html, record_crumbs, section_trail
from wegwijzer.render.region import region_control
from wegwijzer.render.urls import root_of
from wegwijzer.schemas import default_schemas

_BETWEEN_TAGS = re.compile(r">\s+<")


def _render(template: Template, context: Context) -> Markup:
    # Indentation between tags becomes one space (the browser shows both alike): 40% of the sidebar's bytes.
    html = _BETWEEN_TAGS.sub("> <", template.render(context.get_all()))
    return Markup(html)  # noqa: S704 - the output of Material's own autoescaped template


def _in_nav(page: Any, nav: Any) -> bool:
    return any(p is page or p.url.startswith(page.url) for p in nav.pages)


def _folder(page: Any) -> str:
    """The section folder of a record page: wegwijzer for wegwijzer/<id>/ and for a route, wegwijzer/<id>/<region>/."""
    return page.url.strip("/").split("/")[0] if page.url.count("/") > 1 else ""


def _depth(page: Any) -> int:
    return page.url.strip("/").count("/") + 1 if page.url.strip("/") else 0


def _section_page(nav: Any, folder: str) -> Any:
    """The navigation page that stands for a folder of record pages (wegwijzer/ for wegwijzer/<id>/)."""
    return next((p for p in nav.pages if p.url == folder + "/"), None)


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    theme = config.theme
    # Material's own partials, skipping overrides/ (whose nav.html and tabs.html call back here).
    original = env.overlay(loader=FileSystemLoader([d for d in theme.dirs if d != theme.custom_dir]))
    cache: dict[tuple[str, str], Markup] = {}
    trails: dict[str, list[Crumb]] = {}
    themes = default_schemas().themes
    catalog = current()  # once per build: looking it up costs a path resolution

    @pass_context
    def shared(context: Context, name: str) -> Markup:
        page: Any = context.get("page")
        nav: Any = context.get("nav")
        template = original.get_template(name)
        if page is None or nav is None or _in_nav(page, nav):
            return _render(template, context)
        key = (name, _folder(page), _depth(page))  # relative links differ per depth
        if key not in cache:
            section = _section_page(nav, key[1])
            if section is not None:
                section.active = True  # marks its section and tab too
            try:
                cache[key] = _render(template, context)
            finally:
                if section is not None:
                    section.active = False
        return cache[key]

    @pass_context
    def breadcrumbs(context: Context) -> Markup:
        page: Any = context.get("page")
        nav: Any = context.get("nav")
        if page is None or nav is None or page.is_homepage:
            return Markup("")
        if _in_nav(page, nav):
            crumbs = section_trail(page, is_current=True) if any(p is page for p in nav.pages) else []
        else:
            folder = _folder(page)
            if folder not in trails:
                section = _section_page(nav, folder)
                trails[folder] = section_trail(section, is_current=False) if section is not None else [("Home", "")]
            crumbs = (trails[folder] + record_crumbs(catalog, page.file.src_uri, themes)
                      + [(page.title or "", None)])
        if len(crumbs) < 3:
            return Markup("")
        return Markup(crumbs_html(crumbs, root_of(page.url)))  # noqa: S704 - every text is escaped there

    env.globals["ww_shared"] = shared
    env.globals["ww_breadcrumbs"] = breadcrumbs
    env.globals["ww_region_control"] = Markup(region_control(catalog))  # noqa: S704 - escaped by the renderer
    return env
