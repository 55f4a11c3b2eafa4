"""Pages for the IB role: one page per competency and per role, and the overview lists of both.

Which roles, tasks and profiles lean on a competency is derived here from their references; it is never stored.
"""

from __future__ import annotations

from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.domain import display_name
from wegwijzer.render.footer import footer, sources_list
from wegwijzer.render.markup import block, esc, items, link, page, paragraphs
from wegwijzer.render.urls import href
from wegwijzer.schemas import Schemas, default_schemas


def ordered(catalog: Catalog, kind: str) -> list[dict[str, Any]]:
    """Records in their `order` (competencies 1 to 7, roles as numbered), then by name."""
    return sorted(catalog.all(kind), key=lambda r: (r.get("order", 99), name_of(catalog, kind, r["id"]).casefold()))


def name_of(catalog: Catalog, kind: str, id_: str) -> str:
    return display_name(catalog.get(kind, id_) or {}, id_)


def task_href(root: str, task_id: str) -> str:
    """Tasks have no page of their own: they are described on /de-rol/."""
    return f"{root}de-rol/#taak-{task_id}"


def area_anchor(index: int) -> str:
    """The id of the index-th result area (from 1) on a profile page."""
    return f"resultaatgebied-{index}"


def profile_areas(catalog: Catalog, role_id: str) -> list[tuple[dict[str, Any], int, dict[str, Any]]]:
    """(profile, result area number, result area) for every result area that belongs to the role."""
    return [(profile, index, area) for profile in catalog.all("profile")
            for index, area in enumerate(profile.get("result_areas") or [], start=1) if area.get("role") == role_id]


def linked(catalog: Catalog, kind: str, ids: list[str], root: str) -> list[str]:
    return [link(href(root, kind, i), name_of(catalog, kind, i)) for i in ids]


def inline(parts: list[str], none: str = "") -> str:
    return ", ".join(parts) if parts else esc(none)


def _list_or(parts: list[str], none: str, cls: str) -> str:
    return items(parts, cls=cls) if parts else block(esc(none), tag="p", cls="ww-none")


def kind_label(role: dict[str, Any], schemas: Schemas | None = None) -> str:
    return (schemas or default_schemas()).labels("role", ("kind",)).get(role["kind"], role["kind"])


def competency_page(catalog: Catalog, competency_id: str, root: str = "../../", edit_url: str | None = None) -> str:
    """The Markdown of /competenties/<id>/."""
    competency = catalog.get("competency", competency_id)
    assert competency is not None
    roles = [r for r in ordered(catalog, "role") if competency_id in r["competencies"]]
    tasks = catalog.referrers("task", "competencies", competency_id)
    profiles = catalog.referrers("profile", "competencies", competency_id)
    body = [
        block(paragraphs(competency["summary"]), cls="ww-summary"),
        "## Zo zie je het in de praktijk",
        block("Gedrag waaraan je ziet of hoort dat een ib'er deze competentie beheerst:", tag="p"),
        items((esc(i["text"]) for i in competency["indicators"]), cls="ww-indicators"),
        block(f'Waar sta jij? Beoordeel jezelf op deze gedragsvoorbeelden in de '
              f'{link(root + "competentiescan/", "competentiescan")}.', tag="p", cls="ww-scan-link"),
        "## Rollen die erop steunen",
        _list_or([link(href(root, "role", r["id"]), r["name"]) for r in roles],
                 "Geen rol noemt deze competentie.", "ww-roles"),
        "## Taken die erom vragen",
        _list_or([link(task_href(root, t["id"]), t["name"]) for t in tasks],
                 "Geen taak van een gewone werkdag noemt deze competentie.", "ww-tasks-linked"),
        "## Functieprofielen die erom vragen",
        _list_or([link(href(root, "profile", p["id"]), p["title"]) for p in profiles],
                 "Nog geen functieprofiel noemt deze competentie.", "ww-profiles"),
        "## Bronnen",
        sources_list(competency),
        footer(competency, edit_url),
    ]
    return page(competency["name"], body)


def role_page(catalog: Catalog, role_id: str, root: str = "../../", edit_url: str | None = None,
              schemas: Schemas | None = None) -> str:
    """The Markdown of /rollen/<id>/."""
    role = catalog.get("role", role_id)
    assert role is not None
    tasks = catalog.referrers("task", "roles", role_id)
    areas = profile_areas(catalog, role_id)
    body = [
        block(esc(kind_label(role, schemas)), tag="p", cls="ww-kind"),
        block(paragraphs(role["purpose"]), cls="ww-summary"),
        "## Resultaatgebieden",
        items((esc(t) for t in role["tasks"]), cls="ww-result-areas"),
        "## Competenties",
        block("De competenties waar deze rol vooral op steunt:", tag="p"),
        items(linked(catalog, "competency", role["competencies"], root), cls="ww-competencies"),
        "## Taken van een gewone werkdag",
        _list_or([link(task_href(root, t["id"]), t["name"]) for t in tasks],
                 "Geen taak van een gewone werkdag hoort bij deze rol.", "ww-tasks-linked"),
        "## In functieprofielen",
        _list_or([f"{link(href(root, 'profile', p['id']) + '#' + area_anchor(n), p['title'])}: {esc(a['title'])}"
                  for p, n, a in areas], "Nog geen functieprofiel beschrijft deze rol.", "ww-profiles"),
        "## Bronnen",
        sources_list(role),
        footer(role, edit_url),
    ]
    return page(role["name"], body)


def _card(title: str, text: str, links: str) -> str:
    return f'<li class="ww-card"><p class="ww-card-title">{title}</p>{text}<p class="ww-card-links">{links}</p></li>'


def competency_list(catalog: Catalog, root: str = "../") -> str:
    """The /competenties/ overview: every competency in model order, with its summary and roles."""
    competencies = ordered(catalog, "competency")
    if not competencies:
        return block("Er staan nog geen competenties in de data.", tag="p", cls="ww-none")
    roles = ordered(catalog, "role")
    entries = "".join(_card(link(href(root, "competency", c["id"]), c["name"]), paragraphs(c["summary"]),
                            "Rollen: " + inline([link(href(root, "role", r["id"]), r["name"]) for r in roles
                                                 if c["id"] in r["competencies"]], "geen"))
                      for c in competencies)
    return f'<ol class="ww-cards">{entries}</ol>'


def role_list(catalog: Catalog, root: str = "../", schemas: Schemas | None = None) -> str:
    """The /rollen/ overview: every role and area of work, with its purpose and competencies."""
    roles = ordered(catalog, "role")
    if not roles:
        return block("Er staan nog geen rollen in de data.", tag="p", cls="ww-none")
    entries = "".join(_card(link(href(root, "role", r["id"]), r["name"]),
                            f'<p class="ww-kind">{esc(kind_label(r, schemas))}</p>' + paragraphs(r["purpose"]),
                            "Competenties: " + inline(linked(catalog, "competency", r["competencies"], root)))
                      for r in roles)
    return f'<ul class="ww-cards">{entries}</ul>'


MACROS = {
    "competenties_overzicht": lambda catalog, root, extra: competency_list(catalog, root),
    "rollen_overzicht": lambda catalog, root, extra: role_list(catalog, root),
}
PAGES = {"competency": competency_page, "role": role_page}
