"""The municipalities a reader can choose: every municipality of the national list, linked to its
samenwerkingsverband (SWV) and, where the data has routes for it, to its region.

A region's own municipalities (data/regions/) are matched to the national list by name; one that the list lacks
(a fictitious test set, a list not yet updated) is still offered. Nothing here knows which regions exist.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from wegwijzer.catalog import Catalog

# The folder of the built site the choice list is written to (hooks/wegwijzer_hooks.py, docs/assets/wegwijzer.js).
ASSET = "assets/gemeenten.json"


def fold(text: str) -> str:
    """Lower case, accents off, every run of other characters one space: "'s-Hertogenbosch" → "s hertogenbosch"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", plain.lower()).strip()


def prefixes(name: str) -> list[str]:
    """What typing may start with to find `name`: the whole name or any of its words ("bosch" finds
    "'s-Hertogenbosch" through "hertogenbosch", "nh" does not matter: "bergen" finds both Bergens)."""
    words = fold(name).split()
    return [" ".join(words[i:]) for i in range(len(words))]


def matches(typed: str, name: str, aliases: list[str] | tuple[str, ...] = ()) -> bool:
    """True when what the reader typed is the start of the name, of one of its words, or of an alias."""
    query = fold(typed)
    return bool(query) and any(p.startswith(query) for n in (name, *aliases) for p in prefixes(n))


def national_list(catalog: Catalog) -> dict[str, Any] | None:
    """The newest national municipality list (ids sort by year: nl-2025 before nl-2026)."""
    lists = sorted(catalog.all("municipality-list"), key=lambda d: d["id"])
    return lists[-1] if lists else None


def choices(catalog: Catalog) -> list[dict[str, Any]]:
    """Every municipality to offer, sorted by name: code, name, aliases, region id and municipality id (where a
    region has it), and the ids of its SWVs (more than one where the municipality is split)."""
    swvs_of: dict[str, list[str]] = {}
    part_of: dict[str, bool] = {}
    for swv in sorted(catalog.all("swv"), key=lambda d: d["id"]):
        for town in swv.get("municipalities", []):
            swvs_of.setdefault(town["code"], []).append(swv["id"])
            part_of[town["code"]] = part_of.get(town["code"], False) or bool(town.get("part"))
    in_region: dict[str, tuple[str, str]] = {}  # folded name or code → (municipality id, region id)
    region_names: dict[str, str] = {}
    for region in catalog.all("region"):
        for town in region.get("municipalities", []):
            in_region[fold(town["name"])] = (town["id"], region["id"])
            region_names[town["id"]] = town["name"]
    result: list[dict[str, Any]] = []
    taken: set[str] = set()
    listed = national_list(catalog)
    for town in (listed or {}).get("municipalities", []):
        entry: dict[str, Any] = {"code": town["code"], "name": town["name"]}
        if town.get("aliases"):
            entry["aliases"] = town["aliases"]
        hit = in_region.get(fold(town["name"])) or in_region.get(fold(re.sub(r"\s*\([^)]*\)$", "", town["name"])))
        if hit:
            entry["id"], entry["region"] = hit
            taken.add(hit[0])
        if town["code"] in swvs_of:
            entry["swvs"] = swvs_of[town["code"]]
            if part_of[town["code"]] or len(swvs_of[town["code"]]) > 1:
                entry["split"] = True
        result.append(entry)
    for region in catalog.all("region"):
        for town in region.get("municipalities", []):
            if town["id"] not in taken:
                result.append({"name": town["name"], "id": town["id"], "region": region["id"]})
                taken.add(town["id"])
    return sorted(result, key=lambda e: fold(e["name"]))


def swv_summary(catalog: Catalog) -> dict[str, dict[str, str]]:
    """SWV id → its code and, where the data has them, its name and website."""
    return {s["id"]: {k: s[k] for k in ("code", "name", "website") if s.get(k)} for s in catalog.all("swv")}


def regions_summary(catalog: Catalog) -> dict[str, str]:
    """Region id → its name (the choice shows the region a municipality belongs to)."""
    return {r["id"]: r["name"] for r in catalog.all("region")}


def choice_json(catalog: Catalog) -> str:
    """The choice list as the site's script reads it (assets/gemeenten.json)."""
    return json.dumps({"municipalities": choices(catalog), "swvs": swv_summary(catalog),
                       "regions": regions_summary(catalog)}, ensure_ascii=False, separators=(",", ":"))


def national_phone(catalog: Catalog, prefix: str = "veilig-thuis") -> str | None:
    """The phone number every Veilig Thuis record shares (its national number), or None when they differ."""
    phones = {(p.get("contact") or {}).get("phone") for p in catalog.all("partner") if p["id"].startswith(prefix)}
    phones.discard(None)
    return phones.pop() if len(phones) == 1 else None
