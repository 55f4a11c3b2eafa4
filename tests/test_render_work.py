"""The /de-rol/ macros: a day's tasks with their roles and competencies, and the dated timeline."""

from __future__ import annotations

import re
from pathlib import Path

from roles_data import HOSTILE, write_role_data

from wegwijzer.catalog import Catalog, build_catalog
from wegwijzer.render.markup import esc
from wegwijzer.render.work import date_text, timeline, workday

REAL = build_catalog()


def test_every_task_with_its_roles_and_competencies() -> None:
    html = workday(REAL)
    cards = dict(re.findall(r'<li class="ww-card" id="taak-([\w-]+)">(.*?)</li>', html))
    assert set(cards) == set(REAL.records["task"])
    for task in REAL.all("task"):
        card = cards[task["id"]]
        assert esc(task["name"]) in card
        assert set(re.findall(r'href="../rollen/([\w-]+)/"', card)) == set(task["roles"])
        assert set(re.findall(r'href="../competenties/([\w-]+)/"', card)) == set(task["competencies"])
        for source in task["sources"]:
            assert f'href="{esc(source["url"])}"' in card


def test_timeline_is_in_date_order_with_sources() -> None:
    html = timeline(REAL)
    dates = re.findall(r'<time datetime="([^"]+)">', html)
    assert dates == sorted(m["date"] for m in REAL.all("milestone"))
    for milestone in REAL.all("milestone"):
        assert f'id="mijlpaal-{milestone["id"]}"' in html and esc(milestone["title"]) in html
        for source in milestone["sources"]:
            assert f'href="{esc(source["url"])}"' in html


def test_dates_are_as_precise_as_the_source() -> None:
    assert [date_text(d) for d in ("1990", "1990-10", "2014-08-01")] == ["1990", "oktober 1990", "1 augustus 2014"]


def test_text_stays_text_and_empty_data_says_so(tmp_path: Path) -> None:
    catalog = build_catalog(write_role_data(tmp_path / "data"))
    html = workday(catalog) + timeline(catalog)
    assert "<script>" not in html and esc(HOSTILE) in html
    assert html.index("Eerder") < html.index("Later")
    assert "nog geen taken" in workday(Catalog()) and "nog geen mijlpalen" in timeline(Catalog())
