"""CONTRIBUTING.md tells the truth: its table of messages is what the validator prints."""

from __future__ import annotations

import re
import shutil

import pytest

from generator.cli import main

from . import update_contributing
from .conftest import ROOT


def test_every_bad_content_case_says_what_the_mistake_is():
    for case in update_contributing.CASES.iterdir():
        if case.is_dir():
            assert (case / "README.md").read_text(encoding="utf-8").strip(), case.name


def test_message_table_matches_the_bad_content_cases():
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert update_contributing.BEGIN in text and update_contributing.END in text
    assert text == update_contributing.updated(text), (
        "CONTRIBUTING.md is out of date: run python -m tests.update_contributing"
    )


def test_the_explained_row_of_the_message_table_is_in_it():
    text = " ".join((ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8").split())
    found = re.search(r"`([^`]+)`: (\w+): \.\.\. in the table stands for the line `(.*?)`", text)
    assert found, "CONTRIBUTING.md no longer explains a row of the message table"
    place, field, line = found.groups()
    assert line == f"content/{place}: error: {field}: ..."
    assert f"| `{place}`: {field}: " in text


def test_the_make_new_sample_is_what_make_new_writes():
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert update_contributing.new_section() in text, (
        "CONTRIBUTING.md's make new sample is out of date: run python -m tests.update_contributing"
    )


def test_the_commands_it_names_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for target in ("validate", "quotes", "serve", "new", "changes", "test", "schemas"):
        assert f"make {target}" in text
        assert f"\n{target}:" in makefile


def test_the_readme_names_every_module_of_the_generator():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = [line for line in readme.splitlines() if line.startswith("| `")]
    named = " ".join(table)
    missing = [
        path.name
        for path in sorted((ROOT / "generator").glob("*.py"))
        if not path.name.startswith("__") and f"`{path.name}`" not in named
    ]
    assert missing == [], "add these modules to the README's table of modules"


def _example_records(text: str) -> list[str]:
    """The ```yaml blocks of `text` that are whole records (they start with `id:`)."""
    blocks = re.findall(r"^( *)```yaml\n(.*?)^\1```$", text, flags=re.M | re.S)
    records = []
    for indent, block in blocks:
        lines = [line.removeprefix(indent) for line in block.splitlines()]
        if lines and lines[0].startswith("id: "):
            records.append("\n".join(lines) + "\n")
    return records


@pytest.mark.parametrize("doc", ["README.md", "content/README.md", "CONTRIBUTING.md"])
def test_the_example_records_are_new_and_valid(doc, tmp_path, monkeypatch, capsys):
    examples = _example_records((ROOT / doc).read_text(encoding="utf-8"))
    assert examples, f"{doc} shows no example record"
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for example in examples:
        record_id = example.splitlines()[0].removeprefix("id: ")
        assert not list(content.glob(f"*/{record_id}.yaml")), f"{record_id} already exists"
        (content / "quotes" / f"{record_id}.yaml").write_text(example, encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        assert main(["validate"]) == 0, capsys.readouterr().err
        (content / "quotes" / f"{record_id}.yaml").unlink()


def test_the_readmes_example_message_is_what_validate_says(tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (example,) = _example_records(readme)
    record_id = example.splitlines()[0].removeprefix("id: ")
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    misspelt = example.replace("speaker: ilham-aliyev", "speaker: ilham-aliev")
    assert misspelt != example
    (content / "quotes" / f"{record_id}.yaml").write_text(misspelt, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["validate"]) == 1
    (message,) = capsys.readouterr().err.splitlines()[:-1]
    assert f"   {message}\n" in readme


def test_the_readmes_commands_table_lists_every_make_target():
    """Every target `make help` lists has a row in README.md's table of commands, and
    every row is a target."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z-]+):.*## ", makefile, flags=re.M))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = readme.partition("\n## Commands\n")[2].partition("\n## ")[0]
    rows = set(re.findall(r"^\| `make ([a-z-]+)", commands, flags=re.M))
    assert "test" in targets
    assert rows == targets
