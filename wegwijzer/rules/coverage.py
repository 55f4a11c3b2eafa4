"""How far each region is: for every question, the municipalities that have no one to turn to yet.

A region that covers every question is complete; otherwise it is published as "in opbouw", computed from the data
(no flag to set). A question counts as a gap in a region when a municipality of the region has no partner in a
step that applies there, or when it is a key question (at least half of the other regions describe a route of
their own for it) and the region has only national partners for it: who does this locally is still to be described.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wegwijzer.domain import NATIONAL, remembered

COMPLETE = "compleet"
IN_PROGRESS = "in opbouw"


@dataclass(frozen=True)
class Gap:
    """One question a region does not cover yet."""

    question: str  # question id
    title: str
    missing: tuple[str, ...]  # municipality ids without any partner for this question
    national_only: bool  # only national partners, while another region describes its own route


def region_steps(catalog: Any, question: dict[str, Any], region_id: str) -> list[dict[str, Any]]:
    """The steps of the question that apply in the region, in order: generic steps and its own. Sorted out once per
    question and catalog (Catalog.memo): with a step per region, a question at 76 regions has some 80 steps, asked
    for by every route page, wall-chart sheet and region."""
    def by_region() -> dict[str, list[dict[str, Any]]]:
        found: dict[str, list[dict[str, Any]]] = {r["id"]: [] for r in catalog.all("region")}
        for step in question["steps"]:
            for region in step.get("regions") or list(found):
                found.setdefault(region, []).append(step)
        return found

    steps: list[dict[str, Any]] = remembered(catalog, ("region_steps", question["id"]), by_region).get(region_id, [])
    return steps


def _own_steps(question: dict[str, Any]) -> set[str]:
    """Regions that have a step of their own (`regions:` naming them) in this question."""
    return {r for step in question["steps"] for r in step.get("regions") or []}


def is_key(question: dict[str, Any], region_id: str, regions: list[str]) -> bool:
    """A key question for a region: at least half of the other regions describe a route of their own for it, so
    this region's readers will miss a local organisation when it has only national ones."""
    others = [r for r in regions if r != region_id]
    own = _own_steps(question)
    return bool(others) and 2 * sum(r in own for r in others) >= len(others)


def region_gaps(catalog: Any, region_id: str) -> list[Gap]:
    """The questions region `region_id` does not cover yet, in the catalog's order of questions."""
    region = catalog.get("region", region_id)
    if region is None:
        return []
    regions = [r["id"] for r in catalog.all("region")]
    towns = [t["id"] for t in region.get("municipalities", [])]
    gaps = []
    for question in catalog.all("question"):
        covered: set[str] = set()
        local = False
        for step in region_steps(catalog, question, region_id):
            for partner_id in step.get("partners", []):
                areas = set((catalog.get("partner", partner_id) or {}).get("areas", []))
                if NATIONAL in areas:
                    covered |= set(towns)
                elif areas & set(towns):
                    covered |= areas
                    local = True
        missing = tuple(t for t in towns if t not in covered)
        national_only = not local and is_key(question, region_id, regions)
        if missing or national_only:
            gaps.append(Gap(question["id"], question["title"], missing, national_only))
    return gaps


def all_gaps(catalog: Any) -> dict[str, list[Gap]]:
    """Region id → its gaps, for every region."""
    return {r["id"]: region_gaps(catalog, r["id"]) for r in catalog.all("region")}


def status(catalog: Any, region_id: str) -> str:
    """"compleet" or "in opbouw"."""
    return IN_PROGRESS if catalog.coverage.get(region_id) else COMPLETE
