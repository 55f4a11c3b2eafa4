"""Pages for the wegwijzer: one page per question, and the stroomschema overview."""

from __future__ import annotations

from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.domain import NATIONAL, remembered
from wegwijzer.render.attention import record_doubts_note
from wegwijzer.render.footer import footer, sources_list
from wegwijzer.render.markup import block, esc, items, link, page, paragraphs
from wegwijzer.render.partners import contact_line
from wegwijzer.render.phones import call_links
from wegwijzer.render.printing import PRINT_BUTTON
from wegwijzer.render.reach import reach_sentence
from wegwijzer.render.region import municipalities_attr, short_name
from wegwijzer.render.regions import status_notice
from wegwijzer.render.urls import href
from wegwijzer.rules.coverage import region_steps
from wegwijzer.schemas import Schemas, default_schemas


def _region_attr(regions: list[str] | None) -> str:
    return f' data-regions="{esc(" ".join(regions))}"' if regions else ""


def _partner_card(catalog: Catalog, partner_id: str, root: str, names: dict[str, dict[str, str]],
                  cards: dict[tuple[str, str], str] | None = None) -> str:
    """A partner's card in a step; `cards` keeps the cards made so far in one pass over the pages (a partner's card
    is the same in every route it is named in)."""
    if cards is not None:
        card = cards.get((partner_id, root))
        if card is None:
            card = cards[(partner_id, root)] = _partner_card(catalog, partner_id, root, names)
        return card
    partner = catalog.get("partner", partner_id) or {"name": partner_id, "access": {"routes": []}, "contact": {}}
    # A national partner shows in every region: no list of every region's id (it would grow with each region).
    regions = catalog.regions_of(partner) if "areas" in partner and NATIONAL not in partner["areas"] else []
    return (f'<li class="ww-partner"{_region_attr(regions)}{municipalities_attr(partner)}>'
            f'{link(href(root, "partner", partner_id), partner["name"], cls="ww-partner-name")}'
            f'{contact_line(partner)}'
            f'<span class="ww-partner-reach">{esc(reach_sentence(partner, names))}</span></li>')


def _serves(catalog: Catalog, partner_id: str, region_id: str) -> bool:
    partner = catalog.get("partner", partner_id)
    return partner is None or "areas" not in partner or region_id in catalog.regions_of(partner)


def _national(catalog: Catalog, partner_id: str) -> bool:
    partner = catalog.get("partner", partner_id)
    return partner is None or NATIONAL in partner.get("areas", [NATIONAL])


def _step(catalog: Catalog, step: dict[str, Any], root: str, names: dict[str, dict[str, str]],
          region_id: str | None = None, national_only: bool = False, search: str = "",
          cards: dict[tuple[str, str], str] | None = None) -> str:
    """One step; inside the route of one region (`region_id`) only the partners that serve that region.

    `national_only`: the generic page of a route that differs per region names only the partners who work
    everywhere; the others are in the route of each region.
    """
    actor = "School" if step["actor"] == "school" else "Partner"
    parts = [f'<p class="ww-step-title"><span class="ww-actor ww-actor-{esc(step["actor"])}">{actor}</span> '
             f"<strong>{esc(step['title'])}</strong></p>" + call_links(paragraphs(step["text"]))]
    if step.get("points"):
        parts.append(items((esc(point) for point in step["points"]), cls="ww-step-points"))
    partners = step.get("partners", [])
    if region_id:
        partners = [p for p in partners if _serves(catalog, p, region_id)]
    elif national_only:
        shown = [p for p in partners if _national(catalog, p)]
        if len(shown) < len(partners):
            parts.append('<p class="ww-step-more">Welke organisatie in jouw gemeente dit doet, staat in de route '
                         "van je regio.</p>")
        partners = shown
    if partners:
        shown = "".join(_partner_card(catalog, p, root, names, cards) for p in partners)
        parts.append('<p class="ww-step-label">Schakel in:</p>' + f'<ul class="ww-partners">{shown}</ul>')
    if step.get("bring"):
        parts.append('<p class="ww-step-label">Neem mee:</p>' + items(esc(b) for b in step["bring"]))
    if step.get("next"):
        parts.append(f'<p class="ww-step-next"><span class="ww-step-label">Wanneer verder:</span> '
                     f"{esc(step['next'])}</p>")
    return f'<li class="ww-step"{search}>{"".join(parts)}</li>'


