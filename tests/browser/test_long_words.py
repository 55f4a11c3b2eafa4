"""Issue 24: a 200-character name without spaces wraps at 320 px: no sideways scroll on its partner page, on the
question pages that name it, or in the directory (breadcrumbs, partner names and tables alike)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.browser.harness import Visit, build_site, open_tab, serve
from wegwijzer.devtools.synth import write_dataset

pytestmark = pytest.mark.browser

LONG = "Samenwerkingsverband" * 10  # 200 letters, no space or hyphen
PARTNER = "testpartner-01"


@pytest.fixture(scope="module")
def long_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("long")
    data = write_dataset(12, root / "data")
    path = data / "partners" / f"{PARTNER}.yaml"
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    record["name"] = LONG
    record["aliases"] = [LONG[:120]]
    path.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert len(LONG) == 200
    return build_site(root / "site", data)


@pytest.fixture
def narrow(browser: object, long_site: Path) -> Iterator[Visit]:
    with serve(long_site) as url:
        visit = open_tab(browser, url, phone=True)
        visit.page.set_viewport_size({"width": 320, "height": 700})
        yield visit
        visit.page.context.close()


def _question_pages(site: Path) -> list[str]:
    """Question and route pages (wegwijzer/<question>/ and wegwijzer/<question>/<region>/) that name the partner."""
    return sorted(f"{p.parent.relative_to(site).as_posix()}/" for p in (site / "wegwijzer").glob("*/**/index.html")
                  if LONG in p.read_text(encoding="utf-8"))


def test_a_long_name_wraps_at_320_px(narrow: Visit, long_site: Path) -> None:
    questions = _question_pages(long_site)
    assert questions, "geen vraag- of routepagina noemt de partner"
    wide = []
    for path in [f"sociale-kaart/{PARTNER}/", "sociale-kaart/", *questions]:
        narrow.goto(path)
        assert narrow.page.locator(f"text={LONG[:40]}").count() > 0, path
        extra = narrow.page.evaluate("document.documentElement.scrollWidth") - 320
        if extra > 0:
            wide.append(f"/{path}: {extra} px breder dan 320 px")
    assert not narrow.page_errors
    assert not wide, "\n".join(wide)
