"""The record kinds of an explainer, as dataclasses whose fields carry their type
(fields.py) and documentation: the loader, the JSON Schemas, content/README.md's
tables and `make new` all read these one definitions. References are plain ids
here; resolve.py checks that each exists and is of the right kind.
"""

from __future__ import annotations

import re
from dataclasses import MISSING, dataclass, field
from typing import Any, ClassVar

from .dates import WEEKDAYS, PartialDate
from .fields import (
    ANY_KIND,
    BOOL,
    CHOICE,
    DATE,
    FULL_DATE,
    ID,
    LINE,
    LINES,
    OBJECTS,
    REF,
    REFS,
    TAGS,
    TEXT,
    URL,
    FieldType,
    field_specs,
)

# Every choice's label on the site, by value, as `spec` meets them: one value, one label.
LABELS: dict[str, str] = {}


def spec(
    type: FieldType,
    doc: str,
    *,
    required: bool = False,
    refs: tuple[str, ...] = (),
    choices: dict[str, str] | None = None,
    item: type | None = None,
    entries: int = 1,
    default: Any = MISSING,
) -> Any:
    """A model field with its type and documentation. `choices` are its values, each
    with its label on the site; `make new` writes `entries` entries."""
    if default is MISSING and not required:
        default = type.empty
    labels = choices or {}
    for value, label in labels.items():
        assert LABELS.setdefault(value, label) == label, f"two labels for '{value}'"
    meta = {
        "type": type,
        "doc": doc,
        "required": required,
        "refs": refs,
        "choices": tuple(labels),
        "labels": labels,
        "item": item,
        "entries": entries,
    }
    if isinstance(default, (list, tuple)):
        return field(default_factory=list, metadata=meta)
    return field(default=default, metadata=meta)  # MISSING: no default, as field()'s own


def required(type: FieldType, doc: str, **options: Any) -> Any:
    """A field every record (or entry) of the kind must fill in: `spec` with required=True."""
    return spec(type, doc, required=True, **options)


# Search ranks a page whose tag matches the words typed far above one that only
# mentions them: an actor or agreement tagged as its events are comes first.
TAGS_DOC = "Short lowercase labels; pages that share one are listed together on the tags page."


# --- nested parts -----------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Role:
    """A position an actor held, e.g. Foreign Minister of Azerbaijan."""

    title: str = required(LINE, "The position, e.g. 'Foreign Minister'.")
    of: str = spec(REF, "The body or state the position belongs to.", refs=("actor",))
    start: PartialDate = spec(DATE, "When the actor took up the position, if known.")
    end: PartialDate = spec(DATE, "When the actor left it, if they have.")
    sources: list[str] = spec(REFS, "Sources that state this role.", refs=("source",))


@dataclass(frozen=True, kw_only=True)
class Affiliation:
    """A tie from one actor to another: member of, part of, leads."""

    actor: str = required(REF, "The other actor.", refs=("actor",))
    relation: str = required(
        LINE,
        "The tie, e.g. 'members', 'chairman', 'part of', as it reads before the other actor's"
        " name: 'member' and 'members' are followed by 'of', a tie ending in 'of' (or 'in',"
        " 'to', 'for', 'with') by the name, with 'the' before a legislature or government"
        " body ('members of the Milli Majlis'), any other tie by a colon.",
    )
    sources: list[str] = spec(REFS, "Sources that state this tie.", refs=("source",))


@dataclass(frozen=True, kw_only=True)
class Participant:
    """An actor's part in an event."""

    actor: str = required(REF, "Who took part.", refs=("actor",))
    role: str = required(
        LINE,
        "Their part: author, addressee, signatory, party, participant, host, speaker,"
        " subject, ...; the actor's page says these in words that name it ('written by the"
        " MPs', 'it concerns Aliyev'), leaves out a speaker's, and the part of an actor the event's"
        " title names (but for a party, participant or host), and shows any other part"
        " as written.",
    )


@dataclass(frozen=True, kw_only=True)
class SourceName:
    """The name of an agreement as one or more sources render it."""

    name: str = required(LINE, "The name exactly as the source gives it.")
    sources: list[str] = required(REFS, "The sources that use this name.", refs=("source",))


