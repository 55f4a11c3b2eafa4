"""Reading YAML: values, positions, and a clear problem for every kind of bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from wegwijzer.records.reader import discover, parse_text, read_file


def parse(text: str):
    return parse_text(text, "data/partners/x.yaml", "partner")


def test_values_and_positions() -> None:
    record, problems = parse("id: x\nname: Naam\ncontact:\n  website: https://example.org\nthemes:\n  - verzuim\n")
    assert problems == []
    assert record.data == {"id": "x", "name": "Naam", "contact": {"website": "https://example.org"},
                           "themes": ["verzuim"]}
    assert record.position(("contact", "website")) == (4, 12)
    assert record.position(("themes", 0)) == (6, 5)
    assert record.key_position(("name",)) == (2, 1)


def test_dates_stay_text() -> None:
    record, _ = parse("last_verified: 2026-11-22\n")
    assert record.data["last_verified"] == "2026-11-22"


def test_quick_and_careful_reading_agree() -> None:
    text = "id: x\nn: 3\nok: true\nnone:\nlist: [a, 'b', 1.5]\nsub: {a: 1}\n"
    quick, _ = parse(text)
    careful, _ = parse(text + "# & forces the careful path\n")
    assert quick.data == careful.data


def test_duplicate_keys_are_reported_with_both_lines() -> None:
    record, problems = parse("id: x\nname: Een\nname: Twee\n")
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.line, problem.column, problem.field) == (3, 1, "name")
    assert "twee keer" in problem.message and "regel 2" in problem.message
    assert record.data["name"] == "Een"


def test_nested_duplicate_keys_are_all_reported() -> None:
    _, problems = parse("contact:\n  phone: '1'\n  phone: '2'\naccess:\n  notes: a\n  notes: b\n")
    assert [(p.line, p.field) for p in problems] == [(3, "contact.phone"), (6, "access.notes")]


def test_syntax_error_names_the_line() -> None:
    record, problems = parse("id: x\nname: [niet gesloten\ndescription: y\n")
    assert record is None
    assert problems[0].line >= 2 and "geen geldige YAML" in problems[0].message


def test_tabs_get_a_hint() -> None:
    _, problems = parse("contact:\n\twebsite: https://example.org\n")
    assert problems[0].line == 2
    assert "tabs" in problems[0].hint


@pytest.mark.parametrize("text", ["", "   \n", "# alleen commentaar\n", "---\n"])
def test_empty_file(text: str) -> None:
    record, problems = parse(text)
    assert record is None
    assert problems[0].message == "het bestand is leeg"


def test_top_level_must_be_a_mapping() -> None:
    record, problems = parse("- a\n- b\n")
    assert record is None and "veldnaam: waarde" in problems[0].message


def test_unsafe_tags_are_refused() -> None:
    record, problems = parse("id: !!python/object/apply:os.system ['echo hi']\n")
    assert problems and problems[0].line == 1 and "label" in problems[0].message


def test_anchors_and_aliases_are_refused() -> None:
    _, problems = parse("a: &x hallo\nb: *x\n")
    assert [(p.line, p.field) for p in problems] == [(2, "b")]


def test_billion_laughs_is_stopped_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [*a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}]" for i in range(1, 10)]
    _, problems = parse("\n".join(lines) + "\n")
    assert problems and all("verwijzingen" in p.message for p in problems)


def test_two_documents_are_refused() -> None:
    _, problems = parse("id: a\n---\nid: b\n")
    assert problems and "één record" in problems[0].hint


def test_non_text_keys_are_refused() -> None:
    _, problems = parse("1: een\n")
    assert problems[0].line == 1 and "veldnaam" in problems[0].message


def test_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(b"name: caf\xe9\n")
    record, problems = read_file(path, "partner")
    assert record is None and "UTF-8" in problems[0].message


def test_discover_skips_templates_and_flags_other_files(tmp_path: Path) -> None:
    (tmp_path / "partners").mkdir()
    (tmp_path / "partners" / "a.yaml").write_text("id: a\n")
    (tmp_path / "partners" / "_sjabloon.yaml").write_text("id: sjabloon\n")
    (tmp_path / "partners" / "b.yml").write_text("id: b\n")
    (tmp_path / "onbekend").mkdir()
    found = discover(tmp_path)
    assert [path.name for path, _, _ in found.files] == ["a.yaml"]
    assert [name.rsplit("/", 2)[-2:] for name in found.skipped] == [["partners", "_sjabloon.yaml"]]
    assert any("b.yml" in p.file and ".yaml" in p.hint for p in found.problems if p.is_error)
    assert any("onbekend" in p.file and p.is_error for p in found.problems)
