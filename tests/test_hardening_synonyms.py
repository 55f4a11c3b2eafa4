"""Issue 24: a synonym group of stop words is refused, located, and the stop words match the search box's."""

from __future__ import annotations

import re
from pathlib import Path

from support import ROOT
from test_hardening_gate import problems

from wegwijzer.devtools.synth import write_dataset
from wegwijzer.search.synonyms import STOP_WORDS


def test_the_stop_words_are_those_the_search_box_skips() -> None:
    script = (ROOT / "docs" / "assets" / "search-query.js").read_text(encoding="utf-8")
    listed = re.search(r"var STOP = \((.*?)\)\.split", script, re.S)
    assert listed is not None
    assert set(" ".join(re.findall(r'"([^"]*)"', listed[1])).split()) == STOP_WORDS


def test_a_group_of_stop_words_is_refused(tmp_path: Path) -> None:
    data = write_dataset(3, tmp_path / "data")
    (data / "synonyms").mkdir()
    (data / "synonyms" / "lidwoorden.yaml").write_text(
        "id: lidwoorden\nterms:\n  - de\n  - het\n  - een en\n  - van\n  - gezin\n", encoding="utf-8")
    found = problems(data)
    assert [(p[0], p[1], p[2], p[3]) for p in found] == [("synonyms/lidwoorden.yaml", line, 5, f"terms[{n}]")
                                                         for n, line in enumerate(range(3, 7))]
    assert found[0][4] == ("'de' bestaat alleen uit veelvoorkomende woorden (zoals de, het, een, en, van) die de "
                           "zoekfunctie overslaat")
    assert found[0][5].startswith("Haal deze term weg")
