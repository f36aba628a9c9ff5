"""Put rendered files into docs/: only what changed, never a hand-written page.

The generator owns exactly the files listed in ``docs/.generated`` (its
manifest). A file is rewritten only when its bytes change, through a
temporary file and an atomic rename, so a preview server never sees half of
a page it already had, and a run with nothing to do writes nothing. A file
that does not exist yet is created in place, which costs this machine's disk
a third of the temporary file and rename. Files the previous run wrote and
this one does not are removed; files nobody generated are never touched.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problem

MANIFEST = ".generated"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)


def read_manifest(docs: Path) -> set[str]:
    try:
        text = (docs / MANIFEST).read_text(encoding="utf-8")
    except FileNotFoundError:
        return set()
    return {line for line in text.splitlines() if line and not line.startswith("#")}


def check_ownership(docs: Path, files: dict[str, str]) -> list[Problem]:
    """A generated path that holds a hand-written file is an error, never overwritten."""
    owned = read_manifest(docs)
    problems = []
    for path in sorted(files):
        target = docs / path
        if path not in owned and target.exists():
            shown = f"{docs.name}/{path}"
            problems.append(
                Problem(
                    shown,
                    1,
                    1,
                    "this file was not written by the generator, which needs the path:"
                    " move or rename it",
                )
            )
    return problems


def write_tree(docs: Path, files: dict[str, str]) -> WriteReport:
    """Write `files` (path under docs/ → text) and prune what the last run owned."""
    report = WriteReport()
    previous = read_manifest(docs)
    paths = sorted(files)
    if not previous.issuperset(paths):
        # Claim the new paths before creating them: a run stopped halfway (Ctrl-C,
        # a full disk) leaves files the next run knows as its own, not in its way.
        _write_manifest(docs, previous | files.keys())
    for folder in sorted({os.path.dirname(path) for path in paths} - {""}):
        os.makedirs(docs / folder, exist_ok=True)

    def write_share(share: list[str]) -> list[bool]:
        return [_write_if_changed(os.path.join(docs, p), files[p].encode("utf-8")) for p in share]

    if len(paths) < THREADS_FROM_FILES:
        changed = write_share(paths)
    else:
        shares = [paths[i : i + THREAD_SHARE] for i in range(0, len(paths), THREAD_SHARE)]
        with ThreadPoolExecutor(WRITE_THREADS) as pool:
            changed = [c for share in pool.map(write_share, shares) for c in share]
    for path, was_written in zip(paths, changed, strict=True):
        if was_written:
            report.written.append(path)
        else:
            report.unchanged += 1
    for path in sorted(previous - files.keys()):
        target = docs / path
        if target.is_file():
            target.unlink()
            report.removed.append(path)
            _remove_empty_parents(target.parent, docs)
    _write_manifest(docs, files.keys())
    return report


# Creating a file waits on the disk's journal, which on a virtual disk can take
# a millisecond; threads keep several creations in flight (6,000 files on this
# machine's disk when slow: 3.1-4.7 s from one thread, 1.8-2.5 s from 4 to 8).
WRITE_THREADS = 8
THREADS_FROM_FILES = 200
THREAD_SHARE = 50


def _write_manifest(docs: Path, paths: Iterable[str]) -> None:
    text = "# Files written by the generator; do not edit.\n" + "".join(
        f"{path}\n" for path in sorted(paths)
    )
    os.makedirs(docs, exist_ok=True)
    _write_if_changed(os.path.join(docs, MANIFEST), text.encode("utf-8"))


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _write_if_changed(target: str, data: bytes) -> bool:
    try:
        if os.stat(target).st_size == len(data):
            with open(target, "rb") as handle:
                if handle.read() == data:
                    return False
        _replace(target, data)
        return True
    except FileNotFoundError:
        pass
    try:
        descriptor = os.open(target, _CREATE, 0o644)
    except FileExistsError:  # appeared since the stat: replace it whole
        _replace(target, data)
        return True
    _write_all(descriptor, data, target)
    return True


def _replace(target: str, data: bytes) -> None:
    """Swap in new bytes at once, through a temporary file beside the target."""
    folder, name = os.path.split(target)
    temp = os.path.join(folder, f".{name}.tmp")
    try:
        descriptor = os.open(temp, _CREATE, 0o644)
    except FileExistsError:  # left by an interrupted run
        os.unlink(temp)
        descriptor = os.open(temp, _CREATE, 0o644)
    _write_all(descriptor, data, temp)
    os.replace(temp, target)


def _write_all(descriptor: int, data: bytes, path: str) -> None:
    """Write and close; on any failure (a full disk) remove the partial file."""
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
    except BaseException:
        os.close(descriptor)
        os.unlink(path)
        raise
    os.close(descriptor)


def _remove_empty_parents(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
