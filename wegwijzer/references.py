"""Cross-checks between records: unique ids (none taken by a hand-written page), references that exist, partners
that work where their step applies, honest dates, and what needs attention."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from pathlib import Path
from typing import Any

from wegwijzer.domain import (
    DOCS,
    NATIONAL,
    NATIONAL_NAME,
    PAGE_FOLDERS,
    REFERENCES,
    display_name,
    dotted,
    is_id,
    is_stale,
    iso_date,
    items_of,
    newest_primary_read,
    walk,
)
from wegwijzer.load import Record
from wegwijzer.problems import WARNING, Problem, shorten

# Pages the build makes itself in page folders (render/board.py: the preview of the profile template).
GENERATED = {"profielen": {"sjabloon"}}

_TARGET_NAMES = {"partner": "partner", "region": "regio", "role": "rol", "competency": "competentie",
                 "municipality": "gemeente", "swv": "samenwerkingsverband", "municipality-code": "gemeente"}
_TARGET_DIRS = {"partner": "data/partners/", "region": "data/regions/", "role": "data/roles/",
                "competency": "data/competencies/", "municipality": "de gemeenten in data/regions/",
                "swv": "data/samenwerkingsverbanden/",
                "municipality-code": "de gemeentelijst in data/municipality-lists/"}


def duplicate_ids(records: list[Record]) -> list[Problem]:
    """Two records of one kind may not share an id."""
    seen: dict[tuple[str, str], Record] = {}
    problems = []
    for record in records:
        key = (record.kind, record.id)
        if key in seen:
            line, column = record.position(("id",))
            problems.append(Problem(record.path, line, column, "id", f"het id '{record.id}' wordt ook gebruikt in "
                                    f"{seen[key].path}", "Geef elk record een eigen id (en bestandsnaam)."))
        else:
            seen[key] = record
    return problems


def reserved_ids(records: list[Record], docs: Path = DOCS) -> list[Problem]:
    """An id whose page would replace a hand-written page in docs/ (such as index or te-controleren)."""
    taken: dict[str, set[str]] = {}
    problems = []
    for record in records:
        folder = PAGE_FOLDERS.get(record.kind)
        if folder is None:
            continue
        if folder not in taken:
            entries = list((docs / folder).iterdir()) if (docs / folder).is_dir() else []
            taken[folder] = {e.stem if e.suffix == ".md" else e.name for e in entries if e.suffix == ".md" or
                             e.is_dir()} | {"index", "readme"}
        if record.id.lower() in GENERATED.get(folder, set()):
            problems.append(Problem(record.path, *record.position(("id",)), "id",
                                    f"het id '{shorten(record.id)}' is gereserveerd: de site maakt zelf de pagina "
                                    f"{folder}/{record.id}/", f"Kies een ander id (en bestandsnaam), bijvoorbeeld "
                                    f"{record.id}-{record.kind}."))
        elif record.id.lower() in taken[folder]:
            problems.append(Problem(record.path, *record.position(("id",)), "id",
                                    f"het id '{shorten(record.id)}' is al in gebruik door de pagina "
                                    f"docs/{folder}/{record.id}", "Kies een ander id (en bestandsnaam), "
                                    f"bijvoorbeeld {record.id}-{record.kind if record.kind != 'partner' else 'org'}."))
    return problems


def check_references(records: list[Record], broken: dict[str, set[str]] | None = None) -> list[Problem]:
    """Every reference must name a record (or municipality) that exists.

    A reference to a file that exists but cannot be used (listed in `broken`) is not reported: that file has its own
    error, and one broken file should give one error, not one in every file that refers to it.
    """
    broken = broken or {}
    known: dict[str, dict[str, str]] = {}
    for record in records:
        known.setdefault(record.kind, {})[record.id] = display_name(record.data, record.id)
        if record.kind == "region":
            for town in items_of(record.data.get("municipalities"), dict):
                if isinstance(town.get("id"), str):
                    known.setdefault("municipality", {})[town["id"]] = str(town.get("name", town["id"]))
        if record.kind == "municipality-list":
            for town in items_of(record.data.get("municipalities"), dict):
                if isinstance(town.get("code"), str):
                    known.setdefault("municipality-code", {})[town["code"]] = str(town.get("name", town["code"]))
    known.setdefault("municipality", {})[NATIONAL] = NATIONAL_NAME
    problems = []
    for record in records:
        for kind, pattern, target in REFERENCES:
            if record.kind != kind:
                continue
            if target == "municipality" and broken.get("region"):
                continue  # a broken region file hides its municipalities: that file has its own error
            for path, value in walk(record.data, pattern):
                if not isinstance(value, str) or value in known.get(target, {}) or value in broken.get(target, ()):
                    continue
                # Suggest only ids that are valid themselves (never a look-alike with other letters).
                options = sorted(option for option in known.get(target, {}) if is_id(option))
                guess = difflib.get_close_matches(value, options, n=1, cutoff=0.6)
                line, column = record.position(path)
                hint = (f"Bedoel je '{guess[0]}'? " if guess else "") + \
                    f"Gebruik een id dat bestaat in {_TARGET_DIRS[target]}"
                hint += ", of voeg dat record eerst toe." if target != "municipality" else " of 'landelijk'."
                problems.append(Problem(record.path, line, column, dotted(path),
                                        f"er is geen {_TARGET_NAMES[target]} met id '{shorten(value)}'", hint))
    return problems


def referenced_partner_ids(records: list[Record]) -> set[str]:
    return {value for record in records if record.kind == "question"
            for _, value in walk(record.data, ("steps", "*", "partners", "*")) if isinstance(value, str)}


def unreachable_partners(records: list[Record]) -> list[Problem]:
    """A partner that no question routes to is hard to find: warn."""
    if not any(record.kind == "question" for record in records):
        return []
    used = referenced_partner_ids(records)
    return [Problem(r.path, *r.position(("id",)), "id", f"geen enkele vraag in de wegwijzer verwijst naar "
                    f"'{r.id}'", "Noem deze partner in een stap van een passende vraag in data/questions/.", WARNING)
            for r in records if r.kind == "partner" and r.id not in used and r.id == r.stem]


def attention(records: list[Record], today: dt.date) -> list[Problem]:
    """Partners to check again: not verified for a year (one without a source is an error in check_dates)."""
    problems = []
    for record in records:
        if record.kind != "partner":
            continue
        if is_stale(record.data, today):
            problems.append(Problem(record.path, *record.position(("last_verified",)), "last_verified",
                                    f"laatst gecontroleerd op {record.data.get('last_verified')}, meer dan een jaar "
                                    "geleden", "Controleer de gegevens met de bronnen en zet de datum van vandaag.",
                                    WARNING))
    return problems


def _municipality_regions(records: list[Record]) -> dict[str, set[str]]:
    """Municipality id → the regions it belongs to."""
    towns: dict[str, set[str]] = {}
    for record in records:
        if record.kind == "region":
            for town in items_of(record.data.get("municipalities"), dict):
                if isinstance(town.get("id"), str):
                    towns.setdefault(town["id"], set()).add(record.id)
    return towns


def region_consistency(records: list[Record]) -> list[Problem]:
    """A step that applies to some regions may only name partners that work in each of them (or nationally)."""
    towns = _municipality_regions(records)
    regions = {r.id for r in records if r.kind == "region"}
    served: dict[str, set[str] | None] = {}  # partner id → regions served; None for a national partner
    for record in records:
        if record.kind == "partner":
            areas = items_of(record.data.get("areas"), str)
            served[record.id] = None if NATIONAL in areas else {r for a in areas for r in towns.get(a, ())}
    problems = []
    for record in records:
        if record.kind != "question":
            continue
        steps = record.data.get("steps")
        for index, step in enumerate(steps if isinstance(steps, list) else []):
            if not isinstance(step, dict) or not isinstance(step.get("partners"), list):
                continue  # the schema reports a step or partner list of the wrong type
            step_regions = [r for r in items_of(step.get("regions"), str) if r in regions]
            named = [p for p in step["partners"] if isinstance(p, str) and p in served]
            if not step.get("regions") and named and all(served[p] is not None for p in named):
                path = ("steps", index, "partners")
                problems.append(Problem(record.path, *record.position(path), dotted(path),
                                        "deze stap geldt in elke regio (er staat geen regions bij), maar noemt alleen "
                                        "partners die in een deel van het land werken",
                                        "Zet bij deze stap regions: met de regio's van deze partners (en maak voor "
                                        "andere regio's een eigen stap), of noem ook een landelijke partner."))
            for number, partner in enumerate(step["partners"]):
                if not isinstance(partner, str) or partner not in served or served[partner] is None:
                    continue
                missing = [r for r in step_regions if r not in served[partner]]
                if missing:
                    path = ("steps", index, "partners", number)
                    names = ", ".join(f"'{r}'" for r in missing)
                    problems.append(Problem(record.path, *record.position(path), dotted(path),
                                            f"partner '{partner}' werkt niet in regio {names}, maar deze stap geldt "
                                            "daar wel", "Noem hier een partner die in die regio werkt (of een "
                                            "landelijke), of haal de regio weg uit regions van deze stap."))
    return problems


# No fact on this site was checked, and no web page read, before this day: an earlier date is a typing error.
DATE_FLOOR = dt.date(2000, 1, 1)
_YEAR = re.compile(r"^([0-9]{4})-[0-9]{2}-[0-9]{2}$")


def _too_early(record: Record, today: dt.date) -> list[Problem]:
    """An error for last_verified or a source's accessed before DATE_FLOOR (0000-01-01 included)."""
    listed = record.data.get("sources")
    dates = [(("last_verified",), record.data.get("last_verified"), "laatst gecontroleerd op")] + [
        (("sources", index, "accessed"), source.get("accessed"), "gelezen op")
        for index, source in enumerate(listed if isinstance(listed, list) else []) if isinstance(source, dict)]
    problems = []
    for path, value, what in dates:
        match = _YEAR.match(value) if isinstance(value, str) else None
        if match and int(match[1]) < DATE_FLOOR.year:
            problems.append(Problem(record.path, *record.position(path), dotted(path),
                                    f"{what} {value}: dat is vóór {DATE_FLOOR.year} en kan niet kloppen",
                                    f"Zet de echte datum als JJJJ-MM-DD; vandaag is het {today}."))
    return problems


