"""`changes --base REV`: the data changes of a pull request, from git, as Markdown."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from generator.cli import main

from .conftest import FIXTURE_CONTENT, edit


def git(repo, *args):
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture
def repo(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "test@example.org")
    git(repo, "config", "user.name", "Test")
    shutil.copytree(FIXTURE_CONTENT, repo / "content")
    git(repo, "add", "content")
    git(repo, "commit", "-q", "-m", "content")
    return repo


def test_summary_lists_added_changed_and_removed_records(repo, monkeypatch, capsys):
    base = git(repo, "rev-parse", "HEAD").strip()
    content = repo / "content"
    quote = content / "quotes" / "aliyev-dirty-appeal.yaml"
    quote.write_text(
        quote.read_text(encoding="utf-8")
        .replace("date: 2024-10-04", "date: 2024-10-05")
        .replace("sources: [oc-media-2024-10-07]", "sources: [caliber-az-2024-10-05]"),
        encoding="utf-8",
    )
    (content / "events" / "declaration-signed.yaml").unlink()
    (content / "actors" / "new-actor.yaml").write_text(
        "id: new-actor\nname: A <b>new</b> actor | with a pipe\n", encoding="utf-8"
    )
    # Re-wrapping a text is not a change of the data.
    letter = content / "events" / "letter-sent.yaml"
    letter.write_text(letter.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    monkeypatch.chdir(repo)

    assert main(["changes", "--base", base]) == 0
    out = capsys.readouterr().out
    assert out == (
        f"## Data changes since `{base[:12]}`\n"
        "\n"
        "1 added, 1 changed, 1 removed.\n"
        "\n"
        "### Added\n"
        "\n"
        "- actor `new-actor` (content/actors/new-actor.yaml):"
        " A \\<b\\>new\\</b\\> actor \\| with a pipe\n"
        "\n"
        "### Changed\n"
        "\n"
        "#### quote `aliyev-dirty-appeal` (content/quotes/aliyev-dirty-appeal.yaml)\n"
        "\n"
        "| field | before | after |\n"
        "|---|---|---|\n"
        "| date | 2024-10-04 | 2024-10-05 |\n"
        "| sources | removed: oc-media-2024-10-07 | added: caliber-az-2024-10-05 |\n"
        "\n"
        "### Removed\n"
        "\n"
        "- event `declaration-signed` (content/events/declaration-signed.yaml):"
        " The joint declaration is signed\n"
    )


def test_long_texts_are_shortened(repo, monkeypatch, capsys):
    base = git(repo, "rev-parse", "HEAD").strip()
    quote = repo / "content" / "quotes" / "mps-terminate.yaml"
    edit(quote, "...signed in 1997", "... " + "word " * 40)
    monkeypatch.chdir(repo)
    assert main(["changes", "--base", base]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("| text"))
    before, after = row.removesuffix(" |").split(" | ")[1:3]
    # Both start just before the first difference, and stay short.
    assert before == "… the U.S., particularly the ...signed in 1997"
    assert after.startswith("… the U.S., particularly the ... word word") and after.endswith(" …")
    assert len(after) < 90


def test_no_change_says_so_and_names_the_base_commit(repo, monkeypatch, capsys):
    monkeypatch.chdir(repo)
    assert main(["changes", "--base", "HEAD"]) == 0
    out = capsys.readouterr().out
    commit = git(repo, "rev-parse", "HEAD").strip()
    assert out.startswith(f"## Data changes since `HEAD` (`{commit[:12]}`)\n")
    assert "No record was added, changed or removed." in out


def test_unknown_base_is_a_usage_error(repo, monkeypatch, capsys):
    monkeypatch.chdir(repo)
    assert main(["changes", "--base", "no-such-branch"]) == 2
    err = capsys.readouterr().err
    assert "'no-such-branch' is not a commit" in err
    assert "set BASE=<branch or commit>, such as BASE=upstream/main" in err


def test_base_is_read_without_checking_it_out(repo, monkeypatch, capsys):
    base = git(repo, "rev-parse", "HEAD").strip()
    (repo / "content" / "actors" / "azerbaijan.yaml").write_text("id: [broken\n", encoding="utf-8")
    monkeypatch.chdir(repo)
    assert main(["changes", "--base", base]) == 0
    assert "not valid YAML" in capsys.readouterr().out
    assert git(repo, "status", "--porcelain") == " M content/actors/azerbaijan.yaml\n"
