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
from concurrent.futures import Future, ThreadPoolExecutor
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


def check_ownership(docs: Path, files: Iterable[str]) -> list[Problem]:
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
    with TreeWriter(docs, files) as writer:
        writer.add(list(files.items()))
        return writer.finish()


class TreeWriter:
    """Writes a tree's files as they come, then prunes and records the manifest.

    ``add`` takes files in batches, in any order; ``finish`` waits for every
    write, removes what the last run owned and this one does not, and returns
    the report. Large trees are written from threads: creating a file waits on
    the disk's journal, which on a virtual disk can take a millisecond, and
    threads keep several creations in flight (6,100 files on this machine's
    disk when slow: 2.0-3.1 s from one thread, 0.6-0.7 s from eight).
    """

    def __init__(self, docs: Path, paths: Iterable[str]):
        self.docs = docs
        self.paths = set(paths)
        self.previous = read_manifest(docs)
        if not self.previous.issuperset(self.paths):
            # Claim the new paths before creating them: a run stopped halfway (Ctrl-C,
            # a full disk) leaves files the next run knows as its own, not in its way.
            _write_manifest(docs, self.previous | self.paths)
        for folder in sorted({os.path.dirname(path) for path in self.paths} - {""}):
            os.makedirs(docs / folder, exist_ok=True)
        self._pool = (
            ThreadPoolExecutor(WRITE_THREADS) if len(self.paths) >= THREADS_FROM_FILES else None
        )
        self._pending: list[Future[list[tuple[str, bool]]]] = []
        self._done: list[tuple[str, bool]] = []

    def add(self, files: list[tuple[str, str]]) -> None:
        if self._pool is None:
            self._done += self._write(files)
            return
        for i in range(0, len(files), THREAD_SHARE):
            self._pending.append(self._pool.submit(self._write, files[i : i + THREAD_SHARE]))

    def _write(self, files: list[tuple[str, str]]) -> list[tuple[str, bool]]:
        docs = self.docs
        return [(p, _write_if_changed(os.path.join(docs, p), t.encode("utf-8"))) for p, t in files]

    def finish(self) -> WriteReport:
        for future in self._pending:
            self._done += future.result()
        self._pending.clear()
        report = WriteReport()
        for path, was_written in sorted(self._done):
            if was_written:
                report.written.append(path)
            else:
                report.unchanged += 1
        for path in sorted(self.previous - self.paths):
            target = self.docs / path
            if target.is_file():
                target.unlink()
                report.removed.append(path)
                _remove_empty_parents(target.parent, self.docs)
        _write_manifest(self.docs, self.paths)
        return report

    def __enter__(self) -> TreeWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._pool is not None:  # on an error, finish the writes under way, start no more
            self._pool.shutdown(wait=True, cancel_futures=True)


def remove_generated(docs: Path) -> list[str]:
    """Remove every file the manifest lists, then the manifest; nothing else."""
    if not (docs / MANIFEST).is_file():
        return []
    report = write_tree(docs, {})
    (docs / MANIFEST).unlink(missing_ok=True)
    return report.removed


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