def differs_per_region(catalog: Catalog, question: dict[str, Any]) -> bool:
    """True when a step, or a partner it names, holds for some regions only: then each region has a route page."""
    every = {r["id"] for r in catalog.all("region")}
    for step in question["steps"]:
        if not every <= set(step.get("regions") or every):
            return True
        for partner_id in step.get("partners", []):
            partner = catalog.get("partner", partner_id) or {}
            if "areas" in partner and not every <= set(catalog.regions_of(partner)):
                return True
    return False


def _regional_kinds(catalog: Catalog, question: dict[str, Any], names: dict[str, dict[str, str]]) -> str:
    """What kinds of organisation the routes per region name (at most one per kind: never longer with more regions),
    so the question's page says, and its search finds, who a reader meets in her region's route."""
    kinds: list[str] = []
    for step in question["steps"]:
        for partner_id in step.get("partners", []):
            partner = catalog.get("partner", partner_id) or {}
            kind = partner.get("kind")
            if kind and NATIONAL not in partner.get("areas", [NATIONAL]) and kind not in kinds:
                kinds.append(kind)
    if not kinds:
        return ""
    labels = [names["kind"].get(k, k).lower() for k in kinds]
    listed = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " en " + labels[-1]
    return block(f"In de route van je regio kom je onder meer tegen: {esc(listed)}.", tag="p", cls="ww-route-kinds")


def _route_links(catalog: Catalog, question_id: str, root: str) -> str:
    """Every region's route of this question; the region choice script marks the reader's own."""
    links = "".join(f'<li data-region-route="{esc(r["id"])}">'
                    f'{link(href(root, "route", question_id + "/" + r["id"]), r["name"])}</li>'
                    for r in catalog.all("region"))
    return f'<div class="ww-route-choice" data-pagefind-ignore><ul class="ww-route-links">{links}</ul></div>'


def theme_href(root: str, theme: str) -> str:
    """The one theme overview: the theme's section on /tags/ (Material's tag anchors are the theme ids)."""
    return f"{root}tags/#tag:{theme}"


def _urgent(question: dict[str, Any]) -> str:
    if not question.get("urgent"):
        return ""
    return block('<p class="admonition-title">Bij acuut gevaar</p>' + call_links(paragraphs(question["urgent"])),
                 cls="admonition danger ww-urgent")


