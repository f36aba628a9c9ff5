"""`make site` on invalid content stops at generation and leaves docs/ and site/ as they were."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from .conftest import FIXTURE_CONTENT, ROOT, copy_project, snapshot
from .test_hostile import CASES, overlay


@pytest.mark.skipif(
    shutil.which("make") is None and not os.environ.get("CI"), reason="no make here"
)
def test_make_site_on_invalid_content_touches_nothing(tmp_path):
    project = copy_project(
        tmp_path / "project", extra=("Makefile", "requirements.txt", "requirements-dev.txt")
    )
    shutil.copytree(FIXTURE_CONTENT, project / "content")
    (project / ".venv").symlink_to(sys.prefix)  # the venv running the tests
    (project / "generator").symlink_to(ROOT / "generator")
    # -o: take the venv as installed; never reinstall into the shared one.
    make = ["make", "--no-print-directory", "-o", ".venv/bin/.installed", "site"]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1728086400"}
    first = subprocess.run(make, cwd=project, capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stderr
    before = (snapshot(project / "docs"), snapshot(project / "site"))
    assert before[1], "the first make site built nothing"

    overlay(CASES / "title-injection", project / "content")  # valid, but never built:
    overlay(CASES / "python-object-apply-tag", project / "content")  # this one is invalid
    second = subprocess.run(make, cwd=project, capture_output=True, text=True, env=env)
    assert second.returncode != 0
    assert "Traceback" not in second.stderr
    assert "nothing was written" in second.stderr
    assert (snapshot(project / "docs"), snapshot(project / "site")) == before