def check_dates(records: list[Record], today: dt.date) -> list[Problem]:
    """Honest dates: nothing read or verified in the future, verification backed by a primary source it follows."""
    problems = []
    for record in records:
        listed = record.data.get("sources")
        sources = items_of(listed, dict)
        # The other kinds' schemas require sources themselves; a partner's schema leaves it to this check.
        if record.kind == "partner" and "sources" not in record.data:
            problems.append(Problem(record.path, *record.position(()), "sources", "dit record heeft geen bron",
                                    "Voeg onder sources de openbare pagina toe waar de gegevens vandaan komen, met "
                                    "kind (eigen, overheid of secundair) en accessed (de datum waarop je hem las)."))
        newest = newest_primary_read(record.data)
        problems += _too_early(record, today)
        for index, source in enumerate(listed if isinstance(listed, list) else []):
            if not isinstance(source, dict):
                continue
            accessed = iso_date(source.get("accessed"))
            if accessed is not None and accessed > today:
                problems.append(Problem(record.path, *record.position(("sources", index, "accessed")),
                                        f"sources[{index}].accessed", f"gelezen op {accessed}, dat is in de toekomst",
                                        f"Zet de datum waarop je de bron echt las, uiterlijk vandaag ({today})."))
        verified = iso_date(record.data.get("last_verified"))
        if verified is not None and verified > today:
            problems.append(Problem(record.path, *record.position(("last_verified",)), "last_verified",
                                    f"laatst gecontroleerd op {verified}, dat "
                                    "is in de toekomst", f"Zet de datum waarop je de gegevens echt controleerde, "
                                    f"uiterlijk vandaag ({today})."))
        elif verified is not None and newest is not None and verified > newest:
            problems.append(Problem(record.path, *record.position(("last_verified",)), "last_verified",
                                    f"laatst gecontroleerd op {verified}, maar "
                                    f"de nieuwste primaire bron (eigen of overheid) is gelezen op {newest}",
                                    "Controleren kan alleen met een bron die je toen las: zet last_verified op "
                                    f"{newest}, of lees de bron opnieuw en zet bij die bron de nieuwe accessed."))
        if sources and newest is None and all(s.get("kind") == "secundair" for s in sources):
            problems.append(Problem(record.path, *record.position(("sources",)), "sources", "dit record heeft alleen "
                                    "secundaire bronnen en staat daarom op de pagina Te controleren",
                                    "Zoek de pagina van de organisatie zelf of van de overheid en voeg die toe met "
                                    "kind: eigen of kind: overheid.", WARNING))
    return problems


