"""Who stands where: each stake of the episode with the actors for it and those
against it, side by side; rows and lines that read alike joined into one; who
wants which agreements ended; each actor's ties to agreements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from . import model
from .fields import and_list
from .meta import short_name
from .resolve import Catalog
from .wording import OWN, PARTS, its, with_the


class Stand(NamedTuple):
    side: str  # the name of the actor's side; "Others" for an actor in none
    actor: str
    positions: list[model.Position]


class StakeRow(NamedTuple):
    stakes: list[model.Stake]  # more than one where the stakes divide the sides alike
    in_favour: list[Stand]
    against: list[Stand]


class Stances(NamedTuple):
    rows: list[StakeRow]
    silent: list[Stand]  # the actors of a side with no position on any stake


def who_stands_where(catalog: Catalog, full: bool = False) -> Stances:
    """The rows of "who stands where": each stake with the actors for it and those against
    it, by side in the episode's order, in `full` with those in no side as "Others"; the
    actors of a side with no position recorded named apart, not dropped."""
    episode = catalog.episode
    sides = [(side.name, actor) for side in episode.sides for actor in side.actors]
    order = {actor: (i, name) for i, (name, actor) in enumerate(sides)}

    def rank(actor: str) -> tuple[int, str]:
        if actor in order:
            return order[actor][0], ""
        return len(order), short_name(catalog, catalog.get(actor)).casefold()

    rows: list[StakeRow] = []
    for stake in episode.stakes:
        held: dict[tuple[bool, str], list[model.Position]] = {}
        for position in catalog.positions_on(stake):
            if full or position.actor in order:
                held.setdefault((position.in_favour, position.actor), []).append(position)
        stands: dict[bool, list[Stand]] = {True: [], False: []}
        for (favour, actor), positions in sorted(held.items(), key=lambda h: rank(h[0][1])):
            side = order[actor][1] if actor in order else "Others"
            stands[favour].append(Stand(side, actor, positions))
        row = StakeRow([stake], stands[True], stands[False])
        if rows and _shape(rows[-1]) == _shape(row):
            rows[-1] = _merged(rows[-1], row)
        else:
            rows.append(row)
    shown = {stand.actor for row in rows for stand in row.in_favour + row.against}
    silent = [Stand(side, actor, []) for side, actor in sides if actor not in shown]
    return Stances(rows, silent)


def _shape(row: StakeRow) -> list[list[tuple[str, list[str]]]]:
    """Who stands where on a row, and how: rows alike in this read as one."""
    return [
        [(stand.actor, [p.stance for p in stand.positions]) for stand in stands]
        for stands in (row.in_favour, row.against)
    ]


def _merged(row: StakeRow, other: StakeRow) -> StakeRow:
    """One row for two stakes alike in shape: "the MPs want them ended", once, with
    the quotes and sources of both, not the same line row after row."""
    stands = [
        [s._replace(positions=_joined(s.positions, t.positions)) for s, t in zip(a, b, strict=True)]
        for a, b in ((row.in_favour, other.in_favour), (row.against, other.against))
    ]
    return StakeRow([*row.stakes, *other.stakes], *stands)


def positions_by_actor(
    catalog: Catalog,
) -> dict[str, list[tuple[list[model.Stake], list[model.Position]]]]:
    """For each actor, the stakes it takes a position on, with its positions; stakes in
    a row on which it takes the same stances share a line, as a row of the table."""
    held: dict[str, list[tuple[list[model.Stake], list[model.Position]]]] = {}
    for stake in catalog.episode.stakes:
        mine: dict[str, list[model.Position]] = {}
        for position in catalog.positions_on(stake):
            mine.setdefault(position.actor, []).append(position)
        for actor, positions in mine.items():
            lines = held.setdefault(actor, [])
            alike = lines and [p.stance for p in lines[-1][1]] == [p.stance for p in positions]
            # A text the actor wrote keeps its own line, which says so: "They wrote the appeal."
            if alike and not any(own_part(catalog, s, actor) for s in (lines[-1][0][-1], stake)):
                stakes, before = lines[-1]
                lines[-1] = ([*stakes, stake], _joined(before, positions))
            else:
                lines.append(([stake], positions))
    return held


def own_part(catalog: Catalog, stake: model.Stake, actor: str) -> str:
    """The part the actor had in writing what the stake is about: "wrote it", "signed it",
    "published it", or "" (every page that says an actor's part in a text asks here)."""
    about = getattr(catalog.by_id.get(stake.about), "actors", ())
    return next((PARTS[p.role] for p in about if p.actor == actor and PARTS.get(p.role) in OWN), "")


def _joined(
    positions: Sequence[model.Position], others: Sequence[model.Position]
) -> list[model.Position]:
    """Positions alike in stance, each with the quotes and sources of its pair, each once."""
    return [
        replace(
            p,
            quotes=list(dict.fromkeys([*p.quotes, *q.quotes])),
            sources=list(dict.fromkeys([*p.sources, *q.sources])),
        )
        for p, q in zip(positions, others, strict=True)
    ]


class Ending(NamedTuple):
    """An actor that wants some of the agreements at stake ended, and how it says so."""

    actor: str
    ended: list[model.Agreement]  # those it wants ended, in the order of the agreements
    wider: bool  # its words ask to end all those in force with `other_party`, these in particular
    words: str  # the quote all its positions on them cite, or ""
    other_party: str  # the one state on the other side of them all, or ""


def ended_by(catalog: Catalog, agreements: Sequence[model.Agreement]) -> list[Ending]:
    """Each actor that wants some of `agreements` ended (see Ending)."""
    ids = {agreement.id for agreement in agreements}
    wanted: dict[str, dict[str, model.Position]] = {}
    for stake in catalog.episode.stakes:
        if stake.about in ids:
            for position in catalog.positions_on(stake):
                if position.stance == "end":
                    wanted.setdefault(position.actor, {}).setdefault(stake.about, position)
    found = []
    for actor, positions in wanted.items():
        ended = [a for a in agreements if a.id in positions]
        wider = all(p.in_particular for p in positions.values()) and all(
            agreement.status == "in-force" for agreement in ended
        )
        quotes = [p.quotes for p in positions.values()]
        common = [q for q in quotes[0] if all(q in others for others in quotes)]
        other = _other_party(catalog, actor, ended)
        found.append(Ending(actor, ended, wider, common[0] if common else "", other))
    return found


def _other_party(catalog: Catalog, actor: str, agreements: Sequence[model.Agreement]) -> str:
    """The one state, not `actor`'s, party to each of `agreements` itself or through a body
    of its own (the US Department of Defense); else ""."""

    def state(record_id: str) -> str:
        record = catalog.get(record_id)
        if isinstance(record, model.Actor) and record.type != "state":
            return record.country
        return record_id

    own = state(actor)
    common = set.intersection(*({state(p) for p in a.parties} - {own, ""} for a in agreements))
    return next(iter(common)) if len(common) == 1 else ""


def agreement_ties(catalog: Catalog) -> dict[str, dict[str, list[str]]]:
    """For each actor, the agreements it is tied to and how ("party", "wants it ended",
    "quoted on it"); not a part in an event on one: the MPs' addressee did not sign it."""
    ties: dict[str, dict[str, dict[str, None]]] = {}

    def tie(actor_id: str, agreement_id: str, how: str) -> None:
        ties.setdefault(actor_id, {}).setdefault(agreement_id, {})[how] = None

    for agreement in catalog.agreements:
        for party in agreement.parties:
            tie(party, agreement.id, "enacted it" if agreement.enacted else "party")
        for position in agreement.positions:
            tie(position.actor, agreement.id, model.LABELS[position.stance])
        for quote in catalog.quotes_by_agreement.get(agreement.id, []):
            tie(quote.speaker, agreement.id, QUOTED)
    return {actor: {aid: list(how) for aid, how in found.items()} for actor, found in ties.items()}


# An actor's tie to an agreement through quotes of its on the agreement (see agreement_ties).
QUOTED = "quoted on it"
STANCE_LABELS = frozenset(model.field_specs(model.Position)["stance"]["labels"].values())


def through(
    ties: dict[str, dict[str, list[str]]], actor: model.Actor, members: Sequence[model.Actor]
) -> list[tuple[list[str], list[str]]]:
    """An actor's ties to agreements in words ("a party", "they want it ended"), for a state
    with those its members are parties to ("a party, through its Ministry of Defense"), not
    their positions, which are theirs, not the state's."""
    # "quoted on it" read as a column of a table: a sentence names whom the sources quote.
    whom = "them" if actor.plural else with_the(actor, actor.display_name)
    words = {"party": "a party", QUOTED: f"the sources quote {whom} on it"}
    # "they want it ended", "Gaya Mammadov criticises it": "want it ended" alone
    # would read as an order.
    if actor.plural:
        words.update((model.LABELS[s], f"they {p}") for s, p in model.PLURAL_STANCES.items())
    else:
        words.update((label, f"{whom} {label}") for label in STANCE_LABELS)
    mine = {}
    for aid, how in ties.get(actor.id, {}).items():
        mine[aid] = [words.get(h, h) for h in how]
        stances = [n for n, h in enumerate(how) if h in STANCE_LABELS]
        if QUOTED in how and stances:  # "they want it ended, in words the sources quote"
            mine[aid][stances[-1]] += ", in words the sources quote"
            mine[aid].remove(words[QUOTED])
    by: dict[tuple[str, str], list[str]] = {}
    for member in members:
        for aid, how in ties.get(member.id, {}).items():
            for h in how:
                if h in ("party", "enacted it"):
                    by.setdefault((aid, words.get(h, h)), []).append(its(actor, member))
    for (aid, tie), names in by.items():
        own = mine.setdefault(aid, [])
        line = f"{tie}, through {and_list(names)}"
        if tie in own:  # the state's own tie, said once, with its members
            own[own.index(tie)] = line
        else:
            own.append(line)
    return _quoted_once(mine, words[QUOTED])


def _quoted_once(ties: dict[str, list[str]], quoted: str) -> list[tuple[list[str], list[str]]]:
    """Ties by agreement, agreements in a row tied only by quotes on one line: "[A] and [B]:
    the sources quote Gaya Mammadov on both", not the same words line after line."""
    lines: list[tuple[list[str], list[str]]] = []
    for aid, how in ties.items():
        if how == [quoted] and lines and lines[-1][1] == [quoted]:
            lines[-1][0].append(aid)
        else:
            lines.append(([aid], how))
    return [
        (ids, [f"{quoted.removesuffix(' it')} {'both' if len(ids) == 2 else 'each'}"])
        if len(ids) > 1
        else (ids, how)
        for ids, how in lines
    ]
