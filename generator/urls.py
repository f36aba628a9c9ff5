"""The only place that turns a record or a listing into a path or a link.

Paths are relative to docs/ and end in .md; MkDocs turns them into URLs for
the hosted site (directory URLs) and for the offline bundle (index.html files)
alike. Links between pages are relative, so the site works under any prefix
and from file://. An id names a file and a page, so which ids are valid is
said here too (:func:`id_problem`).
"""

from __future__ import annotations

import functools
import posixpath
import re
import unicodedata

from . import model
from .fields import ID_MAX_LENGTH, ID_PATTERN

HOME = "index.md"
TIMELINE = "timeline.md"
# Who stands where: every position on what is at stake, by side.
POSITIONS = "positions.md"
DIFFERENCES = "differences.md"
QUOTES_BY_SPEAKER = "quotes/index.md"
QUOTES_BY_EVENT = "quotes/by-event.md"
TAGS = "tags.md"
DATA_FOLDER = "data"
# The key under which the episode's field places are kept beside the records'.
EPISODE = "episode"

# Every name the site uses for its own pages, folders and stores (MkDocs' own, the
# hand-written about.md, the feed, each kind's folder): a record with one of these ids
# would take a page's place, or the episode's.
_GENERATED_PAGES = (
    HOME,
    TIMELINE,
    POSITIONS,
    DIFFERENCES,
    QUOTES_BY_SPEAKER,
    QUOTES_BY_EVENT,
    TAGS,
)
_SITE_NAMES = ("about", "404", "sitemap", "feed", "search", "assets", "by-speaker")
RESERVED_IDS = frozenset(
    {posixpath.splitext(posixpath.basename(page))[0] for page in _GENERATED_PAGES}
    | {DATA_FOLDER, EPISODE, *_SITE_NAMES}
    | {cls.folder for cls in model.RECORD_KINDS}
)


def section_index(kind: str) -> str:
    """The listing page of a kind: actors/index.md, ..."""
    return f"{model.KIND_BY_NAME[kind].folder}/index.md"


def record_page(record: model.Record) -> str:
    """Where a record's own page is. Differences share one page, each an anchor."""
    if isinstance(record, model.Difference):
        return DIFFERENCES
    return f"{record.folder}/{record.id}.md"


def record_anchor(record: model.Record) -> str:
    """The anchor of a record where it is listed among others: quotes, differences."""
    return f"{record.kind}-{record.id}"


def record_target(record: model.Record) -> str:
    """Page and, where a record lives inside a page (a difference), anchor."""
    inside = isinstance(record, model.Difference)
    return record_page(record) + (f"#{record_anchor(record)}" if inside else "")


def relative(from_page: str, to_target: str) -> str:
    """A link from one docs/ page to another (with an optional #anchor)."""
    path, _, anchor = to_target.partition("#")
    link = "" if path == from_page else _relpath(path, from_page.rpartition("/")[0])
    return link + (f"#{anchor}" if anchor else "")


# (target, folder) pairs repeat on every page: at 5,000 quotes this saves 0.2 s of 6 s of rendering.
@functools.cache
def _relpath(path: str, start: str) -> str:
    """posixpath.relpath for two clean paths under docs/, without asking the OS
    for the working directory (relpath does, twice per call)."""
    to = [part for part in path.split("/") if part not in ("", ".")]
    here = [part for part in start.split("/") if part not in ("", ".")]
    common = len(posixpath.commonprefix([to, here]))  # of lists: whole parts
    return "/".join([".."] * (len(here) - common) + to[common:]) or "."


# Letters that Unicode decomposition does not bring down to a-z, spelt the way
# English-language sources write Azerbaijani (and Turkish) names: Əliyev ->
# Aliyev, Şahin -> Shahin, Çingiz -> Chingiz, Ağdam -> Agdam, Bakı -> Baki.
_TRANSLITERATION = str.maketrans(
    {"ə": "a", "Ə": "a", "ş": "sh", "Ş": "sh", "ç": "ch", "Ç": "ch", "ğ": "g", "Ğ": "g",
     "ı": "i", "İ": "i", "ö": "o", "Ö": "o", "ü": "u", "Ü": "u", "ß": "ss", "æ": "ae",
     "ø": "o", "đ": "d", "ł": "l", "œ": "oe"}
)  # fmt: skip
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug_for(name: str) -> str:
    """The id a person would likely write for `name` ('İlham Əliyev' -> 'ilham-aliyev'), or
    "". Ids are written by people, never derived silently: this only feeds the suggestion
    in an invalid-id message (and names the offline bundle's file)."""
    composed = unicodedata.normalize("NFC", name)  # Ç, not C + combining cedilla
    ascii_text = unicodedata.normalize("NFKD", composed.translate(_TRANSLITERATION))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    return _NOT_SLUG.sub("-", ascii_text).strip("-")[:ID_MAX_LENGTH].rstrip("-")


def id_problem(value: str, own: bool = True) -> str | None:
    """Why `value` is not a valid id (for a record's `own` id: nor a name the site uses
    for its own pages), or None. Suggests an id where one can be made."""
    if not value:
        return "an id must not be empty"
    if len(value) > ID_MAX_LENGTH:
        return f"an id must be at most {ID_MAX_LENGTH} characters"
    if not ID_PATTERN.match(value):
        shown = value if len(value) <= 40 and value.isprintable() else repr(value[:40])
        suggestion = slug_for(value)
        hint = f" (did you mean '{suggestion}'?)" if suggestion else ", e.g. 'jeyhun-bayramov'"
        return (
            f"'{shown}' is not a valid id: use lowercase letters a-z, digits and single"
            f" hyphens{hint}"
        )
    if own and value in RESERVED_IDS:
        return f"'{value}' is reserved for the site's own pages"
    return None
