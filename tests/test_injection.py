"""Hostile text in the data stays text: escaped on every page, no script, no template, no unsafe link."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from tests.browser.harness import build_site, open_tab, serve, shared_chromium
from tests.browser.search_box import open_search, search
from wegwijzer.catalog import build_catalog
from wegwijzer.devtools.synth import write_dataset

pytestmark = pytest.mark.build

TEMPLATE = "{{ 7*7 }}"
PAYLOADS = [
    TEMPLATE,
    "{% include 'x' %}",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "[klik](javascript:alert(1))",
    '<a href="javascript:alert(1)">klik</a>',
    "| x | y |",
    "</td></tr></table><script>alert(1)</script>",
    '--8<-- "/etc/passwd"',
]
# Multi-line Markdown: a table, a snippet include and a raw HTML block, each on its own line.
LONG = "\n\n".join(PAYLOADS) + "\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n<div onclick=alert(1)>blok</div>"
TITLE = "Zoekinjectie <img src=x onerror=alert(1)> {{ 7*7 }}"
PAGES = ["", "sociale-kaart/", "sociale-kaart/testpartner-00/", "sociale-kaart/testpartner-01/", "wegwijzer/",
         "wegwijzer/testvraag-00/", "tags/"]
SAFE_SCHEMES = {"https", "http", "mailto", "tel"}


def _edit(path: Path, change: Any) -> None:
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(record)
    path.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _partner_00(p: dict[str, Any]) -> None:
    p.update(name="<script>alert(1)</script> {{ 7*7 }}", aliases=PAYLOADS[:8], description=LONG, costs="| x | y |")
    p["access"]["notes"] = LONG
    p["contact"]["email"] = 'x"onmouseover="alert(1)"@example.org'


def _partner_01(p: dict[str, Any]) -> None:
    p.update(name="</td></tr></table><script>alert(1)</script>", description='--8<-- "/etc/passwd"\n\n| x | y |')


def _question(q: dict[str, Any]) -> None:
    q.update(title=TITLE, summary=LONG, urgent=LONG, keywords=list(PAYLOADS))
    q["steps"][0].update(title="<script>alert(1)</script>", text=LONG, bring=list(PAYLOADS), next=LONG)
    q["sources"][0]["title"] = "<img src=x onerror=alert(1)>"


def _region(r: dict[str, Any]) -> None:
    r.update(name="{{ 7*7 }} <b>Noord</b>", description=LONG)
    r["municipalities"][1]["name"] = "<script>alert(1)</script>dorp"


def hostile_dataset(folder: Path) -> Path:
    """A fictitious data folder whose text fields hold template, HTML, script, URL and Markdown payloads."""
    data = write_dataset(12, folder)
    _edit(data / "partners" / "testpartner-00.yaml", _partner_00)
    _edit(data / "partners" / "testpartner-01.yaml", _partner_01)
    _edit(data / "questions" / "testvraag-00.yaml", _question)
    _edit(data / "regions" / "fictieve-regio-noord.yaml", _region)
    return data


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    data = hostile_dataset(folder / "data")
    catalog = build_catalog(data)
    assert catalog.ok, [p for p in catalog.problems if p.is_error]
    return build_site(folder / "site", data)


class _Page(HTMLParser):
    """Collects the text, tags, attributes and scripts of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in.append(tag)
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if self._in:
            self.scripts[-1] += data
        else:
            self.text.append(data)


def parse(site: Path, page: str) -> _Page:
    parser = _Page()
    parser.feed((site / page / "index.html").read_text(encoding="utf-8"))
    return parser


def _text(fragment: str) -> str:
    parser = _Page()
    parser.feed(fragment)
    return _words(" ".join(parser.text))


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("page", PAGES)
def test_payloads_show_as_text_and_nothing_runs(hostile_site: Path, page: str) -> None:
    parsed = parse(hostile_site, page)
    text = _words(" ".join(parsed.text))
    for tag, attrs in parsed.tags:
        handlers = [name for name in attrs if name.lower().startswith("on")]
        assert not handlers, f"<{tag}> met {handlers} op /{page}"
        assert tag not in ("img", "iframe", "object", "embed", "base"), f"<{tag} {attrs}> op /{page}"
        if tag == "a" and attrs.get("href"):
            scheme = urlsplit(attrs["href"]).scheme.lower()
            assert scheme in SAFE_SCHEMES or not scheme, f"link {attrs['href']!r} op /{page}"
        if tag == "script":
            assert not attrs.get("src") or attrs["src"].split("/")[-2] in ("javascripts", "assets"), attrs
    assert not [s for s in parsed.scripts if "alert(" in s], f"script uit de data op /{page}"
    assert "root:x:0:0" not in text
    assert "49" not in text, f"een template is uitgevoerd op /{page}"
    if page != "sociale-kaart/testpartner-01/":
        assert TEMPLATE in text, f"{TEMPLATE} staat niet letterlijk op /{page}"


