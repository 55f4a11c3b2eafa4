"""The sociale kaart as open data: Open Referral HSDS 3.0 organizations (JSON) and one CSV table for Excel."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.domain import NATIONAL, NATIONAL_NAME
from wegwijzer.render.changed import digest
from wegwijzer.render.reuse import Fingerprints, PageCache
from wegwijzer.rules.doubts import doubt_lines
from wegwijzer.schemas import Schemas, default_schemas

# Fixed namespace: the same partner id gives the same UUIDs in every build, forever.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/ib-wegwijzer/ib-wegwijzer/open-data")
_NAMESPACE_BYTES = NAMESPACE.bytes
OPEN_ENDED_AGE = 99
CSV_DELIMITER = ";"  # what Excel expects in a Dutch locale
CSV_LIST = "; "
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def stable_id(*parts: str) -> str:
    """A UUID derived from our ids, so exported ids never change between builds: uuid.uuid5, computed directly.

    uuid.UUID objects cost five times the hash itself, and an export of 10,000 partners needs 100,000 ids.
    """
    name = _NAMESPACE_BYTES + "/".join(parts).encode("utf-8")
    hashed = bytearray(hashlib.sha1(name, usedforsecurity=False).digest()[:16])  # SHA-1 is what UUID 5 is
    hashed[6] = (hashed[6] & 0x0F) | 0x50  # version 5
    hashed[8] = (hashed[8] & 0x3F) | 0x80  # RFC 4122 variant
    text = hashed.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _area_name(catalog: Catalog, area: str) -> str:
    return NATIONAL_NAME if area == NATIONAL else catalog.municipalities.get(area, (area, ""))[0]


def _term(taxonomy: str, code: str, label: str, link_id: str, entity: str) -> dict[str, Any]:
    term_id = stable_id("term", taxonomy, code)
    return {"id": stable_id("attribute", link_id, taxonomy, code), "link_id": link_id, "link_entity": entity,
            "link_type": taxonomy, "taxonomy_term_id": term_id,
            "taxonomy_term": {"id": term_id, "code": code, "name": label, "description": label,
                              "taxonomy": f"IB Wegwijzer: {taxonomy}", "language": "nl"}}


def organization(catalog: Catalog, partner: dict[str, Any], labels: dict[str, dict[str, str]]) -> dict[str, Any]:
    """One HSDS 3.0 organization with its service nested."""
    pid, contact, access = partner["id"], partner["contact"], partner["access"]
    org_id, service_id = stable_id("organization", pid), stable_id("service", pid)
    org: dict[str, Any] = {"id": org_id, "name": partner["name"], "description": partner["description"],
                           "website": contact["website"]}
    if partner.get("aliases"):
        org["alternate_name"] = CSV_LIST.join(partner["aliases"])
    if contact.get("email"):
        org["email"] = contact["email"]
    if contact.get("phone"):
        org["phones"] = [{"id": stable_id("phone", pid), "organization_id": org_id, "number": contact["phone"]}]
    org["organization_identifiers"] = [{"id": stable_id("identifier", pid), "organization_id": org_id,
                                        "identifier_scheme": "IB Wegwijzer", "identifier_type": "id",
                                        "identifier": pid}]
    org["attributes"] = [_term("soort", partner["kind"], labels["kind"].get(partner["kind"], partner["kind"]),
                               org_id, "organization")]
    routes = CSV_LIST.join(labels["route"].get(r, r) for r in access["routes"])
    process = (f"Hoe de school hen bereikt: {routes}. "
               f"Toestemming van ouders: {labels['consent'].get(access['consent'], access['consent'])}.")
    service: dict[str, Any] = {
        "id": service_id, "organization_id": org_id, "name": partner["name"], "description": partner["description"],
        "url": contact["website"], "status": "active",
        "application_process": process + (f" {access['notes']}" if access.get("notes") else ""),
        "assured_date": partner["last_verified"],
    }
    if contact.get("email"):
        service["email"] = contact["email"]
    if partner.get("costs"):
        service["fees_description"] = partner["costs"]
    if partner.get("audience"):
        low, high = partner["audience"]["min_age"], partner["audience"]["max_age"]
        service["minimum_age"] = low
        if high < OPEN_ENDED_AGE:
            service["maximum_age"] = high
        service["eligibility_description"] = (f"Vanaf {low} jaar." if high >= OPEN_ENDED_AGE
                                              else f"Van {low} tot en met {high} jaar.")
    service["service_areas"] = [{"id": stable_id("service_area", pid, area), "service_id": service_id,
                                 "name": _area_name(catalog, area)} for area in partner["areas"]]
    service["attributes"] = [_term("thema", theme, labels["theme"].get(theme, theme), service_id, "service")
                             for theme in partner["themes"]]
    org["services"] = [service]
    return org


def hsds(catalog: Catalog, schemas: Schemas | None = None) -> list[dict[str, Any]]:
    """Every partner as an HSDS 3.0 organization."""
    labels = (schemas or default_schemas()).partner_labels()
    return [organization(catalog, partner, labels) for partner in catalog.all("partner")]


CSV_COLUMNS = ["id", "Naam", "Andere namen", "Soort", "Omschrijving", "Thema's", "Leeftijd vanaf",
               "Leeftijd tot en met", "Werkgebied", "Hoe de school hen bereikt", "Toestemming van ouders",
               "Toelichting toegang", "Kosten", "Website", "Telefoon",
               "Geen telefoonnummer", "E-mail", "Bronnen", "Laatst gecontroleerd",
               "Niet bevestigd"]


def csv_row(catalog: Catalog, partner: dict[str, Any], labels: dict[str, dict[str, str]]) -> list[str]:
    """One partner as a CSV row: Dutch labels, lists joined with '; '."""
    access, contact, audience = partner["access"], partner["contact"], partner.get("audience") or {}
    values = [
        partner["id"], partner["name"], CSV_LIST.join(partner.get("aliases", [])),
        labels["kind"].get(partner["kind"], partner["kind"]), partner["description"],
        CSV_LIST.join(labels["theme"].get(t, t) for t in partner["themes"]),
        audience.get("min_age", ""), audience.get("max_age", ""),
        CSV_LIST.join(_area_name(catalog, a) for a in partner["areas"]),
        CSV_LIST.join(labels["route"].get(r, r) for r in access["routes"]),
        labels["consent"].get(access["consent"], access["consent"]), access.get("notes", ""),
        partner.get("costs", ""), contact["website"], contact.get("phone", ""), contact.get("no_phone", ""),
        contact.get("email", ""),
        CSV_LIST.join(s["url"] for s in partner.get("sources") or []), partner["last_verified"],
        "\n".join(doubt_lines(partner)),  # sentences may hold "; ", so one per line
    ]
    return [_cell(value) for value in values]


def _cell(value: Any) -> str:
    """Text as Excel should show it: a leading = + - @ would start a formula, so it gets a ' before it."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_text(catalog: Catalog, schemas: Schemas | None = None) -> str:
    """The whole sociale kaart as CSV text (without the byte order mark)."""
    labels = (schemas or default_schemas()).partner_labels()
    return _csv_table(csv_row(catalog, partner, labels) for partner in catalog.all("partner"))


