"""One glossary, and no drifted spelling of its terms anywhere in the texts we write."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from wegwijzer.catalog import build_catalog
from wegwijzer.checks.glossary import GLOSSARY, Term, drift, read_glossary
from wegwijzer.devtools.synth import write_dataset
from wegwijzer.problems import format_problem

ROOT = Path(__file__).resolve().parent.parent
TERMS = read_glossary(ROOT / GLOSSARY)
KNOWN_DRIFT = {"ib'er": "IB'er", "Leerplicht Gemeente": "Leerplicht gemeente Amsterdam",
               "Samenwerkingsverband Primair Onderwijs Amsterdam Diemen": "Samenwerkingsverband Amsterdam-Diemen",
               "zorgmakelaar": "zorgregisseur"}


def test_the_glossary_names_the_known_drifted_variants() -> None:
    avoid = {variant: term.preferred for term in TERMS for variant in term.avoid}
    for variant, preferred in KNOWN_DRIFT.items():
        assert avoid.get(variant, "").startswith(preferred), variant
    assert len(TERMS) >= 15 and all(term.preferred for term in TERMS)


def test_the_project_writes_every_term_as_the_glossary_does() -> None:
    problems = drift(ROOT, TERMS)
    assert not problems, "\n".join(format_problem(p) for p in problems)


def _project(tmp_path: Path) -> Path:
    (tmp_path / "data" / "partners").mkdir(parents=True)
    (tmp_path / "docs").mkdir()
    (tmp_path / "schemas" / "examples").mkdir(parents=True)
    (tmp_path / "data" / "partners" / "voorbeeld.yaml").write_text(
        "id: voorbeeld\n"
        "name: Leerplicht Gemeente Voorbeeld\n"
        "aliases:\n  - Samenwerkingsverband Amsterdam Diemen\n"
        "description: >-\n  Een tekst over de IB'er die netjes is, en over de\n  zorgmakelaar en het\n"
        "  Samenwerkingsverband Primair Onderwijs\n  Amsterdam Diemen.\n"
        "role: ib-er-als-kwaliteitscoordinator\n"
        "sources:\n  - url: https://example.org/ib'er\n    title: \"Training 'De ib'er als coach'\"\n",
        encoding="utf-8")
    (tmp_path / "docs" / "pagina.md").write_text(
        "# Pagina\n\nIb'ers en [een link](../ib'er/) naar een IB'er, met `ib'er` als code.\n", encoding="utf-8")
    (tmp_path / "schemas" / "voorbeeld.schema.json").write_text(
        '{\n  "title": "Taak",\n  "properties": {\n    "x": {\n      "description": "Wat de ib\'er doet."\n'
        "    }\n  }\n}\n", encoding="utf-8")
    return tmp_path


def test_drift_is_found_and_located_but_quoted_names_are_left_alone(tmp_path: Path) -> None:
    found = sorted((p.file, p.line, p.column, p.message.split('"')[1], p.hint) for p in drift(_project(tmp_path),
                                                                                               TERMS))
    assert [f[:4] for f in found] == [
        ("data/partners/voorbeeld.yaml", 2, 7, "Leerplicht Gemeente"),
        ("data/partners/voorbeeld.yaml", 7, 3, "zorgmakelaar"),
        ("data/partners/voorbeeld.yaml", 8, 3, "Samenwerkingsverband Primair Onderwijs Amsterdam Diemen"),
        ("docs/pagina.md", 3, 1, "Ib'er"),
        ("schemas/voorbeeld.schema.json", 5, 30, "ib'er"),
    ]
    assert "Schrijf zorgregisseur (zie docs/begrippen.md)." in [f[4] for f in found]


def test_variants_match_whole_words_only() -> None:
    pattern = Term("IB'er", ("ib'er",)).pattern()
    assert pattern.search("de ib'ers") and pattern.search("Ib'er")
    assert not pattern.search("de IB'er") and not pattern.search("vib'er") and not pattern.search("/ib'er/")


def test_partner_and_question_texts_address_the_ib_er_as_je() -> None:
    """The site speaks to IB'ers as "je" (warm, plain); "u" and "uw" crept in from organisations' own pages. Source
    titles quote those pages and keep their words."""
    formal = re.compile(r"\b(u|uw|U|Uw)\b")
    found = []

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key not in ("sources", "url", "website"):
                    walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}[{index}]")
        elif isinstance(node, str) and formal.search(node):
            found.append(f"{where}: {node[:80]}")

    for folder in ("partners", "questions", "regions"):
        for path in sorted((ROOT / "data" / folder).glob("*.yaml")):
            walk(yaml.safe_load(path.read_text(encoding="utf-8")), f"{folder}/{path.stem}")
    assert not found, "\n".join(found)


def test_drift_in_the_records_is_reported_on_every_load_and_follows_an_edit(tmp_path: Path) -> None:
    """Under `mkdocs serve` an unchanged file keeps its Record, and what the check found in it (Record.derived)."""
    data = write_dataset(3, tmp_path / "data")
    path = data / "partners" / "testpartner-1.yaml"
    path.write_text(re.sub(r"^description: .*$", "description: Vraag het de zorgmakelaar.", path.read_text("utf-8"),
                           flags=re.M), encoding="utf-8")

    def drifted() -> list[tuple[str, int, str]]:
        return [(p.file.rsplit("/", 1)[-1], p.line, p.message) for p in build_catalog(data).problems
                if p.code == "glossary-drift"]

    first = drifted()
    assert first == [("testpartner-1.yaml", first[0][1], '"zorgmakelaar" wijkt af van de begrippenlijst')]
    assert drifted() == first
    path.write_text(path.read_text("utf-8").replace("zorgmakelaar", "zorgregisseur"), encoding="utf-8")
    assert drifted() == []
