"""The real data, checked as a careful reader would: sources that prove something, and routes for every town.

These tests read data/ itself (not synthetic data): they fail when a contribution brings back a school website as
the source of an agency's facts, or leaves a municipality of a region without anyone to call for a question.
"""

from __future__ import annotations

import pytest

from wegwijzer.catalog import build_catalog
from wegwijzer.domain import NATIONAL, ROOT
from wegwijzer.rules.addresses import host_of
from wegwijzer.rules.coverage import IN_PROGRESS, status

# School websites that were once cited for an agency's facts; a school's page is no source for those.
SCHOOL_HOSTS = {
    "awbr.nl", "debuikslotermeer.nl", "ikczeeburgereiland.nl", "johannesschool.com", "lerenmetelkaar.nl",
    "bsdebrink.nl", "bsdewereldburger.nl", "sbopalet.nl", "springhigh.nl", "dkcdeijsbreker.nl", "mondialcollege.nl",
    "www2.askoscholen.nl", "pontem-college.nl", "orioncollegedrostenburg.nl", "orioncollegenoord.nl",
    "sonenbreugel.nl", "de-oversteek.nl", "schoolgids.altrahorizononderwijs.nl", "flevoparkschool.nl",
    "koninginjulianaschool.net",
}
# A copy of a news site at a bare IP address, and an automatic rewrite of news: never a source.
MIRROR_HOSTS = {"40.68.230.108", "upday.com"}


@pytest.fixture(scope="module")
def catalog():
    return build_catalog(ROOT / "data")


def test_no_school_website_or_mirror_is_a_source(catalog) -> None:
    found = sorted(
        f"{catalog.path(kind, id_)}: {source['url']}"
        for kind, records in catalog.records.items() for id_, record in records.items()
        for source in record.data.get("sources") or []
        if host_of(source["url"]) in SCHOOL_HOSTS | MIRROR_HOSTS
    )
    assert found == []


def test_every_municipality_without_someone_is_on_its_regions_to_do_list(catalog) -> None:
    """Per region and municipality, some step that applies there names a partner who works there (or nationally);
    where not, the region is published as in opbouw and the gap is on its to-do list (a partial region may land)."""
    gaps, listed = set(), set()
    for question in catalog.all("question"):
        for region in catalog.all("region"):
            for town in region["municipalities"]:
                served = any(
                    town["id"] in partner["areas"] or NATIONAL in partner["areas"]
                    for step in question["steps"] if not step.get("regions") or region["id"] in step["regions"]
                    for partner in (catalog.get("partner", p) for p in step.get("partners", [])) if partner
                )
                if not served:
                    gaps.add((region["id"], question["id"], town["id"]))
    for region_id, todo in catalog.coverage.items():
        listed |= {(region_id, gap.question, town) for gap in todo for town in gap.missing}
        assert bool(todo) == (status(catalog, region_id) == IN_PROGRESS)
    assert gaps == listed


def test_every_step_names_partners_of_its_own_regions(catalog) -> None:
    wrong = [f"{question['id']}: {partner_id} in a step for {region}"
             for question in catalog.all("question") for step in question["steps"]
             for region in step.get("regions") or [] for partner_id in step.get("partners", [])
             if region not in catalog.regions_of(catalog.get("partner", partner_id) or {})]
    assert wrong == []
