"""Dates in words say their month (and year) once: "between 5 and 13 October 2024", not
"October 2024, between 5 and 13 October"; in lists, on event pages, on the timeline and in
its drawing's labels ("5 to 13 Oct 2024, day not given")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import pipeline
from generator.dates import MONTHS

from .conftest import ROOT

_MONTH = {name: n for n, name in enumerate(MONTHS) if name}
_MONTH.update({name[:3]: n for name, n in list(_MONTH.items())})
_MONTH["Sept"] = 9
# The words that may stand in a phrase that gives a date, between its days and months.
_JOINING = [
    "between",
    "and",
    "to",
    "or",
    "later",
    "earlier",
    "on",
    "after",
    "before",
    "by",
    "no",
    "than",
    "a",
    "day",
    "month",
    "year",
    "not",
    "given",
    "possibly",
    "which",
    "can",
    "only",
    "be",
    "the",
    "exact",
    "date",
    "about",
    "from",
    "until",
    "in",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
]
_WORD = (
    r"(?:" + "|".join(sorted(_MONTH, key=len, reverse=True)) + r")\b"
    r"|\d{1,4}(?:st|nd|rd|th)?\b"
    r"|(?i:" + "|".join(_JOINING) + r")\b"
)
# A date phrase: such words in a row, with a space or a comma between them.
_PHRASE = re.compile(rf"\b(?:{_WORD})(?:,? (?:{_WORD}))*")
_MONTH_WORD = re.compile(r"\b(" + "|".join(sorted(_MONTH, key=len, reverse=True)) + r")\b")


def plain(text: str) -> str:
    """Markdown and SVG as the words a reader sees: a label's lines joined; every other
    tag, and the marks of Markdown, end a phrase."""
    text = re.sub(r"</tspan>\s*<tspan[^>]*>", " ", text)
    text = re.sub(r"<[^>]+>", "\n", text)
    return text.replace("*", "").replace("&#58;", ":").replace("&#40;", "(")


def repeats(text: str) -> list[str]:
    """The date phrases of `text` that name one month twice."""
    found = []
    for phrase in _PHRASE.finditer(plain(text)):
        months = [_MONTH[m] for m in _MONTH_WORD.findall(phrase.group())]
        if len(months) != len(set(months)):
            found.append(phrase.group())
    return found


@pytest.mark.parametrize(
    "text",
    [
        "October 2024, between 5 and 13 October",
        "*October 2024, 5 October or later (see [how",
        "October 2024, day not given, between 5 and 13 Oct",
        "| October 2024, on a Tuesday no earlier than 8 October |",
        '<tspan x="1">October 2024, day not given, between 3</tspan><tspan x="1">and 7 Oct</tspan>',
    ],
)
def test_a_month_said_twice_in_one_date_is_found(text):
    assert repeats(text), text


@pytest.mark.parametrize(
    "text",
    [
        "between 5 and 13 October 2024",
        "October 2024, on or after the 5th",
        "5 to 13 Oct 2024, day not given",
        "between 30 September and 2 October 2024",
        "<text>5 Oct</text><text>6 Oct</text>",
        "dates the letter to 3 October 2024 and the speech to 4 October",
    ],
)
def test_a_month_said_once_is_not(text):
    assert not repeats(text), text


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    """The real content's pages, generated afresh."""
    out = tmp_path_factory.mktemp("date-words") / "docs"
    pipeline.generate(ROOT / "content", out, ROOT)
    return out


def test_no_date_on_any_page_says_its_month_twice(docs):
    found = {
        page.relative_to(docs).as_posix(): repeats(page.read_text(encoding="utf-8"))
        for page in sorted(docs.rglob("*.md"))
    }
    found = {path: phrases for path, phrases in found.items() if phrases}
    total = sum(len(phrases) for phrases in found.values())
    assert total == 0, f"{total} dates say their month twice: {found}"
