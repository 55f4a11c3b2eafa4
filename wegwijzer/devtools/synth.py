"""Synthetic, clearly fictitious data sets for benchmarks and scale tests (never for data/)."""

from __future__ import annotations

import datetime as dt
from copy import deepcopy
from pathlib import Path

import yaml

THEMES = ["veiligheid", "gezin-en-opvoeding", "gezondheid", "leren-en-ontwikkeling", "gedrag-en-sociaal-emotioneel",
          "verzuim", "passend-onderwijs", "nieuwkomers-en-taal", "armoede", "ouders-en-geschillen"]
PARTNER_KINDS = ["meldpunt", "wijkteam", "jeugdhulp", "jeugdgezondheidszorg", "leerplicht", "zorg", "gemeente", "fonds"]
REGIONS = {
    "fictieve-regio-noord": [("fictiefstad-noord", "Fictiefstad-Noord"), ("fictiefdorp", "Fictiefdorp")],
    "fictieve-regio-zuid": [("fictiefstad-zuid", "Fictiefstad-Zuid")],
}
PARTNERS_PER_QUESTION = 5


def _dump(path: Path, kind: str, record: dict) -> None:
    header = f"# yaml-language-server: $schema=../../schemas/{kind}.schema.json\n# Fictief testrecord.\n"
    path.write_text(header + yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _source(n: int, today: dt.date) -> list[dict[str, str]]:
    # Read on the day of the check: last_verified may not be later than a primary source's accessed.
    return [{"url": f"https://example.org/fictief/{n}", "title": "Fictieve bron voor tests", "kind": "eigen",
             "accessed": today.isoformat()}]


def write_dataset(count: int, out: Path, today: dt.date | None = None) -> Path:
    """Write `count` fictitious partners, questions that route to every one of them, and two regions."""
    today = today or dt.date.today()
    for folder in ("regions", "partners", "questions"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    towns = [town for region in REGIONS.values() for town, _ in region]
    for index, (region, members) in enumerate(REGIONS.items()):
        _dump(out / "regions" / f"{region}.yaml", "region", {
            "id": region, "name": f"Fictieve regio {'Noord' if index == 0 else 'Zuid'}",
            "municipalities": [{"id": town, "name": name} for town, name in members],
            "sources": _source(index, today), "last_verified": today.isoformat()})
    width = len(str(count))
    partner_ids = []
    for n in range(count):
        partner_id = f"testpartner-{n:0{width}d}"
        partner_ids.append(partner_id)
        area = "landelijk" if n % 10 == 0 else towns[n % len(towns)]
        _dump(out / "partners" / f"{partner_id}.yaml", "partner", {
            "id": partner_id, "name": f"Testpartner {n:0{width}d} (fictief)",
            "aliases": [f"TP{n}"], "kind": PARTNER_KINDS[n % len(PARTNER_KINDS)],
            "description": f"Fictieve organisatie nummer {n} voor tests en metingen. Bestaat niet.",
            "themes": [THEMES[n % len(THEMES)], THEMES[(n + 3) % len(THEMES)]],
            "audience": {"min_age": 4, "max_age": 12}, "areas": [area],
            "access": {"routes": ["school"], "consent": "nodig", "notes": "Fictief: neem contact op via de school."},
            "costs": "Gratis (fictief)", "contact": {"website": f"https://example.org/testpartner/{n}"},
            "sources": _source(n, today), "last_verified": today.isoformat()})
    national = [p for n, p in enumerate(partner_ids) if n % 10 == 0]
    questions = max(1, -(-count // PARTNERS_PER_QUESTION))
    for q in range(questions):
        chunk = partner_ids[q * PARTNERS_PER_QUESTION:(q + 1) * PARTNERS_PER_QUESTION]
        if not set(chunk) & set(national):  # a step for every region names someone who works everywhere
            chunk = chunk + [national[q % len(national)]]
        question_id = f"testvraag-{q:0{width}d}"
        _dump(out / "questions" / f"{question_id}.yaml", "question", {
            "id": question_id, "title": f"Fictieve vraag {q} over thema {THEMES[q % len(THEMES)]}",
            "theme": THEMES[q % len(THEMES)], "keywords": [f"testwoord{q}", "fictief"],
            "steps": [
                {"title": "Bespreek het in school", "actor": "school", "text": "Fictieve eerste stap."},
                {"title": "Schakel partners in", "actor": "partner", "text": "Fictieve tweede stap.",
                 "partners": chunk, "bring": ["observaties"]},
                {"title": "Landelijke hulp", "actor": "partner", "text": "Fictieve derde stap.",
                 "partners": [national[q % len(national)]]},
            ],
            "sources": _source(q, today), "last_verified": today.isoformat()})
    return out


NATIONAL_REGIONS = 76
NATIONAL_QUESTIONS = 60
# Syllables of the fictitious place names: no Dutch word starts with them, so that a reader's words (groep 5, zorg)
# match no fictitious name, as they match no real one (Stromenland, Amsterdam-Diemen).
_SYLLABLES = ["qa", "qe", "qi", "qo", "qu", "xa", "xe", "xi", "xo", "xu"]
PARTNERS_PER_REGION = 40
NATIONAL_PARTNERS = 20


def write_national(out: Path, regions: int = NATIONAL_REGIONS, questions: int = NATIONAL_QUESTIONS,
                   today: dt.date | None = None) -> Path:
    """A national-shaped fictitious set: `regions` regions of 3 to 8 municipalities, 40 partners per region (the
    SWV, per municipality youth help and leerplicht, the rest spread over the municipalities), a few national
    partners, and questions that each have a step of their own in every region."""
    today = today or dt.date.today()
    for folder in ("regions", "partners", "questions"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    width = max(2, len(str(regions)))  # the same ids at any size: page weights compare byte for byte
    national = [f"landelijke-testpartner-{n:02d}" for n in range(NATIONAL_PARTNERS)]
    for n, partner_id in enumerate(national):
        _dump(out / "partners" / f"{partner_id}.yaml", "partner", _partner(partner_id, f"Landelijke testpartner {n} "
                                                                           "(fictief)", n, ["landelijk"], today))
    by_region: dict[str, list[str]] = {}
    for r in range(regions):
        region_id = f"fictieve-regio-{r:0{width}d}"
        towns = [f"fictiefgemeente-{r:0{width}d}-{t}" for t in range(3 + r % 6)]
        _dump(out / "regions" / f"{region_id}.yaml", "region", {
            "id": region_id, "name": f"Fictieve regio {r}",
            "municipalities": [{"id": town, "name": f"Fictiefgemeente {r}-{t}"} for t, town in enumerate(towns)],
            "sources": _source(r, today), "last_verified": today.isoformat()})
        ids = []
        for p in range(PARTNERS_PER_REGION):
            partner_id = f"testpartner-{r:0{width}d}-{p:02d}"
            areas = towns if p == 0 else [towns[p % len(towns)]]
            _dump(out / "partners" / f"{partner_id}.yaml", "partner",
                  _partner(partner_id, f"Testpartner {r}-{p} (fictief)", p, areas, today))
            ids.append(partner_id)
        by_region[region_id] = ids
    qwidth = len(str(questions))
    for q in range(questions):
        question_id = f"testvraag-{q:0{qwidth}d}"
        steps = [{"title": "Bespreek het in school", "actor": "school", "text": "Fictieve eerste stap."}]
        for region_id, ids in by_region.items():
            # The SWV (every municipality) and one more partner of the region.
            steps.append({"title": f"Schakel hulp in ({region_id})", "actor": "partner",
                          "text": f"Fictieve stap voor {region_id}.", "regions": [region_id],
                          "partners": [ids[0], ids[1 + q % (PARTNERS_PER_REGION - 1)]]})
        steps.append({"title": "Landelijke hulp", "actor": "partner", "text": "Fictieve laatste stap.",
                      "partners": [national[q % len(national)]]})
        _dump(out / "questions" / f"{question_id}.yaml", "question", {
            "id": question_id, "title": f"Fictieve vraag {q} over thema {THEMES[q % len(THEMES)]}",
            "theme": THEMES[q % len(THEMES)], "keywords": [f"testwoord{q}", "fictief"], "steps": steps,
            "sources": _source(q, today), "last_verified": today.isoformat()})
    return out


def place_name(n: int) -> str:
    """A fictitious place name for number `n`, without digits (Qaxequ): numbers in names would match the numbers in
    readers' queries (groep 5) where no real name does."""
    syllables = []
    while n or len(syllables) < 2:
        n, digit = divmod(n, len(_SYLLABLES))
        syllables.append(_SYLLABLES[digit])
    return "".join(syllables).capitalize()


def _partner(partner_id: str, name: str, n: int, areas: list[str], today: dt.date) -> dict:
    return {"id": partner_id, "name": name, "kind": PARTNER_KINDS[n % len(PARTNER_KINDS)],
            "description": f"Fictieve organisatie {partner_id} voor metingen. Bestaat niet.",
            "themes": [THEMES[n % len(THEMES)]], "audience": {"min_age": 4, "max_age": 12}, "areas": areas,
            "access": {"routes": ["school"], "consent": "nodig", "notes": "Fictief."},
            "contact": {"website": f"https://example.org/{partner_id}"},
            "sources": _source(n, today), "last_verified": today.isoformat()}


def add_regions(data: Path, count: int = NATIONAL_REGIONS, today: dt.date | None = None) -> Path:
    """Add `count` fictitious regions to a copy of the real data, as samenwerkingsverbanden modelling their route
    on an existing region would: each region copies the regional steps of one real region (taken in turn), word for
    word apart from the municipality names, with a fictitious partner of the same kind for each regional partner.
    For scale tests of the search: route pages that share the real routes' words, one per region and question."""
    today = today or dt.date.today()
    real = sorted((yaml.safe_load(path.read_text(encoding="utf-8")) for path in (data / "regions").glob("[!_]*.yaml")),
                  key=lambda region: region["id"])
    partners = {p["id"]: p for p in (yaml.safe_load(path.read_text(encoding="utf-8"))
                                     for path in (data / "partners").glob("[!_]*.yaml"))}
    questions = {path: yaml.safe_load(path.read_text(encoding="utf-8"))
                 for path in sorted((data / "questions").glob("[!_]*.yaml"))}
    width = max(2, len(str(count)))
    for r in range(count):
        _CopiedRegion(data, f"fictieve-regio-{r:0{width}d}", r, real[r % len(real)], partners, today).copy(questions)
    for path, question in questions.items():
        path.write_text("# yaml-language-server: $schema=../../schemas/question.schema.json\n"
                        + yaml.safe_dump(question, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return data


class _CopiedRegion:
    """One fictitious region of add_regions: its file, its partners (made when a step first names one) and its
    copies of a real region's steps."""

    def __init__(self, data: Path, region_id: str, n: int, model: dict, partners: dict[str, dict],
                 today: dt.date) -> None:
        self.data, self.region_id, self.n, self.model, self.partners, self.today = \
            data, region_id, n, model, partners, today
        self.towns = [f"{region_id.replace('fictieve-regio', 'fictiefgemeente')}-{t}" for t in range(3)]
        self.place = place_name(n)
        self.name = f"Fictieve regio {self.place}"
        self.names = [f"Fictiefgemeente {self.place}-{place_name(t).lower()}" for t in range(3)]
        self.copies: dict[str, str] = {}
        _dump(data / "regions" / f"{region_id}.yaml", "region", {
            "id": region_id, "name": self.name,
            "municipalities": [{"id": town, "name": name} for town, name in zip(self.towns, self.names)],
            "sources": _source(n, today), "last_verified": today.isoformat()})

    def partner(self, partner_id: str) -> str:
        partner = self.partners.get(partner_id)
        if partner is None or "landelijk" in partner.get("areas", []):
            return partner_id
        if partner_id not in self.copies:
            copy_id = f"{self.region_id}-partner-{len(self.copies):02d}"
            self.copies[partner_id] = copy_id
            k = len(self.copies)
            name = f"Fictieve {partner['kind']} {self.place} {place_name(k)}"
            record = _partner(copy_id, name, k, [self.towns[k % 3]], self.today)
            record["kind"], record["themes"] = partner["kind"], partner["themes"]
            record["description"] = f"Fictieve organisatie in {self.name}, voor metingen. Bestaat niet."
            _dump(self.data / "partners" / f"{copy_id}.yaml", "partner", record)
        return self.copies[partner_id]

    def renamed(self, text: str) -> str:
        for town in self.model["municipalities"]:
            text = text.replace(town["name"], self.names[0])
        return text.replace(self.model["name"], self.name)

    def copy(self, questions: dict[Path, dict]) -> None:
        for question in questions.values():
            for step in [s for s in question["steps"] if self.model["id"] in (s.get("regions") or [])]:
                copy = {**deepcopy(step), "regions": [self.region_id], "title": self.renamed(step["title"]),
                        "text": self.renamed(step.get("text", ""))}
                if step.get("partners"):
                    copy["partners"] = [self.partner(p) for p in step["partners"]]
                question["steps"].append(copy)