def municipality_coverage(records: list[Record]) -> list[Problem]:
    """For each question and region: the municipalities where no applicable step names a partner that works there.

    A step applies to a region when it names no regions or names that region; a national partner covers every
    municipality. One warning per question and region, naming the municipalities without a partner.
    """
    regions = {r.id: [t["id"] for t in items_of(r.data.get("municipalities"), dict) if isinstance(t.get("id"), str)]
               for r in records if r.kind == "region"}
    areas = {r.id: set(items_of(r.data.get("areas"), str)) for r in records if r.kind == "partner"}
    problems = []
    for record in records:
        if record.kind != "question":
            continue
        steps = items_of(record.data.get("steps"), dict)
        for region, towns in regions.items():
            covered: set[str] = set()
            for step in steps:
                if step.get("regions") and region not in items_of(step.get("regions"), str):
                    continue
                for partner in items_of(step.get("partners"), str):
                    served = areas.get(partner, set())
                    covered |= set(towns) if NATIONAL in served else served
            missing = [town for town in towns if town not in covered]
            if missing:
                problems.append(Problem(record.path, *record.position(("steps",)), "steps",
                                        f"voor regio '{region}' noemt geen stap een partner in "
                                        + ", ".join(missing), "Voeg aan een stap voor deze regio een partner toe "
                                        "die daar werkt, of een landelijke partner.", WARNING))
    return problems


