"""The pages for boards and contributors, in a real browser on a desktop and a phone: clean, accessible, no
horizontal scroll, and the template download really downloads the template."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.browser.harness import Visit
from tests.browser.test_page_checks import serious_violations

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parent.parent.parent
PAGES = ["begrippen/", "profielen/bestuur/", "profielen/sjabloon/", "bijdragen/"]


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
@pytest.mark.parametrize("path", PAGES)
def test_page_is_clean(path: str, phone: bool, site_url: str, tab: Callable[..., Visit]) -> None:
    visit = tab(site_url, phone=phone)
    visit.goto(path)
    # Material makes a code block that scrolls focusable once it has measured it; axe checks after that.
    visit.page.wait_for_function("[...document.querySelectorAll('pre > code')]"
                                 ".every(c => c.scrollWidth <= c.clientWidth || c.tabIndex === 0)")
    violations = serious_violations(visit)
    assert not visit.console_errors + visit.page_errors, f"/{path}: fouten in de console"
    assert not visit.foreign_requests(), f"/{path}: verzoeken naar een andere host"
    assert not violations, f"/{path}:\n" + "\n".join(violations)
    if phone:
        assert visit.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), \
            f"/{path} schuift op een telefoon zijwaarts"


def test_the_download_link_gives_the_template(site_url: str, tab: Callable[..., Visit]) -> None:
    visit = tab(site_url)
    visit.goto("profielen/bestuur/")
    with visit.page.expect_download() as info:
        visit.page.get_by_role("link", name="Download het sjabloon").click()
    download = info.value
    assert download.suggested_filename == "profiel-sjabloon.yaml"
    assert Path(download.path()).read_text(encoding="utf-8") == (ROOT / "data/profiles/_sjabloon.yaml").read_text(
        encoding="utf-8")
