"""Check every quote, word for word, against the archived text of its sources.

The comparison forgives only what typography and capture change: curly and
straight quote marks and apostrophes are the same, and runs of white space
are one space. An ellipsis (``...`` or ``…``) in a quote marks an omission,
and text in square brackets an editorial insertion: the pieces between them
must each appear in the source, in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import model
from .errors import Problem
from .fields import walk
from .resolve import Catalog

_MARKS = str.maketrans(
    dict.fromkeys("\u2018\u2019\u201a\u201b\u2032`", "'")
    | dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb", '"')
    | {"\u00a0": " "}
)
_GAP = re.compile(rf"{model.OMISSION.pattern}|\[[^\]]*\]")


def normalise(text: str) -> str:
    return " ".join(text.translate(_MARKS).split())


def pieces(quote_text: str) -> list[str]:
    """The runs of a quote that must appear in the source, in order."""
    return [p for p in (normalise(part) for part in _GAP.split(quote_text)) if p]


def cut(words: str) -> str:
    """Words shown in a message: at most 60 characters."""
    return words if len(words) <= 60 else words[:57] + "..."


@dataclass
class QuoteReport:
    checked: int
    problems: list[Problem]


def missing_from(haystack: str, needles: list[str]) -> tuple[str, int] | None:
    """None when every needle occurs in order; else the first that does not, and where
    in `haystack` it was looked for."""
    position = 0
    for needle in needles:
        found = haystack.find(needle, position)
        if found < 0:
            return needle, position
        position = found + len(needle)
    return None


# How many of the text's words a message shows where a quote departs from it.
SHOWN_WORDS = 4


def departing(
    catalog: Catalog, quote: model.Quote, text: str, what: str, has: str
) -> Problem | None:
    """None when the quote's pieces are all in `text` (of `what`: "its document 'x'"), in
    order; else the problem, at the first word that differs after the longest run of the
    missing piece's opening words that the text holds (past the pieces before it)."""
    missing = missing_from(text, pieces(quote.text))
    if missing is None:
        return None
    needle, position = missing
    words, rest = needle.split(), text[position:].split()
    same, start = 0, 0
    for i, word in enumerate(rest):
        if not word.endswith(words[0]) or len(rest) - i <= same:
            continue
        length = 1
        while length < len(words) and i + length < len(rest) and rest[i + length] == words[length]:
            length += 1
        if length > same:
            same, start = length, i
    if not same or same >= len(words):  # no opening word found to tell where
        return catalog.problem(quote, "text", f'not found verbatim in {what}: "{cut(needle)}"')
    there = " ".join(rest[start + same : start + same + SHOWN_WORDS])
    there = f"'{there}'" if there else "nothing more: it ends there"
    line, column = written_at(catalog.where(quote, "text"), quote.path, words[: same + 1])
    message = f"text: differs from {what} at '{words[same]}': {has} {there}"
    return Problem(quote.path, line, column, message)


def written_at(start: tuple[int, int], path: str, wanted: list[str]) -> tuple[int, int]:
    """Where the last of the `wanted` words is written in the file at `path`: after the
    words before it, at or after `start` (the text's own place); `start` where the
    file cannot be read or does not hold them as written (escaped, say)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError):
        return start
    tokens = [
        (number + 1, match.start() + 1, match[0].translate(_MARKS))
        for number in range(start[0] - 1, len(lines))
        for match in re.finditer(r"\S+", lines[number])
        if number >= start[0] or match.start() >= start[1] - 1
    ]
    for j in range(len(tokens) - len(wanted) + 1):
        if not tokens[j][2].endswith(wanted[0]):
            continue
        middle = all(tokens[j + k][2] == wanted[k] for k in range(1, len(wanted) - 1))
        if middle and tokens[j + len(wanted) - 1][2].startswith(wanted[-1]):
            line, column, _ = tokens[j + len(wanted) - 1]
            return line, column
    return start


def check_quotes(catalog: Catalog, archive: Path) -> QuoteReport:
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    checked = 0
    for quote in catalog.quotes:
        if not pieces(quote.text):
            problems.append(catalog.problem(quote, "text", "the quote has no words"))
            continue
        for source_id in quote.sources:
            source = catalog.get(source_id)
            assert isinstance(source, model.Source)
            name = source.archive
            if not name:
                message = f"cannot be checked: source '{source.id}' names no archive file"
                problems.append(catalog.problem(quote, "text", message))
                continue
            if name not in texts:
                texts[name], unread = _read_archive(archive, name)
                if unread:
                    problems.append(catalog.problem(source, "archive", unread))
            if not texts[name]:
                continue
            checked += 1
            what = f"source '{source.id}' ({name})"
            if departs := departing(catalog, quote, texts[name], what, "the source has"):
                problems.append(departs)
    for quote in catalog.quotes:
        if quote.after and (problem := _out_of_order(catalog, quote, texts)):
            problems.append(catalog.problem(quote, "after", problem))
    return QuoteReport(checked, problems)


def _out_of_order(catalog: Catalog, quote: model.Quote, texts: dict[str, str]) -> str | None:
    """Why `quote.after` is wrong, if it is: the quote it names must be taken from a
    source this one is taken from, and stand earlier in that source's text."""
    earlier = catalog.get(quote.after)
    assert isinstance(earlier, model.Quote)
    shared = [s for s in quote.sources if s in earlier.sources]
    if not shared:
        return f"'{earlier.id}' is taken from none of this quote's sources"
    for source_id in shared:
        source = catalog.get(source_id)
        assert isinstance(source, model.Source)
        text = texts.get(source.archive, "")
        here, there = (text.find((pieces(q.text) or ["\0"])[0]) for q in (quote, earlier))
        if 0 <= here < there:
            return f"in source '{source_id}', these words come before those of '{earlier.id}'"
    return None


