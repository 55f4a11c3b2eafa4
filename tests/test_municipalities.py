"""The municipality choice: every municipality of the national list can be found by its first letters, each is
linked to its samenwerkingsverband(en) and, where the data has routes, to its region. Derived from the data: no test
names a region or a municipality count."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from wegwijzer.catalog import build_catalog, load_once
from wegwijzer.domain import ROOT
from wegwijzer.render.municipalities import choice_json, choices, fold, matches, national_list, national_phone
from wegwijzer.render.region import region_control

DATA = ROOT / "data"


def test_every_listed_municipality_is_found_by_its_first_letters() -> None:
    catalog = load_once()
    listed = national_list(catalog)
    assert listed is not None and listed["municipalities"], "data/municipality-lists/ holds the national list"
    names = [m["name"] for m in listed["municipalities"]]
    offered = choices(catalog)
    for name in names:
        for count in range(1, len(name) + 1):
            typed = name[:count]
            if not fold(typed):
                continue  # "'s" folds to "s": still a prefix, but the reader has typed no letter yet
            assert matches(typed, name), typed
            assert any(e["name"] == name for e in offered if matches(typed, e["name"], e.get("aliases", ())))


def test_typing_is_case_accent_and_punctuation_insensitive_and_finds_words_inside_a_name() -> None:
    assert matches("SUDWEST", "Súdwest-Fryslân")
    assert matches("hertogen", "'s-Hertogenbosch") and matches("s-her", "'s-Hertogenbosch")
    assert matches("den bosch", "'s-Hertogenbosch", ["Den Bosch"])
    assert matches("bergen", "Bergen (NH.)") and matches("bergen", "Bergen (L.)")
    assert not matches("", "Wijchen") and not matches("wijk", "Wijchen")


def test_codes_are_unique_and_every_region_municipality_is_offered_with_its_region() -> None:
    catalog = load_once()
    offered = choices(catalog)
    codes = [e["code"] for e in offered if "code" in e]
    assert len(codes) == len(set(codes))
    by_id = {e["id"]: e for e in offered if "id" in e}
    for region in catalog.all("region"):
        for town in region["municipalities"]:
            assert by_id[town["id"]]["region"] == region["id"], town


def test_every_swv_municipality_is_in_the_national_list_and_splits_are_marked() -> None:
    catalog = load_once()
    listed = {m["code"]: m["name"] for m in national_list(catalog)["municipalities"]}
    offered = {e["code"]: e for e in choices(catalog) if "code" in e}
    for swv in catalog.all("swv"):
        for town in swv["municipalities"]:
            assert listed.get(town["code"]) == town["name"], (swv["id"], town)
            assert swv["id"] in offered[town["code"]]["swvs"]
            if town.get("part"):
                assert offered[town["code"]].get("split"), town


def test_a_region_links_to_an_swv_that_holds_its_municipalities() -> None:
    catalog = load_once()
    for region in catalog.all("region"):
        if "swv" not in region:
            continue
        swv = catalog.get("swv", region["swv"])
        assert swv is not None, region["swv"]
        names = {fold(t["name"]) for t in swv["municipalities"]}
        assert {fold(t["name"]) for t in region["municipalities"]} <= names, region["id"]


def test_without_a_national_list_the_regions_municipalities_are_still_offered(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    offered = choices(catalog)
    expected = {t["id"] for r in catalog.all("region") for t in r["municipalities"]}
    assert {e["id"] for e in offered} == expected
    assert '"municipalities"' in choice_json(catalog)


def test_the_veilig_thuis_number_comes_from_the_data_and_is_a_tel_link_in_the_missing_panel() -> None:
    catalog = load_once()
    phone = national_phone(catalog)
    assert phone, "every Veilig Thuis record shares one number"
    records = [p for p in catalog.all("partner") if p["id"].startswith("veilig-thuis")]
    assert records and all(p["contact"]["phone"] == phone for p in records)
    digits = "".join(c for c in phone if c.isdigit())
    assert f'href="tel:{digits}"' in region_control(catalog)


def test_a_wrong_swv_id_or_cbs_code_is_reported_where_it_stands(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    region = next((data / "regions").glob("*.yaml"))
    text = region.read_text(encoding="utf-8")
    text = re.sub(r"^swv: .*$", "swv: po-00-00", text, flags=re.M) if "\nswv:" in text else \
        text.replace("\nsources:", "\nswv: po-00-00\nsources:", 1)
    region.write_text(text, encoding="utf-8")
    swv = next((data / "samenwerkingsverbanden").glob("*.yaml"))
    swv.write_text(re.sub(r"code: GM\d{4}", "code: GM0000", swv.read_text(encoding="utf-8"), count=1),
                   encoding="utf-8")
    catalog = build_catalog(data)
    found = {(Path(p.file).name, p.field) for p in catalog.problems if p.is_error}
    assert (region.name, "swv") in found
    assert (swv.name, "municipalities[0].code") in found
    line = next(p for p in catalog.problems if Path(p.file).name == region.name and p.field == "swv").line
    assert region.read_text(encoding="utf-8").splitlines()[line - 1].startswith("swv: po-00-00")
