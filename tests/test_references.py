"""Cross-checks: unique ids, references that exist, and warnings for what needs attention."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from wegwijzer.catalog import build_catalog


def edit(path: Path, change) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = "".join(line for line in lines if line.startswith("#"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def errors(folder: Path):
    return [p for p in build_catalog(folder).problems if p.is_error]


def warnings(folder: Path, today: dt.date | None = None):
    return [p for p in build_catalog(folder, today=today).problems if not p.is_error]


def test_synthetic_data_is_clean(dataset: Path) -> None:
    assert build_catalog(dataset).problems == []


def test_unknown_partner_in_a_question_names_the_line_and_a_close_id(dataset: Path) -> None:
    path = dataset / "questions" / "testvraag-00.yaml"
    edit(path, lambda d: d["steps"][1]["partners"].append("testpartnr-03"))
    found = errors(dataset)
    assert len(found) == 1
    problem = found[0]
    assert problem.file.endswith("questions/testvraag-00.yaml")
    assert problem.field == "steps[1].partners[5]"
    text = path.read_text().splitlines()
    assert text[problem.line - 1].strip() == "- testpartnr-03"
    assert "er is geen partner met id 'testpartnr-03'" in problem.message
    assert "Bedoel je 'testpartner-03'?" in problem.hint


def test_unknown_region_and_municipality(dataset: Path) -> None:
    edit(dataset / "questions" / "testvraag-01.yaml", lambda d: d["steps"][0].update(regions=["nergens"]))
    edit(dataset / "partners" / "testpartner-03.yaml", lambda d: d.update(areas=["atlantis"]))
    messages = sorted(p.message for p in errors(dataset))
    assert messages == ["er is geen gemeente met id 'atlantis'", "er is geen regio met id 'nergens'"]


def test_two_records_with_one_id(dataset: Path) -> None:
    source = dataset / "partners" / "testpartner-01.yaml"
    (dataset / "partners" / "kopie.yaml").write_text(source.read_text(), encoding="utf-8")
    found = errors(dataset)
    assert any("ook gebruikt in" in p.message and p.file.endswith("testpartner-01.yaml") or
               p.file.endswith("kopie.yaml") and "ook gebruikt in" in p.message for p in found)
    assert any(p.file.endswith("kopie.yaml") and "bestandsnaam" in p.message for p in found)


def test_partner_no_question_routes_to_is_a_warning(dataset: Path) -> None:
    edit(dataset / "questions" / "testvraag-00.yaml", lambda d: d["steps"][1]["partners"].remove("testpartner-01"))
    found = warnings(dataset)
    assert [(Path(p.file).name, p.field) for p in found] == [("testpartner-01.yaml", "id")]
    assert errors(dataset) == []


def test_stale_partner_is_a_warning_and_a_sourceless_one_an_error(dataset: Path) -> None:
    edit(dataset / "partners" / "testpartner-02.yaml", lambda d: d.update(last_verified="2020-01-01"))
    edit(dataset / "partners" / "testpartner-04.yaml", lambda d: d.pop("sources"))
    found = {(Path(p.file).name, p.field) for p in warnings(dataset)}
    assert found == {("testpartner-02.yaml", "last_verified")}
    assert [(Path(p.file).name, p.field, p.message) for p in errors(dataset)] == [
        ("testpartner-04.yaml", "sources", "dit record heeft geen bron")]


def test_stale_means_more_than_a_year(dataset: Path) -> None:
    edit(dataset / "partners" / "testpartner-02.yaml", lambda d: d.update(last_verified="2025-06-01"))
    assert warnings(dataset, today=dt.date(2026, 6, 1)) == []
    assert len(warnings(dataset, today=dt.date(2026, 6, 2))) == 1


def test_question_without_a_partner_for_a_region_is_a_warning(dataset: Path) -> None:
    path = dataset / "questions" / "testvraag-00.yaml"
    edit(path, lambda d: d.update(steps=[d["steps"][0]]))
    found = [p for p in warnings(dataset) if p.file.endswith("testvraag-00.yaml")]
    assert sorted(p.message for p in found) == [
        "voor regio 'fictieve-regio-noord' noemt geen stap een partner in fictiefstad-noord, fictiefdorp",
        "voor regio 'fictieve-regio-zuid' noemt geen stap een partner in fictiefstad-zuid",
    ]


def test_a_municipality_in_two_regions_is_an_error_unless_both_record_the_split(dataset: Path) -> None:
    south = dataset / "regions" / "fictieve-regio-zuid.yaml"
    edit(south, lambda d: d["municipalities"].append({"id": "fictiefdorp", "name": "Fictiefdorp"}))
    found = errors(dataset)
    assert [(Path(p.file).name, p.field) for p in found] == [("fictieve-regio-zuid.yaml", "municipalities[1].id")]
    assert found[0].message == ("de gemeente 'fictiefdorp' staat ook in regio 'fictieve-regio-noord'; een gemeente "
                                "hoort bij één regio")
    assert south.read_text().splitlines()[found[0].line - 1].strip() == "- id: fictiefdorp"
    assert "split: true" in found[0].hint
    edit(south, lambda d: d["municipalities"][1].update(split=True))
    assert len(errors(dataset)) == 1, "one region alone cannot record the split"
    edit(dataset / "regions" / "fictieve-regio-noord.yaml", lambda d: d["municipalities"][1].update(split=True))
    assert errors(dataset) == []
    catalog = build_catalog(dataset)
    # A split municipality's partners serve both regions (none disappears from either).
    assert catalog.regions_of({"areas": ["fictiefdorp"]}) == ["fictieve-regio-noord", "fictieve-regio-zuid"]


def test_a_step_for_every_region_naming_only_regional_partners_is_an_error(dataset: Path) -> None:
    path = dataset / "questions" / "testvraag-01.yaml"
    edit(path, lambda d: d["steps"][1].update(partners=["testpartner-01", "testpartner-02"]))
    found = errors(dataset)
    assert [(p.field, p.severity) for p in found] == [("steps[1].partners", "error")]
    assert "geldt in elke regio" in found[0].message and "regions:" in found[0].hint
    edit(path, lambda d: d["steps"][1].update(regions=["fictieve-regio-noord"], partners=["testpartner-01"]))
    assert errors(dataset) == []


def test_generic_step_text_naming_a_region_or_municipality_is_a_warning(dataset: Path) -> None:
    path = dataset / "questions" / "testvraag-02.yaml"
    edit(path, lambda d: d["steps"][0].update(text="In Fictiefdorp kan de school ook bellen."))
    edit(path, lambda d: d["steps"][1].update(points=["Alleen in Fictieve regio Zuid", "Overal"]))
    found = [p for p in warnings(dataset) if "tekst noemt" in p.message]
    assert [(p.field, p.message) for p in found] == [
        ("steps[0].text", "deze stap geldt in elke regio, maar de tekst noemt 'Fictiefdorp' (regio "
                          "'fictieve-regio-noord')"),
        ("steps[1].points[0]", "deze stap geldt in elke regio, maar de tekst noemt 'Fictieve regio Zuid' (regio "
                               "'fictieve-regio-zuid')")]
    assert "regions: [fictieve-regio-noord]" in found[0].hint
    # In a step of that region the name is fine; a word that merely contains a name is not a match.
    edit(path, lambda d: (d["steps"][0].update(regions=["fictieve-regio-noord"]), d["steps"][1].pop("points")))
    edit(dataset / "questions" / "testvraag-01.yaml",
         lambda d: d["steps"][0].update(text="Fictiefdorpse scholen en Fictiefdorp-Oost bestaan niet."))
    assert [p for p in warnings(dataset) if "tekst noemt" in p.message] == []


def test_one_broken_region_file_gives_one_error(dataset: Path) -> None:
    path = dataset / "regions" / "fictieve-regio-noord.yaml"
    path.write_text(path.read_text().replace("municipalities:\n", "municipalities:\n\t", 1))
    found = errors(dataset)
    assert [Path(p.file).name for p in found] == ["fictieve-regio-noord.yaml"], found
    # A region that reads but breaks its schema hides its municipalities too: no errors in the partners.
    path.write_text("id: fictieve-regio-noord\nname: Noord\nmunicipalities: geen lijst\nsources: []\n"
                    "last_verified: 2026-01-01\n")
    assert {Path(p.file).name for p in errors(dataset)} == {"fictieve-regio-noord.yaml"}


def test_unconfirmed_is_allowed_on_questions_and_regions(dataset: Path) -> None:
    edit(dataset / "questions" / "testvraag-00.yaml", lambda d: d.update(unconfirmed=["De tweede stap is niet "
                                                                                       "bevestigd."]))
    edit(dataset / "regions" / "fictieve-regio-zuid.yaml", lambda d: d.update(unconfirmed=["De grens is niet "
                                                                                         "bevestigd."]))
    assert errors(dataset) == []
