"""What Pagefind indexed in the real build: the article only, clean text, the facets, and the browser's word list."""

from __future__ import annotations

import gzip
import json
import shutil
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from wegwijzer.catalog import build_catalog, load_once
from wegwijzer.render.questions import route_keys
from wegwijzer.search.index import (
    BUNDLE,
    EXTRA,
    browser_data,
    check_bundle,
    directory_words,
    page_texts,
    route_groups,
    spaced,
    version,
    vocabulary,
    words,
)

BOILERPLATE = ["Toon de route voor regio", "alleen in deze browser onthouden", "¶", "Pas de gegevens aan",
               "Link naar dit onderdeel"]


@cache
def _fragments(site: str) -> dict[str, dict[str, Any]]:
    """Pagefind's per-page records (gzip, with a "pagefind_dcd" marker before the JSON), by URL."""
    found = {}
    for path in (Path(site) / BUNDLE / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        record = json.loads(data[len(b"pagefind_dcd"):])
        found[record["url"]] = record
    return found


def test_the_index_is_built_by_pagefind_1_6_as_one_index(real_site: Path) -> None:
    """Pagefind 1.6 from package-lock.json built it (the bundle records its version), with no parts beside it."""
    lock = json.loads((Path(__file__).parents[1] / "package-lock.json").read_text(encoding="utf-8"))
    pinned = lock["packages"]["node_modules/pagefind"]["version"]
    assert pinned.startswith("1.6.") and version(real_site / BUNDLE) == pinned
    assert not list((real_site / BUNDLE).glob("deel-*")), "een index in delen is niet meer nodig"
    assert f'pagefind_version="{pinned}"' in (real_site / BUNDLE / "pagefind.js").read_text(encoding="utf-8")


def test_every_question_and_partner_is_indexed_with_its_facets(real_site: Path) -> None:
    fragments = _fragments(str(real_site))
    catalog = load_once()
    for question in catalog.all("question"):
        record = fragments[f"/wegwijzer/{question['id']}/"]
        assert record["filters"]["type"] == ["Vraag"] and record["meta"]["type"] == "Vraag"
        assert record["filters"]["regio"] and record["filters"]["thema"]
    for partner in catalog.all("partner"):
        record = fragments[f"/sociale-kaart/{partner['id']}/"]
        assert record["filters"]["type"] == ["Partner"]
        assert sorted(record["filters"]["regio"]) == sorted(catalog.regions_of(partner))
        assert record["meta"].get("telefoon") == partner.get("contact", {}).get("phone")
    assert fragments["/"]["filters"]["type"] == ["Pagina"]
    assert "/tags/" not in fragments, "het themaoverzicht herhaalt alleen titels"


def test_only_the_article_is_indexed_as_clean_text(real_site: Path) -> None:
    fragments = _fragments(str(real_site))
    for url, record in fragments.items():
        for text in BOILERPLATE:
            assert text not in record["content"], f"{url}: {text!r} staat in de zoekindex"
        assert "IB Wegwijzer Wegwijzer" not in record["content"], f"{url}: navigatie in de zoekindex"
        for glued in ("oudersToestemming", "nodigToelichting", "gebruiktKosten"):
            assert glued not in record["content"], f"{url}: velden zonder spatie ertussen"
    overview = fragments["/sociale-kaart/"]["content"]
    assert not any(p["name"] in overview for p in load_once().all("partner")), "de grote tabel staat in de index"


def test_the_browser_gets_words_synonyms_regions_and_themes(real_site: Path) -> None:
    data = json.loads((real_site / BUNDLE / EXTRA).read_text(encoding="utf-8"))
    vocabulary_ = data["words"].split(" ")
    # Most used first (search.js takes the first close word and the first completion): the order is the ranking.
    pages = page_texts(Path(__file__).parents[1] / "docs")
    assert vocabulary_ == [word for word, _ in vocabulary(load_once(), pages)]
    assert {"hoofdluis", "dyslexie", "spijbelen", "toelaatbaarheidsverklaring"} <= set(vocabulary_)
    assert ["spijbelen", "spijbelt"] == [t for t in next(g for g in data["synonyms"] if "spijbelt" in g)][:2]
    assert [r["id"] for r in data["regions"]] == [r["id"] for r in load_once().all("region")]
    assert {"id": "verzuim", "name": "Verzuim", "questions": True} in data["themes"]
    assert not (real_site / BUNDLE / "pagefind-ui.js").exists(), "Pagefind's eigen zoekschermen worden niet gebruikt"


def test_words_are_lower_case_letters_and_digits() -> None:
    assert list(words("Zelfmoord-gedachten, TLV & 16 uur; suïcide!")) == ["zelfmoord", "gedachten", "tlv", "uur",
                                                                          "suïcide"]


def test_vocabulary_counts_texts_and_skips_ids_and_links(dataset: Path) -> None:
    catalog = build_catalog(dataset)
    counted = dict(vocabulary(catalog, ["# Kop\n\n{{ macro_naam() }} Een woordje [link](https://x.example/pad)"]))
    assert counted["woordje"] == 1 and "macro_naam" not in counted and "example" not in counted
    assert "org" not in counted and "https" not in counted, "webadressen zijn geen woorden die iemand typt"
    assert browser_data(catalog)["synonyms"] == []


@pytest.mark.parametrize("pattern", ["pagefind.js", "wasm.nl.pagefind", "pagefind.*.pf_meta", "pagefind-entry.json"])
def test_a_bundle_file_written_short_is_caught(pattern: str, real_site: Path, tmp_path: Path) -> None:
    """On a busy machine Pagefind once left pagefind.js cut off at 32 kB; the build then indexes again (build())."""
    bundle = tmp_path / BUNDLE
    shutil.copytree(real_site / BUNDLE, bundle)
    check_bundle(bundle)
    target = next(bundle.glob(pattern))
    target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
    with pytest.raises((RuntimeError, ValueError), match="onvolledig|Expecting|Unterminated|Extra data"):
        check_bundle(bundle)


def test_touching_elements_of_the_article_get_a_space_but_code_and_the_theme_do_not() -> None:
    page = ('<nav><a>Home</a><a>Kaart</a></nav><article data-pagefind-body><span><a>Bel 020</a></span><span>'
            '<a>okt.nl</a></span><td>Veld</td><td>Betekenis</td><pre><span>def</span><span>f</span></pre></article>'
            '<footer><b>a</b><i>b</i></footer>')
    out = spaced(page)
    assert "</span> <span><a>okt.nl" in out and "</td> <td>Betekenis" in out
    assert "<pre><span>def</span><span>f</span></pre>" in out, "spaties in code veranderen de code"
    assert out.startswith("<nav><a>Home</a><a>Kaart</a></nav>") and out.endswith("<footer><b>a</b><i>b</i></footer>")
    assert spaced("<p>a</p><p>b</p>") == "<p>a</p><p>b</p>", "een pagina buiten de index blijft zoals hij is"


def test_the_directory_gets_each_partners_page_words_kind_and_towns() -> None:
    found = directory_words(load_once())
    nijmegen = found["buurtteams-jeugd-en-gezin-nijmegen"].split(" ")
    assert {"jeugdhulp", "nijmegen", "basisteam", "wijkteam"} <= set(nijmegen)
    assert len(nijmegen) == len(set(nijmegen)) and set(found) == {p["id"] for p in load_once().all("partner")}


def test_route_pages_are_named_with_their_question_for_the_worker(real_site: Path) -> None:
    """Every route page of the built site is in the map the worker uses to keep one route per question, with its
    own question; no other page is."""
    catalog = load_once()
    extra = json.loads((real_site / "pagefind" / "wegwijzer-zoeken.json").read_text(encoding="utf-8"))
    routes = extra["routes"]
    pages = {f"/wegwijzer/{q}/{r}/" for q, r in route_keys(catalog)}
    indexed = [url for url in _fragments(str(real_site)) if url in pages]  # a route of only quiet steps is not
    assert indexed and len(routes) == len(indexed)
    for page_id, question in routes.items():
        raw = gzip.decompress((real_site / "pagefind" / "fragment" / f"{page_id}.pf_fragment").read_bytes())
        url = json.loads(raw[len(b"pagefind_dcd"):])["url"]
        assert url.strip("/").split("/")[:2] == ["wegwijzer", question], url


def test_a_fragment_group_is_read_page_by_page(tmp_path: Path) -> None:
    catalog = load_once()
    question, region = route_keys(catalog)[0]
    folder = tmp_path / "fragment"
    folder.mkdir()
    group = {"nl_a": {"url": f"/sub/wegwijzer/{question}/{region}/"}, "nl_b": {"url": f"/wegwijzer/{question}/"}}
    (folder / "nl_group.pf_fragment").write_bytes(gzip.compress(b"pagefind_dcd" + json.dumps(group).encode()))
    single = {"url": f"/wegwijzer/{question}/{region}/"}
    (folder / "nl_c.pf_fragment").write_bytes(gzip.compress(b"pagefind_dcd" + json.dumps(single).encode()))
    assert route_groups(tmp_path, catalog) == {"nl_a": question, "nl_c": question}
