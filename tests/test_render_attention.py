"""What to check next: `make stale` and /sociale-kaart/te-controleren/ list exactly the old partners.

A partner without any source no longer passes the data check (issue 14), so it never reaches the page or `make
stale`; the listing still names the reason when asked directly."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest
import yaml
from support import build, run

from wegwijzer.catalog import build_catalog
from wegwijzer.render.attention import stale_partners
from wegwijzer.synth import write_dataset

TODAY = dt.date.today()
OLD = {"testpartner-02": 400, "testpartner-07": 800, "testpartner-11": 366}
NOT_YET = {"testpartner-03": 365, "testpartner-04": 30}
NO_SOURCE = "testpartner-05"
EXPECTED = set(OLD)


def rewrite(path: Path, change) -> None:  # noqa: ANN001
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    header = "# yaml-language-server: $schema=../../schemas/partner.schema.json\n"
    path.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="module")
def aging(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Synthetic data in which some partners were checked long ago."""
    folder = write_dataset(12, tmp_path_factory.mktemp("aging") / "data")
    for partner_id, days in {**OLD, **NOT_YET}.items():
        date = (TODAY - dt.timedelta(days=days)).isoformat()
        rewrite(folder / "partners" / f"{partner_id}.yaml", lambda data, d=date: data.update(last_verified=d))
    return folder


def test_a_partner_without_a_source_is_an_error_and_listed_as_geen_bron(tmp_path: Path) -> None:
    folder = write_dataset(12, tmp_path / "data")
    rewrite(folder / "partners" / f"{NO_SOURCE}.yaml", lambda data: data.pop("sources"))
    catalog = build_catalog(folder)
    assert [(Path(p.file).stem, p.field) for p in catalog.problems if p.is_error] == [(NO_SOURCE, "sources")]
    assert {partner["id"]: reasons for partner, reasons in stale_partners(catalog)} == {NO_SOURCE: ["geen bron"]}


def test_stale_partners_are_exactly_the_old_ones(aging: Path) -> None:
    rows = stale_partners(build_catalog(aging))
    assert {partner["id"] for partner, _ in rows} == EXPECTED
    reasons = {partner["id"]: reasons for partner, reasons in rows}
    assert all(reason[0].startswith("laatst gecontroleerd op ") for pid, reason in reasons.items() if pid in OLD)
    assert [p["id"] for p, _ in rows][:3] == sorted(OLD, key=lambda pid: -OLD[pid])


def test_make_stale_prints_the_same_list(aging: Path) -> None:
    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^stale:.*\n\t\$\(PY\) -m wegwijzer stale$", makefile, re.M)
    result = run([sys.executable, "-m", "wegwijzer", "stale"], data=aging)
    assert result.returncode == 0, result.stderr
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert {Path(path).stem for path, _, _ in lines} == EXPECTED
    assert all(Path(path).is_file() for path, _, _ in lines)
    assert f"{len(EXPECTED)} partner(s) te controleren." in result.stderr


@pytest.mark.build
def test_page_lists_the_same_partners(aging: Path, tmp_path: Path) -> None:
    result = build(tmp_path / "site", data=aging)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "sociale-kaart" / "te-controleren" / "index.html").read_text(encoding="utf-8")
    table = re.search(r'<table class="ww-stale">.*?</table>', html, re.S)
    assert table
    linked = re.findall(r'<tr><td><a href="\.\./\.\./sociale-kaart/([^/"]+)/">', table[0])
    assert sorted(linked) == sorted(EXPECTED)
    for partner_id in linked:
        assert (tmp_path / "site" / "sociale-kaart" / partner_id / "index.html").exists()
