"""The competentiescan (/competentiescan/): a self-assessment on every indicator of every competency in data/.

Everything here comes from the data at build time: the form, the static parts of the report (cover, contents,
introduction, one section per competency) and a JSON blob for docs/assets/scan.js with the indicators, the tips
and how much each competency weighs in every profile and role. Text is escaped here; the script only ever sets
textContent. Answers are keyed by "<competency id>/<indicator id>", never by position, so a scan stored in a
browser survives indicators being added, removed or reworded.
"""

from __future__ import annotations

import json
from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.render.markup import esc, external, paragraphs
from wegwijzer.render.profiles import profile_roles
from wegwijzer.render.roles import ordered

FORMAT_VERSION = 1
# (value, label, description); 0 is "niet van toepassing" and never counts in an average.
LEVELS = [
    (1, "Nog niet", "Dit gedrag is nog niet of maar zelden te zien."),
    (2, "In ontwikkeling", "Dit gedrag is soms te zien, of alleen met hulp van anderen."),
    (3, "Bekwaam", "Dit gedrag is zelfstandig en meestal te zien."),
    (4, "Voorbeeld voor anderen", "Dit gedrag is steeds te zien, en collega's leren ervan."),
    (0, "Niet van toepassing", "Dit hoort niet bij het werk op deze school, of je kunt het niet beoordelen."),
]
RATER_ROLES = [("directeur", "Directeur"), ("leerkracht", "Leerkracht"), ("coach", "Coach"),
               ("assessor", "Assessor"), ("collega-ib", "Collega-ib'er"), ("anders", "Iemand anders")]


def key(competency_id: str, indicator_id: str) -> str:
    """The stable storage key of one indicator's answer."""
    return f"{competency_id}/{indicator_id}"


def weights(catalog: Catalog) -> list[dict[str, Any]]:
    """How much each competency weighs for every profile and role, derived from their references.

    A profile counts 2 for a competency it names itself and 1 for each of its roles that leans on it; a role
    counts 1 for each competency it names. The competencies with the highest count weigh most.
    """
    roles = {r["id"]: r for r in catalog.all("role")}
    targets = []
    for profile in sorted(catalog.all("profile"), key=lambda p: p["title"].casefold()):
        counts: dict[str, int] = {}
        for id_ in profile.get("competencies") or []:
            counts[id_] = counts.get(id_, 0) + 2
        for role_id in profile_roles(profile):
            for id_ in (roles.get(role_id) or {}).get("competencies") or []:
                counts[id_] = counts.get(id_, 0) + 1
        targets.append({"id": f"profiel:{profile['id']}", "label": profile["title"], "kind": "Functieprofiel",
                        "weights": counts})
    for role in ordered(catalog, "role"):
        targets.append({"id": f"rol:{role['id']}", "label": role["name"],
                        "kind": "Rol" if role.get("kind") == "rol" else "Werkgebied",
                        "weights": {id_: 1 for id_ in role["competencies"]}})
    return targets


def scan_data(catalog: Catalog) -> dict[str, Any]:
    """Everything scan.js needs, from data/: competencies with keyed indicators and tips, levels, targets."""
    competencies = []
    for competency in ordered(catalog, "competency"):
        cid = competency["id"]
        competencies.append({
            "id": cid, "name": competency["name"],
            "indicators": [{"key": key(cid, i["id"]), "text": i["text"]} for i in competency["indicators"]],
            "tips": [{"title": t["title"], "text": " ".join(t["text"].split()),
                      "indicators": [key(cid, i) for i in t.get("indicators") or []],
                      "sources": [{"url": s["url"], "title": s["title"]} for s in t["sources"]]}
                     for t in competency.get("tips") or []],
        })
    return {"version": FORMAT_VERSION, "competencies": competencies,
            "levels": [{"value": v, "label": label} for v, label, _ in LEVELS],
            "raterRoles": [{"id": i, "label": label} for i, label in RATER_ROLES],
            "targets": weights(catalog)}


