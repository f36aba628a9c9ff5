"""Put rendered files into docs/: only what changed, never a hand-written page.

The generator owns exactly the files listed in ``docs/.generated`` (its
manifest). Writing happens once every page is rendered, in three steps: each
changed file is written to a temporary file beside its target (a failure here,
a full disk say, removes them and leaves docs/ as it was); the manifest claims
the new paths; then each temporary file replaces its target at once, so a
preview server never sees half a page. Files the previous run wrote and this
one does not are removed last; files nobody generated are never touched. A run
with nothing to do writes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ContentError, Problem

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


def write_tree(docs: Path, files: dict[str, str]) -> WriteReport:
    """Write `files` (path under docs/ → text); a hand-written file in the way is a
    ContentError, and then nothing is written."""
    previous = read_manifest(docs)
    message = "this file was not written by the generator, which needs the path: move or rename it"
    in_the_way = [
        Problem(f"{docs.name}/{path}", 1, 1, message)
        for path in sorted(files)
        if path not in previous and (docs / path).exists()
    ]
    if in_the_way:
        raise ContentError(in_the_way)
    report = WriteReport()
    changed: dict[str, bytes] = {}
    for path, text in sorted(files.items()):
        data = text.encode("utf-8")
        if _holds(os.path.join(docs, path), data):
            report.unchanged += 1
        else:
            changed[path] = data
    claim = None if previous.issuperset(files) else previous | set(files)
    temporary = _write_temporary(docs, changed, claim)
    for path, temp in temporary.items():
        os.replace(temp, os.path.join(docs, path))
        report.written.append(path)
    for path in sorted(previous - set(files)):
        target = docs / path
        if target.is_file():
            target.unlink()
            report.removed.append(path)
            _remove_empty_parents(target.parent, docs)
    _write_manifest(docs, set(files))
    return report


def remove_generated(docs: Path) -> list[str]:
    """Remove every file the manifest lists, then the manifest; nothing else."""
    if not (docs / MANIFEST).is_file():
        return []
    report = write_tree(docs, {})
    (docs / MANIFEST).unlink(missing_ok=True)
    return report.removed


def _holds(target: str, data: bytes) -> bool:
    try:
        if os.stat(target).st_size != len(data):
            return False
        with open(target, "rb") as handle:
            return handle.read() == data
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False


def _write_temporary(
    docs: Path, changed: dict[str, bytes], claim: set[str] | None
) -> dict[str, str]:
    """Steps 1 and 2 above: on any failure, no temporary file or folder made for
    one is left, and the manifest is as it was."""
    temporary: dict[str, str] = {}
    # Thousands of pages share a few folders: each is made once (0.08 s at 5,000 quotes).
    folders: set[str] = set()
    try:
        for path, data in changed.items():
            folder, name = os.path.split(os.path.join(docs, path))
            if folder not in folders:
                os.makedirs(folder, exist_ok=True)
                folders.add(folder)
            temporary[path] = temp = os.path.join(folder, f".{name}.tmp")
            with open(temp, "wb") as handle:
                handle.write(data)
        if claim is not None:
            # Claimed before the new paths appear: a run stopped while swapping
            # leaves files the next run knows as its own, not in its way.
            _write_manifest(docs, claim)
    except BaseException:
        for temp in temporary.values():
            Path(temp).unlink(missing_ok=True)
            _remove_empty_parents(Path(temp).parent, docs)
        raise
    return temporary


def _write_manifest(docs: Path, paths: Iterable[str]) -> None:
    lines = ["# Files written by the generator; do not edit.", *sorted(paths), ""]
    data = "\n".join(lines).encode("utf-8")
    if not _holds(os.path.join(docs, MANIFEST), data):
        (temp,) = _write_temporary(docs, {MANIFEST: data}, None).values()
        os.replace(temp, os.path.join(docs, MANIFEST))


def _remove_empty_parents(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
