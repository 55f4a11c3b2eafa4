"""Function profile pages, built to print as a clean A4 document, and the /profielen/ overview."""

from __future__ import annotations

from typing import Any

import yaml

from wegwijzer.catalog import Catalog
from wegwijzer.render.footer import footer, sources_list
from wegwijzer.render.markup import block, definition_list, esc, items, link, paragraphs
from wegwijzer.render.printing import PRINT_BUTTON
from wegwijzer.render.roles import area_anchor, linked, ordered
from wegwijzer.render.urls import href
from wegwijzer.schemas import Schemas, default_schemas

YES = '<span aria-hidden="true">✓</span><span class="ww-visually-hidden">ja</span>'
NO = '<span aria-hidden="true">–</span><span class="ww-visually-hidden">nee</span>'


def mark(yes: bool) -> str:
    """A text mark, not colour alone: ✓ or – on screen, ja or nee for a screen reader."""
    return YES if yes else NO


def profile_roles(profile: dict[str, Any]) -> list[str]:
    """Role ids the profile's result areas belong to, in order, each once."""
    return list(dict.fromkeys(area["role"] for area in profile.get("result_areas") or []))


def _section(id_: str, heading: str, content: str) -> tuple[str, str, str]:
    return id_, heading, f'<section class="ww-profile-section" id="{id_}"><h2>{esc(heading)}</h2>{content}</section>'


def _facts(profile: dict[str, Any], schemas: Schemas) -> str:
    def label(key: str) -> str:
        return schemas.title("profile", (key,))

    return definition_list([
        (label("organisation"), esc(profile.get("organisation"))),
        (label("title"), esc(profile["title"])),
        (label("salary_scale"), esc(profile.get("salary_scale"))),
        (label("field_of_work"), esc(profile.get("field_of_work"))),
        (label("activities"), items(esc(a) for a in profile.get("activities") or []) if profile.get("activities")
         else ""),
        (label("kenmerkscores"), _kenmerkscores(profile.get("kenmerkscores"))),
        (label("date"), esc(profile.get("date"))),
    ])


def _kenmerkscores(scores: str | None) -> str:
    """The scores with what they are, on screen and on paper: a row of digits means nothing on its own."""
    if not scores:
        return ""
    return (f'{esc(scores)}<span class="ww-profile-explain">De scores per kenmerk uit de functiewaardering (zoals '
            "FUWA-PO), in de volgorde van de functiebeschrijving. Samen bepalen ze hoe zwaar de functie weegt en "
            "daarmee de salarisschaal.</span>")


def _areas(catalog: Catalog, profile: dict[str, Any], root: str) -> str:
    return "".join(
        f'<section class="ww-profile-area" id="{area_anchor(n)}"><h3>{esc(area["title"])}</h3>'
        f'<p class="ww-profile-role">Rol: {"".join(linked(catalog, "role", [area["role"]], root))}</p>'
        f'{items(esc(t) for t in area["tasks"])}</section>'
        for n, area in enumerate(profile["result_areas"], start=1)
    )


def _accountability(profile: dict[str, Any], schemas: Schemas) -> str:
    parts = [f'<h3>{esc(schemas.title("profile", (key,)))}</h3>{paragraphs(profile[key])}'
             for key in ("accountability", "framework") if profile.get(key)]
    if profile.get("decision_rights"):
        parts.append(f'<h3>{esc(schemas.title("profile", ("decision_rights",)))}</h3>'
                     + items(esc(d) for d in profile["decision_rights"]))
    return "".join(parts)


def _competencies(catalog: Catalog, profile: dict[str, Any], root: str) -> str:
    entries = []
    for id_ in profile["competencies"]:
        competency = catalog.get("competency", id_) or {"name": id_, "summary": ""}
        entries.append(f'<p class="ww-card-title">{link(href(root, "competency", id_), competency["name"])}</p>'
                       + paragraphs(competency["summary"]))
    return items(entries, cls="ww-profile-competencies")


def _comparison(catalog: Catalog, profile: dict[str, Any], root: str) -> str:
    """What the profile names and leaves out, against every role and competency of the professional standard."""
    roles, competencies = set(profile_roles(profile)), set(profile.get("competencies") or [])

    def rows(kind: str, chosen: set[str]) -> str:
        return items(f'<span class="ww-mark">{mark(r["id"] in chosen)}</span> '
                     f'{link(href(root, kind, r["id"]), r["name"])}' for r in ordered(catalog, kind))

    return (f'<p>Welke rollen en competenties uit de beroepsstandaard dit profiel noemt (✓) en welke niet (–). '
            f'Op de {link(root + "matrix/", "matrix")} staat dit naast de andere profielen.</p>'
            f"<h3>Rollen en werkgebieden</h3>{rows('role', roles)}"
            f"<h3>Competenties</h3>{rows('competency', competencies)}")


