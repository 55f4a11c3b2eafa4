"""Repository settings for contributors: CI, Pages, pre-commit, yamllint, pull-request template and issue forms."""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path
from typing import Any

import yaml
from support import run

from wegwijzer.domain import ROOT
from wegwijzer.schemas import default_schemas

GITHUB = ROOT / ".github"


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if True in data:  # YAML 1.1 reads the key `on` as true
        data["on"] = data.pop(True)
    return data


def commands(workflow: dict[str, Any]) -> list[str]:
    return [step.get("run", "") for job in workflow["jobs"].values() for step in job.get("steps", [])]


def uses(workflow: dict[str, Any]) -> list[str]:
    return [step.get("uses", "").split("@")[0] for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_ci_runs_the_one_definition_of_the_checks_and_annotates_on_every_pull_request() -> None:
    workflow = load(GITHUB / "workflows" / "ci.yml")
    assert "pull_request" in workflow["on"] and "push" in workflow["on"]
    runs = [c.strip() for c in commands(workflow)]
    assert ".ci/run" in runs  # installs Chromium, Node.js and npm, then `make test`: the same checks as locally
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci_run and "chromium" in ci_run and "npm" in ci_run
    job = next(iter(workflow["jobs"].values()))
    annotate = next(s for s in job["steps"] if s.get("run", "").strip() == "make annotations")
    assert annotate.get("if") == "always()"  # the data's errors reach the pull request even when a test failed
    assert "workflow_call" in workflow["on"]  # the Pages workflow runs these same checks before publishing
    assert "3.11" in str(job.get("container", "")) + str(job["steps"])
    hsds = next(s for s in job["steps"] if s.get("with", {}).get("repository") == "openreferral/specification")
    assert hsds["with"]["path"] == "shared/hsds-3.0"
    assert all(s.get("working-directory") == "main" for s in job["steps"]
               if s.get("run", "").startswith(("make", ".ci/")))


def test_pages_deploys_main_with_edit_links_into_this_repository() -> None:
    workflow = load(GITHUB / "workflows" / "pages.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert {"actions/upload-pages-artifact", "actions/deploy-pages"} <= set(uses(workflow))
    build = next(s for j in workflow["jobs"].values() for s in j.get("steps", []) if s.get("run") == "make build")
    assert build["env"]["WEGWIJZER_EDIT_BASE"] == "https://github.com/${{ github.repository }}/edit/main/"
    upload = next(s for j in workflow["jobs"].values() for s in j.get("steps", [])
                  if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"


def test_pages_publishes_only_after_the_tests_passed_and_only_deploy_may_write() -> None:
    workflow = load(GITHUB / "workflows" / "pages.yml")
    jobs = workflow["jobs"]
    assert workflow["permissions"] == {}
    assert jobs["test"]["uses"] == "./.github/workflows/ci.yml"
    assert jobs["build"]["needs"] == "test" and jobs["deploy"]["needs"] == "build"
    writers = {name for name, job in jobs.items() if "write" in job.get("permissions", {}).values()}
    assert writers == {"deploy"}
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert all(job["permissions"] == {"contents": "read"} for name, job in jobs.items() if name != "deploy")
    assert not any(step.get("run") for step in jobs["deploy"]["steps"])  # no pip where the Pages token is


def test_actions_are_pinned_by_commit_sha_with_the_version_in_a_comment() -> None:
    for path in sorted((GITHUB / "workflows").glob("*.yml")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if "uses:" in line]
        remote = [line for line in lines if "uses: ./" not in line]
        assert remote, path
        for line in remote:
            assert re.search(r"uses: [\w.-]+/[\w.-]+@[0-9a-f]{40}  # v\d+\.\d+\.\d+$", line), f"{path.name}: {line}"


def test_pull_request_template_has_the_checklist() -> None:
    text = (GITHUB / "PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    boxes = [line for line in text.splitlines() if line.startswith("- [ ] ")]
    for needle in ("sources", "last_verified", "persoonsgegevens", "make validate"):
        assert any(needle in box for box in boxes), needle


def test_issue_forms_are_well_formed() -> None:
    folder = GITHUB / "ISSUE_TEMPLATE"
    names = set()
    for path in (folder / "fout-melden.yml", folder / "nieuwe-partner.yml"):
        form = load(path)
        names.add(form["name"])
        assert form["description"] and form["body"]
        ids = [item["id"] for item in form["body"] if item["type"] != "markdown"]
        assert len(ids) == len(set(ids))
        assert any(item["type"] == "checkboxes" and item["id"] == "privacy" for item in form["body"])
    assert names == {"Fout melden", "Nieuwe partner voorstellen"}
    assert "contact_links" in load(folder / "config.yml")


def test_new_partner_form_offers_exactly_the_schema_choices() -> None:
    body = {item.get("id"): item for item in load(GITHUB / "ISSUE_TEMPLATE" / "nieuwe-partner.yml")["body"]}
    schemas = default_schemas()
    assert body["soort"]["attributes"]["options"] == list(schemas.labels("partner", ("kind",)).values())
    assert body["themas"]["attributes"]["options"] == list(schemas.themes.values())
    assert body["toegang"]["attributes"]["options"] == list(schemas.labels("partner", ("access", "routes", 0)).values())


def test_pre_commit_hooks_run_the_projects_own_checks_and_pass() -> None:
    config = load(ROOT / ".pre-commit-config.yaml")
    hooks = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    assert {"wegwijzer-validate", "yamllint", "ruff"} <= set(hooks)
    samples = {"wegwijzer-validate": [], "yamllint": ["data", "schemas/examples", ".github"],
               "ruff": ["wegwijzer/publish/export.py", "wegwijzer/authoring/scaffold.py"]}
    for hook_id, files in samples.items():
        hook = hooks[hook_id]
        assert hook["language"] == "system"
        args = shlex.split(hook["entry"])
        assert args[0] == ".venv/bin/python"
        result = run([sys.executable, *args[1:], *files])
        assert result.returncode == 0, hook_id + result.stdout + result.stderr


def test_yamllint_config_allows_long_lines_and_no_document_start() -> None:
    config = load(ROOT / ".yamllint")
    assert config["rules"]["line-length"] == "disable" and config["rules"]["document-start"] == "disable"