def _read_archive(archive: Path, name: str) -> tuple[str, str | None]:
    """The normalised text of an archived source, or why it cannot be checked against."""
    path = archive / name
    if not path.is_file():
        return "", f"no file '{name}' in {archive}"
    try:
        text = normalise(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        return "", f"'{name}' in {archive} cannot be read: {reason}"
    if not text:
        return "", f"'{name}' in {archive} is empty; nothing can be checked against it"
    return text, None


# --- prose written fresh ------------------------------------------------------

# Ten words in a row is a copied clause, not a shared name or phrase: at ten, the
# content of the first episode showed only true copies and long institution
# names, and names are allowed (below).
COPIED_WORDS = 10
_WORD = re.compile(r"\w+")
# Quoted words are the source's on purpose; a link's id is not prose.
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|\[\[[^\]|]*\|?|\]\]")


def _words(text: str) -> list[str]:
    return _WORD.findall(normalise(text).lower())


def _runs(words: list[str]) -> Iterator[tuple[str, ...]]:
    for i in range(len(words) - COPIED_WORDS + 1):
        yield tuple(words[i : i + COPIED_WORDS])


def check_prose(catalog: Catalog, archive: Path) -> list[Problem]:
    """Prose that repeats COPIED_WORDS words in a row of a source's archived text: it is
    written fresh, a source's own words in quote marks. A name the content gives (an
    actor's names, an agreement's renderings, a title) counts as one word."""
    copied: dict[tuple[str, ...], str] = {}
    for source in catalog.sources:
        text, _ = _read_archive(archive, source.archive) if source.archive else ("", None)
        for run in _runs(_words(text)):
            copied.setdefault(run, source.id)
    names: dict[str, set[tuple[str, ...]]] = {}
    for _, _, value, _ in fields_of_type(catalog, model.LINE):
        words = tuple(_words(value))
        if len(words) > 1:
            names.setdefault(words[0], set()).add(words)
    problems = []
    for holder, field_path, value, _ in fields_of_type(catalog, model.TEXT):
        own_words = isinstance(holder, model.Quote) and field_path == "text"
        if own_words or field_path.endswith(".says"):
            continue
        for run in _runs(_without_names(_words(_QUOTED.sub(" | ", value)), names)):
            if run in copied:
                message = (
                    f"{COPIED_WORDS} words in a row are the text of source"
                    f" '{copied[run]}' (\"{' '.join(run)}\"): write it in fresh words, or"
                    " quote it in quote marks and say whose words they are"
                )
                problems.append(catalog.problem(holder, field_path, message))
                break
    return problems


def _without_names(words: list[str], names: dict[str, set[tuple[str, ...]]]) -> list[str]:
    """The words, each name found among them replaced by one word no source has."""
    out: list[str] = []
    i = 0
    while i < len(words):
        found = max(
            (n for n in names.get(words[i], ()) if tuple(words[i : i + len(n)]) == n),
            key=len,
            default=None,
        )
        out.append(" " if found else words[i])
        i += len(found) if found else 1
    return out


def fields_of_type(catalog: Catalog, kind: model.FieldType) -> Iterator[tuple[Any, str, Any, Any]]:
    """(episode or record, field path, value, the object holding the field) for
    every field of type `kind`."""
    for record in [catalog.episode, *catalog.by_id.values()]:
        for field_path, spec, value, holder in walk(record):
            if spec["type"] is kind:
                yield record, field_path, value, holder
