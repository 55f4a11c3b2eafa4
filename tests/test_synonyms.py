"""Synonym files: a word belongs to one group once, and never names another group's id; errors are located."""

from __future__ import annotations

from pathlib import Path

from wegwijzer.catalog import build_catalog
from wegwijzer.search.synonyms import groups


def _write(data: Path, name: str, text: str) -> None:
    (data / "synonyms").mkdir(exist_ok=True)
    (data / "synonyms" / f"{name}.yaml").write_text(text, encoding="utf-8")


def test_valid_groups_reach_the_search_normalized(dataset: Path) -> None:
    _write(dataset, "tlv", "id: tlv\nterms:\n  - toelaatbaarheidsverklaring\n  - tlv\n")
    catalog = build_catalog(dataset)
    assert catalog.ok, catalog.problems
    assert groups(catalog) == [["toelaatbaarheidsverklaring", "tlv"]]


def test_a_word_in_two_groups_or_naming_another_group_is_reported_where_it_repeats(dataset: Path) -> None:
    _write(dataset, "verzuim", "id: verzuim\nterms:\n  - verzuim\n  - spijbelen\n")
    _write(dataset, "spijbelen", "id: spijbelen\nterms:\n  - spijbelt\n  - spijbelen\n")
    problems = [p for p in build_catalog(dataset).problems if p.is_error]
    assert any(p.file.endswith("synonyms/verzuim.yaml") and p.field == "terms[1]" and p.line == 4
               and "id van een ander synoniemenbestand" in p.message for p in problems), problems
    assert any(p.file.endswith("synonyms/verzuim.yaml") and p.field == "terms[1]"
               and "staat ook in" in p.message and "spijbelen.yaml" in p.message for p in problems), problems
    assert len(problems) == 2
    assert all(p.hint for p in problems)


def test_a_word_twice_in_one_group_is_reported_once(dataset: Path) -> None:
    _write(dataset, "dyslexie", "id: dyslexie\nterms:\n  - dyslexie\n  - dyslectisch\n  - dyslectisch\n")
    problems = [p for p in build_catalog(dataset).problems if p.is_error]
    assert [(p.file.rsplit("/", 1)[-1], p.field, p.line) for p in problems] == [("dyslexie.yaml", "terms", 3)]
