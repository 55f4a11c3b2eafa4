"""What Pagefind learns about a page besides its text: result type, region and theme filters, a partner's phone.

The markup is a row of empty, hidden elements that the page template places inside the indexed region
(`data-pagefind-body`); Pagefind reads their attributes at index time, readers never see them.
"""

from __future__ import annotations

import re
from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.domain import NATIONAL
from wegwijzer.render.markup import esc
from wegwijzer.render.region import short_name
from wegwijzer.render.urls import PREFIX
from wegwijzer.render.wallchart import SLUG as WALL_CHART

TYPES = {"question": "Vraag", "partner": "Partner"}
# A question's route in one region: found under the filter Vraag, but shown (and weighed) as a route, so that the
# question's own page, which the search weighs higher, comes first.
ROUTE = "Route"
PAGE = "Pagina"
# The pages for contributors (how to add a partner, the fields of each record): found, but after the pages for
# IB'ers that share their words (de rol before the field reference of `task`).
CONTRIBUTE, CONTRIBUTING = "bijdragen/", "Bijdragen"
# Overviews that only repeat the titles of other pages: a search result there leads nowhere new.
PAGES_OUTSIDE_SEARCH = {"tags/", "profielen/sjabloon/"}  # the template preview is a fictional example


def record_of(page_url: str) -> tuple[str, str] | None:
    """(kind, id) of the question or partner page at this site-relative URL; None for any other page.

    A question's route in one region (wegwijzer/<question>/<region>/) is ("route", "<question>/<region>").
    """
    parts = page_url.strip("/").split("/")
    if len(parts) == 3 and parts[0] == PREFIX["question"]:
        return "route", f"{parts[1]}/{parts[2]}"
    for kind in TYPES:
        if len(parts) == 2 and parts[0] == PREFIX[kind]:
            return kind, parts[1]
    return None


def question_regions(catalog: Catalog, question: dict[str, Any]) -> list[str]:
    """Regions where at least one step of the question applies (a step without regions applies everywhere)."""
    every = [r["id"] for r in catalog.all("region")]
    found = {r for step in question.get("steps", []) for r in (step.get("regions") or every)}
    return [r for r in every if r in found]


def facets(catalog: Catalog, page_url: str, themes: dict[str, str]) -> dict[str, Any]:
    """The page's result type, regions, theme labels and (partners) phone number."""
    found = record_of(page_url)
    every = [r["id"] for r in catalog.all("region")]
    if found and found[0] == "route":
        question_id, region_id = found[1].split("/")
        route = catalog.get("question", question_id)
        if route is not None and catalog.get("region", region_id) is not None:
            # Only for readers of that region (or of every region): their own route, quoted from their own text.
            return {"type": TYPES["question"], "shown_as": ROUTE, "regions": [region_id],
                    "themes": [themes.get(route["theme"], route["theme"])], "phone": None,
                    "title": f"{route['title']} – {short_name(catalog.get('region', region_id))}"}
    record = catalog.get(*found) if found and found[0] in TYPES else None
    if found is None or record is None:
        shown = {"shown_as": CONTRIBUTING} if page_url.startswith(CONTRIBUTE) else {}
        return {"type": PAGE, "regions": every, "themes": [], "phone": None, **shown}
    kind = found[0]
    if kind == "question":
        return {"type": TYPES[kind], "regions": question_regions(catalog, record),
                "themes": [themes.get(record["theme"], record["theme"])], "phone": None}
    return {"type": TYPES[kind], "regions": catalog.regions_of(record),
            "themes": [themes.get(t, t) for t in record.get("themes", [])],
            "phone": (record.get("contact") or {}).get("phone"), "regional": NATIONAL not in record["areas"]}


def page_markup(catalog: Catalog, page_url: str, themes: dict[str, str]) -> str:
    """Hidden, empty elements carrying Pagefind's filters (type, regio, thema) and metadata (type, telefoon).

    "" for a page that stays out of the index (the template then leaves out `data-pagefind-body`).
    """
    # A region's wall chart (regio/<id>/wandkaart/) only repeats its routes' first stops.
    if page_url in PAGES_OUTSIDE_SEARCH or page_url.endswith(f"/{WALL_CHART}/"):
        return ""
    found = facets(catalog, page_url, themes)
    shown = found.get("shown_as", found["type"])
    attrs = [f'data-pagefind-filter="type:{esc(found["type"])}"', f'data-pagefind-meta="type:{esc(shown)}"']
    attrs += [f'data-pagefind-filter="regio:{esc(region)}"' for region in found["regions"]]
    attrs += [f'data-pagefind-filter="thema:{esc(theme)}"' for theme in found["themes"]]
    if found.get("regional"):  # the search keeps only a few of these for a reader who chose no municipality
        attrs.append('data-pagefind-filter="bereik:regio"')
    if found["phone"]:
        attrs.append(f'data-pagefind-meta="telefoon:{esc(found["phone"])}"')
    if found.get("title"):  # a route page's h1 stays out of the index; its result keeps the title
        attrs.append(f'data-pagefind-meta="title:{esc(found["title"])}"')
    # One attribute name may appear only once per element: one span per attribute.
    return '<div class="ww-search-facets" hidden>' + "".join(f"<span {a}></span>" for a in attrs) + "</div>"


def issue_form(edit_base: str | None) -> str:
    """The GitHub form "Vraag ontbreekt" of the repository the edit links point to; "" when that is not GitHub."""
    found = re.match(r"(https://github\.com/[^/]+/[^/]+)/edit/", edit_base or "")
    return f"{found.group(1)}/issues/new?template=vraag-ontbreekt.yml" if found else ""
