"""How to reach a partner: one sentence per combination of routes, never contradicting itself."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from wegwijzer.catalog import build_catalog
from wegwijzer.render.partners import directory, partner_page
from wegwijzer.render.questions import question_page
from wegwijzer.render.reach import reach_sentence
from wegwijzer.schemas import default_schemas

ROOT = Path(__file__).resolve().parent.parent
NAMES = default_schemas().partner_labels()
ROUTES = list(NAMES["route"])
CONSENTS = list(NAMES["consent"])
ALL = [(list(combo), consent) for size in range(1, len(ROUTES) + 1)
       for combo in itertools.combinations(ROUTES, size) for consent in CONSENTS]
# What each route must make the sentence say (lower case).
MARKERS = {"school": "de school neemt zelf contact op", "ouders": "de ouders", "kind": "het kind",
           "meldcode": "melding volgens de meldcode", "samenwerkingsverband": "via het samenwerkingsverband",
           "verwijzing": "verwijzing", "gemeente": "gemeente"}


def sentence(routes: list[str], consent: str) -> str:
    return reach_sentence({"access": {"routes": routes, "consent": consent}}, NAMES)


def test_the_schema_routes_are_the_ones_the_sentence_knows() -> None:
    assert set(ROUTES) == set(MARKERS)
    assert set(CONSENTS) == {"nodig", "niet-nodig", "afhankelijk"}


@pytest.mark.parametrize(("routes", "consent"), ALL)
def test_every_combination_names_each_route_and_contradicts_nothing(routes: list[str], consent: str) -> None:
    text = sentence(routes, consent)
    low = text.lower()
    for route in routes:
        assert MARKERS[route] in low, (route, text)
    if "school" not in routes:
        assert "de school neemt zelf contact op" not in low
    if "alleen" in low:  # "only via the parents" only when nobody else takes a step
        assert set(routes) == {"ouders"}, text
    assert not ("geen toestemming" in low and "vraagt eerst toestemming" in low), text
    if not set(routes) & {"school", "samenwerkingsverband", "meldcode"}:
        assert "toestemming" not in low, text  # consent is the school's question
    assert text[0].isupper() and text.endswith(".") and "  " not in text and " ;" not in text and ";;" not in text
    assert len(re.findall(r"[.] ", text)) <= 1, text  # at most two sentences: who acts, then consent
    for first, second in itertools.permutations(NAMES["route"].values(), 2):  # no labels strung together
        assert f"{first}, {second}" not in text, text
    assert "Alleen via de ouders" not in text


@pytest.mark.parametrize(("routes", "consent", "expected"), [
    (["school", "ouders"], "niet-nodig",
     "De school neemt zelf contact op; de ouders kunnen ook zelf contact opnemen. De school heeft geen toestemming "
     "van de ouders nodig."),
    (["meldcode", "school", "ouders", "kind"], "niet-nodig",
     "De school neemt zelf contact op, ook voor advies of een melding volgens de meldcode; de ouders en het kind "
     "kunnen ook zelf contact opnemen. De school heeft geen toestemming van de ouders nodig."),
    (["ouders"], "nodig", "Alleen de ouders kunnen contact opnemen; de school kan hen erop wijzen."),
    (["kind"], "niet-nodig", "Het kind kan zelf contact opnemen."),
    (["meldcode"], "niet-nodig",
     "Voor advies of een melding volgens de meldcode neemt de school contact op. De school heeft geen toestemming "
     "van de ouders nodig."),
    (["ouders", "gemeente"], "nodig", "De ouders doen zelf een aanvraag bij de gemeente."),
    (["samenwerkingsverband"], "nodig",
     "De school gaat via het samenwerkingsverband of het ondersteuningsteam. De school vraagt eerst toestemming aan "
     "de ouders."),
    (["verwijzing"], "nodig", "Hulp begint met een verwijzing van de huisarts, de jeugdarts, het wijkteam of de "
                              "gemeente."),
    (["meldcode", "school"], "nodig",
     "De school neemt zelf contact op, ook voor advies of een melding volgens de meldcode. Buiten de meldcode vraagt "
     "de school eerst toestemming aan de ouders."),
])
def test_wording(routes: list[str], consent: str, expected: str) -> None:
    assert sentence(routes, consent) == expected


def test_order_of_routes_does_not_change_the_sentence() -> None:
    assert sentence(["ouders", "kind", "school"], "nodig") == sentence(["school", "kind", "ouders"], "nodig")


def test_every_real_partner_gets_a_sentence() -> None:
    catalog = build_catalog(ROOT / "data")
    seen = set()
    for partner in catalog.all("partner"):
        text = reach_sentence(partner, NAMES)
        assert text.endswith(".") and len(text) < 300, (partner["id"], text)
        seen.add((tuple(sorted(partner["access"]["routes"])), partner["access"]["consent"]))
    assert len(seen) > 10  # the real data uses many combinations; each is among those tested above


def test_pages_show_the_sentence_instead_of_joined_labels(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    partner = catalog.get("partner", "testpartner-00")
    text = reach_sentence(partner, NAMES)
    page = partner_page(catalog, "testpartner-00")
    assert f"<dt>Hoe de school hen bereikt</dt> <dd>{text}</dd>" in page
    assert f'<td data-label="Hoe bereik je hen">{text}</td>' in directory(catalog)
    question = next(q for q in catalog.all("question")
                    if any("testpartner-00" in s.get("partners", []) for s in q["steps"]))
    assert f'<span class="ww-partner-reach">{text}</span>' in question_page(catalog, question["id"])
