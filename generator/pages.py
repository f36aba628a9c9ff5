"""The site's pages: which pages there are, at which paths, from which templates,
and what each template is given beyond `page`, `catalog` and `episode` (one
typed context per kind of page), with each page's front matter: description,
search settings, dates. What each page lists, in what order, is worked out here;
how it is put into words is render.py's, wording.py's and stances.py's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, dataclass_transform

from . import meta, model, order, search, timeline_svg, urls
from .escape import Md, line_start, typographic
from .history import History
from .order import UNDATED
from .resolve import Catalog
from .stances import (
    Ending,
    Stances,
    agreement_ties,
    ended_by,
    positions_by_actor,
    through,
    who_stands_where,
)

# Listings of records found on their own pages, left out of the search index, which would
# hold every quote twice or more; not a difference's, its only page, nor who stands where.
NOT_SEARCHED = meta.LISTINGS.keys() - {urls.DIFFERENCES, urls.POSITIONS}
# The home page hides its sidebar, which would list it alone, for room on its first screen;
# who stands where, a table with no headings, its empty contents column.
HIDDEN = {urls.HOME: ["navigation"], urls.POSITIONS: ["toc"]}


def plan_site(
    catalog: Catalog, summaries: dict[str, str], history: History | None = None
) -> dict[str, Job]:
    """What to render: every file's job, by its path under docs/, a record page
    dated by its content file's last commit where there is a `history`."""
    jobs: dict[str, Job] = {}
    descriptions = meta.page_descriptions(catalog, summaries)
    boosts = search.boosts(catalog)

    def emit(
        path: str, template: str, context: Context, record: Any = None, tags: Sequence[str] = ()
    ) -> None:
        head: dict[str, Any] = {"description": descriptions[path]}
        if path in NOT_SEARCHED:
            head["search"] = {"exclude": True}
        elif path == urls.DIFFERENCES:
            head["search"] = {"boost": search.BOOST}
        elif isinstance(record, model.Record) and record.id in boosts:
            head["search"] = {"boost": boosts[record.id]}
        if path in HIDDEN:
            head["hide"] = HIDDEN[path]

        if isinstance(record, model.Record) and history and record.path in history.changed:
            head["changed"] = history.changed[record.path]
            if record.path in history.added:
                head["added"] = history.added[record.path]
        jobs[path] = Job(path, template, record, tags, context, head)

    # Each export is a job too, so that a forked process makes it alongside pages.
    for cls in model.RECORD_KINDS:
        path = f"{urls.DATA_FOLDER}/{cls.folder}.json"
        jobs[path] = Job(path, "", None, [], Context(), {}, export=cls.folder)

    graphic = timeline_svg.graphic(catalog, urls.HOME)
    stances = who_stands_where(catalog)
    home = HomePage(timeline_graphic=graphic, stances=stances)
    emit(urls.HOME, "home.md.j2", home, catalog.episode)
    graphic = timeline_svg.graphic(catalog, urls.TIMELINE)
    emit(urls.TIMELINE, "timeline.md.j2", TimelinePage(timeline_graphic=graphic))
    positions = who_stands_where(catalog, full=True)
    emit(urls.POSITIONS, "positions.md.j2", PositionsPage(stances=positions))
    emit(urls.section_index("actor"), "actors.md.j2", ActorsPage(groups=actor_groups(catalog)))
    about = {stake.about for stake in catalog.episode.stakes}
    at_stake = [a for a in catalog.agreements if a.id in about]
    agreements = AgreementsPage(
        positions=bool(positions.rows),
        at_stake=at_stake,
        others=[a for a in catalog.agreements if a.id not in about],
        ending=ended_by(catalog, at_stake),
    )
    emit(urls.section_index("agreement"), "agreements.md.j2", agreements)
    parts = catalog.timeline
    dated = [event for heading, events in parts if heading != UNDATED for event in events]
    undated = [event for heading, events in parts if heading == UNDATED for event in events]
    emit(urls.section_index("event"), "events.md.j2", EventsPage(events=dated, undated=undated))
    emit(urls.section_index("source"), "sources.md.j2", Context())
    speakers = SpeakersPage(speakers=speakers_in_order(catalog))
    emit(urls.QUOTES_BY_SPEAKER, "quotes_by_speaker.md.j2", speakers)
    # The story's events first: words about 1992 were said in the row, met first.
    quoted = [e for e in catalog.events if e.id in catalog.quotes_by_event]
    by_event = QuotesByEventPage(
        story=[e for e in quoted if e.id not in catalog.background],
        earlier=[e for e in quoted if e.id in catalog.background],
        unplaced=[q for q in catalog.quotes if not q.event],
    )
    emit(urls.QUOTES_BY_EVENT, "quotes_by_event.md.j2", by_event)
    differences = DifferencesPage(differences=differences_by_weight(catalog))
    emit(urls.DIFFERENCES, "differences.md.j2", differences)

    # A tag is shown with a capital, or as the episode's tag_names spell it, its
    # quote marks typographic as in the text beside it ("MPs’ appeal").
    named = {tag.tag: tag.name for tag in catalog.episode.tag_names}

    def emit_record(record: model.Record, context: Context) -> None:
        tags = getattr(record, "tags", [])  # a source has none
        shown = [typographic(named.get(tag) or line_start(tag)) for tag in tags]
        emit(urls.record_page(record), f"{record.kind}.md.j2", context, record, shown)

    ties, held = agreement_ties(catalog), positions_by_actor(catalog)
    # Where an actor has no event and no words of its own, the words that name it
    # are why it is on the site at all (France, in the MPs' letter).
    unheard = [
        actor
        for actor in catalog.actors
        if actor.id not in catalog.events_by_actor and actor.id not in catalog.quotes_by_speaker
    ]
    naming = named_in(catalog, unheard)
    for actor in catalog.actors:
        # A state's page lists its people and bodies, and its events and agreements through them.
        state = actor.type == "state"
        mine = [a for a in catalog.actors if a.country == actor.id] if state else []
        events = events_through(catalog, actor, mine)
        context = ActorPage(
            actor=actor,
            agreement_ties=through(ties, actor, mine),
            stands=held.get(actor.id, []),
            members=mine,
            events=events,
            named_in=[] if events else naming.get(actor.id, []),
        )
        emit_record(actor, context)
    for agreement in catalog.agreements:
        # A quote printed under a position is not listed again below the positions,
        # nor a whole document where a passage of it on the agreement is shown.
        above = frozenset(q for position in agreement.positions for q in position.quotes)
        listed = catalog.quotes_by_agreement.get(agreement.id, [])
        printed = [*listed, *(catalog.get(q) for q in above)]
        passages = {q.part_of for q in printed if isinstance(q, model.Quote)}
        others = [q for q in listed if q.id not in above and q.id not in passages]
        emit_record(agreement, AgreementPage(agreement=agreement, quotes=others, above=above))
    for event in catalog.events:
        emit_record(event, EventPage(event=event))
    for quote in catalog.quotes:
        emit_record(quote, QuotePage(quote=quote))
    for source in catalog.sources:
        emit_record(source, SourcePage(source=source))
    return jobs


