"""Safe YAML reading that keeps the line and column of every key and value.

Content is data written by people, so the reader is strict where PyYAML is
lenient: a key written twice in one mapping is an error (PyYAML keeps the last
silently), anchors and aliases are refused (they buy nothing in a one-record
file and are the "billion laughs" attack), as are tags that construct objects.
Plain scalars follow the YAML 1.2 core schema: only ``true``/``false`` are
booleans and ``2024-10-05`` stays a string, so ``no`` or a date never changes
type behind the writer's back. A blank line in a text is returned as a blank
line ("\n\n") whatever the scalar's style, so that it separates paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from .errors import Problem
from .mistakes import explain_syntax_error

MAX_FILE_BYTES = 1_000_000
MAX_NODES = 10_000
MAX_DEPTH = 20

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?[0-9]+$")
_STR = "tag:yaml.org,2002:str"
# Tags a file may write (`!!str 0099`), or none; any other, e.g. `!!python/object`, is refused.
_TAGS = ("str", "seq", "map", "int", "bool", "null", "float", "timestamp")
_STANDARD_TAGS = {None, "!", *(f"tag:yaml.org,2002:{name}" for name in _TAGS)}

# Python refuses to turn longer digit strings into an int; no count is that long.
_MAX_INT_DIGITS = 18
# Only a double-quoted "\ud800" makes these: text no file or page can hold.
_SURROGATE = re.compile("[\ud800-\udfff]")

# What opens a [[link]]: the brackets, and any spaces before the id.
_LINK_OPENING = re.compile(r"\[\[ *")

# The place of a value in a file: field names and list positions, e.g. ("roles", 0, "of").
At = tuple[str | int, ...]


@dataclass
class Document:
    """A parsed file: its value, and where each key and value stands in it."""

    path: str
    value: Any
    # (line, column), 1-based, of the value at each path, and of the key that names it.
    value_at: dict[At, tuple[int, int]] = field(default_factory=dict)
    key_at: dict[At, tuple[int, int]] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list, repr=False)
    # The last line of each text holding a [[link]], and where the next search for one starts.
    last_line: dict[At, int] = field(default_factory=dict, repr=False)
    link_from: dict[At, tuple[int, int]] = field(default_factory=dict, repr=False)

    def where(self, at: At) -> tuple[int, int]:
        """The best place to point at for a problem with the value at `at`."""
        while at:
            if at in self.key_at:
                return self.key_at[at]
            if at in self.value_at:
                return self.value_at[at]
            at = at[:-1]
        return self.value_at.get((), (1, 1))

    def find_link(self, target: str, at: At) -> tuple[int, int] | None:
        """Where the next `[[target` link is written in the value at `at`: each search
        starts after the link found last. Only the value's own lines are read."""
        line, column = self.link_from.get(at) or self.value_at.get(at, (0, 0))
        last = min(self.last_line.get(at, line), len(self.lines))
        for number in range(line, last + 1):
            text = self.lines[number - 1]
            for opening in _LINK_OPENING.finditer(text, column - 1 if number == line else 0):
                if text.startswith(target, opening.end()):
                    self.link_from[at] = (number, opening.end() + 1)
                    return number, opening.start() + 1
        return None


class YAMLProblem(Exception):
    """Raised with (line, column, message) for what content may not hold."""


# yaml.BaseLoader with libyaml's parser in C: the same events, read seven times faster;
# None where PyYAML is built without it, and the pure-Python parser does it all.
_CLoader: Any = getattr(yaml, "CBaseLoader", None)


def too_large(size: int) -> str:
    return f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}"