@dataclass(frozen=True, kw_only=True)
class Position:
    """What an actor wants done with an agreement, in its own quoted words."""

    actor: str = required(REF, "Who holds the position.", refs=("actor",))
    stance: str = required(
        CHOICE,
        "What they want done with it.",
        choices={
            "end": "wants it ended",
            "keep": "wants it kept",
            "suspend": "wants it suspended",
            "reinstate": "wants it reinstated",
            "criticise": "criticises it",
            "defend": "defends it",
            "support": "supports it",
            "reject": "rejects it",
        },
    )
    quotes: list[str] = spec(REFS, "Their own words on it.", refs=("quote",))
    sources: list[str] = required(REFS, "Sources that report the position.", refs=("source",))
    in_particular: bool = spec(
        BOOL,
        "True when their words want this done to all the agreements in force with the"
        " other party, naming this one in particular ('Terminate the agreements in force"
        " ..., particularly' it): the agreements page then says they want an end to the"
        " agreements in force, these in particular, not to these alone.",
    )

    @property
    def in_favour(self) -> bool:
        """Whether the stance is for what it concerns (the others are against it)."""
        return self.stance in ("keep", "reinstate", "defend", "support")

    def words(self, plural: bool = False) -> str:
        """The stance in words, after a plural subject if `plural`: "the MPs want it ended"."""
        return PLURAL_STANCES[self.stance] if plural else LABELS[self.stance]


# The stances after a plural subject, their verb without its -s: "the MPs want it ended".
PLURAL_STANCES = {
    stance: label.replace("s ", " ", 1)
    for stance, label in field_specs(Position)["stance"]["labels"].items()
}


@dataclass(frozen=True, kw_only=True)
class Version:
    """One side of a point on which sources differ."""

    says: str = required(TEXT, "What this version says, close to the source's words.")
    by: str = spec(
        LINE,
        "Whose words they are, where not the source's own, e.g. 'the MPs' letter': shown after"
        " them, after a dash, and left out when versions' words are compared.",
    )
    sources: list[str] = required(REFS, "The sources that give this version.", refs=("source",))


# --- records ----------------------------------------------------------------