class Job(NamedTuple):
    """One file to make: a page from a template, or a JSON `export` of the
    catalogue's records of one kind (the catalogue's name for them)."""

    path: str
    template: str
    record: Any
    tags: Sequence[str]
    context: Context
    head: dict[str, Any]
    export: str = ""


@dataclass_transform(frozen_default=True, kw_only_default=True)
@dataclass(frozen=True, kw_only=True)
class Context:
    """The names a page template is given beyond `page`, `catalog` and `episode`: declared
    here, one class per kind of page, and type-checked, not passed as loose keywords."""

    def __init_subclass__(cls) -> None:  # each kind of page a frozen dataclass too
        dataclass(frozen=True, kw_only=True)(cls)


class HomePage(Context):
    timeline_graphic: Md
    stances: Stances


class TimelinePage(Context):
    timeline_graphic: Md  # the events themselves: catalog.timeline


class EventsPage(Context):
    events: list[model.Event]  # those with a known date, in the timeline's order
    undated: list[model.Event]  # the rest, listed under a heading that says so


class SpeakersPage(Context):
    speakers: list[model.Actor]  # those with quotes, in the order they first speak


class ActorsPage(Context):
    groups: list[tuple[str, list[tuple[str, list[model.Actor]]]]]


class PositionsPage(Context):
    stances: Stances  # every stake's row, with the actors in no side as "Others"


class AgreementsPage(Context):
    positions: bool  # whether the positions page has any, to point to it
    at_stake: list[model.Agreement]  # those a stake of the episode is about
    others: list[model.Agreement]  # the other instruments the texts mention
    # each actor wanting some of at_stake ended, and where its words ask for more
    ending: list[Ending]


class QuotesByEventPage(Context):
    story: list[model.Event]  # the episode's events with quotes, in the timeline's order
    earlier: list[model.Event]  # the background's, about which words were said later
    unplaced: list[model.Quote]  # tied to no event


class DifferencesPage(Context):
    differences: list[model.Difference]


