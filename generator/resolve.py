"""The catalogue: records by id, every reference checked, backlinks computed.

References are resolved in their own pass, after every file is loaded, so a
dangling id is reported with where it was written, what kind it should be, and
the nearest existing ids.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from . import model, urls
from .errors import MAX_PER_FILE, Problem
from .fields import ANY_KIND, and_list, article, did_you_mean, id_of, references_of
from .load import Holder, Loaded, link_place
from .order import BACKGROUND, quotes_in_order, timeline_parts

# The path of a field that cites its record's sources: `sources[0]`, or an entry's,
# `versions[1].sources[0]`; not a [[link]] in a text such as `context`.
_CITING = re.compile(r"(?:^|\.)sources\[\d+\]$")


@dataclass
class Catalog:
    episode: model.Episode
    by_id: dict[str, model.Record]
    # Derived views, each sorted so that output is deterministic.
    sources: list[model.Source] = field(default_factory=list)
    actors: list[model.Actor] = field(default_factory=list)
    agreements: list[model.Agreement] = field(default_factory=list)
    events: list[model.Event] = field(default_factory=list)
    # The events under the timeline's headings (see order.timeline_parts): the
    # timeline page shows them so; `events` is the same events, in the same order.
    timeline: list[tuple[str, list[model.Event]]] = field(default_factory=list)
    # The events the timeline lists in its background: before the period, or placed
    # there by their `before`. Words about them were said later, in the episode.
    background: set[str] = field(default_factory=set)
    event_rank: dict[str, int] = field(default_factory=dict)  # an event's place in `events`
    quotes: list[model.Quote] = field(default_factory=list)
    differences: list[model.Difference] = field(default_factory=list)
    referrers: dict[str, list[model.Record]] = field(default_factory=dict)
    quotes_by_speaker: dict[str, list[model.Quote]] = field(default_factory=dict)
    quotes_by_event: dict[str, list[model.Quote]] = field(default_factory=dict)
    quotes_by_agreement: dict[str, list[model.Quote]] = field(default_factory=dict)
    events_by_actor: dict[str, list[model.Event]] = field(default_factory=dict)
    events_by_agreement: dict[str, list[model.Event]] = field(default_factory=dict)
    differences_by_record: dict[str, list[model.Difference]] = field(default_factory=dict)
    # The records whose `sources` (or an entry's) name each source, by the source's id.
    cited_by: dict[str, list[model.Record]] = field(default_factory=dict)
    # Where each field of each record was written: places[id]["text"] == (line, column).
    places: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)

    def get(self, record_id: str) -> model.Record:
        return self.by_id[record_id]

    def positions_on(self, stake: model.Stake) -> list[model.Position]:
        """A stake's positions: its own, then those of the agreement it is about."""
        about = self.by_id.get(stake.about)
        return [*stake.positions, *(about.positions if isinstance(about, model.Agreement) else [])]

    def where(
        self, holder: model.Record | model.Episode, field_path: str, link: str = ""
    ) -> tuple[int, int]:
        """Where a field of a record or the episode is written, or its [[link]] to the
        id `link`, else the holder's first line."""
        key = holder.id if isinstance(holder, model.Record) else urls.EPISODE
        places = self.places.get(key, {})
        field = places.get(field_path, (holder.line, 1))
        return places.get(link_place(field_path, link), field) if link else field

    def problem(
        self, holder: model.Record | model.Episode, field_path: str, message: str, link: str = ""
    ) -> Problem:
        """A problem with a field (e.g. 'sections[1].heading'), or with its [[link]] to
        the id `link`, told after the field's path and located where it is written."""
        place = self.where(holder, field_path, link)
        return Problem(holder.path, *place, f"{field_path}: {message}")


