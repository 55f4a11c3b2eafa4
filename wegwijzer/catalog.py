"""The whole data set, loaded and checked once, with the lookups the pages need."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from wegwijzer.checks import Context, run_checks
from wegwijzer.domain import NATIONAL, REFERENCES, ROOT, display_name, is_stale, walk
from wegwijzer.problems import Problem, sort_problems
from wegwijzer.records.reader import Record, discover, read_file
from wegwijzer.records.validate import validate_record
from wegwijzer.rules import coverage
from wegwijzer.schemas import Schemas, default_schemas


def data_dir() -> Path:
    """The data folder: WEGWIJZER_DATA if set, else data/ in the project."""
    return Path(os.environ.get("WEGWIJZER_DATA") or ROOT / "data")


@dataclass
class Catalog:
    """Valid records by kind and id, plus derived indexes."""

    records: dict[str, dict[str, Record]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    today: dt.date = field(default_factory=dt.date.today)
    skipped: list[str] = field(default_factory=list)  # templates (names starting with _): checked, not published
    templates: dict[str, Record] = field(default_factory=dict)  # display name → template record (checked)

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)

    def all(self, kind: str) -> list[dict[str, Any]]:
        return [r.data for r in self.records.get(kind, {}).values()]

    def get(self, kind: str, id_: str) -> dict[str, Any] | None:
        record = self.records.get(kind, {}).get(id_)
        return record.data if record else None

    def path(self, kind: str, id_: str) -> str:
        return self.records[kind][id_].path

    def is_stale(self, kind: str, id_: str) -> bool:
        return is_stale(self.records[kind][id_].data, self.today)

    @cached_property
    def municipalities(self) -> dict[str, tuple[str, str]]:
        """Municipality id → (its name, its region id)."""
        return {town["id"]: (town["name"], region["id"]) for region in self.all("region")
                for town in region.get("municipalities", [])}

    @cached_property
    def town_regions(self) -> dict[str, list[str]]:
        """Municipality id → every region it belongs to (more than one only for a municipality marked split)."""
        found: dict[str, list[str]] = {}
        for region in self.all("region"):
            for town in region.get("municipalities", []):
                found.setdefault(town["id"], []).append(region["id"])
        return found

    def regions_of(self, partner: dict[str, Any]) -> list[str]:
        """Region ids a partner serves; every region for a national partner."""
        areas = tuple(partner.get("areas", ()))
        found = self._regions_of_areas.get(areas)
        if found is None:
            if NATIONAL in areas:
                found = tuple(r["id"] for r in self.all("region"))
            else:
                towns = self.town_regions
                found = tuple(sorted({r for a in areas for r in towns.get(a, ())}))
            self._regions_of_areas[areas] = found  # asked for every partner on every route page: once per areas
        return list(found)

    @cached_property
    def _regions_of_areas(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        return {}

    @cached_property
    def memo(self) -> dict[tuple[str, ...], Any]:
        """What renderers derive from the data and need more than once, kept for this catalog's life (one build);
        keyed by a tuple that starts with the deriving function's name."""
        return {}

    @cached_property
    def coverage(self) -> dict[str, list[coverage.Gap]]:
        """Region id → the questions it does not cover yet (empty for a complete region)."""
        return coverage.all_gaps(self)

    def questions_for(self, partner_id: str) -> list[dict[str, Any]]:
        return self._questions_by_partner.get(partner_id, [])

    @cached_property
    def _questions_by_partner(self) -> dict[str, list[dict[str, Any]]]:
        index: dict[str, list[dict[str, Any]]] = {}
        for question in self.all("question"):
            for partner_id in {p for step in question.get("steps", []) for p in step.get("partners", [])}:
                index.setdefault(partner_id, []).append(question)
        return index

    def referrers(self, kind: str, field_name: str, target_id: str) -> list[dict[str, Any]]:
        """Records of `kind` whose list field `field_name` names `target_id`."""
        return [d for d in self.all(kind) if target_id in (d.get(field_name) or [])]


def build_catalog(folder: Path | None = None, schemas: Schemas | None = None,
                  today: dt.date | None = None) -> Catalog:
    """Load every data file, validate it, cross-check it, and collect all problems (never stopping early)."""
    folder = folder or data_dir()
    schemas = schemas or default_schemas()
    today = today or dt.date.today()
    found_files = discover(folder)
    files, problems = found_files.files, list(found_files.problems)
    records: list[Record] = []
    # kind → file names (without .yaml) whose record is unusable or has another id: references to them are not
    # reported again in other files, since the file itself already has an error.
    broken: dict[str, set[str]] = {}
    for (path, kind, _), (record, found) in zip(files, _read_all(files)):
        problems += found
        if record is None or record.id != path.stem:
            broken.setdefault(kind, set()).add(path.stem)
        if record is None:
            continue
        if not schemas.has(record.kind):
            problems.append(Problem(record.path, 1, 1, "", f"er is geen schema voor '{record.kind}'",
                                    f"Voeg schemas/{record.kind}.schema.json toe.", code="no-schema"))
            continue
        checked = validate_record(record, schemas)
        if record.kind == "region" and any(p.is_error for p in checked):
            broken.setdefault("region", set()).add(path.stem)  # its municipalities are unknown: no follow-on errors
        problems += checked
        records.append(record)
    templates, found = _read_templates(found_files.templates, schemas)
    problems += found
    absent, found = _absent_folders(found_files.absent, records + templates)
    problems += found
    for kind in absent | found_files.unusable:
        broken[kind] = _EVERY_ID
        if kind == "region":
            broken["municipality"] = _EVERY_ID
    catalog = Catalog(today=today, skipped=found_files.skipped, templates={t.path: t for t in templates})
    for record in records:
        catalog.records.setdefault(record.kind, {})[record.id] = record
    for kind in catalog.records:
        catalog.records[kind] = dict(sorted(catalog.records[kind].items(),
                                            key=lambda item: _sort_key(item[1].data)))
    context = Context(records, today, schemas, templates=templates, broken=broken, catalog=catalog)
    catalog.problems = sort_problems(problems + run_checks(context, problems))
    return catalog


