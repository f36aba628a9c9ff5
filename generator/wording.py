"""How pages put records into words, whatever the episode: an actor's part in an
event ("wrote it"), a name mid-line ("the US senators"), an agreement by its year
and kind ("the 1997 declaration"), a source's short citation."""

from __future__ import annotations

import re

from . import model
from .meta import clip, quoted

# The parts in an event that the documentation of Participant.role names, in the
# words an actor's list of events gives them (see Page.part); "" leaves one out.
PARTS = {
    "subject": "its subject",
    "speaker": "",
    "author": "wrote it",
    "addressee": "its addressee",
    "signatory": "signed it",
    "party": "a party to it",
    "participant": "took part",
    "host": "the host",
    "publisher": "published it",
    "questioner": "asked the question",
    "decision-maker": "made the decision",
}


# The parts after an event in an actor's own list, with its name: "(it concerns Aliyev)", as
# "(its subject)" read as a table's column; passive or past, alike for one actor or a group.
LISTED_PARTS = {
    "subject": "it concerns {}",
    "addressee": "addressed to {}",
    "author": "written by {}",
    "signatory": "signed by {}",
    "party": "with {} among its parties",
    "participant": "{} took part",
    "host": "hosted by {}",
    "publisher": "published by {}",
    "questioner": "{} asked the question",
    "decision-maker": "{} made the decision",
}


# The parts that make what an event produced the actor's own: "For: US lawmakers
# (wrote it)" at a glance (see Page.glance).
OWN = ("wrote it", "signed it", "published it")


# A side of "who stands where" that no source records a position for: the sources are
# silent, which is not nobody holding one ("none in the sources" read as "nobody"), and
# silent on that side only ("the sources name no one" read as if they said nothing at all).
NONE_ON_RECORD = "no one quoted in the sources"


# The parts that a title naming the actor does not say: "The 2020 war over Nagorno-Karabakh"
# names Armenia, not that it was a party.
UNSAID = ("party", "participant", "host")


def comparable(text: str) -> str:
    """Text as `Page._named_in` compares names: casefolded, "U.S." as "us"."""
    return text.replace(".", "").casefold()


# What leads a name without naming it: "the", "a group of", "43", "nearly 60".
_LEAD = re.compile(r"^(?:(?:a group of|the|an?|nearly|some|about|\d+)\s+)+")


# What follows a name's head: "... who wrote to Blinken".
_TAIL = re.compile(r"\s+(?:who|that|which)\s.*$")


def name_head(name: str) -> str:
    """A name as a title may say it: "the US senators and representatives who
    wrote to Blinken" → "us senators and representatives"."""
    return _TAIL.sub("", _LEAD.sub("", comparable(name).strip()))


def title_says(title: str, part: str) -> bool:
    """Whether an event's title says a member's part already: the part's verb ("cited
    by {}", "cites it") in any regular form ("cited in the US letter")."""
    verb = part.split()[0]
    ending = re.compile(r"(?:es|ed|s)$")  # a regular one: "cites", "cited" → "cit"
    stems = {ending.sub("", word) for word in re.findall(r"\w+", title.casefold())}
    return verb not in ("by", "about") and ending.sub("", verb.casefold()) in stems


def verb_said(title: str, part: str) -> bool:
    """Whether `part` is a verb and "it" ("cites it", not "a party to it") the title says."""
    words = part.split()
    return len(words) == 2 and words[1] == "it" and title_says(title, part)


# The parts in which a state's people and bodies acted in an event, named after it on the
# state's page: "US lawmakers write to Blinken (by the US senators...)" (see Page.via).
ACTING = PARTS.keys() - {"subject", "addressee"} | {"enacted it"}


# A state's member in an event it did not act in, after the event on the state's page:
# "(about the US senators...)"; a part not here follows the name (see Page.via).
MEMBER_PARTS = {
    "subject": "about {}",
    "addressee": "addressed to {}",
    "accused": "accusing {}",
    "cites it": "cited by {}",
}


# The kinds of actor whose names take "the" in a line: "members of the Milli Majlis".
INSTITUTIONS = ("legislature", "government-body")


def mid_label(label: str) -> str:
    """A stake's label mid-line: "talks on new agreements"; "USAID's work" stays."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def takes_the(record: model.Record, name: str) -> bool:
    """Whether `name`, a body's or a state's named by a common noun ("the United
    States", not "Azerbaijan" or "NATO"), takes "the" in a line."""
    if not isinstance(record, model.Actor) or name.casefold().startswith("the "):
        return False
    if record.type in ("state", "organisation", "political-party"):
        return not COMMON_NOUNS.isdisjoint(name.split())
    return record.type in INSTITUTIONS


# The words that make a state's or an organisation's name take "the": "the United
# Kingdom", "the Council of Europe", "the Popular Front Party".
COMMON_NOUNS = frozenset(
    ("States", "Kingdom", "Republic", "Union", "Emirates", "Islands", "Nations", "Council")
    + ("Assembly", "Group", "Community", "Rapporteur", "Party", "Organization", "Committee")
)


# The words of links to further quotes that have no title (see Page.also).
FURTHER = ("another quote", "a third quote", "a fourth quote", "a fifth quote", "a sixth quote")


def by_year(agreement: model.Agreement) -> str:
    """ "the 1997 declaration", if the sources give the year; else nothing."""
    kind = model.LABELS[agreement.type].lower()
    date = agreement.date
    if date.year is None or date.approximate or " " in kind:
        return ""
    return f"the {date.year} {kind}"


def mid_line(name: str) -> str:
    """A name as it reads after others in a line: "the US senators", not "The...";
    "an unnamed spokesperson", not "An..."."""
    head, space, rest = name.partition(" ")
    return f"{head.lower()} {rest}" if space and head in ("The", "An", "A") else name


def with_the(record: model.Record, name: str) -> str:
    """A record's `name` mid-line, with "the" where it takes one: "the Milli Majlis"."""
    return mid_line(f"the {name}" if takes_the(record, name) else name)


# Characters of an inline citation of a source without an outlet, by its title.
SHORT_CITATION = 36


def citation(source: model.Source, short: bool = False, dated: bool = True) -> str:
    """How a source is cited inline: outlet and date (the outlet alone if not `dated`), or
    its title; `short`, what the text is (`cited_as`, in no quote marks, which would make it
    somebody's words) as it reads in a sentence ("from the report on ...", not "from Report
    on ..."), else its title cut, in quote marks."""
    if source.outlet != "unknown":
        known = dated and source.date.known
        return f"{source.outlet}, {source.date.human()}" if known else source.outlet
    if short and source.cited_as:
        first, _, rest = source.cited_as.partition(" ")
        kind = model.LABELS.get(source.type, source.type).lower().split()
        return f"the {first.lower()} {rest}" if first.lower() in kind else source.cited_as
    return quoted(clip(source.title, SHORT_CITATION)) if short else source.title


def its(state: model.Actor, member: model.Actor) -> str:
    """A state's body as the state's own, its name without the state's: "its Ministry
    of Defense" (of "... of the Republic of Azerbaijan"); another member by its name."""
    name = member.display_name
    if member.type in INSTITUTIONS:
        state_name = re.escape(state.display_name)
        # "United States Department of ...", "... of the Republic of Azerbaijan"
        before = rf"^(?:the )?{state_name} (?=[A-Z])"
        after = rf"\s+of\s+(?:the\s+)?(?:[A-Z]\w*\s+of\s+)?{state_name}$"
        short = re.sub(f"{before}|{after}", "", name)
        if short != name and short:
            return f"its {short}"
    return with_the(member, name)
