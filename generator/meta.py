"""What a page says about itself to machines: its description and its JSON-LD, in its
front matter, which overrides/main.html escapes into the HTML head (the JSON-LD with
``tojson``, so no text from content can end the script element). Plain text from the
records, ``[[id]]`` links as the words they show; what a record leaves unknown stays absent.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from . import model, urls
from .dates import PartialDate
from .escape import line_start, quotation, typographic
from .links import InlineLink, split_links
from .resolve import Catalog

# Search engines show about this many characters of a description.
DESCRIPTION_MAX = 160
_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’')\]]*\s+(?=[A-Z“\"‘(\[0-9])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\bU\.S|\bSt|\bMr|\bMrs|\bDr|\bNo|\bc)\.$")


def plain(text: str, catalog: Catalog) -> str:
    """Prose as one line of plain text: each ``[[id]]`` link as the words it shows."""
    pieces = []
    for piece in split_links(text):
        if isinstance(piece, InlineLink):
            record = catalog.by_id.get(piece.target)
            piece = piece.label or (record.display_name if record else piece.target)
        pieces.append(piece)
    return " ".join("".join(pieces).split())


def first_sentence(text: str) -> str:
    """The text up to the end of its first sentence (not at 'U.S.' or a middle initial)."""
    for match in _SENTENCE_END.finditer(text):
        if not _ABBREVIATION.search(text[: match.start()].rstrip("”\"’')]")):
            return text[: match.start()].rstrip()
    return text


def clip(text: str, limit: int = DESCRIPTION_MAX) -> str:
    """At most `limit` characters, cut at a word with an ellipsis when longer; an
    omission's ellipsis where the cut falls is not doubled ("the U.S.: ..." → "the U.S.…")."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    # Its end stripped, not found by a pattern tried at each character (5 µs a description).
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(_CUT_ENDS)
    omission = next((mark for mark in ("...", "…") if cut.endswith(mark)), "")
    return cut.removesuffix(omission).rstrip(_CUT_ENDS) + "…"


# A space or a mark of punctuation ending a cut text, which its ellipsis replaces.
_CUT_ENDS = " ,;:—–-"


def count(number: int, singular: str, plural: str | None = None, words: bool = False) -> str:
    """'1 agreement', '3 agreements'; in `words`, up to ten: 'one agreement', 'three...'."""
    shown = in_words(number) if words else str(number)
    return f"{shown} {singular if number == 1 else (plural or singular + 's')}"


def in_words(number: int) -> str:
    """A number as a word up to ten ('three'), in figures above."""
    return NUMBER_WORDS[number] if number < len(NUMBER_WORDS) else str(number)


NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def said_by(quote: model.Quote, catalog: Catalog) -> str:
    speaker = catalog.get(quote.speaker).display_name
    return f"{speaker}, {quote.date.human()}" if quote.date.known else speaker


def short_name(catalog: Catalog, record: model.Record) -> str:
    """How a link names a record: by its name; a quote by its title, else by its
    speaker and date, never a cut quotation."""
    if isinstance(record, model.Quote):
        return typographic(record.title) if record.title else said_by(record, catalog)
    return record.display_name


def quoted(title: str) -> str:
    """A title in double quote marks, its own double quotes made single, so that
    one mark does not close both: “Response … Congressmen: ‘This is a Demarche’”."""
    inner = typographic(title).replace("“", "‘").replace("”", "’")
    return f"“{inner}”"


def names(record: model.Record) -> list[str]:
    """What a line may call a record by: its name; an actor's other names and, for a
    person, surname; an agreement's names as the sources render them."""
    found = [record.display_name]
    if isinstance(record, model.Actor):
        found += record.other_names
        if record.type == "person":
            found.append(record.name.split()[-1])
    elif isinstance(record, model.Agreement):
        found += [name.name for name in record.names]
    return [name for name in dict.fromkeys(found) if name]


def addressed(quote: model.Quote, catalog: Catalog) -> bool:
    """Whether a quote's by-line should say whom it was addressed to: not where the
    speaker's name names the addressee ('The US senators ... who wrote to Blinken')."""
    if not quote.addressee:
        return False
    speaker, addressee = catalog.get(quote.speaker), catalog.get(quote.addressee)
    said = speaker.display_name.casefold()
    return not any(
        re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", said) for name in names(addressee)
    )