def resolve(loaded: Loaded) -> tuple[Catalog | None, list[Problem]]:
    """Index the loaded records and check every reference between them."""
    problems: list[Problem] = []
    by_id: dict[str, model.Record] = {}
    for record in sorted(loaded.records, key=lambda r: (r.path, r.line)):
        other = by_id.setdefault(record.id, record)
        if other is not record:
            message = (
                f"id '{record.id}' is already used by {other.path}:{other.line}"
                f" ({other.kind}); ids must be unique across all kinds"
            )
            problems.append(Problem(record.path, record.line, 1, message))

    known_kinds = loaded.broken | {rid: r.kind for rid, r in by_id.items()}

    # The ids of the records naming each record (not itself), in the order first named;
    # and of those naming it in a `sources` field (theirs, or one of their entries').
    named_by: dict[str, dict[str, None]] = defaultdict(dict)
    cites: dict[str, dict[str, None]] = defaultdict(dict)
    # Who names what: each record, those that failed to load (by the fields that were
    # read, so that a wrong id is told in the same run as what broke the record; they
    # name no one), then the episode.
    holders: list[Holder] = [
        (record_id, r.path, r.line, loaded.places.get(record_id, {}), references_of(r))
        for record_id, r in by_id.items()
    ]
    holders = sorted([*holders, *loaded.partial], key=lambda holder: holder[1:3])
    if loaded.episode is not None:
        episode = loaded.episode
        places = loaded.places.get(urls.EPISODE, {})
        holders.append((urls.EPISODE, episode.path, episode.line, places, references_of(episode)))
    for holder_id, path, line, places, references in holders:
        reported = len(problems)
        for field_path, target, allowed in references:
            found = known_kinds.get(target)
            if found in allowed:
                if holder_id not in (None, urls.EPISODE, target):
                    named_by[target][holder_id] = None
                    if _CITING.search(field_path):
                        cites[target][holder_id] = None
                continue
            if found is None:
                # Past the problems shown for a file, no need to look for a suggestion.
                shown = len(problems) - reported < MAX_PER_FILE
                candidates = [i for i, k in known_kinds.items() if k in allowed] if shown else []
                message = _unknown(field_path, target, allowed, candidates)
            else:
                message = (
                    f"{field_path}: '{target}' is {article(found)} {found},"
                    f" but this field takes {id_of(allowed)}"
                )
            place = places.get(link_place(field_path, target), places.get(field_path, (line, 1)))
            problems.append(Problem(path, *place, message))

    if loaded.episode is None or problems or loaded.problems:
        return None, problems
    catalog = _index(loaded.episode, by_id, named_by, cites)
    catalog.places = loaded.places
    return catalog, problems


def _index(
    episode: model.Episode,
    by_id: dict[str, model.Record],
    named_by: dict[str, dict[str, None]],
    cites: dict[str, dict[str, None]],
) -> Catalog:
    catalog = Catalog(episode=episode, by_id=by_id)
    of: dict[str, list[Any]] = defaultdict(list)  # the records of each kind
    for record in by_id.values():
        of[record.kind].append(record)
    catalog.sources = sorted(of["source"], key=lambda s: (s.date.sort_key, s.id))
    catalog.actors = sorted(of["actor"], key=lambda a: (a.name.casefold(), a.id))
    catalog.agreements = sorted(of["agreement"], key=lambda a: (a.date.sort_key, a.id))
    # In the timeline's order, so that every list of events reads as the timeline does.
    catalog.timeline = timeline_parts(of["event"], episode, by_id)
    catalog.background = {e.id for part, es in catalog.timeline if part == BACKGROUND for e in es}
    catalog.events = [event for _, events in catalog.timeline for event in events]
    catalog.event_rank = {event.id: i for i, event in enumerate(catalog.events)}
    catalog.quotes = quotes_in_order(of["quote"])
    catalog.differences = sorted(of["difference"], key=lambda d: d.id)

    # What names a record is listed in the order a reader wants it: the events
    # (as the timeline has them), the quotes, the differences, then the agreements,
    # the actors and the sources, each kind in its list's order.
    kinds = ("events", "quotes", "differences", "agreements", "actors", "sources")
    order = {r.id: i for i, r in enumerate(r for kind in kinds for r in getattr(catalog, kind))}

    def in_order(ids: Iterable[str]) -> list[model.Record]:
        return [by_id[i] for i in sorted(ids, key=order.__getitem__)]

    catalog.referrers = {target: in_order(ids) for target, ids in named_by.items()}
    # A source's page lists what cites it; what only names it in its text is
    # "also mentioned in" (see `referrers`).
    catalog.cited_by = {
        target: in_order(i for i in ids if by_id[i].kind != "source")
        for target, ids in cites.items()
        if by_id[target].kind == "source"
    }

    for quote in catalog.quotes:
        catalog.quotes_by_speaker.setdefault(quote.speaker, []).append(quote)
        if quote.event:
            catalog.quotes_by_event.setdefault(quote.event, []).append(quote)
        for agreement_id in quote.agreements:
            catalog.quotes_by_agreement.setdefault(agreement_id, []).append(quote)
    for event in catalog.events:
        for actor in dict.fromkeys(participant.actor for participant in event.actors):
            catalog.events_by_actor.setdefault(actor, []).append(event)
        for agreement_id in event.agreements:
            catalog.events_by_agreement.setdefault(agreement_id, []).append(event)
    for difference in catalog.differences:
        for rid in difference.about:
            catalog.differences_by_record.setdefault(rid, []).append(difference)
    return catalog


def _unknown(field_path: str, target: str, allowed: tuple[str, ...], candidates: list[str]) -> str:
    what = and_list(allowed, "or") if allowed != ANY_KIND else "record"
    message = f"{field_path}: unknown {what} '{target}'"
    message += did_you_mean(target, candidates, n=3)
    if len(allowed) == 1:  # a near miss may still be a new record: say both
        folder = model.KIND_BY_NAME[allowed[0]].folder
        message += (
            f"; if it is new, add content/{folder}/{target}.yaml"
            f" (make new KIND={allowed[0]} ID={target})"
        )
    return message
