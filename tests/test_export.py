"""Open data: the HSDS 3.0 export validates against the official schema, and the CSV reads back to the same data."""

from __future__ import annotations

import csv
import io
import json
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from support import run

from wegwijzer.catalog import Catalog, build_catalog
from wegwijzer.domain import ROOT
from wegwijzer.publish.export import CSV_COLUMNS, FORMULA_START, csv_text, hsds, stable_id
from wegwijzer.rules.doubts import field_label
from wegwijzer.schemas import default_schemas

HSDS_DIR = ROOT.parent / "shared" / "hsds-3.0"
CATALOG = build_catalog()


@pytest.fixture(scope="module")
def organization_schema() -> dict[str, Any]:
    path = HSDS_DIR / "schema" / "compiled" / "organization.json"
    assert path.is_file(), f"De HSDS 3.0-schema's horen in {HSDS_DIR} (naast de repository)."
    return json.loads(path.read_text(encoding="utf-8"))


def check_against(schema: dict[str, Any], organizations: list[dict[str, Any]]) -> None:
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    assert not validator.is_valid({"id": "geen-uuid", "name": "x", "description": "y"}), "formats are not checked"
    assert not validator.is_valid({"id": str(uuid.uuid4()), "name": "x", "description": "y", "website": "x y"})
    for organization in organizations:
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(organization)]
        assert not errors, (organization["name"], errors)
        only_known_fields(schema, organization, organization["name"])


def only_known_fields(schema: dict[str, Any], value: Any, where: str) -> None:
    """The export uses only fields the HSDS schema defines (the schema itself allows any extra field)."""
    if isinstance(value, dict):
        allowed = schema.get("properties", {})
        for key, item in value.items():
            assert key in allowed, f"{where}: {key} staat niet in HSDS 3.0"
            only_known_fields(allowed[key], item, f"{where}.{key}")
    elif isinstance(value, list):
        for item in value:
            only_known_fields(schema.get("items", {}), item, where)


def test_hsds_export_of_the_real_data_is_valid(organization_schema: dict[str, Any]) -> None:
    organizations = hsds(CATALOG)
    assert len(organizations) == len(CATALOG.records["partner"]) > 0
    check_against(organization_schema, organizations)


def test_hsds_maps_our_fields() -> None:
    for organization, partner in zip(hsds(CATALOG), CATALOG.all("partner")):
        service = organization["services"][0]
        assert organization["name"] == service["name"] == partner["name"]
        assert organization["description"] == partner["description"]
        assert organization["website"] == partner["contact"]["website"]
        assert organization.get("alternate_name", "") == "; ".join(partner.get("aliases", []))
        assert [p["number"] for p in organization.get("phones", [])] == (
            [partner["contact"]["phone"]] if partner["contact"].get("phone") else [])
        assert organization["organization_identifiers"][0]["identifier"] == partner["id"]
        assert service["assured_date"] == partner["last_verified"]
        assert service.get("fees_description") == partner.get("costs")
        if partner.get("audience"):
            low, high = partner["audience"]["min_age"], partner["audience"]["max_age"]
            assert service["minimum_age"] == low
            assert service.get("maximum_age") == (high if high < 99 else None)
        assert len(service["service_areas"]) == len(partner["areas"])
        assert [a["taxonomy_term"]["code"] for a in service["attributes"]] == partner["themes"]


def test_ids_are_stable_uuids_derived_from_our_ids() -> None:
    first, again = hsds(CATALOG), hsds(build_catalog())
    assert first == again
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/ib-wegwijzer/ib-wegwijzer/open-data")
    for organization, partner in zip(first, CATALOG.all("partner")):
        assert organization["id"] == str(uuid.uuid5(namespace, f"organization/{partner['id']}"))
        assert organization["services"][0]["id"] == stable_id("service", partner["id"])
    organization_ids = {org["id"] for org in first}
    assert len(organization_ids) == len(first)
    assert organization_ids.isdisjoint({org["services"][0]["id"] for org in first})


