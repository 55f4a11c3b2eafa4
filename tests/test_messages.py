"""One test per message of a record checked on its own (its schema, its id and file name, numbers and characters as
written): the Dutch wording a contributor reads, at the right place. Other tests assert on codes and places."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
from test_validate import GOOD

from wegwijzer.catalog import build_catalog
from wegwijzer.devtools.synth import write_dataset
from wegwijzer.records import messages, validate

# (code, file name, the line changed in GOOD and its new text, then line, column, field, message, hint, severity)
CASES = [
    ('number-for-text', 'test-x', 'name: Testpartner', 'name: 12',
     2, 7, 'name',
     'hier hoort tekst (Naam), maar YAML leest 12 als getal',
     'Zet de waarde tussen aanhalingstekens, dus "12".',
     'error'),
    ('leading-zero', 'test-x', 'themes: [veiligheid]', "themes: [veiligheid]\naudience: {min_age: '08', max_age: 12}",
     6, 21, 'audience.min_age',
     'hier hoort een heel getal (Vanaf leeftijd), maar er staat 08: een getal met een nul vooraan',
     'Een getal met een nul vooraan leest YAML niet als getal (en 010 als 8, octaal): schrijf het zonder nul '
     'vooraan, dus 8.',
     'error'),
    ('type', 'test-x', 'themes: [veiligheid]', 'themes: veiligheid',
     5, 9, 'themes',
     "hier hoort een lijst (regels die met - beginnen) (Thema's), maar er staat de tekst 'veiligheid'",
     "Zet elk item op een eigen regel die begint met '- ', of schrijf [a, b].",
     'error'),
    ('required', 'test-x', 'kind: hulplijn\n', '',
     1, 1, 'kind',
     "het verplichte veld 'kind' ontbreekt in het record",
     "Voeg 'kind:' toe. Wat voor organisatie dit is. Kies één waarde uit de lijst.",
     'error'),
    ('unknown-field', 'test-x', 'description:', 'descripton:',
     4, 1, 'descripton',
     "onbekend veld 'descripton'",
     "Bedoel je 'description'? Toegestane velden hier: access, aliases, areas, audience, contact, costs, "
     'description, id, kind, last_verified, name, sources, themes, unconfirmed.',
     'error'),
    ('format', 'test-x', 'last_verified: 2026-11-01', 'last_verified: 31-12-2025',
     17, 16, 'last_verified',
     "'31-12-2025' is geen geldige waarde (Laatst gecontroleerd)",
     'Schrijf een datum als JJJJ-MM-DD, dus 2025-12-31.',
     'error'),
    ('impossible-date', 'test-x', 'last_verified: 2026-11-01', 'last_verified: 2026-02-30',
     17, 16, 'last_verified',
     "'2026-02-30' is geen bestaande datum (Laatst gecontroleerd)",
     'Die datum bestaat niet: februari 2026 heeft 28 dagen. Controleer de dag.',
     'error'),
    ('pattern', 'test-x', '  website: https://example.org', '  website: https://example.org\n  phone: bel ons',
     12, 10, 'contact.phone',
     "'bel ons' is geen geldige waarde (Telefoon)",
     'Schrijf een telefoonnummer met alleen cijfers, spaties en koppeltekens, bijvoorbeeld 0800-2000.',
     'error'),
    ('invalid-id', 'test-x', 'id: test-x', 'id: Test X',
     1, 5, 'id',
     "'Test X' is geen geldig id (het teken 'T', U+0054, is geen gewone letter a-z, cijfer of koppelteken)",
     'Gebruik alleen kleine letters a-z, cijfers en koppeltekens, bijvoorbeeld test-x.',
     'error'),
    ('enum', 'test-x', 'kind: hulplijn', 'kind: hulplijnen',
     3, 7, 'kind',
     "'hulplijnen' is geen toegestane waarde (Soort organisatie)",
     "Bedoel je 'hulplijn'? Kies uit: meldpunt, hulplijn, wijkteam, jeugdhulp, jeugdgezondheidszorg, ggz, "
     'leerplicht, samenwerkingsverband, onderwijs, zorg, gemeente, fonds, advies, geschillen, '
     'politie-en-justitie.',
     'error'),
    ('too-short', 'x', 'id: x', 'id: x',
     1, 5, 'id',
     'deze tekst (Id) is te kort',
     'Gebruik minstens 2 tekens.',
     'error'),
    ('too-long', 'test-x', 'name: Testpartner', 'name: '
         'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
     2, 7, 'name',
     'deze tekst (Naam) is langer dan 200 tekens',
     'Maak de tekst korter.',
     'error'),
    ('too-few-items', 'test-x', 'themes: [veiligheid]', 'themes: []',
     5, 9, 'themes',
     "deze lijst (Thema's) heeft minstens 1 item(s) nodig",
     "Voeg een regel toe die met '- ' begint.",
     'error'),
    ('repeated-item', 'test-x', 'themes: [veiligheid]', 'themes: [veiligheid, veiligheid]',
     5, 9, 'themes',
     "deze lijst (Thema's) noemt iets twee keer",
     'Haal de dubbele regel weg.',
     'error'),
    ('out-of-range', 'test-x', 'themes: [veiligheid]', 'themes: [veiligheid]\naudience: {min_age: 4, max_age: 120}',
     6, 33, 'audience.max_age',
     '120 ligt buiten het toegestane bereik (Tot en met leeftijd)',
     'Kies een waarde van 0 tot en met 99.',
     'error'),
    ('sentence-or-block', 'test-x', 'last_verified: 2026-11-01', 'last_verified: 2026-11-01\nunconfirmed: [12]',
     18, 15, 'unconfirmed[0]',
     'hier hoort een korte zin of een blok met field en text (Twijfel), maar er staat het getal 12',
     "Schrijf één zin, of twee regels: 'field:' (bijvoorbeeld contact.phone) en 'text:' met de zin.",
     'error'),
    ('phone-and-no-phone', 'test-x', '  website: https://example.org',
     "  website: https://example.org\n  phone: '0800-2000'\n  no_phone: Er is geen nummer.",
     13, 3, 'contact.no_phone',
     'er staat een telefoonnummer (phone) én een reden waarom er geen is (no_phone)',
     'Haal no_phone weg als het nummer klopt, of phone als de organisatie geen nummer publiceert.',
     'error'),
    ('odd-number', 'test-x', 'themes: [veiligheid]', 'themes: [veiligheid]\naudience: {min_age: 0x4, max_age: 12}',
     6, 21, 'audience.min_age',
     "'0x4' is geen gewoon heel getal: YAML leest het als een hexadecimaal getal (0x…) (4)",
     'Schrijf het getal met alleen cijfers, zonder nul vooraan, dus 4.',
     'error'),
    ('file-name-not-id', 'Test_X', 'id: Test_X', 'id: test-x',
     1, 5, 'id',
     "de bestandsnaam 'Test_X.yaml' kan geen id zijn",
     'Hernoem het bestand naar test-x.yaml (kleine letters, cijfers en koppeltekens) en zet id: test-x.',
     'error'),
    ('id-not-file-name', 'andere-naam', 'id: andere-naam', 'id: test-x',
     1, 5, 'id',
     "het id 'test-x' is anders dan de bestandsnaam 'andere-naam.yaml'",
     'Zet id: andere-naam, of hernoem het bestand naar test-x.yaml.',
     'error'),
    ('decimal-for-whole-number', 'test-x', 'themes: [veiligheid]',
     'themes: [veiligheid]\naudience: {min_age: 4.0, max_age: 12}',
     6, 21, 'audience.min_age',
     'hier hoort een heel getal, maar er staat 4.0 (een kommagetal)',
     'Schrijf het getal zonder punt en decimalen, dus 4.',
     'error'),
    ('placeholder', 'test-x', 'name: Testpartner', "name: 'AANVULLEN: naam'",
     2, 7, 'name',
     'dit veld is nog niet ingevuld (AANVULLEN)',
     'Zoek het op de eigen pagina van de organisatie en vul het in (met die pagina als bron), of haal het veld '
     'weg als het niet verplicht is.',
     'error'),
    ('invisible-text', 'test-x', 'name: Testpartner', 'name: "\\u200b"',
     2, 7, 'name',
     'deze tekst bevat geen zichtbare tekens',
     'Typ de naam of titel opnieuw, met gewone letters.',
     'error'),
    ('control-character', 'test-x', 'name: Testpartner', 'name: "Test\\x7fpartner"',
     2, 7, 'name',
     'deze tekst bevat een onzichtbaar teken U+007F (wisteken (DEL)) dat niet in een tekst hoort',
     'Haal het teken weg en typ de tekst op die plek opnieuw. (Tussen dubbele aanhalingstekens schrijft een '
     "code met \\, zoals \\x7f of \\e, ook zo'n teken.)",
     'error'),
    ('hidden-character', 'test-x', 'name: Testpartner', 'name: "Test\\u200bpartner"',
     2, 7, 'name',
     'deze tekst bevat een onzichtbaar teken (U+200B) dat de tekst anders kan laten lezen dan hij er staat',
     'Haal het teken weg: typ de tekst op die plek opnieuw.',
     'error'),
]


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_message(case: tuple, tmp_path: Path) -> None:
    code, stem, old, new, *expected = case
    data = write_dataset(3, tmp_path / "data")
    (data / "partners" / f"{stem}.yaml").write_text(GOOD.format(id=stem).replace(old, new, 1), encoding="utf-8")
    found = [(p.line, p.column, p.field, p.message, p.hint, str(p.severity))
             for p in build_catalog(data).problems if p.file.endswith(f"/{stem}.yaml") and p.code == code]
    assert found == [tuple(expected)]


def test_a_placeholder_spelt_with_an_escape_is_found(tmp_path: Path) -> None:
    """The reader notes whether a file can hold AANVULLEN (records/reader.py); an escape in double quotes spells it
    too, and then the texts are looked at one by one."""
    data = write_dataset(3, tmp_path / "data")
    text = GOOD.format(id="test-x").replace("name: Testpartner", 'name: "AANVULLE\\u004E: naam"', 1)
    assert "AANVULLEN" not in text
    (data / "partners" / "test-x.yaml").write_text(text, encoding="utf-8")
    assert [(p.file.rsplit("/", 1)[-1], p.field) for p in build_catalog(data).problems
            if p.code == "placeholder"] == [("test-x.yaml", "name")]


def test_every_message_of_a_record_on_its_own_has_its_wording_test() -> None:
    """The codes messages.py and validate.py write, each with a case above; "invalid" (const, or a `not` other than
    phone with no_phone), "too-many-items" and "empty" (minLength without a pattern) occur in no partner field."""
    written = set()
    for module in (messages, validate):
        written |= set(re.findall(r'code="([a-z-]+)"|problem\("([a-z-]+)"', inspect.getsource(module)))
    codes = {code for pair in written for code in pair if code} | {"format", "pattern"}
    assert codes - {case[0] for case in CASES} == {"invalid", "too-many-items", "empty"}


def test_every_problem_has_a_code(tmp_path: Path) -> None:
    data = write_dataset(3, tmp_path / "data")
    broken = {"dubbel.yaml": "id: dubbel\nname: a\nname: b\n", "leeg.yaml": "", "tab.yaml": "id: tab\n\tname: x\n",
              "label.yaml": "id: label\nname: !!python/name:os.system x\n", "anker.yaml": "id: anker\na: &x 1\nb: *x\n"}
    for name, text in broken.items():
        (data / "partners" / name).write_text(text, encoding="utf-8")
    (data / "onbekend").mkdir()
    partner = data / "partners" / "testpartner-1.yaml"
    partner.write_text(partner.read_text(encoding="utf-8").replace("areas:", "areas: [nergens]\nx:"), "utf-8")
    problems = build_catalog(data).problems
    assert {p.code for p in problems} >= {"duplicate-key", "empty-file", "yaml-syntax", "unsupported-tag", "alias",
                                         "unknown-folder", "unknown-reference", "unknown-field"}
    assert [p for p in problems if not p.code] == []