class ActorPage(Context):
    actor: model.Actor
    agreement_ties: list[tuple[list[str], list[str]]]
    stands: list[tuple[list[model.Stake], list[model.Position]]]
    members: list[model.Actor]  # a state's people and bodies (their `country`)
    events: list[tuple[model.Event, list[tuple[str, str]]]]  # each with (member, part) via whom
    named_in: list[model.Quote]  # the quoted words that name it, where it has no event nor words


class AgreementPage(Context):
    agreement: model.Agreement
    quotes: list[model.Quote]  # about it, but for those its positions print
    above: frozenset[str]  # the ids of the quotes its positions print


class EventPage(Context):
    event: model.Event


class QuotePage(Context):
    quote: model.Quote


class SourcePage(Context):
    source: model.Source


def differences_by_weight(catalog: Catalog) -> list[model.Difference]:
    """The differences as the differences page lists them: by `importance`, those about
    the episode before those about its background only, then by point."""
    weights = model.field_specs(model.Difference)["importance"]["choices"]
    start = catalog.episode.period_start.sort_key

    def background(difference: model.Difference) -> bool:
        records = map(catalog.get, difference.about)
        dates = [r.date for r in records if isinstance(r, model.Event | model.Quote)]
        known = [date.sort_key for date in dates if date.known]
        return bool(known) and max(known) < start

    return sorted(
        catalog.differences,
        key=lambda d: (weights.index(d.importance), background(d), d.point.casefold(), d.id),
    )


def speakers_in_order(catalog: Catalog) -> list[model.Actor]:
    """The actors with quotes, in the order they first speak, so that who started the row
    comes before who answered it; words about a background event count after the events."""
    last = len(catalog.events)

    def place(quote: model.Quote) -> tuple[int, tuple[int, int, int], str]:
        background = quote.event in catalog.background
        rank = last if background else catalog.event_rank.get(quote.event, last)
        return rank, order.reading_key(quote.date), quote.id

    def first(actor: model.Actor) -> tuple[int, tuple[int, int, int], str]:
        return min(place(quote) for quote in catalog.quotes_by_speaker[actor.id])

    return sorted((a for a in catalog.actors if a.id in catalog.quotes_by_speaker), key=first)


def actor_groups(catalog: Catalog) -> list[tuple[str, list[tuple[str, list[model.Actor]]]]]:
    """Actors by type, then by country (actors with no country last)."""
    by_type: dict[str, dict[str, list[model.Actor]]] = {}
    for actor in catalog.actors:
        country = catalog.get(actor.country).display_name if actor.country else ""
        by_type.setdefault(actor.type, {}).setdefault(country, []).append(actor)
    return [
        (label, sorted(by_type[kind].items(), key=lambda item: (item[0] == "", item[0].casefold())))
        for kind, label in model.ACTOR_TYPE_PLURALS.items()
        if kind in by_type
    ]


def events_through(
    catalog: Catalog, actor: model.Actor, members: Sequence[model.Actor]
) -> list[tuple[model.Event, list[tuple[str, str]]]]:
    """The events an actor took part in, and, for a state, those its members took part in,
    each with those members and their parts: the US lawmakers' letter on the state's page."""
    via: dict[str, list[tuple[str, str]]] = {
        e.id: [] for e in catalog.events_by_actor.get(actor.id, [])
    }
    for member in members:
        for event in catalog.events_by_actor.get(member.id, []):
            if via.get(event.id) != []:  # its own part says enough
                role = next(p.role for p in event.actors if p.actor == member.id)
                via.setdefault(event.id, []).append((member.id, role))
    return [(e, via[e.id]) for e in catalog.events if e.id in via]


def named_in(catalog: Catalog, actors: Sequence[model.Actor]) -> dict[str, list[model.Quote]]:
    """For each of `actors`, the quotes whose words name it (not its own, nor those addressed
    to it), a whole text's passages rather than the text; a longer name that holds it wins.
    Only those names are sought: all 500 actors' made it 0.6 s at 5,000 quotes."""
    wanted = {name for actor in actors for name in (actor.name, *actor.other_names)}
    names = {
        name: actor.id
        for actor in catalog.actors
        for name in (actor.name, *actor.other_names)
        if any(part in name for part in wanted)
    }
    found: dict[str, list[model.Quote]] = {actor.id: [] for actor in actors}
    if not names:
        return found
    longest_first = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, longest_first)) + r")\b")
    for quote in catalog.quotes:
        for actor_id in dict.fromkeys(names[m.group()] for m in pattern.finditer(quote.text)):
            if actor_id in found and actor_id not in (quote.speaker, quote.addressee):
                found[actor_id].append(quote)
    for actor_id, quotes in found.items():
        passages_of = {quote.part_of for quote in quotes if quote.part_of}
        found[actor_id] = [quote for quote in quotes if quote.id not in passages_of]
    return found
