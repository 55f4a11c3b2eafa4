"""Keywords and aliases reach the search index escaped, on the page entry only."""

from __future__ import annotations

from pathlib import Path

from wegwijzer.catalog import build_catalog
from wegwijzer.render.search import add_keywords, page_keywords


def test_question_keywords_and_partner_aliases_are_escaped(dataset: Path) -> None:
    question = dataset / "questions" / "testvraag-00.yaml"
    question.write_text(question.read_text("utf-8").replace("keywords:\n", "keywords:\n- <b>boos</b> & bang\n", 1),
                        encoding="utf-8")
    keywords = page_keywords(build_catalog(dataset))
    assert "&lt;b&gt;boos&lt;/b&gt; &amp; bang" in keywords["wegwijzer/testvraag-00/"]
    assert keywords["sociale-kaart/testpartner-00/"] == ["TP0"]


def test_only_the_page_entry_gets_keywords() -> None:
    entries = [{"location": "wegwijzer/a/"}, {"location": "wegwijzer/a/#route"}, {"location": "wegwijzer/b/"}]
    add_keywords(entries, {"wegwijzer/a/": ["spijbelen"]})
    assert entries == [{"location": "wegwijzer/a/", "keywords": ["spijbelen"]}, {"location": "wegwijzer/a/#route"},
                       {"location": "wegwijzer/b/"}]