def describe(record: model.Record, catalog: Catalog) -> str:
    """One or two sentences that say what a record's page is about, their quote
    marks typographic as on the page, a quote's own words as written."""
    if isinstance(record, model.Actor | model.Agreement):
        return clip(typographic(first_sentence(plain(record.description, catalog))))
    if isinstance(record, model.Event):
        # A first sentence cut short ("... and says the…") or a date said twice ("2020:
        # The 2020 war") read badly in a preview: then the event's title, or no date.
        when = record.date.human() if record.date.known else ""

        def dated(body: str) -> str:  # "About 2023: ..."
            return typographic(line_start(f"{when}: {body}" if when not in body else body))

        text = dated(record.brief or first_sentence(plain(record.summary, catalog)))
        return clip(text if record.brief or len(text) <= DESCRIPTION_MAX else dated(record.title))
    if isinstance(record, model.Quote):
        # Who quotes it, where that says whose rendering it is, in place of the date
        # (its page gives it), which left too little room for the words that differ.
        by = _as_quoted(record, catalog)
        head = f"{catalog.get(record.speaker).display_name}{by}" if by else said_by(record, catalog)
        room = DESCRIPTION_MAX - len(head) - 4  # for the words, after ": " in quote marks
        words = quotation(plain(record.text, catalog), lambda words: clip(words, room))
        return clip(f"{head}: {words}")
    if isinstance(record, model.Source):
        # A text with no outlet is named by what it is ("Gaya Mammadov's commentary"): its
        # headline alone reads as the site's own words.
        kind = model.LABELS[record.type]
        parts = [kind, record.outlet] if record.outlet != "unknown" else [record.cited_as or kind]
        if record.date.known:
            parts.append(record.date.human())
        return clip(typographic(", ".join(parts)) + f": {quoted(record.title)}")
    return clip(record.display_name)


def _as_quoted(quote: model.Quote, catalog: Catalog) -> str:
    """ ", as quoted by OC Media" for one of several versions of one passage, or a few words
    a report picks out of a sentence, whose source says whose rendering it is; else ""."""
    from .wording import citation  # wording uses this module

    versions = catalog.differences_by_record.get(quote.id, ())
    if len(quote.text.split()) > 3 and not any(d.one_passage for d in versions):
        return ""
    sources = [s for sid in quote.sources if isinstance(s := catalog.get(sid), model.Source)]
    names = [citation(s, short=True, dated=False) for s in sources]
    return typographic(f", as quoted by {' and '.join(names)}")


# The pages that list records, and what each lists.
LISTINGS = {
    urls.TIMELINE: "every event in date order, with its sources.",
    urls.section_index("actor"): "the people, bodies and states involved, by kind and country.",
    urls.POSITIONS: "who is for and who against what is at stake, side by side, with the sources.",
    urls.section_index("agreement"): "the agreements and laws at issue and their status.",
    urls.section_index("event"): "every event, with its date and sources.",
    urls.section_index("source"): "every source the site relies on.",
    urls.QUOTES_BY_SPEAKER: "every quote, by speaker, with its sources.",
    urls.QUOTES_BY_EVENT: "every quote, by the event it was said at.",
    urls.DIFFERENCES: "where the sources disagree, each version with its sources.",
}


def summaries(catalog: Catalog) -> dict[str, str]:
    """What each record's page is about (see `describe`), by id, worked out once for
    its description and every link's title (render.link_title); differences share one."""
    return {
        record.id: describe(record, catalog)
        for record in catalog.by_id.values()
        if not isinstance(record, model.Difference)
    }


def page_descriptions(catalog: Catalog, summaries: dict[str, str]) -> dict[str, str]:
    """Every page's description, by its path under docs/; two pages that would share
    one get each page's own name in front."""
    episode = catalog.episode
    # The lede cut short stops before the story's turn: the tagline says it whole.
    home = plain(episode.lede, catalog)
    if not home or len(home) > DESCRIPTION_MAX:
        home = episode.tagline or first_sentence(plain(episode.summary, catalog))
    found = {urls.HOME: clip(typographic(home))}
    found |= {path: clip(f"{episode.title}: {what}") for path, what in LISTINGS.items()}
    names: dict[str, str] = {}
    for record_id, summary in summaries.items():
        record = catalog.by_id[record_id]
        path = urls.record_page(record)
        found[path] = summary
        names[path] = record.display_name
    seen = Counter(found.values())
    return {
        path: clip(f"{names[path]}: {text}") if seen[text] > 1 and path in names else text
        for path, text in found.items()
    }


