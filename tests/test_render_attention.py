"""What to check next: `make stale` and /sociale-kaart/te-controleren/ list the partners with old or weak checks."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from support import build, run

from wegwijzer.catalog import build_catalog
from wegwijzer.devtools.synth import write_dataset
from wegwijzer.render.attention import confirm_mail, stale_groups, stale_partners, stale_table

TODAY = dt.date.today()
OLD = {"testpartner-02": 400, "testpartner-07": 800, "testpartner-11": 366}
NOT_YET = {"testpartner-03": 365, "testpartner-04": 30}
SECONDARY_ONLY = "testpartner-06"
OLD_PRIMARY = "testpartner-08"  # its only primary source was read 400 days ago
UNCONFIRMED = "testpartner-09"
EXPECTED = set(OLD) | {SECONDARY_ONLY, OLD_PRIMARY, UNCONFIRMED}


def rewrite(path: Path, change) -> None:  # noqa: ANN001
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    header = "# yaml-language-server: $schema=../../schemas/partner.schema.json\n"
    path.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="module")
def aging(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Synthetic data in which some partners were checked long ago or rest on weak or old sources."""
    folder = write_dataset(12, tmp_path_factory.mktemp("aging") / "data")
    for partner_id, days in {**OLD, **NOT_YET}.items():
        date = (TODAY - dt.timedelta(days=days)).isoformat()
        rewrite(folder / "partners" / f"{partner_id}.yaml", lambda data, d=date: data.update(last_verified=d))
    rewrite(folder / "partners" / f"{SECONDARY_ONLY}.yaml",
            lambda data: data["sources"][0].update(kind="secundair"))
    read = (TODAY - dt.timedelta(days=400)).isoformat()
    rewrite(folder / "partners" / f"{OLD_PRIMARY}.yaml",
            lambda data: (data["sources"][0].update(accessed=read), data.update(last_verified=read)))
    rewrite(folder / "partners" / f"{UNCONFIRMED}.yaml",
            lambda data: data.update(unconfirmed=["Het telefoonnummer staat niet op de eigen website."]))
    return folder


def test_stale_partners_are_exactly_the_old_and_unsourced_ones(aging: Path) -> None:
    rows = stale_partners(build_catalog(aging))
    assert {partner["id"] for partner, _ in rows} == EXPECTED
    reasons = {partner["id"]: reasons for partner, reasons in rows}
    assert reasons[SECONDARY_ONLY] == ["alleen secundaire bronnen, geen eigen pagina of overheidspagina"]
    assert reasons[OLD_PRIMARY][1].startswith("primaire bron het laatst gelezen op ")
    assert reasons[UNCONFIRMED] == ["niet bevestigd: Het telefoonnummer staat niet op de eigen website."]
    assert all(reason[0].startswith("laatst gecontroleerd op ") for pid, reason in reasons.items() if pid in OLD)
    dates = [p["last_verified"] for p, _ in rows]
    assert dates == sorted(dates) and rows[0][0]["id"] == "testpartner-07"  # oldest check first


@pytest.mark.build
def test_unconfirmed_facts_show_calmly_below_the_facts_on_the_partner_page(aging: Path, tmp_path: Path) -> None:
    result = build(tmp_path / "site", data=aging)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "sociale-kaart" / UNCONFIRMED / "index.html").read_text(encoding="utf-8")
    note = re.search(r'<section class="ww-doubts" data-pagefind-ignore="all">.*?</section>', html, re.S)
    assert note and "Het telefoonnummer staat niet op de eigen website." in note[0]
    assert html.index("ww-contact-first") < html.index("ww-fields") < note.start()
    assert "admonition" not in html[:note.start()], "a warning box on an up-to-date partner"
    other = (tmp_path / "site" / "sociale-kaart" / "testpartner-04" / "index.html").read_text(encoding="utf-8")
    assert "ww-doubts" not in other


def test_make_stale_prints_the_same_list(aging: Path) -> None:
    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^stale:.*\n\t\$\(PY\) -m wegwijzer stale$", makefile, re.M)
    result = run([sys.executable, "-m", "wegwijzer", "stale"], data=aging)
    assert result.returncode == 0, result.stderr
    lines = [line.split("\t") for line in result.stdout.splitlines() if not line.startswith("# ")]
    assert {Path(path).stem for path, _, _ in lines} == EXPECTED
    headers = [line.removeprefix("# ") for line in result.stdout.splitlines() if line.startswith("# ")]
    assert [h.split(" (")[0] for h in headers] == [group.name for group in stale_groups(build_catalog(aging))]
    assert all(Path(path).is_file() for path, _, _ in lines)
    assert f"{len(EXPECTED)} record(s) te controleren." in result.stderr


@pytest.mark.build
def test_page_lists_the_same_partners(aging: Path, tmp_path: Path) -> None:
    result = build(tmp_path / "site", data=aging)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "sociale-kaart" / "te-controleren" / "index.html").read_text(encoding="utf-8")
    table = re.search(r'<table class="ww-stale">.*?</table>', html, re.S)
    assert table
    linked = re.findall(r'<tr><td><a href="\.\./\.\./sociale-kaart/([^/"]+)/">', table[0])
    assert sorted(linked) == sorted(EXPECTED)
    assert "alleen secundaire bronnen" in table[0]
    for partner_id in linked:
        assert (tmp_path / "site" / "sociale-kaart" / partner_id / "index.html").exists()


def test_work_is_grouped_per_organisation_with_a_prefilled_request_to_confirm(aging: Path) -> None:
    """Partners sharing a website host are one organisation; the e-mail goes to its own public address."""
    for partner_id in ("testpartner-02", "testpartner-07"):
        rewrite(aging / "partners" / f"{partner_id}.yaml", lambda data: data["contact"].update(
            website=f"https://www.gemeente-fictief.example.org/{data['id']}"))
    rewrite(aging / "partners" / "testpartner-07.yaml",
            lambda data: data["contact"].update(email="info@gemeente-fictief.example.org"))
    catalog = build_catalog(aging)
    groups = stale_groups(catalog)
    shared = next(g for g in groups if g.host == "gemeente-fictief.example.org")
    assert {data["id"] for _, data, _ in shared.rows} == {"testpartner-02", "testpartner-07"}
    assert shared.email == "info@gemeente-fictief.example.org" and shared.name == shared.host
    assert sum(len(g.rows) for g in groups) == len(EXPECTED)
    href = confirm_mail(shared, "https://wegwijzer.example.org/")
    parts = urlsplit(href)
    assert parts.scheme == "mailto" and parts.path == "info@gemeente-fictief.example.org"
    body = parse_qs(parts.query)["body"][0]
    assert "Pagina: https://wegwijzer.example.org/sociale-kaart/testpartner-02/" in body
    assert "Website: https://www.gemeente-fictief.example.org/testpartner-07" in body
    lone = next(g for g in groups if any(data["id"] == UNCONFIRMED for _, data, _ in g.rows))
    lone_body = parse_qs(urlsplit(confirm_mail(lone)).query)["body"][0]
    assert "Niet bevestigd: Het telefoonnummer staat niet op de eigen website." in lone_body
    assert confirm_mail(lone).startswith("mailto:?subject=")  # no address: the maintainer fills it in
    html = stale_table(catalog)
    section = re.search(r'<section class="ww-organisation"><h2[^>]*>gemeente-fictief\.example\.org</h2>.*?</section>',
                        html, re.S)
    assert section and 'href="mailto:info@gemeente-fictief.example.org?subject=' in section[0]
    assert section[0].count("<tr>") == 3  # header and the two partners
