"""Synthetic, clearly fictitious data sets for benchmarks and scale tests (never for data/)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

THEMES = ["veiligheid", "gezin-en-opvoeding", "gezondheid", "leren-en-ontwikkeling", "gedrag-en-sociaal-emotioneel",
          "verzuim", "passend-onderwijs", "nieuwkomers-en-taal", "armoede", "ouders-en-geschillen"]
KINDS = ["meldpunt", "wijkteam", "jeugdhulp", "jeugdgezondheidszorg", "leerplicht", "zorg", "gemeente", "fonds"]
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
            "aliases": [f"TP{n}"], "kind": KINDS[n % len(KINDS)],
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