def municipality_in_two_regions(records: list[Record]) -> list[Problem]:
    """A municipality belongs to one region, unless every region that names it records the split (`split: true`)."""
    seen: dict[str, list[tuple[Record, int, dict[str, Any]]]] = {}
    for record in sorted((r for r in records if r.kind == "region"), key=lambda r: r.id):
        for index, town in enumerate(items_of(record.data.get("municipalities"), dict)):
            entries = seen.setdefault(town.get("id"), []) if isinstance(town.get("id"), str) else []
            if isinstance(town.get("id"), str) and all(r.id != record.id for r, _, _ in entries):
                entries.append((record, index, town))  # twice in one region: inner_ids reports that
    problems = []
    for town_id, entries in seen.items():
        if len(entries) < 2 or all(town.get("split") is True for _, _, town in entries):
            continue
        first = entries[0][0].id
        for record, index, _ in entries[1:]:
            path = ("municipalities", index, "id")
            problems.append(Problem(record.path, *record.position(path), dotted(path),
                                    f"de gemeente '{shorten(town_id)}' staat ook in regio '{first}'; een gemeente "
                                    "hoort bij één regio", "Haal de gemeente uit een van de twee regio's. Is de "
                                    "gemeente echt verdeeld over twee samenwerkingsverbanden, zet dan in elke regio "
                                    "die haar noemt split: true bij deze gemeente."))
    return problems


_STEP_TEXT = ("title", "text", "points", "bring", "next")


def regional_text(records: list[Record]) -> list[Problem]:
    """Text of a step that holds in every region should not name one region or one of its municipalities: readers
    elsewhere would read it as theirs. A warning; what holds in one region belongs in a step with `regions:`."""
    names: dict[str, str] = {}  # name as written → region id
    for record in records:
        if record.kind != "region":
            continue
        for name in (record.data.get("name"), str(record.data.get("name", "")).split(":", 1)[0]):
            if isinstance(name, str) and name.strip():
                names[name.strip()] = record.id
        for town in items_of(record.data.get("municipalities"), dict):
            if isinstance(town.get("name"), str) and town["name"].strip():
                names[town["name"].strip()] = record.id
    if not names:
        return []
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w-])")
    problems = []
    for record in records:
        if record.kind != "question":
            continue
        for index, step in enumerate(items_of(record.data.get("steps"), dict)):
            if step.get("regions"):
                continue
            for field in _STEP_TEXT:
                texts = step.get(field)
                for number, text in enumerate(texts if isinstance(texts, list) else [texts]):
                    found = pattern.search(text) if isinstance(text, str) else None
                    if not found:
                        continue
                    path = ("steps", index, field) + ((number,) if isinstance(texts, list) else ())
                    region = names[found[1]]
                    problems.append(Problem(record.path, *record.position(path), dotted(path),
                                            f"deze stap geldt in elke regio, maar de tekst noemt '{found[1]}' "
                                            f"(regio '{region}')", "Zet wat alleen daar geldt in een eigen stap met "
                                            f"regions: [{region}], zodat lezers in andere regio's het niet als "
                                            "hun route lezen.", WARNING))
    return problems
