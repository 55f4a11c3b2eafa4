"""Sources from aggregator sites or bare IP addresses are refused, located at the URL."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from wegwijzer.catalog import build_catalog
from wegwijzer.rules.addresses import host_of


def set_source(path: Path, url: str) -> int:
    """Give the record one more source at `url`; return the line its url is written on."""
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    data["sources"].append({"url": url, "title": "Kopie", "kind": "secundair", "accessed": "2026-11-01"})
    path.write_text("# yaml-language-server: $schema=../../schemas/partner.schema.json\n"
                    + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if url in line)


@pytest.mark.parametrize("url", ["https://docplayer.nl/108160094-verslag.html", "https://5dok.net/document/x.html",
                                 "https://fdocuments.nl/document/x.html", "http://40.68.230.108/nieuws",
                                 "https://www.adoc.pub/x.html"])
def test_copies_and_ip_addresses_are_refused_where_they_stand(dataset: Path, url: str) -> None:
    path = dataset / "partners" / "testpartner-03.yaml"
    line = set_source(path, url)
    problems = [p for p in build_catalog(dataset).problems if p.is_error]
    assert [(Path(p.file).name, p.line, p.field) for p in problems] == [("testpartner-03.yaml", line,
                                                                         "sources[1].url")]
    assert "geen bron" in problems[0].message and "organisatie zelf" in problems[0].hint


def test_an_ordinary_source_passes(dataset: Path) -> None:
    set_source(dataset / "partners" / "testpartner-03.yaml", "https://www.rijksoverheid.nl/onderwerpen/leerplicht")
    assert not [p for p in build_catalog(dataset).problems if p.is_error]


def test_host_of() -> None:
    assert host_of("https://WWW.Docplayer.nl/x") == "docplayer.nl"
    assert host_of("http://[::1]/x") == "::1"
    assert host_of("not a url") == ""
