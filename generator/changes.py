"""`python -m generator changes --base REV`: a pull request's data changes, in Markdown.

The content at the base commit is read straight from git (`git ls-tree`, `git show`),
never by checking it out, and compared with the working tree as data, so that re-wrapping
a text or reordering fields is not a change. A file that does not parse is listed as such;
`validate` says why.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import model, urls
from .history import GitError, git
from .yamlio import decode, parse

UNREADABLE = object()  # a file that is not valid YAML
TEXT_WIDTH = 80


@dataclass
class Changes:
    base: str
    commit: str = ""  # the base resolved to a commit id
    added: list[tuple[str, dict[str, Any] | object]] = field(default_factory=list)
    changed: list[tuple[str, list[tuple[str, Any, Any]]]] = field(default_factory=list)
    removed: list[tuple[str, dict[str, Any] | object]] = field(default_factory=list)


def compare(content: Path, base: str) -> Changes:
    """The records that differ between `base` and the working tree under `content`."""
    git(content, "rev-parse", "--show-toplevel")  # outside a repository, git says so
    try:
        commit = git(content, "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}")
    except GitError:
        raise GitError(
            f"'{base}' is not a commit in this repository: set BASE=<branch or commit>, such as"
            " BASE=upstream/main in a fork (make changes BASE=upstream/main); fetch a remote's"
            " branches first with `git fetch upstream`"
        ) from None
    # Run in `content`, git lists and reads the paths relative to it (./ in a revision).
    listing = git(content, "ls-tree", "-r", "-z", "--name-only", base, "--", ".")
    names = [name for name in listing.decode("utf-8").split("\0") if _is_record(name)]
    before = {name: _read(git(content, "show", f"{base}:./{name}"), name) for name in names}
    paths = (path.relative_to(content).as_posix() for path in content.rglob("*.yaml"))
    after = {name: _read((content / name).read_bytes(), name) for name in paths if _is_record(name)}
    changes = Changes(
        base=base,
        commit=commit.decode().strip(),
        added=[(path, after[path]) for path in sorted(after.keys() - before.keys())],
        removed=[(path, before[path]) for path in sorted(before.keys() - after.keys())],
    )
    for path in sorted(before.keys() & after.keys()):
        old, new = before[path], after[path]
        if old == new:
            continue
        if isinstance(old, dict) and isinstance(new, dict):
            fields = [
                (name, old.get(name), new.get(name))
                for name in [*new, *(key for key in old if key not in new)]
                if old.get(name) != new.get(name)
            ]
        else:
            fields = [("(file)", _shown(old), _shown(new))]
        changes.changed.append((path, fields))
    return changes


def _is_record(relative: str) -> bool:
    """Whether a path under content/ is the episode's or a record's file."""
    if not relative.endswith(".yaml"):
        return False
    parts = relative.split("/")
    return parts == ["episode.yaml"] or (len(parts) == 2 and parts[0] in model.KIND_BY_FOLDER)


def _read(data: bytes, shown: str) -> Any:
    text, _ = decode(data, shown)
    document = parse(text, shown)[0] if text is not None else None  # None: not valid YAML
    return UNREADABLE if document is None else document.value


# --- Markdown -----------------------------------------------------------------


def to_markdown(changes: Changes, content_prefix: str = "content") -> str:
    short = changes.commit[:12]
    since = f"`{_code(short)}`"
    if changes.base not in (changes.commit, short):
        since = f"`{_code(changes.base)}` ({since})"
    lines = [f"## Data changes since {since}", ""]
    if not (changes.added or changes.changed or changes.removed):
        return "\n".join([*lines, "No record was added, changed or removed.", ""])
    added, changed, removed = len(changes.added), len(changes.changed), len(changes.removed)
    lines.append(f"{added} added, {changed} changed, {removed} removed.")
    if changes.added:
        lines += ["", "### Added", ""]
        lines += [f"- {_title(path, value, content_prefix)}" for path, value in changes.added]
    if changes.changed:
        lines += ["", "### Changed"]
        for path, fields in changes.changed:
            lines += ["", f"#### {_title(path, None, content_prefix)}", ""]
            lines += ["| field | before | after |", "|---|---|---|"]
            for name, old, new in fields:
                before, after = _difference(old, new)
                lines.append(f"| {_cell(name)} | {before} | {after} |")
    if changes.removed:
        lines += ["", "### Removed", ""]
        lines += [f"- {_title(path, value, content_prefix)}" for path, value in changes.removed]
    return "\n".join(lines) + "\n"


def _title(path: str, value: Any, prefix: str) -> str:
    folder, _, name = path.rpartition("/")
    cls = model.KIND_BY_FOLDER.get(folder)
    kind = cls.kind if cls else urls.EPISODE
    record_id = name.removesuffix(".yaml")
    title = f"{kind} `{_code(record_id)}` ({_cell(prefix + '/' + path)})"
    if value is UNREADABLE:
        return title + ": not valid YAML (see `make validate`)"
    if isinstance(value, dict):
        for key in ("name", "title", "point", "text"):
            if isinstance(value.get(key), str):
                return f"{title}: {_cell(model.shorten(value[key], TEXT_WIDTH))}"
    return title


def _difference(old: Any, new: Any) -> tuple[str, str]:
    """The before and after cells: for lists of ids, what was taken out and put in."""
    flat = [isinstance(v, list) and all(isinstance(x, (str, int)) for x in v) for v in (old, new)]
    if all(flat) and old and new:
        removed = [v for v in old if v not in new]
        added = [v for v in new if v not in old]
        if removed or added:
            return (
                "removed: " + _cell(", ".join(map(str, removed))) if removed else "—",
                "added: " + _cell(", ".join(map(str, added))) if added else "—",
            )
    if isinstance(old, str) and isinstance(new, str):
        old, new = " ".join(old.split()), " ".join(new.split())
        # Long texts that differ late: both start a few words before the first difference.
        same = len(os.path.commonprefix([old, new]))  # noqa: RUF071 (characters, as wanted)
        if same > TEXT_WIDTH - 30:
            start = old.rfind(" ", 0, same - 30) + 1
            old, new = "… " + old[start:], "… " + new[start:]
    return _cell(_shown(old)), _cell(_shown(new))


def _shown(value: Any) -> str:
    if value is None:
        return "(none)"
    if value is UNREADABLE:
        return "(not valid YAML)"
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    return model.shorten(value, TEXT_WIDTH) if isinstance(value, str) else str(value)


_MARKDOWN = str.maketrans(
    {c: "\\" + c for c in "\\`*_[]|#<>!~"} | {"\n": " ", "\r": " ", "&": "&amp;"}
)


def _cell(text: str) -> str:
    """Content text as inert Markdown: a summary must not become a link or HTML."""
    return text.translate(_MARKDOWN)


def _code(text: str) -> str:
    return text.replace("`", "'")
