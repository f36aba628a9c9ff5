"""content/ files → typed records, each file checked on its own (YAML, fields, ids,
dates); whether the ids a record names exist is for resolve.py. Every problem is
collected; none stops the run.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import fields, model, parallel, urls
from .errors import Problem
from .links import find_links
from .yamlio import MAX_FILE_BYTES, At, Document, decode, parse, too_large

EPISODE_FILE = "episode.yaml"
# Who names what, as resolve.py checks it: (the holder's id, path, line, where each of
# its fields is written, the references it holds).
Holder = tuple[str | None, str, int, dict[str, tuple[int, int]], Iterable[fields.Reference]]


@dataclass
class Loaded:
    """What the content folder holds, and what is wrong with it."""

    records: list[model.Record] = field(default_factory=list)
    episode: model.Episode | None = None
    problems: list[Problem] = field(default_factory=list)
    # Ids (and kinds) of records that failed to load, so that references to them
    # are not reported a second time.
    broken: dict[str, str] = field(default_factory=dict)
    # For every record id: the location of each field path, e.g. "roles[0].of".
    places: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    # The records that failed to load, with no id, holding the references of the fields
    # that were read: checked in the same run as the problems that broke the record.
    partial: list[Holder] = field(default_factory=list)


def load_content(root: Path, display_root: Path | None = None) -> Loaded:
    """Read every record under `root`. Paths in problems are shown relative to
    `display_root` (default: the current folder) so editors can open them."""
    # Absolute once, so that showing each file's path needs no call to the OS.
    root = Path(os.path.abspath(root))
    base = os.path.abspath(display_root or ".")
    loaded = Loaded()
    kinds = ", ".join(sorted(model.KIND_BY_FOLDER))

    def refuse(path: str, message: str) -> None:
        loaded.problems.append(Problem(_show(path, base), 1, 1, message))

    episode_path = str(root / EPISODE_FILE)
    if os.path.lexists(episode_path):
        _load_file(episode_path, _show(episode_path, base), model.Episode, loaded)
    else:
        refuse(episode_path, "the episode file is missing")
    work: list[tuple[str, str, type]] = []
    for entry in sorted(os.scandir(root), key=lambda e: e.name):
        if entry.name == EPISODE_FILE:
            continue
        cls = model.KIND_BY_FOLDER.get(entry.name)
        if entry.is_dir(follow_symlinks=False) and cls is not None:
            work += _record_files(entry.path, _show(entry.path, base), cls, refuse)
        elif problem := _not_regular(entry):
            refuse(entry.path, problem)
        elif entry.is_dir(follow_symlinks=False):
            if any(_is_yaml_name(p.name) for p in Path(entry.path).rglob("*")):
                name = _printable(entry.name)
                refuse(entry.path, f"unknown folder '{name}'; record folders are {kinds}")
        elif _is_yaml_name(entry.name):
            refuse(entry.path, f"records belong in a folder of their kind: {kinds}")
    # Large sites load in one forked share per core: contiguous shares, merged in
    # order, give the result one process gives.
    workers = parallel.workers_for(len(work), PARALLEL_FROM_FILES)
    for part in parallel.fork_map(_load_share, parallel.split(work, workers), workers):
        loaded.records += part.records
        loaded.problems += part.problems
        loaded.broken = part.broken | loaded.broken  # an id's first file keeps it
        loaded.places.update(part.places)
        loaded.partial += part.partial
    return loaded


def _record_files(
    folder: str, shown: str, cls: type, refuse: Callable[[str, str], None]
) -> Iterator[tuple[str, str, type]]:
    """The record files under a kind's folder, each with its path as messages show
    it, made from the folder's (`shown`), not worked out again for each file (6% of
    loading). Content is regular files and folders: a link or a device is refused,
    never followed or read."""
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if entry.name.startswith("."):  # an editor's lock or swap file
            continue
        if problem := _not_regular(entry):
            refuse(entry.path, problem)
        elif entry.is_dir(follow_symlinks=False):
            if _is_yaml_name(entry.name):
                refuse(entry.path, _FOLDER_AS_FILE)
            else:
                yield from _record_files(entry.path, _within(shown, entry.name), cls, refuse)
        elif entry.name.endswith(".yaml"):
            yield entry.path, _within(shown, entry.name), cls
        elif _is_yaml_name(entry.name):
            stem = entry.name.rsplit(".", 1)[0]
            refuse(entry.path, f"rename the file to '{stem}.yaml' (lower-case .yaml)")


def _is_yaml_name(name: str) -> bool:
    return name.lower().endswith((".yaml", ".yml"))


_FOLDER_AS_FILE = "a folder where a record file should be; remove or rename it"
_NOT_A_FILE = "not a regular file (a device, socket or pipe); content holds only files"
_LINK = "a symbolic link; content holds only regular files and folders: put the file itself here"


def _not_regular(entry: os.DirEntry[str]) -> str | None:
    if entry.is_symlink():
        return _LINK
    if not entry.is_file(follow_symlinks=False) and not entry.is_dir(follow_symlinks=False):
        return _NOT_A_FILE
    return None


# Forked loading pays from about this many files: on 2 cores, 6,105 files (5,000 quotes)
# loaded in 0.9 s against 1.35 s in one process; 1,833 files in 0.40 s against 0.38 s.
PARALLEL_FROM_FILES = 2000


def _load_share(work: Sequence[tuple[str, str, type]]) -> Loaded:
    loaded = Loaded()
    for path, shown, cls in work:
        _load_file(path, shown, cls, loaded)
    return loaded


def _show(path: Path | str, base: str) -> str:
    """A file's path as messages show it: relative to `base`, with '/'."""
    try:
        shown = os.path.relpath(path, base)
    except ValueError:  # another drive on Windows
        shown = str(path)
    return _printable(shown.replace(os.sep, "/"))


