"""One page per region (/regio/<id>/): its municipalities, whether it is complete or in opbouw, and its to-do list."""

from __future__ import annotations

from wegwijzer.catalog import Catalog
from wegwijzer.render.attention import record_doubts_note
from wegwijzer.render.footer import footer, sources_list
from wegwijzer.render.markup import block, esc, items, link, page, paragraphs
from wegwijzer.render.region import short_name
from wegwijzer.render.urls import href
from wegwijzer.render.wallchart import wall_chart_key
from wegwijzer.rules.coverage import IN_PROGRESS, status


def status_notice(catalog: Catalog, region_id: str, root: str) -> str:
    """The notice on every page of a region in opbouw; "" for a complete region."""
    region = catalog.get("region", region_id)
    if region is None or status(catalog, region_id) != IN_PROGRESS:
        return ""
    count = len(catalog.coverage[region_id])
    todo = link(href(root, "region", region_id) + "#nog-te-doen", "wat er nog ontbreekt")
    return block('<p class="admonition-title">Regio in opbouw</p>'
                 f"<p>{esc(short_name(region))} staat nog niet compleet in de wegwijzer: bij {count} "
                 f"{'vraag' if count == 1 else 'vragen'} ontbreekt nog een organisatie in de regio. Tot dan zie je "
                 f"de algemene en landelijke stappen. Zie {todo}.</p>", cls="admonition info ww-in-progress").replace(
                     "<div ", "<div data-pagefind-ignore ", 1)


def _town_names(region: dict, ids: tuple[str, ...]) -> str:
    names = {t["id"]: t["name"] for t in region.get("municipalities", [])}
    return ", ".join(names.get(i, i) for i in ids)


def _todo(catalog: Catalog, region: dict, root: str) -> str:
    entries = []
    for gap in catalog.coverage.get(region["id"], []):
        needs = []
        if gap.missing:
            needs.append(f"nog niemand in {esc(_town_names(region, gap.missing))}")
        elif gap.national_only:
            needs.append("alleen landelijke organisaties: beschrijf wie dit in de regio doet")
        entries.append(f'{link(href(root, "question", gap.question), gap.title)}: {"; ".join(needs)}')
    return items(entries, cls="ww-todo").replace("<ul ", "<ul data-pagefind-ignore ", 1)


def region_page(catalog: Catalog, region_id: str, root: str = "../../", edit_url: str | None = None) -> str:
    """The Markdown of /regio/<id>/."""
    region = catalog.get("region", region_id)
    assert region is not None
    body: list[str] = []
    state = status(catalog, region_id)
    body.append(block(f"Status: <strong>{esc(state)}</strong>", tag="p", cls="ww-region-status"))
    body.append(status_notice(catalog, region_id, root))
    body.append(record_doubts_note(region))
    if region.get("description"):
        body.append(block(paragraphs(region["description"]), cls="ww-summary"))
    body.append(block(link(href(root, "wallchart", wall_chart_key(region_id)), "Wandkaart voor de IB-kamer") +
                      ": per gemeente één vel met elke vraag en wie je eerst belt.", tag="p"))
    body.append("## Gemeenten")
    body.append(items((esc(t["name"]) + (" (verdeeld over meer dan één samenwerkingsverband)" if t.get("split")
                       else "") for t in region.get("municipalities", [])), cls="ww-towns"))
    if state == IN_PROGRESS:
        # For contributors, and outside the search: the same words on every region in opbouw would put those
        # pages above the questions and the guide they repeat.
        body.append('## Nog te doen {: data-pagefind-ignore="all" }')
        body.append('<p data-pagefind-ignore>Bij deze vragen heeft niet elke gemeente van de regio al een organisatie '
                    "in een stap. Voeg een partner toe die daar werkt, of een stap voor deze regio (zie Een regio "
                    "toevoegen in de handleiding voor bijdragers).</p>")
        body.append(_todo(catalog, region, root))
    body.append("## Bronnen")
    body.append(sources_list(region))
    body.append(footer(region, edit_url))
    return page(region["name"], body)


PAGES = {"region": region_page}
