"""The wall chart: the stroomschema as a sheet for the staff room, printed A3 (or A4) landscape.

Each region has its own wall-chart page (/regio/<id>/wandkaart/), so that no page grows with the number of regions
(all regions' sheets on /wegwijzer/ made that page 7.6 MB at 76 regions); /wegwijzer/ links to it. The page holds
one sheet per municipality of the region (a region's first stops together, with a phone number beside each, do not
fit one A3 sheet at 10 pt: Stromenland names 244), and the choice of municipality beside the buttons
(docs/assets/wallchart.js) keeps one sheet. Each sheet holds every question by theme with its first stop there, the
phone number beside every agency (its web address where it publishes none), the emergency numbers, the date of the
data and where the site is. Nothing on it is a screen-only instruction.
"""

from __future__ import annotations

from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.domain import NATIONAL, remembered
from wegwijzer.render.markup import block, date_nl, esc, link, page
from wegwijzer.render.partners import site_label
from wegwijzer.render.printing import PRINT_BUTTONS_WALL
from wegwijzer.render.region import short_name
from wegwijzer.render.urls import href
from wegwijzer.rules.coverage import region_steps
from wegwijzer.schemas import Schemas, default_schemas

EMERGENCY = ("<strong>Bij acuut gevaar: bel 112.</strong> Twijfel je over huiselijk geweld of kindermishandeling? "
             "Bel <strong>Veilig Thuis: 0800-2000</strong> (gratis, dag en nacht).")


def reach(partner: dict[str, Any]) -> str:
    """How to reach an agency on paper: its phone number, or where none is published its web address."""
    contact = partner.get("contact") or {}
    if contact.get("phone"):
        return f'<span class="ww-wall-phone">{esc(contact["phone"])}</span>'
    if contact.get("website"):
        return f'<span class="ww-wall-web">{esc(site_label(contact["website"]))}</span>'
    return ""


def _stop(catalog: Catalog, partner_id: str) -> str:
    partner = catalog.get("partner", partner_id) or {"name": partner_id}
    return (f'<li class="ww-wall-agency"><span class="ww-wall-name">{esc(partner["name"])}</span> '
            f"{reach(partner)}</li>")


def serves(catalog: Catalog, partner_id: str, town: str) -> bool:
    """True when the partner works in the municipality `town` (or nationally, or names no area)."""
    areas = (catalog.get("partner", partner_id) or {}).get("areas") or [town]
    return bool({town, NATIONAL} & set(areas))


def stops(catalog: Catalog, question: dict[str, Any], region_id: str, town: str,
          works: dict[str, bool] | None = None) -> list[str]:
    """The question's first stop in the municipality `town`: the partners of the first step of the region's route
    that names a partner working there (none when no step does). `works` keeps, for one sheet, which partners work
    there."""
    works = {} if works is None else works
    for step in region_steps(catalog, question, region_id):
        found = []
        for p in step.get("partners", []):
            here = works.get(p)
            if here is None:
                here = works[p] = (region_id in catalog.regions_of(catalog.get("partner", p) or {})
                                   and serves(catalog, p, town))
            if here:
                found.append(p)
        if found:
            return found
    return []


def town_stops(catalog: Catalog, region_id: str, town: str) -> dict[str, list[str]]:
    """Question id → its first stop in the municipality (stops()), for every question; once per catalog (the wall
    chart and /wegwijzer/'s file of the region both need it)."""
    works: dict[str, bool] = {}
    found: dict[str, list[str]] = remembered(catalog, ("town_stops", region_id, town), lambda: {
        q["id"]: stops(catalog, q, region_id, town, works) for q in catalog.all("question")})
    return found


def data_date(catalog: Catalog, named: list[str]) -> str:
    """The newest check of anything on the sheet: the questions and the agencies it names (`named`)."""
    dates = [str(q.get("last_verified", "")) for q in catalog.all("question")]
    dates += [str((catalog.get("partner", p) or {}).get("last_verified", "")) for p in named]
    return max((d for d in dates if d), default="")


