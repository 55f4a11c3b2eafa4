"""Issue 24: `mkdocs serve` with a broken profile template (the build publishes it as a download and a preview)
shows the located error on every page within seconds instead of hanging, and comes back once it is fixed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser.harness import ROOT
from tests.browser.test_serve_errors import _load, _wait_for, _wait_until_served
from wegwijzer.devtools.local_server import free_port
from wegwijzer.devtools.synth import write_dataset

pytestmark = pytest.mark.browser

TEMPLATE = "profiles/_sjabloon.yaml"


def test_serve_shows_a_broken_template_and_recovers(browser: object, tmp_path: Path) -> None:
    data = write_dataset(6, tmp_path / "data")
    for kind in ("roles", "competencies"):
        shutil.copytree(ROOT / "data" / kind, data / kind)
    (data / "profiles").mkdir()
    good = (ROOT / "data" / TEMPLATE).read_text(encoding="utf-8")
    (data / TEMPLATE).write_text(good, encoding="utf-8")
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(WEGWIJZER_DATA=str(data), NO_MKDOCS_2_WARNING="1")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    server = subprocess.Popen([str(mkdocs), "serve", "--strict", "-f", str(ROOT / "mkdocs.yml"), "--dev-addr",
                               f"127.0.0.1:{port}"], cwd=tmp_path, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    context = browser.new_context(service_workers="block")
    try:
        _wait_until_served(base + "profielen/sjabloon/", server)
        for broken, located in [
            (good.replace("Naam van uw", "Naam van één").encode("latin-1"), "_sjabloon.yaml:9:24: (bestand): het "
             "bestand is geen UTF-8-tekst"),
            (good.replace("result_areas:\n", "result_areas: geen\nweg:\n", 1).encode("utf-8"),
             "_sjabloon.yaml:24:15: result_areas: hier hoort een lijst"),
        ]:
            (data / TEMPLATE).write_bytes(broken)
            _wait_for(base + "profielen/bestuur/", lambda html, located=located: located in html, server)
            for path in ("profielen/bestuur/", "profielen/sjabloon/", ""):
                shown, html = _load(context, base + path)
                assert located in html and "De data bevat" in shown.locator("h1").inner_text()
                shown.close()
        (data / TEMPLATE).write_text(good, encoding="utf-8")
        _wait_for(base + "profielen/sjabloon/", lambda html: "Dit is het sjabloon" in html, server)
    finally:
        context.close()
        server.terminate()
        server.wait(timeout=30)
