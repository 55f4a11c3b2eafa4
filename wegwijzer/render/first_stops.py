"""The reader's own first stops on /wegwijzer/: one small file per region, read by the page's script once she chose
her municipality (docs/assets/wegwijzer.js). The page itself names the first stop only where it is the same in every
region, and its kind elsewhere, so that it does not grow with the number of regions (with every region's first stops
inline it weighed 1.5 MB at 76 regions).

Per region: the first stop of each question that differs per region, the municipalities where it is another one (a
municipality's own team, render/wallchart.town_stops), and the name and address of every partner named. Names go in as
data; the script sets them as text.
"""

from __future__ import annotations

import json

from wegwijzer.catalog import Catalog
from wegwijzer.render.changed import digest
from wegwijzer.render.questions import region_first_stop, shared_stop
from wegwijzer.render.reuse import Fingerprints, PageCache
from wegwijzer.render.urls import url
from wegwijzer.render.wallchart import town_stops

# The folder of the built site the files are written to (hooks/wegwijzer_hooks.py).
FOLDER = "assets/eerste-stops"


def asset(region_id: str) -> str:
    return f"{FOLDER}/{region_id}.json"


def region_stops(catalog: Catalog, region_id: str, questions: list[dict]) -> dict:
    """The first stops of the questions in the region, and per municipality where they differ there."""
    region = catalog.get("region", region_id) or {"municipalities": []}
    own = {q["id"]: region_first_stop(catalog, q, region_id) for q in questions}
    towns: dict[str, dict[str, list[str]]] = {}
    for town in region["municipalities"]:
        first = town_stops(catalog, region_id, town["id"])
        for question in questions:
            here = first[question["id"]]
            if here != own[question["id"]]:
                towns.setdefault(town["id"], {})[question["id"]] = here
    named = {p for found in [*own.values(), *(s for t in towns.values() for s in t.values())] for p in found}
    partners = {p: [(catalog.get("partner", p) or {}).get("name", p), url("partner", p)] for p in sorted(named)}
    return {"stops": own, "towns": towns, "partners": partners}


def region_file(catalog: Catalog, region_id: str, question_ids: list[str]) -> str:
    """The JSON of one region's file, for the questions whose first stop differs per region."""
    questions = [q for q in (catalog.get("question", id_) for id_ in question_ids) if q is not None]
    return json.dumps(region_stops(catalog, region_id, questions), ensure_ascii=False, separators=(",", ":"))


def stops_assets(catalog: Catalog, cache: PageCache | None = None) -> dict[str, str]:
    """Path in the built site → JSON, for every region. With a `cache` (`mkdocs serve --dirty`), a region's file
    whose reads did not change is not made again (render/reuse.py)."""
    ids = [q["id"] for q in catalog.all("question") if shared_stop(catalog, q) is None]
    if cache is None:
        return {asset(r["id"]): region_file(catalog, r["id"], ids) for r in catalog.all("region")}
    prints, which = Fingerprints(catalog), digest(*ids)  # which questions is one of the settings
    return {asset(id_): str(cache.page(catalog, prints, which, asset(id_), ("get", "region", id_),
                                       lambda seen, id_=id_: region_file(seen, id_, ids)))
            for id_ in (r["id"] for r in catalog.all("region"))}
