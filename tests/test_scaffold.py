"""`make new-partner` / `make new-question`: the written file is commented, valid for the real validator, and new."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import yaml
from support import run, validate

from wegwijzer.authoring.scaffold import interactive, render
from wegwijzer.catalog import build_catalog
from wegwijzer.domain import slug

TODAY = dt.date(2026, 11, 22)
PARTNER = {"name": "Jeugdteam Fictiefstad: opvoedsteun", "id": "jeugdteam-fictiefstad", "kind": "wijkteam",
           "description": "Fictief jeugdteam: helpt gezinnen met vragen over opvoeden.",
           "themes": ["gezin-en-opvoeding", "gezondheid"], "areas": ["fictiefstad-noord", "fictiefdorp"],
           "routes": ["school", "ouders"], "consent": "nodig", "website": "https://example.org/jeugdteam",
           "source_url": "https://example.org/jeugdteam/over", "source_title": "Over het jeugdteam (fictief)"}
QUESTION = {"title": "Een leerling verzuimt vaak: wat nu?", "id": "fictief-verzuim", "theme": "verzuim",
            "keywords": ["spijbelen", "ja"], "step_title": "Bespreek het verzuim met de ouders",
            "step_text": "De leerkracht belt de ouders en noteert het verzuim.", "partners": ["testpartner-01"],
            "source_url": "https://example.org/verzuim", "source_title": "Verzuim (fictief)"}


def answers_from(script: list[str]):
    replies = iter(script)
    return lambda prompt: next(replies)


def test_slug_suggests_an_id_from_a_name() -> None:
    assert slug("Veilig Thuis Zuid-Holland") == "veilig-thuis-zuid-holland"
    assert slug("  GGD Hollands Noorden (JGZ) ") == "ggd-hollands-noorden-jgz"
    assert slug("Stichting Café Ürsula & Zoën") == "stichting-cafe-ursula-zoen"


def test_partner_file_starts_with_schema_comment_and_explains_every_field() -> None:
    text = render("partner", PARTNER, TODAY)
    lines = text.splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../../schemas/partner.schema.json"
    assert "# Naam: De naam die de organisatie nu zelf gebruikt" in text
    for optional in ("aliases", "audience", "costs"):
        assert f"\n# {optional}:\n" in text
    assert "\n  # phone:\n" in text and "\n  # notes:\n" in text
    data = yaml.safe_load(text)
    assert data["name"] == PARTNER["name"] and data["access"] == {"routes": ["school", "ouders"], "consent": "nodig"}
    assert data["last_verified"] == "2026-11-22"


def test_written_partner_and_question_pass_the_real_validator_and_yamllint(dataset: Path) -> None:
    (dataset / "partners" / "jeugdteam-fictiefstad.yaml").write_text(render("partner", PARTNER), encoding="utf-8")
    # Its partner works in one region: the step that names it is a step for that region.
    text = render("question", QUESTION, catalog=build_catalog(dataset))
    assert yaml.safe_load(text)["steps"][1]["regions"] == ["fictieve-regio-noord"]
    (dataset / "questions" / "fictief-verzuim.yaml").write_text(text, encoding="utf-8")
    result = validate(dataset)
    assert result.returncode == 0, result.stderr
    for line in result.stderr.splitlines():
        if "jeugdteam-fictiefstad.yaml" in line or "fictief-verzuim.yaml" in line:
            assert "waarschuwing:" in line, line
    lint = run([sys.executable, "-m", "yamllint", "--strict", str(dataset / "partners" / "jeugdteam-fictiefstad.yaml"),
                str(dataset / "questions" / "fictief-verzuim.yaml")])
    assert lint.returncode == 0, lint.stdout


def test_interactive_asks_again_until_valid_then_writes(dataset: Path) -> None:
    said: list[str] = []
    script = [PARTNER["name"], "", "3", PARTNER["description"], "2, gezondheid", "fictiefstad-noord, fictiefdorp",
              "school,2", "1", "www.example.org", PARTNER["source_url"], PARTNER["source_title"], "1",
              "https://www.example.org"]
    assert interactive("partner", dataset, answers_from(script), said.append, TODAY) == 0
    target = dataset / "partners" / "jeugdteam-fictiefstad-opvoedsteun.yaml"
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server:")
    assert any("Begin het webadres met https://" in line for line in said)
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert data["kind"] == "wijkteam" and data["themes"] == ["gezin-en-opvoeding", "gezondheid"]
    assert data["access"]["routes"] == ["school", "ouders"] and data["contact"]["website"] == "https://www.example.org"
    assert validate(dataset).returncode == 0


def test_interactive_never_overwrites(dataset: Path) -> None:
    existing = dataset / "partners" / "testpartner-01.yaml"
    before = existing.read_text(encoding="utf-8")
    said: list[str] = []
    script = ["Testpartner 01", "testpartner-01", "fictief-nieuw", "3", "Fictief.", "1", "landelijk", "1", "1",
              "https://example.org", "https://example.org/b", "Bron", "1"]
    assert interactive("partner", dataset, answers_from(script), said.append, TODAY) == 0
    assert existing.read_text(encoding="utf-8") == before
    assert any("bestaat al" in line for line in said)
    assert (dataset / "partners" / "fictief-nieuw.yaml").exists()


def test_question_with_unknown_partner_is_asked_again(dataset: Path) -> None:
    said: list[str] = []
    script = [QUESTION["title"], "", "verzuim", "spijbelen", QUESTION["step_title"], QUESTION["step_text"],
              "testpartner-01, testpartner-99", QUESTION["source_url"], QUESTION["source_title"], "1",
              "testpartner-02"]
    assert interactive("question", dataset, answers_from(script), said.append, TODAY) == 0
    assert any("er is geen partner met id 'testpartner-99'" in line for line in said)
    data = yaml.safe_load((dataset / "questions" / "een-leerling-verzuimt-vaak-wat-nu.yaml").read_text("utf-8"))
    assert data["steps"][1]["partners"] == ["testpartner-02"]


def test_stopping_early_writes_nothing(dataset: Path) -> None:
    def stop(prompt: str) -> str:
        raise EOFError

    before = sorted(dataset.rglob("*.yaml"))
    assert interactive("partner", dataset, stop, lambda text: None) == 1
    assert sorted(dataset.rglob("*.yaml")) == before


def test_make_new_partner_command_reads_answers_from_the_terminal(dataset: Path) -> None:
    script = [PARTNER["name"], "fictief-via-terminal", "wijkteam", "Fictief.", "1", "landelijk", "1", "nodig",
              "https://example.org", "https://example.org/b", "Bron", "eigen"]
    result = run([sys.executable, "-m", "wegwijzer", "--data", str(dataset), "new", "partner"],
                 input="\n".join(script) + "\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Het bestand is in orde" in result.stdout
    assert (dataset / "partners" / "fictief-via-terminal.yaml").exists()
