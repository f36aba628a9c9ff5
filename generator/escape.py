"""The one audited path from content text to Markdown.

Text written in content is data: every character that Markdown, an enabled extension
or HTML could read as syntax becomes a numeric character reference, which a browser
shows as the character itself, and newlines are folded, so no text can start a block.
The render environment's ``finalize`` applies :func:`inline` to every string a
template prints unless it is :class:`Md`, Markdown the generator itself has written.
"""

from __future__ import annotations

import difflib
import functools
import re
import urllib.parse
from collections.abc import Callable, Sequence
from itertools import groupby

from .links import InlineLink, find_links, split_links


class Md(str):
    """Markdown the generator wrote, safe to print as it is."""

    __slots__ = ()


# Syntax characters of Markdown, of the extensions mkdocs.yml enables, and of
# HTML. Quote marks and colons are left readable: nothing enabled gives them a
# meaning inside a line (no smarty, emoji or definition lists).
SYNTAX = "&<>\\`*_[](){}#!|~^=+$"
_TABLE = {ord(c): f"&#{ord(c)};" for c in SYNTAX}
# C0/C1 controls (but tab and newline, which are folded) and noncharacters:
# Python-Markdown uses STX/ETX internally, and HTML forbids the others.
for code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), 0xFFFE, 0xFFFF]:
    if code not in (0x09, 0x0A):
        _TABLE[code] = "\ufffd"
_LINE_START = re.compile(r"^(\d*)([-+>=%.:)])")


# Names, titles and citations are printed on page after page: at 5,000 quotes rendering
# takes 4.3 s of CPU with this cache, 4.7 s without (median of five runs, one process).
@functools.lru_cache(maxsize=1 << 16)
def inline(text: str, line_start: bool = True, verbatim: bool = False) -> Md:
    """Content text as Markdown that shows exactly that text, on one line, its quote
    marks typographic unless `verbatim` (a quote's words, a web address); with
    `line_start`, a leading dash, digit-and-dot... that could open a block escaped too."""
    folded = " ".join(text.split())
    escaped = (folded if verbatim else typographic(folded)).translate(_TABLE)
    if line_start:
        escaped = _LINE_START.sub(lambda m: f"{m.group(1)}&#{ord(m.group(2))};", escaped)
    return Md(escaped)


# Typographic quote marks. A straight mark is made curly only where its place says
# which it is; anything else stays as written, never guessed. Each mark is replaced
# by one character, so a span found in the text holds in its typographic form too.
# Opens: at the start, after a space, a bracket, a dash, a slash or another quote mark.
_OPENS_AFTER = r"(?:(?<=^)|(?<=[\s(\[{\u2014\u2013/\"'\u201c\u2018-]))"
# Closes: after a letter, digit or punctuation, before a space, punctuation or the end.
_CLOSES_AFTER = r"(?<=[^\s(\[{\u2014\u2013/\u201c\u2018-])"
_CLOSES_BEFORE = r"(?=$|[\s.,;:!?)\]}\u2014\u2013\u2026\"'\u201d\u2019-])"
_DOUBLE_PAIR = re.compile(
    _OPENS_AFTER + r'"(?=[^\s"])([^"]*?)' + _CLOSES_AFTER + '"' + _CLOSES_BEFORE
)
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")  # Azerbaijan's, don't
_SINGLE_CLOSE = re.compile(_CLOSES_AFTER + "'" + _CLOSES_BEFORE)  # the MPs' appeal, 'word'
# 'word' and '...', but not '90s
_SINGLE_OPEN = re.compile(_OPENS_AFTER + r"'(?=[^\W\d_]|\.\.\.|\u2026)")


