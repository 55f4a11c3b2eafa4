"""The synthetic data sets: valid, clearly fictitious, and of the promised shape."""

from __future__ import annotations

from pathlib import Path

from wegwijzer.catalog import build_catalog
from wegwijzer.devtools.synth import PARTNERS_PER_REGION, write_national


def test_national_shape_is_valid_with_a_step_per_region_in_every_question(tmp_path: Path) -> None:
    catalog = build_catalog(write_national(tmp_path / "data", regions=7, questions=3))
    assert catalog.ok, [p for p in catalog.problems if p.is_error]
    regions = catalog.all("region")
    assert len(regions) == 7 and {len(r["municipalities"]) for r in regions} == set(range(3, 9))
    regional = [p for p in catalog.all("partner") if "landelijk" not in p["areas"]]
    assert len(regional) == 7 * PARTNERS_PER_REGION
    for question in catalog.all("question"):
        own = [r for step in question["steps"] for r in step.get("regions", [])]
        assert sorted(own) == sorted(r["id"] for r in regions)
    assert all("fictie" in p["name"] for p in catalog.all("partner"))
    assert all(not gaps for gaps in catalog.coverage.values()), "every region covers every question"