@dataclass(kw_only=True)
class Record:
    """Fields common to every record. `path` and `line` say where it was written."""

    # A kind is named after its class, its folder in content/ after the kind:
    # Source, "source", content/sources/.
    kind: ClassVar[str] = ""
    folder: ClassVar[str] = ""
    # The field whose text names the record in headings and links, given with
    # the class: `class Source(Record, name_field="title")`.
    name_field: ClassVar[str] = "id"

    id: str = required(ID, "The record's name in links and addresses; the same as its file's name.")
    path: str = field(default="", compare=False, repr=False)
    line: int = field(default=1, compare=False, repr=False)

    def __init_subclass__(cls, name_field: str = "id", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.kind = cls.__name__.lower()
        cls.folder = f"{cls.kind}s"
        cls.name_field = name_field

    @property
    def display_name(self) -> str:
        return str(getattr(self, self.name_field))


@dataclass(kw_only=True)
class Source(Record, name_field="title"):
    """A published text the content relies on: an article, statement, document."""

    title: str = required(LINE, "The title as the source gives it.")
    cited_as: str = spec(
        LINE,
        "How lists cite the source when its outlet is unknown: a few plain words (eight at"
        " most) saying what the text is (e.g. Gaya Mammadov's commentary), with a capital first"
        " letter, shown without quote marks so that it cannot read as anyone's words."
        " Without it, lists cite the title in quote marks, cut after about 36 characters.",
    )
    outlet: str = required(LINE, "Who published it, or 'unknown' when the text does not say.")
    publisher: str = spec(REF, "The outlet as an actor record, when there is one.", refs=("actor",))
    date: PartialDate = required(DATE, "Publication date, or 'unknown'.")
    language: str = spec(
        CHOICE,
        "Language of the text, as an ISO 639-1 code. To add a language, add its code and name"
        " to the choices of Source.language in generator/model.py, then run `make schemas`.",
        choices={
            "en": "English",
            "az": "Azerbaijani",
            "ru": "Russian",
            "tr": "Turkish",
            "hy": "Armenian",
            "ka": "Georgian",
            "fa": "Persian",
            "ar": "Arabic",
            "uk": "Ukrainian",
            "fr": "French",
            "de": "German",
            "es": "Spanish",
        },
    )
    url: str = spec(LINE, "Where it was published, or 'unknown'. Never guessed.", default="unknown")
    type: str = required(
        CHOICE,
        "What kind of text it is.",
        choices={
            "news-report": "News report",
            "commentary": "Commentary",
            "interview": "Interview",
            "official-statement": "Official statement",
            "full-text": "Full text of a document",
        },
    )
    archive: str = spec(
        LINE, "File name of the archived text in the archive folder, used to check quotes."
    )
    summary: str = spec(
        TEXT, "What the text reports, in a sentence or two of fresh words: shown first on its page."
    )
    alone_gives: str = spec(
        LINE,
        "What no other source gives, in a few plain words starting in lower case (e.g. the"
        " full text of the MPs' letter): the sources index shows it, so that a reader sees"
        " what rests on this text alone.",
    )
    notes: str = spec(TEXT, "What a reader should know about this text: its date, outlet, gaps.")


@dataclass(kw_only=True)
class Actor(Record, name_field="name"):
    """A person, body, state, party, organisation or outlet."""

    name: str = required(LINE, "The name most sources use.")
    type: str = required(
        CHOICE,
        "What sort of actor this is.",
        choices={
            "person": "Person",
            "group": "Group of people",
            "legislature": "Legislature",
            "government-body": "Government body",
            "state": "State",
            "political-party": "Political party",
            "organisation": "Organisation",
            "media-outlet": "Media outlet",
        },
    )
    country: str = spec(REF, "The state the actor belongs to.", refs=("actor",))
    other_names: list[str] = spec(
        LINES,
        "Other spellings and names used by sources, each as a source writes it: shown in"
        " quote marks, as the sources' words.",
    )
    website: str = spec(URL, "The actor's own website, when it has one: https://...")
    description: str = required(TEXT, "Who this is, in a sentence or two.")
    roles: list[Role] = spec(OBJECTS, "Positions held, with dates.", item=Role)
    affiliations: list[Affiliation] = spec(OBJECTS, "Ties to other actors.", item=Affiliation)
    sources: list[str] = required(REFS, "Sources that name this actor.", refs=("source",))
    tags: list[str] = spec(TAGS, TAGS_DOC)

    @property
    def plural(self) -> bool:
        """Whether the name takes a plural verb: a group of people ("the MPs want")."""
        return self.type == "group"


# The actor types as the actors index heads them.
ACTOR_TYPE_PLURALS = {
    "person": "People",
    "group": "Groups of people",
    "legislature": "Legislatures",
    "government-body": "Government bodies",
    "state": "States",
    "political-party": "Political parties",
    "organisation": "Organisations",
    "media-outlet": "Media outlets",
}


@dataclass(kw_only=True)
class Agreement(Record, name_field="name"):
    """An agreement, declaration, law or section of a law."""

    @property
    def enacted(self) -> bool:
        """Whether it is a law, whose `parties` are the state that enacted it."""
        return self.type in ("law", "law-section")

    name: str = required(LINE, "A neutral short name used as the page title.")
    names: list[SourceName] = required(
        OBJECTS, "The name as each source renders it.", item=SourceName
    )
    type: str = required(
        CHOICE,
        "What sort of instrument it is.",
        choices={
            "agreement": "Agreement",
            "declaration": "Declaration",
            "treaty": "Treaty",
            "law": "Law",
            "law-section": "Section of a law",
            "resolution": "Resolution",
        },
    )
    date: PartialDate = required(DATE, "When it was signed or enacted.")
    parties: list[str] = spec(
        REFS, "The parties to it; for a law, the state that enacted it.", refs=("actor",)
    )
    status: str = required(
        CHOICE,
        "Its standing as the sources describe it.",
        choices={
            "in-force": "In force",
            "suspended": "Suspended",
            "waived": "Waived",
            "terminated": "Terminated",
            "proposed": "Proposed",
            "unknown": "Not given in the sources",
        },
    )
    status_note: str = spec(
        TEXT,
        "What the sources say about its status; its page shows it under a heading of its"
        " own where `status` is given (where it is 'unknown', the page's first line says so).",
    )
    positions: list[Position] = spec(
        OBJECTS,
        "Who says what about it (wants it ended, kept or changed, criticises it...), in"
        " their own words.",
        item=Position,
    )
    description: str = required(TEXT, "What it is and why it matters here.")
    sources: list[str] = required(REFS, "Sources that mention it.", refs=("source",))
    tags: list[str] = spec(TAGS, TAGS_DOC)


@dataclass(kw_only=True)
class Event(Record, name_field="title"):
    """Something that happened on a date: a letter, a speech, a signing."""

    title: str = required(LINE, "What happened, in a short line.")
    date: PartialDate = required(DATE, "When it happened.")
    summary: str = required(
        TEXT,
        "What happened, in fresh neutral words. Its first sentence stands alone under the"
        " event's line on the timeline page (but for the background's): make it say what"
        " happened.",
    )
    date_note: str = spec(
        TEXT,
        "How the date was worked out, where the sources do not state it: which source"
        " dates what, and what follows from it. Shown on the event's page under its own"
        " heading, after the quotes, which the date under the title points to; the"
        " summary then says what happened only.",
    )
    brief: str = spec(
        LINE, "What happened in one short line, for the timeline; defaults to the title."
    )
    after: str = spec(
        REF,
        "An event this one followed, when its date alone cannot say so (e.g. known only"
        " to the month); the timeline places it after that event.",
        refs=("event",),
    )
    weekday: str = spec(
        CHOICE,
        "The day of the week a source gives for an event it dates no closer than the month"
        " ('on Tuesday'): with `after`, the event happened on the first such day from the"
        " day of the event it followed, or later (an answer given on a Tuesday after an"
        " appeal of Saturday 5 October: 8 October or later), and every list and the"
        " timeline say so.",
        choices={day: day.capitalize() for day in WEEKDAYS},
    )
    not_after: PartialDate = spec(
        FULL_DATE,
        "For an event dated no closer than the month (or year): the last day it can have"
        " happened on, where a source's own words put it by then and no source dated to the"
        " day that reports it does (a commentary that speaks of a letter of Thursday 3"
        " October as 'last week' was given by Sunday 13 October); say which words in"
        " `date_note`. Every list and the timeline say so ('between 5 and 13 October').",
    )
    before: str = spec(
        REF,
        "For an event the sources give no date for: an event they show it came before (a"
        " letter cites it, say); the timeline lists it in the background, 'Before 3"
        " October 2024, date not given'.",
        refs=("event",),
    )
    actors: list[Participant] = spec(OBJECTS, "Who took part, and how.", item=Participant)
    agreements: list[str] = spec(REFS, "Agreements the event concerns.", refs=("agreement",))
    sources: list[str] = required(REFS, "Sources that report the event.", refs=("source",))
    tags: list[str] = spec(TAGS, TAGS_DOC)


# A quote of this many words or fewer is a fragment (see Quote.fragment).
FRAGMENT_WORDS = 5
# What marks an omission in a quote's words: '...' or '…'.
OMISSION = re.compile(r"\.\.\.|…")


@dataclass(kw_only=True)
class Quote(Record):
    """Words said or written by an actor, verbatim from a source."""

    text: str = required(
        TEXT, "The words exactly as the source prints them; '...' marks an omission."
    )
    speaker: str = required(REF, "Who said or wrote it.", refs=("actor",))
    title: str = spec(
        LINE,
        "A short name for links to the quote, e.g. 'the MPs' demand to end the agreements';"
        " without it, links read as the speaker and date. Its quote marks are shown"
        " typographic, as in all prose.",
    )
    date: PartialDate = required(DATE, "When it was said, or 'unknown'.")
    event: str = spec(REF, "The event it was said at or about.", refs=("event",))
    addressee: str = spec(
        REF,
        "Whom it was addressed to; the by-line leaves it out where the speaker's name"
        " already names it (e.g. 'who wrote to Blinken').",
        refs=("actor",),
    )
    agreements: list[str] = spec(REFS, "Agreements it concerns.", refs=("agreement",))
    sources: list[str] = required(REFS, "Sources that print these words.", refs=("source",))
    context: str = spec(
        TEXT,
        "Where and why it was said, in fresh words. Lists show a quote of"
        f" {FRAGMENT_WORDS} words or fewer with the first sentence of its context, which"
        " should say what the words are about, and its page opens with the context; a"
        " whole text's page shows its context before the text.",
    )
    translation: str = spec(TEXT, "Note on translation, when the words were translated.")
    allegation: str = spec(
        LINE,
        "When the words make a charge for which the sources report no evidence: the charge,"
        " in neutral words, e.g. 'that the State Department wrote the US lawmakers' letter'."
        " Wherever the quote is shown, a label says that the sources report no evidence for"
        " it; the label records the sources' silence, not a verdict.",
    )
    document: bool = spec(
        BOOL,
        "True when the text is a whole letter, statement or commentary rather than a passage:"
        " listings then link to it instead of printing it, and passages quoted on their own"
        " name it in `part_of`.",
    )
    part_of: str = spec(
        REF,
        "The document (a quote with `document: true`) this passage is taken from; the"
        " passage must appear in it word for word.",
        refs=("quote",),
    )
    after: str = spec(
        REF,
        "A quote these words come after in the text of a source both are taken from;"
        " lists of one day show them in that order, else by id. `make quotes` checks the"
        " order against the archived text.",
        refs=("quote",),
    )
    tags: list[str] = spec(TAGS, TAGS_DOC)

    @property
    def display_name(self) -> str:
        return shorten(self.text, 70)

    @property
    def fragment(self) -> bool:
        """Whether the source prints only a few words of it ("review"), which
        say little in a list without the context they were said in."""
        return len(OMISSION.sub(" ", self.text).split()) <= FRAGMENT_WORDS


@dataclass(kw_only=True)
class Difference(Record, name_field="point"):
    """A point on which sources differ, with each version and its sources."""

    point: str = required(LINE, "The point in question, as a short line.")
    gist: str = spec(
        LINE,
        "The versions in a few words, for the overview table of the differences page, e.g."
        " '11 senators and 49 representatives, or nearly 60'; without it, the table gives"
        " their number.",
    )
    about: list[str] = required(
        REFS,
        "The records the point concerns.",
        refs=("actor", "agreement", "event", "quote", "source"),
    )
    versions: list[Version] = required(
        OBJECTS,
        "Each version, with the sources that give it.",
        item=Version,
        entries=2,  # a difference needs two versions
    )
    importance: str = spec(
        CHOICE,
        "How much the difference changes the story: 'high' (who did or asked what),"
        " 'medium' (numbers, dates, places) or 'low' (wording and titles).",
        choices={
            "high": "Changes the story",
            "medium": "Numbers, dates, places",
            "low": "Wording, titles",
        },
        default="medium",
    )
    note: str = spec(TEXT, "Why the difference matters, in fresh neutral words.")
    one_passage: bool = spec(
        BOOL,
        "True when the quotes it is about are one passage as several sources give it (e.g. a"
        " letter's request in three reports' words): a list that shows two or more of them"
        " puts them together, under a line that says so and links here.",
    )

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(sid for version in self.versions for sid in version.sources))


