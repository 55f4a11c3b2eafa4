"""Issue 15, one case per defect: each bad data folder, built in tmp_path, gives exactly one located Dutch problem
(nothing dropped silently, nothing crashes), and no data file is ever rewritten by the check."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from support import ROOT, build, validate

from wegwijzer.catalog import build_catalog
from wegwijzer.devtools.synth import write_dataset
from wegwijzer.domain import KIND_OF_FOLDER

TODAY = dt.date.today()
PARTNER = "partners/testpartner-01.yaml"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return write_dataset(12, tmp_path / "data")


def snapshot(folder: Path) -> dict[str, str]:
    """Every entry under the folder with a hash of its bytes (links by their target), to prove nothing changed."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            found[str(path)] = "-> " + os.readlink(path)
        elif path.is_file():
            found[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def problems(folder: Path) -> list[tuple[str, int, int, str, str, str, str]]:
    """Every problem of the data check, with file names relative to the data folder; the files stay unchanged."""
    before = snapshot(folder)
    found = build_catalog(folder).problems
    assert snapshot(folder) == before
    return [(os.path.relpath(p.file, folder.resolve()), p.line, p.column, p.field, p.message, p.hint, p.severity)
            for p in found]


def replace(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_fixture_is_clean(data: Path) -> None:
    assert problems(data) == []


# 1. Valid records silently dropped: subfolders, a misspelt kind folder, dotted names, other extensions.

def test_a_file_in_a_subfolder_is_an_error(data: Path) -> None:
    (data / "partners" / "amsterdam").mkdir()
    shutil.copy(data / PARTNER, data / "partners" / "amsterdam" / "x.yaml")
    shown = (data / "partners").resolve().as_posix()
    assert problems(data) == [
        ("partners/amsterdam", 1, 1, "",
         "submappen worden niet gelezen; de bestanden in deze map komen niet op de site",
         f"Zet elk bestand direct in {shown}/. (Een / in een bestandsnaam maakt op GitHub een submap.)", "error")]


def test_a_misspelt_kind_folder_is_an_error_with_the_right_name(data: Path) -> None:
    (data / "partner").mkdir()
    shutil.copy(data / PARTNER, data / "partner" / "testpartner-99.yaml")
    assert problems(data) == [
        ("partner", 1, 1, "", "onbekende map in de data; de bestanden erin worden niet gelezen",
         "Bedoel je data/partners/? Bekende mappen: " + ", ".join(sorted(KIND_OF_FOLDER)) + ".", "error")]


@pytest.mark.parametrize("name", [".testpartner-99.yaml", "testpartner.99.yaml", "testpartner-99.yml", "notities.txt"])
def test_dotted_names_and_other_extensions_are_errors(data: Path, name: str) -> None:
    shutil.copy(data / PARTNER, data / "partners" / name)
    [problem] = problems(data)
    assert problem[:4] == (f"partners/{name}", 1, 1, "") and problem[6] == "error"
    assert problem[4] in ("een bestandsnaam die met een punt begint, wordt niet gelezen",
                          "dit bestand wordt niet gelezen")


def test_a_file_outside_the_kind_folders_is_an_error(data: Path) -> None:
    shutil.copy(data / PARTNER, data / "testpartner-99.yaml")
    [problem] = problems(data)
    assert problem[:5] == ("testpartner-99.yaml", 1, 1, "", "dit bestand staat niet in een map van een soort en wordt "
                           "niet gelezen")


def test_drafts_are_skipped_and_said_so_in_the_summary_line(data: Path) -> None:
    """A partner file whose name starts with _ is a draft (make new-region writes such skeletons): not read, and the
    summary says so; only the profile template, which the build publishes, is checked like a record."""
    (data / "partners" / "_concept.yaml").write_text("name: [niet af\n", encoding="utf-8")
    result = validate(data)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        f"In orde: 17 records in {data} gecontroleerd; niet gelezen (naam begint met _): "
        f"{(data / 'partners').resolve().as_posix()}/_concept.yaml.")


# 2. A route step names a partner that does not serve that step's region.

def test_a_step_partner_outside_the_steps_region_is_an_error(data: Path) -> None:
    path = data / "questions" / "testvraag-00.yaml"
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    record["steps"].append({"title": "Alleen in het zuiden", "actor": "partner", "text": "Fictief.",
                            "regions": ["fictieve-regio-zuid"], "partners": ["testpartner-01"]})
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True), encoding="utf-8")
    line = path.read_text(encoding="utf-8").splitlines().index("  - testpartner-01", 30) + 1
    assert problems(data) == [
        ("questions/testvraag-00.yaml", line, 5, "steps[3].partners[0]", "partner 'testpartner-01' werkt niet in regio "
         "'fictieve-regio-zuid', maar deze stap geldt daar wel", "Noem hier een partner die in die regio werkt (of een "
         "landelijke), of haal de regio weg uit regions van deze stap.", "error")]


