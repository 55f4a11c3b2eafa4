"""Cross-checks between synonym files: a word stands in one file only, names no other file, and is not made of stop
words only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wegwijzer.domain import dotted
from wegwijzer.problems import Problem, shorten
from wegwijzer.records.reader import Record
from wegwijzer.search.synonyms import STOP_WORDS, normalize

if TYPE_CHECKING:
    from wegwijzer.checks import Context


def check_synonyms(records: list[Record]) -> list[Problem]:
    """A word stands in one synonym file only, no word is the id of another synonym file, and no term is made of
    stop words only (it would join every query with 'de' or 'van' to this group)."""
    groups = [r for r in records if r.kind == "synonym" and isinstance(r.data.get("terms"), list)]
    ids = {r.id: r for r in groups}
    seen: dict[str, Record] = {}
    problems = []
    for record in groups:
        for index, term in enumerate(record.data["terms"]):
            if not isinstance(term, str):
                continue
            word = normalize(term)
            path = ("terms", index)
            if word and all(part in STOP_WORDS for part in word.split()):
                problems.append(Problem(record.path, *record.position(path), dotted(path),
                                        f"'{shorten(term)}' bestaat alleen uit veelvoorkomende woorden (zoals de, het, "
                                        "een, en, van) die de zoekfunctie overslaat",
                                        "Haal deze term weg: hij zou elke zoekvraag met zo'n woord aan deze groep "
                                        "koppelen. Gebruik woorden die iets over het onderwerp zeggen.",
                                        code="stop-words-only"))
                continue
            owner = ids.get(word.replace(" ", "-"))
            if owner is not None and owner is not record:
                problems.append(Problem(record.path, *record.position(path), dotted(path),
                                        f"'{term}' is het id van een ander synoniemenbestand ({owner.path})",
                                        "Zet het woord in dat bestand, of voeg de twee bestanden samen.",
                                        code="synonym-file-id"))
            if word in seen:
                other = seen[word]
                if other is record:
                    continue  # the schema (uniqueItems) reports a word repeated within one file
                problems.append(Problem(record.path, *record.position(path), dotted(path),
                                        f"het woord '{term}' staat ook in {other.path}",
                                        "Een woord hoort bij één groep synoniemen: haal het hier weg of voeg de "
                                        "groepen samen.", code="synonym-twice"))
            else:
                seen[word] = record
    return problems


def check(context: Context) -> list[Problem]:
    return check_synonyms(context.records)
