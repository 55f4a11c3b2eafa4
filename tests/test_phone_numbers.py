"""Phone tips: 14 + area code is shared by every municipality with that code (say its name); 088 and 0900 numbers
cost the caller money, so no record with one may call calling free."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wegwijzer.catalog import build_catalog, load_once
from wegwijzer.checks.charged_numbers import charged_called_free
from wegwijzer.devtools.synth import write_dataset
from wegwijzer.render.partners import partner_page
from wegwijzer.render.phones import SHARED_MUNICIPAL_TIP, tip_text
from wegwijzer.rules.phones import free_call_claims, is_charged, is_shared_municipal

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("phone", ["14 020", "14 024", "14 0487", "140487"])
def test_14_with_an_area_code_is_shared_and_tells_the_caller_to_name_the_municipality(phone: str) -> None:
    assert is_shared_municipal(phone)
    assert tip_text(phone) == SHARED_MUNICIPAL_TIP == "noem de naam van je gemeente"


@pytest.mark.parametrize("phone", ["024 329 9999", "0800-2000", "113", "088 633 0000", "1400", "1412"])
def test_other_numbers_are_not_shared_municipal_numbers(phone: str) -> None:
    assert not is_shared_municipal(phone)


@pytest.mark.parametrize("phone", ["088-5551000", "088 911 31 31", "0900-8844", "0900-1113111", "+31 88 633 0000"])
def test_088_and_0900_numbers_are_charged_and_never_tipped_as_free(phone: str) -> None:
    assert is_charged(phone)
    assert tip_text(phone) in ("geen gratis nummer", "betaald nummer, niet gratis")


@pytest.mark.parametrize("phone", ["0800-2000", "020 555 0000", "112", "14 020"])
def test_free_and_ordinary_numbers_are_not_charged(phone: str) -> None:
    assert not is_charged(phone)


def test_free_call_claims_find_free_calling_but_not_free_help_or_a_free_0800_number() -> None:
    assert free_call_claims("Ouders nemen contact op via jeugdstem.nl of bellen gratis; wat ze bespreken blijft "
                            "vertrouwelijk.") == ["Ouders nemen contact op via jeugdstem.nl of bellen gratis"]
    assert free_call_claims("Het telefoonnummer is gratis.") == ["Het telefoonnummer is gratis"]
    assert free_call_claims("Gratis") == []  # costs: the help is free, which says nothing about the call
    assert free_call_claims("Advies gratis bij laag inkomen; het 0900-nummer kost 25 cent per minuut") == []
    assert free_call_claims("Bel gratis 0800-0432 voor de hulplijn.") == []


def _partner(folder: Path, **changes: object) -> Path:
    import yaml

    path = folder / "partners" / "testpartner-01.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if key == "phone":
            data["contact"]["phone"] = value
        elif key == "notes":
            data["access"]["notes"] = value
        else:
            data[key] = value
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_a_charged_number_called_free_is_reported_with_its_place_and_a_dutch_tip(tmp_path: Path) -> None:
    folder = write_dataset(12, tmp_path / "data")
    _partner(folder, phone="088-5551000", notes="Ouders bellen gratis; het gesprek is vertrouwelijk.")
    problems = [p for p in build_catalog(folder).problems if "niet gratis" in p.message]
    assert len(problems) == 1
    problem = problems[0]
    assert problem.file.endswith("testpartner-01.yaml") and problem.field == "access.notes" and problem.line > 1
    assert "088-5551000" in problem.message and "0800" in problem.hint and not problem.is_error


def test_the_same_text_with_an_ordinary_number_is_fine(tmp_path: Path) -> None:
    folder = write_dataset(12, tmp_path / "data")
    _partner(folder, phone="0800-2000", notes="Ouders bellen gratis; het gesprek is vertrouwelijk.")
    assert not [p for p in build_catalog(folder).problems if "niet gratis" in p.message]


def test_the_real_data_never_calls_an_088_or_0900_number_free() -> None:
    catalog = load_once(ROOT / "data")
    records = [record for kind in catalog.records.values() for record in kind.values()]
    charged = [r for r in records if r.kind == "partner" and is_charged(r.data["contact"].get("phone", ""))]
    assert len(charged) >= 5  # the data has several 088 and 0900 numbers; this test must see them
    assert charged_called_free(records) == []


def test_every_14_0xx_number_in_the_real_data_carries_the_tip_beside_it() -> None:
    catalog = load_once(ROOT / "data")
    shared = [p for p in catalog.all("partner") if is_shared_municipal(p["contact"].get("phone", ""))]
    assert len(shared) >= 3
    for partner in shared:
        contact = re.search(r'<p class="ww-contact-first">.*?</p>', partner_page(catalog, partner["id"])).group(0)
        assert f"Bel {partner['contact']['phone']}</a> <span class=\"ww-phone-tip\" data-pagefind-ignore>" \
            f"({SHARED_MUNICIPAL_TIP})" in contact, partner["id"]


def test_no_real_088_or_0900_number_is_shown_without_saying_it_is_not_free() -> None:
    catalog = load_once(ROOT / "data")
    for partner in catalog.all("partner"):
        phone = partner["contact"].get("phone", "")
        if is_charged(phone):
            contact = re.search(r'<p class="ww-contact-first">.*?</p>', partner_page(catalog, partner["id"])).group(0)
            assert "gratis nummer" in contact or "niet gratis" in contact, partner["id"]
