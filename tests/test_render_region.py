"""The site's one region control, emergency numbers as tap-to-call links, and contact first on partner cards."""

from __future__ import annotations

import re
from pathlib import Path

from wegwijzer.catalog import build_catalog
from wegwijzer.domain import NATIONAL
from wegwijzer.render.partners import contact_line, directory, partner_page
from wegwijzer.render.phones import call_links
from wegwijzer.render.region import municipalities_attr, region_control, short_name


def test_place_control_is_an_accessible_combobox_hidden_without_the_script(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    html = region_control(catalog)
    assert " hidden" in html.split(">", 1)[0], "without the script the control stays hidden"
    assert '<label for="ww-place-input"' in html
    combo = re.search(r"<input [^>]*>", html).group(0)
    for attribute in ('role="combobox"', 'aria-autocomplete="list"', 'aria-expanded="false"',
                      'aria-controls="ww-place-list"'):
        assert attribute in combo
    assert '<ul class="ww-place-list" id="ww-place-list" role="listbox"' in html
    assert 'role="status"' in html
    assert f'data-ww-regions="{" ".join(r["id"] for r in catalog.all("region"))}"' in html
    assert "Jouw samenwerkingsverband staat er nog niet in" in html
    assert 'data-ww-root-href="bijdragen/regio-toevoegen/"' in html


def test_partner_cards_name_the_municipalities_they_serve_except_national_ones() -> None:
    assert municipalities_attr({"areas": ["wijchen", "druten"]}) == ' data-municipalities="wijchen druten"'
    assert municipalities_attr({"areas": [NATIONAL]}) == ""
    assert municipalities_attr({}) == ""


def test_short_region_name() -> None:
    assert short_name({"name": "Groeisaam: West Maas en Waal, Druten en Beuningen"}) == "Groeisaam"
    assert short_name({"name": "Amsterdam en Diemen"}) == "Amsterdam en Diemen"


def test_emergency_numbers_become_tel_links_only_as_whole_numbers() -> None:
    assert call_links("<p>Bel 112 of 0800-2000.</p>") == (
        '<p>Bel <a href="tel:112">112</a> of <a href="tel:08002000">0800-2000</a>.</p>')
    for text in ("Artikel 1121", "https://example.org/112/", "0800-20001", "v1.12"):
        assert call_links(text) == text


def test_contact_line_puts_the_phone_first(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    partner = dict(catalog.get("partner", "testpartner-01"))
    partner["contact"] = {"website": "https://www.example.org/hulp/school/", "phone": "020 555 0000",
                          "email": "info@example.org"}
    line = contact_line(partner)
    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', line)
    assert links == [("tel:0205550000", "Bel 020 555 0000"), ("https://www.example.org/hulp/school/",
                                                               "example.org/hulp/…"),
                     ("mailto:info@example.org", "info@example.org")]


def test_partner_page_shows_contact_before_the_description(dataset: Path) -> None:
    markdown = partner_page(build_catalog(dataset), "testpartner-03")
    assert markdown.index("ww-contact-first") < markdown.index("ww-description")


def test_directory_has_a_contact_column_and_a_caption_the_filter_updates(dataset: Path) -> None:
    html = directory(build_catalog(dataset))
    assert '<th scope="col">Contact</th>' in html and 'id="ww-directory-caption"' in html
    assert html.count('<td data-label="Contact"><span class="ww-contact">') == 12
    assert 'data-region="fictieve-regio-noord"' in html