def question_page(catalog: Catalog, question_id: str, root: str = "../../", edit_url: str | None = None,
                  schemas: Schemas | None = None) -> str:
    """The Markdown of /wegwijzer/<id>/: the whole route, or, when it differs per region, what holds everywhere
    and the way to each region's route (render.routes); so its weight does not grow with the number of regions."""
    question = catalog.get("question", question_id)
    assert question is not None
    names = (schemas or default_schemas()).partner_labels()
    theme = names["theme"].get(question["theme"], question["theme"])
    body: list[str] = [_urgent(question), record_doubts_note(question)]
    theme_link = link(theme_href(root, question["theme"]), theme)
    body.append(block(f"Thema: {theme_link}", tag="p", cls="ww-theme"))
    body.append(PRINT_BUTTON)
    if question.get("summary"):
        body.append(block(call_links(paragraphs(question["summary"])), cls="ww-summary"))
    if not differs_per_region(catalog, question):
        body.append("## De route, stap voor stap")
        body.append('<ol class="ww-steps">' + "".join(_step(catalog, s, root, names) for s in question["steps"])
                    + "</ol>")
    else:
        body.append('## Kies je regio {: data-pagefind-ignore="all" }')
        body.append('<p class="ww-route-lead" data-pagefind-ignore>Welke organisaties je inschakelt, en soms ook welke '
                    "stappen je zet, verschilt per regio. Kies je regio voor de hele route, stap voor stap:</p>")
        body.append(_route_links(catalog, question_id, root))
        body.append(_regional_kinds(catalog, question, names))
        everywhere = [s for s in question["steps"] if not s.get("regions")]
        if everywhere:
            body.append('## Wat in elke regio geldt {: data-pagefind-ignore="all" }')
            body.append(block("Deze stappen horen in elke regio bij de route. In de route van je regio staan ze "
                              "in de goede volgorde, met de organisaties in jouw gemeente.", tag="p",
                              cls="ww-route-lead"))
            body.append('<ul class="ww-steps ww-steps-everywhere">'
                        + "".join(_step(catalog, s, root, names, national_only=True) for s in everywhere) + "</ul>")
    body.append("## Ook gezocht als")
    body.append(block(esc(", ".join(question["keywords"])), tag="p", cls="ww-keywords"))
    body.append("## Bronnen")
    body.append(sources_list(question))
    body.append(footer(question, edit_url))
    return page(question["title"], body, {"tags": [theme]})


# In the search, a route page stands for what only that region's route says: the question's page holds the rest.
# The search box folds every route page into its question (docs/assets/search.js, byQuestion). Its own steps weigh
# less than ordinary text, so that the route pages of one question, one per region, do not fill the candidates the
# search box weighs (measured: at full weight 'ggd', 'jgz' and 'arrangement swv' lost their page from the top 5).
QUIET = " data-pagefind-ignore"
OWN_STEP = ' data-pagefind-weight="0.5"'


def route_page(catalog: Catalog, key: str, root: str = "../../../", edit_url: str | None = None,
               schemas: Schemas | None = None, cards: dict[tuple[str, str], str] | None = None) -> str:
    """The Markdown of /wegwijzer/<question-id>/<region-id>/ (`key` is "<question-id>/<region-id>"): one region's
    whole route, numbered 1..n, with only the partners who work there. Its weight does not depend on how many
    other regions there are. `cards`: partner cards shared by the route pages of one pass (see _partner_card)."""
    question_id, region_id = key.split("/")
    question = catalog.get("question", question_id)
    region = catalog.get("region", region_id)
    assert question is not None and region is not None
    names = (schemas or default_schemas()).partner_labels()
    steps = region_steps(catalog, question, region_id)
    head: list[str] = [_urgent(question)]
    head.append(f'<p class="ww-route-for">Route voor de regio '
                f'{link(href(root, "region", region_id), region["name"])}. '
                f'{link(href(root, "question", question_id), "Andere regio kiezen")}</p>')
    head.append(status_notice(catalog, region_id, root))
    head.append(record_doubts_note(question))
    body = [f'<div{QUIET}>{"".join(head)}</div>', PRINT_BUTTON]
    if question.get("summary"):
        body.append(f'<div class="ww-summary"{QUIET}>{call_links(paragraphs(question["summary"]))}</div>')
    body.append('## De route, stap voor stap {: data-pagefind-ignore="all" }')
    if not any(region_id in (s.get("regions") or []) for s in steps):
        body.append(f'<p class="ww-route-generic"{QUIET}>Voor deze vraag heeft {esc(short_name(region))} (nog) geen '
                    "eigen stappen: dit is de algemene route, met de organisaties die hier werken.</p>")
    body.append('<ol class="ww-steps">' + "".join(
        _step(catalog, s, root, names, region_id, search=OWN_STEP if s.get("regions") else QUIET, cards=cards)
        for s in steps)
        + "</ol>")
    body.append('## Bronnen {: data-pagefind-ignore="all" }')
    body.append(f'<div{QUIET}>{sources_list(question)}{footer(question, edit_url)}</div>')
    # No tags: the theme overview lists each question once, not once per region.
    return _quiet_title(page(f"{question['title']} – {short_name(region)}", body))