def _csv_table(rows: Iterable[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    return buffer.getvalue()


def partner_lines(catalog: Catalog, partner_id: str, labels: dict[str, dict[str, str]]) -> tuple[str, list[str]]:
    """One partner as its line of the HSDS file (an organization as JSON) and its row of the CSV table."""
    partner = catalog.get("partner", partner_id) or {}
    return json.dumps(organization(catalog, partner, labels), ensure_ascii=False), csv_row(catalog, partner, labels)


def write_exports(catalog: Catalog, out: Path, cache: PageCache | None = None) -> list[Path]:
    """Write export/hsds/organizations.json and export/sociale-kaart.csv under `out`; return both paths. With a
    `cache` (`mkdocs serve --dirty`), a partner whose reads did not change is not written out again
    (render/reuse.py)."""
    labels = default_schemas().partner_labels()
    ids = [partner["id"] for partner in catalog.all("partner")]
    if cache is None:
        made = [partner_lines(catalog, id_, labels) for id_ in ids]
    else:
        prints, settings = Fingerprints(catalog), digest(repr(sorted(labels.items())))
        made = [cache.page(catalog, prints, settings, f"export:{id_}", ("get", "partner", id_),
                           lambda seen, id_=id_: partner_lines(seen, id_, labels)) for id_ in ids]
    folder = out / "export"
    (folder / "hsds").mkdir(parents=True, exist_ok=True)
    hsds_path, csv_path = folder / "hsds" / "organizations.json", folder / "sociale-kaart.csv"
    # One organization per line: readable and diff-friendly, and without indent json uses its fast C encoder.
    lines = ",\n".join(line for line, _ in made)
    hsds_path.write_text(f"[\n{lines}\n]\n" if lines else "[]\n", encoding="utf-8")
    csv_path.write_text(_csv_table(row for _, row in made), encoding="utf-8-sig", newline="")
    return [hsds_path, csv_path]