def _within(shown: str, name: str) -> str:
    """How messages show the file `name` in a folder they show as `shown`."""
    return _printable(name) if shown == "." else f"{shown}/{_printable(name)}"


def _printable(name: str) -> str:
    """A file name as messages show it: bytes that are not UTF-8 as U+FFFD."""
    if name.isascii():
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _load_file(path: str, shown: str, cls: type, loaded: Loaded) -> None:
    name = os.path.basename(path)
    stem = os.path.splitext(name)[0]
    start = len(loaded.problems)
    document = _read_document(path, shown, loaded.problems)
    values, record_id = None, None
    if document is not None:
        checker = Checker(document, loaded.problems)
        line = document.value_at.get((), (1, 1))[0]
        values = checker.mapping(document.value, (), cls)
        record_id = values.get("id") if values else None  # None for the episode
        if record_id is not None and record_id != stem:
            checker.report(
                ("id",),
                f"id '{record_id}' differs from the file name '{_printable(name)}';"
                f" rename the file to '{record_id}.yaml' or change the id",
            )
    if len(loaded.problems) > start or values is None:
        if issubclass(cls, model.Record):
            for candidate in filter(None, (record_id, stem)):
                loaded.broken.setdefault(candidate, cls.kind)
            if values and (references := list(fields.references_in(values, cls))):
                loaded.partial.append((None, shown, line, checker.places, references))
        return
    loaded.places[record_id or urls.EPISODE] = checker.places
    result = cls(**values, path=shown, line=line)
    if cls is model.Episode:
        loaded.episode = result
    else:
        loaded.records.append(result)


def _read_document(path: str, shown: str, problems: list[Problem]) -> Document | None:
    """The file's YAML with a value in it, or None once its problems are in `problems`."""
    data = _read_regular(path)
    if isinstance(data, str):
        problems.append(Problem(shown, 1, 1, data))
        return None
    text, found = decode(data, shown)
    document, found = parse(text, shown) if text is not None else (None, found)
    problems += found
    if document is not None and document.value is None:
        problems.append(Problem(shown, 1, 1, "the file is empty"))
        return None
    return document


