"""Pages for the wegwijzer: one page per question, and the stroomschema overview."""

from __future__ import annotations

from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.render.markup import block, esc, items, link, page, paragraphs
from wegwijzer.render.partners import _footer, _sources, contact_line, labels
from wegwijzer.render.phones import call_links
from wegwijzer.render.printing import PRINT_BUTTON, PRINT_BUTTONS_A4_A3
from wegwijzer.render.reach import reach_sentence
from wegwijzer.render.region import short_name
from wegwijzer.render.urls import href
from wegwijzer.schemas import Schemas, default_schemas

# Out of the site search: Material's search reads the first attribute, Pagefind (issue 11) the second.
NOT_INDEXED = "data-search-exclude data-pagefind-ignore"


def _region_attr(regions: list[str] | None) -> str:
    return f' data-regions="{esc(" ".join(regions))}"' if regions else ""


def _partner_card(catalog: Catalog, partner_id: str, root: str, names: dict[str, dict[str, str]],
                  indexed: bool = True) -> str:
    partner = catalog.get("partner", partner_id) or {"name": partner_id, "access": {"routes": []}, "contact": {}}
    regions = catalog.regions_of(partner) if "areas" in partner else []
    quiet = "" if indexed else f" {NOT_INDEXED}"
    return (f'<li class="ww-partner"{_region_attr(regions)}{quiet}>'
            f'{link(href(root, "partner", partner_id), partner["name"], cls="ww-partner-name")}'
            f'{contact_line(partner)}'
            f'<span class="ww-partner-reach">{esc(reach_sentence(partner, names))}</span></li>')


def _serves(catalog: Catalog, partner_id: str, region_id: str) -> bool:
    partner = catalog.get("partner", partner_id)
    return partner is None or "areas" not in partner or region_id in catalog.regions_of(partner)


def _quiet(html: str, indexed: bool) -> str:
    return html if indexed or not html else f"<div {NOT_INDEXED}>{html}</div>"


def _step(catalog: Catalog, step: dict[str, Any], root: str, names: dict[str, dict[str, str]],
          region_id: str | None = None, seen: set[str] | None = None) -> str:
    """One step; inside the route of one region (`region_id`) only the partners that serve that region.

    In a route per region, what an earlier region's route showed (`seen`: steps and partner ids) stays out
    of the search index, so the page weighs in search as much as one route would.
    """
    seen = set() if seen is None else seen
    key = f"step:{id(step)}"  # two regions' steps may share a title
    indexed = key not in seen
    seen.add(key)
    actor = "School" if step["actor"] == "school" else "Partner"
    parts = [_quiet(f'<p class="ww-step-title"><span class="ww-actor ww-actor-{esc(step["actor"])}">{actor}</span> '
                    f"<strong>{esc(step['title'])}</strong></p>" + call_links(paragraphs(step["text"])), indexed)]
    if step.get("points"):
        parts.append(_quiet(items((esc(point) for point in step["points"]), cls="ww-step-points"), indexed))
    partners = step.get("partners", [])
    if region_id:
        partners = [p for p in partners if _serves(catalog, p, region_id)] or partners
    if partners:
        cards = "".join(_partner_card(catalog, p, root, names, indexed=p not in seen) for p in partners)
        seen.update(partners)
        parts.append(_quiet('<p class="ww-step-label">Schakel in:</p>', indexed)
                     + f'<ul class="ww-partners">{cards}</ul>')
    if step.get("bring"):
        parts.append(_quiet('<p class="ww-step-label">Neem mee:</p>' + items(esc(b) for b in step["bring"]),
                            indexed))
    if step.get("next"):
        parts.append(_quiet(f'<p class="ww-step-next"><span class="ww-step-label">Wanneer verder:</span> '
                            f"{esc(step['next'])}</p>", indexed))
    attr = "" if region_id else _region_attr(step.get("regions"))
    return f'<li class="ww-step"{attr}>{"".join(parts)}</li>'


