"""Field types: each one checks a value, describes itself, names what it references.

A model field is declared in model.py as ``spec(TYPE, doc, ...)`` with one of
the types below; the loader, messages, JSON Schema, ``make new``, content/README.md
and the resolver each ask the type (see FieldType). A new type is a new class here.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any, ClassVar

from .dates import FORMS, DateError, PartialDate
from .escape import line_start
from .links import find_links
from .mistakes import dash_without_space
from .yamlio import At

Spec = dict[str, Any]
Json = dict[str, Any]  # a JSON Schema, or a part of one
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_MAX_LENGTH = 80
# Longest text a field may hold, in characters. The longest real values are a
# summary of ~2,500 characters and names under 200; far beyond that a value is
# a paste gone wrong (or an attempt to make every page that lists it huge).
LINE_MAX_LENGTH = 1_000
TEXT_MAX_LENGTH = 20_000
TAG_PATTERN = re.compile(r"^[a-z0-9]+(?:[ -][a-z0-9]+)*$")
# Scheme, then a host, then anything printable but spaces and quote marks.
URL_PATTERN = re.compile(r"^https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:[/?#][^\s\"'<>\\`]*)?$")
# The forms dates.PartialDate.parse accepts, as one pattern: 2024-10-05,
# 2024-10, 1997, each optionally after 'about ', or 'unknown'. A bare year may
# also be a YAML integer (date: 1997).
DATE_PATTERN = (
    r"^\s*(?:unknown|(?:about )?[0-9]{4}(?:-(?:0[1-9]|1[0-2])"
    r"(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?)\s*$"
)
# A one-line text: line breaks only at its ends, which the loader strips.
ONE_LINE_PATTERN = r"^\s*[^\n]*\s*$"
REQUIRED_LINE_PATTERN = r"^\s*[^\n]*\S[^\n]*\s*$"
ID_SCHEMA: Json = {"type": "string", "pattern": ID_PATTERN.pattern, "maxLength": ID_MAX_LENGTH}

# (field path below the holder, target id, kinds it may be) for each reference.
Reference = tuple[str, str, tuple[str, ...]]


if TYPE_CHECKING:  # the loader's checker of one file
    from .load import Checker


class Invalid(Exception):
    """What is wrong with a value; the loader reports it at the value's place."""


class FieldType:
    """A kind of value a field holds. Subclasses override what differs."""

    # The value of an optional field that is not written.
    empty: Any = ""
    # The empty value `make new` writes for a required field.
    placeholder = '""'
    # What the field takes, where that does not depend on its spec (see `expected`).
    takes = ""
    # The JSON Schema of a value, and what a required field adds to it (see `schema`).
    json: ClassVar[Json] = {}
    json_if_required: ClassVar[Json] = {}

    def check(self, value: Any, at: At, spec: Spec, checker: Checker) -> Any | None:
        """The value as the model holds it; raises Invalid, or returns None once the
        problems of its entries are reported."""
        raise NotImplementedError

    def expected(self, spec: Spec) -> str:
        """What the field takes, in a contributor's words: the one phrasing that
        messages, the schema, `make new` and content/README.md all use."""
        return self.takes

    def schema(self, spec: Spec) -> Json:
        """The JSON Schema of a value, without its description."""
        return {**self.json, **(self.json_if_required if spec["required"] else {})}

    def references(self, value: Any, spec: Spec) -> Iterator[Reference]:
        """(path below this field, target id, allowed kinds) of each record named."""
        return iter(())

    def scaffold(self, name: str, spec: Spec, indent: str) -> list[str]:
        """The lines `make new` writes for a required field: its name and an empty value."""
        return [f"{indent}{name}: {self.placeholder}"]


class Line(FieldType):
    """One line of plain text."""

    max_length = LINE_MAX_LENGTH
    single_line = True
    takes = "one line of text"
    json: ClassVar[Json] = {"type": ["string", "integer"], "pattern": ONE_LINE_PATTERN}
    json_if_required: ClassVar[Json] = {"pattern": REQUIRED_LINE_PATTERN}

    def check(self, value: Any, at: At, spec: Spec, checker: Checker) -> str:
        text = plain_text(value, self.max_length, single_line=self.single_line)
        if text and not visible(text):
            raise Invalid("holds no visible character; write the text itself")
        if checker.cut_by_comment(text, at):
            raise Invalid(
                "the text stops before ' #', which YAML reads as the start of a"
                f" comment: put the whole text in double quotes, or write '{at[-1]}: >-'"
                " and the text on the next lines, indented"
            )
        return text


