"""Put rendered files into docs/: only what changed, never a hand-written page.

The generator owns exactly the files listed in ``docs/.generated`` (its
manifest). A file is rewritten only when its bytes change, through a
temporary file and an atomic rename, so a preview server sees whole files and
a run with nothing to do writes nothing. Files the previous run wrote and this
one does not are removed; files nobody generated are never touched.
"""

from __future__ import annotations

import os
import tempfile
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
    for path in sorted(files):
        if _write_if_changed(docs / path, files[path].encode("utf-8")):
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
    _write_if_changed(docs / MANIFEST, manifest.encode("utf-8"))
    return report


def _write_if_changed(target: Path, data: bytes) -> bool:
    try:
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
    return True


def _remove_empty_parents(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
