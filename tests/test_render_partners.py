"""Partner pages: the record footer links to the edit page and to the prefilled form to report a mistake; consent is
said once."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import yaml

from wegwijzer.catalog import build_catalog
from wegwijzer.render.partners import _footer, partner_page, report_url
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
    html = _footer({"title": "Een vraag", "last_verified": "2026-11-30"}, EDIT)
    report = html[html.index('id="klopt-dit-niet"'):]
    assert report.index("Klopt dit niet?") < report.index(REPORT_SLOT) < report.index("meld een fout") \
        < report.index("pas de gegevens aan")
    assert "title=Fout%3A%20Een%20vraag" in html
    plain = _footer({"name": "X", "last_verified": "2026-11-30"}, None)
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