class Text(Line):
    """Prose: paragraphs separated by blank lines, and [[id]] links to records."""

    max_length = TEXT_MAX_LENGTH
    single_line = False
    takes = "text: paragraphs separated by blank lines, [[id]] links"
    json: ClassVar[Json] = {"type": ["string", "integer"]}
    json_if_required: ClassVar[Json] = {"pattern": r"\S"}

    def check(self, value: Any, at: At, spec: Spec, checker: Checker) -> str:
        text = super().check(value, at, spec, checker)
        checker.locate_links(text, at)
        return text

    def references(self, value: str, spec: Spec) -> Iterator[Reference]:
        for link in find_links(value):
            yield "", link.target, ANY_KIND


class Url(FieldType):
    """A web address: http:// or https:// only, so that a link from it can only
    open a page (never run a script, as a javascript: address would)."""

    takes = "a web address starting with https://"
    json: ClassVar[Json] = {
        "type": "string",
        "pattern": URL_PATTERN.pattern,
        "maxLength": LINE_MAX_LENGTH,
    }

    def check(self, value: Any, at: At, spec: Spec, checker: Checker) -> str:
        if not isinstance(value, str):
            raise Invalid(f"expected a web address, found {describe(value)}")
        url = plain_text(value, LINE_MAX_LENGTH)
        if not URL_PATTERN.match(url):
            shown = url if len(url) <= 60 and url.isprintable() else repr(url[:60])
            raise Invalid(
                f"'{shown}' is not a web address: write one starting with https://"
                " (or http://), without spaces"
            )
        return url


class Id(FieldType):
    """The record's own id."""

    takes = "an id: lowercase letters a-z, digits and single hyphens"

    def check(self, value: Any, at: At, spec: Spec, checker: Checker) -> str:
        return checker.identifier(value, own=True)

    def schema(self, spec: Spec) -> Json:
        from .urls import RESERVED_IDS  # urls needs the model, which needs this module

        return {**ID_SCHEMA, "not": {"enum": sorted(RESERVED_IDS)}}


class Ref(FieldType):
    """The id of another record, of one of the kinds in `refs`."""

    json = ID_SCHEMA

    def check(self, value: Any, at: At, spec: Spec, checker: Checker) -> str:
        return checker.identifier(value, own=False)

    def expected(self, spec: Spec) -> str:
        return id_of(spec["refs"])

    def references(self, value: str, spec: Spec) -> Iterator[Reference]:
        if value:
            yield "", value, spec["refs"]


class ListOf(FieldType):
    """A list of short items in square brackets; the same item never twice."""

    empty: Any = ()  # model.spec gives each record its own new list
    placeholder = "[]"
    takes = "a list in square brackets, e.g. [first, second]"
    json_if_required: ClassVar[Json] = {"minItems": 1}
    # Whether commas part the items a contributor wrote without brackets.
    commas = True
    # The JSON Schema of an item.
    items: ClassVar[Json] = {
        "type": ["string", "integer"],
        "minLength": 1,
        "pattern": ONE_LINE_PATTERN,
    }

    def check(self, value: Any, at: At, spec: Spec, checker: Checker) -> list[str] | None:
        if not isinstance(value, list):
            message = f"expected a list in square brackets such as [a, b], found {describe(value)}"
            if type(value) in (str, int) and "\n" not in str(value):  # text or a number
                text = str(value).strip()
                items = [part.strip() for part in text.split(",")] if self.commas else [text]
                written = f"{at[-1]}: [{', '.join(i for i in items if i)}]"
                if len(written) <= 100:
                    one = ", even for one item" if len(items) == 1 else ""
                    message = f"a list goes in square brackets{one}: write '{written}'"
            raise Invalid(message)
        items = [checker.checked(self.item, v, at + (i,), spec) for i, v in enumerate(value)]
        if None in items:  # reported
            return None
        duplicates = sorted(item for item, n in Counter(items).items() if n > 1)
        if duplicates:
            raise Invalid(f"listed twice: {', '.join(duplicates)}")
        return items

    def item(self, value: Any, at: At, spec: Spec, checker: Checker) -> str:
        if value == "":
            raise Invalid("expected text, found ''")
        return plain_text(value, LINE_MAX_LENGTH)

    def schema(self, spec: Spec) -> Json:
        return {"type": "array", "items": self.items, "uniqueItems": True, **super().schema(spec)}


class Lines(ListOf):
    """A list of one-line texts (a comma may be part of one)."""

    commas = False


class Tags(ListOf):
    """A list of short lowercase labels."""

    items: ClassVar[Json] = {"type": ["string", "integer"], "pattern": TAG_PATTERN.pattern}

    def item(self, value: Any, at: At, spec: Spec, checker: Checker) -> str:
        text = super().item(value, at, spec, checker)
        if not TAG_PATTERN.match(text):
            raise Invalid(
                f"tag '{text}' must be lowercase letters and digits,"
                " words joined by spaces or hyphens"
            )
        return text


