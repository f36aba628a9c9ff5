"""`make new` passes SPEAKER= and SOURCE= on to `python -m generator new`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from .conftest import FIXTURE_CONTENT, ROOT


@pytest.mark.skipif(
    shutil.which("make") is None and not os.environ.get("CI"), reason="no make here"
)
@pytest.mark.parametrize(
    ("sources", "written"),
    [
        ("", "sources: []"),
        ("oc-media-2024-10-07", "sources: [oc-media-2024-10-07]"),
        (
            "oc-media-2024-10-07 caliber-az-2024-10-05",
            "sources: [oc-media-2024-10-07, caliber-az-2024-10-05]",
        ),
    ],
)
def test_make_new_fills_in_speaker_and_sources(tmp_path, sources, written):
    shutil.copy2(ROOT / "Makefile", tmp_path / "Makefile")
    shutil.copytree(FIXTURE_CONTENT, tmp_path / "content")
    (tmp_path / ".venv").symlink_to(sys.prefix)  # the venv running the tests
    (tmp_path / "generator").symlink_to(ROOT / "generator")
    make = ["make", "--no-print-directory", "-o", ".venv/bin/.installed", "new"]
    args = ["KIND=quote", "ID=bayramov-on-the-appeal", "SPEAKER=jeyhun-bayramov"]
    done = subprocess.run(
        [*make, *args, f"SOURCE={sources}"], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "content" / "quotes" / "bayramov-on-the-appeal.yaml").read_text("utf-8")
    assert "\nspeaker: jeyhun-bayramov\n" in text
    assert f"\n{written}\n" in text


@pytest.mark.skipif(
    shutil.which("make") is None and not os.environ.get("CI"), reason="no make here"
)
@pytest.mark.parametrize(
    ("args", "said"),
    [
        # Without KIND or ID, argparse's usage named `python -m generator new`, a
        # command the contributor never typed.
        ([], "usage: make new KIND=quote ID=some-id"),
        (["KIND=actor"], "usage: make new KIND=quote ID=some-id"),
        # An id with a space reached argparse as two arguments ("unrecognized
        # arguments: Lobby"); quoted, the id check suggests the id to write.
        (["KIND=actor", "ID=Armenian Lobby"], "did you mean 'armenian-lobby'?"),
    ],
)
def test_make_new_says_how_to_call_it(tmp_path, args, said):
    shutil.copy2(ROOT / "Makefile", tmp_path / "Makefile")
    shutil.copytree(FIXTURE_CONTENT, tmp_path / "content")
    (tmp_path / ".venv").symlink_to(sys.prefix)
    (tmp_path / "generator").symlink_to(ROOT / "generator")
    make = ["make", "--no-print-directory", "-o", ".venv/bin/.installed", "new"]
    done = subprocess.run([*make, *args], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode != 0
    assert said in done.stderr, done.stderr
    assert "python -m generator new [-h]" not in done.stderr
    assert not list((tmp_path / "content").rglob("armenian*"))
