"""Dates from the content's git history: one `git log`, full and shallow clones."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from generator import history
from generator.cli import main
from generator.history import read_history
from generator.pipeline import generate

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "content"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _git(repo: Path, *args: str, when: str = "2024-10-01T12:00:00Z") -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    done = subprocess.run(
        ["git", "-C", str(repo), *args], env=env, check=True, capture_output=True, text=True
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The fixture content in a repository of three commits on three days."""
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    shutil.copytree(FIXTURE, repo / "content")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "all", when="2024-10-01T12:00:00Z")
    quote = repo / "content" / "quotes" / "aliyev-dirty-appeal.yaml"
    quote.write_text(quote.read_text() + "\n", encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "quote", when="2024-10-05T08:30:00Z")
    actor = repo / "content" / "actors" / "ilham-aliyev.yaml"
    actor.write_text(actor.read_text() + "\n", encoding="utf-8")
    (repo / "elsewhere.txt").write_text("not content\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "actor", when="2024-10-09T23:59:59Z")
    return repo


def test_each_file_dated_by_its_own_commits(repo):
    found = read_history(repo, repo / "content")
    assert found.undated == 0
    assert found.changed["content/quotes/aliyev-dirty-appeal.yaml"] == "2024-10-05T08:30:00Z"
    assert found.added["content/quotes/aliyev-dirty-appeal.yaml"] == "2024-10-01T12:00:00Z"
    assert found.changed["content/actors/ilham-aliyev.yaml"] == "2024-10-09T23:59:59Z"
    assert found.changed["content/episode.yaml"] == "2024-10-01T12:00:00Z"
    assert "elsewhere.txt" not in found.changed
    assert len(found.changed) == sum(1 for p in FIXTURE.rglob("*.yaml"))


def test_one_git_log_whatever_the_number_of_files(repo, monkeypatch):
    calls: list[list[str]] = []
    real = subprocess.run

    def counting(command, *args, **kwargs):
        calls.append(command)
        return real(command, *args, **kwargs)

    monkeypatch.setattr(history.subprocess, "run", counting)
    read_history(repo, repo / "content")
    assert sum("log" in command for command in calls) == 1
    assert len(calls) <= 3  # the top level, the log, the shallow file's path


def test_pages_carry_the_dates_and_builds_repeat(repo, tmp_path):
    docs = tmp_path / "docs"
    first = generate(repo / "content", docs, repo).files
    again = generate(repo / "content", tmp_path / "docs2", repo).files
    assert first == again
    front = yaml.safe_load(first["quotes/aliyev-dirty-appeal.md"].split("---\n")[1])
    assert front["changed"] == "2024-10-05T08:30:00Z"
    assert front["added"] == "2024-10-01T12:00:00Z"
    listing = first["quotes/index.md"]
    assert "changed:" not in listing.split("---\n")[1]


def test_outside_a_repository_there_are_no_dates(tmp_path):
    shutil.copytree(FIXTURE, tmp_path / "content")
    found = read_history(tmp_path, tmp_path / "content")
    assert found.changed == {} and found.added == {}


def test_a_shallow_clone_dates_only_what_it_saw_change(repo, tmp_path, monkeypatch, capsys):
    """CI's checkout is one commit deep unless told otherwise. There the last commit
    seems to add every file: those files get no date rather than the wrong one, and
    the build says why. Files the clone saw change keep their true date."""
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "2", f"file://{repo}", str(clone)],
        check=True,
        capture_output=True,
    )
    found = read_history(clone, clone / "content")
    # Depth 2 holds the last two commits: the actor's change is dated, the
    # quote's change (the boundary commit) and everything older are not.
    assert found.changed == {"content/actors/ilham-aliyev.yaml": "2024-10-09T23:59:59Z"}
    assert found.added == {}
    assert found.undated == sum(1 for p in FIXTURE.rglob("*.yaml")) - 1

    monkeypatch.chdir(clone)
    assert main(["generate"]) == 0
    assert "history is shallow" in capsys.readouterr().err
    quote = (clone / "docs" / "quotes" / "aliyev-dirty-appeal.md").read_text(encoding="utf-8")
    assert "changed:" not in quote.split("---\n")[1]


def test_a_file_written_anew_under_a_deleted_files_name_has_its_own_dates(repo):
    """A quote removed, then a new one written under its id: the new file showed "Last
    changed" on the day of the deletion, and once committed it was "added" on the day
    the old one was, so the feed listed it as changed, under the old one's date."""
    quote = repo / "content" / "quotes" / "aliyev-dirty-appeal.yaml"
    text = quote.read_text(encoding="utf-8")
    quote.unlink()
    _git(repo, "commit", "-q", "-am", "remove", when="2024-10-12T10:00:00Z")
    name = "content/quotes/aliyev-dirty-appeal.yaml"
    quote.write_text(text, encoding="utf-8")  # written anew, not committed yet
    found = read_history(repo, repo / "content")
    assert name not in found.changed and name not in found.added
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "anew", when="2024-10-20T09:00:00Z")
    found = read_history(repo, repo / "content")
    assert found.added[name] == found.changed[name] == "2024-10-20T09:00:00Z"
    # Other files keep their dates.
    assert found.changed["content/actors/ilham-aliyev.yaml"] == "2024-10-09T23:59:59Z"
