"""Small, named editorial checks over the resolved catalogue.

Each check looks at one rule a reviewer would otherwise have to remember.
They run after references are resolved, so they may follow them freely.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import model
from .dates import WEEKDAYS, first_day, in_words, last_day
from .errors import Problem
from .escape import paragraphs
from .fields import article
from .links import InlineLink, find_links, split_links
from .meta import short_name
from .order import after_loop, earliest, followed_day, is_later, reported_by
from .quotecheck import (
    cut,
    departing,
    fields_of_type,
    missing_from,
    normalise,
    pieces,
)
from .resolve import Catalog


def _at(record: model.Record | model.Episode, message: str) -> Problem:
    return Problem(record.path, record.line, 1, message)


def _written_at(start: tuple[int, int], path: str, words: str) -> tuple[int, int]:
    """Where `words` are written in the file at `path`, at or after `start`; `start`
    itself when the file cannot be read or does not hold them as written (escaped in a
    double-quoted YAML string, say)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError):
        return start
    for number in range(start[0] - 1, len(lines)):
        column = lines[number].find(words, start[1] - 1 if number == start[0] - 1 else 0)
        if column >= 0:
            return number + 1, column + 1
    return start


def actors_roles_and_countries(catalog: Catalog) -> Iterator[Problem]:
    """A role does not end before it starts; an actor's country is a state."""
    for actor in catalog.actors:
        for i, role in enumerate(actor.roles):
            if role.start.known and role.end.known and role.start.sort_key > role.end.sort_key:
                yield _at(actor, f"roles[{i}]: ends ({role.end}) before it starts ({role.start})")
        country = catalog.by_id.get(actor.country)
        if isinstance(country, model.Actor) and country.type != "state":
            yield _at(actor, f"country: '{actor.country}' is {country.type}, not a state")


def differences_have_versions_that_differ(catalog: Catalog) -> Iterator[Problem]:
    """At least two versions; two versions that say the same are one version with
    both sources, and a difference whose versions all say the same is no difference."""
    for difference in catalog.differences:
        said = [normalise(version.says).casefold() for version in difference.versions]
        if len(said) < 2:
            yield _at(difference, "versions: a difference needs at least two versions")
            continue
        if len(set(said)) == 1:
            message = "every version says the same; sources that agree are not a difference"
            yield catalog.problem(difference, "versions", message)
            continue
        for i, text in enumerate(said):
            if text in said[:i]:
                message = (
                    f"says the same as versions[{said.index(text)}]: list the sources of both"
                    " in one version"
                )
                yield catalog.problem(difference, f"versions[{i}].says", message)


def one_passage_is_quotes_of_one_speaker(catalog: Catalog) -> Iterator[Problem]:
    """A difference marked `one_passage` is about two quotes or more, by one speaker:
    lists show them together as one passage (see render.Page.blocks)."""
    for difference in catalog.differences:
        if not difference.one_passage:
            continue
        quotes = [q for r in difference.about if isinstance(q := catalog.by_id.get(r), model.Quote)]
        if len(quotes) < 2 or len({quote.speaker for quote in quotes}) > 1:
            message = (
                "a passage in several sources' words needs two quotes or more in `about`,"
                " by one speaker"
            )
            yield catalog.problem(difference, "one_passage", message)


def passages_are_in_their_document(catalog: Catalog) -> Iterator[Problem]:
    """A passage (`part_of`) appears word for word in its document, said by the same speaker."""
    for quote in catalog.quotes:
        if not quote.part_of:
            continue
        document = catalog.get(quote.part_of)
        assert isinstance(document, model.Quote)  # checks run once references resolve
        if not document.document:
            message = (
                f"'{document.id}' is not a document: set `document: true` on it, or quote"
                " the passage on its own"
            )
        elif quote.document:
            message = "a document cannot be part of another"
        elif document.speaker != quote.speaker:
            message = (
                f"'{document.id}' is by '{document.speaker}', this passage by '{quote.speaker}'"
            )
        else:  # `part_of` is right: the passage's words must be in the document
            text, what = normalise(document.text), f"its document '{document.id}'"
            if problem := departing(catalog, quote, text, what, "the document has"):
                yield problem
            continue
        yield catalog.problem(quote, "part_of", message)


