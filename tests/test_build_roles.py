"""Real builds of the IB-role pages: every cross-link resolves, links go both ways, the matrix marks the data."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from roles_data import HOSTILE, write_role_data
from support import build

from wegwijzer.catalog import build_catalog

pytestmark = pytest.mark.build

CATALOG = build_catalog()
SECTIONS = ["competenties", "rollen", "profielen", "de-rol", "matrix"]


class Page(HTMLParser):
    """The links, ids and matrix cells of one built page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.cells: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag == "td" and "ww-mark" in (values.get("class") or ""):
            self.cells.append(values)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def url_of(site: Path, path: Path) -> str:
    return "/" + path.relative_to(site).as_posix().removesuffix("index.html")


def target(site: Path, page_url: str, href: str) -> tuple[Path, str] | None:
    """The built file and anchor a site-internal link points to; None for links to other sites."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    resolved = urlsplit(urljoin(page_url, href))
    path = site / unquote(resolved.path).lstrip("/")
    return (path / "index.html" if resolved.path.endswith("/") else path), resolved.fragment


def role_pages(site: Path) -> list[Path]:
    return [p for section in SECTIONS for p in sorted((site / section).rglob("index.html"))]


def test_every_link_on_the_role_pages_resolves(real_site: Path) -> None:
    pages = role_pages(real_site)
    # 5 overview pages, plus /profielen/bestuur/ and the template preview /profielen/sjabloon/ (for boards)
    assert len(pages) == 5 + 2 + sum(len(CATALOG.records.get(k, {})) for k in ("competency", "role", "profile"))
    ids: dict[Path, set[str]] = {}
    for page in pages:
        for href in parse(page).links:
            found = target(real_site, url_of(real_site, page), href)
            if found is None:
                continue
            file, anchor = found
            assert file.exists(), f"{url_of(real_site, page)}: {href} leads nowhere"
            if anchor and file.suffix == ".html":
                ids.setdefault(file, parse(file).ids)
                assert anchor in ids[file], f"{url_of(real_site, page)}: {href} has no #{anchor}"


def links_of(site: Path, prefix: str, id_: str) -> set[str]:
    """Site-relative targets (without anchor) of every link on a record page."""
    page_url = f"/{prefix}/{id_}/"
    return {urlsplit(urljoin(page_url, href)).path for href in parse(site / prefix / id_ / "index.html").links}


def test_cross_links_go_both_ways(real_site: Path) -> None:
    pairs = [("/rollen/" + r["id"] + "/", "/competenties/" + c + "/") for r in CATALOG.all("role")
             for c in r["competencies"]]
    pairs += [("/profielen/" + p["id"] + "/", "/rollen/" + a["role"] + "/") for p in CATALOG.all("profile")
              for a in p.get("result_areas", [])]
    pairs += [("/profielen/" + p["id"] + "/", "/competenties/" + c + "/") for p in CATALOG.all("profile")
              for c in p.get("competencies", [])]
    assert pairs
    for one, other in pairs:
        for here, there in ((one, other), (other, one)):
            _, prefix, id_, _ = here.split("/")
            assert there in links_of(real_site, prefix, id_), f"{here} does not link to {there}"


def test_tasks_link_to_the_day_and_back(real_site: Path) -> None:
    day = parse(real_site / "de-rol" / "index.html")
    for task in CATALOG.all("task"):
        assert f"taak-{task['id']}" in day.ids
        for role in task["roles"]:
            links = parse(real_site / "rollen" / role / "index.html").links
            assert f"/de-rol/#taak-{task['id']}" in {urljoin(f"/rollen/{role}/", h) for h in links}


def test_matrix_page_marks_exactly_the_references(real_site: Path) -> None:
    cells = parse(real_site / "matrix" / "index.html").cells
    found = {(c["data-row"], c["data-col"]): "ww-yes" in (c["class"] or "") for c in cells}
    expected = ({(c, r["id"]) for r in CATALOG.all("role") for c in r["competencies"]}
                | {(p["id"], a["role"]) for p in CATALOG.all("profile") for a in p.get("result_areas", [])}
                | {(p["id"], c) for p in CATALOG.all("profile") for c in p.get("competencies", [])})
    competencies, roles, profiles = (len(CATALOG.records[k]) for k in ("competency", "role", "profile"))
    assert len(cells) == competencies * roles + profiles * roles + profiles * competencies
    assert {key for key, yes in found.items() if yes} == expected


def test_profile_pages_carry_the_print_document(real_site: Path) -> None:
    css = (real_site / "assets" / "profiel.css").read_text(encoding="utf-8")
    assert re.search(r"@page profiel\s*{[^}]*size: A4", css) and ".ww-profile { page: profiel;" in css
    assert "body:has(.ww-profile) .md-header" in css and "break-after: avoid" in css
    for id_ in CATALOG.records["profile"]:
        html = (real_site / "profielen" / id_ / "index.html").read_text(encoding="utf-8")
        assert 'href="../../assets/profiel.css"' in html
        assert html.count('<div class="ww-profile">') == 1 and html.count("<h1") == 1
        assert '<nav class="ww-profile-toc"' in html


def test_overview_pages_list_every_record(real_site: Path) -> None:
    for prefix, kind in (("competenties", "competency"), ("rollen", "role"), ("profielen", "profile")):
        html = (real_site / prefix / "index.html").read_text(encoding="utf-8")
        for id_ in CATALOG.records[kind]:
            assert f'href="../{prefix}/{id_}/"' in html, (prefix, id_)


def test_fictitious_role_data_builds_and_stays_text(dataset: Path, tmp_path: Path) -> None:
    write_role_data(dataset)
    site = tmp_path / "site"
    result = build(site, data=dataset)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    shown = "&lt;script&gt;alert(1)&lt;/script&gt; {{ config }} **vet** &amp; &quot;quotes&quot;"
    assert HOSTILE.startswith("<script>")
    for page in ("competenties/comp-1", "rollen/rol-a", "profielen/profiel-x", "de-rol", "matrix", "competenties"):
        html = (site / page / "index.html").read_text(encoding="utf-8")
        assert "<script>alert" not in html, page
        assert shown in html, page
