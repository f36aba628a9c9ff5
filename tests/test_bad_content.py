"""One folder per mistake in tests/bad_content/, each with the exact messages it must give.

A case folder holds files laid over a copy of tests/fixtures/content (same
relative paths), an optional `_delete.txt` (paths to remove, one a line), and
`expected.txt`: the exact lines `python -m generator validate` prints to
stderr, paths relative to the project. Every case must exit 1, print no
traceback, and leave an existing docs/ untouched when building.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main

from .conftest import FIXTURE_CONTENT

CASES = Path(__file__).parent / "bad_content"
CONTROL_FILES = {"expected.txt", "_delete.txt", "README.md"}


def case_names() -> list[str]:
    return sorted(p.name for p in CASES.iterdir() if p.is_dir())


def lay_out(case: Path, tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    delete = case / "_delete.txt"
    if delete.exists():
        for line in delete.read_text(encoding="utf-8").splitlines():
            if line.strip():
                (content / line.strip()).unlink()
    for path in sorted(case.rglob("*")):
        if path.is_file() and path.name not in CONTROL_FILES:
            target = content / path.relative_to(case)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    return content


@pytest.mark.parametrize("name", case_names())
def test_bad_content_gives_exact_located_messages(name, tmp_path, monkeypatch, capsys):
    case = CASES / name
    lay_out(case, tmp_path)
    monkeypatch.chdir(tmp_path)

    assert main(["validate"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.splitlines()
    expected = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert lines[:-1] == expected
    assert lines[-1] == f"{len(expected)} problem{'s' if len(expected) != 1 else ''} found."


@pytest.mark.parametrize("name", case_names())
def test_bad_content_leaves_previous_output_untouched(name, tmp_path, monkeypatch, capsys):
    lay_out(CASES / name, tmp_path)
    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("previous output\n", encoding="utf-8")
    (docs / ".generated").write_text("index.md\n", encoding="utf-8")

    assert main(["generate", "--docs", "docs"]) == 1
    assert "nothing was written" in capsys.readouterr().err
    assert sorted(p.name for p in docs.iterdir()) == [".generated", "index.md"]
    assert (docs / "index.md").read_text(encoding="utf-8") == "previous output\n"