def decode(data: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """Bytes to text: UTF-8, an optional byte-order mark dropped."""
    if len(data) > MAX_FILE_BYTES:
        return None, [Problem(path, 1, 1, too_large(len(data)))]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = (
            f"not UTF-8 text: byte 0x{data[exc.start]:02x} cannot be read; save the file as UTF-8"
        )
        # Latin-1 reads each byte as one character: the column counts bytes.
        return None, [Problem(path, *_place(data[: exc.start].decode("latin-1")), message)]
    return text, []


def parse(text: str, path: str) -> tuple[Document | None, list[Problem]]:
    """Parse one YAML document; on failure, the problems with their locations."""
    document = Document(path, None, lines=text.splitlines())
    problems: list[Problem] = []
    try:
        document.value = _read(text, document, problems)
    except YAMLProblem as exc:
        problems.append(Problem(path, *exc.args))
    except yaml.MarkedYAMLError as exc:
        line, column, message = explain_syntax_error(text, exc)
        problems.append(Problem(path, line, column, f"YAML syntax: {message}"))
    except yaml.reader.ReaderError as exc:
        character = exc.character if isinstance(exc.character, str) else chr(exc.character)
        message = f"character U+{ord(character):04X} is not allowed in YAML text; remove it"
        problems.append(Problem(path, *_place(text[: exc.position]), message))
    except yaml.YAMLError as exc:
        problems.append(Problem(path, 1, 1, f"cannot read YAML: {exc}"))
    return (None if problems else document), problems


def _read(text: str, document: Document, problems: list[Problem]) -> Any:
    """The text's one document, read by libyaml when it can, else by PyYAML's own
    parser, whose errors are the ones mistakes.py words. libyaml lets through some
    characters the YAML spec refuses, which PyYAML's reader refuses as it is
    constructed, and refuses a few things PyYAML reads."""
    if _CLoader is not None and not yaml.reader.Reader.NON_PRINTABLE.search(text):
        try:
            return _Reader(_CLoader(text), document).read(problems)
        except yaml.YAMLError:
            for places in (document.value_at, document.key_at, document.last_line):
                places.clear()
    return _Reader(yaml.BaseLoader(text), document).read(problems)


def _place(before: str) -> tuple[int, int]:
    """The line and column (1-based) of the character that follows `before`."""
    return before.count("\n") + 1, len(before) - before.rfind("\n")


class _Reader:
    """The document's value built from the parser's events as they come, with where
    each key and value is written: composing PyYAML's tree of nodes first, then
    walking it, took twice the time. What content may not hold is found in the order
    two passes would find it: first what makes the file unreadable (too many values,
    nesting too deep, an alias or an anchor, a second document), then, in the order
    written, the first value no record holds (an object's tag, a merge key, a key
    that is not a name, half a character), after the keys written twice before it."""

    def __init__(self, parser: Any, document: Document):
        self.parser = parser
        self.document = document
        self.nodes = 0
        self.twice: list[Problem] = []
        self.refused: YAMLProblem | None = None

    def read(self, problems: list[Problem]) -> Any:
        parser = self.parser
        try:
            parser.get_event()  # the stream's start
            value = None
            if not parser.check_event(StreamEndEvent):
                parser.get_event()  # the document's start
                start = parser.peek_event().start_mark
                value = self.value((), 0, True)
                parser.get_event()  # the document's end
                if not parser.check_event(StreamEndEvent):
                    raise yaml.composer.ComposerError(
                        "expected a single document in the stream",
                        start,
                        "but found another document",
                        parser.get_event().start_mark,
                    )
            parser.get_event()  # the stream's end
        finally:
            parser.dispose()
        problems += self.twice
        if self.refused is not None:
            raise self.refused
        return value

    def value(self, at: At, depth: int, kept: bool) -> Any:
        """The value whose events come next, at `at`; unless `kept` (a key's, a
        value under a key written twice, anything after a refused value), only read
        past, and checked for what makes the file unreadable."""
        # A file of `[1,1,1,...` holds half a million values, and `[[[[...` thousands
        # deep would exhaust Python's stack: both are refused as they are read.
        self.nodes += 1
        event: Any = self.parser.get_event()
        place = (event.start_mark.line + 1, event.start_mark.column + 1)
        if self.nodes > MAX_NODES:
            message = f"more than {MAX_NODES:,} values; a record is never that large"
        elif depth >= MAX_DEPTH:
            message = f"nested more than {MAX_DEPTH} levels deep; a record is never that deep"
        elif isinstance(event, AliasEvent):
            message = "YAML aliases (*name) are not allowed in content; write the value out"
        elif event.anchor:
            message = "YAML anchors (&name) are not allowed in content; write the value out"
        else:
            message = ""
        if message:
            raise YAMLProblem(*place, message)
        if kept and self.refused is None:
            self.document.value_at[at] = place
            if event.tag not in _STANDARD_TAGS:
                self.refuse(place, f"YAML tag {event.tag!r} is not allowed in content")
        kept = kept and self.refused is None
        if isinstance(event, ScalarEvent):
            if kept and "[[" in event.value:
                end: Any = event.end_mark
                self.document.last_line[at] = end.line + 1
            return self.scalar(event, place) if kept else None
        if isinstance(event, SequenceStartEvent):
            items: list[Any] = []
            while not self.parser.check_event(SequenceEndEvent):
                items.append(self.value(at + (len(items),), depth + 1, kept))
            self.parser.get_event()
            return items
        return self.mapping(at, depth, kept)

    def refuse(self, place: tuple[int, int], message: str) -> None:
        self.refused = YAMLProblem(*place, message)

    def scalar(self, event: ScalarEvent, place: tuple[int, int]) -> Any:
        value = event.value
        if event.style == '"' and (bad := _SURROGATE.search(value)):
            message = f"'\\u{ord(bad.group()):04x}' is half of a character, not text; remove it"
            return self.refuse(place, message)
        if event.style != "|" and "\n" in value:
            # Outside a literal block, YAML folds the line breaks of the file into
            # spaces and writes a blank line as one newline: give it back as the
            # blank line it was, so that a blank line separates paragraphs in
            # every style a contributor may use (`>-`, plain, quoted, `|`).
            value = value.replace("\n", "\n\n")
        # Quoted, a block, !!str or (libyaml's) an empty '!': always text.
        if event.style or event.tag == _STR or (event.tag == "!" and not event.implicit[0]):
            return value
        # Core-schema types, but text stays as written: `007` and `+1` are text,
        # never the number 7 or 1 (a number shown back would differ from the file).
        if _NULL.match(value):
            return None
        if value in _BOOL:
            return _BOOL[value]
        if len(value) <= _MAX_INT_DIGITS and _INT.match(value) and str(int(value)) == value:
            return int(value)
        return value

    def mapping(self, at: At, depth: int, kept: bool) -> dict[str, Any]:
        result: dict[str, Any] = {}
        while not self.parser.check_event(MappingEndEvent):
            mark = self.parser.peek_event().start_mark
            place = (mark.line + 1, mark.column + 1)
            key = self.key(place, depth + 1, kept)
            first = self.document.key_at.get(at + (key,)) if key is not None else None
            if key is None or first:
                if first:
                    message = f"'{key}' is written twice (first on line {first[0]}); keep one"
                    self.twice.append(Problem(self.document.path, *place, message))
                self.value(at, depth + 1, False)
                continue
            self.document.key_at[at + (key,)] = place
            result[key] = self.value(at + (key,), depth + 1, True)
        self.parser.get_event()
        return result

    def key(self, place: tuple[int, int], depth: int, kept: bool) -> str | None:
        """A mapping's key, written at `place`, read past: its name, or None where its
        mapping is not kept or it is refused."""
        event = self.parser.peek_event()
        self.value((), depth, False)
        if not kept or self.refused is not None:
            return None
        if isinstance(event, ScalarEvent) and event.value == "<<":
            self.refuse(place, "YAML merge keys (<<) are not allowed in content")
        elif not isinstance(event, ScalarEvent) or event.tag not in _STANDARD_TAGS:
            self.refuse(place, "a key must be a plain name")
        else:
            self.scalar(event, place)  # refuses what no text can hold
        return str(event.value) if self.refused is None else None
