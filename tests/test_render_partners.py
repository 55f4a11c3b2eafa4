"""Partner pages: the record footer links to the edit page and to the prefilled form to report a mistake."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import yaml

from wegwijzer.render.partners import _footer, report_url

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


def test_footer_offers_both_links_beside_each_other() -> None:
    html = _footer({"title": "Een vraag", "last_verified": "2026-11-30"}, EDIT)
    assert html.index("Pas de gegevens aan") < html.index("meld een fout")
    assert "title=Fout%3A%20Een%20vraag" in html
    plain = _footer({"name": "X", "last_verified": "2026-11-30"}, None)
    assert "href" not in plain and "30 november 2026" in plain
