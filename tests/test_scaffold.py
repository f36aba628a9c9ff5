"""`new KIND ID`: a record file that fails validation only on its placeholders."""

from __future__ import annotations

import re

import pytest

from generator import model
from generator.cli import main


@pytest.mark.parametrize("kind", list(model.KIND_BY_NAME))
def test_new_record_fails_only_on_its_placeholders(kind, content, monkeypatch, capsys):
    monkeypatch.chdir(content.parent)
    assert main(["new", kind, f"new-{kind}"]) == 0
    path = f"content/{model.KIND_BY_NAME[kind].folder}/new-{kind}.yaml"
    assert f"created {path}" in capsys.readouterr().out

    assert main(["validate"]) == 1
    problems = capsys.readouterr().err.splitlines()[:-1]
    assert problems
    for line in problems:
        assert line.startswith(path + ":"), line
        assert re.search(r": error: [\w.\[\]]+: required but empty; fill in ", line), line


def test_quote_with_speaker_and_source_has_them_filled_in(content, monkeypatch, capsys):
    monkeypatch.chdir(content.parent)
    args = ["new", "quote", "mps-more-words", "--speaker", "mps-group"]
    assert main([*args, "--source", "oc-media-2024-10-07"]) == 0
    text = (content / "quotes" / "mps-more-words.yaml").read_text(encoding="utf-8")
    assert "\nspeaker: mps-group\n" in text
    assert "\nsources: [oc-media-2024-10-07]\n" in text
    capsys.readouterr()
    assert main(["validate"]) == 1
    fields = [
        line.split(": error: ")[1].split(":")[0]
        for line in capsys.readouterr().err.splitlines()[:-1]
    ]
    assert fields == ["text", "date"]


def test_filled_in_scaffold_is_valid(content, monkeypatch, capsys):
    monkeypatch.chdir(content.parent)
    assert main(["new", "quote", "mps-more-words", "--speaker", "mps-group"]) == 0
    path = content / "quotes" / "mps-more-words.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('text: ""', "text: Terminate the agreements")
    text = text.replace('date: ""', "date: 2024-10-05")
    text = text.replace("sources: []", "sources: [caliber-az-2024-10-05]")
    path.write_text(text, encoding="utf-8")
    assert main(["validate"]) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new", "quote", "mps-terminate"], "content/quotes/mps-terminate.yaml already exists"),
        (["new", "event", "mps-group"], "content/actors/mps-group.yaml already exists"),
        (["new", "quote", "Bad Id"], "'Bad Id' is not a valid id"),
        (["new", "quote", "index"], "'index' is reserved"),
        (["new", "persn", "x"], "unknown kind 'persn'"),
        (
            ["new", "quote", "x", "--speaker", "ilham-aliev"],
            "unknown actor 'ilham-aliev' (did you mean 'ilham-aliyev'?); if it is a new actor,"
            " add content/actors/ilham-aliev.yaml first",
        ),
        (["new", "event", "x", "--speaker", "mps-group"], "--speaker is for quotes only"),
        (
            ["new", "quote", "x", "--source", "nowhere"],
            "unknown source 'nowhere'; add content/sources/nowhere.yaml first",
        ),
    ],
)
def test_new_refuses_with_a_reason(args, message, content, monkeypatch, capsys):
    monkeypatch.chdir(content.parent)
    before = sorted(p.as_posix() for p in content.rglob("*"))
    before_text = (content / "quotes" / "mps-terminate.yaml").read_bytes()
    assert main(args) == 2
    assert message in capsys.readouterr().err
    assert sorted(p.as_posix() for p in content.rglob("*")) == before
    assert (content / "quotes" / "mps-terminate.yaml").read_bytes() == before_text