def _quiet_title(markdown: str) -> str:
    """The h1 out of the search index (the result's title comes from render.search instead)."""
    head, sep, rest = markdown.partition("\n# ")
    title, newline, tail = rest.partition("\n")
    return f'{head}{sep}{title} {{: data-pagefind-ignore="all" }}{newline}{tail}'


def route_keys(catalog: Catalog) -> list[tuple[str, str]]:
    """(question id, region id) of every route page: each region, for each question that differs per region."""
    regions = [r["id"] for r in catalog.all("region")]
    return [(q["id"], r) for q in catalog.all("question") if differs_per_region(catalog, q) for r in regions]


def region_first_stop(catalog: Catalog, question: dict[str, Any], region_id: str) -> list[str]:
    """The partners of the first step that applies in the region and names partners working there ([] if none)."""
    for step in region_steps(catalog, question, region_id):
        partners = [p for p in step.get("partners", [])
                    if region_id in catalog.regions_of(catalog.get("partner", p) or {})]
        if partners:
            return partners
    return []


def first_stops(catalog: Catalog, question: dict[str, Any]) -> dict[str, list[str]]:
    """Per region id, the partners of the first step that applies there and names partners (once per catalog: the
    stroomschema, its kinds and each region's file of first stops all ask)."""
    def made() -> dict[str, list[str]]:
        stops = {r["id"]: region_first_stop(catalog, question, r["id"]) for r in catalog.all("region")}
        return {region_id: partners for region_id, partners in stops.items() if partners}

    found: dict[str, list[str]] = remembered(catalog, ("first_stops", question["id"]), made)
    return found


def shared_stop(catalog: Catalog, question: dict[str, Any]) -> list[str] | None:
    """The first stop when it is the same national partners in every region (and for a municipality whose region has
    no data yet); None when it differs per region or names regional partners."""
    found: list[str] | None = remembered(catalog, ("shared_stop", question["id"]),
                                         lambda: (_shared_stop(catalog, question),))[0]  # kept in a tuple: may be None
    return found


def _shared_stop(catalog: Catalog, question: dict[str, Any]) -> list[str] | None:
    stops = first_stops(catalog, question)
    if not stops:  # no region has data: the first generic step that names national partners
        generic = (s for s in question["steps"] if not s.get("regions"))
        stops = {"": next(([p for p in s.get("partners", []) if _national(catalog, p)] for s in generic
                           if any(_national(catalog, p) for p in s.get("partners", []))), [])}
    every = {tuple(partners) for partners in stops.values()}
    if len(every) != 1 or len(stops) < len(catalog.all("region")):
        return None
    partners = list(every.pop())
    return partners if partners and all(_national(catalog, p) for p in partners) else None


def _stop_kinds(catalog: Catalog, question: dict[str, Any], names: dict[str, dict[str, str]]) -> str:
    """What the first stops per region are, at most once each (never longer with more regions): the name of a national
    partner, the kind of a regional one ("leerplicht")."""
    seen: list[tuple[str, bool]] = []
    for partners in first_stops(catalog, question).values():
        for partner_id in partners:
            partner = catalog.get("partner", partner_id) or {"name": partner_id}
            national = _national(catalog, partner_id) or not partner.get("kind")
            entry = (partner["name"] if national else names["kind"].get(partner["kind"], partner["kind"]), national)
            if entry not in seen:
                seen.append(entry)
    return ", ".join(esc(text) if national else f'<span class="ww-stop-kind">{esc(text.lower())}</span>'
                     for text, national in seen)


