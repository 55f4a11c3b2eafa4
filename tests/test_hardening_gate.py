"""Issue 24, one case per defect: each bad data folder, built in tmp_path, gives a located Dutch problem, and the
check changes no data file. Templates, escaped control characters, numbers and addresses YAML disguises, dates,
missing kind folders and the summary line."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import sys
from pathlib import Path

import pytest
from support import ROOT, run, validate

from wegwijzer.catalog import build_catalog
from wegwijzer.devtools.synth import write_dataset

TODAY = dt.date.today()
PARTNER = "partners/testpartner-01.yaml"
TEMPLATE = "profiles/_sjabloon.yaml"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = write_dataset(12, tmp_path / "data")
    for kind in ("roles", "competencies"):  # what the profile template refers to
        shutil.copytree(ROOT / "data" / kind, folder / kind)
    (folder / "profiles").mkdir()
    shutil.copy(ROOT / "data" / TEMPLATE, folder / TEMPLATE)
    return folder


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def problems(folder: Path, errors_only: bool = True) -> list[tuple[str, int, int, str, str, str, str]]:
    """Every problem of the data check (file relative to the data folder); the files stay unchanged."""
    before = snapshot(folder)
    found = build_catalog(folder).problems
    assert snapshot(folder) == before
    return [(os.path.relpath(p.file, folder.resolve()), p.line, p.column, p.field, p.message, p.hint, p.severity)
            for p in found if p.is_error or not errors_only]


def replace(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(folder: Path, name: str, needle: str) -> int:
    return next(n for n, line in enumerate((folder / name).read_text(encoding="utf-8").split("\n"), 1)
                if needle in line)


def test_the_fixture_with_the_real_template_is_clean(data: Path) -> None:
    assert problems(data) == []


# 1. The profile template is checked with the rules of a profile.

def test_a_template_saved_as_latin_1_is_located(data: Path) -> None:
    path = data / TEMPLATE
    path.write_bytes(path.read_text(encoding="utf-8").replace("Naam van uw", "Naam van één").encode("latin-1"))
    [problem] = problems(data)
    assert problem[:4] == (TEMPLATE, line_of_bytes(path, "Naam van"), 24, "")
    assert "geen UTF-8" in problem[4]


def line_of_bytes(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_bytes().split(b"\n"), 1) if needle.encode() in line)


@pytest.mark.parametrize(("old", "new", "field", "message"), [
    ("result_areas:\n", "result_areas: geen\nxresult_areas:\n", "result_areas", "hier hoort een lijst"),
    ("title: Functietitel", "titel: Functietitel", "title", "het verplichte veld 'title' ontbreekt"),
    ("role: zorgregisseur", "role: zorgregiseur", "result_areas[0].role", "er is geen rol met id 'zorgregiseur'"),
    ("organisation:", "organistion:", "organistion", "onbekend veld 'organistion'"),
])
def test_a_broken_template_is_an_error_where_it_stands(data: Path, old: str, new: str, field: str,
                                                       message: str) -> None:
    replace(data, TEMPLATE, old, new)
    found = [p for p in problems(data) if p[3] == field]
    assert found and found[0][0] == TEMPLATE and found[0][4].startswith(message), problems(data)
    assert found[0][1] > 1 and found[0][5]


def test_a_yaml_error_in_the_template_fails_validate_and_build(data: Path, tmp_path: Path) -> None:
    replace(data, TEMPLATE, "title: Functietitel", "title: 'Functietitel")
    checked = validate(data)
    assert checked.returncode == 1 and f"{TEMPLATE}:" in checked.stderr.replace(str(data.resolve()) + "/", "")
    assert "In orde" not in checked.stderr and "Niet gelezen" not in checked.stderr


def test_a_profile_with_the_reserved_id_sjabloon_is_located(data: Path) -> None:
    text = (data / TEMPLATE).read_text(encoding="utf-8").replace("id: naam-van-uw-profiel", "id: sjabloon")
    (data / "profiles" / "sjabloon.yaml").write_text(text, encoding="utf-8")
    found = [p for p in problems(data) if p[0] == "profiles/sjabloon.yaml"]
    assert found == [("profiles/sjabloon.yaml", line_of(data, "profiles/sjabloon.yaml", "id: sjabloon"), 5, "id",
                      "het id 'sjabloon' is gereserveerd: de site maakt zelf de pagina profielen/sjabloon/",
                      "Kies een ander id (en bestandsnaam), bijvoorbeeld sjabloon-profile.", "error")]


# 7. The summary line, and one error for a missing or linked kind folder.

def test_the_summary_names_the_checked_template(data: Path) -> None:
    result = validate(data)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        f"In orde: 28 records, en 1 sjabloon ({(data / 'profiles').resolve().as_posix()}/_sjabloon.yaml) in "
        f"{data} gecontroleerd.")


def test_after_a_failed_check_the_summary_reads_correctly(data: Path) -> None:
    replace(data, PARTNER, "name: Testpartner 01 (fictief)", "name: [")
    result = validate(data)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("1 fout(en) en") and "sjabloon" not in result.stderr.split("gevonden.")[-1]


def test_a_missing_regions_folder_is_one_error_naming_it(data: Path) -> None:
    shutil.rmtree(data / "regions")
    shown = (data / "regions").resolve().as_posix()
    [problem] = problems(data)
    assert problem[:4] == (shown.removeprefix(str(data.resolve()) + "/"), 1, 1, "")
    assert problem[4].startswith(f"de map {shown}/ ontbreekt of is niet te lezen, maar ")


def test_a_linked_regions_folder_is_one_error(data: Path, tmp_path: Path) -> None:
    shutil.move(data / "regions", tmp_path / "elders")
    (data / "regions").symlink_to(tmp_path / "elders")
    [problem] = problems(data)
    assert problem[:4] == ("regions", 1, 1, "") and "symbolische link" in problem[4]


def test_a_type_error_tip_says_de_waarde(data: Path) -> None:
    replace(data, PARTNER, "costs: Gratis (fictief)", "costs: 12")
    [problem] = problems(data)
    assert problem[5] == 'Zet de waarde tussen aanhalingstekens, dus "12".'


# 2. Escaped control characters, noncharacters and separators, on the text as read.

@pytest.mark.parametrize(("escape", "code"), [
    ("\\x7f", "U+007F (wisteken (DEL))"), ("\\x9b", "U+009B (stuurteken)"), ("\\0", "U+0000 (nulteken)"),
    ("\\x01", "U+0001 (stuurteken)"), ("\\e[31m", "U+001B (escapeteken (kleurcode))"),
    ("\\uFFFE", "U+FFFE (geen teken (noncharacter))"), ("\\uFFFF", "U+FFFF (geen teken (noncharacter))"),
    ("\\u2028", "U+2028 (regelscheiding)"), ("\\N", "U+0085 (volgende regel (NEL))"),
])
def test_an_escaped_control_in_a_name_is_an_error(data: Path, escape: str, code: str) -> None:
    replace(data, PARTNER, "name: Testpartner 01 (fictief)", f'name: "De Kinder{escape}telefoon"')
    assert problems(data) == [(PARTNER, 4, 7, "name", f"deze tekst bevat een onzichtbaar teken {code} dat niet in "
                               "een tekst hoort", "Haal het teken weg en typ de tekst op die plek opnieuw. (Tussen "
                               "dubbele aanhalingstekens schrijft een code met \\, zoals \\x7f of \\e, ook zo'n "
                               "teken.)", "error")]


def test_an_escaped_control_in_free_text_is_an_error_and_a_separator_a_warning(data: Path) -> None:
    replace(data, PARTNER, "description: Fictieve", 'description: "\\e[31mFictieve\\u2029"\nx_description: Fictieve')
    replace(data, PARTNER, "x_description: Fictieve organisatie nummer 1 voor tests en metingen. Bestaat niet.\n", "")
    replace(data, PARTNER, "costs: Gratis (fictief)", 'costs: "Gratis\\u2028(fictief)"')
    found = [p for p in problems(data, errors_only=False) if "onzichtbaar" in p[4]]
    assert [(p[1], p[3], p[4].split(" dat ")[0], p[6]) for p in found] == [
        (8, "description", "deze tekst bevat een onzichtbaar teken U+001B (escapeteken (kleurcode))", "error"),
        (line_of(data, PARTNER, "costs:"), "costs", "deze tekst bevat een onzichtbaar teken U+2028 "
         "(regelscheiding)", "warning")]


@pytest.mark.parametrize("char", ["\u2028", "\x85"])
def test_a_raw_separator_is_named_at_its_real_line(data: Path, char: str) -> None:
    replace(data, PARTNER, "kind: wijkteam", f"kind: wijkteam\nnotes: een{char}twee")
    replace(data, PARTNER, "notes: ", "costs_note: ")
    code = "U+2028 (regelscheiding)" if char == "\u2028" else "U+0085 (volgende regel (NEL))"
    assert problems(data) == [(PARTNER, 8, 16, "", f"het bestand bevat een onzichtbaar teken {code}; YAML leest het "
                               "als het einde van een regel, je editor en GitHub niet", "Haal het teken weg (het komt "
                               "vaak mee bij kopiëren uit Word of een pdf) en typ de tekst op die plek opnieuw.",
                               "error")]


def test_a_quoted_raw_separator_does_not_shift_the_lines_below(data: Path) -> None:
    replace(data, PARTNER, "description: Fictieve", 'description: "Een\u2028twee"\nx: Fictieve')
    replace(data, PARTNER, "costs: Gratis (fictief)", "costs: 12")
    found = {p[3]: p[1:3] for p in problems(data, errors_only=False)}
    assert found["costs"] == (line_of(data, PARTNER, "costs: 12"), 8)
    assert found["x"] == (9, 1)  # the unknown field, on the line git shows


def test_file_names_are_printed_escaped(data: Path) -> None:
    name = "weg\x1b[2J\nhier.yaml"
    shutil.copy(data / PARTNER, data / "partners" / name)
    for extra in ((), ("--annotations",)):
        result = validate(data, *extra)
        output = result.stdout + result.stderr
        assert result.returncode == 1 and "\x1b" not in output
        assert "weg\\u001b[2J\\u000ahier.yaml" in output
        line = next(line for line in output.splitlines() if "weg\\u001b" in line)
        assert re.search(r"hier\.yaml:\d+:\d+: " if not extra else r"hier\.yaml,line=\d+,col=\d+,", line)


# 3. Whole numbers written as YAML disguises them.

@pytest.mark.parametrize(("raw", "message", "hint"), [
    ("012", "'012' is geen gewoon heel getal: YAML leest het als een octaal getal, omdat het met een 0 begint (10)",
     "Schrijf het getal met alleen cijfers, zonder nul vooraan, dus 12."),
    ("0x8", "'0x8' is geen gewoon heel getal: YAML leest het als een hexadecimaal getal (0x…) (8)",
     "Schrijf het getal met alleen cijfers, zonder nul vooraan, dus 8."),
    ("1_8", "'1_8' is geen gewoon heel getal: YAML leest het als één getal zonder de liggende streepjes (18)",
     "Schrijf het getal met alleen cijfers, zonder nul vooraan, dus 18."),
    ("8.0", "hier hoort een heel getal, maar er staat 8.0 (een kommagetal)",
     "Schrijf het getal zonder punt en decimalen, dus 8."),
    ("08", "hier hoort een heel getal (Tot en met leeftijd), maar er staat 08: een getal met een nul vooraan",
     "Een getal met een nul vooraan leest YAML niet als getal (en 010 als 8, octaal): schrijf het zonder nul "
     "vooraan, dus 8."),
])
def test_ages_must_be_plain_decimal_integers(data: Path, raw: str, message: str, hint: str) -> None:
    replace(data, PARTNER, "max_age: 12", f"max_age: {raw}")
    assert problems(data) == [(PARTNER, 14, 12, "audience.max_age", message, hint, "error")]


# 4. A floor for dates.

@pytest.mark.parametrize("date", ["0000-01-01", "1999-12-31"])
def test_dates_before_2000_are_errors_and_stale_says_why(data: Path, date: str) -> None:
    replace(data, PARTNER, f"accessed: '{TODAY}'", f"accessed: '{date}'")
    replace(data, PARTNER, f"last_verified: '{TODAY}'", f"last_verified: '{date}'")
    found = [p for p in problems(data) if "vóór 2000" in p[4]]
    assert [(p[1], p[2], p[3], p[4]) for p in found] == [
        (29, 13, "sources[0].accessed", f"gelezen op {date}: dat is vóór 2000 en kan niet kloppen"),
        (30, 16, "last_verified", f"laatst gecontroleerd op {date}: dat is vóór 2000 en kan niet kloppen")]
    stale = run([sys.executable, "-m", "wegwijzer", "--data", str(data), "stale"])
    assert stale.returncode == 1 and f"last_verified: laatst gecontroleerd op {date}: dat is vóór 2000" in stale.stderr


# 5. One rule for web and e-mail addresses.

URL_CASES = [
    ("http://localhost/", "dit webadres wijst naar localhost: je eigen computer of een intern netwerk"),
    ("http://localhost:8000/admin", "dit webadres wijst naar localhost"),
    ("http://127.0.0.1:8000/admin", "dit webadres wijst naar je eigen computer of een intern netwerk (127.0.0.1"),
    ("https://0x7f000001/", "dit webadres wijst naar je eigen computer of een intern netwerk (0x7f000001 is het "
     "IP-adres 127.0.0.1)"),
    ("https://2130706433/", "(2130706433 is het IP-adres 127.0.0.1)"),
    ("https://127.1/", "(127.1 is het IP-adres 127.0.0.1)"),
    ("https://0177.0.0.1/", "(0177.0.0.1 is het IP-adres 127.0.0.1)"),
    ("https://192.168.1.10/", "(192.168.1.10 is het IP-adres 192.168.1.10)"),
    ("https://[fe80::1]/", "je eigen computer of een intern netwerk (fe80::1"),
    ("https://intranet/", "'intranet' is geen openbare hostnaam"),
    ("https://admin:wachtwoord@example.org/", "dit webadres bevat een gebruikersnaam of wachtwoord"),
    ('https://example.org/"><script>', "dit webadres bevat het teken \", dat niet in een webadres hoort"),
]


@pytest.mark.parametrize(("url", "message"), URL_CASES)
@pytest.mark.parametrize("field", ["contact.website", "sources[0].url"])
def test_web_addresses_follow_one_rule(data: Path, url: str, message: str, field: str) -> None:
    old = "website: https://example.org/testpartner/1" if field == "contact.website" else \
        "- url: https://example.org/fictief/1"
    replace(data, PARTNER, old, old.split("https")[0] + f"'{url}'")
    [problem] = problems(data)
    assert problem[:4] == (PARTNER, 24 if field == "contact.website" else 26, 12 if field == "contact.website" else 8,
                           field)
    assert message in problem[4] and "moet beginnen met https://" not in problem[5], problem


def test_an_email_with_a_query_is_an_error(data: Path) -> None:
    replace(data, PARTNER, "  website: https://example.org/testpartner/1",
            "  website: https://example.org/testpartner/1\n  email: info@example.org?subject=a&body=b")
    assert problems(data) == [(PARTNER, 25, 10, "contact.email", "dit e-mailadres bevat meer dan een adres (het "
                               "teken ? en wat erna komt) (E-mail)", "Zet alleen het adres zelf, dus "
                               "info@example.org, zonder ?onderwerp of andere toevoegingen.", "error")]


def test_plain_http_is_a_warning(data: Path) -> None:
    replace(data, PARTNER, "website: https://example.org", "website: http://example.org")
    [problem] = [p for p in problems(data, errors_only=False) if p[3] == "contact.website"]
    assert problem[1:4] == (24, 12, "contact.website") and problem[6] == "warning"
    assert problem[5] == "Probeer https://example.org/testpartner/1; werkt dat, zet dan dat adres hier."


def test_an_unknown_field_with_a_terminal_escape_is_printed_escaped(data: Path) -> None:
    replace(data, PARTNER, "costs: Gratis (fictief)", '"co\\e[2Jsts": Gratis (fictief)')
    for extra in ((), ("--annotations",)):
        result = validate(data, *extra)
        output = result.stdout + result.stderr
        assert result.returncode == 1 and "\x1b" not in output and "co\\u001b[2Jsts" in output
