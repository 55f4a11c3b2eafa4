"""A tiny, fictitious data set for the IB-role pages, with text that tries to break out of its place."""

from __future__ import annotations

from pathlib import Path

import yaml

HOSTILE = "<script>alert(1)</script> {{ config }} **vet** & \"quotes\""
SOURCE = [{"url": "https://example.org/fictief", "title": "Fictieve bron <b>", "kind": "eigen",
           "accessed": "2026-01-15"}]
TODAY = "2026-01-15"


def _write(folder: Path, kind: str, record: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = f"# yaml-language-server: $schema=../../schemas/{kind}.schema.json\n"
    (folder / f"{record['id']}.yaml").write_text(text + yaml.safe_dump(record, allow_unicode=True, sort_keys=False),
                                                 encoding="utf-8")


def write_role_data(out: Path) -> Path:
    """Three competencies, two roles, two profiles, two tasks and two milestones; every reference resolves."""
    for n, name in enumerate(["Eerste", "Tweede", "Derde"], start=1):
        _write(out / "competencies", "competency", {
            "id": f"comp-{n}", "order": 4 - n, "name": f"{name} competentie {HOSTILE}" if n == 1 else f"{name} comp",
            "summary": f"Samenvatting {n}.\n\nTweede alinea {HOSTILE}.",
            "indicators": [{"id": f"indicator-{i}", "text": f"Indicator {n}.{i} {HOSTILE if i == 0 else ''}".strip()}
                           for i in range(4)],
            "sources": SOURCE, "last_verified": TODAY})
    _write(out / "roles", "role", {
        "id": "rol-a", "order": 1, "name": f"Rol A {HOSTILE}", "kind": "rol", "purpose": "Doel van rol A.",
        "tasks": ["Resultaat A1", f"Resultaat A2 {HOSTILE}"], "competencies": ["comp-1", "comp-2"],
        "sources": SOURCE, "last_verified": TODAY})
    _write(out / "roles", "role", {
        "id": "rol-b", "order": 2, "name": "Rol B", "kind": "werkgebied", "purpose": "Doel van rol B.",
        "tasks": ["Resultaat B1"], "competencies": ["comp-3"], "sources": SOURCE, "last_verified": TODAY})
    _write(out / "profiles", "profile", {
        "id": "profiel-x", "title": f"Profiel X {HOSTILE}", "organisation": f"Bestuur {HOSTILE}", "date": "mei 2024",
        "date_iso": "2024-05", "context": "Context van X.",
        "result_areas": [{"role": "rol-a", "title": f"Kop {HOSTILE}", "tasks": ["Taak X1", f"Taak X2 {HOSTILE}"]},
                         {"role": "rol-a", "title": "Nog een kop", "tasks": ["Taak X3"]}],
        "accountability": "Aan de directeur.", "decision_rights": ["Beslist over Y."],
        "knowledge_and_skills": ["Kennis K."], "contacts": [{"with": f"Ouders {HOSTILE}", "about": "Over Z."}],
        "competencies": ["comp-2", "comp-3"], "sources": SOURCE, "last_verified": TODAY})
    _write(out / "profiles", "profile", {
        "id": "profiel-y", "title": "Profiel Y", "context": "Alleen context.", "sources": SOURCE,
        "last_verified": TODAY})
    _write(out / "tasks", "task", {
        "id": "taak-een", "name": f"Taak een {HOSTILE}", "description": "Wat je doet.", "roles": ["rol-a", "rol-b"],
        "competencies": ["comp-1"], "sources": SOURCE, "last_verified": TODAY})
    _write(out / "tasks", "task", {
        "id": "taak-twee", "name": "Taak twee", "description": "Nog iets.", "roles": ["rol-b"],
        "competencies": ["comp-3"], "sources": SOURCE, "last_verified": TODAY})
    _write(out / "milestones", "milestone", {
        "id": "later", "title": f"Later {HOSTILE}", "date": "2014-08-01", "description": "Daarna.",
        "sources": SOURCE, "last_verified": TODAY})
    _write(out / "milestones", "milestone", {
        "id": "eerder", "title": "Eerder", "date": "1990-10", "description": "Daarvoor.", "sources": SOURCE,
        "last_verified": TODAY})
    return out
