"""`make new-partner` and `make new-question`: ask for the required fields and write a valid, commented file."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from wegwijzer.catalog import Catalog, build_catalog
from wegwijzer.checks.references import check_references
from wegwijzer.domain import DATA_FOLDERS, NATIONAL, slug
from wegwijzer.problems import Problem, format_problem
from wegwijzer.records.reader import parse_text
from wegwijzer.records.validate import validate_record
from wegwijzer.schemas import Schemas, default_schemas


@dataclass(frozen=True)
class Prompt:
    """One question to the contributor; `field` is where its answer lands in the record (for re-asking)."""

    key: str
    text: str
    field: str
    choices: tuple[Any, ...] = ()  # schema path of an enumerated field
    many: bool = False
    optional: bool = False


PROMPTS = {
    "partner": [
        Prompt("name", "Naam van de organisatie", "name"),
        Prompt("id", "Id (kleine letters en koppeltekens, wordt ook de bestandsnaam)", "id"),
        Prompt("kind", "Soort organisatie", "kind", ("kind",)),
        Prompt("description", "Omschrijving: wat doet deze organisatie voor de school (twee tot vijf zinnen)",
               "description"),
        Prompt("themes", "Thema's (één of meer)", "themes", ("themes", 0), many=True),
        Prompt("areas", "Werkgebied: gemeente-id's, gescheiden door komma's, of landelijk", "areas", many=True),
        Prompt("routes", "Hoe bereikt de school hen (één of meer)", "access.routes", ("access", "routes", 0),
               many=True),
        Prompt("consent", "Toestemming van ouders", "access.consent", ("access", "consent")),
        Prompt("website", "Website (begint met https://)", "contact.website"),
        Prompt("source_url", "Bron: adres van de pagina waar de gegevens staan", "sources[0].url"),
        Prompt("source_title", "Bron: titel van die pagina", "sources[0].title"),
        Prompt("source_kind", "Soort bron", "sources[0].kind", ("sources", 0, "kind")),
    ],
    "question": [
        Prompt("title", "De vraag zoals een IB'er hem stelt", "title"),
        Prompt("id", "Id (kleine letters en koppeltekens, wordt ook de bestandsnaam)", "id"),
        Prompt("theme", "Thema", "theme", ("theme",)),
        Prompt("keywords", "Zoekwoorden, gescheiden door komma's", "keywords", many=True),
        Prompt("step_title", "Eerste stap, kort en actief (bijvoorbeeld: Bespreek je zorg met de ouders)",
               "steps[0].title"),
        Prompt("step_text", "Wat de school in die stap doet", "steps[0].text"),
        Prompt("partners", "Partner-id's voor de volgende stap, gescheiden door komma's (Enter = later)",
               "steps[1].partners", many=True, optional=True),
        Prompt("source_url", "Bron: adres van de pagina waarop de route steunt", "sources[0].url"),
        Prompt("source_title", "Bron: titel van die pagina", "sources[0].title"),
        Prompt("source_kind", "Soort bron", "sources[0].kind", ("sources", 0, "kind")),
    ],
}


def _partner_steps(partners: list[str], catalog: Catalog | None) -> list[dict[str, Any]]:
    """The step that names the partners: one for every region with the national ones (or all, when the regions are
    not known), and one per region for the partners that work only there (a step for every region may not name only
    regional partners)."""
    text = ("Neem contact op met de partner. Op de pagina van de partner staat hoe je hen bereikt en of toestemming "
            "van de ouders nodig is.")
    served = {p: (catalog.regions_of(catalog.get("partner", p)) if catalog and catalog.get("partner", p)
                  and NATIONAL not in catalog.get("partner", p).get("areas", []) else None) for p in partners}
    everywhere = [p for p in partners if served[p] is None]
    steps = [{"title": "Schakel de partner in", "actor": "partner", "text": text, "partners": everywhere}] \
        if everywhere else []
    for region in [r["id"] for r in catalog.all("region")] if catalog else []:
        here = [p for p in partners if served[p] is not None and region in served[p]]
        if here:
            steps.append({"title": "Schakel de partner in", "actor": "partner", "text": text, "partners": here,
                          "regions": [region]})
    return steps


def record(kind: str, answers: dict[str, Any], today: dt.date | None = None,
           catalog: Catalog | None = None) -> dict[str, Any]:
    """The record the answers describe (`catalog`: to know where a question's partners work)."""
    date = (today or dt.date.today()).isoformat()
    sources = [{"url": answers["source_url"], "title": answers["source_title"],
                "kind": answers.get("source_kind", "eigen"), "accessed": date}]
    if kind == "partner":
        return {"id": answers["id"], "name": answers["name"], "kind": answers["kind"],
                "description": answers["description"], "themes": answers["themes"], "areas": answers["areas"],
                "access": {"routes": answers["routes"], "consent": answers["consent"]},
                "contact": {"website": answers["website"]}, "sources": sources, "last_verified": date}
    steps = [{"title": answers["step_title"], "actor": "school", "text": answers["step_text"]}]
    if answers.get("partners"):
        steps += _partner_steps(answers["partners"], catalog)
    return {"id": answers["id"], "title": answers["title"], "theme": answers["theme"],
            "keywords": answers["keywords"], "steps": steps, "sources": sources, "last_verified": date}


def render(kind: str, answers: dict[str, Any], today: dt.date | None = None, schemas: Schemas | None = None,
           catalog: Catalog | None = None) -> str:
    """The file's text: the schema comment first, then every field with its Dutch explanation as a comment."""
    schemas = schemas or default_schemas()
    header = [f"# yaml-language-server: $schema=../../schemas/{kind}.schema.json",
              f"# Gemaakt met make new-{kind}. Uitleg per veld: CONTRIBUTING.md of de pagina Bijdragen.",
              "# Een veldnaam met # ervoor is niet verplicht: haal het # weg en vul hem in, of laat hem staan."]
    body = _emit(schemas, schemas.schema(kind), f"{kind}.schema.json", record(kind, answers, today, catalog), "")
    return "\n".join(header + body) + "\n"


class _Dumper(yaml.SafeDumper):
    """Indents list items under their field, as the data files do."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


def _emit(schemas: Schemas, node: dict[str, Any], base: str, values: dict[str, Any], pad: str) -> list[str]:
    lines: list[str] = []
    for name, child in node.get("properties", {}).items():
        child, child_base = schemas.resolve(child, base)
        optional = "" if name in values else " (niet verplicht)"
        about = f"{child.get('title', name)}{optional}: {child.get('description', '')}".rstrip(": ")
        lines += textwrap.wrap(about, 100, initial_indent=pad + "# ", subsequent_indent=pad + "# ")
        if name not in values:
            lines.append(f"{pad}# {name}:")
        elif isinstance(values[name], dict) and child.get("type") == "object":
            lines.append(f"{pad}{name}:")
            lines += _emit(schemas, child, child_base, values[name], pad + "  ")
        else:
            text = yaml.dump({name: values[name]}, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
            lines += [pad + line for line in text.splitlines()]
    return lines


def problems(kind: str, text: str, path: str, catalog: Catalog) -> list[Problem]:
    """Schema and reference problems of the new file, as the validator reports them."""
    new, found = parse_text(text, path, kind)
    if new is None:
        return found
    known = [r for records in catalog.records.values() for r in records.values()]
    return found + validate_record(new, default_schemas()) + [
        p for p in check_references(known + [new]) if p.file == path]


def interactive(kind: str, data_dir: Path, ask: Callable[[str], str] = input,
                say: Callable[[str], None] = print, today: dt.date | None = None) -> int:
    """Ask, check with the real validator (asking again where needed), then write data/<folder>/<id>.yaml."""
    catalog = build_catalog(data_dir)
    folder = data_dir / DATA_FOLDERS[kind]
    answers: dict[str, Any] = {}
    pending = list(PROMPTS[kind])
    say(f"Nieuw bestand in {folder}. Beantwoord de vragen; Ctrl+C stopt zonder iets te schrijven.")
    while pending:
        try:
            for prompt in pending:
                answers[prompt.key] = _ask(prompt, kind, answers, catalog, folder, ask, say)
        except (EOFError, KeyboardInterrupt):
            say("\nGestopt; er is niets geschreven.")
            return 1
        path = f"{folder.as_posix()}/{answers['id']}.yaml"
        found = [p for p in problems(kind, render(kind, answers, today, catalog=catalog), path, catalog) if p.is_error]
        for problem in found:
            tip = f"\n    tip: {problem.hint}" if problem.hint else ""
            say(f"Nog niet goed: {problem.field}: {problem.message}{tip}")
        pending = [p for p in PROMPTS[kind] if any(_matches(p, problem.field) for problem in found)]
        if found and not pending:
            return 1
    target = folder / f"{answers['id']}.yaml"
    if target.exists():
        say(f"{target} bestaat al; er is niets geschreven.")
        return 1
    folder.mkdir(parents=True, exist_ok=True)
    target.write_text(render(kind, answers, today, catalog=catalog), encoding="utf-8")
    say(f"Geschreven: {target}")
    written = [p for p in build_catalog(data_dir).problems if Path(p.file).resolve() == target.resolve()]
    for problem in written:
        say(format_problem(problem))
    if any(p.is_error for p in written):
        return 1
    say("Het bestand is in orde. Vul de velden met een # ervoor aan waar je kunt, en controleer met make validate.")
    return 0


def _matches(prompt: Prompt, field: str) -> bool:
    return field == prompt.field or field.startswith((prompt.field + ".", prompt.field + "["))


def _ask(prompt: Prompt, kind: str, answers: dict[str, Any], catalog: Catalog, folder: Path,
         ask: Callable[[str], str], say: Callable[[str], None]) -> Any:
    labels = default_schemas().labels(kind, prompt.choices) if prompt.choices else {}
    if labels:
        say(prompt.text + ":\n" + "\n".join(f"  {n}. {value} ({label})"
                                             for n, (value, label) in enumerate(labels.items(), 1)))
    suggestion = slug(answers.get("name") or answers.get("title") or "") if prompt.key == "id" else ""
    if prompt.key == "areas":
        say("Bekende gemeenten: " + ", ".join(sorted(catalog.municipalities)) + ", landelijk")
    while True:
        how = " (nummers of waarden, met komma's ertussen)" if labels and prompt.many else " (nummer)" if labels else ""
        reply = ask(f"{prompt.text}{f' [{suggestion}]' if suggestion else ''}{how}: ")
        reply = reply.strip() or suggestion
        if not reply and not prompt.optional:
            say("Dit veld is verplicht.")
            continue
        parts = [part.strip() for part in reply.split(",") if part.strip()] if prompt.many else [reply]
        values = [_choice(part, labels) for part in parts] if labels else parts
        if None in values:
            say("Kies een nummer of een waarde uit de lijst.")
            continue
        if prompt.key == "id" and (folder / f"{reply}.yaml").exists():
            say(f"{folder / reply}.yaml bestaat al. Kies een ander id, of pas dat bestand aan.")
            continue
        return values if prompt.many else values[0]


def _choice(reply: str, labels: dict[str, str]) -> str | None:
    options = list(labels)
    if reply.isdigit() and 1 <= int(reply) <= len(options):
        return options[int(reply) - 1]
    return reply if reply in labels else None