def passages_name_their_document(catalog: Catalog) -> Iterator[Problem]:
    """A quote whose words are all in a whole text (`document: true`) by the same
    speaker is a passage of it: without `part_of`, its page would not link to the
    whole text, and the check that it is quoted word for word would be skipped."""
    documents: dict[str, list[tuple[model.Quote, str]]] = defaultdict(list)
    for quote in catalog.quotes:
        if quote.document:
            documents[quote.speaker].append((quote, normalise(quote.text)))
    for quote in catalog.quotes:
        if quote.part_of or quote.document or not documents.get(quote.speaker):
            continue
        wanted = pieces(quote.text)
        for document, text in documents[quote.speaker]:
            if wanted and missing_from(text, wanted) is None:
                message = (
                    f"these words are in '{document.id}', a whole text by the same speaker:"
                    f" add part_of: {document.id}"
                )
                yield catalog.problem(quote, "text", message)
                break


# Words in double quote marks, straight or typographic, on one line of prose.
_QUOTED = re.compile(r'"([^"\n]+)"|\u201c([^\u201d\n]+)\u201d')


def _recorded_words(catalog: Catalog) -> dict[str, list[str]]:
    """By source id: the quotes, names and titles that source records, normalised."""
    said = [(s.title, [s.id]) for s in catalog.sources]
    said += [(q.text, q.sources) for q in catalog.quotes]
    said += [(n.name, n.sources) for a in catalog.agreements for n in a.names]
    said += [(name, a.sources) for a in catalog.actors for name in [a.name, *a.other_names]]
    recorded: dict[str, list[str]] = defaultdict(list)
    for words, source_ids in said:
        normalised = normalise(words)
        for source_id in source_ids:
            recorded[source_id].append(normalised)
    return recorded


def _quotable(
    catalog: Catalog, recorded: dict[str, list[str]], owner: Any, record: Any, text: str
) -> tuple[list[str], set[str]]:
    """What prose may put in quote marks: the recorded words of the sources it cites (a
    version's own, else its record's, and any source it links to) and the text of any
    quote it links to."""
    cited = set(getattr(owner, "sources", None) or getattr(record, "sources", []))
    words: list[str] = []
    for link in find_links(text):
        target = catalog.by_id.get(link.target)
        if isinstance(target, model.Source):
            cited.add(target.id)
        elif isinstance(target, model.Quote):
            words.append(normalise(target.text))
    for source_id in sorted(cited):
        words.extend(recorded.get(source_id, []))
    return words, cited


def quote_marks_hold_recorded_words(catalog: Catalog) -> Iterator[Problem]:
    """Words in quote marks in prose (two or more: one word is as often a term as a
    quotation) are someone's recorded words: a quote's text, or a name or title, from a
    source the prose cites or a quote it links to. A source's own narration is told
    without quote marks, so that an outlet's words are never passed off as a speaker's;
    a source's `notes` may quote its own text and are not checked."""
    recorded: dict[str, list[str]] | None = None  # built at the first quotation: 0.08 s
    for record, name, text, owner in fields_of_type(catalog, model.TEXT):
        own_words = isinstance(record, model.Quote) and name == "text"
        if own_words or not text or isinstance(record, model.Source):
            continue
        matches = list(_QUOTED.finditer(text))
        if not matches:
            continue
        if recorded is None:
            recorded = _recorded_words(catalog)
        quotable, cited = _quotable(catalog, recorded, owner, record, text)
        for match in matches:
            words = normalise(match.group(1) or match.group(2))
            wanted = [p for p in (w.strip(" ,.;:") for w in model.OMISSION.split(words)) if p]
            if " " not in " ".join(wanted) or any(
                missing_from(said, wanted) is None for said in quotable
            ):
                continue
            opening = match.group(0)[0] + words.split()[0]
            message = (
                f'{name}: "{cut(words)}" is in quote marks but in no quote or name from the'
                f" sources it cites ({', '.join(sorted(cited)) or 'none'}): quote the"
                " recorded words, or tell a source's own words without quote marks"
            )
            at = _written_at(catalog.where(record, name), record.path, opening)
            yield Problem(record.path, *at, message)


# Titles before a person's name that leave the words naming the person: "MP Erkin Gadirli".
_TITLES = re.compile(
    r"^(?:(?:MP|President|(?:Foreign |Prime )?Minister|Secretary of State|Senator"
    r"|Congressman|Congresswoman|Ambassador|Mr|Mrs|Ms|Dr)\.? )+"
)


