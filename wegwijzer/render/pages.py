"""Which pages are generated from the data, and from which file each comes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.render import partners, profiles, questions, regions, report, roles, wallchart
from wegwijzer.render.changed import digest
from wegwijzer.render.report import page_reference
from wegwijzer.render.reuse import Fingerprints, PageCache
from wegwijzer.render.search import page_markup
from wegwijzer.render.urls import edit_url, repo_path, root_of, src_uri, url
from wegwijzer.schemas import default_schemas

# kind → function(catalog, id, root=..., edit_url=...) returning the page's Markdown; each module exports PAGES.
Renderer = Callable[..., str]
RENDERERS: dict[str, Renderer] = {
    **partners.PAGES,
    **questions.PAGES,
    **roles.PAGES,
    **profiles.PAGES,
    **regions.PAGES,
}


@dataclass(frozen=True)
class GeneratedPage:
    """A page built from one record: where it goes, its Markdown, and the data file to edit."""

    src_uri: str
    markdown: str
    source: str
    edit_url: str | None = None
    edit_path: str | None = None  # the file to edit, from the repository's root (MkDocs's File.edit_uri)
    facets: str = ""  # what the search learns about the page besides its text (render/search.page_markup)


def generated_pages(catalog: Catalog, edit_base: str | None = None, report_to: str = "",
                    site_url: str = "", site_address: str = "", cache: PageCache | None = None) -> list[GeneratedPage]:
    """One page per record of every kind that has a page; `report_to` is the maintainers' address for "Klopt dit
    niet?" (mkdocs.yml extra.meldadres), `site_url` the site's own address for the page named in that e-mail,
    `site_address` the address printed on the wall charts (extra.site_address). With a `cache` (`mkdocs serve
    --dirty`), a page whose reads did not change since the last build is not made again (render/reuse.py)."""
    settings, prints, themes = "", Fingerprints(catalog), default_schemas().themes
    if cache is not None:
        settings = digest(repr((edit_base, report_to, site_url, site_address, catalog.today)),
                          repr(sorted(default_schemas().raw.items())))
        cache.reused = 0

    def made(key: str, own: tuple[str, str], render: Callable[..., str], *args: Any, **kwargs: Any) -> str:
        """`render(catalog, *args, **kwargs)`, or the Markdown it gave last time when nothing it read changed."""
        if cache is None:
            return render(catalog, *args, **kwargs)
        return str(cache.page(catalog, prints, settings, key, ("get", *own),
                              lambda seen: render(seen, *args, **kwargs)))

    def facets(key: str, own: tuple[str, str], page_url: str) -> str:
        return made(f"{key}#facets", own, page_markup, page_url, themes)

    pages = []
    for kind, render in RENDERERS.items():
        for id_, record in catalog.records.get(kind, {}).items():
            edit = edit_url(edit_base, record.source)
            markdown = made(src_uri(kind, id_), (kind, id_), render, id_, root=root_of(url(kind, id_)), edit_url=edit)
            markdown = report.fill(markdown, report_to, record.data, kind, page_reference(url(kind, id_), site_url))
            pages.append(GeneratedPage(src_uri(kind, id_), markdown, record.path, edit, repo_path(record.source),
                                       facets(src_uri(kind, id_), (kind, id_), url(kind, id_))))
    # A question's route in each region: pages of their own, so no page grows with the number of regions.
    cards: dict[tuple[str, str], str] = {}
    for question_id, region_id in questions.route_keys(catalog):
        record = catalog.records["question"][question_id]
        key = f"{question_id}/{region_id}"
        edit = edit_url(edit_base, record.source)
        markdown = made(src_uri("route", key), ("question", question_id), questions.route_page, key,
                        root=root_of(url("route", key)), edit_url=edit, cards=cards)
        markdown = report.fill(markdown, report_to, record.data, "question",
                               page_reference(url("route", key), site_url))
        pages.append(GeneratedPage(src_uri("route", key), markdown, record.path, edit, repo_path(record.source),
                                   facets(src_uri("route", key), ("question", question_id), url("route", key))))
    # A region's wall chart, on a page of its own for the same reason.
    for region_id, record in catalog.records.get("region", {}).items():
        key = wallchart.wall_chart_key(region_id)
        edit = edit_url(edit_base, record.source)
        markdown = made(src_uri("wallchart", key), ("region", region_id), wallchart.wall_chart_page, region_id,
                        root=root_of(url("wallchart", key)), address=site_address)
        pages.append(GeneratedPage(src_uri("wallchart", key), markdown, record.path, edit, repo_path(record.source),
                                   facets(src_uri("wallchart", key), ("region", region_id), url("wallchart", key))))
    return pages