def _differs_per_region(catalog: Catalog, question: dict[str, Any]) -> bool:
    """True when a step, or a partner it names, holds for some regions only."""
    every = {r["id"] for r in catalog.all("region")}
    for step in question["steps"]:
        if not every <= set(step.get("regions") or every):
            return True
        for partner_id in step.get("partners", []):
            partner = catalog.get("partner", partner_id) or {}
            if "areas" in partner and not every <= set(catalog.regions_of(partner)):
                return True
    return False


def route_html(catalog: Catalog, question: dict[str, Any], root: str, names: dict[str, dict[str, str]]) -> str:
    """The steps as one numbered list, or, when the route differs per region, one numbered list per region.

    Each region's route is numbered 1..n on its own and never interleaved with another region's steps; the
    script shows only the chosen region's route.
    """
    if not _differs_per_region(catalog, question):
        return '<ol class="ww-steps">' + "".join(_step(catalog, s, root, names) for s in question["steps"]) + "</ol>"
    blocks = []
    seen: set[str] = set()
    for region in catalog.all("region"):
        steps = [s for s in question["steps"] if not s.get("regions") or region["id"] in s["regions"]]
        if not steps:
            continue
        # No id on the heading: the search would cut the page into one result per region.
        html = "".join(_step(catalog, s, root, names, region["id"], seen) for s in steps)
        label = f"Route in {esc(region['name'])}"
        blocks.append(f'<section class="ww-route" data-regions="{esc(region["id"])}" aria-label="{label}">'
                      f'<h3 class="ww-route-title" {NOT_INDEXED}>{label}</h3>'
                      f'<ol class="ww-steps">{html}</ol></section>')
    return '<div class="ww-routes-by-region">' + "".join(blocks) + "</div>"


def theme_href(root: str, theme: str) -> str:
    """The one theme overview: the theme's section on /tags/ (Material's tag anchors are the theme ids)."""
    return f"{root}tags/#tag:{theme}"


def question_page(catalog: Catalog, question_id: str, root: str = "../../", edit_url: str | None = None,
                  schemas: Schemas | None = None) -> str:
    """The Markdown of /wegwijzer/<id>/."""
    question = catalog.get("question", question_id)
    assert question is not None
    names = labels(schemas or default_schemas())
    theme = names["theme"].get(question["theme"], question["theme"])
    body: list[str] = []
    if question.get("urgent"):
        urgent = call_links(paragraphs(question["urgent"]))
        body.append(block('<p class="admonition-title">Bij acuut gevaar</p>' + urgent,
                          cls="admonition danger ww-urgent"))
    theme_link = link(theme_href(root, question["theme"]), theme)
    body.append(block(f"Thema: {theme_link}", tag="p", cls="ww-theme"))
    body.append(PRINT_BUTTON)
    if question.get("summary"):
        body.append(block(call_links(paragraphs(question["summary"])), cls="ww-summary"))
    body.append("## De route, stap voor stap")
    body.append(route_html(catalog, question, root, names))
    body.append("## Ook gezocht als")
    body.append(block(esc(", ".join(question["keywords"])), tag="p", cls="ww-keywords"))
    body.append("## Bronnen")
    body.append(_sources(question))
    body.append(_footer(question, edit_url))
    return page(question["title"], body, {"tags": [theme]})


def first_stops(catalog: Catalog, question: dict[str, Any]) -> dict[str, list[str]]:
    """Per region id, the partners of the first step that applies there and names partners."""
    stops: dict[str, list[str]] = {}
    for region in catalog.all("region"):
        for step in question["steps"]:
            applies = not step.get("regions") or region["id"] in step["regions"]
            partners = [p for p in step.get("partners", [])
                        if region["id"] in catalog.regions_of(catalog.get("partner", p) or {})]
            if applies and partners:
                stops[region["id"]] = partners
                break
    return stops