def read_back(text: str, catalog: Catalog) -> list[dict[str, Any]]:
    """Turn the CSV back into partner records, using the same Dutch labels the site uses."""
    schemas = default_schemas()
    code = {name: {label: value for value, label in labels.items()} for name, labels in {
        "kind": schemas.labels("partner", ("kind",)), "theme": schemas.themes,
        "route": schemas.labels("partner", ("access", "routes", 0)),
        "consent": schemas.labels("partner", ("access", "consent"))}.items()}
    towns = {name: town for town, (name, _) in catalog.municipalities.items()} | {"Landelijk": "landelijk"}
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == CSV_COLUMNS
    records = []
    for row in rows[1:]:
        cell = dict(zip(CSV_COLUMNS, (v[1:] if v.startswith("'") and v[1:].startswith(FORMULA_START) else v
                                      for v in row)))

        def split(key: str, cell: dict[str, str] = cell) -> list[str]:
            return cell[key].split("; ") if cell[key] else []

        record: dict[str, Any] = {
            "id": cell["id"], "name": cell["Naam"], "kind": code["kind"][cell["Soort"]],
            "description": cell["Omschrijving"], "themes": [code["theme"][t] for t in split("Thema's")],
            "areas": [towns[a] for a in split("Werkgebied")],
            "access": {"routes": [code["route"][r] for r in split("Hoe de school hen bereikt")],
                       "consent": code["consent"][cell["Toestemming van ouders"]]},
            "contact": {"website": cell["Website"]}, "last_verified": cell["Laatst gecontroleerd"]}
        optional = {"aliases": split("Andere namen"), "costs": cell["Kosten"],
                    "unconfirmed": [_doubt(line) for line in cell["Niet bevestigd"].splitlines()]}
        record.update({k: v for k, v in optional.items() if v})
        if cell["Leeftijd vanaf"]:
            record["audience"] = {"min_age": int(cell["Leeftijd vanaf"]), "max_age": int(cell["Leeftijd tot en met"])}
        if cell["Toelichting toegang"]:
            record["access"]["notes"] = cell["Toelichting toegang"]
        record["contact"].update({k: cell[c] for k, c in (("phone", "Telefoon"), ("no_phone", "Geen telefoonnummer"),
                                                          ("email", "E-mail")) if cell[c]})
        records.append((record, split("Bronnen")))
    return records


def _doubt(line: str) -> str | dict[str, str]:
    """A CSV line of the Niet bevestigd column back to its form in the data: 'Telefoon: …' names a field."""
    fields = default_schemas().schema("partner")["definitions"]["doubt"]["anyOf"]
    names = next(choice["properties"]["field"]["enum"] for choice in fields if "properties" in choice)
    by_label = {field_label(name): name for name in names}
    label, _, text = line.partition(": ")
    return {"field": by_label[label], "text": text} if label in by_label and text else line


def comparable(partner: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    data = {k: v for k, v in partner.items() if k != "sources"}
    return data, [s["url"] for s in partner.get("sources") or []]


def test_csv_round_trip_of_the_real_data() -> None:
    assert read_back(csv_text(CATALOG), CATALOG) == [comparable(p) for p in CATALOG.all("partner")]


def test_csv_keeps_excel_from_running_formulas(dataset: Path) -> None:
    path = dataset / "partners" / "testpartner-01.yaml"
    text = path.read_text(encoding="utf-8").replace("costs: Gratis (fictief)", "costs: '=HYPERLINK(\"x\")'")
    path.write_text(text, encoding="utf-8")
    catalog = build_catalog(dataset)
    exported = csv_text(catalog)
    assert "'=HYPERLINK" in exported
    assert read_back(exported, catalog) == [comparable(p) for p in catalog.all("partner")]


def test_export_command_writes_both_files(dataset: Path, tmp_path: Path, organization_schema: dict) -> None:
    result = run([sys.executable, "-m", "wegwijzer", "--data", str(dataset), "export", str(tmp_path)])
    assert result.returncode == 0, result.stderr
    check_against(organization_schema, json.loads((tmp_path / "export" / "hsds" / "organizations.json").read_text()))
    assert (tmp_path / "export" / "sociale-kaart.csv").read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.build
def test_build_publishes_both_and_the_sociale_kaart_links_them(real_site: Path, organization_schema: dict) -> None:
    organizations = json.loads((real_site / "export" / "hsds" / "organizations.json").read_text(encoding="utf-8"))
    assert organizations == hsds(CATALOG)
    check_against(organization_schema, organizations)
    raw = (real_site / "export" / "sociale-kaart.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    text = raw.decode("utf-8-sig")
    assert read_back(text, CATALOG) == [comparable(p) for p in CATALOG.all("partner")]
    page = real_site / "sociale-kaart" / "index.html"
    html = page.read_text(encoding="utf-8")
    for target in ("../export/sociale-kaart.csv", "../export/hsds/organizations.json"):
        assert f'href="{target}"' in html
        assert (page.parent / target).resolve().is_file()


@pytest.mark.parametrize("parts", [("organization", "ggd-amsterdam"), ("term", "thema", "armoede"),
                                   ("attribute", "x", "ü/ë", "∑"), ("",), ("a" * 300,)])
def test_stable_id_is_uuid5_in_our_namespace(parts: tuple[str, ...]) -> None:
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/ib-wegwijzer/ib-wegwijzer/open-data")
    assert stable_id(*parts) == str(uuid.uuid5(namespace, "/".join(parts)))
