"""The escaping building blocks: data text can never become markup, a template or a dangerous link."""

from __future__ import annotations

import pytest
import yaml

from wegwijzer.render.markup import date_nl, esc, external, md_inline, page, paragraphs, safe_url, tel


def test_esc_escapes_markup_and_joins_lines() -> None:
    assert esc('<img src=x onerror="a">\n&') == "&lt;img src=x onerror=&quot;a&quot;&gt; &amp;"
    assert esc(None) == ""


@pytest.mark.parametrize("url", ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                                 "data:text/html,<script>", "vbscript:x", "file:///etc/passwd", "//evil.example"])
def test_unsafe_urls_are_refused(url: str) -> None:
    assert safe_url(url) is None
    assert "<a " not in external(url)


@pytest.mark.parametrize("url", ["https://example.org/a?b=c", "http://example.org", "mailto:a@b.nl", "tel:08002000"])
def test_safe_urls_pass(url: str) -> None:
    assert safe_url(url) == url


def test_md_inline_keeps_markdown_and_templates_literal() -> None:
    text = md_inline("{{ 7*7 }} [x](javascript:y) *a* | b <b>")
    assert "{{" not in text.replace("\\{\\{", "")
    assert "\\[x\\]" in text and "\\*a\\*" in text and "\\|" in text and "&lt;b&gt;" in text


def test_paragraphs() -> None:
    assert paragraphs("een\ntwee\n\n<drie>") == "<p>een twee</p><p>&lt;drie&gt;</p>"


def test_page_front_matter_is_safe_yaml_with_escaped_title() -> None:
    markdown = page("A <b> & 'c'\n---\nx: y", ["<p>body</p>"], {"tags": ["Verzuim"]})
    front = markdown.split("---\n")[1]
    assert yaml.safe_load(front) == {"title": "A &lt;b&gt; &amp; &#x27;c&#x27; --- x: y", "tags": ["Verzuim"]}
    assert "\n# A &lt;b&gt; &amp; 'c' \\-\\-\\- x: y\n" in markdown


def test_dates_and_phones() -> None:
    assert date_nl("2026-03-01") == "1 maart 2026"
    assert tel("020 555 0000") == '<a href="tel:0205550000">020 555 0000</a>'
