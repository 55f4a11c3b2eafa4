"""Question pages and the stroomschema, from a small fictitious data set."""

from __future__ import annotations

import json
import re
from pathlib import Path

from wegwijzer.catalog import build_catalog
from wegwijzer.devtools.synth import add_regions
from wegwijzer.render.first_stops import stops_assets
from wegwijzer.render.partners import directory, partner_page
from wegwijzer.render.questions import first_stops, overview, overview_table, question_page, route_keys, route_page


def _titles(html: str) -> list[str]:
    return re.findall(r'<p class="ww-step-title">.*?<strong>(.*?)</strong>', html)


def _steps(markdown: str) -> str:
    """The numbered route of a route page."""
    return markdown.split("## De route, stap voor stap", 1)[1].split("## Bronnen", 1)[0]


def test_each_region_has_its_own_route_page_numbered_on_its_own(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    question = catalog.get("question", "testvraag-00")
    regions = [r["id"] for r in catalog.all("region")]
    # The fictitious partners serve one region each, so the route differs per region: a page per region.
    assert [(q, r) for q, r in route_keys(catalog) if q == "testvraag-00"] == [("testvraag-00", r) for r in regions]
    for region in regions:
        markdown = route_page(catalog, f"testvraag-00/{region}")
        steps = _steps(markdown)
        assert steps.count('<ol class="ww-steps">') == 1
        assert _titles(steps) == [s["title"] for s in question["steps"] if not s.get("regions")
                                  or region in s["regions"]]
        # Only the partners that serve this region, linked from three levels deep.
        for partner_id in re.findall(r'href="../../../sociale-kaart/([^/"]+)/"', steps):
            assert region in catalog.regions_of(catalog.get("partner", partner_id)), (region, partner_id)
        assert markdown.startswith("---\ntitle: ") and catalog.get("region", region)["name"].split(":")[0] in \
            markdown.split("\n")[1]
        assert "Ook gezocht als" not in markdown and "tags:" not in markdown


def test_generic_page_leads_to_every_route_and_holds_no_regional_partner(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    markdown = question_page(catalog, "testvraag-00")
    for region in catalog.all("region"):
        assert f'<li data-region-route="{region["id"]}"><a href="../../wegwijzer/testvraag-00/{region["id"]}/">' \
            in markdown
    for partner_id in re.findall(r'href="../../sociale-kaart/([^/"]+)/"', markdown):
        assert catalog.get("partner", partner_id)["areas"] == ["landelijk"], partner_id
    assert "Ook gezocht als" in markdown and "testwoord0" in markdown
    # Who the routes per region bring in, by kind: each kind once, however many regions name one.
    kinds = re.search(r'<p class="ww-route-kinds">In de route van je regio kom je onder meer tegen: ([^<]*)\.</p>',
                      markdown)
    assert kinds and len(kinds.group(1).replace(" en ", ", ").split(", ")) == len(
        {catalog.get("partner", p)["kind"] for s in catalog.get("question", "testvraag-00")["steps"]
         for p in s.get("partners", []) if catalog.get("partner", p)["areas"] != ["landelijk"]})


def test_route_without_regional_differences_is_one_list_and_no_route_pages(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    national = [p["id"] for p in catalog.all("partner") if p["areas"] == ["landelijk"]]
    question = catalog.get("question", "testvraag-00")
    for step in question["steps"]:
        step.pop("regions", None)
        if step.get("partners"):
            step["partners"] = national[:1]
    markdown = question_page(catalog, "testvraag-00")
    assert "ww-route-links" not in markdown and markdown.count('<ol class="ww-steps">') == 1
    assert _titles(markdown) == [s["title"] for s in question["steps"]]
    assert "testvraag-00" not in {q for q, _ in route_keys(catalog)}


def test_urgent_note_comes_first_and_region_steps_stay_in_their_region(dataset: Path) -> None:
    path = dataset / "questions" / "testvraag-01.yaml"
    text = path.read_text().replace("steps:\n", "urgent: Bel 112 bij direct gevaar.\nsteps:\n", 1)
    text = text.replace("  text: Fictieve tweede stap.\n", "  text: Fictieve tweede stap.\n  regions:\n"
                        "  - fictieve-regio-zuid\n", 1)
    path.write_text(text)
    catalog = build_catalog(dataset)
    second = catalog.get("question", "testvraag-01")["steps"][1]["title"]
    for markdown in (question_page(catalog, "testvraag-01"), route_page(catalog, "testvraag-01/fictieve-regio-noord"),
                     route_page(catalog, "testvraag-01/fictieve-regio-zuid")):
        body = markdown.split("\n# ", 1)[1]
        assert body.index("Bij acuut gevaar") < body.index("ww-steps")
        assert '<a href="tel:112">112</a>' in body
    assert second not in _titles(question_page(catalog, "testvraag-01"))
    assert second not in _titles(route_page(catalog, "testvraag-01/fictieve-regio-noord"))
    assert second in _titles(route_page(catalog, "testvraag-01/fictieve-regio-zuid"))
    # Noord has no step of its own here: its route is the generic one, and says so.
    assert "(nog) geen eigen stappen" in route_page(catalog, "testvraag-01/fictieve-regio-noord")
    assert "(nog) geen eigen stappen" not in route_page(catalog, "testvraag-01/fictieve-regio-zuid")


def test_partner_cards_carry_the_municipalities_they_serve(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    markdown = route_page(catalog, "testvraag-00/fictieve-regio-noord")
    cards = re.findall(r'<li class="ww-partner"([^>]*)><a href="../../../sociale-kaart/([^/"]+)/"', markdown)
    assert cards
    for attrs, partner_id in cards:
        areas = catalog.get("partner", partner_id)["areas"]
        towns = re.search(r'data-municipalities="([^"]*)"', attrs)
        if areas == ["landelijk"]:  # shown everywhere: neither list (it would grow with every region)
            assert towns is None and "data-regions=" not in attrs
        else:
            assert towns and towns.group(1).split() == areas
            assert "data-regions=" in attrs


def test_route_page_weight_does_not_grow_with_the_number_of_regions(dataset: Path) -> None:
    before = route_page(build_catalog(dataset), "testvraag-00/fictieve-regio-noord")
    # A third region, with a partner and a step of its own in this question.
    region = (dataset / "regions" / "fictieve-regio-zuid.yaml").read_text()
    (dataset / "regions" / "fictieve-regio-west.yaml").write_text(
        region.replace("fictieve-regio-zuid", "fictieve-regio-west").replace("fictiefstad-zuid", "fictiefstad-west")
        .replace("Zuid", "West"))
    partner = (dataset / "partners" / "testpartner-01.yaml").read_text()
    (dataset / "partners" / "testpartner-99.yaml").write_text(
        partner.replace("testpartner-01", "testpartner-99").replace("fictiefdorp", "fictiefstad-west"))
    path = dataset / "questions" / "testvraag-00.yaml"
    path.write_text(path.read_text().replace("steps:\n", "steps:\n- title: Alleen in West\n  actor: partner\n"
                                             "  text: Fictieve stap.\n  regions: [fictieve-regio-west]\n"
                                             "  partners: [testpartner-99]\n", 1))
    catalog = build_catalog(dataset)
    assert catalog.ok, catalog.problems
    assert len(catalog.all("region")) == 3
    after = route_page(catalog, "testvraag-00/fictieve-regio-noord")
    assert len(after) == len(before)
    assert "Alleen in West" in route_page(catalog, "testvraag-00/fictieve-regio-west")


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


def test_overview_names_the_first_stop_where_it_is_the_same_everywhere_and_its_kind_elsewhere(dataset: Path) -> None:
    path = dataset / "questions" / "testvraag-02.yaml"
    path.write_text(path.read_text().replace("  - testpartner-10\n  - testpartner-11\n", "  - testpartner-10\n", 1))
    catalog = build_catalog(dataset)
    diagram, table = overview(catalog), overview_table(catalog)
    shared = re.search(r'testvraag-02/">.*?<span class="ww-stop">([^<]*)</span>', diagram)
    assert shared and shared.group(1) == "Testpartner 10 (fictief)"
    assert '<span class="ww-stop"><a href="../sociale-kaart/testpartner-10/">Testpartner 10 (fictief)</a>' in table
    # testvraag-00 starts at regional partners: what kind they are, never their names (those are per region).
    slot = re.search(r'<span class="ww-stop" data-ww-stops="testvraag-00"><span class="ww-stop-kinds">(.*?)</span>'
                     r'<span class="ww-stop-own" hidden></span>', diagram)
    assert slot and re.sub(r"<[^>]+>", "", slot.group(1)) == (
        "Testpartner 00 (fictief), wijkteam of buurtteam, jeugdgezondheidszorg, leerplicht, jeugdhulp")
    assert 'data-ww-stops="testvraag-00" data-ww-linked' in table
    regional = [p["name"] for p in catalog.all("partner") if "landelijk" not in p["areas"]]
    assert not any(name in diagram + table for name in regional)


def test_overview_does_not_grow_with_the_number_of_regions(dataset: Path) -> None:
    before = build_catalog(dataset)
    add_regions(dataset, 6)
    after = build_catalog(dataset)
    assert len(after.all("region")) == len(before.all("region")) + 6 and not after.problems
    assert len(overview(after) + overview_table(after)) == len(overview(before) + overview_table(before))


def test_each_region_has_its_first_stops_per_question_and_where_a_municipality_differs(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    assets = {path: json.loads(text) for path, text in stops_assets(catalog).items()}
    assert set(assets) == {f"assets/eerste-stops/{r['id']}.json" for r in catalog.all("region")}
    north = assets["assets/eerste-stops/fictieve-regio-noord.json"]
    assert north["stops"]["testvraag-00"] == first_stops(catalog, catalog.get("question", "testvraag-00"))[
        "fictieve-regio-noord"]
    # In fictiefdorp the first step names its own wijkteam and leerplicht, not fictiefstad-noord's JGZ.
    assert north["towns"]["fictiefdorp"]["testvraag-00"] == ["testpartner-00", "testpartner-01", "testpartner-04"]
    assert north["partners"]["testpartner-01"] == ["Testpartner 01 (fictief)", "sociale-kaart/testpartner-01/"]
    named = {p for stops in [*north["stops"].values(), *(s for t in north["towns"].values() for s in t.values())]
             for p in stops}
    assert named == set(north["partners"])


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