def links_show_fitting_words(catalog: Catalog) -> Iterator[Problem]:
    """A link whose words are a person's name opens that person's page, not one of their
    quotes (a reader clicking a name expects the person). A quote, event or difference
    is linked by words of the sentence: a bare [[id]] prints its title, a heading,
    mid-sentence. Both rules in one pass over the prose (0.03 s of CPU at 5,000 quotes)."""
    people = {
        name: actor.id
        for actor in catalog.actors
        if actor.type == "person"
        for name in (actor.name, *actor.other_names)
    }
    for record, name, text, _ in fields_of_type(catalog, model.TEXT):
        for link in find_links(text or ""):
            target = catalog.get(link.target)  # checks run once links resolve
            if link.label is None:
                if isinstance(target, (model.Quote, model.Event, model.Difference)):
                    shown = cut(short_name(catalog, target))
                    message = (
                        f'[[{link.target}]] prints "{shown}" mid-sentence: write'
                        f" [[{link.target}|the sentence's own words]]"
                    )
                    yield catalog.problem(record, name, message, link.target)
                continue
            person = people.get(_TITLES.sub("", link.label))
            if person is None or link.target == person:
                continue
            then = (
                f"the verb of saying to the quote, e.g. [[{link.target}|said]]"
                if isinstance(target, model.Quote)
                else f"other words of the sentence to the {target.kind}"
            )
            message = (
                f"'{link.label}' names a person, but this link opens '{link.target}',"
                f" {article(target.kind)} {target.kind}: link the name to the person,"
                f" [[{person}|{link.label}]], and {then}"
            )
            yield catalog.problem(record, name, message, link.target)


def period_in_order(catalog: Catalog) -> Iterator[Problem]:
    episode = catalog.episode
    if episode.period_start.sort_key > episode.period_end.sort_key:
        yield _at(episode, "period_end is before period_start")


def archive_is_a_file_name(catalog: Catalog) -> Iterator[Problem]:
    """An archive names a file inside the archive folder, never a path out of it."""
    for source in catalog.sources:
        name = source.archive
        if name and (name in (".", "..") or "/" in name or "\\" in name or ":" in name):
            message = f"'{name}' must be a file name in the archive folder, not a path"
            yield catalog.problem(source, "archive", message)


# Marks that open or close a quotation. Not ' or ’, which are also apostrophes.
QUOTE_MARKS = '"“”„‘«»‹›'
CITED_AS_WORDS = 8


def cited_as_is_a_few_plain_words(catalog: Catalog) -> Iterator[Problem]:
    """`cited_as` says in plain words what a text is, beside every claim it backs.
    In quote marks it would read as somebody's words (lists put only a source's own
    title in quote marks); at more than CITED_AS_WORDS words it would bury the claim."""
    for source in catalog.sources:
        if any(mark in source.cited_as for mark in QUOTE_MARKS):
            message = (
                f"'{source.cited_as}' has quote marks, which make it read as somebody's"
                " words: say plainly what the text is, e.g. Gaya Mammadov's commentary"
            )
            yield catalog.problem(source, "cited_as", message)
        elif len(words := source.cited_as.split()) > CITED_AS_WORDS:
            message = (
                f"{len(words)} words, and it is printed beside every claim the source backs:"
                f" say what the text is in {CITED_AS_WORDS} words or fewer, e.g. Report on"
                " the State Department's answer (what it alone gives goes in alone_gives)"
            )
            yield catalog.problem(source, "cited_as", message)


def after_is_an_earlier_event(catalog: Catalog) -> Iterator[Problem]:
    """`after` names an event (or quote) this one may have followed, and never goes
    round in a loop."""
    for kinds, records in (("events", catalog.events), ("quotes", catalog.quotes)):
        by_id = {r.id: r for r in records}
        for record in records:
            anchor = by_id.get(record.after)
            if anchor is None:
                continue
            if is_later(anchor.date, record.date):
                message = (
                    f"'{anchor.id}' is dated {anchor.date.human()}, later than this"
                    f" {record.kind} ({record.date.human()}): name {article(record.kind)}"
                    f" {record.kind} it followed"
                )
            elif (loop := after_loop(record, by_id)) and record.id == min(loop):
                message = f"the {kinds} go round in a loop ({' → '.join(loop)}): one of them"
                message += " must not name the next"
            else:
                continue
            yield catalog.problem(record, "after", message)


