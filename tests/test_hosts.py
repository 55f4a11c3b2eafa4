"""The validator warns when a partner links only the home page of a site with many services."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support import validate

from wegwijzer.catalog import build_catalog
from wegwijzer.rules.addresses import home_page_host

HOST = ("# yaml-language-server: $schema=../../schemas/generic-host.schema.json\nid: gemeente-fictief\n"
        "host: www.fictief.example.nl\nname: Gemeente Fictief\n")


@pytest.mark.parametrize(("url", "host"), [
    ("https://www.fictief.example.nl", "fictief.example.nl"),
    ("https://fictief.example.nl/", "fictief.example.nl"),
    ("https://www.fictief.example.nl/nl/", "fictief.example.nl"),
    ("https://WWW.Fictief.example.nl/home", "fictief.example.nl"),
    ("https://www.fictief.example.nl/leerplicht", None),
    ("https://www.fictief.example.nl/?zoek=leerplicht", None),
    ("geen adres", None),
    (None, None),
])
def test_home_page_host(url: object, host: str | None) -> None:
    assert home_page_host(url) == host


def _set_website(dataset: Path, partner: str, url: str) -> int:
    path = dataset / "partners" / f"{partner}.yaml"
    lines = path.read_text().splitlines()
    index = next(i for i, line in enumerate(lines) if line.strip().startswith("website:"))
    lines[index] = re.sub(r"website:.*", f"website: {url}", lines[index])
    path.write_text("\n".join(lines) + "\n")
    return index + 1


def test_a_home_page_of_a_generic_host_gets_a_located_dutch_warning(dataset: Path) -> None:
    (dataset / "generic-hosts").mkdir()
    (dataset / "generic-hosts" / "gemeente-fictief.yaml").write_text(HOST)
    line = _set_website(dataset, "testpartner-01", "https://fictief.example.nl/")
    _set_website(dataset, "testpartner-02", "https://www.fictief.example.nl/onderwijs/leerplicht/")
    catalog = build_catalog(dataset)
    found = [p for p in catalog.problems if p.field == "contact.website"]
    assert len(found) == 1 and catalog.ok
    problem = found[0]
    assert problem.file.endswith("partners/testpartner-01.yaml") and problem.line == line
    assert not problem.is_error
    assert "voorpagina van de website van Gemeente Fictief" in problem.message
    assert "pagina van deze dienst zelf" in problem.hint
    result = validate(dataset)
    assert result.returncode == 0
    assert f"testpartner-01.yaml:{line}:" in result.stdout + result.stderr


def test_without_the_list_there_is_no_warning(dataset: Path) -> None:
    _set_website(dataset, "testpartner-01", "https://fictief.example.nl/")
    assert not [p for p in build_catalog(dataset).problems if p.field == "contact.website"]


def test_the_real_list_is_valid_and_only_warns() -> None:
    catalog = build_catalog(Path(__file__).resolve().parent.parent / "data")
    assert catalog.ok and len(catalog.all("generic-host")) >= 5
    for problem in catalog.problems:
        if problem.field == "contact.website":
            assert not problem.is_error and problem.file.startswith("data/partners/")
