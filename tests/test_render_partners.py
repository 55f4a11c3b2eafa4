"""Partner pages: the record footer links to the edit page and to the prefilled form to report a mistake; consent is
said once."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import yaml

from wegwijzer.catalog import build_catalog
from wegwijzer.render.footer import footer, report_url
from wegwijzer.render.markup import date_nl
from wegwijzer.render.partners import partner_page
from wegwijzer.render.reach import consent_sentence
from wegwijzer.render.report import SLOT as REPORT_SLOT

ROOT = Path(__file__).resolve().parent.parent
EDIT = "https://github.com/voorbeeld/wegwijzer/edit/main/data/partners/kindertelefoon.yaml"


def test_report_link_opens_the_fout_melden_form_prefilled_for_the_record() -> None:
    url = report_url({"name": "De Kindertelefoon", "last_verified": "2026-11-30"}, EDIT)
    assert url is not None
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://github.com/voorbeeld/wegwijzer/issues/new"
    query = {key: values[0] for key, values in parse_qs(parts.query).items()}
    assert query == {"template": "fout-melden.yml", "title": "Fout: De Kindertelefoon",
                     "pagina": "De Kindertelefoon (data/partners/kindertelefoon.yaml)"}
    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / query["template"]).read_text(encoding="utf-8"))
    ids = {item.get("id") for item in form["body"]}
    assert set(query) - {"template", "title"} <= ids  # GitHub fills a form field only by its id


def test_footer_offers_the_e_mail_route_before_the_github_links() -> None:
    html = footer({"title": "Een vraag", "last_verified": "2026-11-30"}, EDIT)
    report = html[html.index('id="klopt-dit-niet"'):]
    assert report.index("Klopt dit niet?") < report.index(REPORT_SLOT) < report.index("meld een fout") \
        < report.index("pas de gegevens aan")
    assert "title=Fout%3A%20Een%20vraag" in html
    plain = footer({"name": "X", "last_verified": "2026-11-30"}, None)
    assert "href" not in plain and "30 november 2026" in plain


def test_consent_is_said_once_on_a_partner_page() -> None:
    """The reach sentence says whether the school asks the parents first; then no second row repeats it."""
    catalog = build_catalog(ROOT / "data")
    said_in_sentence = 0
    for partner in catalog.all("partner"):
        fields = re.search(r'<dl class="ww-fields">(.*?)</dl>', partner_page(catalog, partner["id"])).group(1)
        row = "<dt>Toestemming van ouders</dt>" in fields
        if consent_sentence(partner):
            said_in_sentence += 1
            assert not row and consent_sentence(partner) in fields, partner["id"]
        else:
            assert row, partner["id"]
    assert said_in_sentence > 10  # the real data has many partners the school contacts itself


def _doubtful(folder: Path) -> None:
    """testpartner-01 doubts its phone, costs and description, and one thing about the whole record."""
    path = folder / "partners" / "testpartner-01.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["contact"]["phone"] = "020 000 0000"
    data["unconfirmed"] = [{"field": "contact.phone", "text": "Het nummer staat alleen op een pagina uit 2007."},
                           {"field": "costs", "text": "De <eigen> bijdrage staat nergens."},
                           {"field": "description", "text": "Of het team ook 's zomers werkt."},
                           "Wie de jeugdgezondheidszorg levert, staat nergens."]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    path = folder / "partners" / "testpartner-02.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["contact"]["no_phone"] = "De gemeente publiceert geen apart nummer; gebruik het formulier."
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_each_doubt_sits_beside_its_field_and_the_contact_line_comes_first(dataset: Path) -> None:
    _doubtful(dataset)
    catalog = build_catalog(dataset)
    assert catalog.ok, catalog.problems
    markdown = partner_page(catalog, "testpartner-01")
    body = markdown.split("\n# ", 1)[1].split("\n\n", 1)[1]
    assert body.startswith('<p class="ww-contact-first">')
    contact = re.search(r'<p class="ww-contact-first">.*?</p>', body).group(0)
    assert ('Bel 020 000 0000</a> <span class="ww-doubt" data-pagefind-ignore>'
            '<span class="ww-doubt-label">niet bevestigd:</span> '
            "Het nummer staat alleen op een pagina uit 2007.</span>") in contact
    costs = re.search(r"<dt>Kosten</dt> <dd>(.*?)</dd>", body).group(1)
    assert "niet bevestigd:</span> De &lt;eigen&gt; bijdrage staat nergens." in costs
    assert "niet bevestigd:</span> Of het team ook &#x27;s zomers werkt." in \
        re.search(r'<div class="ww-description">.*?</div>', body).group(0)
    note = re.search(r'<section class="ww-doubts" data-pagefind-ignore="all">.*?</section>', body).group(0)
    assert "Wie de jeugdgezondheidszorg levert, staat nergens." in note and "Telefoon" not in note
    assert body.index("ww-fields") < body.index("ww-doubts") and "admonition" not in body
    checked = re.search(r'<p class="ww-checked" data-pagefind-ignore>.*?</p>', body).group(0)
    today = date_nl(catalog.today.isoformat())
    assert checked.startswith(f'<p class="ww-checked" data-pagefind-ignore>Gecontroleerd op {today} met bron '
                              '<a href="https://example.org/fictief/1">Fictieve bron voor tests</a>.')
    assert body.index("ww-contact-first") < body.index("ww-checked") < body.index("ww-description")


def test_a_partner_without_a_number_says_so_and_why(dataset: Path) -> None:
    _doubtful(dataset)
    contact = re.search(r'<p class="ww-contact-first">.*?</p>',
                        partner_page(build_catalog(dataset), "testpartner-02")).group(0)
    assert ("Geen telefoonnummer bekend: De gemeente publiceert geen apart nummer; gebruik het formulier."
            in contact) and "tel:" not in contact and "ww-doubt" not in contact


def test_cards_and_the_directory_say_briefly_that_a_number_is_unconfirmed(dataset: Path) -> None:
    from wegwijzer.render.partners import contact_line, directory

    _doubtful(dataset)
    catalog = build_catalog(dataset)
    line = contact_line(catalog.get("partner", "testpartner-01"))
    assert 'Bel 020 000 0000</a> <span class="ww-doubt" data-pagefind-ignore>niet bevestigd</span>' in line
    assert "ww-doubt" not in contact_line(catalog.get("partner", "testpartner-03"))
    assert directory(catalog).count('<span class="ww-doubt" data-pagefind-ignore>niet bevestigd</span>') == 1