def typographic(text: str) -> str:
    """Text with its straight quote marks made typographic where their place makes
    plain which they are ("…" → “…”, an apostrophe → ’); a mark that could be another
    ('90s, 12") stays straight, and a [[link]]'s target as written. Never a quote's words."""
    if "'" not in text and '"' not in text:
        return text
    # A link is set aside as a word of its length: '[[mps]]' appeal' reads "MPs' appeal".
    links = list(find_links(text))
    masked = list(text)
    for link in links:
        masked[link.start : link.end] = "x" * (link.end - link.start)
    curled = _APOSTROPHE.sub("\u2019", _DOUBLE_PAIR.sub("\u201c\\1\u201d", "".join(masked)))
    closes = [m.start() for m in _SINGLE_CLOSE.finditer(curled)]
    out = list(curled)
    for i in closes:
        out[i] = "\u2019"
    for match in _SINGLE_OPEN.finditer(curled):  # only where a closing mark follows it
        if closes and match.start() < closes[-1]:
            out[match.start()] = "\u2018"
    for link in links:
        whole = text[link.start : link.end]
        if link.label is not None:
            bar = whole.index("|")
            whole = whole[: bar + 1] + typographic(whole[bar + 1 :])
        out[link.start : link.end] = whole
    return "".join(out)


def nested(text: str) -> str:
    """A quotation's own pairs of straight double marks made single curly ones, as its words
    stand in double curly ones: “… the ‘Joint Declaration …’ signed in 1997”."""
    return _DOUBLE_PAIR.sub("\u2018\\1\u2019", text) if '"' in text else text


def quotation(words: str, shown: Callable[[str], str] = str) -> str:
    """A quote's `words` in the site's double quote marks, its own made single (see
    `nested`) before `shown` makes them Markdown or cuts them, as a cut could part a pair."""
    return f"\u201c{shown(nested(words))}\u201d"


def line_start(text: str) -> str:
    """Words as they read at the start of a line: "The MPs' demand...", not "the..."."""
    return text[:1].upper() + text[1:]


# What an http(s) address keeps as written in a link target, with letters, digits and `_.-~`;
# the rest percent-encoded: the same to a web server, nothing to Markdown.
_ADDRESS_KEEPS = "/:?#@&=+,;%-."


def web_address(url: str) -> Md:
    """An http(s) address (fields.Url has checked it) as a Markdown link target."""
    if not url.startswith(("https://", "http://")):
        raise ValueError(f"not a web address: {url!r}")
    return Md(urllib.parse.quote(url, safe=_ADDRESS_KEEPS))


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, each folded to one line."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def prose(text: str, link: Callable[[str, str | None], str], verbatim: bool = False) -> Md:
    """Prose with [[id]] links: paragraphs of escaped text, each link made by
    `link(target_id, label_or_None)`, its quote marks typographic unless `verbatim`."""
    out: list[str] = []
    for paragraph in paragraphs(text):
        if not verbatim:  # whole, not piece by piece
            paragraph = typographic(paragraph)
        if "[[" not in paragraph:  # no link: escaped whole, not split (1% of rendering)
            out.append(inline(paragraph, verbatim=True))
            continue
        pieces = (
            link(piece.target, piece.label)
            if isinstance(piece, InlineLink)
            else _between(piece, line_start=i == 0)
            for i, piece in enumerate(split_links(paragraph))
        )
        out.append("".join(pieces).strip())
    return Md("\n\n".join(out))


