"""The search vocabulary (data/synonyms/): the groups the search uses, and the words it skips."""

from __future__ import annotations

from typing import Any


def normalize(term: str) -> str:
    """A term as the search compares it: lower case, single spaces."""
    return " ".join(term.casefold().split())


# The words the search box skips (docs/assets/search-query.js, STOP; tests/test_hardening_synonyms.py keeps them equal).
STOP_WORDS = frozenset(
    "de het een en of is in op van voor met naar bij te aan als dat die dit er ook maar om mijn zijn haar hij zij ze "
    "we wij je jij u ik wat wordt worden heeft hebben hoe waar welke wie kan gaat gaan doet doen moet moeten mag"
    .split())


def groups(catalog: Any) -> list[list[str]]:
    """Every synonym group of a catalog as normalized terms (none when the data has no synonyms folder)."""
    return [[normalize(t) for t in record.data["terms"]] for record in catalog.records.get("synonym", {}).values()]
