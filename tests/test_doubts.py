"""Doubts in `unconfirmed`: about one field ({field, text}) or about the whole record (a sentence)."""

from __future__ import annotations

from wegwijzer.rules.doubts import doubt_lines, field_doubts, field_label, record_doubts

RECORD = {"unconfirmed": [
    {"field": "contact.phone", "text": "Het nummer staat alleen op een pagina uit 2007."},
    "Niet duidelijk is wie de jeugdgezondheidszorg levert.",
    {"field": "contact.phone", "text": "De gemeente noemt een ander nummer."},
    {"field": "costs", "text": "De eigen bijdrage staat nergens."},
]}


def test_field_doubts_keep_every_text_per_field_in_file_order() -> None:
    assert field_doubts(RECORD) == {
        "contact.phone": ["Het nummer staat alleen op een pagina uit 2007.", "De gemeente noemt een ander nummer."],
        "costs": ["De eigen bijdrage staat nergens."]}
    assert record_doubts(RECORD) == ["Niet duidelijk is wie de jeugdgezondheidszorg levert."]
    assert field_doubts({}) == {} and record_doubts({"unconfirmed": None}) == []


def test_each_doubt_is_one_line_led_by_the_dutch_name_of_its_field() -> None:
    assert doubt_lines(RECORD) == ["Telefoon: Het nummer staat alleen op een pagina uit 2007.",
                                   "Niet duidelijk is wie de jeugdgezondheidszorg levert.",
                                   "Telefoon: De gemeente noemt een ander nummer.",
                                   "Kosten: De eigen bijdrage staat nergens."]
    assert field_label("contact.no_phone") == "Geen telefoonnummer"
    assert field_label("niet.in.het.schema") == "niet.in.het.schema"


def test_bad_doubts_and_a_phone_with_no_phone_get_located_dutch_messages(dataset) -> None:  # noqa: ANN001
    import yaml

    from wegwijzer.catalog import build_catalog

    path = dataset / "partners" / "testpartner-01.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["contact"].update(phone="020 000 0000", no_phone="Er is geen nummer.")
    data["unconfirmed"] = [{"field": "contact.fax", "text": "Oud."}, {"field": "costs"}, 12]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    problems = {p.field: p for p in build_catalog(dataset).problems if p.is_error}
    assert set(problems) == {"contact.no_phone", "unconfirmed[0].field", "unconfirmed[1].text", "unconfirmed[2]"}
    assert "phone" in problems["contact.no_phone"].message and "Haal no_phone weg" in problems["contact.no_phone"].hint
    assert "Bedoel je 'contact'?" in problems["unconfirmed[0].field"].hint
    assert problems["unconfirmed[2]"].message.startswith("hier hoort een korte zin of een blok met field en text")
    assert all(p.line > 1 for p in problems.values())
