"""The CI workflows: valid for GitHub, calling only what `make test` exercises, never
skipping the quote check."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
BIN = Path(sys.executable).parent
# Each make target a workflow may call, and where `make test` exercises it.
EXERCISED_BY_MAKE_TEST = {
    "validate": "make test runs `generator validate`",
    "quotes": "make test runs `generator quotes`",
    "test": "itself",
    "site": "tests/test_pipeline.py builds the site in strict mode",
    "changes": "tests/test_changes.py",
    "bundle": "tests/browser (the offline bundle)",
}


def _load(name: str) -> dict:
    # PyYAML reads the key `on` as True; the workflow is otherwise plain YAML.
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def _steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def _runs(workflow: dict) -> str:
    return "\n".join(step.get("run", "") for step in _steps(workflow))


def _all() -> list[str]:
    return sorted(p.name for p in WORKFLOWS.glob("*.yml"))


def test_workflows_and_issue_forms_pass_githubs_schemas():
    checker = BIN / "check-jsonschema"
    if not checker.exists():
        pytest.skip("check-jsonschema is not installed")
    for schema, files in [
        ("vendor.github-workflows", sorted(WORKFLOWS.glob("*.yml"))),
        ("vendor.github-issue-forms", sorted((ROOT / ".github/ISSUE_TEMPLATE").glob("*.yml"))),
    ]:
        result = subprocess.run(
            [str(checker), "--builtin-schema", schema, *map(str, files)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", _all())
def test_workflows_call_only_make_targets_that_make_test_exercises(name):
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][a-z-]*):", makefile, re.M))
    for command in re.findall(r"\bmake (?:--?[a-z-]+ )*([a-z][a-z-]*)", _runs(_load(name))):
        assert command in targets, f"{name}: make {command} is not a Makefile target"
        assert command in EXERCISED_BY_MAKE_TEST, f"{name}: make {command} is not tested"
    for line in _runs(_load(name)).splitlines():
        if "python" in line or "pytest" in line:
            pytest.fail(f"{name}: call a make target, not `{line.strip()}`")


def test_quote_check_fails_loudly_without_the_archive():
    checks = _load("checks.yml")
    steps = _steps(checks)
    require = next(s for s in steps if "ARCHIVE_REPOSITORY" in s.get("run", ""))
    assert "exit 1" in require["run"] and "::error" in require["run"]
    quotes = next(s for s in steps if s.get("run", "").startswith("make quotes"))
    assert steps.index(require) < steps.index(quotes)
    for step in steps:
        assert "continue-on-error" not in step and "if" not in step, step
    for job in checks["jobs"].values():
        assert "continue-on-error" not in job


def test_pull_requests_get_checks_and_the_data_change_summary():
    pr = _load("pull-request.yml")
    assert "pull_request" in pr[True]
    assert pr["jobs"]["checks"]["uses"] == "./.github/workflows/checks.yml"
    summary = _runs(pr)
    assert "make --silent changes" in summary and "GITHUB_STEP_SUMMARY" in summary
    checkout = next(s for s in _steps(pr) if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0


def test_main_deploys_to_pages_with_the_official_actions_and_keeps_the_bundle():
    publish = _load("publish.yml")
    uses = {s.get("uses", "").split("@")[0] for s in _steps(publish)}
    assert {
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
        "actions/upload-artifact",
    } <= uses
    assert publish["jobs"]["build"]["needs"] == "checks"
    assert publish["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert "make bundle" in _runs(publish)
    assert "gh release" in publish["jobs"]["release"]["steps"][-1]["run"]


@pytest.mark.parametrize("name", ["checks.yml", "publish.yml"])
def test_edit_links_point_at_this_repository(name):
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    assert "SITE_REPO_URL: ${{ github.server_url }}/${{ github.repository }}" in text
    assert "SITE_EDIT_URI: edit/main/docs/" in text


def test_pre_commit_runs_the_checks_of_make_lint_and_validate_with_the_projects_python():
    """The validate hook ran `python -m generator validate` with whichever python came
    first on the PATH (a system one without jinja2 failed with ModuleNotFoundError),
    and the ruff hooks covered generator/ and tests/ while `make lint` also checks
    bench/, tools/ and overrides/hooks/."""
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    assert hooks["validate-content"]["entry"].startswith(".venv/bin/python -m generator ")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    linted = re.search(r"\n\t\$\(BIN\)/ruff check (.+)\n", makefile)
    assert linted is not None
    for folder in linted.group(1).split():
        for hook in ("ruff-check", "ruff-format"):
            assert re.search(hooks[hook]["files"], f"{folder}/x.py"), (hook, folder)
