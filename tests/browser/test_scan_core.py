"""The pure core of docs/assets/scan.js, run in Chromium on an empty page: stored answers keyed by id survive
indicators being added or removed, and rater files are checked whole before they are accepted."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest

from wegwijzer.catalog import build_catalog
from wegwijzer.domain import ROOT
from wegwijzer.render.markup import date_nl
from wegwijzer.render.scan import scan_data

pytestmark = pytest.mark.browser

DATA = scan_data(build_catalog())
SCRIPT = (ROOT / "docs" / "assets" / "scan.js").read_text(encoding="utf-8")


@pytest.fixture
def core(browser: Any) -> Iterator[Any]:
    """A blank page with scan.js loaded: window.WegwijzerScan holds the core, nothing else runs."""
    context = browser.new_context()
    page = context.new_page()
    page.set_content("<!doctype html><html lang='nl'><body></body></html>")
    page.add_script_tag(content=SCRIPT)
    yield lambda expression, *args: page.evaluate(f"([a, b, c]) => {expression}", list(args) + [None] * 3)
    context.close()


def all_keys(data: dict) -> list[str]:
    return [i["key"] for c in data["competencies"] for i in c["indicators"]]


def older_scan(data: dict) -> dict:
    """What a browser stored for every indicator of `data`, with a note and a goal."""
    return {"answers": {k: n % 5 for n, k in enumerate(all_keys(data))},
            "notes": {"andragogisch": "Mijn notitie"}, "goals": [{"what": "Iets", "how": "", "who": "", "when": ""}],
            "cover": {"name": "A", "school": "B", "date": "2026-11-30"}, "target": "", "raters": []}


def test_answers_survive_a_new_indicator(core: Any) -> None:
    saved = older_scan(DATA)
    newer = copy.deepcopy(DATA)
    newer["competencies"][2]["indicators"].insert(0, {"key": f"{newer['competencies'][2]['id']}/nieuw", "text": "N"})
    state = core("WegwijzerScan.restore(a, b)", saved, newer)
    assert state["answers"] == saved["answers"]
    assert state["notes"] == saved["notes"] and state["goals"] == saved["goals"]
    assert len(core("WegwijzerScan.keysOf(a)", newer)) == len(all_keys(DATA)) + 1


def test_answers_survive_a_removed_indicator(core: Any) -> None:
    saved = older_scan(DATA)
    newer = copy.deepcopy(DATA)
    removed = newer["competencies"][0]["indicators"].pop(3)["key"]
    state = core("WegwijzerScan.restore(a, b)", saved, newer)
    expected = {k: v for k, v in saved["answers"].items() if k != removed}
    assert state["answers"] == expected and removed not in state["answers"]


def test_answers_stay_with_their_indicator_when_the_order_changes(core: Any) -> None:
    saved = older_scan(DATA)
    newer = copy.deepcopy(DATA)
    for competency in newer["competencies"]:
        competency["indicators"].reverse()
    assert core("WegwijzerScan.restore(a, b)", saved, newer)["answers"] == saved["answers"]


def test_broken_storage_gives_an_empty_scan(core: Any) -> None:
    for saved in (None, "tekst", [1, 2], {"answers": {"andragogisch/instructie-afstemmen": 9}}):
        assert core("WegwijzerScan.restore(a, b)", saved, DATA)["answers"] == {}


def rater_file(core: Any, answers: dict | None = None) -> dict:
    rater = {"role": "directeur", "about": "Juf A", "answers": answers or {all_keys(DATA)[0]: 3, all_keys(DATA)[1]: 1},
             "notes": {"andragogisch": "Goed gesprek"}}
    exported = core("WegwijzerScan.exportFile(a, '2026-11-30')", rater)
    assert exported["name"] == "competentiescan-beoordeling-directeur-2026-11-30.json"
    return json.loads(exported["text"])


def test_a_rater_file_goes_back_and_forth(core: Any) -> None:
    result = core("WegwijzerScan.readRaterFile(a, b)", json.dumps(rater_file(core)), DATA)
    assert result["ok"] and result["rater"]["role"] == "directeur" and result["rater"]["date"] == "2026-11-30"


@pytest.mark.parametrize("change, words", [
    (lambda f: "{ dit is geen json", "geen leesbare JSON"),
    (lambda f: json.dumps([1, 2, 3]), "geen beoordeling"),
    (lambda f: json.dumps({**f, "format": "iets-anders"}), "geen beoordeling"),
    (lambda f: json.dumps({**f, "answers": {**f["answers"], next(iter(f["answers"])): 4}}), "veranderd"),
    (lambda f: json.dumps({**f, "extra": 1}), "veranderd"),
    (lambda f: json.dumps({k: v for k, v in f.items() if k != "check"}), "veranderd"),
    (lambda f: json.dumps(f) + " " * 200_001, "te groot"),
])
def test_a_bad_rater_file_is_refused_with_a_dutch_reason(core: Any, change: Any, words: str) -> None:
    result = core("WegwijzerScan.readRaterFile(a, b)", change(rater_file(core)), DATA)
    assert not result["ok"] and words in result["message"] and "niets veranderd" in result["message"]


def test_a_file_for_other_indicators_is_refused_even_when_signed(core: Any) -> None:
    foreign = core("WegwijzerScan.sign(a)", {**rater_file(core), "answers": {"andere-scan/iets": 2}})
    result = core("WegwijzerScan.readRaterFile(a, b)", json.dumps(foreign), DATA)
    assert not result["ok"] and "andere gedragsvoorbeelden" in result["message"]
    bad_level = core("WegwijzerScan.sign(a)", {**rater_file(core), "answers": {all_keys(DATA)[0]: 7}})
    assert not core("WegwijzerScan.readRaterFile(a, b)", json.dumps(bad_level), DATA)["ok"]


def test_weighing_marks_the_heaviest_competencies(core: Any) -> None:
    target = {"id": "x", "weights": {"andragogisch": 3, "innovatief": 3, "beheersmatig": 1}}
    marks = core("WegwijzerScan.weighing(a, b)", target, DATA)
    assert marks["andragogisch"] == marks["innovatief"] == "most"
    assert marks["beheersmatig"] == "counts" and marks["methodologisch"] == "none"


def test_average_leaves_out_not_applicable(core: Any) -> None:
    keys = all_keys(DATA)[:3]
    assert core("WegwijzerScan.average(a, b)", {keys[0]: 4, keys[1]: 2, keys[2]: 0}, keys) == 3
    assert core("WegwijzerScan.average(a, b)", {keys[2]: 0}, keys) is None


def test_dates_read_as_the_pages_write_them(core: Any) -> None:
    days = [f"2026-{month:02}-{day:02}" for month in range(1, 13) for day in (1, 9, 28)] + ["1999-12-31"]
    assert core("a.map(WegwijzerScan.dateNl)", days) == [date_nl(day) for day in days]
    assert core("a.map(WegwijzerScan.dateNl)", ["", "2026-13-01", "morgen"]) == ["", "2026-13-01", "morgen"]
