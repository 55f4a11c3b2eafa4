"""One gate (issue 15, 24): on generated data folders, neither the data check nor the build crashes, and the check
passes exactly when `mkdocs build --strict` succeeds; the changes include the profile template, escaped control
characters, numbers and web addresses in the forms YAML and URLs disguise."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import ROOT, build, validate

from wegwijzer.devtools.synth import write_dataset

TEMPLATE = "profiles/_sjabloon.yaml"
KIND_DIRS = ["partners", "questions", "regions", "partner", "Partners", "partners/amsterdam", ".", "_oud"]
NAMES = ["testpartner-90.yaml", "index.yaml", "te-controleren.yaml", "Veilig Thuis.yaml", ".verborgen.yaml",
         "a.b.yaml", "x.yml", "_sjabloon.yaml", "notities.txt", "één.yaml", "testpartner-01.yaml"]


ESCAPES = ["\\x7f", "\\x9b", "\\0", "\\x01", "\\e[31m", "\\uFFFE", "\\u2028", "\\N", "\\t", "\\u00e9", "\\x41"]
NUMBERS = ["012", "08", "0x8", "1_8", "8.0", "8", "+8", "1:20", "0", "-1", "1e1"]
URLS = ["https://example.org/x", "http://example.org/x", "http://localhost/", "https://2130706433/",
        "https://0x7f000001/", "https://127.1/", "https://0177.0.0.1/", "https://intranet/",
        "https://admin:geheim@example.org/", 'https://example.org/"><script>', "https://10.0.0.1/", "ftp://x.nl/"]
# (old, new) in the real profile template; "latin-1" saves it in another encoding.
TEMPLATE_CHANGES = [("", ""), ("title: Functietitel", "titel: Functietitel"), ("role: zorgregisseur", "role: geen"),
                    ("result_areas:\n", "result_areas: x\nresult_areas_weg:\n"), ("latin-1", "één"),
                    ("id: naam-van-uw-profiel", "id: 'naam"), ("organisation:", "organistion:"),
                    ("accessed: 2026-11-22", "accessed: 0000-01-01"), ("date_iso: 2023-06", "date_iso: 012")]


@st.composite
def changes(draw: st.DrawFn) -> list[tuple]:
    """A few changes to a small valid data folder: copies under odd names, links, random bytes, broken ids."""
    change = st.one_of(
        st.tuples(st.just("copy"), st.sampled_from(KIND_DIRS), st.sampled_from(NAMES), st.booleans()),
        st.tuples(st.just("link"), st.sampled_from(KIND_DIRS), st.sampled_from(NAMES),
                  st.sampled_from(["partner", "/dev/null", "missing"])),
        st.tuples(st.just("bytes"), st.sampled_from(["partners/testpartner-1.yaml", "questions/testvraag-0.yaml",
                                                     "regions/fictieve-regio-zuid.yaml"]), st.binary(max_size=80)),
        st.tuples(st.just("text"), st.sampled_from(["partners/testpartner-2.yaml"]),
                  st.sampled_from(["name: ", "id: ", "areas:\n- ", "last_verified: ", "  - "]),
                  st.sampled_from(["[", "index", "2099-01-01", "\u200b", "0201234567", "fictiefstad-zuid",
                                   "testpartner-2", "a: b", "'x'"])),
        # Issue 24: the forms YAML and URLs disguise, and the profile template the build publishes.
        st.tuples(st.just("swap"), st.sampled_from(["partners/testpartner-2.yaml"]),
                  st.sampled_from(["name: Testpartner 2 (fictief)", "description: Fictieve"]),
                  st.sampled_from(ESCAPES).map(lambda e: f'"Test{e}partner"')),
        st.tuples(st.just("swap"), st.sampled_from(["partners/testpartner-2.yaml"]), st.just("max_age: 12"),
                  st.sampled_from(NUMBERS).map(lambda n: f"max_age: {n}")),
        st.tuples(st.just("swap"), st.sampled_from(["partners/testpartner-2.yaml"]),
                  st.just("website: https://example.org/testpartner/2"),
                  st.sampled_from(URLS).map(lambda u: f"website: '{u}'")),
        st.tuples(st.just("template"), st.sampled_from(TEMPLATE_CHANGES)),
    )
    return draw(st.lists(change, max_size=3))


def apply(data: Path, outside: Path, steps: list[tuple]) -> None:
    pristine = outside.read_text(encoding="utf-8")
    for step in steps:
        if step[0] == "swap":
            path = data / step[1]
            path.write_text(path.read_text(encoding="utf-8").replace(step[2], step[3], 1), encoding="utf-8")
            continue
        if step[0] == "template":
            path = data / TEMPLATE
            old, new = step[1]
            text = (ROOT / "data" / TEMPLATE).read_text(encoding="utf-8")
            if old == "latin-1":
                path.write_bytes(text.replace("Naam van uw", new).encode("latin-1"))
            else:
                path.write_text(text.replace(old, new, 1), encoding="utf-8")
            continue
        if step[0] == "bytes":
            (data / step[1]).write_bytes(step[2])
            continue
        if step[0] == "text":
            path = data / step[1]
            path.write_bytes(path.read_bytes().replace(step[2].encode(), (step[2] + step[3]).encode(), 1))
            continue
        folder = data / step[1]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / step[2]
        if target.exists() or target.is_symlink():
            continue
        if step[0] == "copy":
            stem = target.name.split(".")[0] or "x"
            target.write_text(pristine.replace("id: testpartner-1", f"id: {stem}") if step[3] else pristine,
                              encoding="utf-8")
        else:
            link = {"partner": outside, "/dev/null": Path("/dev/null"), "missing": outside.parent / "weg.yaml"}
            target.symlink_to(link[step[3]])


@pytest.mark.build
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes())
def test_validate_never_crashes_and_passes_exactly_when_the_build_does(steps: list[tuple]) -> None:
    with tempfile.TemporaryDirectory(prefix="hardening-gate-") as temp:
        root = Path(temp)
        data = write_dataset(3, root / "data")
        for kind in ("roles", "competencies"):  # what the profile template refers to
            shutil.copytree(ROOT / "data" / kind, data / kind)
        (data / "profiles").mkdir()
        shutil.copy(ROOT / "data" / TEMPLATE, data / TEMPLATE)
        outside = root / "buiten.yaml"
        shutil.copy(data / "partners" / "testpartner-1.yaml", outside)
        apply(data, outside, steps)
        checked = validate(data)
        assert checked.returncode in (0, 1), checked.stderr[-3000:]
        assert "Traceback" not in checked.stderr, checked.stderr[-3000:]
        built = build(root / "site", data)
        assert "Traceback" not in built.stderr, built.stderr[-3000:]  # a refused build says why, in Dutch
        assert (checked.returncode == 0) == (built.returncode == 0), (steps, checked.stderr[-2000:],
                                                                     built.stderr[-2000:])
