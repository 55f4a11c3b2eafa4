"""`make new-region`: the region file of a samenwerkingsverband, and skeleton partners to complete.

The region file holds only what the contributor gave (the SWV's name and code, its municipalities, the page that
lists them): it is valid at once, and the region is published as "in opbouw" with its to-do list. The skeleton
partners are templates (`_` before the file name, so the validator and the build skip them): each has
placeholders (AANVULLEN) for the facts that must come from the organisation's own page. Nothing invented is ever
published: a file only counts once it is renamed without the `_`, and a placeholder left in it is an error.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from wegwijzer.catalog import build_catalog
from wegwijzer.domain import slug
from wegwijzer.records.reader import PLACEHOLDER

_TODO = f"{PLACEHOLDER}: "


def region_record(name: str, code: str, towns: list[tuple[str, str]], source_url: str, source_title: str,
                  region_id: str, today: dt.date) -> dict[str, Any]:
    date = today.isoformat()
    return {
        "id": region_id, "name": name,
        "description": f"De regio van {name} ({code}), het samenwerkingsverband passend onderwijs voor de "
                       f"basisscholen in {_listed([t for _, t in towns])}.",
        "municipalities": [{"id": i, "name": t} for i, t in towns],
        "sources": [{"url": source_url, "title": source_title, "kind": "eigen", "accessed": date}],
        "last_verified": date,
    }


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def _skeleton(id_: str, name: str, kind: str, themes: list[str], areas: list[str], what: str) -> dict[str, Any]:
    return {
        "id": id_, "name": name, "kind": kind,
        "description": f"{_TODO}{what} Schrijf in twee tot vijf zinnen wat deze organisatie voor de school doet, "
                       "uit de eigen website van de organisatie.",
        "themes": themes, "areas": areas,
        "access": {"routes": ["school"], "consent": "nodig",
                   "notes": f"{_TODO}hoe de school hen bereikt en of toestemming van ouders nodig is."},
        "contact": {"website": f"{_TODO}https://… (de pagina van deze dienst zelf)"},
        "sources": [{"url": f"{_TODO}https://… (de eigen pagina waar je dit las)", "title": f"{_TODO}titel",
                     "kind": "eigen", "accessed": f"{_TODO}JJJJ-MM-DD"}],
        "last_verified": f"{_TODO}JJJJ-MM-DD",
    }


def skeletons(region_id: str, swv: str, towns: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The partners every region needs: its SWV, Veilig Thuis, the GGD's youth health care, and per municipality
    the youth-help entry and leerplicht. Only the SWV's name is known; every other name is to be completed."""
    every = [i for i, _ in towns]
    found = [
        _skeleton(f"samenwerkingsverband-{region_id}", swv, "samenwerkingsverband", ["passend-onderwijs"], every,
                  "het samenwerkingsverband: ondersteuning, toelaatbaarheidsverklaringen, contact."),
        _skeleton(f"veilig-thuis-{region_id}", f"{_TODO}Veilig Thuis (naam van de regio)", "meldpunt", ["veiligheid"],
                  every, "Veilig Thuis voor deze gemeenten: het regionale nummer naast 0800-2000."),
        _skeleton(f"ggd-jeugdgezondheidszorg-{region_id}", f"{_TODO}GGD (naam) jeugdgezondheidszorg",
                  "jeugdgezondheidszorg", ["gezondheid"], every, "de jeugdarts en jeugdverpleegkundige van de GGD."),
    ]
    for town_id, town in towns:
        found.append(_skeleton(f"jeugdhulp-{town_id}", f"{_TODO}toegang jeugdhulp {town} (naam van het team)",
                               "wijkteam", ["gezin-en-opvoeding"], [town_id],
                               f"waar een school in {town} terechtkan voor jeugdhulp (wijkteam, CJG of sociaal team)."))
        found.append(_skeleton(f"leerplicht-{town_id}", f"Leerplicht gemeente {town}", "leerplicht", ["verzuim"],
                               [town_id], f"de leerplichtambtenaar voor kinderen die in {town} wonen."))
    return found


def _dump(kind: str, data: dict[str, Any], note: str) -> str:
    header = f"# yaml-language-server: $schema=../../schemas/{kind}.schema.json\n{note}---\n"
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


TEMPLATE_NOTE = ("# Sjabloon van make new-region: de site slaat dit bestand over zolang de naam met _ begint.\n"
                 "# Vul elk AANVULLEN in met wat op de eigen pagina van de organisatie staat (met die pagina als\n"
                 "# bron), of laat een veld weg dat niet verplicht is. Hernoem het bestand dan zonder _ en draai\n"
                 "# make validate. Bestaat de organisatie al in data/partners/, gooi dit sjabloon dan weg.\n")