def test_every_payload_is_shown_literally(hostile_site: Path) -> None:
    partner = _words(" ".join(parse(hostile_site, "sociale-kaart/testpartner-00/").text))
    question = _words(" ".join(parse(hostile_site, "wegwijzer/testvraag-00/").text))
    for payload in PAYLOADS:
        assert payload in partner, payload
        assert payload in question, payload
    assert "<div onclick=alert(1)>blok</div>" in partner
    assert '--8<-- "/etc/passwd"' in _words(" ".join(parse(hostile_site, "sociale-kaart/testpartner-01/").text))
    assert TITLE in _words(" ".join(parse(hostile_site, "wegwijzer/").text))


@pytest.mark.parametrize(("page", "title"), [
    ("wegwijzer/testvraag-00/", TITLE),
    ("sociale-kaart/testpartner-00/", "<script>alert(1)</script> {{ 7*7 }}"),
    ("sociale-kaart/testpartner-01/", "</td></tr></table><script>alert(1)</script>"),
])
def test_headings_and_titles_are_literal(hostile_site: Path, page: str, title: str) -> None:
    html = (hostile_site / page / "index.html").read_text(encoding="utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    assert heading is not None and _text(re.sub(r'<a class="headerlink".*?</a>', "", heading.group(1))) == title
    head = re.search(r"<title>(.*?)</title>", html, re.S)
    assert head is not None and _text(head.group(1)) == f"{title} - IB Wegwijzer"


def test_directory_table_is_not_broken(hostile_site: Path) -> None:
    html = (hostile_site / "sociale-kaart" / "index.html").read_text(encoding="utf-8")
    table = re.search(r'<table class="ww-directory".*?</table>', html, re.S)
    assert table is not None
    rows = re.findall(r"<tr data-towns.*?</tr>", table.group(0), re.S)
    assert len(rows) == 12
    assert all(row.count("<td") == 6 and row.count("</td>") == 6 for row in rows)
    assert "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;" in table.group(0)


def test_search_index_keeps_payloads_as_text(hostile_site: Path) -> None:
    records = [json.loads(gzip.decompress(path.read_bytes())[len(b"pagefind_dcd"):])
               for path in (hostile_site / "pagefind" / "fragment").glob("*.pf_fragment")]
    [question] = [r for r in records if r["url"] == "/wegwijzer/testvraag-00/"]
    # Pagefind stores the page's text: the escaped payloads come back as the literal text a reader saw, which
    # search.js only ever shows as text (test_no_script_runs_in_search_results checks that in Chromium).
    assert "<img src=x onerror=alert(1)>" in question["meta"]["title"]
    assert "<script>alert(1)</script>" in question["content"] and "&lt;script" not in question["content"]


@pytest.mark.parametrize(("field", "value"), [
    (("contact", "website"), "javascript:alert(1)"),
    (("contact", "website"), "JavaScript:alert(1)"),
    (("contact", "website"), " javascript:alert(1)"),
    (("contact", "website"), "data:text/html,<script>alert(1)</script>"),
    (("contact", "website"), "vbscript:msgbox(1)"),
    (("contact", "website"), "//evil.example/"),
    (("sources", 0, "url"), "javascript:alert(1)"),
    (("sources", 0, "url"), "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
])
def test_unsafe_url_fields_are_rejected(tmp_path: Path, field: tuple[Any, ...], value: str) -> None:
    data = write_dataset(3, tmp_path / "data")

    def put(partner: dict[str, Any]) -> None:
        target = partner
        for key in field[:-1]:
            target = target[key]
        target[field[-1]] = value

    _edit(data / "partners" / "testpartner-1.yaml", put)
    catalog = build_catalog(data)
    dotted = ".".join(str(k) for k in field).replace(".0.", "[0].")
    errors = [p for p in catalog.problems if p.is_error]
    assert [p.field for p in errors] == [dotted], errors
    assert errors[0].file.endswith("partners/testpartner-1.yaml") and errors[0].line >= 1


@pytest.fixture(scope="module")
def hostile_tab(hostile_site: Path) -> Iterator[Any]:
    browser = shared_chromium()
    with serve(hostile_site) as base:
        yield lambda: open_tab(browser, base)


@pytest.mark.browser
@pytest.mark.parametrize("page", PAGES)
def test_no_script_runs_in_chromium(hostile_tab: Any, page: str) -> None:
    visit = hostile_tab()
    try:
        visit.goto(page)
        visit.page.wait_for_timeout(200)
        assert not visit.dialogs, visit.dialogs
        assert not visit.page_errors
        assert not [u for u in visit.requests if urlsplit(u).path.endswith("/x")], "een <img src=x> is geladen"
        assert not visit.foreign_requests()
    finally:
        visit.page.context.close()


@pytest.mark.browser
def test_no_script_runs_in_search_results(hostile_tab: Any) -> None:
    visit = hostile_tab()
    try:
        visit.goto("")
        open_search(visit)
        assert search(visit, "Zoekinjectie")
        visit.page.wait_for_timeout(300)
        first = visit.page.text_content("[data-search-result] .ww-search__title")
        assert first is not None and "<img src=x onerror=alert(1)>" in first
        assert visit.page.eval_on_selector_all("#ww-search-panel img, #ww-search-panel script", "e => e.length") == 0
        assert not visit.dialogs, visit.dialogs
        assert not visit.page_errors
        assert not [u for u in visit.requests if urlsplit(u).path.endswith("/x")], "een <img src=x> is geladen"
    finally:
        visit.page.context.close()
