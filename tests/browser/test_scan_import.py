"""Issue 24, the competentiescan's last imports: inherited names are no indicators, a date must exist, the same
file is added once, and at most WegwijzerScan.maxRaters raters fit; each refusal is a Dutch message that changes
nothing, and the raters shown are exactly those shown after a reload."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.browser.harness import Visit
from tests.browser.test_scan_core import DATA, all_keys, core  # noqa: F401 - the fixture
from tests.browser.test_scan_core import rater_file as signed_file

pytestmark = pytest.mark.browser

READ = "WegwijzerScan.readRaterFile(a, b)"


@pytest.mark.parametrize("keys", [["constructor", "toString"], ["valueOf"], ["__proto__"], ["hasOwnProperty"]])
def test_inherited_names_are_no_indicators(core: Any, keys: list[str]) -> None:  # noqa: F811
    file = core("WegwijzerScan.sign(a)", {**signed_file(core), "answers": {k: 2 for k in keys}})
    result = core(READ, json.dumps(file), DATA)
    assert not result["ok"] and "niets veranderd" in result["message"]
    if keys != ["__proto__"]:  # that one never reaches the file as an own key: the file then has no answer at all
        assert "andere gedragsvoorbeelden" in result["message"]
    notes = core("WegwijzerScan.sign(a)", {**signed_file(core), "notes": {"constructor": "x"}})
    assert not core(READ, json.dumps(notes), DATA)["ok"]
    kept = core("WegwijzerScan.restore(a, b)", {"answers": {k: 2 for k in keys}, "notes": {"toString": "x"}}, DATA)
    assert kept["answers"] == {} and kept["notes"] == {}


@pytest.mark.parametrize("date", ["2026-02-30", "2026-13-01", "2025-02-29", "0000-01-01", "2026-04-31"])
def test_an_impossible_date_is_refused(core: Any, date: str) -> None:  # noqa: F811
    file = core("WegwijzerScan.sign(a)", {**signed_file(core), "date": date})
    result = core(READ, json.dumps(file), DATA)
    assert not result["ok"] and result["message"] == (
        f"De datum van deze beoordeling ({date}) bestaat niet. Vraag de beoordelaar om de beoordeling opnieuw op "
        "te slaan en te sturen. Er is niets veranderd in je scan.")


def test_a_real_date_passes(core: Any) -> None:  # noqa: F811
    assert core("WegwijzerScan.isDate(a)", "2024-02-29") and core(READ, json.dumps(signed_file(core)), DATA)["ok"]


def rater_files(core: Any, count: int) -> list[str]:  # noqa: F811
    """`count` different signed rater files."""
    first = all_keys(DATA)[0]
    return [core("WegwijzerScan.exportFile(a, '2026-11-30')", {"role": "directeur", "about": f"Beoordelaar {n}",
                                                               "answers": {first: n % 4 + 1}, "notes": {}})["text"]
            for n in range(count)]


def test_the_same_file_twice_and_one_rater_too_many_are_refused(core: Any) -> None:  # noqa: F811
    limit = core("WegwijzerScan.maxRaters")
    raters = [core(READ, text, DATA)["rater"] for text in rater_files(core, limit + 1)]
    twice = core("WegwijzerScan.addRater(a, b)", raters[:1], raters[0])
    assert twice == {"ok": False, "message": "Dit bestand heb je al toegevoegd: deze beoordeling staat al in je "
                     "rapport. Er is niets veranderd in je scan."}
    full = core("WegwijzerScan.addRater(a, b)", raters[:limit], raters[limit])
    assert full == {"ok": False, "message": f"Je rapport heeft al {limit} beoordelingen; meer passen er niet in. "
                    "Verwijder eerst een beoordeling die je niet meer nodig hebt. Er is niets veranderd in je scan."}
    assert core("WegwijzerScan.addRater(a, b)", raters[:2], raters[2])["raters"] == raters[:3]


def import_file(page: object, text: str, name: str) -> str:
    page.evaluate("() => { document.getElementById('ww-scan-import-status').textContent = ''; }")
    page.set_input_files("#ww-scan-import", files=[{"name": name, "mimeType": "application/json",
                                                    "buffer": text.encode("utf-8")}])
    page.wait_for_function("document.getElementById('ww-scan-import-status').textContent.length > 0")
    return page.inner_text("#ww-scan-import-status")


def shown(page: object) -> list[str]:
    return page.eval_on_selector_all("#ww-scan-raters li", "items => items.map(item => item.textContent)")


def test_25_raters_and_a_duplicate_in_the_page(tab: Callable[..., Visit], site_url: str, core: Any) -> None:  # noqa: F811
    files = rater_files(core, 25)
    visit = tab(site_url)
    visit.goto("competentiescan/")
    page = visit.page
    limit = page.evaluate("WegwijzerScan.maxRaters")
    for n, text in enumerate(files[:limit]):
        assert "toegevoegd aan je rapport" in import_file(page, text, f"beoordeling-{n}.json")
    before = shown(page)
    assert len(before) == limit
    assert "heb je al toegevoegd" in import_file(page, files[0], "nog-een-keer.json")
    for n, text in enumerate(files[limit:], start=limit):
        message = import_file(page, text, f"beoordeling-{n}.json")
        assert message.startswith(f"Je rapport heeft al {limit} beoordelingen") and "niets veranderd" in message
    assert shown(page) == before
    page.reload()
    page.wait_for_function(f"document.querySelectorAll('#ww-scan-raters li').length === {limit}")
    assert shown(page) == before
    assert not visit.console_errors + visit.page_errors
