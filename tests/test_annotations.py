"""Problems reach a pull request's diff: GitHub annotations under GITHUB_ACTIONS=true."""

from __future__ import annotations

import pytest

from generator.cli import main

from .test_bad_content import CASES, lay_out


def test_annotations_are_printed_on_github_actions(tmp_path, monkeypatch, capsys):
    lay_out(CASES / "unknown-speaker-id", tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")

    assert main(["validate"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "::error file=content/quotes/aliyev-dirty-appeal.yaml,line=5,col=10::speaker:"
        " unknown actor 'ilham-aliev' (did you mean 'ilham-aliyev'?); if it is new, add"
        " content/actors/ilham-aliev.yaml (make new KIND=actor ID=ilham-aliev)"
    ]
    # The plain located message is still there for the log.
    assert "content/quotes/aliyev-dirty-appeal.yaml:5:10: error: speaker:" in err


@pytest.mark.parametrize("value", ["false", ""])
def test_no_annotations_elsewhere(value, tmp_path, monkeypatch, capsys):
    lay_out(CASES / "unknown-speaker-id", tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GITHUB_ACTIONS", value)

    assert main(["validate"]) == 1
    assert "::error" not in capsys.readouterr().out


def test_every_case_gives_one_annotation_per_problem(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    for case in sorted(p for p in CASES.iterdir() if p.is_dir()):
        target = tmp_path / case.name
        target.mkdir()
        lay_out(case, target)
        monkeypatch.chdir(target)
        assert main(["validate"]) == 1
        out, _ = capsys.readouterr()
        expected = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
        annotations = out.splitlines()
        assert len(annotations) == len(expected), case.name
        for line in annotations:
            assert line.startswith("::error file=content/"), line
            assert "\n" not in line and ",line=" in line and ",col=" in line
