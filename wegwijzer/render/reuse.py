"""Under `mkdocs serve --dirty`: a page made from the data is made again only when something it read has changed.

While a page is made it sees the catalog through `Reading`, which notes what the page reads: one record, every
record of a kind, or how far the regions are (coverage). Whatever else it asks of the catalog counts as reading
everything, so such a page is made every time: a read this module does not know of can cost time, never a stale
page. The next build compares a fingerprint of each noted read with the new data (`Fingerprints`) and reuses the
page's Markdown when all are the same, and the settings too (`PageCache`). render/changed.py then decides, as
before, which pages are written again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.render.changed import digest
from wegwijzer.rules.coverage import region_steps

Read = tuple[str, ...]
EVERYTHING: Read = ("*",)
COVERAGE: Read = ("coverage",)


def _town_stops_reads(catalog: Catalog, key: tuple[str, ...]) -> list[Read]:
    """A municipality's first stops (render/wallchart.town_stops) read every question, the regions, and each partner
    that a step of the region names."""
    named = {p for q in catalog.all("question") for step in region_steps(catalog, q, key[1])
             for p in step.get("partners", [])}
    return [("all", "question"), ("all", "region"), *(("get", "partner", p) for p in sorted(named))]


def _question_stops_reads(catalog: Catalog, key: tuple[str, ...]) -> list[Read]:
    """A question's first stops per region (render/questions.first_stops, shared_stop) read the question, the
    regions, and each partner its steps name."""
    question = catalog.get("question", key[1]) or {}
    named = {p for step in question.get("steps", []) for p in step.get("partners", [])}
    return [("get", "question", key[1]), ("all", "region"), *(("get", "partner", p) for p in sorted(named))]


# What a value kept in Catalog.memo was made from, by the name its key starts with (render/wallchart.town_stops,
# render/questions.first_stops and shared_stop, rules/coverage.region_steps). A key not named here counts as
# everything.
MEMO_READS: dict[str, Callable[[Catalog, tuple[str, ...]], list[Read]]] = {
    "region_steps": lambda catalog, key: [("get", "question", key[1]), ("all", "region")],
    "town_stops": _town_stops_reads,
    "first_stops": _question_stops_reads,
    "shared_stop": _question_stops_reads,
}


class _NotedMemo:
    """Catalog.memo as one page sees it: a value it takes counts as the reads it was made from."""

    def __init__(self, catalog: Catalog, reads: set[Read]) -> None:
        self._catalog, self._memo, self._reads = catalog, catalog.memo, reads

    def _note(self, key: tuple[str, ...]) -> None:
        made_from = MEMO_READS.get(key[0] if key else "")
        if made_from is None:
            self._reads.add(EVERYTHING)
            return
        noted = self._memo.get(("reads", *key))  # the same for every page of one build
        if noted is None:
            noted = self._memo[("reads", *key)] = made_from(self._catalog, key)
        self._reads.update(noted)

    def get(self, key: tuple[str, ...], default: Any = None) -> Any:
        self._note(key)
        return self._memo.get(key, default)

    def __setitem__(self, key: tuple[str, ...], value: Any) -> None:
        self._note(key)
        self._memo[key] = value


class Reading:
    """The catalog, noting in `reads` what is read of it (see the module's docstring)."""

    def __init__(self, catalog: Catalog, reads: set[Read]) -> None:
        self._catalog, self._reads = catalog, reads

    def all(self, kind: str) -> list[dict[str, Any]]:
        self._reads.add(("all", kind))
        return self._catalog.all(kind)

    def get(self, kind: str, id_: str) -> dict[str, Any] | None:
        self._reads.add(("get", kind, id_))
        return self._catalog.get(kind, id_)

    def is_stale(self, kind: str, id_: str) -> bool:  # the date of the build is one of the settings
        self._reads.add(("get", kind, id_))
        return self._catalog.is_stale(kind, id_)

    def regions_of(self, partner: dict[str, Any]) -> list[str]:  # the partner itself is read with get
        self._reads.add(("all", "region"))
        return self._catalog.regions_of(partner)

    def questions_for(self, partner_id: str) -> list[dict[str, Any]]:
        self._reads.add(("all", "question"))
        return self._catalog.questions_for(partner_id)

    def referrers(self, kind: str, field_name: str, target_id: str) -> list[dict[str, Any]]:
        self._reads.add(("all", kind))
        return self._catalog.referrers(kind, field_name, target_id)

    @property
    def municipalities(self) -> dict[str, tuple[str, str]]:
        self._reads.add(("all", "region"))
        return self._catalog.municipalities

    @property
    def town_regions(self) -> dict[str, list[str]]:
        self._reads.add(("all", "region"))
        return self._catalog.town_regions

    @property
    def coverage(self) -> Any:
        self._reads.add(COVERAGE)
        return self._catalog.coverage

    @property
    def today(self) -> Any:  # one of the settings
        return self._catalog.today

    @property
    def memo(self) -> _NotedMemo:
        return _NotedMemo(self._catalog, self._reads)

    def __getattr__(self, name: str) -> Any:
        self._reads.add(EVERYTHING)
        return getattr(self._catalog, name)


class Fingerprints:
    """The fingerprint of each read in one catalog (None: not comparable, so changed)."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._known: dict[Read, str | None] = {}

    def of(self, read: Read) -> str | None:
        if read not in self._known:
            self._known[read] = self._make(read)
        return self._known[read]

    def _make(self, read: Read) -> str | None:
        records = self._catalog.records
        if read[0] == "get":
            record = records.get(read[1], {}).get(read[2])
            if record is None:
                return "-"
            if "fingerprint" not in record.derived:  # an unchanged file keeps its Record from build to build
                record.derived["fingerprint"] = digest(record.path, repr(record.data))
            return str(record.derived["fingerprint"])
        if read[0] == "all":
            return digest(*(self.of(("get", read[1], id_)) or "" for id_ in records.get(read[1], {})))
        if read == COVERAGE:
            return digest(repr(sorted(self._catalog.coverage.items())))
        return None


class PageCache:
    """One per `mkdocs serve --dirty`: each data page's Markdown and the fingerprints of what it read."""

    def __init__(self) -> None:
        self._pages: dict[str, tuple[str, dict[Read, str | None], Any]] = {}
        self.reused = 0  # pages reused in the last build (generated_pages starts it at 0)

    def page(self, catalog: Catalog, prints: Fingerprints, settings: str, key: str, own: Read,
             make: Callable[[Any], Any]) -> Any:
        """The page `key` (whose own record is `own`) as `make(catalog)` makes it, reused when nothing it read
        changed."""
        kept = self._pages.get(key)
        if kept and kept[0] == settings and all(v is not None and prints.of(r) == v for r, v in kept[1].items()):
            self.reused += 1
            return kept[2]
        reads: set[Read] = {own}
        made = make(Reading(catalog, reads))
        self._pages[key] = (settings, {r: prints.of(r) for r in reads}, made)
        return made
