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
from yaml.composer import Composer
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from .errors import Problem
from .mistakes import explain_syntax_error

MAX_FILE_BYTES = 1_000_000
MAX_NODES = 10_000
MAX_DEPTH = 20

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?[0-9]+$")
# A scalar written without quotes or a tag: text, or a number, boolean or null.
_PLAIN = "tag:explainer,plain"
_STR = "tag:yaml.org,2002:str"
_DEFAULT_TAGS = {
    ScalarNode: _STR,
    SequenceNode: "tag:yaml.org,2002:seq",
    MappingNode: "tag:yaml.org,2002:map",
}
# Tags a file may write (`!!str 0099`); any other, e.g. `!!python/object`, is refused.
_STANDARD_TAGS = {
    _PLAIN,
    *_DEFAULT_TAGS.values(),
    *(f"tag:yaml.org,2002:{name}" for name in ("int", "bool", "null", "float", "timestamp")),
}

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


class _Checks(Composer):
    """Composes nodes only; refuses aliases, anchors and deep nesting as they are read."""

    # From the parser these checks sit on: PyYAML's own, or libyaml's.
    peek_event: Any
    dispose: Any

    depth = 0
    nodes = 0

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        """The tag of a node written without one: plain scalars get their own, for
        the builder to type by the core schema; anything else is text or a collection."""
        if kind is ScalarNode and implicit[0]:
            return _PLAIN
        return _DEFAULT_TAGS[kind]

    def compose_node(self, parent: Node | None, index: Any) -> Node:  # type: ignore[override]
        # PyYAML composes recursively: `[[[[...` thousands deep would exhaust
        # Python's stack before any later check could see it; and a file of
        # `[1,1,1,...` holds half a million nodes, each with two marks.
        self.nodes += 1
        event = self.peek_event()
        if self.nodes > MAX_NODES:
            message = f"more than {MAX_NODES:,} values; a record is never that large"
        elif self.depth >= MAX_DEPTH:
            message = f"nested more than {MAX_DEPTH} levels deep; a record is never that deep"
        elif isinstance(event, AliasEvent):
            message = "YAML aliases (*name) are not allowed in content; write the value out"
        elif getattr(event, "anchor", None):
            message = "YAML anchors (&name) are not allowed in content; write the value out"
        else:
            message = ""
        if message:
            mark = event.start_mark
            raise YAMLProblem(mark.line + 1, mark.column + 1, message)
        self.depth += 1
        try:
            node = super().compose_node(parent, index)
        finally:
            self.depth -= 1
        assert node is not None
        return node


class _Loader(_Checks, yaml.SafeLoader):
    """The pure-Python reader: its errors are the ones mistakes.py explains."""


try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML built without libyaml: the pure-Python reader does it all
    _CLoader = None
else:

    class _CLoader(_Checks, CParser, Resolver):  # type: ignore[no-redef,misc,valid-type]
        """libyaml's parser in C, its events composed by the same checking composer:
        parsing 6,100 files took 0.62 s, against 4.4 s for the pure-Python reader
        (and 0.44 s when libyaml also composed, a second composer to keep in step)."""

        def __init__(self, text: str):
            CParser.__init__(self, text)
            Composer.__init__(self)
            Resolver.__init__(self)


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
        node = _node(text)
        if node is not None:
            document.value = _Builder(document, problems).build(node, ())
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


def _node(text: str) -> Node | None:
    """The text's one document, read by libyaml when it can (seven times faster),
    else by PyYAML, whose errors are the ones this module words. libyaml lets
    through some characters the YAML spec refuses, which PyYAML's reader refuses
    as it is constructed, and refuses a few things PyYAML reads."""
    if _CLoader is not None and not yaml.reader.Reader.NON_PRINTABLE.search(text):
        try:
            return _compose_with(_CLoader(text))
        except yaml.YAMLError:
            pass
    return _compose_with(_Loader(text))


def _compose_with(loader: _Checks) -> Node | None:
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _place(before: str) -> tuple[int, int]:
    """The line and column (1-based) of the character that follows `before`."""
    return before.count("\n") + 1, len(before) - before.rfind("\n")


class _Builder:
    def __init__(self, document: Document, problems: list[Problem]):
        self.document = document
        self.problems = problems

    def build(self, node: Node, at: At) -> Any:
        mark = node.start_mark
        place = (mark.line + 1, mark.column + 1)
        self.document.value_at[at] = place
        if node.tag not in _STANDARD_TAGS:
            raise YAMLProblem(*place, f"YAML tag {node.tag!r} is not allowed in content")
        if isinstance(node, ScalarNode):
            if "[[" in node.value:
                self.document.last_line[at] = node.end_mark.line + 1
            return self.scalar(node, place)
        if isinstance(node, SequenceNode):
            return [self.build(item, at + (i,)) for i, item in enumerate(node.value)]
        assert isinstance(node, MappingNode)
        return self.mapping(node, at)

    def scalar(self, node: ScalarNode, place: tuple[int, int]) -> Any:
        value = node.value
        if node.style == '"' and (bad := _SURROGATE.search(value)):
            raise YAMLProblem(
                *place, f"'\\u{ord(bad.group()):04x}' is half of a character, not text; remove it"
            )
        if node.style != "|" and "\n" in value:
            # Outside a literal block, YAML folds the line breaks of the file into
            # spaces and writes a blank line as one newline: give it back as the
            # blank line it was, so that a blank line separates paragraphs in
            # every style a contributor may use (`>-`, plain, quoted, `|`).
            value = value.replace("\n", "\n\n")
        if node.style or node.tag == _STR:  # quoted, block or !!str: always text
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

    def mapping(self, node: MappingNode, at: At) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            mark = key_node.start_mark
            place = (mark.line + 1, mark.column + 1)
            if isinstance(key_node, ScalarNode) and key_node.value == "<<":
                raise YAMLProblem(*place, "YAML merge keys (<<) are not allowed in content")
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _STANDARD_TAGS:
                raise YAMLProblem(*place, "a key must be a plain name")
            self.scalar(key_node, place)  # refuses what no text can hold
            key = key_node.value
            if first := self.document.key_at.get(at + (key,)):
                message = f"'{key}' is written twice (first on line {first[0]}); keep one"
                self.problems.append(Problem(self.document.path, *place, message))
                continue
            self.document.key_at[at + (key,)] = place
            result[key] = self.build(value_node, at + (key,))
        return result
