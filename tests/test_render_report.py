""""Klopt dit niet?" without a GitHub account: a prefilled e-mail to the address the publisher set, or nothing."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from wegwijzer.render.footer import footer
from wegwijzer.render.report import SLOT, fill, mail_href, page_reference, report_mail, valid_address

ADDRESS = "fouten@example.org"
EVIL = {"id": "x-partner", "name": 'Boos" <script>alert(1)</script> & co?body=gestolen#'}


def _query(href: str) -> dict[str, str]:
    parts = urlsplit(href)
    assert parts.scheme == "mailto"
    return {key: values[0] for key, values in parse_qs(parts.query, keep_blank_values=True).items()}


def test_the_mail_names_the_page_and_the_record_url_encoded() -> None:
    href = report_mail(ADDRESS, {"id": "kindertelefoon", "name": "De Kindertelefoon"}, "partner",
                       page_reference("sociale-kaart/kindertelefoon/", "https://wegwijzer.example.org/"))
    assert href is not None and href.startswith("mailto:fouten@example.org?subject=")
    query = _query(href)
    assert query["subject"] == "Fout in de IB Wegwijzer: De Kindertelefoon"
    assert "Pagina: https://wegwijzer.example.org/sociale-kaart/kindertelefoon/\r\n" in query["body"]
    assert "Record: partner/kindertelefoon (De Kindertelefoon)" in query["body"]
    assert " " not in href and "\n" not in href


def test_untrusted_names_stay_inside_their_parameter() -> None:
    href = report_mail(ADDRESS, EVIL, "partner", "/sociale-kaart/x-partner/")
    assert href is not None
    assert not set('"<> #&?') & set(href.split("?", 1)[1].replace("&body=", "", 1))
    assert _query(href)["subject"] == f"Fout in de IB Wegwijzer: {EVIL['name']}"
    html = fill(f"<p>{SLOT}</p>", ADDRESS, EVIL, "partner", "/sociale-kaart/x-partner/")
    assert "<script>" not in html and html.count('href="') == 1


def test_without_an_address_no_mail_route_is_offered_and_none_is_invented() -> None:
    html_footer = footer({"name": "X", "id": "x", "last_verified": "2026-11-30"},
                         "https://github.com/voorbeeld/wegwijzer/edit/main/data/partners/x.yaml")
    for address in ("", None, "geen adres", "a@b.nl?cc=c@d.nl", "a@b.nl, c@d.nl"):
        html = fill(html_footer, address, {"id": "x", "name": "X"}, "partner", "/sociale-kaart/x/")  # type: ignore[arg-type]
        assert SLOT not in html and "mailto:" not in html and "meld een fout" in html
    assert valid_address(" fouten@example.org ") == ADDRESS


def test_a_mail_without_recipient_still_carries_its_text() -> None:
    href = mail_href("", "Onderwerp", "regel 1\nregel 2")
    assert href.startswith("mailto:?subject=") and unquote(href).endswith("regel 1\r\nregel 2")


def test_every_partner_page_and_route_of_the_real_data_offers_the_e_mail() -> None:
    from pathlib import Path

    from wegwijzer.catalog import load_once
    from wegwijzer.render.pages import generated_pages

    catalog = load_once(Path(__file__).resolve().parent.parent / "data")
    pages = generated_pages(catalog, "https://github.com/voorbeeld/wegwijzer/edit/main/", ADDRESS)
    checked = 0
    for page in pages:
        kind = "partner" if page.src_uri.startswith("sociale-kaart/") else "question" \
            if page.src_uri.startswith("wegwijzer/") else None
        if kind is None:
            continue
        # wegwijzer/<question>.md, or a route of it: wegwijzer/<question>/<region>.md
        id_ = page.src_uri.split("/")[1].removesuffix(".md")
        href = re_href(page.markdown)
        to, query = urlsplit(href).path, _query(href)
        assert to == ADDRESS and f"Record: {kind}/{id_} (" in query["body"], page.src_uri
        assert "meld een fout" in page.markdown and SLOT not in page.markdown
        checked += 1
    routes = sum(1 for page in pages if page.src_uri.startswith("wegwijzer/") and page.src_uri.count("/") == 2)
    assert checked == len(catalog.all("partner")) + len(catalog.all("question")) + routes


def re_href(markdown: str) -> str:
    import html
    import re

    found = re.findall(r'<a href="(mailto:[^"]+)" class="ww-report-mail">', markdown)
    assert len(found) == 1
    return html.unescape(found[0])