def before_bounds_an_undated_event(catalog: Catalog) -> Iterator[Problem]:
    """`before` places an event the sources give no date for, by a dated event."""
    for event in catalog.events:
        other = catalog.by_id.get(event.before)
        if not isinstance(other, model.Event):
            continue  # none set, or the reference check reports it
        if event.date.known:
            message = (
                f"this event is dated ({event.date.human()}): its date places it; remove `before`"
            )
        elif not other.date.known:
            message = f"'{other.id}' has no date either: name an event the sources date"
        else:
            continue
        yield catalog.problem(event, "before", message)


def weekday_fits_the_date(catalog: Catalog) -> Iterator[Problem]:
    """`weekday` narrows a date known to the month, and names a day of the week on
    which the event can have happened: one of its month, from the day of the event it
    followed (`after`) on, and by the day of the first source dated to the day that
    reports it; of a date known to the day, the day of the week it was."""
    for event in catalog.events:
        if not event.weekday:
            continue
        date, name = event.date, model.LABELS[event.weekday]
        first = earliest(event, catalog.by_id)
        by = reported_by(event, catalog.by_id)
        if date.precision == "day" and not date.approximate:
            was = WEEKDAYS[first_day(date).weekday()]
            if was == event.weekday:
                continue
            message = f"{date.human()} was a {model.LABELS[was]}: correct the date or the weekday"
        elif first is None:
            message = (
                f"a weekday narrows a date known to the month, and this one is"
                f" {date.human()}: give the month, or leave `weekday` out"
            )
        elif first > last_day(date):
            # Only the day of the event it followed can put it past its month.
            followed = catalog.by_id[event.after]
            assert isinstance(followed, model.Event)
            message = (
                f"no {name} of {date.human()} falls on or after {followed.date.human()},"
                f" the day of '{event.after}': check the date, `after` and the weekday"
            )
        elif by is not None and first > by:
            message = (
                f"the first {name} it can be is {in_words(first)}, after {in_words(by)}, the"
                " date of the first source dated to the day that reports it: check the"
                " date, `after`, the weekday and the sources"
            )
        else:
            continue
        yield catalog.problem(event, "weekday", message)


def not_after_closes_a_month(catalog: Catalog) -> Iterator[Problem]:
    """`not_after` bounds a date known to the month or year by a day within it, no
    earlier than the day the event followed (`after`) or the first day its `weekday`
    allows, and sooner than the first source dated to the day that reports it."""
    for event in catalog.events:
        if not event.not_after.known:
            continue
        day, date = first_day(event.not_after), event.date
        start = followed_day(event, catalog.by_id, None)
        first = earliest(event, catalog.by_id)
        by = reported_by(event, catalog.by_id)
        if not date.known or date.approximate or date.precision == "day":
            message = (
                f"a last day bounds a date known to the month or the year, and this one is"
                f" {date.human()}: leave `not_after` out"
            )
        elif not first_day(date) <= day <= last_day(date):
            message = f"{in_words(day)} is not in {date.human()}, the event's date"
        elif start is not None and day < start:
            message = (
                f"{in_words(day)} is before {in_words(start)}, the day of '{event.after}',"
                " which it followed: check `not_after` and `after`"
            )
        elif first is not None and day < first:
            message = (
                f"the first {model.LABELS[event.weekday]} it can be is {in_words(first)}, after"
                f" {in_words(day)}: check `not_after` and the weekday"
            )
        elif by is not None and by <= day:
            message = (
                f"a source of {in_words(by)} that reports it already puts it by then: leave"
                " `not_after` out"
            )
        else:
            continue
        yield catalog.problem(event, "not_after", message)


# A lede says who did what, when, and "why it matters" what is at stake, each in one
# or two sentences: about 60 words.
LEDE_MAX_WORDS = 70
# Paragraphs of a few sentences, never a wall.
PARAGRAPH_MAX_WORDS = 150


def shown_words(catalog: Catalog, text: str) -> int:
    """How many words `text` shows on the page, links read as their words."""
    words = 0
    for piece in split_links(text):
        if isinstance(piece, InlineLink):
            record = catalog.by_id.get(piece.target)
            piece = piece.label or (short_name(catalog, record) if record else piece.target)
        words += len(piece.split())
    return words