# 3. Honest dates.

def test_a_future_last_verified_is_an_error(data: Path) -> None:
    replace(data, PARTNER, f"last_verified: '{TODAY}'", "last_verified: '2099-01-01'")
    assert problems(data) == [
        (PARTNER, 30, 16, "last_verified", "laatst gecontroleerd op 2099-01-01, dat is in de toekomst",
         f"Zet de datum waarop je de gegevens echt controleerde, uiterlijk vandaag ({TODAY}).", "error")]


def test_a_future_accessed_and_a_check_after_the_newest_primary_source_are_errors(data: Path) -> None:
    replace(data, PARTNER, f"accessed: '{TODAY}'", "accessed: '2099-01-01'")
    replace(data, "partners/testpartner-02.yaml", f"accessed: '{TODAY}'", "accessed: '2026-01-05'")
    assert problems(data) == [
        (PARTNER, 29, 13, "sources[0].accessed", "gelezen op 2099-01-01, dat is in de toekomst",
         f"Zet de datum waarop je de bron echt las, uiterlijk vandaag ({TODAY}).", "error"),
        ("partners/testpartner-02.yaml", 30, 16, "last_verified",
         f"laatst gecontroleerd op {TODAY}, maar de nieuwste primaire bron (eigen of overheid) is gelezen op "
         "2026-01-05", "Controleren kan alleen met een bron die je toen las: zet last_verified op 2026-01-05, of lees "
         "de bron opnieuw en zet bij die bron de nieuwe accessed.",
         "error")]


def test_only_secondary_sources_is_a_warning_and_no_source_an_error(data: Path) -> None:
    replace(data, PARTNER, "kind: eigen", "kind: secundair")
    replace(data, "partners/testpartner-02.yaml", "sources:", "bronnen_weg:")
    found = problems(data)
    assert found[0] == (PARTNER, 26, 1, "sources", "dit record heeft alleen secundaire bronnen en staat daarom op "
                        "de pagina Te controleren", "Zoek de pagina van de organisatie zelf of van de overheid en voeg "
                        "die toe met kind: eigen of kind: overheid.", "warning")
    assert [p[3:5] for p in found[1:]] == [("sources", "dit record heeft geen bron"),
                                           ("bronnen_weg", "onbekend veld 'bronnen_weg'")]


# 4. Symbolic links are never followed; a size limit holds before reading.

def test_a_symlink_to_a_yaml_file_outside_the_data_is_an_error_naming_the_link(data: Path, tmp_path: Path) -> None:
    outside = tmp_path / "buiten.yaml"
    shutil.copy(data / PARTNER, outside)
    (data / "partners" / "testpartner-99.yaml").symlink_to(outside)
    assert problems(data) == [
        ("partners/testpartner-99.yaml", 1, 1, "", f"dit is een snelkoppeling (symbolische link) naar {outside}; die "
         "wordt niet gevolgd", "Zet het bestand zelf in de map in plaats van een link ernaar.", "error")]


def test_a_symlinked_kind_folder_is_an_error(data: Path, tmp_path: Path) -> None:
    shutil.move(data / "partners", tmp_path / "elders")
    (data / "partners").symlink_to(tmp_path / "elders")
    found = problems(data)
    assert ("partners", 1, 1, "", f"dit is een snelkoppeling (symbolische link) naar {tmp_path / 'elders'}; die wordt "
            "niet gevolgd", "Zet het bestand zelf in de map in plaats van een link ernaar.", "error") in found


def test_a_file_over_the_size_limit_is_an_error(data: Path) -> None:
    replace(data, PARTNER, "description: ", "description: " + "lang " * 60_000)
    assert problems(data) == [
        (PARTNER, 1, 1, "", "het bestand is te groot (293 kB; hoogstens 256 kB)",
         "Een record past ruim in een paar kB: haal lange teksten of geplakte documenten weg, of verdeel het over "
         "meer records.", "error")]


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