def sheet(catalog: Catalog, region: dict[str, Any], town: dict[str, str], names: dict[str, dict[str, str]],
          address: str, root: str) -> str:
    """The wall chart of one municipality in one region; `address` is where the site is (else the script fills in
    the wegwijzer's address as printed from, `root` + wegwijzer/)."""
    by_theme: dict[str, list[dict[str, Any]]] = {}
    for question in catalog.all("question"):
        by_theme.setdefault(question["theme"], []).append(question)
    themes, named, first = [], [], town_stops(catalog, region["id"], town["id"])
    for theme, label in names["theme"].items():
        entries = []
        for question in by_theme.get(theme, []):
            found = first[question["id"]]
            named += found
            agencies = "".join(_stop(catalog, p) for p in found)
            entries.append(f'<li class="ww-wall-question"><span class="ww-wall-title">{esc(question["title"])}</span>'
                           + (f'<ul class="ww-wall-agencies">{agencies}</ul>' if agencies else "") + "</li>")
        if entries:
            themes.append(f'<section class="ww-wall-theme"><h3>{esc(label)}</h3><ul>{"".join(entries)}</ul></section>')
    checked = data_date(catalog, named)
    return (f'<section class="ww-wall" data-municipality="{esc(town["id"])}" '
            f'aria-label="Wandkaart {esc(town["name"])}">'
            f'<header class="ww-wall-head"><p class="ww-wall-kicker">IB Wegwijzer &middot; stroomschema</p>'
            f'<h2>Welke instantie bij welke vraag?</h2><p class="ww-wall-region">{esc(town["name"])}'
            f'<span class="ww-wall-region-name">{esc(region["name"])}</span></p></header>'
            f'<p class="ww-wall-emergency">{EMERGENCY}</p>'
            '<p class="ww-wall-how">Zoek je vraag bij het thema. Achter de pijl staat wie je als eerste inschakelt, '
            "met het telefoonnummer (of de website als er geen nummer is).</p>"
            f'<div class="ww-wall-themes">{"".join(themes)}</div>'
            f'<footer class="ww-wall-foot"><span>Gegevens bijgewerkt tot {esc(date_nl(checked))}</span>'
            "<span>De hele route, met wat je meeneemt en wanneer je verder gaat: "
            f'<span class="ww-wall-address" data-ww-address="{esc(root)}wegwijzer/">{esc(address)}</span></span>'
            "</footer></section>")


def _choice(region: dict[str, Any]) -> str:
    """Which municipality's sheet to print; without a choice every sheet of the region prints."""
    options = "".join(f'<option value="{esc(m["id"])}">{esc(m["name"])}</option>' for m in region["municipalities"])
    return ('<p class="ww-wall-choice" hidden><label for="ww-wall-town">Gemeente op de wandkaart</label> '
            f'<select id="ww-wall-town"><option value="">Elke gemeente, één vel per gemeente</option>{options}'
            "</select></p>")


def wall_chart_page(catalog: Catalog, region_id: str, root: str = "../../../", address: str = "",
                    schemas: Schemas | None = None) -> str:
    """The Markdown of /regio/<id>/wandkaart/: the region's sheets, its municipality choice and the print buttons."""
    region = catalog.get("region", region_id)
    assert region is not None
    names = (schemas or default_schemas()).partner_labels()
    sheets = "".join(sheet(catalog, region, town, names, address, root) for town in region["municipalities"])
    intro = block("Hang de wegwijzer op in de IB-kamer: per gemeente één vel met elke vraag, de eerste organisatie "
                  "die je inschakelt en haar telefoonnummer. Kies de gemeente van je school, of druk een vel per "
                  f"gemeente af. De hele route staat in de {link(root + 'wegwijzer/', 'wegwijzer')}.", tag="p")
    return page(f"Wandkaart {short_name(region)}", [
        intro, PRINT_BUTTONS_WALL, _choice(region),
        f'<div class="ww-walls" data-pagefind-ignore>{sheets}</div>',
        f'<script src="{esc(root)}assets/wallchart.js" defer></script>'])


SLUG = "wandkaart"


def wall_chart_key(region_id: str) -> str:
    """The page id of a region's wall chart: its URL below regio/ (urls.url("wallchart", key))."""
    return f"{region_id}/{SLUG}"


def wall_chart_links(catalog: Catalog, root: str = "../") -> str:
    """On /wegwijzer/: a link to each region's wall chart, folded away (a long list with many regions); with a
    municipality chosen the list opens and only her region's shows."""
    regions = catalog.all("region")
    entries = "".join(f'<li data-regions="{esc(r["id"])}">'
                      f'{link(href(root, "wallchart", wall_chart_key(r["id"])), "Wandkaart " + short_name(r))}</li>'
                      for r in regions)
    return ('<div class="ww-wall-links" data-pagefind-ignore><p>Voor de muur van de IB-kamer: de wandkaart van je '
            "regio, per gemeente op één A3-vel (of A4 liggend).</p>"
            f'<details data-ww-open-when-chosen><summary>Wandkaarten per regio ({len(regions)})</summary>'
            f"<ul>{entries}</ul></details></div>")


MACROS = {
    "wandkaart": lambda catalog, root, extra: wall_chart_links(catalog, root),
}