class Refs(ListOf):
    """A list of ids of records of the kinds in `refs`."""

    items = ID_SCHEMA

    def item(self, value: Any, at: At, spec: Spec, checker: Checker) -> str:
        return checker.identifier(value, own=False)

    def expected(self, spec: Spec) -> str:
        return f"{' or '.join(spec['refs'])} ids in square brackets, e.g. [first-id, second-id]"

    def references(self, value: list[str], spec: Spec) -> Iterator[Reference]:
        for i, target in enumerate(value):
            yield f"[{i}]", target, spec["refs"]


class Objects(FieldType):
    """A list of entries, each with the fields of the dataclass `item`."""

    empty: Any = ()
    json_if_required = ListOf.json_if_required

    def check(self, value: Any, at: At, spec: Spec, checker: Checker) -> list[Any] | None:
        item_cls = spec["item"]
        if not isinstance(value, list):
            first = next(iter(value)) if isinstance(value, dict) and value else None
            if first is None:
                message = (
                    "expected a list of entries, each starting with '- ' and holding the fields"
                    f" {', '.join(field_specs(item_cls))}; found {describe(value)}"
                )
            elif first.startswith("-"):
                message = dash_without_space(first[1:])
            else:
                message = (
                    "this is a list: put '- ' (a dash and a space) before the first field"
                    f" of each entry, '- {first}: ...', and line up the entry's other fields"
                    f" under '{first}'"
                )
            raise Invalid(message)
        built = [checker.mapping(item, at + (i,), item_cls) for i, item in enumerate(value)]
        if any(b is None for b in built):
            return None
        try:
            return [item_cls(**b) for b in built if b is not None]
        except TypeError:  # a required field was missing: already reported
            return None

    def expected(self, spec: Spec) -> str:
        first = next(iter(field_specs(spec["item"])))
        return f"a list of entries, each starting with '- ', e.g. '- {first}: ...'"

    def schema(self, spec: Spec) -> Json:
        from .schema import object_schema  # the schema of the entries' own fields

        return {"type": "array", "items": object_schema(spec["item"]), **super().schema(spec)}

    def scaffold(self, name: str, spec: Spec, indent: str) -> list[str]:
        """`spec["entries"]` entries, each with the required fields of `item`, empty."""
        lines = [f"{indent}{name}:"]
        for _ in range(spec["entries"]):
            dash = "  - "
            for item_name, item_spec in field_specs(spec["item"]).items():
                if item_spec["required"]:
                    lines += item_spec["type"].scaffold(item_name, item_spec, indent + dash)
                    dash = "    "
        return lines


class Date(FieldType):
    """A PartialDate: 2024-10-05, 2024-10, 1997, about 1997, or unknown."""

    empty = PartialDate()  # unknown
    takes = f"a date: {FORMS}"
    json: ClassVar[Json] = {
        "type": ["string", "integer"],
        "pattern": DATE_PATTERN,
        "minimum": 1000,
        "maximum": 9999,
    }

    def check(self, value: Any, at: At, spec: Spec, checker: Checker) -> PartialDate:
        try:
            return PartialDate.parse(value)
        except DateError as exc:
            raise Invalid(str(exc)) from None


class FullDate(Date):
    """A day, 2024-10-13: a bound on when something happened, never rounder or approximate."""

    takes = "a day: 2024-10-13"
    json: ClassVar[Json] = {
        "type": "string",
        "pattern": r"^\s*[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])\s*$",
    }

    def check(self, value: Any, at: At, spec: Spec, checker: Checker) -> PartialDate:
        date = super().check(value, at, spec, checker)
        if date.precision != "day" or date.approximate:
            raise Invalid(f"'{value}' is not a day: write one such as 2024-10-13")
        return date


class Choice(FieldType):
    """One of `choices`."""

    def check(self, value: Any, at: At, spec: Spec, checker: Checker) -> str:
        if value in spec["choices"]:
            return str(value)
        # A choice's label written in place of its value ('English' for en), else a near miss.
        by_label = {label.casefold(): choice for choice, label in spec["labels"].items()}
        choice = by_label.get(" ".join(str(value).split()).casefold())
        if choice:
            hint = f": write '{choice}' ({spec['labels'][choice]})"
        else:
            hint = did_you_mean(str(value), spec["choices"])
        raise Invalid(f"'{value}' is not one of: {', '.join(spec['choices'])}{hint}")

    def expected(self, spec: Spec) -> str:
        return "one of: " + ", ".join(spec["choices"])

    def schema(self, spec: Spec) -> Json:
        return {"enum": list(spec["choices"])}


class Bool(FieldType):
    empty = False
    takes = "true or false"
    json: ClassVar[Json] = {"type": "boolean"}

    def check(self, value: Any, at: At, spec: Spec, checker: Checker) -> bool:
        if not isinstance(value, bool):
            raise Invalid(f"expected true or false, found {describe(value)}")
        return value


