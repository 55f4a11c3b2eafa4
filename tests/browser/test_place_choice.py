"""The municipality choice on a phone and a laptop: a municipality of a region shows, in every route step, only the
partners that serve it (plus region-wide and national ones); one whose samenwerkingsverband has no data gets the
national help and says so; the list is found by first letters; axe finds nothing serious with the list open; nothing
is fetched from another host. Which municipalities and regions exist is read from the data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.browser.harness import Visit
from tests.browser.place_box import choose, typed_options
from tests.browser.test_page_checks import serious_violations
from wegwijzer.catalog import load_once
from wegwijzer.domain import NATIONAL
from wegwijzer.render.municipalities import choices, fold, national_phone
from wegwijzer.render.questions import route_keys

pytestmark = pytest.mark.browser

CATALOG = load_once()
HOME = "ww-place-home"
SHOWN = "el => el.getClientRects().length > 0"


def _own_partner_counts() -> dict[str, int]:
    """Region municipality id → how many partners serve it but not every municipality of its region."""
    counts: dict[str, int] = {}
    for region in CATALOG.all("region"):
        towns = {t["id"] for t in region["municipalities"]}
        for partner in CATALOG.all("partner"):
            areas = set(partner.get("areas", []))
            if NATIONAL not in areas and areas & towns and not towns <= areas:
                for town in areas & towns:
                    counts[town] = counts.get(town, 0) + 1
    return counts


def _chosen_town() -> dict[str, Any]:
    """Wijchen where the data has routes for it (the issue's example), else the municipality with the most
    partners of its own."""
    offered = [e for e in choices(CATALOG) if e.get("region")]
    wijchen = [e for e in offered if fold(e["name"]) == "wijchen"]
    if wijchen:
        return wijchen[0]
    counts = _own_partner_counts()
    return max(offered, key=lambda e: counts.get(e["id"], 0))


def _town_without_data() -> dict[str, Any]:
    """A municipality whose samenwerkingsverband has no routes yet, preferring one the data splits between SWVs,
    then one it links to an SWV."""
    without = [e for e in choices(CATALOG) if not e.get("region")]
    if not without:
        pytest.fail("every municipality of the data has a region: nothing to test the national help with")
    linked = [e for e in without if e.get("swvs")]
    return next((e for e in linked if len(e["swvs"]) > 1), linked[0] if linked else without[0])


def _route_paths(region: str | None) -> list[str]:
    """Every route a reader in `region` follows: the region's own route page of a question where routes differ per
    region, else the question's page (always the question's page for a reader whose region has no data)."""
    own = {q: f"wegwijzer/{q}/{r}/" for q, r in route_keys(CATALOG) if r == region}
    return [own.get(q["id"], f"wegwijzer/{q['id']}/") for q in CATALOG.all("question")]


def _visible_cards(visit: Visit) -> list[dict[str, str | None]]:
    """Visible partner cards inside visible steps: their data-municipalities (None for national partners)."""
    return visit.page.evaluate("""() => Array.from(document.querySelectorAll('li.ww-step li.ww-partner'))
        .filter(card => card.getClientRects().length > 0 && card.closest('li.ww-step').getClientRects().length > 0)
        .map(card => ({name: card.querySelector('a').textContent, towns: card.getAttribute('data-municipalities')}))""")


def test_choosing_a_municipality_shows_only_its_partners_in_every_step(site_url: str,
                                                                       tab: Callable[..., Visit]) -> None:
    town = _chosen_town()
    visit = tab(site_url, phone=True)
    visit.goto("")
    choose(visit, town["name"][:3].lower(), town["name"], prefix=HOME)
    assert visit.page.evaluate("localStorage.getItem('ww-region')") == town["region"]
    region = CATALOG.get("region", town["region"])
    region_towns = {t["id"] for t in region["municipalities"]}
    own = 0
    problems = []
    for path in _route_paths(town["region"]):
        visit.goto(path)
        for card in _visible_cards(visit):
            towns = (card["towns"] or "").split()
            if card["towns"] is not None and town["id"] not in towns:
                problems.append(f"/{path}: {card['name']} werkt niet in {town['name']} ({card['towns']})")
            if towns and not region_towns <= set(towns):
                own += 1
        hidden_own = visit.page.evaluate("""id => Array.from(
            document.querySelectorAll('li.ww-partner[data-municipalities]'))
            .filter(card => card.getAttribute('data-municipalities').split(' ').includes(id)
                            && card.getClientRects().length === 0
                            && card.closest('[data-regions]:not(.ww-partner)') === null)
            .map(card => card.querySelector('a').textContent)""", town["id"])
        if hidden_own:
            problems.append(f"/{path}: partners van {town['name']} verborgen: {hidden_own}")
    assert not problems, "\n".join(problems)
    assert own, f"geen enkele stap toont een partner die alleen in een deel van de regio van {town['name']} werkt"
    assert not visit.console_errors + visit.page_errors
    assert not visit.foreign_requests()


def test_a_municipality_without_data_gets_the_national_help(site_url: str, tab: Callable[..., Visit]) -> None:
    town = _town_without_data()
    visit = tab(site_url, phone=True)
    visit.goto("")
    choose(visit, town["name"][:4], town["name"], prefix=HOME)
    panel = visit.page.locator(f"#{HOME}-missing")
    assert panel.is_visible()
    text = panel.inner_text()
    assert "Jouw samenwerkingsverband staat er nog niet in" in text
    for swv_id in town.get("swvs", []):
        assert CATALOG.get("swv", swv_id)["code"] in text
    if len(town.get("swvs", [])) > 1:
        assert f"{town['name']} is verdeeld over meer samenwerkingsverbanden" in text
    elif town.get("swvs"):
        assert f"{town['name']} hoort bij" in text
    phone = national_phone(CATALOG)
    if phone:
        assert phone in text
    href = panel.locator("a", has_text="Zo voeg je een regio toe").get_attribute("href")
    assert href == site_url + "bijdragen/regio-toevoegen/"
    assert visit.page.evaluate("localStorage.getItem('ww-region')") == ""
    for path in _route_paths(None):
        visit.goto(path)
        assert visit.page.locator("#ww-place-missing").is_visible(), path
        assert all(card["towns"] is None for card in _visible_cards(visit)), path
        regional = visit.page.eval_on_selector_all(
            "[data-regions]:not(.ww-partner):not(.ww-route), [data-regional]", f"els => els.filter({SHOWN}).length")
        assert regional == 0, path
        steps = visit.page.eval_on_selector_all("li.ww-step", f"els => els.filter({SHOWN}).length")
        generic = [s for s in CATALOG.get("question", path.split("/")[1])["steps"] if not s.get("regions")]
        assert steps == len(generic), path
    # The stroomschema names no region's own first stops, only what kind of organisation they are.
    visit.goto("wegwijzer/")
    shown = visit.page.eval_on_selector_all("[data-ww-stops]", f"els => els.filter({SHOWN}).map(e => e.innerText)")
    assert shown and visit.page.locator("[data-ww-filled]").count() == 0
    regional = [p["name"] for p in CATALOG.all("partner") if NATIONAL not in p.get("areas", [NATIONAL])]
    assert not [text for text in shown if any(name in text for name in regional)]
    assert not visit.console_errors + visit.page_errors
    assert not visit.foreign_requests()


def test_municipalities_are_found_by_their_first_letters(site_url: str, tab: Callable[..., Visit]) -> None:
    """A sample spread over the whole list (the unit test tries every municipality and every prefix)."""
    offered = choices(CATALOG)
    sample = offered[:: max(1, len(offered) // 25)] + [e for e in offered if e.get("region")][:3]
    visit = tab(site_url)
    visit.goto("")
    missed = []
    for entry in sample:
        name = entry["name"]
        typed = next(name[:n] for n in range(1, len(name) + 1) if len(fold(name[:n]).replace(" ", "")) >= 3
                     or n == len(name))
        if name not in typed_options(visit, typed, HOME):
            missed.append(f"{typed!r} → {name}")
    assert not missed, missed
    # The start of a later word, across punctuation: "hertogenbosch", "fryslan", "bergen l" (as the package matches).
    for entry in offered:
        words = fold(entry["name"]).split(" ")
        if len(words) < 2:
            continue
        for typed in [" ".join(words)] + ([words[-1]] if len(words[-1]) >= 3 else []):
            if entry["name"] not in typed_options(visit, typed, HOME):
                missed.append(f"{typed!r} → {entry['name']}")
    assert not missed, missed
    assert typed_options(visit, "zzzq", HOME) == []
    assert visit.page.inner_text(f"#{HOME}-status") == "Geen gemeente gevonden."


@pytest.mark.parametrize("phone", [True, False], ids=["390px", "1366px"])
def test_home_page_with_the_list_open_is_accessible(site_url: str, tab: Callable[..., Visit], phone: bool) -> None:
    visit = tab(site_url, phone=phone)
    visit.goto("")
    for prefix in (HOME, "ww-place"):
        assert typed_options(visit, "b", prefix), prefix
        assert visit.page.get_attribute(f"#{prefix}-input", "aria-expanded") == "true"
        visit.page.keyboard.press("ArrowDown")
        active = visit.page.get_attribute(f"#{prefix}-input", "aria-activedescendant")
        assert active and visit.page.get_attribute(f"#{active}", "aria-selected") == "true"
        violations = serious_violations(visit)
        assert not violations, "\n".join(violations)
        visit.page.keyboard.press("Escape")
        assert visit.page.get_attribute(f"#{prefix}-input", "aria-expanded") == "false"
    width = visit.page.evaluate("document.documentElement.scrollWidth")
    assert width <= visit.page.viewport_size["width"], "the open list pushes the page sideways"
    assert not visit.console_errors + visit.page_errors
    assert not visit.foreign_requests()
