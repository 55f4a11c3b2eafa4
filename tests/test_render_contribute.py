"""The field reference: generated from every schema, complete, and the same in CONTRIBUTING.md and on the site."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

import pytest

from wegwijzer.domain import ROOT
from wegwijzer.render.contribute import (
    BEGIN,
    END,
    field_pages,
    reference_html,
    reference_markdown,
    sections,
    update_contributing,
)
from wegwijzer.schemas import Schemas, default_schemas

SCHEMAS = default_schemas()


def schema_fields(schemas: Schemas, node: dict[str, Any], base: str, prefix: str = "") -> dict[str, dict[str, Any]]:
    """Every field path of a schema (lists as []), each with its resolved node and whether it is required."""
    found = {}
    for name, child in node.get("properties", {}).items():
        child, child_base = schemas.resolve(child, base)
        path = prefix + name
        found[path] = {**child, "_required": name in node.get("required", [])}
        inner, inner_base = child, child_base
        if child.get("type") == "array":
            inner, inner_base = schemas.resolve(child["items"], child_base)
            path += "[]"
        for option in inner.get("anyOf", [inner]):  # a list item that may be a text or a block
            option, option_base = schemas.resolve(option, inner_base)
            if option.get("type") == "object":
                found.update(schema_fields(schemas, option, option_base, path + "."))
    return found


def record_schemas() -> list[str]:
    return sorted(p.name.removesuffix(".schema.json") for p in (ROOT / "schemas").glob("*.schema.json")
                  if "properties" in SCHEMAS.raw[p.name])


def test_every_schema_with_fields_has_a_section() -> None:
    kinds = record_schemas()
    assert {"partner", "question", "region"} <= set(kinds)
    assert sorted(s.kind for s in sections(SCHEMAS)) == kinds


@pytest.mark.parametrize("kind", record_schemas())
def test_every_field_is_described_with_its_dutch_title(kind: str) -> None:
    expected = schema_fields(SCHEMAS, SCHEMAS.schema(kind), f"{kind}.schema.json")
    section = next(s for s in sections(SCHEMAS) if s.kind == kind)
    assert section.title == SCHEMAS.schema(kind)["title"]
    got = {f.path: f for f in section.fields}
    assert list(got) == list(expected)
    for path, node in expected.items():
        field = got[path]
        assert field.title == node.get("title", path.rsplit(".", 1)[-1])
        assert field.description == node.get("description", "")
        assert field.required == node["_required"], path
        assert field.what


def test_choices_carry_every_value_and_its_dutch_label() -> None:
    fields = {f.path: f for f in next(s for s in sections(SCHEMAS) if s.kind == "partner").fields}
    assert dict(fields["kind"].choices) == SCHEMAS.labels("partner", ("kind",))
    assert dict(fields["themes"].choices) == SCHEMAS.themes
    assert dict(fields["access.routes"].choices) == SCHEMAS.labels("partner", ("access", "routes", 0))
    assert fields["last_verified"].what == "datum als JJJJ-MM-DD"
    assert fields["contact.website"].what.startswith("webadres")


def test_html_reference_escapes_and_shows_every_field() -> None:
    html = reference_html(SCHEMAS)
    for section in sections(SCHEMAS):
        assert f"{{#velden-{section.kind}}}" in html
        for field in section.fields:
            assert f"<code>{escape(field.path)}</code>" in html
            assert f"<strong>{escape(field.title)}</strong>" in html
    assert "<script" not in html


def test_markdown_reference_has_a_table_row_per_field() -> None:
    text = reference_markdown(SCHEMAS)
    for section in sections(SCHEMAS):
        for field in section.fields:
            assert f"| `{field.path}` | {'ja' if field.required else 'nee'} |" in text
    for line in text.splitlines():
        if line.startswith("| `"):
            assert line.count(" | ") == 3, line


def test_contributing_md_is_up_to_date_with_the_schemas() -> None:
    current = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert BEGIN in current and END in current
    assert update_contributing(current, reference_markdown()) == current, (
        "CONTRIBUTING.md loopt achter op de schema's: draai .venv/bin/python scripts/contributing.py")


def test_update_contributing_replaces_only_between_the_markers() -> None:
    text = f"voor\n{BEGIN}\noud\n{END}\nna\n"
    assert update_contributing(text, "nieuw\n") == f"voor\n{BEGIN}\n\nnieuw\n\n{END}\nna\n"
    with pytest.raises(ValueError):
        update_contributing("geen markeringen", "x")


def test_each_kind_has_its_own_field_page() -> None:
    pages = dict(field_pages(SCHEMAS))
    assert len(pages) == len(sections(SCHEMAS))
    for section in sections(SCHEMAS):
        markdown = pages[f"bijdragen/velden/{section.kind}.md"]
        assert all(f"<code>{escape(f.path)}</code>" in markdown for f in section.fields)
        assert f"title: \"Velden: {escape(section.title)}\"" in markdown and "repository_links: true" in markdown


@pytest.mark.build
def test_site_pages_show_the_reference_and_the_commands(real_site: Path) -> None:
    index = (real_site / "bijdragen" / "velden" / "index.html").read_text(encoding="utf-8")
    for section in sections(SCHEMAS):
        assert f'href="../../bijdragen/velden/{section.kind}/"' in index
        html = (real_site / "bijdragen" / "velden" / section.kind / "index.html").read_text(encoding="utf-8")
        assert all(f"<code>{escape(f.path)}</code>" in html for f in section.fields)
    html = "".join((real_site / "bijdragen" / page / "index.html").read_text(encoding="utf-8")
                   for page in ("eigen-computer", "in-de-browser"))
    for command in ("make serve", "make new-partner", "make new-question", "_sjabloon.yaml"):
        assert command in html


EDIT_BASE = "https://github.com/voorbeeld/wegwijzer/edit/main/"


def test_repository_links_are_derived_from_edit_base() -> None:
    from wegwijzer.render.contribute import file_url, issue_url, repository

    assert repository(EDIT_BASE + "data/partners/x.yaml") == ("https://github.com/voorbeeld/wegwijzer", "main",
                                                              "data/partners/x.yaml")
    assert repository(None) is None and repository("https://example.org/") is None
    assert file_url(EDIT_BASE, "data/partners/") == "https://github.com/voorbeeld/wegwijzer/tree/main/data/partners"
    assert file_url(EDIT_BASE, "schemas") == "https://github.com/voorbeeld/wegwijzer/tree/main/schemas"
    assert file_url(EDIT_BASE, "CONTRIBUTING.md") == "https://github.com/voorbeeld/wegwijzer/blob/main/CONTRIBUTING.md"
    assert issue_url(EDIT_BASE, "fout-melden.yml", title="Fout: A & B") == (
        "https://github.com/voorbeeld/wegwijzer/issues/new?template=fout-melden.yml&title=Fout%3A%20A%20%26%20B")


def test_link_paths_links_existing_files_only() -> None:
    from wegwijzer.render.contribute import link_paths

    html = ("<p><code>data/partners/</code>, <code>schemas/examples/partner.yaml</code>, <code>data/nep.yaml</code>, "
            "<code>id</code>, <code>../../etc/passwd</code>, <code>.git/config</code></p>")
    linked = link_paths(html, EDIT_BASE)
    assert ('<a class="ww-repo-file" href="https://github.com/voorbeeld/wegwijzer/tree/main/data/partners">'
            "<code>data/<wbr>partners/<wbr></code></a>") in linked
    assert "blob/main/schemas/examples/partner.yaml" in linked
    for left in ("<code>data/nep.yaml</code>", "<code>id</code>", "<code>../../etc/passwd</code>",
                 "<code>.git/config</code>"):
        assert left in linked
    assert link_paths(html, None) == html


def test_every_issue_form_is_listed_with_a_link() -> None:
    from wegwijzer.render.contribute import forms_html, issue_forms

    forms = issue_forms()
    files = {f for f, _, _ in forms}
    assert {"fout-melden.yml", "nieuwe-partner.yml", "profiel-aanbieden.yml", "vraag-ontbreekt.yml"} == files
    html = forms_html(EDIT_BASE)
    for file, name, _ in forms:
        assert f'href="https://github.com/voorbeeld/wegwijzer/issues/new?template={file}">{escape(name)}</a>' in html
