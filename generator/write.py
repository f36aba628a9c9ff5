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
    folders: set[str] = set()
    for path in sorted(files):
        if _write_if_changed(os.path.join(docs, path), files[path].encode("utf-8"), folders):
            report.written.append(path)
        else:
            report.unchanged += 1
    for path in sorted(previous - files.keys()):
        target = docs / path
        if target.is_file():
            target.unlink()
            report.removed.append(path)
            _remove_empty_parents(target.parent, docs)
    manifest = "# Files written by the generator; do not edit.\n" + "".join(
        f"{path}\n" for path in sorted(files)
    )
    _write_if_changed(os.path.join(docs, MANIFEST), manifest.encode("utf-8"), folders)
    return report


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _write_if_changed(target: str, data: bytes, folders: set[str]) -> bool:
    try:
        if os.stat(target).st_size == len(data):
            with open(target, "rb") as handle:
                if handle.read() == data:
                    return False
        _replace(target, data)
        return True
    except FileNotFoundError:
        pass
    folder = os.path.dirname(target)
    if folder not in folders:
        os.makedirs(folder, exist_ok=True)
        folders.add(folder)
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