RECORD_KINDS: tuple[type[Record], ...] = (Source, Actor, Agreement, Event, Quote, Difference)
KIND_BY_NAME: dict[str, type[Record]] = {cls.kind: cls for cls in RECORD_KINDS}
KIND_BY_FOLDER: dict[str, type[Record]] = {cls.folder: cls for cls in RECORD_KINDS}
assert tuple(KIND_BY_NAME) == ANY_KIND, "fields.ANY_KIND lists the record kinds"


def shorten(text: str, width: int) -> str:
    """The text on one line, cut at a word with an ellipsis past `width` characters."""
    words = " ".join(text.split())
    if len(words) <= width:
        return words
    cut = words[:width].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.") + " …"


@dataclass(frozen=True, kw_only=True)
class Figure:
    """A number that sums up the episode, with where it comes from."""

    value: str = required(LINE, "The number as the sources give it, e.g. '43'.")
    label: str = required(LINE, "What it counts.")
    sources: list[str] = required(REFS, "Sources that give this number.", refs=("source",))


@dataclass(frozen=True, kw_only=True)
class TagName:
    """How the site shows a tag that lowercase letters would misspell."""

    tag: str = required(LINE, "The tag as records write it, e.g. 'us letter'.")
    name: str = required(
        LINE,
        "The tag as the site shows it, e.g. 'US letter': the same words, with their capitals"
        " and punctuation.",
    )


