"""Real builds: the site is Dutch, self-contained, complete, and a bad data file stops the build."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from support import build

from wegwijzer.catalog import build_catalog

pytestmark = pytest.mark.build

CATALOG = build_catalog()


class Links(HTMLParser):
    """Collect every URL a page loads or links to."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "audio", "video") and values.get("src"):
            self.loads.append(values["src"])
        if tag == "link" and values.get("href") and values.get("rel") not in ("canonical", "alternate"):
            self.loads.append(values["href"])
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])


def parse(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def test_home_is_dutch(real_site: Path) -> None:
    assert '<html lang="nl"' in (real_site / "index.html").read_text(encoding="utf-8")


def test_no_page_loads_anything_from_another_host(real_site: Path) -> None:
    pages = list(real_site.rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        for url in parse(page).loads:
            assert not urlsplit(url).netloc and not url.startswith("//"), f"{page}: loads {url}"
    for asset in real_site.rglob("*.css"):
        text = asset.read_text(encoding="utf-8", errors="replace")
        assert "fonts.googleapis" not in text and "@import url(http" not in text, asset


def test_every_record_has_its_page_at_the_fixed_url(real_site: Path) -> None:
    prefixes = {"partner": "sociale-kaart", "question": "wegwijzer", "competency": "competenties",
                "role": "rollen", "profile": "profielen"}
    for kind, prefix in prefixes.items():
        for id_ in CATALOG.records.get(kind, {}):
            assert (real_site / prefix / id_ / "index.html").exists(), f"/{prefix}/{id_}/ is missing"


def test_directory_has_a_row_per_partner(real_site: Path) -> None:
    html = (real_site / "sociale-kaart" / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr data-towns="[^"]*" data-themes="[^"]*" data-ages="[^"]*"><td><a href="([^"]+)"', html)
    assert sorted(rows) == sorted(f"../sociale-kaart/{id_}/" for id_ in CATALOG.records["partner"])
    assert len(CATALOG.records["partner"]) >= 52


def test_partner_pages_render_every_field_they_have(real_site: Path) -> None:
    from html import escape

    def shown(value: str) -> str:
        return escape(" ".join(value.split()), quote=True)

    for partner in CATALOG.all("partner"):
        html = (real_site / "sociale-kaart" / partner["id"] / "index.html").read_text(encoding="utf-8")
        assert f">{escape(partner['name'], quote=False)}<" in html
        # The text as a reader sees it: a phone number in a description is a tap-to-call link there.
        text = re.sub(r"<a href=\"tel:[^\"]*\">([^<]*)</a>", r"\1", html)
        for paragraph in re.split(r"\n\s*\n", partner["description"]):
            assert shown(paragraph) in text, partner["id"]
        for alias in partner.get("aliases", []):
            assert shown(alias) in html
        if partner.get("costs"):
            assert shown(partner["costs"]) in html
        for key in ("website",):
            assert f'href="{shown(partner["contact"][key])}"' in html
        if partner["contact"].get("phone"):
            assert shown(partner["contact"]["phone"]) in html
        if partner["contact"].get("email"):
            assert f'href="mailto:{partner["contact"]["email"]}"' in html
        for source in partner.get("sources", []):
            assert f'href="{shown(source["url"])}"' in html
        assert "Laatst gecontroleerd op" in html
        assert f"data/partners/{partner['id']}.yaml" in html


def test_generated_pages_stay_out_of_the_navigation(real_site: Path) -> None:
    html = (real_site / "index.html").read_text(encoding="utf-8")
    nav = html[html.index('<nav class="md-nav md-nav--primary'):]
    nav = nav[:nav.index("</nav>")]
    for id_ in list(CATALOG.records["partner"])[:10]:
        assert f"sociale-kaart/{id_}/" not in nav


def test_bad_data_stops_the_build_and_writes_nothing(dataset: Path, tmp_path: Path) -> None:
    (dataset / "partners" / "stuk.yaml").write_text("id: stuk\nname: [\n", encoding="utf-8")
    site = tmp_path / "site"
    result = build(site, data=dataset)
    assert result.returncode != 0
    assert "stuk.yaml:" in result.stderr and "geen geldige YAML" in result.stderr
    assert not (site / "index.html").exists()


def test_synthetic_data_builds(dataset: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = build(site, data=dataset)
    assert result.returncode == 0, result.stderr
    assert (site / "sociale-kaart" / "testpartner-07" / "index.html").exists()
    assert "WARNING" not in result.stderr


def _sidebar(page: Path) -> str:
    html = page.read_text(encoding="utf-8")
    start = html.index('<nav class="md-nav md-nav--primary')
    return html[start:html.index('<div class="md-sidebar md-sidebar--secondary', start)]


def test_record_pages_share_the_sidebar_rendered_once(real_site: Path) -> None:
    partners = [real_site / "sociale-kaart" / p["id"] / "index.html" for p in CATALOG.all("partner")]
    sidebar = _sidebar(partners[0])
    assert 'href="../../wegwijzer/"' in sidebar and 'href="../"' in sidebar
    assert "md-nav__link--active" not in sidebar
    assert all(_sidebar(page) == sidebar for page in partners[1:])


def test_pages_in_the_nav_mark_themselves_active(real_site: Path) -> None:
    sidebar = _sidebar(real_site / "sociale-kaart" / "te-controleren" / "index.html")
    assert "md-nav__link--active" in sidebar and 'href="../"' in sidebar