def _read_regular(path: str) -> bytes | str:
    """The bytes of a regular file, at most one more than the size limit; or,
    for anything else (a link, a device, a folder), why it is not read."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | _NONBLOCK)
    except OSError as exc:
        return _LINK if os.path.islink(path) else f"cannot be read: {exc.strerror}"
    with os.fdopen(descriptor, "rb") as handle:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            return _FOLDER_AS_FILE
        if not stat.S_ISREG(mode):
            return _NOT_A_FILE
        data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            return too_large(os.fstat(descriptor).st_size)
        return data


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # opening a pipe must not wait for a writer


class Checker:
    """Checks a document's values against a model's field specs: what is common
    to every field here, what depends on its type in the type (fields.py)."""

    def __init__(self, document: Document, problems: list[Problem]):
        self.document = document
        self.problems = problems
        self.places: dict[str, tuple[int, int]] = {}

    def report(self, at: At, message: str) -> None:
        self.problems.append(Problem(self.document.path, *self.document.where(at), message))

    def remember(self, at: At) -> None:
        """Keep where the value at `at` is written, for messages of later stages."""
        self.places[dotted(at)] = self.document.value_at.get(at) or self.document.where(at)

    def mapping(self, value: Any, at: At, cls: type) -> dict[str, Any] | None:
        what = cls.__name__.lower()  # "actor", "role", "episode"
        specs = fields.field_specs(cls)
        if not isinstance(value, dict):
            if at and type(value) in (str, int):
                first, *rest = [n for n, s in specs.items() if s["required"]] or list(specs)
                then = "".join(f", then '{other}: ...'" for other in rest)
                below = " on the lines below, lined up under it" if rest else ""
                message = (
                    f"{dotted(at)}: an entry here has fields, not a single value:"
                    f" write '- {first}: {value}'{then}{below}"
                )
            else:
                message = (
                    f"expected the fields of {fields.article(what)} {what} (name: value lines),"
                    f" found {fields.describe(value)}"
                )
            self.report(at, message)
            return None
        result: dict[str, Any] = {}
        indented = self.indented_fields(value, at, specs)
        for key in value:
            if key not in specs:
                hint = (
                    fields.did_you_mean(key, list(specs))
                    or f"; fields here are: {', '.join(specs)}"
                )
                self.report(at + (key,), f"unknown field '{key}'{hint}")
        for name, spec in specs.items():
            if name not in value:
                if spec["required"] and name not in indented:
                    what, doc = fields.asked_for(spec)
                    add = f"add a line '{name}: ...' with {what}"
                    self.report(at, f"missing required field '{name}'{doc}: {add}")
            elif value[name] is not None or spec["required"]:  # `name:` alone: not written
                converted = self.value(value[name], at + (name,), spec)
                if converted is not None:
                    result[name] = converted
        return result

    def indented_fields(self, value: dict[str, Any], at: At, specs: dict[str, Any]) -> set[str]:
        """Report each line of a multi-line text that starts with the name of a field
        of the same record and a colon, 'tags: [...]' indented under 'context: >-':
        YAML reads it as words of the text, and the field is lost without a word.
        The names found, so that a required one is not also reported missing."""
        found: set[str] = set()
        lines = self.document.lines
        for key, text in value.items():
            place = self.document.key_at.get(at + (key,))
            if not isinstance(text, str) or place is None:
                continue
            key_line, key_column = place
            for number in range(key_line + 1, len(lines) + 1):
                line = lines[number - 1]
                stripped = line.lstrip(" ")
                indent = len(line) - len(stripped)
                if not stripped:
                    continue
                if indent < key_column:  # the text ends where a line starts further left
                    break
                match = _FIELD_START.match(stripped)
                if match and match[1] in specs and match[1] != key:
                    found.add(match[1])
                    message = (
                        f"'{match[1]}:' is indented under '{key}', so it is read as part of"
                        f" its text: start it in column {key_column}"
                    )
                    self.problems.append(Problem(self.document.path, number, indent + 1, message))
        return found

    def value(self, value: Any, at: At, spec: fields.Spec) -> Any:
        blank = value is None or value == [] or (isinstance(value, str) and not value.strip())
        if spec["required"] and blank:
            self.remember(at)
            what, doc = fields.asked_for(spec)
            self.report(at, f"{dotted(at)}: required but empty; fill in {what}{doc}")
            return None
        return self.checked(spec["type"].check, value, at, spec)

    def checked(self, check: Callable[..., Any], value: Any, at: At, spec: fields.Spec) -> Any:
        """`check(value, ...)`'s value, or None once the problem it raises is reported."""
        self.remember(at)
        try:
            return check(value, at, spec, self)
        except fields.Invalid as exc:
            self.report(at, f"{dotted(at)}: {exc}")
            return None

    def identifier(self, value: Any, own: bool) -> str:
        if not isinstance(value, str):
            raise fields.Invalid(f"expected an id, found {fields.describe(value)}")
        if problem := urls.id_problem(value, own):
            raise fields.Invalid(problem)
        return value

    def cut_by_comment(self, text: str, at: At) -> bool:
        """True when an unquoted text is followed on its line by ' #': the rest of
        the sentence became a comment and would be lost without a word."""
        line, column = self.document.value_at.get(at, (0, 0))
        if not 0 < line <= len(self.document.lines):
            return False
        written = self.document.lines[line - 1][column - 1 :]
        if not written.startswith(text):
            return False  # quoted or a block: '#' is text there
        return written[len(text) :].lstrip(" ").startswith("#")

    def locate_links(self, text: str, at: At) -> None:
        """Remember where each [[link]] of a prose field is written, for messages.
        Links are found in order; once one cannot be (written across two lines),
        the rest point at the field, so that each text is read once at most."""
        for link in find_links(text):
            found = self.document.find_link(link.target, at)
            if found is None:
                return
            self.places[link_place(dotted(at), link.target)] = found


# A line that starts with a name and a colon, as a field does.
_FIELD_START = re.compile(r"([a-z_][a-z0-9_]*):(?:\s|$)")


def dotted(at: At) -> str:
    """A field's path as messages write it: roles[0].of."""
    text = ""
    for part in at:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def link_place(field_name: str, target: str) -> str:
    """The key under which the place of a [[target]] link in a prose field is kept."""
    return f"{field_name}[[{target}]]"