@dataclass(frozen=True, kw_only=True)
class Section:
    """A part of the home page's explanation, under its own heading."""

    heading: str = required(LINE, "The heading, e.g. 'Why it matters'.")
    text: str = required(TEXT, "The section's prose; blank lines separate paragraphs.")


@dataclass(frozen=True, kw_only=True)
class Side:
    """A group of actors shown together in "who stands where"."""

    name: str = required(
        LINE,
        "The group, as it reads mid-sentence: 'MPs who signed the appeal', 'opposition leader"
        " Karimli' (a title before a name and a proper name keep their capitals: 'President"
        " Aliyev', 'State Department'). Where it opens a line, its first letter is made a capital.",
    )
    actors: list[str] = required(REFS, "Its actors, in the order shown.", refs=("actor",))


@dataclass(frozen=True, kw_only=True)
class Stake:
    """Something the sides take positions on: a row of "who stands where"."""

    label: str = required(LINE, "A short heading, e.g. 'End the 1997 declaration'.")
    about: str = spec(
        REF,
        "The record it concerns; an agreement's own positions are shown too.",
        refs=("agreement", "event"),
    )
    positions: list[Position] = spec(
        OBJECTS, "Who wants what, beyond the positions recorded on the agreement.", item=Position
    )


@dataclass(kw_only=True)
class Episode:
    """The story the site explains: content/episode.yaml."""

    title: str = required(LINE, "The site's name.")
    tagline: str = spec(LINE, "One line under the title.")
    lede: str = spec(
        TEXT,
        "Who did what, when, in one or two sentences (at most about 60 words, 70 at most):"
        " shown first. Paragraphs of the home page hold at most 150 words.",
    )
    why_it_matters: str = spec(
        TEXT,
        "Why it matters, in a sentence or two (at most about 60 words), shown under the lede: what"
        " is at stake, and where things stand.",
    )
    summary: str = required(
        TEXT,
        "The episode in brief, citing records with [[id]]; the home page shows it when the"
        " episode has no sections.",
    )
    sections: list[Section] = spec(
        OBJECTS,
        "The explanation, in order: what happened, why it matters, how each side sees it,"
        " what the sources do not say.",
        item=Section,
    )
    period_start: PartialDate = required(
        DATE, "First day of the episode; earlier events are background."
    )
    period_end: PartialDate = required(DATE, "Last day of the episode; later events are aftermath.")
    figures: list[Figure] = spec(OBJECTS, "Key figures for the home page.", item=Figure)
    sides: list[Side] = spec(
        OBJECTS, "The groups of actors, in order, for the 'who stands where' table.", item=Side
    )
    stakes: list[Stake] = spec(
        OBJECTS,
        "What the sides take positions on: the rows of that table. Stakes listed one after"
        " the other on which the same actors take the same stances share a row. Under its"
        " lede, the home page shows every row at a glance.",
        item=Stake,
    )
    tag_names: list[TagName] = spec(
        OBJECTS,
        "Tags the site does not show with only a first capital: acronyms and the like"
        " ('us letter' as 'US letter', not 'Us letter').",
        item=TagName,
    )
    start_here: list[str] = spec(
        REFS,
        "Records a new reader should open first.",
        refs=("actor", "agreement", "event", "quote", "source", "difference"),
    )
    sources: list[str] = required(REFS, "Sources the summary relies on.", refs=("source",))
    path: str = field(default="", compare=False, repr=False)
    line: int = field(default=1, compare=False, repr=False)