def episode_prose_is_readable(catalog: Catalog) -> Iterator[Problem]:
    episode = catalog.episode
    opening = {
        "lede": "a lede says who did what, when",
        "why_it_matters": "'why it matters' says what is at stake",
    }
    for name, says in opening.items():
        if (words := shown_words(catalog, getattr(episode, name))) > LEDE_MAX_WORDS:
            message = (
                f"{words} words; {says}, in at most about 60"
                f" (the limit is {LEDE_MAX_WORDS}): move the rest to a section"
            )
            yield catalog.problem(episode, name, message)
    texts = [(name, getattr(episode, name)) for name in ("lede", "why_it_matters", "summary")]
    texts += [(f"sections[{i}].text", s.text) for i, s in enumerate(episode.sections)]
    for field_path, text in texts:
        for number, paragraph in enumerate(paragraphs(text), 1):
            if (words := shown_words(catalog, paragraph)) > PARAGRAPH_MAX_WORDS:
                message = (
                    f"paragraph {number} has {words} words, over {PARAGRAPH_MAX_WORDS}:"
                    " split it with a blank line"
                )
                yield catalog.problem(episode, field_path, message)


def episode_parts_are_distinct(catalog: Catalog) -> Iterator[Problem]:
    episode = catalog.episode
    for parts, what in (("sections", "heading"), ("sides", "name"), ("stakes", "label")):
        first: dict[str, int] = {}
        for i, part in enumerate(getattr(episode, parts)):
            value = getattr(part, what)
            earlier = first.setdefault(" ".join(value.casefold().split()), i)
            if earlier != i:
                message = f"{what} '{value}' is already used by {parts}[{earlier}].{what}"
                yield catalog.problem(episode, f"{parts}[{i}].{what}", message)
    side_of: dict[str, str] = {}
    for i, side in enumerate(episode.sides):
        for j, actor in enumerate(side.actors):
            if actor in side_of:
                message = f"'{actor}' is already in {side_of[actor]}: an actor stands in one side"
                yield catalog.problem(episode, f"sides[{i}].actors[{j}]", message)
            else:
                side_of[actor] = f"sides[{i}] ({side.name})"


def tag_names_spell_their_tags(catalog: Catalog) -> Iterator[Problem]:
    """A tag's name shows the same words as the tag, only with capitals and punctuation."""
    used = {tag for event in catalog.events for tag in event.tags}
    used.update(tag for quote in catalog.quotes for tag in quote.tags)
    for i, shown in enumerate(catalog.episode.tag_names):
        if shown.tag not in used:
            message = f"no event or quote has the tag '{shown.tag}'"
            yield catalog.problem(catalog.episode, f"tag_names[{i}].tag", message)
        elif _letters(shown.name) != _letters(shown.tag):
            message = (
                f"'{shown.name}' is not '{shown.tag}' written otherwise:"
                " change only its capitals and punctuation"
            )
            yield catalog.problem(catalog.episode, f"tag_names[{i}].name", message)


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def stakes_have_positions(catalog: Catalog) -> Iterator[Problem]:
    """Every row of "who stands where" has something to show, for actors it shows."""
    episode = catalog.episode
    in_sides = {actor for side in episode.sides for actor in side.actors}
    for i, stake in enumerate(episode.stakes):
        if not catalog.positions_on(stake):
            message = (
                f"stakes[{i}]: no positions to show: list them under 'positions', or set"
                " 'about' to an agreement whose positions are recorded"
            )
            yield Problem(episode.path, *catalog.where(episode, f"stakes[{i}].label"), message)
        for j, position in enumerate(stake.positions):
            if position.actor not in in_sides:
                message = f"'{position.actor}' is in none of the sides: add it to one under 'sides'"
                yield catalog.problem(episode, f"stakes[{i}].positions[{j}].actor", message)


CHECKS = (
    actors_roles_and_countries,
    differences_have_versions_that_differ,
    one_passage_is_quotes_of_one_speaker,
    passages_are_in_their_document,
    passages_name_their_document,
    quote_marks_hold_recorded_words,
    links_show_fitting_words,
    period_in_order,
    archive_is_a_file_name,
    cited_as_is_a_few_plain_words,
    after_is_an_earlier_event,
    before_bounds_an_undated_event,
    weekday_fits_the_date,
    not_after_closes_a_month,
    episode_prose_is_readable,
    episode_parts_are_distinct,
    stakes_have_positions,
    tag_names_spell_their_tags,
)


def run_checks(catalog: Catalog) -> list[Problem]:
    return [problem for check in CHECKS for problem in check(catalog)]
