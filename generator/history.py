"""When each content file was added and last changed, from one `git log` however
many records there are.

A generated page's file date means nothing (every run rewrites it), so a record page
is dated by its content file's commits, never by the clock: the same commit builds
the same pages. A shallow clone (CI's ``actions/checkout`` without ``fetch-depth:
0``) shows its oldest commit as adding every file, so a file last changed there gets
no date rather than a wrong one.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class History:
    # Content file (as record.path) -> time of the commit that added it and of the
    # last one that changed it, as 2024-10-07T12:00:00Z.
    added: dict[str, str] = field(default_factory=dict)
    changed: dict[str, str] = field(default_factory=dict)
    # Files left undated because the history stops before their last change.
    undated: int = 0


def _stamp(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class GitError(Exception):
    """Git is missing or failed; the message says why, in git's words where it has some."""


def git(root: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, check=False, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise GitError(f"cannot run git: {exc}") from None
    if done.returncode != 0:
        raise GitError(done.stderr.decode("utf-8", "replace").strip() or "git failed")
    return done.stdout


# Each commit as a separator, its id and time, then a line a file: status, a tab, its path.
_LOG = ("-c", "core.quotePath=false", "log", "--format=%x1e%H %ct", "--name-status")


def read_history(root: Path, content: Path) -> History:
    """The dates of the files under `content`, for paths written relative to `root`;
    none for a `content` outside `root`, outside a git repository, or without git."""
    try:
        folder = content.resolve().relative_to(root.resolve())
        log = git(root, *_LOG, "--no-renames", "--relative", "--", folder.as_posix() or ".")
    except (ValueError, GitError):
        return History()
    # The commits a shallow clone stops at; git gives the file's path relative to `root`,
    # or absolute (which the / keeps as it is).
    try:
        shallow = root / git(root, "rev-parse", "--git-path", "shallow").decode().strip()
        boundary = set(shallow.read_text(encoding="utf-8").split())
    except (GitError, FileNotFoundError):
        boundary = set()
    added: dict[str, tuple[int, str]] = {}
    changed: dict[str, tuple[int, str]] = {}
    # Newest commit first: a deletion ends a file's history there. What came before it
    # dated another file of the same name (a record removed, then one written anew under
    # its id), and a deletion is no change of the file there now.
    deleted: set[str] = set()
    for entry in log.decode("utf-8").split("\x1e")[1:]:
        head, _, lines = entry.partition("\n")
        commit, seconds_text = head.split(" ")
        seconds = int(seconds_text)
        for status, _, name in (line.partition("\t") for line in lines.split("\n") if line):
            if status == "D" or name in deleted:
                deleted.add(name)
                continue
            if name not in changed or seconds > changed[name][0]:
                changed[name] = (seconds, commit)
            if name not in added or seconds <= added[name][0]:
                added[name] = (seconds, commit)
    undated = {name for name, (_, commit) in changed.items() if commit in boundary}
    return History(
        added={n: _stamp(s) for n, (s, c) in added.items() if c not in boundary},
        changed={n: _stamp(s) for n, (s, _) in changed.items() if n not in undated},
        undated=len(undated),
    )
