"""Question pages and the stroomschema, from a small fictitious data set."""

from __future__ import annotations

import re
from pathlib import Path

from wegwijzer.catalog import build_catalog
from wegwijzer.render.partners import directory, partner_page
from wegwijzer.render.questions import first_stops, overview, overview_table, question_page


def _routes(markdown: str) -> dict[str, list[str]]:
    """Region id → the step titles of that region's route, in order ("" for a route that holds everywhere)."""
    blocks = re.findall(r'<section class="ww-route" data-regions="([^"]+)"[^>]*>(.*?)</section>', markdown) or [
        ("", markdown)]
    return {region: re.findall(r'<p class="ww-step-title">.*?<strong>(.*?)</strong>', html) for region, html in blocks}


def test_question_page_shows_the_route_per_region_numbered_on_its_own(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    question = catalog.get("question", "testvraag-00")
    markdown = question_page(catalog, "testvraag-00")
    routes = _routes(markdown)
    # The fictitious partners serve one region each, so the route is given per region, each its own <ol>.
    assert set(routes) == {r["id"] for r in catalog.all("region")}
    for region, titles in routes.items():
        assert titles == [s["title"] for s in question["steps"] if not s.get("regions") or region in s["regions"]]
    assert markdown.count('<ol class="ww-steps">') == len(routes)
    for partner_id in question["steps"][1]["partners"]:
        assert f'href="../../sociale-kaart/{partner_id}/"' in markdown
    assert "Ook gezocht als" in markdown and "testwoord0" in markdown


def test_route_block_names_only_the_partners_of_its_region(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    markdown = question_page(catalog, "testvraag-00")
    for region, html in re.findall(r'<section class="ww-route" data-regions="([^"]+)"[^>]*>(.*?)</section>', markdown):
        for partner_id in re.findall(r'href="../../sociale-kaart/([^/"]+)/"', html):
            assert region in catalog.regions_of(catalog.get("partner", partner_id)), (region, partner_id)


def test_route_without_regional_differences_is_one_list(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    national = [p["id"] for p in catalog.all("partner") if p["areas"] == ["landelijk"]]
    question = catalog.get("question", "testvraag-00")
    for step in question["steps"]:
        step.pop("regions", None)
        if step.get("partners"):
            step["partners"] = national[:1]
    markdown = question_page(catalog, "testvraag-00")
    assert "ww-route" not in markdown and markdown.count('<ol class="ww-steps">') == 1
    assert _routes(markdown) == {"": [s["title"] for s in question["steps"]]}


def test_urgent_note_comes_first_and_region_steps_stay_in_their_region(dataset: Path) -> None:
    path = dataset / "questions" / "testvraag-01.yaml"
    text = path.read_text().replace("steps:\n", "urgent: Bel 112 bij direct gevaar.\nsteps:\n", 1)
    text = text.replace("  text: Fictieve tweede stap.\n", "  text: Fictieve tweede stap.\n  regions:\n"
                        "  - fictieve-regio-zuid\n", 1)
    path.write_text(text)
    catalog = build_catalog(dataset)
    markdown = question_page(catalog, "testvraag-01")
    body = markdown.split("\n# ", 1)[1]
    assert body.index("Bij acuut gevaar") < body.index("ww-steps")
    assert '<a href="tel:112">112</a>' in body
    second = catalog.get("question", "testvraag-01")["steps"][1]["title"]
    routes = _routes(markdown)
    assert [r for r, titles in routes.items() if second in titles] == ["fictieve-regio-zuid"]


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


def test_print_buttons_stay_out_of_the_search_index(dataset: Path) -> None:
    """The print bar is a control, not content: the search must not find question pages for "afdrukken"."""
    catalog = build_catalog(dataset)
    for markdown in (question_page(catalog, "testvraag-00"), overview(catalog)):
        bars = re.findall(r'<p class="ww-print-bar"[^>]*>', markdown)
        assert bars and all("data-pagefind-ignore" in bar for bar in bars)