@pytest.mark.parametrize(("case", "expected"), [
    ("dev-zero", "snelkoppeling (symbolische link) naar /dev/zero; die wordt niet gevolgd"),
    ("flow-10000", "de gegevens zijn hier meer dan 40 niveaus diep genest"),
    ("flow-100000", "de gegevens zijn hier meer dan 40 niveaus diep genest"),
    ("dashes-100000", "de gegevens zijn hier meer dan 40 niveaus diep genest"),
    ("indent-700", "de gegevens zijn hier meer dan 40 niveaus diep genest"),
])
def test_hostile_files_end_in_a_dutch_error_not_a_signal(data: Path, case: str, expected: str) -> None:
    target = data / "partners" / "testpartner-99.yaml"
    if case == "dev-zero":
        target.symlink_to("/dev/zero")
    elif case.startswith("flow"):
        depth = int(case.split("-")[1])
        target.write_text("id: testpartner-99\nextra: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    elif case.startswith("dashes"):
        target.write_text("- " * int(case.split("-")[1]) + "x\n", encoding="utf-8")
    else:
        target.write_text("".join(" " * i + "k:\n" for i in range(700)), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "wegwijzer", "--data", str(data), "validate"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, preexec_fn=_limited, check=False)
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    lines = [line for line in result.stderr.splitlines() if "testpartner-99.yaml" in line]
    assert len(lines) == 1 and expected in lines[0], result.stderr[-2000:]
    assert re.match(r".*testpartner-99\.yaml:\d+:\d+: \(bestand\): ", lines[0])


# 5. Deep nesting and reserved ids: the check and the build agree, and a refused build leaves site/ alone.

def test_an_id_of_a_hand_written_page_is_refused_by_the_check_and_the_build_leaves_site_alone(
        data: Path, tmp_path: Path) -> None:
    shutil.move(data / PARTNER, data / "partners" / "te-controleren.yaml")
    replace(data, "partners/te-controleren.yaml", "id: testpartner-01", "id: te-controleren")
    replace(data, "questions/testvraag-00.yaml", "- testpartner-01", "- te-controleren")
    assert problems(data) == [
        ("partners/te-controleren.yaml", 3, 5, "id", "het id 'te-controleren' is al in gebruik door de pagina "
         "docs/sociale-kaart/te-controleren", "Kies een ander id (en bestandsnaam), bijvoorbeeld te-controleren-org.",
         "error")]
    site = tmp_path / "site"
    site.mkdir()
    (site / "vorige-build.html").write_text("blijft staan", encoding="utf-8")
    result = build(site, data)
    assert result.returncode != 0
    assert "het id 'te-controleren' is al in gebruik" in result.stderr
    assert [p.name for p in site.iterdir()] == ["vorige-build.html"]


@pytest.mark.parametrize("kind_dir", ["questions", "partners"])
def test_index_is_reserved_in_every_folder_with_pages(data: Path, kind_dir: str) -> None:
    source = data / kind_dir / ("testvraag-00.yaml" if kind_dir == "questions" else "testpartner-01.yaml")
    old = source.stem
    text = source.read_text(encoding="utf-8").replace(f"id: {old}", "id: index")
    source.unlink()
    (data / kind_dir / "index.yaml").write_text(text, encoding="utf-8")
    if kind_dir == "partners":
        replace(data, "questions/testvraag-00.yaml", f"- {old}", "- index")
    found = [p for p in problems(data) if p[6] == "error"]
    folder = "wegwijzer" if kind_dir == "questions" else "sociale-kaart"
    assert [p[:5] for p in found] == [(f"{kind_dir}/index.yaml", 3, 5, "id",
                                       f"het id 'index' is al in gebruik door de pagina docs/{folder}/index")]


# 6. Messages: located, short, in Dutch, with tips that are valid values.

def test_latin1_and_nul_are_located_at_the_real_line_and_column(data: Path) -> None:
    path = data / PARTNER
    path.write_bytes(path.read_text(encoding="utf-8").replace("Fictieve organisatie", "Fictieve café organisatie")
                     .encode("latin-1"))
    replace(data, "partners/testpartner-02.yaml", "Fictieve organisatie", "Fictieve\x00 organisatie")
    assert [p[:5] for p in problems(data)] == [
        (PARTNER, 8, 26, "", "het bestand is geen UTF-8-tekst (het teken op deze plek, byte 0xe9, is in een andere "
         "codering opgeslagen)"),
        ("partners/testpartner-02.yaml", 8, 22, "", "het bestand bevat een onzichtbaar stuurteken U+0000 (nulteken) "
         "dat niet in "
         "een tekst mag")]


def test_a_long_bad_value_is_shortened(data: Path) -> None:
    replace(data, PARTNER, "  website:", "  phone: " + "x" * 100_000 + "\n  website:")
    [problem] = problems(data)
    assert problem[:5] == (PARTNER, 24, 10, "contact.phone", "'" + "x" * 60 + "…' is geen geldige waarde (Telefoon)")


def test_a_file_name_with_a_space_and_capitals_gets_a_valid_suggestion(data: Path) -> None:
    shutil.move(data / PARTNER, data / "partners" / "Testpartner 01.yaml")
    assert problems(data) == [
        ("partners/Testpartner 01.yaml", 3, 5, "id", "de bestandsnaam 'Testpartner 01.yaml' kan geen id zijn",
         "Hernoem het bestand naar testpartner-01.yaml (kleine letters, cijfers en koppeltekens) en zet "
         "id: testpartner-01.", "error")]


def test_a_look_alike_id_is_named_and_never_suggested(data: Path) -> None:
    replace(data, PARTNER, "id: testpartner-01", "id: testpartn\u0435r-01")  # Cyrillic е
    assert problems(data) == [
        (PARTNER, 3, 5, "id", "'testpartn\u0435r-01' is geen geldig id (het teken '\u0435', U+0435, is geen gewone "
         "letter a-z, cijfer of koppelteken)", "Gebruik alleen kleine letters a-z, cijfers en koppeltekens, "
         "bijvoorbeeld testpartner-01.", "error")]


def test_a_phone_written_as_a_number_says_to_quote_it(data: Path) -> None:
    replace(data, PARTNER, "  website:", "  phone: 0201234567\n  website:")
    assert problems(data) == [
        (PARTNER, 24, 10, "contact.phone", "hier hoort tekst (Telefoon), maar YAML leest 0201234567 als getal",
         "YAML leest een nummer zonder aanhalingstekens als getal (en een nul vooraan verandert het): zet het nummer "
         "tussen aanhalingstekens, dus \"0201234567\".", "error")]


def test_a_colon_inside_text_gets_a_dutch_parser_message(data: Path) -> None:
    replace(data, PARTNER, "costs: Gratis (fictief)", "costs: Let op: gratis")
    assert problems(data) == [
        (PARTNER, 22, 14, "", "dit is geen geldige YAML: hier staat een dubbele punt die YAML leest als het begin van "
         "een nieuw veld", "Staat er een dubbele punt (:) in een tekst? Zet de hele tekst dan tussen aanhalingstekens.",
         "error")]


def test_an_impossible_date_gets_a_sensible_hint(data: Path) -> None:
    replace(data, PARTNER, f"last_verified: '{TODAY}'", "last_verified: '2026-02-30'")
    assert problems(data) == [
        (PARTNER, 30, 16, "last_verified", "'2026-02-30' is geen bestaande datum (Laatst gecontroleerd)",
         "Die datum bestaat niet: februari 2026 heeft 28 dagen. Controleer de dag.", "error")]


def test_one_broken_partner_file_gives_one_error(data: Path) -> None:
    replace(data, PARTNER, "name: ", "name: [")
    assert problems(data) == [
        (PARTNER, 5, 8, "", "dit is geen geldige YAML: een lijst tussen [ en ] wordt niet goed gesloten",
         "Controleer inspringing (spaties), dubbele punten en aanhalingstekens rond deze regel.", "error")]


def test_invisible_names_and_bidi_controls_are_errors_and_in_free_text_warnings(data: Path) -> None:
    replace(data, PARTNER, "name: Testpartner 01 (fictief)", 'name: "\\u200b\\u200b"')
    replace(data, PARTNER, "Fictieve organisatie", "Fictieve\u202e organisatie")
    replace(data, "partners/testpartner-02.yaml", "name: Testpartner 02 (fictief)", "name: Test\u202epartner")
    assert problems(data) == [
        (PARTNER, 4, 7, "name", "deze tekst bevat geen zichtbare tekens",
         "Typ de naam of titel opnieuw, met gewone letters.", "error"),
        (PARTNER, 8, 14, "description", "deze tekst bevat een onzichtbaar teken (U+202E) dat de tekst anders kan laten "
         "lezen dan hij er staat", "Haal het teken weg: typ de tekst op die plek opnieuw.", "warning"),
        ("partners/testpartner-02.yaml", 4, 7, "name", "deze tekst bevat een onzichtbaar teken (U+202E) dat de tekst "
         "anders kan laten lezen dan hij er staat", "Haal het teken weg: typ de tekst op die plek opnieuw.", "error")]


# 7. Plain MkDocs works from outside the repository, without PYTHONPATH.

def test_mkdocs_build_with_f_from_another_folder(data: Path, tmp_path: Path) -> None:
    mkdocs = Path(sys.executable).parent / "mkdocs"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(WEGWIJZER_DATA=str(data), NO_MKDOCS_2_WARNING="1")
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    result = subprocess.run([str(mkdocs), "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "--site-dir",
                             str(tmp_path / "site")], cwd=elsewhere, env=env, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "site" / "sociale-kaart" / "testpartner-01" / "index.html").is_file()
