"""Check every quote, word for word, against the archived text of its sources.

The comparison forgives only what typography and capture change: curly and
straight quote marks and apostrophes are the same, and runs of white space
are one space. An ellipsis (``...`` or ``…``) in a quote marks an omission,
and text in square brackets an editorial insertion: the pieces between them
must each appear in the source, in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import model
from .errors import Problem
from .resolve import Catalog

_MARKS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
    }
)
_GAP = re.compile(r"\.\.\.|…|\[[^\]]*\]")


def normalise(text: str) -> str:
    return " ".join(text.translate(_MARKS).split())


def pieces(quote_text: str) -> list[str]:
    """The runs of a quote that must appear in the source, in order."""
    return [p for p in (normalise(part) for part in _GAP.split(quote_text)) if p]


@dataclass
class QuoteReport:
    checked: int
    problems: list[Problem]


def find_in_order(haystack: str, needles: list[str]) -> str | None:
    """None when every needle occurs in order; else the first one that does not."""
    position = 0
    for needle in needles:
        found = haystack.find(needle, position)
        if found < 0:
            return needle
        position = found + len(needle)
    return None


def check_quotes(catalog: Catalog, archive: Path) -> QuoteReport:
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    checked = 0
    for quote in catalog.quotes:
        line, column = catalog.places.get(quote.id, {}).get("text", (quote.line, 1))
        wanted = pieces(quote.text)
        if not wanted:
            problems.append(Problem(quote.path, line, column, "text: the quote has no words"))
            continue
        for source_id in quote.sources:
            source = catalog.get(source_id)
            assert isinstance(source, model.Source)
            if not source.archive:
                problems.append(
                    Problem(
                        quote.path,
                        line,
                        column,
                        f"text: cannot be checked: source '{source.id}' names no archive file",
                    )
                )
                continue
            if source.archive not in texts:
                texts[source.archive], problem = _read_archive(archive, source.archive)
                if problem:
                    at = catalog.places.get(source.id, {}).get("archive", (source.line, 1))
                    problems.append(Problem(source.path, *at, problem))
            if not texts[source.archive]:
                continue
            checked += 1
            missing = find_in_order(texts[source.archive], wanted)
            if missing is not None:
                shown = missing if len(missing) <= 60 else missing[:57] + "..."
                problems.append(
                    Problem(
                        quote.path,
                        line,
                        column,
                        f"text: not found verbatim in source '{source.id}'"
                        f' ({source.archive}): "{shown}"',
                    )
                )
    return QuoteReport(checked, problems)


def _read_archive(archive: Path, name: str) -> tuple[str, str | None]:
    """The normalised text of an archived source, or why it cannot be checked against."""
    path = archive / name
    if not path.is_file():
        return "", f"archive: no file '{name}' in {archive}"
    try:
        text = normalise(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        return "", f"archive: '{name}' in {archive} cannot be read: {reason}"
    if not text:
        return "", f"archive: '{name}' in {archive} is empty; nothing can be checked against it"
    return text, None