LINE = Line()
TEXT = Text()
URL = Url()
ID = Id()
REF = Ref()
REFS = Refs()
DATE = Date()
FULL_DATE = FullDate()
CHOICE = Choice()
TAGS = Tags()
LINES = Lines()
OBJECTS = Objects()
BOOL = Bool()

# Kinds a [[link]] in prose may point at; resolve.py knows them all.
ANY_KIND: tuple[str, ...] = ("source", "actor", "agreement", "event", "quote", "difference")


# Asked for on every record and entry: at 5,000 quotes validating takes 1.57 s of CPU, not 1.93.
@functools.cache
def field_specs(cls: type) -> dict[str, Spec]:
    """The spec of each field of a model class, by field name, in order."""
    return {f.name: dict(f.metadata) for f in fields(cls) if f.metadata}


def walk(obj: Any, prefix: str = "") -> Iterator[tuple[str, Spec, Any, Any]]:
    """(field path, spec, value, holder) of each field of a record, in order; the
    fields of a list's entries follow the list, e.g. "roles", "roles[0].title"."""
    cls: type = type(obj)
    for name, spec in field_specs(cls).items():
        value = getattr(obj, name)
        yield prefix + name, spec, value, obj
        if spec["item"]:
            for i, entry in enumerate(value):
                yield from walk(entry, f"{prefix}{name}[{i}].")


def documented(spec: Spec) -> str:
    """A field's documentation, then what it takes, as the schema and `make new`
    show it: 'Who said or wrote it. The id of an actor.'"""
    return f"{spec['doc']} {line_start(spec['type'].expected(spec))}."


def references_of(obj: Any) -> Iterator[Reference]:
    """Every (field path, target id, allowed kinds) that a record holds."""
    cls: type = type(obj)
    return references_in({name: getattr(obj, name) for name in field_specs(cls)}, cls)


def references_in(values: dict[str, Any], cls: type) -> Iterator[Reference]:
    """Every reference of the fields of a `cls` record that were read (`values`, by
    name), as of a record that has problems in other fields."""
    specs = field_specs(cls)
    for name, value in values.items():
        spec = specs[name]
        for below, target, kinds in spec["type"].references(value, spec):
            yield name + below, target, kinds
        if spec["item"]:
            for i, entry in enumerate(value):
                for path, target, kinds in references_of(entry):
                    yield f"{name}[{i}].{path}", target, kinds


def plain_text(value: Any, limit: int, single_line: bool = False) -> str:
    """`value` (text or a number) without the spaces around it."""
    if type(value) not in (str, int):  # a bool is an int to isinstance
        raise Invalid(f"expected text, found {describe(value)}")
    text = str(value).strip()
    if single_line and "\n" in text:
        raise Invalid("must be a single line")
    if len(text) > limit:
        raise Invalid(f"{len(text):,} characters; the limit is {limit:,} (split it, or shorten it)")
    return text


# Letters and symbols that show as blank space, though Unicode counts them as letters.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def visible(text: str) -> bool:
    """Whether `text` holds a character a reader can see (not only spaces, format
    characters such as U+200B, combining marks or blank letters)."""
    return any(unicodedata.category(c)[0] not in "ZCM" and c not in _BLANK_LETTERS for c in text)


def asked_for(meta: Spec) -> tuple[str, str]:
    """What a message about a required field asks for, then its doc in brackets: a
    prose field is asked for by its doc alone ('add a line ... with who said it')."""
    doc = meta["doc"][0].lower() + meta["doc"][1:].rstrip(".")
    if isinstance(meta["type"], Line):
        return doc, ""
    return meta["type"].expected(meta), f" ({doc})"


def describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, int):
        return f"the number {value}"
    if isinstance(value, str):
        return "a text" if len(value) > 40 else f"'{value}'"
    named = {type(None): "nothing", list: "a list", dict: "a mapping"}
    return named.get(type(value), type(value).__name__)


def did_you_mean(word: str, known: Sequence[str], n: int = 1) -> str:
    """ " (did you mean 'x', 'y'?)" with the `n` known words closest to `word`, or ""."""
    close = difflib.get_close_matches(word, known, n=n, cutoff=0.6)
    return " (did you mean " + ", ".join(f"'{c}'" for c in close) + "?)" if close else ""


def and_list(items: Sequence[str], last: str = "and") -> str:
    """Items in a line of prose: "A", "A and B", "A, B and C" ("A, B or C" with last="or")."""
    return f" {last} ".join(filter(None, [", ".join(items[:-1]), *items[-1:]]))


def id_of(kinds: tuple[str, ...]) -> str:
    """'the id of an actor', 'the id of an agreement or event'."""
    return f"the id of {article(kinds[0])} {and_list(kinds, 'or')}"


def article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"