def profile_page(catalog: Catalog, profile_id: str, root: str = "../../", edit_url: str | None = None,
                 schemas: Schemas | None = None) -> str:
    """The Markdown of /profielen/<id>/: one HTML block, so data-derived headings never pass through Markdown."""
    profile = catalog.get("profile", profile_id)
    assert profile is not None
    schemas = schemas or default_schemas()
    sections = [_section("functiegegevens", "Functiegegevens", _facts(profile, schemas)),
                _section("context", schemas.title("profile", ("context",)), paragraphs(profile["context"]))]
    if profile.get("result_areas"):
        sections.append(_section("resultaatgebieden", schemas.title("profile", ("result_areas",)),
                                 _areas(catalog, profile, root)))
    if any(profile.get(k) for k in ("accountability", "framework", "decision_rights")):
        sections.append(_section("verantwoording", "Verantwoording, kader en beslissingen",
                                 _accountability(profile, schemas)))
    if profile.get("knowledge_and_skills"):
        sections.append(_section("kennis-en-vaardigheden", schemas.title("profile", ("knowledge_and_skills",)),
                                 items(esc(k) for k in profile["knowledge_and_skills"])))
    if profile.get("contacts"):
        sections.append(_section("contacten", schemas.title("profile", ("contacts",)),
                                 definition_list((c["with"], paragraphs(c["about"])) for c in profile["contacts"])))
    if profile.get("competencies"):
        sections.append(_section("competenties", schemas.title("profile", ("competencies",)),
                                 _competencies(catalog, profile, root)))
    sections.append(_section("beroepsstandaard", "Vergelijking met de beroepsstandaard",
                             _comparison(catalog, profile, root)))
    sections.append(_section("bronnen", "Bronnen", sources_list(profile) + footer(profile, edit_url)))
    return _document(profile, sections)


def _toc(profile: dict[str, Any], sections: list[tuple[str, str, str]]) -> str:
    entries = []
    for id_, heading, _ in sections:
        sub = ""
        if id_ == "resultaatgebieden":
            sub = "<ol>" + "".join(f'<li><a href="#{area_anchor(n)}">{esc(a["title"])}</a></li>'
                                   for n, a in enumerate(profile["result_areas"], start=1)) + "</ol>"
        entries.append(f'<li><a href="#{id_}">{esc(heading)}</a>{sub}</li>')
    return (f'<nav class="ww-profile-toc" aria-labelledby="inhoud"><h2 id="inhoud">Inhoud</h2>'
            f'<ol>{"".join(entries)}</ol></nav>')


def _document(profile: dict[str, Any], sections: list[tuple[str, str, str]]) -> str:
    organisation = profile.get("organisation")
    organisation = f'<p class="ww-profile-org">{esc(organisation)}</p>' if organisation else ""
    date = esc(profile["date"]) if profile.get("date") else "datum niet vermeld in de bron"
    head = (f'<header class="ww-profile-head">{organisation}<h1>{esc(profile["title"])}</h1>'
            f'<p class="ww-profile-date">Functieprofiel, {date}</p></header>')
    tip = ('<p class="ww-profile-tip">Deze pagina is gemaakt om af te drukken: kies <em>Afdrukken</em> in je browser, '
           "of bewaar hem daar als pdf. Menu en zijbalken vallen dan weg.</p>" + PRINT_BUTTON)
    html = f'<div class="ww-profile">{head}{tip}{_toc(profile, sections)}{"".join(s[2] for s in sections)}</div>'
    front = yaml.safe_dump({"title": esc(profile["title"]), "hide": ["toc"]}, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n\n{html}\n"


def profile_list(catalog: Catalog, root: str = "../") -> str:
    """The /profielen/ overview: every profile with its organisation, date and what it covers."""
    profiles = sorted(catalog.all("profile"), key=lambda p: p.get("date_iso", "0000"), reverse=True)
    if not profiles:
        return block("Er staan nog geen functieprofielen in de data.", tag="p", cls="ww-none")
    all_roles, all_competencies = len(catalog.all("role")), len(catalog.all("competency"))
    rows = "".join(
        f'<tr><th scope="row">{link(href(root, "profile", p["id"]), p["title"])}</th>'
        f'<td>{esc(p.get("organisation", ""))}</td><td>{esc(p.get("date", ""))}</td>'
        f'<td>{len(profile_roles(p))} van {all_roles}</td>'
        f'<td>{len(p.get("competencies") or [])} van {all_competencies}</td></tr>'
        for p in profiles
    )
    return ('<div class="ww-table-wrap" role="region" aria-label="Alle functieprofielen" tabindex="0">'
            '<table class="ww-profiles-table"><caption>Alle functieprofielen, nieuwste eerst</caption><thead><tr>'
            '<th scope="col">Profiel</th><th scope="col">Organisatie</th><th scope="col">Datum</th>'
            '<th scope="col">Rollen en werkgebieden</th>'
            f'<th scope="col">Competenties uit het model</th></tr></thead><tbody>{rows}</tbody></table></div>')


MACROS = {"profielen_overzicht": lambda catalog, root, extra: profile_list(catalog, root)}
PAGES = {"profile": profile_page}
