"""The JavaScript unit tests of the search's query rules (tests/js/, node --test) once more, on the real site's whole
word list: their small vocabulary (tests/js/vocabulary.json) is a part of it, and what they expect holds on all."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from support import ROOT

pytestmark = pytest.mark.build


def test_the_query_rules_hold_on_the_real_word_list(real_site: Path) -> None:
    node = shutil.which("node")
    assert node, "Node.js is needed (npm installs Pagefind with it)"
    words = real_site / "pagefind" / "wegwijzer-zoeken.json"
    tests = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "tests" / "js").glob("*.test.mjs"))
    assert tests
    result = subprocess.run([node, "--test", "--test-reporter=tap", *tests], cwd=ROOT, capture_output=True,
                            text=True, check=False, env={**os.environ, "WEGWIJZER_SEARCH_WORDS": str(words)})
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "# fail 0" in result.stdout


def test_the_small_vocabulary_is_part_of_the_real_one(real_site: Path) -> None:
    real = json.loads((real_site / "pagefind" / "wegwijzer-zoeken.json").read_text(encoding="utf-8"))
    small = json.loads((ROOT / "tests" / "js" / "vocabulary.json").read_text(encoding="utf-8"))
    # Its words, not their order: how often the data uses a word changes with every edit, and a region added by
    # files alone must not fail here.
    # When this fails after a data edit (a word no page uses any more, a synonym group changed in data/synonyms/),
    # the data is fine: bring tests/js/vocabulary.json in line with it, and keep what tests/js expects true.
    gone = sorted(set(small["words"].split()) - set(real["words"].split()))
    assert not gone, f"tests/js/vocabulary.json names words the site no longer has: {gone}"
    changed = [group for group in small["synonyms"] if group not in real["synonyms"]]
    assert not changed, f"tests/js/vocabulary.json has synonym groups that data/synonyms/ no longer has: {changed}"
