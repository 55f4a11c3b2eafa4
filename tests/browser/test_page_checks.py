"""Every page type of the real site: no console errors, no request to another host, no serious axe violation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.harness import Visit
from wegwijzer.catalog import load_once
from wegwijzer.render.questions import route_keys
from wegwijzer.render.urls import url
from wegwijzer.render.wallchart import wall_chart_key

pytestmark = pytest.mark.browser

# Every page type the site must have: a fixed path, or the record kind whose first generated page stands for it.
PAGE_TYPES: dict[str, str] = {
    "home": "",
    "sociale kaart": "sociale-kaart/",
    "te controleren": "sociale-kaart/te-controleren/",
    "partner": "kind:partner",
    "wegwijzer": "wegwijzer/",
    "vraag": "kind:question",
    "de rol": "de-rol/",
    "competenties": "competenties/",
    "competentie": "kind:competency",
    "rollen": "rollen/",
    "rol": "kind:role",
    "profielen": "profielen/",
    "profiel": "kind:profile",
    "matrix": "matrix/",
    "bijdragen": "bijdragen/",
    "thema's": "tags/",
    "regio": "kind:region",
    "route in een regio": "route",
    "wandkaart van een regio": "wallchart",
}
SERIOUS = ("serious", "critical")
AXE = Axe()


def page_path(page_type: str, site: Path) -> str:
    """The path of a built page of this type; fails when the site has none."""
    target = PAGE_TYPES[page_type]
    if target == "route":  # a question's route in one region (issue 20)
        target = next((url("route", f"{q}/{r}") for q, r in route_keys(load_once())), "wegwijzer/geen-route/")
    if target == "wallchart":  # a region's wall chart (issue 20)
        target = next((url("wallchart", wall_chart_key(r)) for r in load_once().records.get("region", {})),
                      "regio/geen-regio/wandkaart/")
    if not target.startswith("kind:"):
        assert (site / target / "index.html").is_file(), f"de pagina /{target} is niet gebouwd"
        return target
    kind = target.removeprefix("kind:")
    for id_ in load_once().records.get(kind, {}):
        if (site / url(kind, id_) / "index.html").is_file():
            return url(kind, id_)
    pytest.fail(f"geen enkele pagina van het type '{page_type}' ({kind}) is gebouwd: ontbreekt de data of de "
                "renderer?", pytrace=False)


def serious_violations(visit: Visit) -> list[str]:
    """axe-core's serious and critical violations, one line per element."""
    results = AXE.run(visit.page, options={"resultTypes": ["violations"]})
    return [f"{v['id']} ({v['impact']}): {v['help']} bij {node['target']}: {node['html'][:160]}"
            for v in results.response["violations"] if v["impact"] in SERIOUS for node in v["nodes"]]


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_type_is_clean(page_type: str, real_site: Path, site_url: str, tab: Callable[..., Visit]) -> None:
    path = page_path(page_type, real_site)
    visit = tab(site_url)
    visit.goto(path)
    violations = serious_violations(visit)
    visit.page.wait_for_load_state("networkidle")
    assert not visit.console_errors + visit.page_errors, f"/{path}: fouten in de console"
    assert not visit.foreign_requests(), f"/{path}: verzoeken naar een andere host"
    assert not violations, f"/{path}:\n" + "\n".join(violations)


# Phones (320 and 390 px) and a wide screen: tests/browser/test_layout.py.