class _EveryId(frozenset):
    """Every id: a kind whose folder is missing has one error, not one in each record that refers to it."""

    def __contains__(self, item: object) -> bool:
        return True


_EVERY_ID = _EveryId()


def _read_templates(files: list[tuple[Path, str, str]], schemas: Schemas) -> tuple[list[Record], list[Problem]]:
    """Templates (data/<kind>/_name.yaml) with the rules of their kind: the build publishes them as examples.

    A template may leave out what the schema does not require; its id need not match the file name.
    """
    templates, problems = [], []
    for path, kind, name in files:
        record, found = read_file(path, kind, name)
        problems += found
        if record is None or not schemas.has(record.kind):
            continue
        problems += validate_record(record, schemas, template=True)
        templates.append(record)
    return templates, problems


def _absent_folders(absent: dict[str, str], records: list[Record]) -> tuple[set[str], list[Problem]]:
    """One error per missing (or unusable) kind folder that records refer to; their references are not reported."""
    wanted: dict[str, int] = {}
    for record in records:
        for kind, pattern, target in REFERENCES:
            target = "region" if target == "municipality" else target
            if record.kind == kind and target in absent:
                wanted[target] = wanted.get(target, 0) + sum(1 for _ in walk(record.data, pattern))
    problems = [Problem(absent[kind], 1, 1, "", f"de map {absent[kind]}/ ontbreekt of is niet te lezen, maar "
                        f"{count} verwijzing(en) in de data noemen een record daaruit",
                        "Zet de map terug (een gewone map, geen snelkoppeling); de verwijzingen worden daarna "
                        "weer gecontroleerd.",
                        code="missing-folder") for kind, count in sorted(wanted.items()) if count]
    return {kind for kind, count in wanted.items() if count}, problems


PARALLEL_FROM = 2000


def _read_one(item: tuple[Path, str, str]) -> tuple[Record | None, list[Problem]]:
    return read_file(*item)


# (path, kind, name, modified, size) → what reading it gave: under `mkdocs serve` an edit parses one file again, not
# all of them (YAML parsing is most of the load). Records are never changed after reading.
_read: dict[tuple[Any, ...], tuple[Record | None, list[Problem]]] = {}


def _read_all(files: list[tuple[Path, str, str]]) -> list[tuple[Record | None, list[Problem]]]:
    """Read every file not read before as it is now; large data sets are parsed on all cores."""
    keys = []
    for path, kind, name in files:
        try:
            info = path.stat()
            keys.append((str(path), kind, name, info.st_mtime_ns, info.st_size))
        except OSError:
            keys.append(None)  # read_file reports it
    known = dict(_read)
    _read.clear()
    new = [item for item, key in zip(files, keys) if key is None or key not in known]
    workers = min(os.cpu_count() or 1, 8)
    if len(new) < PARALLEL_FROM or workers < 2 or "fork" not in mp.get_all_start_methods():
        found = [read_file(*item) for item in new]
    else:
        with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork")) as pool:
            found = list(pool.map(_read_one, new, chunksize=max(1, len(new) // (workers * 8))))
    fresh = dict(zip(map(tuple, new), found))
    results = []
    for item, key in zip(files, keys):
        result = fresh[tuple(item)] if tuple(item) in fresh else known[key]
        if key is not None:
            _read[key] = result
        results.append(result)
    return results


def _sort_key(data: dict[str, Any]) -> tuple[str, str]:
    return (display_name(data).casefold(), str(data.get("id")))


_cache: dict[str, tuple[tuple[Any, ...], Catalog]] = {}


def _fingerprint(*folders: Path) -> tuple[Any, ...]:
    stamp = []
    for folder in folders:
        # Links are neither followed nor opened (a link may point anywhere, or nowhere): their own stat counts.
        for root, dirs, names in os.walk(folder):
            for name in dirs + names:
                path = os.path.join(root, name)
                info = os.lstat(path)
                stamp.append((path, info.st_mtime_ns, info.st_size))
    return (dt.date.today(), tuple(sorted(stamp)))


def load_once(folder: Path | None = None) -> Catalog:
    """build_catalog, reused until a data or schema file changes (so a build loads the data once)."""
    folder = (folder or data_dir()).resolve()
    stamp = _fingerprint(folder, default_schemas().folder)
    cached = _cache.get(str(folder))
    if cached and cached[0] == stamp:
        return cached[1]
    catalog = build_catalog(folder)
    _cache[str(folder)] = (stamp, catalog)
    return catalog


def current(folder: Path | None = None) -> Catalog:
    """The catalog load_once last returned for this folder, without checking the files again (within one build)."""
    cached = _cache.get(str((folder or data_dir()).resolve()))
    return cached[1] if cached else load_once(folder)