def _stops_html(catalog: Catalog, question: dict[str, Any], root: str, linked: bool) -> str:
    stops = first_stops(catalog, question)
    groups: dict[tuple[str, ...], list[str]] = {}
    for region_id, partners in stops.items():
        groups.setdefault(tuple(partners), []).append(region_id)
    regions_all = len(catalog.all("region"))
    out = []
    for partners, regions in groups.items():
        names = [(catalog.get("partner", p) or {}).get("name", p) for p in partners]
        text = ", ".join(link(href(root, "partner", p), n) if linked else esc(n) for p, n in zip(partners, names))
        if len(regions) == regions_all:
            out.append(f'<span class="ww-stop">{text}</span>')
            continue
        where = " en ".join(short_name(catalog.get("region", r) or {"name": r}) for r in regions)
        out.append(f'<span class="ww-stop"{_region_attr(regions)}><span class="ww-stop-region">{esc(where)}:</span> '
                   f"{text}</span>")
    return "".join(out)


def overview(catalog: Catalog, root: str = "../", schemas: Schemas | None = None) -> str:
    """The stroomschema: themes → questions → first stop, as linked nested lists styled as a diagram."""
    names = labels(schemas or default_schemas())
    by_theme: dict[str, list[dict[str, Any]]] = {}
    for question in catalog.all("question"):
        by_theme.setdefault(question["theme"], []).append(question)
    columns = []
    for theme, label in names["theme"].items():
        questions = by_theme.get(theme, [])
        if not questions:
            continue
        entries = "".join(
            f'<li class="ww-flow-question">{link(href(root, "question", q["id"]), q["title"])}'
            f'<span class="ww-flow-arrow" aria-hidden="true">→</span>'
            f'<span class="ww-flow-stop"><span class="ww-visually-hidden">Eerste stop: </span>'
            f'{_stops_html(catalog, q, root, linked=False)}</span></li>'
            for q in questions
        )
        # The theme's name leads to the one theme overview (/tags/), where its partners are too.
        columns.append(f'<li class="ww-flow-theme" id="thema-{esc(theme)}"><p class="ww-flow-theme-name">'
                       f'{link(theme_href(root, theme), label)}</p><ul>{entries}</ul></li>')
    legend = ('<p class="ww-flow-legend">Achter de pijl staat de eerste organisatie die je inschakelt. Verschilt die '
              "per regio, dan staat de naam van de regio ervoor, met een dubbele punt. Meer organisaties in één "
              'stap staan met een komma ertussen.<span class="ww-screen-only"> Kies je regio bovenaan de pagina om '
              "alleen jouw routes te zien.</span></p>")
    diagram = ('<nav class="ww-flow" data-pagefind-ignore aria-label="Stroomschema: thema, vraag en eerste stop">'
               f'<ul class="ww-flow-themes">{"".join(columns)}</ul></nav>')
    return legend + "\n\n" + PRINT_BUTTONS_A4_A3 + "\n\n" + diagram


def overview_table(catalog: Catalog, root: str = "../", schemas: Schemas | None = None) -> str:
    """The same routes as an accessible table: question, theme, first stop."""
    names = labels(schemas or default_schemas())
    rows = "".join(
        f'<tr><td>{link(href(root, "question", q["id"]), q["title"])}</td>'
        f'<td>{esc(names["theme"].get(q["theme"], q["theme"]))}</td>'
        f'<td>{_stops_html(catalog, q, root, linked=True)}</td></tr>'
        for q in sorted(catalog.all("question"), key=lambda q: (list(names["theme"]).index(q["theme"]),
                                                                  q["title"].casefold()))
    )
    return ('<div class="ww-table-wrap" data-pagefind-ignore><table class="ww-routes">'
            '<caption>Alle vragen met hun eerste stop</caption>'
            '<thead><tr><th scope="col">Vraag</th><th scope="col">Thema</th>'
            f'<th scope="col">Eerste stop</th></tr></thead><tbody>{rows}</tbody></table></div>')


__all__ = ["overview", "overview_table", "question_page"]


MACROS = {
    "stroomschema": lambda catalog, root, extra: overview(catalog, root),
    "routes_tabel": lambda catalog, root, extra: overview_table(catalog, root),
}
PAGES = {"question": question_page}
