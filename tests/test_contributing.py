"""CONTRIBUTING.md tells the truth: its table of messages is what the validator prints."""

from __future__ import annotations

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