def write_region(data_dir: Path, answers: dict[str, Any], today: dt.date | None = None) -> list[Path]:
    """Write the region file and the skeleton partners; returns the paths written (never overwriting a file)."""
    today = today or dt.date.today()
    towns = answers["towns"]
    region = region_record(answers["name"], answers["code"], towns, answers["source_url"], answers["source_title"],
                           answers["id"], today)
    files = [(data_dir / "regions" / f"{answers['id']}.yaml",
              _dump("region", region, "# Gemaakt met make new-region.\n"))]
    for partner in skeletons(answers["id"], answers["name"], towns):
        files.append((data_dir / "partners" / f"_{partner['id']}.yaml", _dump("partner", partner, TEMPLATE_NOTE)))
    taken = [path for path, _ in files if path.exists() or path.with_name(path.name.lstrip("_")).exists()]
    if any(path.parent.name == "regions" for path in taken):
        raise FileExistsError(taken[0])
    written = []
    for path, text in files:
        if path in taken:
            continue  # an organisation that already has a file (or template) is left alone
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _towns(reply: str) -> list[tuple[str, str]]:
    return [(slug(name), name) for name in (part.strip() for part in reply.split(",")) if name]


def interactive(data_dir: Path, ask: Callable[[str], str] = input, say: Callable[[str], None] = print,
                today: dt.date | None = None) -> int:
    """Ask for the SWV and its municipalities, write the files, and show the region's to-do list."""
    catalog = build_catalog(data_dir)
    known = catalog.town_regions
    say("Een nieuwe regio (samenwerkingsverband). Ctrl+C stopt zonder iets te schrijven.")
    try:
        name = _required(ask, say, "Naam van het samenwerkingsverband (zoals op de eigen website): ")
        code = _required(ask, say, "Code van het samenwerkingsverband (bijvoorbeeld PO2701): ")
        suggestion = re.sub(r"^(samenwerkingsverband|swv)(-passend-onderwijs)?(-po)?-", "", slug(name))
        region_id = ask(f"Id van de regio [{suggestion}]: ").strip() or suggestion
        if (data_dir / "regions" / f"{region_id}.yaml").exists():
            say(f"{data_dir / 'regions' / region_id}.yaml bestaat al; er is niets geschreven. Pas dat bestand aan.")
            return 1
        while True:
            towns = _towns(_required(ask, say, "Gemeenten van het samenwerkingsverband, met komma's ertussen: "))
            double = [t for i, t in towns if i in known]
            if not double:
                break
            say(f"Deze gemeenten staan al in een andere regio: {', '.join(double)}. Een gemeente hoort bij één "
                "regio; is ze verdeeld, zet dan in beide regio's split: true (zie Een regio toevoegen).")
        source_url = _required(ask, say, "Bron: de eigen pagina van het samenwerkingsverband met zijn gemeenten: ")
        source_title = _required(ask, say, "Bron: titel van die pagina: ")
    except (EOFError, KeyboardInterrupt):
        say("\nGestopt; er is niets geschreven.")
        return 1
    answers = {"name": name, "code": code, "id": region_id, "towns": towns, "source_url": source_url,
               "source_title": source_title}
    try:
        written = write_region(data_dir, answers, today)
    except FileExistsError as error:
        say(f"{error} bestaat al; er is niets geschreven.")
        return 1
    for path in written:
        say(f"Geschreven: {path}")
    after = build_catalog(data_dir)
    mine = [p for p in after.problems if p.is_error and Path(p.file).resolve() in {w.resolve() for w in written}]
    for problem in mine:
        say(f"{problem.file}:{problem.line}:{problem.column}: {problem.field}: {problem.message}")
    if mine:
        return 1
    todo = after.coverage.get(region_id, [])
    say(f"De regio staat erin als 'in opbouw': bij {len(todo)} vragen ontbreekt nog een organisatie in de regio. "
        "Vul de sjablonen (_*.yaml in data/partners/) aan, hernoem ze zonder _, en zet ze in de stappen van de "
        "vragen. Zie CONTRIBUTING.md, Een regio toevoegen.")
    return 0


def _required(ask: Callable[[str], str], say: Callable[[str], None], text: str) -> str:
    while True:
        reply = ask(text).strip()
        if reply:
            return reply
        say("Dit veld is verplicht.")
