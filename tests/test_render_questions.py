"""Question pages and the stroomschema, from a small fictitious data set."""

from __future__ import annotations

import re
from pathlib import Path

from wegwijzer.catalog import build_catalog
from wegwijzer.render.partners import directory, partner_page
from wegwijzer.render.questions import first_stops, overview, overview_table, question_page


def test_question_page_shows_the_steps_in_order(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    question = catalog.get("question", "testvraag-00")
    markdown = question_page(catalog, "testvraag-00")
    titles = re.findall(r'<p class="ww-step-title">.*?<strong>(.*?)</strong>', markdown)
    assert titles == [step["title"] for step in question["steps"]]
    for partner_id in question["steps"][1]["partners"]:
        assert f'href="../../sociale-kaart/{partner_id}/"' in markdown
    assert "Ook gezocht als" in markdown and "testwoord0" in markdown


def test_urgent_note_comes_first_and_region_steps_are_marked(dataset: Path) -> None:
    path = dataset / "questions" / "testvraag-01.yaml"
    text = path.read_text().replace("steps:\n", "urgent: Bel 112 bij direct gevaar.\nsteps:\n", 1)
    text = text.replace("  text: Fictieve tweede stap.\n", "  text: Fictieve tweede stap.\n  regions:\n"
                        "  - fictieve-regio-zuid\n", 1)
    path.write_text(text)
    markdown = question_page(build_catalog(dataset), "testvraag-01")
    body = markdown.split("\n# ", 1)[1]
    assert body.index("Bij acuut gevaar") < body.index("ww-steps")
    assert '<li class="ww-step" data-regions="fictieve-regio-zuid">' in markdown
    assert "Alleen in: Fictieve regio Zuid" in markdown


def test_partner_page_lists_the_questions_that_route_to_it(dataset: Path) -> None:
    markdown = partner_page(build_catalog(dataset), "testpartner-03")
    assert 'href="../../wegwijzer/testvraag-00/"' in markdown


def test_overview_lists_every_question_once(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    diagram, table = overview(catalog), overview_table(catalog)
    for id_ in catalog.records["question"]:
        assert diagram.count(f'href="../wegwijzer/{id_}/"') == 1
        assert table.count(f'href="../wegwijzer/{id_}/"') == 1


def test_first_stop_per_region(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    stops = first_stops(catalog, catalog.get("question", "testvraag-00"))
    assert set(stops) == {"fictieve-regio-noord", "fictieve-regio-zuid"}
    assert "testpartner-00" in stops["fictieve-regio-zuid"]


def test_directory_rows_carry_filter_data(dataset: Path) -> None:
    html = directory(build_catalog(dataset))
    row = re.search(r'<tr data-towns="([^"]*)" data-themes="([^"]*)" data-ages="([^"]*)"><td><a href="'
                    r'../sociale-kaart/testpartner-01/"', html)
    assert row and row.group(1) == "fictiefdorp" and row.group(2) == "gezin-en-opvoeding gedrag-en-sociaal-emotioneel"
    assert row.group(3) == "4-12"
    national = re.search(r'<tr data-towns="([^"]*)"[^>]*><td><a href="../sociale-kaart/testpartner-00/"', html)
    assert national and national.group(1).split() == sorted(["fictiefstad-noord", "fictiefdorp", "fictiefstad-zuid"])


def test_step_points_are_a_list_under_the_step_text(dataset: Path) -> None:
    path = dataset / "questions" / "testvraag-02.yaml"
    text = path.read_text().replace("  text: Fictieve tweede stap.\n", "  text: Fictieve tweede stap.\n  points:\n"
                                    "  - Eerste <punt>\n  - Tweede punt\n", 1)
    assert text != path.read_text()
    path.write_text(text)
    markdown = question_page(build_catalog(dataset), "testvraag-02")
    assert ('<p>Fictieve tweede stap.</p><ul class="ww-step-points"><li>Eerste &lt;punt&gt;</li>'
            '<li>Tweede punt</li></ul>') in markdown


def test_the_afwegingskader_is_a_list_of_five_questions() -> None:
    catalog = build_catalog(Path(__file__).resolve().parent.parent / "data")
    steps = [s for q in catalog.all("question") for s in q["steps"] if "afwegingskader" in s["title"]]
    assert steps
    for step in steps:
        assert len(step["points"]) == 5 and all("?" in p for p in step["points"])
        assert not re.search(r"\b[1-5]\. ", step["text"])
