"""Region pages (/regio/<id>/): municipalities, status, and for a region in opbouw the notice and its to-do list."""

from __future__ import annotations

from pathlib import Path

from test_references import edit

from wegwijzer.catalog import build_catalog
from wegwijzer.render.questions import route_page
from wegwijzer.render.regions import region_page, status_notice


def test_a_complete_region_has_no_notice_and_no_to_do_list(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    markdown = region_page(catalog, "fictieve-regio-noord")
    assert "Status: <strong>compleet</strong>" in markdown
    assert "<li>Fictiefstad-Noord</li><li>Fictiefdorp</li>" in markdown
    assert "Nog te doen" not in markdown and status_notice(catalog, "fictieve-regio-noord", "../../") == ""


def test_a_region_in_opbouw_lists_which_questions_and_municipalities_lack_someone(dataset: Path) -> None:
    # Zuid's only municipality loses every partner of its own: questions 00 and 01 then name no one there...
    for n in range(12):
        path = dataset / "partners" / f"testpartner-{n:02d}.yaml"
        edit(path, lambda d: d.update(areas=["fictiefdorp"]) if d["areas"] == ["fictiefstad-zuid"] else None)
    # ...except through a step for every region with a national partner, which this question lacks.
    edit(dataset / "questions" / "testvraag-01.yaml", lambda d: d["steps"].pop())
    edit(dataset / "questions" / "testvraag-01.yaml", lambda d: d["steps"][1].update(
        partners=[p for p in d["steps"][1]["partners"] if p != "testpartner-10"], regions=["fictieve-regio-noord"]))
    catalog = build_catalog(dataset)
    assert catalog.ok, [p for p in catalog.problems if p.is_error]
    markdown = region_page(catalog, "fictieve-regio-zuid")
    assert "Status: <strong>in opbouw</strong>" in markdown and "Regio in opbouw" in markdown
    todo = markdown.split("## Nog te doen", 1)[1]
    assert '<a href="../../wegwijzer/testvraag-01/">' in todo and "nog niemand in Fictiefstad-Zuid" in todo
    assert "testvraag-00" not in todo
    route = route_page(catalog, "testvraag-00/fictieve-regio-zuid")
    assert "Regio in opbouw" in route and 'href="../../../regio/fictieve-regio-zuid/#nog-te-doen"' in route
