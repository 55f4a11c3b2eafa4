"""Pages for the wegwijzer: one page per question, and the stroomschema overview."""

from __future__ import annotations

from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.render.markup import block, esc, items, link, page, paragraphs
from wegwijzer.render.partners import _footer, _sources, contact_html, labels
from wegwijzer.render.reach import reach_sentence
from wegwijzer.render.urls import href
from wegwijzer.schemas import Schemas, default_schemas


def region_switch(catalog: Catalog) -> str:
    """Radio buttons the script reveals; the choice is kept in this browser only (localStorage)."""
    options = [("", "Alle regio's")] + [(r["id"], r["name"]) for r in catalog.all("region")]
    radios = "".join(
        f'<label><input type="radio" name="ww-region" value="{esc(value)}"{" checked" if not value else ""}> '
        f"{esc(name)}</label>" for value, name in options
    )
    return (f'<fieldset class="ww-region-switch" hidden data-pagefind-ignore><legend>Toon de route voor regio</legend>'
            f'{radios}'
            '<p class="ww-region-note">Je keuze wordt alleen in deze browser onthouden.</p></fieldset>')


def _region_attr(regions: list[str] | None) -> str:
    return f' data-regions="{esc(" ".join(regions))}"' if regions else ""


def _region_label(catalog: Catalog, regions: list[str] | None) -> str:
    if not regions:
        return ""
    names = [(catalog.get("region", r) or {}).get("name", r) for r in regions]
    return f'<p class="ww-step-region">Alleen in: {esc(", ".join(names))}</p>'


def _partner_card(catalog: Catalog, partner_id: str, root: str, names: dict[str, dict[str, str]]) -> str:
    partner = catalog.get("partner", partner_id) or {"name": partner_id, "access": {"routes": []}, "contact": {}}
    regions = catalog.regions_of(partner) if "areas" in partner else []
    return (f'<li class="ww-partner"{_region_attr(regions)}>'
            f'{link(href(root, "partner", partner_id), partner["name"], cls="ww-partner-name")}'
            f'<span class="ww-partner-reach">{esc(reach_sentence(partner, names))}</span>'
            f'<span class="ww-partner-contact">{contact_html(partner)}</span></li>')


def _step(catalog: Catalog, step: dict[str, Any], root: str, names: dict[str, dict[str, str]]) -> str:
    actor = "School" if step["actor"] == "school" else "Partner"
    parts = [f'<p class="ww-step-title"><span class="ww-actor ww-actor-{esc(step["actor"])}">{actor}</span> '
             f"<strong>{esc(step['title'])}</strong></p>",
             _region_label(catalog, step.get("regions")),
             paragraphs(step["text"])]
    if step.get("points"):
        parts.append(items((esc(point) for point in step["points"]), cls="ww-step-points"))
    if step.get("partners"):
        parts.append('<p class="ww-step-label">Schakel in:</p><ul class="ww-partners">'
                     + "".join(_partner_card(catalog, p, root, names) for p in step["partners"]) + "</ul>")
    if step.get("bring"):
        parts.append('<p class="ww-step-label">Neem mee:</p>' + items(esc(b) for b in step["bring"]))
    if step.get("next"):
        parts.append(f'<p class="ww-step-next"><span class="ww-step-label">Wanneer verder:</span> '
                     f"{esc(step['next'])}</p>")
    return f'<li class="ww-step"{_region_attr(step.get("regions"))}>{"".join(parts)}</li>'


def question_page(catalog: Catalog, question_id: str, root: str = "../../", edit_url: str | None = None,
                  schemas: Schemas | None = None) -> str:
    """The Markdown of /wegwijzer/<id>/."""
    question = catalog.get("question", question_id)
    assert question is not None
    names = labels(schemas or default_schemas())
    theme = names["theme"].get(question["theme"], question["theme"])
    body: list[str] = []
    if question.get("urgent"):
        body.append(block('<p class="admonition-title">Bij acuut gevaar</p>' + paragraphs(question["urgent"]),
                          cls="admonition danger ww-urgent"))
    theme_link = link(f"{root}wegwijzer/#thema-{question['theme']}", theme)
    body.append(block(f"Thema: {theme_link}", tag="p", cls="ww-theme"))
    if question.get("summary"):
        body.append(block(paragraphs(question["summary"]), cls="ww-summary"))
    body.append(region_switch(catalog))
    body.append("## De route, stap voor stap")
    body.append('<ol class="ww-steps">' + "".join(_step(catalog, s, root, names) for s in question["steps"])
                + "</ol>")
    body.append("## Ook gezocht als")
    body.append(block(esc(", ".join(question["keywords"])), tag="p", cls="ww-keywords"))
    body.append("## Bronnen")
    body.append(_sources(question))
    body.append(_footer(question, edit_url))
    return page(question["title"], body, {"tags": [theme], "search": {"boost": 2}})


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
        attr = "" if len(regions) == regions_all else _region_attr(regions)
        out.append(f'<span class="ww-stop"{attr}>{text}</span>')
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
        columns.append(f'<li class="ww-flow-theme" id="thema-{esc(theme)}"><p class="ww-flow-theme-name">'
                       f'{esc(label)}</p><ul>{entries}</ul></li>')
    diagram = ('<nav class="ww-flow" data-pagefind-ignore aria-label="Stroomschema: thema, vraag en eerste stop">'
               f'<ul class="ww-flow-themes">{"".join(columns)}</ul></nav>')
    return region_switch(catalog) + "\n\n" + diagram


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
