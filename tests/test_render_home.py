"""The home page's figures, from a small fictitious data set."""

from __future__ import annotations

import re
from pathlib import Path

from wegwijzer.catalog import build_catalog
from wegwijzer.render.home import key_figures


def test_each_region_counts_its_own_and_the_national_partners(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    listed = re.findall(r"<li>(\d+) partners voor (.+?) \(landelijke diensten meegeteld\)</li>", key_figures(catalog))
    figures = {name: int(count) for count, name in listed}
    expected = {r["name"]: sum(1 for p in catalog.all("partner")
                               if "landelijk" in p["areas"] or {t["id"] for t in r["municipalities"]} & set(p["areas"]))
                for r in catalog.all("region")}
    assert figures == expected and len(set(expected.values())) > 1