def _json_script(data: dict[str, Any]) -> str:
    """JSON inside <script type="application/json">: <, > and & escaped so no text can close the element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="ww-scan-data">{text}</script>'


def _scale() -> str:
    rows = "".join(f"<dt>{esc(label)}</dt><dd>{esc(text)}</dd>" for _, label, text in LEVELS)
    return f'<dl class="ww-scan-scale">{rows}</dl>'


def _item(competency_id: str, indicator: dict[str, Any]) -> str:
    name = key(competency_id, indicator["id"])
    options = "".join(
        f'<label class="ww-scan-option"><input type="radio" name="{esc(name)}" value="{value}"> '
        f"<span>{esc(label)}</span></label>"
        for value, label, _ in LEVELS)
    return (f'<fieldset class="ww-scan-item" data-key="{esc(name)}"><legend>{esc(indicator["text"])}</legend>'
            f'<div class="ww-scan-options">{options}</div></fieldset>')


def _form(competencies: list[dict[str, Any]]) -> str:
    sections = []
    for n, competency in enumerate(competencies, start=1):
        cid = competency["id"]
        items = "".join(_item(cid, i) for i in competency["indicators"])
        sections.append(
            f'<section class="ww-scan-competency" id="scan-{esc(cid)}" aria-labelledby="scan-{esc(cid)}-kop">'
            f'<h3 id="scan-{esc(cid)}-kop">{n}. {esc(competency["name"])}</h3>{paragraphs(competency["summary"])}'
            f'{items}<label class="ww-scan-note-label" for="notitie-{esc(cid)}">Notitie bij '
            f'{esc(competency["name"])} (mag leeg blijven)</label>'
            f'<textarea id="notitie-{esc(cid)}" data-note="{esc(cid)}" rows="3" maxlength="2000"></textarea>'
            f"</section>")
    return f'<form class="ww-scan-form" id="ww-scan-form" novalidate>{"".join(sections)}</form>'


def _options(pairs: list[tuple[str, str]]) -> str:
    return "".join(f'<option value="{esc(v)}">{esc(label)}</option>' for v, label in pairs)


def _targets(catalog: Catalog) -> str:
    groups: dict[str, list[tuple[str, str]]] = {}
    for target in weights(catalog):
        groups.setdefault(target["kind"], []).append((target["id"], target["label"]))
    body = "".join(f'<optgroup label="{esc(kind)}">{_options(pairs)}</optgroup>' for kind, pairs in groups.items())
    return f'<option value="">Geen vergelijking</option>{body}'


def _controls(catalog: Catalog) -> str:
    mode = ('<fieldset class="ww-scan-mode"><legend>Wie vult de scan in?</legend>'
            '<label><input type="radio" name="ww-scan-mode" value="zelf" checked> '
            "Ik vul de scan in over mijzelf</label>"
            '<label><input type="radio" name="ww-scan-mode" value="beoordelaar"> '
            "Ik beoordeel een ib'er (als directeur, leerkracht, coach of assessor)</label></fieldset>")
    rater = ('<div class="ww-scan-rater-fields" id="ww-scan-rater-fields" hidden>'
             '<p>Je vult de scan in over een ib\'er. Je antwoorden blijven in deze browser tot je ze als bestand '
             "opslaat en dat bestand zelf aan de ib'er geeft.</p>"
             '<label for="ww-scan-rater-role">Ik beoordeel als</label>'
             f'<select id="ww-scan-rater-role" data-rater="role">{_options(RATER_ROLES)}</select>'
             '<label for="ww-scan-rater-about">Naam van de ib\'er (mag leeg blijven)</label>'
             '<input type="text" id="ww-scan-rater-about" data-rater="about" maxlength="100" autocomplete="off">'
             "</div>")
    return mode + rater


def _self_tools(catalog: Catalog) -> str:
    return (
        '<section class="ww-scan-tools" id="ww-scan-self-tools" aria-labelledby="ww-scan-anderen">'
        '<h2 id="ww-scan-anderen">Beoordelingen van anderen</h2>'
        "<p>Vraag een directeur, een leerkracht of je coach om de scan over jou in te vullen. Zij kiezen hierboven "
        "&lsquo;Ik beoordeel een ib'er&rsquo; en slaan hun antwoorden op als bestand. Dat bestand geven ze jou, "
        "bijvoorbeeld per mail of op een usb-stick; deze site ziet het nooit. Voeg het hier toe: het rapport "
        "zet hun kijk dan naast de jouwe.</p>"
        '<label for="ww-scan-import">Bestand met een beoordeling toevoegen</label>'
        '<input type="file" id="ww-scan-import" accept=".json,application/json">'
        '<div id="ww-scan-import-status" class="ww-scan-status" role="status" aria-live="polite"></div>'
        '<ul id="ww-scan-raters" class="ww-scan-raters"></ul>'
        '<h2 id="ww-scan-vergelijk">Vergelijken met een profiel of rol</h2>'
        "<p>Kies een functieprofiel of een rol. Het rapport laat dan zien welke competenties daarin het zwaarst "
        "wegen en waar je scores nog onder &lsquo;bekwaam&rsquo; blijven.</p>"
        f'<label for="ww-scan-target">Vergelijk met</label><select id="ww-scan-target">{_targets(catalog)}</select>'
        '<h2 id="ww-scan-gegevens">Gegevens voor het rapport</h2>'
        '<label for="ww-scan-name">Je naam</label>'
        '<input type="text" id="ww-scan-name" data-cover="name" maxlength="100" autocomplete="name">'
        '<label for="ww-scan-school">School</label>'
        '<input type="text" id="ww-scan-school" data-cover="school" maxlength="150" autocomplete="organization">'
        '<label for="ww-scan-date">Datum</label><input type="date" id="ww-scan-date" data-cover="date">'
        '<h2 id="ww-scan-doelen">Ontwikkeldoelen en verbeteracties</h2>'
        "<p>Schrijf op waar je aan gaat werken: wat je wilt bereiken, hoe, met wie en wanneer. Ze komen in het "
        "rapport, ook als je het afdrukt.</p>"
        '<div id="ww-scan-goals" class="ww-scan-goals"></div>'
        '<button type="button" class="md-button" id="ww-scan-add-goal">Doel toevoegen</button>'
        '<h2 id="ww-scan-rapport-kop">Je rapport</h2>'
        "<p>Hieronder staat je rapport; het groeit mee terwijl je invult. Kies <em>Rapport afdrukken</em> om het op "
        "A4 af te drukken of als pdf te bewaren: met een voorblad, een inhoud met paginanummers en een nummer op "
        "elke pagina. Het menu en de invulvelden vallen dan weg.</p>"
        '<button type="button" class="md-button md-button--primary" id="ww-scan-print">Rapport afdrukken</button>'
        '<div id="ww-scan-print-status" class="ww-scan-status" role="status" aria-live="polite"></div>'
        "</section>")


def _rater_tools() -> str:
    return ('<section class="ww-scan-tools" id="ww-scan-rater-tools" aria-labelledby="ww-scan-opslaan" hidden>'
            '<h2 id="ww-scan-opslaan">Beoordeling opslaan als bestand</h2>'
            "<p>Sla je antwoorden op als een klein bestand en geef dat aan de ib'er, op de manier die jullie samen "
            "kiezen. Er gaat niets via deze site.</p>"
            '<button type="button" class="md-button md-button--primary" id="ww-scan-export">'
            "Beoordeling opslaan als bestand</button>"
            '<div id="ww-scan-export-status" class="ww-scan-status" role="status" aria-live="polite"></div>'
            "</section>")


def _privacy() -> str:
    return ('<section class="ww-scan-privacy" aria-labelledby="ww-scan-privacy-kop">'
            '<h2 id="ww-scan-privacy-kop">Waar je antwoorden staan</h2>'
            '<p id="ww-scan-privacy-text">Je antwoorden staan alleen in deze browser, op dit apparaat (in de lokale '
            "opslag van de browser). Ze gaan niet naar IB Wegwijzer of naar iemand anders, de scan gebruikt geen "
            "cookies, en in een andere browser of op een andere computer zie je ze niet. Wil je ze bewaren of delen, "
            "druk dan het rapport af of sla een bestand op.</p>"
            '<button type="button" class="md-button" id="ww-scan-clear">Alles wissen</button>'
            '<div id="ww-scan-clear-confirm" class="ww-scan-confirm" hidden>'
            "<p>Weet je het zeker? Al je antwoorden, notities, doelen en toegevoegde beoordelingen verdwijnen uit "
            "deze browser.</p>"
            '<button type="button" class="md-button md-button--primary" id="ww-scan-clear-yes">Ja, wis alles</button> '
            '<button type="button" class="md-button" id="ww-scan-clear-no">Nee, niets wissen</button></div>'
            '<div id="ww-scan-clear-status" class="ww-scan-status" role="status" aria-live="polite"></div>'
            "</section>")


def _report(competencies: list[dict[str, Any]]) -> str:
    """The static frame of the report: cover, contents, introduction and one section per competency.

    In print (docs/assets/scan-print.css) the cover fills the first sheet and the contents the second, each entry
    with the page its section starts on; the script fills the rest from the answers.
    """
    toc = [("rapport-inleiding", "Inleiding"), ("rapport-overzicht", "Overzicht in één oogopslag")]
    toc += [(f"rapport-{c['id']}", f"{n}. {c['name']}") for n, c in enumerate(competencies, start=1)]
    toc += [("rapport-vergelijking", "Vergelijking met profiel of rol"),
            ("rapport-doelen", "Ontwikkeldoelen en verbeteracties")]
    # The competencies carry their own number in their title: the list itself shows no numbers (no "3. 1.").
    contents = "".join(f'<li><a href="#{esc(i)}">{esc(title)}</a></li>' for i, title in toc)
    names = "".join(f"<li><strong>{esc(c['name'])}</strong>: {esc(' '.join(c['summary'].split()))}</li>"
                    for c in competencies)
    sections = "".join(
        f'<section class="ww-report-section ww-report-competency" id="rapport-{esc(c["id"])}" '
        f'aria-labelledby="rapport-{esc(c["id"])}-kop"><div class="ww-report-keep">'
        f'<h3 id="rapport-{esc(c["id"])}-kop">{n}. {esc(c["name"])}</h3><div data-report-lead="{esc(c["id"])}"></div>'
        f'</div><div data-report="{esc(c["id"])}"></div></section>'
        for n, c in enumerate(competencies, start=1))
    return (
        '<section class="ww-scan-report" id="ww-scan-report" aria-labelledby="ww-report-title">'
        '<div class="ww-report-cover"><div class="ww-report-cover-band">'
        '<p class="ww-report-kicker">IB Wegwijzer &middot; competentiescan</p>'
        '<h2 id="ww-report-title">Ontwikkelrapport intern begeleider</h2>'
        '<p class="ww-report-subtitle">De competenties van de intern begeleider: waar je staat, wat anderen zien '
        "en waar je aan wilt werken</p></div>"
        '<dl class="ww-report-cover-fields"><dt>Naam</dt><dd data-cover-out="name"></dd>'
        '<dt>School</dt><dd data-cover-out="school"></dd><dt>Datum</dt><dd data-cover-out="date"></dd>'
        '<dt>Beoordeeld door</dt><dd data-cover-out="raters"></dd>'
        '<dt>Vergeleken met</dt><dd data-cover-out="target"></dd></dl>'
        '<p class="ww-report-cover-note">Een hulpmiddel voor een ontwikkelgesprek, geen oordeel. Ingevuld met de '
        "gratis competentiescan van IB Wegwijzer; de antwoorden zijn alleen in de browser van de invuller "
        "bewaard.</p></div>"
        '<nav class="ww-report-toc" aria-labelledby="ww-report-inhoud"><h3 id="ww-report-inhoud">Inhoud</h3>'
        f'<ol class="ww-report-toc-list">{contents}</ol></nav>'
        '<section class="ww-report-section" id="rapport-inleiding" aria-labelledby="rapport-inleiding-kop">'
        '<h3 id="rapport-inleiding-kop">Inleiding</h3>'
        f"<p>Dit rapport gaat over de {_count(len(competencies))} competenties van de intern begeleider uit het "
        "competentiemodel van de Landelijke Beroepsgroep Intern Begeleiders (LBIB):</p>"
        f'<ul class="ww-report-intro-list">{names}</ul>'
        '<div class="ww-report-keep">'
        f"<p>Per competentie staat bij elk voorbeeld van gedrag een score op vier niveaus:</p>{_scale()}</div>"
        "<p>Het overzicht zet per competentie het gemiddelde naast elkaar; &lsquo;niet van toepassing&rsquo; telt "
        "niet mee. Per competentie zie je daarna elk gedragsvoorbeeld met je eigen score en die van anderen, je "
        "notities, wat het sterkst en wat het minst sterk scoort, en tips voor de laagste scores. Scheelt een "
        "beoordeling twee niveaus of meer met de jouwe, dan staat dat erbij: een goed begin van een gesprek.</p>"
        "</section>"
        '<section class="ww-report-section ww-report-keep" id="rapport-overzicht" '
        'aria-labelledby="rapport-overzicht-kop">'
        '<h3 id="rapport-overzicht-kop">Overzicht in één oogopslag</h3><div data-report="overzicht"></div></section>'
        f"{sections}"
        '<section class="ww-report-section ww-report-keep" id="rapport-vergelijking" '
        'aria-labelledby="rapport-vergelijking-kop">'
        '<h3 id="rapport-vergelijking-kop">Vergelijking met profiel of rol</h3>'
        '<div data-report="vergelijking"></div></section>'
        '<section class="ww-report-section" id="rapport-doelen" aria-labelledby="rapport-doelen-kop">'
        '<div class="ww-report-keep"><h3 id="rapport-doelen-kop">Ontwikkeldoelen en verbeteracties</h3>'
        '<div data-report-lead="doelen"></div></div><div data-report="doelen"></div></section>'
        "</section>")


def _count(n: int) -> str:
    """A small number in words, as Dutch running text writes it."""
    words = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"]
    return words[n] if n < len(words) else str(n)


def scan_page(catalog: Catalog, root: str = "../") -> str:
    """The whole scan: stylesheet, data, form, tools, report frame and script, all from data/."""
    competencies = ordered(catalog, "competency")
    if not competencies:
        return '<p class="ww-none">Er staan nog geen competenties in de data.</p>'
    total = sum(len(c["indicators"]) for c in competencies)
    return (
        f'<link rel="stylesheet" href="{esc(root)}assets/scan.css">'
        f'<link rel="stylesheet" href="{esc(root)}assets/scan-print.css" media="print">'
        f'<div class="ww-scan" id="ww-scan">{_json_script(scan_data(catalog))}'
        '<noscript><p class="ww-scan-noscript">De competentiescan werkt alleen als JavaScript aan staat. Zonder '
        "JavaScript kun je de gedragsvoorbeelden wel lezen op de pagina's van de competenties.</p></noscript>"
        f"{_privacy()}{_controls(catalog)}"
        '<section class="ww-scan-fill" aria-labelledby="ww-scan-invullen">'
        '<h2 id="ww-scan-invullen">Invullen</h2>'
        "<p>Kies bij elk voorbeeld van gedrag het niveau dat het best past. Zo werken de niveaus:</p>"
        f"{_scale()}"
        f'<p class="ww-scan-progress"><label for="ww-scan-progress-bar" id="ww-scan-progress-text">'
        f"0 van {total} gedragsvoorbeelden ingevuld</label> "
        f'<progress id="ww-scan-progress-bar" max="{total}" value="0"></progress></p>'
        f"{_form(competencies)}</section>"
        f"{_self_tools(catalog)}{_rater_tools()}{_report(competencies)}</div>"
        f'<script src="{esc(root)}assets/scan.js" defer data-paged="{esc(root)}assets/vendor/paged.min.js" '
        f'data-print-css="{esc(root)}assets/scan-print.css"></script>')


def sources_list(catalog: Catalog) -> str:
    """Every source of every tip, once, for the page's own source list."""
    seen: dict[str, str] = {}
    for competency in ordered(catalog, "competency"):
        for tip in competency.get("tips") or []:
            for source in tip["sources"]:
                seen.setdefault(source["url"], source["title"])
    return "<ul class=\"ww-sources\">" + "".join(f"<li>{external(u, t)}</li>" for u, t in seen.items()) + "</ul>"


MACROS = {
    "competentiescan": lambda catalog, root, extra: scan_page(catalog, root),
    "competentiescan_bronnen": lambda catalog, root, extra: sources_list(catalog),
}
