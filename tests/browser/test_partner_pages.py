"""Every partner page at 390 px: the contact line straight after the title, no general doubt box above it, each
doubt beside its field (in words), the check line near the top; the 14 0xx tip beside the number; no serious axe
violation at 390 and 1366 px on the partner pages with the most to show."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.browser.harness import Visit, open_tab
from tests.browser.test_page_checks import serious_violations
from wegwijzer.catalog import load_once
from wegwijzer.render.urls import url
from wegwijzer.rules.doubts import field_doubts, record_doubts
from wegwijzer.rules.phones import is_shared_municipal

pytestmark = pytest.mark.browser

PARTNERS = load_once().all("partner")
SCREEN = 844
# Where a doubt about a field must show: beside the contact details, the description, or the field's own row.
CONTAINER = {"contact": ".ww-contact-first", "description": ".ww-description"}


def _container(field: str) -> str:
    return CONTAINER.get(field.split(".")[0] if field.startswith("contact") else field, "dl.ww-fields")


@pytest.fixture(scope="module")
def phone(browser: object, site_url: str) -> Iterator[Visit]:
    visit = open_tab(browser, site_url, phone=True)
    yield visit
    visit.page.context.close()


def test_the_data_has_partners_to_check() -> None:
    assert len(PARTNERS) > 50 and any(p.get("unconfirmed") for p in PARTNERS)


@pytest.mark.parametrize("partner", PARTNERS, ids=[p["id"] for p in PARTNERS])
def test_contact_first_and_each_doubt_beside_its_fact(partner: dict, phone: Visit) -> None:
    phone.goto(url("partner", partner["id"]))
    page = phone.page
    after_title = page.evaluate("(() => { const n = document.querySelector('article h1').nextElementSibling;"
                                " return n ? n.className : null })()")
    assert after_title == "ww-contact-first", f"{partner['id']}: after the title comes .{after_title}"
    assert page.locator(".ww-contact-first").is_visible()
    before = page.evaluate("(() => { const c = document.querySelector('.ww-contact-first');"
                           " return [...document.querySelectorAll('article .admonition, article .ww-doubts,"
                           " article .ww-unconfirmed')].filter(b => b.compareDocumentPosition(c)"
                           " & Node.DOCUMENT_POSITION_FOLLOWING).length })()")
    assert before == 0, f"{partner['id']}: a box above the contact line"
    checked = page.locator(".ww-checked")
    assert checked.is_visible() and checked.bounding_box()["y"] < SCREEN, "the check line is not near the top"
    assert checked.inner_text().startswith("Gecontroleerd op ")
    for field, texts in field_doubts(partner).items():
        markers = page.locator(f"{_container(field)} .ww-doubt")
        shown = [markers.nth(i).inner_text() for i in range(markers.count()) if markers.nth(i).is_visible()]
        for text in texts:
            assert any(m.startswith("niet bevestigd:") and " ".join(text.split()) in " ".join(m.split())
                       for m in shown), f"{partner['id']}: no marker for {field} in {_container(field)}"
    for text in record_doubts(partner):
        assert " ".join(text.split()) in " ".join(page.locator(".ww-doubts").inner_text().split())
    if is_shared_municipal(partner["contact"].get("phone", "")):
        tip = page.locator(".ww-contact-first .ww-phone-tip")
        assert tip.is_visible() and tip.inner_text() == "(noem de naam van je gemeente)"
    report = page.locator("#klopt-dit-niet")
    assert report.inner_text().startswith("Klopt dit niet?") and report.locator("a").count() >= 1


def _most_to_show() -> list[str]:
    """The partner with the most doubts, one without a number if any, and one with a shared 14 number."""
    chosen = [max(PARTNERS, key=lambda p: len(p.get("unconfirmed") or []))["id"]]
    for test in (lambda p: p["contact"].get("no_phone"), lambda p: is_shared_municipal(p["contact"].get("phone", ""))):
        found = next((p["id"] for p in PARTNERS if test(p)), None)
        if found and found not in chosen:
            chosen.append(found)
    return chosen


@pytest.mark.parametrize("width", [390, 1366])
@pytest.mark.parametrize("partner_id", _most_to_show())
def test_partner_page_has_no_serious_axe_violation(partner_id: str, width: int, site_url: str,
                                                    tab: Callable[..., Visit]) -> None:
    visit = tab(site_url, phone=width < 800)
    visit.goto(url("partner", partner_id))
    violations = serious_violations(visit)
    assert not violations, "\n".join(violations)