# --- JSON-LD ----------------------------------------------------------------

_NOT_BODIES = ("person", "state")
_ACTOR_TYPES = {
    "person": "Person",
    "legislature": "GovernmentOrganization",
    "government-body": "GovernmentOrganization",
    "state": "Country",
    "political-party": "Organization",  # schema.org's PoliticalParty is still pending
    "organisation": "Organization",
    "media-outlet": "NewsMediaOrganization",
    "group": "Organization",
}


def schema_date(date: PartialDate) -> str | None:
    """A date to the precision the sources give (2024, 2024-10, 2024-10-05); an
    approximate or unknown date has none (schema.org has no way to say 'about')."""
    return date.iso() if date.known and not date.approximate else None


def _thing(record: model.Record) -> dict[str, Any]:
    """The node of a record another record points at."""
    if isinstance(record, model.Actor):
        return {"@type": _ACTOR_TYPES[record.type], "name": record.name}
    if isinstance(record, model.Agreement):
        return {"@type": "Legislation", "name": record.name}
    if isinstance(record, model.Event):
        node: dict[str, Any] = {"@type": "Event", "name": record.title}
        _put(node, "startDate", schema_date(record.date))
        return node
    assert isinstance(record, model.Source)  # a quote is pointed at by no node
    kind = "NewsArticle" if record.type in ("news-report", "interview") else "CreativeWork"
    node = {"@type": kind, "name": record.title}
    if kind == "NewsArticle":
        node["headline"] = record.title
    if record.outlet != "unknown":
        node["publisher"] = {"@type": "Organization", "name": record.outlet}
    _put(node, "datePublished", schema_date(record.date))
    _put(node, "inLanguage", record.language)
    if record.url.startswith(("https://", "http://")):  # not "unknown"
        node["url"] = record.url
    return node


def _put(node: dict[str, Any], key: str, value: Any) -> None:
    if value:
        node[key] = value


def json_ld(record: model.Record, catalog: Catalog, description: str) -> dict[str, Any]:
    """The schema.org description of a record's page."""
    node: dict[str, Any]
    if isinstance(record, model.Quote):
        node = {"@type": "Quotation", "text": plain(record.text, catalog)}
        node["creator"] = _thing(catalog.get(record.speaker))
        _put(node, "dateCreated", schema_date(record.date))
        if record.event:
            node["about"] = _thing(catalog.get(record.event))
        node["isBasedOn"] = [_thing(catalog.get(sid)) for sid in record.sources]
    else:  # the short node other records point at, then what the page adds
        node = _thing(record)
    if isinstance(record, model.Actor):
        _put(node, "alternateName", list(record.other_names))
        # A country is a state (checks.py), which _thing gives as a Country.
        country = _thing(catalog.get(record.country)) if record.country else None
        if record.type == "person":
            _put(node, "jobTitle", [role.title for role in record.roles])
            _put(node, "nationality", country)
            # Ties to bodies; ties to people or states have no schema.org property.
            ties = [catalog.get(tie.actor) for tie in record.affiliations]
            bodies = [a for a in ties if isinstance(a, model.Actor) and a.type not in _NOT_BODIES]
            _put(node, "affiliation", [_thing(a) for a in bodies])
        elif record.type != "state":
            _put(node, "location", country)
    elif isinstance(record, model.Agreement):
        node["legislationType"] = model.LABELS[record.type]
        _put(node, "alternateName", sorted({n.name for n in record.names} - {record.name}))
        _put(node, "legislationDate", schema_date(record.date))
        parties = [catalog.get(a) for a in record.parties]
        states = [p for p in parties if isinstance(p, model.Actor) and p.type == "state"]
        _put(node, "legislationJurisdiction", [_thing(p) for p in states])
        _put(node, "legislationPassedBy", [_thing(p) for p in parties if p not in states])
    elif isinstance(record, model.Event):
        concerned = [p.actor for p in record.actors] + list(record.agreements)
        _put(node, "about", [_thing(catalog.get(i)) for i in dict.fromkeys(concerned)])
    if isinstance(record, model.Actor | model.Agreement | model.Event):
        node["subjectOf"] = [_thing(catalog.get(sid)) for sid in record.sources]
    node["description"] = description
    return {"@context": "https://schema.org", **node}
