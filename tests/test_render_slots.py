"""Finished HTML skips Markdown through a placeholder and comes back whole; data cannot forge a placeholder."""

from __future__ import annotations

from wegwijzer.render import slots
from wegwijzer.render.markup import paragraphs


def test_placeholder_is_filled_with_the_html() -> None:
    first, second = slots.put("<table><tr><td>één</td></tr></table>"), slots.put("<p>twee</p>")
    assert first != second
    assert slots.fill(f"<h1>Kop</h1>\n{first}\n<p>tussen</p>\n{second}") == (
        "<h1>Kop</h1>\n<table><tr><td>één</td></tr></table>\n<p>tussen</p>\n<p>twee</p>")


def test_each_placeholder_is_filled_once() -> None:
    placeholder = slots.put("<p>eenmalig</p>")
    assert slots.fill(placeholder) == "<p>eenmalig</p>"
    assert slots.fill(placeholder) == placeholder


def test_text_without_placeholders_is_untouched() -> None:
    text = '<div data-ww-slot="0"></div><p>gewone tekst</p>'
    assert slots.fill(text) == text


def test_a_placeholder_in_contributed_text_stays_text() -> None:
    placeholder = slots.put("<script>alert(1)</script>")
    rendered = paragraphs(f"Kijk: {placeholder}")
    assert slots.fill(rendered) == rendered
    assert "<script>" not in slots.fill(rendered)
