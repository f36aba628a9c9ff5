"""Inline record links in prose: ``[[id]]`` and ``[[id|words to show]]``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

# Anything between double brackets is a link attempt, so that a malformed id is
# reported rather than shown as literal brackets.
_LINK = re.compile(r"\[\[([^\[\]|\n]*)(?:\|([^\[\]\n]*))?\]\]")


class InlineLink(NamedTuple):
    target: str
    label: str | None
    start: int
    end: int


def find_links(text: str) -> Iterator[InlineLink]:
    for match in _LINK.finditer(text):
        target, label = match.groups()
        label = label.strip() if label is not None else None
        yield InlineLink(target.strip(), label, match.start(), match.end())


def split_links(text: str) -> Iterator[str | InlineLink]:
    """The text as plain pieces and links, in order."""
    position = 0
    for link in find_links(text):
        if link.start > position:
            yield text[position : link.start]
        yield link
        position = link.end
    if position < len(text):
        yield text[position:]