def _stops_html(catalog: Catalog, question: dict[str, Any], root: str, linked: bool,
                names: dict[str, dict[str, str]]) -> str:
    """The first stop on /wegwijzer/: its names where it is the same everywhere; else what kind of organisation it is,
    which the page's script replaces by the reader's own first stop (render/first_stops.py) once she chose her
    municipality. So the page does not grow with the number of regions."""
    shared = shared_stop(catalog, question)
    if shared is not None:
        labels = [(catalog.get("partner", p) or {}).get("name", p) for p in shared]
        text = ", ".join(link(href(root, "partner", p), n) if linked else esc(n) for p, n in zip(shared, labels))
        return f'<span class="ww-stop">{text}</span>'
    return (f'<span class="ww-stop" data-ww-stops="{esc(question["id"])}"{" data-ww-linked" if linked else ""}>'
            f'<span class="ww-stop-kinds">{_stop_kinds(catalog, question, names)}</span>'
            '<span class="ww-stop-own" hidden></span></span>')


def overview(catalog: Catalog, root: str = "../", schemas: Schemas | None = None) -> str:
    """The stroomschema: themes → questions → first stop, as linked nested lists styled as a diagram."""
    names = (schemas or default_schemas()).partner_labels()
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
            f'{_stops_html(catalog, q, root, False, names)}</span></li>'
            for q in questions
        )
        # The theme's name leads to the one theme overview (/tags/), where its partners are too.
        columns.append(f'<li class="ww-flow-theme" id="thema-{esc(theme)}"><p class="ww-flow-theme-name">'
                       f'{link(theme_href(root, theme), label)}</p><ul>{entries}</ul></li>')
    legend = ('<p class="ww-flow-legend">Achter de pijl staat de eerste organisatie die je inschakelt; meer '
              "organisaties in één stap staan met een komma ertussen. Verschilt die per regio, dan staat er schuin "
              'gedrukt wat voor organisatie het is, zoals <span class="ww-stop-kind">leerplicht</span>.'
              '<span class="ww-screen-only"> Kies bovenaan je gemeente: dan staan hier de organisaties van jouw '
              "gemeente.</span> De wandkaart van je regio noemt ze per gemeente, met hun telefoonnummer."
              '<strong class="ww-flow-place" hidden></strong></p>')
    diagram = ('<nav class="ww-flow" data-pagefind-ignore aria-label="Stroomschema: thema, vraag en eerste stop">'
               f'<ul class="ww-flow-themes">{"".join(columns)}</ul></nav>')
    return legend + "\n\n" + PRINT_BUTTON + "\n\n" + diagram


def overview_table(catalog: Catalog, root: str = "../", schemas: Schemas | None = None) -> str:
    """The same routes as an accessible table: question, theme, first stop."""
    names = (schemas or default_schemas()).partner_labels()
    rows = "".join(
        f'<tr><td>{link(href(root, "question", q["id"]), q["title"])}</td>'
        f'<td>{esc(names["theme"].get(q["theme"], q["theme"]))}</td>'
        f'<td>{_stops_html(catalog, q, root, True, names)}</td></tr>'
        for q in sorted(catalog.all("question"), key=lambda q: (list(names["theme"]).index(q["theme"]),
                                                                  q["title"].casefold()))
    )
    return ('<div class="ww-table-wrap" data-pagefind-ignore><table class="ww-routes">'
            '<caption>Alle vragen met hun eerste stop</caption>'
            '<thead><tr><th scope="col">Vraag</th><th scope="col">Thema</th>'
            f'<th scope="col">Eerste stop</th></tr></thead><tbody>{rows}</tbody></table></div>')


__all__ = ["overview", "overview_table", "question_page", "route_page"]


MACROS = {
    "stroomschema": lambda catalog, root, extra: overview(catalog, root),
    "routes_tabel": lambda catalog, root, extra: overview_table(catalog, root),
}
PAGES = {"question": question_page}
ROUTE_PAGES = {"route": route_page}