# A word, an abbreviation with its full stops ("U.S.", marked whole), or one mark
# of punctuation.
_WORD = re.compile(r"\b(?:[^\W\d_]\.){2,}|\w+|[^\w\s]")
# Spellings that differ by house style, not by wording: "organisations" and
# "organizations", "defence" and "defense" are compared as one word.
_SPELLING = (
    (re.compile(r"(?<=\w\w)is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w\w)ence$"), "ense"),
)
# Words that open a version by saying whose words follow ("As OC Media puts it,"), and an
# article before a quotation: the site's words, not the source's, neither compared nor marked.
_FRAMING = re.compile(
    r"(?:(?:(?:In|As)\b[^,:;\"“]*\b(?:words|puts it|prints it|quotes it|gives it|cited by"
    r"|quoted by|introduction)|According to\b[^,:;\"“]*)[,:]\s+)?(?:(?:[Aa]n?|[Tt]he)\s+(?=[\"“]))?"
)
# A version is a variant of the first, worth marking, when it shares at least this part of
# its words with the first, or holds all of the first's; below it, marks would cover most of it.
SHARED_TO_MARK = 0.4
# Small words that join a marked phrase when they stand between two new words.
_JOINING = frozenset(
    {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
)


def marked(texts: Sequence[str], verbatim: bool = False) -> list[Md | None] | None:
    """Versions of one wording (an agreement's title, a quoted passage), each after the
    first with the words the first lacks in <mark>, not left to the reader to find; None
    for a version that is another wording or holds [[links]], and for the whole where none
    is marked."""
    if len(texts) < 2 or "[[" in texts[0]:
        return None
    if not verbatim:  # one character for each: the spans found hold
        texts = [typographic(text) for text in texts]
    first = _own_words(texts[0])[1]
    first_words = sum(1 for token in first if token[0].isalnum())
    in_first = set(first)
    shown: list[Md | None] = [inline(texts[0], verbatim=True)]
    for text in texts[1:]:
        spans, compared = _own_words(text)
        words = [k for k, key in enumerate(compared) if key[0].isalnum()]
        matcher = difflib.SequenceMatcher(None, first, compared, autojunk=False)
        # Punctuation (a full stop, a quote mark) is no wording: neither shared nor
        # marked. Changed words run into one mark unless a shared word parts them.
        same = {k for b in matcher.get_matching_blocks() for k in range(b.b, b.b + b.size)}
        shared = len(same.intersection(words))
        if "[[" in text or (shared < SHARED_TO_MARK * len(words) and shared < first_words):
            shown.append(None)
            continue
        # A word is marked only if the first version lacks it, wherever it stands there:
        # what the caption says, and what a reader can check.
        kept = {k for k in words if compared[k] in in_first}
        # "between the Ministry of Defense" is one phrase the first lacks: its small
        # words join one mark rather than break it into five.
        for group in [list(run) for _, run in groupby(words, kept.__contains__)][1:-1]:
            if group[0] in kept and all(compared[k] in _JOINING for k in group):
                kept.difference_update(group)
        runs = [list(run) for is_kept, run in groupby(words, kept.__contains__) if not is_kept]
        pieces, done = [], 0
        for run in runs:
            start, end = spans[run[0]][0], spans[run[-1]][1]
            marked_words = inline(text[start:end], verbatim=True)
            pieces += [text[done:start], Md(f"<mark>{marked_words}</mark>")]
            done = end
        pieces.append(text[done:])
        joined = "".join(
            p if isinstance(p, Md) else _between(p, i == 0) for i, p in enumerate(pieces)
        )
        shown.append(Md(" ".join(joined.split())))
    return shown if any(row is not None for row in shown[1:]) else None


def _own_words(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The spans of a version's words and punctuation, after the words that frame it, and
    each as compared: a capital, or another house style's spelling, is no change."""
    framing = _FRAMING.match(text)  # it matches "" too
    spans = [m.span() for m in _WORD.finditer(text, framing.end() if framing else 0)]
    keys = [text[start:end].lower() for start, end in spans]
    for spelling, common in _SPELLING:
        keys = [spelling.sub(common, key) for key in keys]
    return spans, keys


def _between(piece: str, line_start: bool) -> str:
    """Text between links or marks (made typographic already), escaped without folding its
    ends: a space it starts or ends with stays, not to run into what is beside it."""
    if not piece.strip():
        return " "
    lead = " " if piece[:1].isspace() else ""
    trail = " " if piece[-1:].isspace() else ""
    return lead + inline(piece, line_start=line_start, verbatim=True) + trail
