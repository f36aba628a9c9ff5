"""Catalogue → {docs/ path: Markdown text}. Pure: reads nothing, writes nothing.

One Jinja environment serves every page. Its ``finalize`` hook escapes every
string a template prints (see :mod:`escape`), so content reaches a page as
text whatever the template does; only :class:`Md` values, which the helpers
below build, pass through as Markdown.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

import jinja2

from . import meta, model, order, parallel, urls
from .dates import PartialDate, first_day, last_day, span
from .escape import Md, inline, line_start, marked, prose, quotation, web_address
from .fields import and_list
from .history import History
from .links import find_links
from .meta import count, short_name
from .order import BACKGROUND, UNDATED
from .pages import Job, differences_by_weight, plan_site
from .resolve import Catalog
from .stances import StakeRow, Stand, own_part
from .wording import (
    ACTING,
    FURTHER,
    INSTITUTIONS,
    LISTED_PARTS,
    MEMBER_PARTS,
    NONE_ON_RECORD,
    PARTS,
    UNSAID,
    by_year,
    citation,
    comparable,
    mid_label,
    mid_line,
    name_head,
    takes_the,
    title_says,
    verb_said,
    with_the,
)

TEMPLATES = Path(__file__).parent / "templates"
# Runs of three line breaks or more: written so, not \n{3,}, which re finds
# five times slower (0.23 s against 0.05 s over 3,000 pages of the 5,000-quote corpus).
_BLANK_RUNS = re.compile(r"\n\n\n+")
# Where an allegation's charges part: "that A, that B, and that C".
_NEXT_CHARGE = re.compile(r",\s+(?:and\s+)?(?=that\s)")
# A title that opens with a name of one or two words, then ":" or " on ":
# "The MPs on the peace treaty", "MP Mammadov: a call for dialogue" (see Page._unsigned).
_SPEAKER_PREFIX = re.compile(r"(?P<name>\S+(?: \S+)?)(?:: | on )(?P<rest>\S.*)")
# The id of the allegation label on a quote's page, which a line near its top links to.
ALLEGATIONS = "allegations"
# Between the stakes of one row of the home page's glance (see Page.glance).
GLANCE_BETWEEN = '<span class="visually-hidden">,</span><span aria-hidden="true"> ·</span> '


def _finalize(value: Any) -> str:
    if isinstance(value, Md):
        return value
    if isinstance(value, str):
        return inline(value)  # quote marks typographic: see the `verbatim` filter
    if isinstance(value, bool):
        raise TypeError("a template printed a boolean; print text instead")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, PartialDate):
        return inline(value.human())
    raise TypeError(f"a template printed a {type(value).__name__}; print text or Md")


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Markdown; _finalize does the escaping
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # Templates belong to the generator: no file check on every include.
        auto_reload=False,
    )
    env.filters["label"] = lambda value: model.LABELS.get(value, value)
    env.filters["citation"] = citation
    env.filters["line_start"] = line_start
    env.filters["and_list"] = and_list
    # A quote's words and a web address: printed as written, straight quote marks kept.
    env.filters["verbatim"] = lambda value: inline(value, verbatim=True)
    env.filters["quoted"] = meta.quoted
    env.globals["addressed"] = meta.addressed
    env.globals["count"] = count
    env.globals["day_known"] = order.day_known
    env.globals["marked"] = marked
    env.globals["linked_ids"] = lambda text: {link.target for link in find_links(text)}
    env.globals["BACKGROUND"] = BACKGROUND
    env.globals["UNDATED"] = UNDATED
    # The episode's days in words: "3 to 7 October 2024".
    env.globals["period"] = lambda e: span(first_day(e.period_start), last_day(e.period_end))
    env.globals["urls"] = urls  # every path a template links to comes from urls.py
    return env


# A tagline's first word that reads lower-case after a colon ("…: how a letter …").
_OPENING_WORDS = frozenset({"A", "An", "The", "How", "Why", "What", "When", "Where", "Who"})


class Page:
    """Helpers for one page: every link it makes is relative to it."""

    def __init__(self, path: str, catalog: Catalog):
        self.path = path
        self.catalog = catalog
        # Records the page's prose has linked: the page reads as one block, in
        # which a record is linked at its first mention only (MOS:REPEATLINK).
        self._mentioned: set[str] = set()
        # Records the page has linked anywhere: its "Also mentioned in" leaves them out.
        self._linked: set[str] = set()

    def to(self, target: str) -> Md:
        """A relative link target; targets come from urls.py and validated ids only."""
        return Md(urls.relative(self.path, target))

    def external(self, url: str) -> Md:
        return Md(f"[{inline(url, verbatim=True)}]({web_address(url)})")

    def link(
        self,
        record: model.Record | str,
        label: str | None = None,
        titled: bool = True,
        first: bool = False,
        mid: bool = False,
        hidden: str = "",
    ) -> Md:
        """A link to a record titled by its one-line summary, unless the page shows
        that beside it; `first` in its line with a capital, `mid` as mid-line; `hidden`
        words after its text and a space, for assistive tech only (see `named`)."""
        if isinstance(record, str):
            record = self.catalog.by_id[record]
        self._linked.add(record.id)
        text = label or short_name(self.catalog, record)
        if first:
            text = line_start(text)
        elif mid:
            text = mid_line(text)
        target = urls.relative(self.path, urls.record_target(record))
        # A link to the page itself needs no summary.
        title = f' "{link_title(self.catalog, record)}"' if titled and target else ""
        shown: str = inline(text)
        if hidden:
            shown += f'<span class="visually-hidden"> {inline(hidden, False)}</span>'
        return Md(f"[{shown}]({target}{title})")

    def and_links(self, record_ids: Sequence[str]) -> Md:
        return Md(and_list([self.link(record_id) for record_id in record_ids]))

    def named(self, record: model.Record | str, label: str, titled: bool = True) -> Md:
        """A link whose short `label` ("Quote page") stands beside others like it, the record's
        name in hidden brackets after it for assistive tech, which read a list of them as
        "Quote page, Quote page, ..." (brackets, as Chromium read a comma as "Quote page , ...")."""
        if isinstance(record, str):
            record = self.catalog.by_id[record]
        name = mid_line(short_name(self.catalog, record))
        return self.link(record, label, titled, hidden=f"({name})")

    def part_in(self, role: str) -> Md:
        """An actor's part in an event, in plain words ("wrote it"), not the content's term."""
        words = PARTS.get(role) or ("spoke" if role == "speaker" else role)
        return Md(inline(words, line_start=False))

    def role(self, role: model.Role) -> Md:
        """A role's title and what it is of: 'President of [Azerbaijan]' where the
        title names the body already, else 'Spokesperson, [the State Department]'."""
        if not role.of:
            return Md(inline(role.title))
        name = short_name(self.catalog, self.catalog.get(role.of))
        body = self.link(role.of, name)
        title = inline(role.title)
        word = rf"(?<!\w){re.escape(inline(name, line_start=False))}(?!\w)"
        linked_title, found = re.subn(word, lambda _: body, title, count=1)
        return Md(linked_title if found else f"{title}, {body}")

    def part(self, event: model.Event, actor_id: str) -> Md:
        """An actor's part in an event, after it in the actor's list of events: " (wrote
        it)"; not what the title says ("(its addressee)" after "US lawmakers write to Blinken")."""
        roles = [p.role for p in event.actors if p.actor == actor_id]
        if self._named_in(event.title, actor_id):
            roles = [role for role in roles if role in UNSAID]
        roles = [r for r in roles if (said := PARTS.get(r, r)) and not verb_said(event.title, said)]
        # On its own page a group is "them", not its long name again: "(it concerns them)".
        plural = getattr(self.catalog.get(actor_id), "plural", False)
        name = self.name(actor_id)
        words = "; ".join(
            LISTED_PARTS[r].format(
                ("they" if LISTED_PARTS[r].startswith("{}") else "them") if plural else name
            )
            if r in LISTED_PARTS
            else r
            for r in roles
        )
        return Md(f" ({inline(words, line_start=False)})" if words else "")

    def _named_in(self, title: str, actor_id: str) -> bool:
        """Whether `title` names an actor, a group also by its last word ("the MPs' letter")."""
        words = comparable(title)
        actor = self.catalog.get(actor_id)
        found = {name_head(name) for name in meta.names(actor)}
        if isinstance(actor, model.Actor) and actor.plural:
            found.add(name_head(actor.display_name).split(" ")[-1])
        return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", words) for name in found if name)

    def when(self, event: model.Event) -> str:
        return order.when(event, self.catalog.by_id)

    def said_when(self, quote: model.Quote) -> Md:
        """A quote's date as its page gives it (`said_date`), linked to how it was worked
        out where its event's page tells that: "(see how it was worked out)"."""
        words, event = self.said_date(quote)
        if event is None:
            return words
        target = self.to(urls.record_page(event) + "#about-the-date")
        return Md(f"{words} (see [how it was worked out]({target}))")

    def said_date(self, quote: model.Quote) -> tuple[Md, model.Event | None]:
        """A quote's date; a month or a year with what its event's page says of the day
        ("October 2024, on or after the 5th"), and that event where its page says why."""
        date = quote.date
        if not date.known or date.approximate or date.precision == "day":
            return inline(date.human(), line_start=False), None
        unknown = f"{date.human()}, {'day' if date.month else 'month'} not given"
        # Its own event, or, for a passage told under another event, its whole text's.
        whole = self.catalog.by_id.get(quote.part_of)
        events = (self.catalog.by_id.get(e) for e in (quote.event, getattr(whole, "event", "")))
        event = next((e for e in events if isinstance(e, model.Event) and e.date == date), None)
        if event is None:
            return inline(unknown, line_start=False), None
        known = order.day_known(event, self.catalog.by_id)
        words = inline(order.with_date(date, known) if known else unknown, line_start=False)
        return words, event if event.date_note else None

    def via(self, members: Sequence[tuple[str, str]], title: str = "") -> Md:
        """How a state took part in an event through its members: " (by the MPs who signed
        the appeal, among them Fazil Mustafa)" where they acted (ACTING), else each part as
        MEMBER_PARTS says it (" (about the US senators...)"); not what the `title` says."""
        acting = {member: role for member, role in members if role in ACTING}
        said = {member for member, _ in members if self._named_in(title, member)}
        parts: list[str] = []
        if acting:
            groups = {member: self._group_among(member, list(acting)) for member in acting}
            heads: dict[str, list[str]] = {
                m: [] for m, group in groups.items() if not group or groups[group]
            }
            for member, group in groups.items():
                if member not in heads:
                    heads[group].append(member)
            named: dict[str, list[str]] = {}
            for head, members_among in heads.items():
                among = and_list([self.name(m) for m in members_among if m not in said])
                if head in said:  # "Azerbaijani MPs appeal ... (among them Fazil Mustafa)"
                    parts += [f"among them {among}"] if among else []
                    continue
                name = f"{self.name(head)}, among them {among}" if among else self.name(head)
                verb = acting[head].removesuffix(" it") if acting[head].endswith(" it") else ""
                named.setdefault(f"{verb} by".strip(), []).append(name)
            parts[:0] = [
                f"{verb} {and_list(names)}"
                for verb, names in named.items()
                if not title_says(title, verb)
            ]
        else:
            for member, role in members:
                phrase = MEMBER_PARTS.get(role)
                if member in said or (phrase and title_says(title, phrase)):
                    continue
                name = self.name(member)
                parts.append(
                    phrase.format(name) if phrase else f"{name}, {inline(role, line_start=False)}"
                )
        return Md(f" ({'; '.join(parts)})" if parts else "")

    def _group_among(self, member: str, others: Sequence[str]) -> str:
        actor = self.catalog.get(member)
        for tie in actor.affiliations if isinstance(actor, model.Actor) else ():
            group = self.catalog.by_id.get(tie.actor)
            if tie.actor in others and isinstance(group, model.Actor) and group.plural:
                return tie.actor
        return ""

    def tie(self, tie: model.Affiliation) -> Md:
        """An affiliation as it reads before the other actor: "Members of the [United
        States Congress]"; a tie that does not, "Signatory of the appeal: [the MPs]"."""
        relation = tie.relation
        if re.search(r"\bmembers?$", relation):
            relation += " of"
        elif not re.search(r"\b(of|in|to|for|with)$", relation):
            return Md(f"{inline(line_start(relation))}: {self.link(tie.actor, mid=True)}")
        other = self.catalog.get(tie.actor)
        if takes_the(other, other.display_name):
            relation += " the"
        return Md(f"{inline(line_start(relation))} {self.link(tie.actor, mid=True)}")

    def mention(self, record_id: str, label: str | None = None, seen: set[str] | None = None) -> Md:
        """A record linked at first mention in the page (or `seen`), then named (MOS:REPEATLINK)."""
        seen = self._mentioned if seen is None else seen
        if record_id in seen:
            return inline(label or short_name(self.catalog, self.catalog.get(record_id)))
        seen.add(record_id)
        return self.link(record_id, label)

    def links(self, records: Iterable[model.Record | str]) -> Md:
        """Links run on after a colon: "More on this: the 2020 war, the events of..."."""
        return Md(and_list([self.link(r, mid=True) for r in records]))

    def by_kind(self, records: Sequence[model.Record]) -> Md:
        """Records in a list, an item for each kind; titles of kinds other than actors one to
        a line: run together, five titles made a paragraph of links."""
        items = []
        for kind, group in itertools.groupby(records, key=lambda record: record.kind):
            linked = list(group)
            name = model.KIND_BY_NAME[kind].folder.capitalize()
            if kind != "actor" and len(linked) > 1:
                links = "\n".join(f"    - {self.listed(r)}" for r in linked)
                items.append(f"- {name}:\n{links}")
            else:
                links = "; ".join(self.link(r, mid=True) for r in linked)
                items.append(f"- {name}: {links}")
        return Md("\n".join(items))

    def listed(self, record: model.Record | str, first: bool = True) -> Md:
        """A record on a line of its own: an event after its date, "**5 October 2024**: [...]"."""
        if isinstance(record, model.Event):
            return Md(f"**{line_start(self.when(record))}**: {self.link(record)}")
        return self.link(record, first=first)

    def items(self, records: Iterable[model.Record | str], first: bool = False) -> Md:
        return Md("\n".join(f"- {self.listed(r, first)}" for r in records))

    def relying(self, records: Sequence[model.Record]) -> Md:
        """What rests on a source, as lists, not counts: "Events (10)" told a reader nothing."""
        kinds: dict[str, list[model.Record]] = {}
        for record in sorted(records, key=lambda record: record.kind == "actor"):  # actors last
            kinds.setdefault(record.kind, []).append(record)
        blocks = []
        for kind, linked in kinds.items():
            head = model.KIND_BY_NAME[kind].folder.capitalize()
            if kind == "difference":  # as the differences page orders them
                linked = [d for d in differences_by_weight(self.catalog) if d in linked]
            if kind == "actor":
                items = self.actors_by_type([r for r in linked if isinstance(r, model.Actor)])
            else:
                items = self.items(linked, first=True)
            blocks.append(f"{head}:\n{{: .relying-head }}\n\n{items}")
        return Md("\n\n".join(blocks))

    def differences_of(self, record: model.Record) -> list[model.Difference]:
        about = self.catalog.differences_by_record.get(record.id, [])
        if len(about) < 2:  # most records are in none: nothing to order
            return list(about)
        ids = {d.id for d in about}
        return [d for d in differences_by_weight(self.catalog) if d.id in ids]

    def actors_by_type(self, actors: Sequence[model.Actor]) -> Md:
        """Actors a line to each type, in the actors index's order."""
        by_type: dict[str, list[model.Actor]] = {}
        for actor in actors:
            by_type.setdefault(actor.type, []).append(actor)
        lines = [
            f"- {label}: " + ", ".join(self.link(a, mid=True) for a in by_type[kind])
            for kind, label in model.ACTOR_TYPE_PLURALS.items()
            if kind in by_type
        ]
        return Md("\n".join(lines))

    def mentioned_in(
        self, record: model.Record, listed: Iterable[model.Record | str] = ()
    ) -> list[model.Record]:
        """What names `record`, but for what the page has linked or lists (`listed`):
        a page links each record once where it can."""
        shown = {item if isinstance(item, str) else item.id for item in listed} | self._linked
        shown.update(getattr(record, "sources", ()))
        shown.update(d.id for d in self.catalog.differences_by_record.get(record.id, ()))
        return [r for r in self.catalog.referrers.get(record.id, ()) if r.id not in shown]

    def summary(self, actor: model.Actor | model.Agreement) -> Md:
        """The first sentence of a description, beside a link that needs no title."""
        return inline(self.opening(actor.description), line_start=False)

    def name(self, record_id: str) -> Md:
        """A record named, not linked, mid-sentence: "the US senators"."""
        record = self.catalog.get(record_id)
        return inline(with_the(record, short_name(self.catalog, record)))

    def name_linked(self, record_id: str) -> Md:
        """A record linked mid-line, "the" before the link where `name` has it."""
        record = self.catalog.get(record_id)
        the = "the " if takes_the(record, short_name(self.catalog, record)) else ""
        return Md(the + self.link(record, mid=True))

    def cite(self, source_ids: Iterable[str], dated: bool = True) -> Md:
        """Links to sources by their short citation; the link's title gives the title whole."""
        parts: list[str] = []
        for sid in source_ids:
            source = self.catalog.get(sid)
            assert isinstance(source, model.Source)
            shown = citation(source, short=True, dated=dated)
            parts.append(self.link(source, shown, titled=shown != citation(source)))
        return Md("; ".join(parts))

    def sourced(self, source_ids: Sequence[str], mid: bool = False) -> Md:
        """ "Source: [OC Media, ...]", "Sources: ..." of more; `mid` in a line, "sources: ..."."""
        label = "source" if len(source_ids) == 1 else "sources"
        return Md(f"{label if mid else line_start(label)}: {self.cite(source_ids)}")

    def according(self, source_ids: Sequence[str]) -> Md:
        """Who says so, after a role or a tie: ", according to [OC Media, ...]", or
        ", as all five sources give it", as five links in a row read as a table's cell."""
        every = {source.id for source in self.catalog.sources}
        if len(source_ids) > 2 and set(source_ids) == every:
            return Md(f", as all {count(len(source_ids), 'source', words=True)} give it")
        return Md(f", according to {self.cite(source_ids)}")

    def prose(self, text: str, mentioned: set[str] | None = None, verbatim: bool = False) -> Md:
        """Prose whose [[links]] link at first mention; quote marks curly unless `verbatim`."""
        return prose(text, lambda target, label: self.mention(target, label, mentioned), verbatim)

    def prose_after(self, text: str, *linked: str | None) -> Md:
        """Prose under a line that linked the records `linked` (a quote's by-line): it
        names them, not links them again."""
        self._mentioned.update(filter(None, linked))
        return self.prose(text)

    def prose_line(self, text: str) -> Md:
        """Prose on one line, for a table cell, which links as a block of its own."""
        return Md(self.prose(text, set()).replace("\n\n", " "))

    def stands(self, stands: Sequence[Stand], stakes: Sequence[model.Stake] = ()) -> Md:
        """A cell of "who stands where": each side's actors with their positions."""
        blocks = []
        for side, group in itertools.groupby(stands, key=lambda stand: stand.side):
            actors = []
            # A side of one actor its label names ("President Ilham Aliyev"): the label, in
            # bold, stands in place of the name, which "**Ilham Aliyev** rejects it" said twice.
            alone = self._side_named(side)
            for stand in group:
                actor = self.catalog.get(stand.actor)
                name = inline(line_start(side) if alone else short_name(self.catalog, actor))
                plural = isinstance(actor, model.Actor) and actor.plural
                words = self.positions(stand.positions, plural, stakes)
                actors.append(f'<span class="stand-actor">**{name}** {words}</span>')
            # Its label opens a block: "Opposition leader Karimli", not "opposition ...".
            label = "" if alone else f'<span class="stand-side">{inline(line_start(side))}</span> '
            blocks.append(f'<span class="stand">{label}{" ".join(actors)}</span>')
        none = f'<span class="stand-none">{NONE_ON_RECORD}</span>'
        return Md(" ".join(blocks) if blocks else none)

    def _side_named(self, side: str) -> bool:
        """Whether a side is one actor whose name ends its label, but for a note in brackets:
        "President Ilham Aliyev", "MP Erkin Gadirli (did not sign the appeal)"."""
        found = next((s for s in self.catalog.episode.sides if s.name == side), None)
        if not found or len(found.actors) != 1:
            return False
        actor = self.catalog.get(found.actors[0])
        label = re.sub(r"\s*\([^()]*\)$", "", side)
        return comparable(label).endswith(" " + comparable(actor.display_name))

    def glance(self, row: StakeRow) -> Md:
        """A row of the home page's sides at a glance: a stake, the sides for and against it,
        each with its part in what the stake is about ("For: the US lawmakers (wrote it)")."""
        # One heading for the row, not a line to each stake: on a phone, rows left empty.
        # A screen reader read each "·" as "dot": it hears a comma, which the eye does not see.
        labels = GLANCE_BETWEEN.join(inline(stake.label) for stake in row.stakes)
        one = len(row.stakes) == 1  # of several stakes, whose part would it be?
        it = "it" if one else "them"

        def sides(stands: list[Stand], sentence: bool = False) -> str:
            named: dict[str, str] = {}
            holders: dict[str, list[str]] = {}
            for stand in stands:
                own = own_part(self.catalog, row.stakes[0], stand.actor) if one else ""
                if not named.get(stand.side):
                    named[stand.side] = f" ({own})" if own else ""
                holders.setdefault(stand.side, []).append(stand.actor)
            shown = [self._glance_side(side, holders[side]) + own for side, own in named.items()]
            return and_list(shown) if sentence else ", ".join(shown)

        stake = f'<span class="glance-stake">{labels}</span>'
        if not row.against:
            # A sentence in one cell: "For: ..." over an empty "Against" read as a dispute.
            are = "are all" if len({s.side for s in row.in_favour}) > 1 else "is"
            both = f"{sides(row.in_favour, sentence=True)} {are} for {it}; {NONE_ON_RECORD}"
            both += f" is against {it}."
            return Md(f'{stake} <span class="glance-for glance-all">{line_start(both)}</span>')
        # "For: no one quoted in the sources": the sources are silent, not nobody holding it.
        favour = sides(row.in_favour) or NONE_ON_RECORD
        head = '<span class="glance-head">{}:</span>'
        return Md(
            f'{stake} <span class="glance-for">{head.format("For")} {favour}</span>'
            f' <span class="glance-against">{head.format("Against")} {sides(row.against)}</span>'
        )

    def _glance_side(self, side: str, holders: list[str]) -> str:
        """A side as a glance names it; "two of the MPs behind the appeal (...)" where some
        members of a group, not the group, hold the stance."""
        members = next((s.actors for s in self.catalog.episode.sides if s.name == side), [])
        actors = [a for a in map(self.catalog.by_id.get, members) if isinstance(a, model.Actor)]
        name = inline(self._glance_name(side, actors))
        groups = {actor.id for actor in actors if actor.type == "group"}
        if not groups or groups & set(holders):
            return name
        people = and_list([inline(self.catalog.get(actor).display_name) for actor in holders])
        return f"{meta.in_words(len(holders))} of {name} ({people})"

    def _glance_name(self, side: str, actors: Sequence[model.Actor]) -> str:
        """A side named above the prose that introduces everyone: without its note in brackets;
        a person by full name ("commentator Mammadli" was taken for MP Gaya Mammadov)."""
        name = re.sub(r" \(.*\)$", "", side)
        for actor in actors:
            surname = re.escape(actor.name.split()[-1])
            if actor.type == "person" and re.search(rf"\b{surname}\b", name):
                if len(actors) == 1 and actor.name not in name:
                    return re.sub(rf"\b{surname}\b", actor.name, name, count=1)
                return name  # named already, or one of several people named
        if re.match(r"(?i)(?:the|an?) ", name) or not actors:
            return name
        if len(actors) == 1 and actors[0].type not in ("person", "group", *INSTITUTIONS):
            return with_the(actors[0], name)
        return f"the {name}"

    def instruments(
        self, agreements: Sequence[model.Agreement], among: Sequence[model.Agreement]
    ) -> Md:
        """Agreements in a line of prose, each "the 1997 declaration" where that names
        it alone among `among`, else by its name."""
        years = [by_year(other) for other in among]
        names = []
        for agreement in agreements:
            short = by_year(agreement)
            name = short if short and years.count(short) == 1 else agreement.name
            names.append(self.mention(agreement.id, name))
        return Md(and_list(names))

    def status(self, agreement: model.Agreement) -> Md:
        """An agreement's status in words ("in force"), not linked to its page's account of it:
        as many pages as lines, by one link text."""
        if agreement.status == "unknown":
            return Md("")
        words = inline(model.LABELS[agreement.status].lower(), line_start=False)
        return Md(f"{words}, by the sources’ account" if agreement.status_note else words)

    def in_the_story(self) -> Md:
        """The way back to the story from a record page, with the story in one line for a
        reader who landed here from a search; not searched, as every page holds it."""
        episode = self.catalog.episode
        story = f"[{inline(episode.title.rstrip('.'))}]({self.to(urls.HOME)})"
        if line := episode.tagline.rstrip("."):
            first, _, rest = line.partition(" ")
            lowered = first.lower() if first in _OPENING_WORDS else first
            story += f": {inline(' '.join(filter(None, (lowered, rest))))}"
        return Md(f"Part of the story of {story}.\n{{: .in-the-story data-search-exclude }}\n")

    def episode_line(self) -> Md:
        """The episode in one line, to open a listing, linked to the story in brief."""
        episode = self.catalog.episode
        line = episode.tagline or self.opening(episode.lede)
        line = (line or episode.title).rstrip(".")
        return Md(f"{inline(line)} ([the story in brief]({self.to(urls.HOME)})).")

    def stake(self, stake: model.Stake, mid: bool = False) -> Md:
        label = mid_label(stake.label) if mid else stake.label
        return self.link(stake.about, label) if stake.about else Md(inline(label))

    def positions(
        self,
        positions: Sequence[model.Position],
        plural: bool = False,
        stakes: Sequence[model.Stake] = (),
        line: bool = False,
        cited: bool = True,
    ) -> Md:
        """Each position in words linked to the quote that shows it, or each run of stakes to
        its own, not a link for each quote of each stake; its sources, unless not `cited`; on
        an actor's `line`, what it is on in place of "it"."""
        parts: list[str] = []
        named = not (line and plural)  # the actor's name stands in the line, not "They"
        for position in positions:
            stance = self.stance(position, stakes, plural, named)
            runs, each_cited = self._runs(position, stakes, line)
            if runs:  # "want an end to [the 1997 ...], [...]"
                text = self._said_of(stance, runs)
                if each_cited:
                    parts.append(text)
                    continue
            elif quote := self._quote_of(position, stakes, named):
                # "rejects it" in row after row of "who stands where": named for which quote.
                said = self._said_of(stance, self._on(stakes))
                text = self.link(quote, said) if line else self.named(quote, stance)
            else:
                text = Md(inline(stance))
                text = self._said_of(text, self._on(stakes, linked=True)) if line else text
            # One bracket after the words, not two: "(also [the MPs' verdict]; sources: [...])".
            further = position.quotes[1:] if not line and self._one_point(position, stakes) else []
            more = "; ".join(self.link(q, self.also(q, n)) for n, q in enumerate(further))
            if more or line:
                sources = self.sourced(position.sources, mid=True)
            else:
                sources = self.cite(position.sources)
            parts.append(f"{text} ({f'also {more}; ' if more else ''}{sources})" if cited else text)
        return Md(" and ".join(parts))

    def stand_line(
        self,
        actor: model.Actor,
        stakes: Sequence[model.Stake],
        positions: Sequence[model.Position],
        cited: bool = True,
    ) -> Md:
        """A line of an actor's "where they stand": "Ilham Aliyev [rejects the US lawmakers'
        letter](...) (sources: ...)", one actor named, as no record gives its pronoun."""
        subject = "They" if actor.plural else line_start(self.name(actor.id))
        words = self.positions(positions, actor.plural, stakes, line=True, cited=cited)
        return Md(f"{subject} {words}.")

    def shared_sources(
        self, stands: Sequence[tuple[Sequence[model.Stake], Sequence[model.Position]]]
    ) -> list[str]:
        """The sources of every line of an actor's "where they stand", where all have the same,
        said once under the list, not at the end of each line."""
        positions = [(stakes, p) for stakes, listed in stands for p in listed]
        first = positions[0][1].sources if positions else []
        if len(stands) < 2 or any(p.sources != first for _, p in positions):
            return []
        if any(self._runs(p, stakes, line=True)[1] for stakes, p in positions):
            return []
        return list(first)

    def sources_of_all(self, source_ids: Sequence[str], lines: int) -> Md:
        """The line under such a list: "Source of both: [...]", "Sources of each: [...]"."""
        label = "Source" if len(source_ids) == 1 else "Sources"
        return Md(f"{label} of {'both' if lines == 2 else 'each'}: {self.cite(source_ids)}.")

    def _on(self, stakes: Sequence[model.Stake], linked: bool = False) -> str:
        return and_list([self.stake(s, mid=True) if linked else mid_label(s.label) for s in stakes])

    @staticmethod
    def _said_of(stance: str, on: str) -> Md:  # "rejects it" → "rejects the letter"
        return Md(re.sub(r"\b(it|them)\b", lambda _: on, stance, count=1))

    def _runs(
        self, position: model.Position, stakes: Sequence[model.Stake], line: bool = False
    ) -> tuple[Md, bool]:
        """The stakes of a joined line in runs that one quote of the actor's shows, each linked
        to it, "" when one quote shows them all; and whether the runs rest on different sources,
        each then citing its own by outlet alone (dates made nine links a wall)."""

        def held(stakes: Sequence[model.Stake]) -> list[model.Position]:
            same = (position.actor, position.stance)
            on = (o for stake in stakes for o in self.catalog.positions_on(stake))
            return [o for o in on if (o.actor, o.stance) == same]

        def first_quote(stake: model.Stake) -> str:
            return next((q for o in held([stake]) for q in o.quotes), "")

        runs = [(quote, list(run)) for quote, run in itertools.groupby(stakes, first_quote)]
        if len(runs) < 2:
            return Md(""), False
        cited = [
            [s for s in position.sources if any(s in o.sources for o in held(run))]
            for _, run in runs
        ]
        each = any(sources != cited[0] for sources in cited)
        linked = [
            (self.link(q, self._on(run)) if q else self._on(run, True))
            + (f" ({'sources: ' * line}{self.cite(sources, dated=False)})" if each else "")
            for (q, run), sources in zip(runs, cited, strict=True)
        ]
        return Md(and_list(linked)), each

    def _quote_of(
        self, position: model.Position, stakes: Sequence[model.Stake], named: bool = True
    ) -> str:
        """The quote a position's words link to: its first; the whole text, or none, where
        they say "wrote it", as a passage is not what they sum up."""
        first = position.quotes[0] if position.quotes else ""
        if not first or not self._own_part(position, stakes, named):
            return first
        quote = self.catalog.get(first)
        if isinstance(quote, model.Quote) and quote.document:
            return quote.id
        return getattr(quote, "part_of", "") or ""

    def _own_part(
        self, position: model.Position, stakes: Sequence[model.Stake], named: bool = True
    ) -> str:
        """The part an actor had in a text it supports, said as its stance ("wrote it"), or ""."""
        if position.stance != "support" or len(stakes) != 1:
            return ""
        own = own_part(self.catalog, stakes[0], position.actor)
        name = short_name(self.catalog, self.catalog.get(position.actor))
        # Not when its name, `named` beside it, says it: "the senators who wrote to Blinken".
        said = named and own and re.search(rf"\b{own.split()[0]}\b", name)
        return "" if said else own

    def stance(
        self,
        position: model.Position,
        stakes: Sequence[model.Stake],
        plural: bool,
        named: bool = True,
    ) -> str:
        """A position's stance in words that suit what it is on: an agreement is "ended",
        talks are not ("want an end to it"); support for a text it wrote, "wrote it"."""
        words = position.words(plural)
        kinds = [type(self.catalog.by_id.get(stake.about)) for stake in stakes]
        if position.stance == "end" and any(kind is not model.Agreement for kind in kinds):
            words = f"want{'' if plural else 's'} an end to it"
        words = self._own_part(position, stakes, named) or words
        return words.replace(" it", " them") if len(stakes) > 1 else words

    def _one_point(self, position: model.Position, stakes: Sequence[model.Stake]) -> bool:
        """Whether every quote of a position was given for the same stakes of its line."""
        on: dict[str, list[str]] = {quote: [] for quote in position.quotes}
        for stake in stakes:
            for held in self.catalog.positions_on(stake):
                if (held.actor, held.stance) == (position.actor, position.stance):
                    for quote in held.quotes:
                        on.setdefault(quote, []).append(mid_label(stake.label))
        return len({tuple(dict.fromkeys(labels)) for labels in on.values()}) <= 1

    def also(self, quote_id: str, n: int) -> str:
        """The words of a link to the `n`th further quote of a position: its title, or "another
        quote", "a third quote"..., not a bare number."""
        quote = self.catalog.get(quote_id)
        if isinstance(quote, model.Quote) and quote.title:
            return mid_line(short_name(self.catalog, quote))
        return FURTHER[n] if n < len(FURTHER) else f"quote {n + 2}"

    def by_event(
        self, quotes: Sequence[model.Quote]
    ) -> list[tuple[model.Event | None, list[model.Quote]]]:
        """`quotes` under their events in timeline order, the background's after the rest (words
        about 1992 were said in the episode)."""
        events, rank, past = self.catalog.events, self.catalog.event_rank, self.catalog.background

        def place(quote: model.Quote) -> tuple[bool, int]:
            return quote.event in past or not quote.event, rank.get(quote.event, len(rank))

        groups = itertools.groupby(sorted(quotes, key=place), lambda q: q.event)
        return [(events[rank[e]] if e else None, list(group)) for e, group in groups]

    def allegation(self, quote: model.Quote, previous: model.Quote | None = None) -> Md:
        """The label on a quote that makes a charge the sources give no evidence for: in full,
        or short under a quote with the same label (three in full read as a form), which a
        whole document's line does not show."""
        if not quote.allegation:
            return Md("")
        if previous and previous.allegation == quote.allegation and not previous.document:
            return Md("*The same allegation as above.*  \n")
        label = inline(quote.allegation)
        return Md(f"*Allegation ({label}): the sources report no evidence for this.*  \n")

    def allegation_on_page(self, quote: model.Quote) -> Md:
        """The allegation label on the quote's own page; more than two charges in a list, as
        seven in one italic sentence ran twelve lines on a phone."""
        listed = charges(quote.allegation)
        if len(listed) <= 2:
            return Md(f"{self.allegation(quote).rstrip()}\n{{: #{ALLEGATIONS} }}\n")
        items = "\n".join(f"- {inline(charge)}" for charge in listed)
        lead = "*Allegations, for which the sources report no evidence:*"
        return Md(f"{lead}\n{{: #{ALLEGATIONS} }}\n\n{items}\n")

    def charges_note(self, quote: model.Quote) -> Md:
        """Near the top of a whole text's page, that the charges it makes are labelled after it."""
        if not quote.allegation:
            return Md("")
        number = len(charges(quote.allegation))
        # Not "the charges it makes": the label names those the sources give no evidence for.
        these = "A charge" if number == 1 else line_start(count(number, "charge", words=True))
        verb = ("is" if number == 1 else "are") + (" listed" if number > 2 else " named")
        return Md(
            f"{these} this text makes, for which the sources report no evidence,"
            f" {verb} [after the text](#{ALLEGATIONS}).\n"
        )

    def quotation(self, text: str, line: bool = False, short: int = 0) -> Md:
        """A quote's words in double quote marks; on one `line` (an item of a list); `short`,
        its first words up to that many characters, as plain words (a heading)."""
        if short:
            plain = meta.plain(text, self.catalog)
            return Md(
                quotation(plain, lambda words: inline(model.shorten(words, short), verbatim=True))
            )
        words = quotation(text, lambda words: self.prose(words, verbatim=True))
        return Md(words.replace("\n\n", " ") if line else words)

    def quoted(self, text: str, anchor: str = "", version: bool = False) -> Md:
        """A quote's words as a blockquote in quote marks, which tell a fragment's few words
        from the lines below."""
        paragraphs = self.quotation(text).split("\n\n")
        attributes = " ".join(a for a in (anchor and f"#{anchor}", version * ".quote-version") if a)
        if attributes:
            paragraphs[0] += f"\n{{: {attributes} }}"
        return Md("\n>\n".join("> " + p.replace("\n", "\n> ") for p in paragraphs))

    def listed_words(
        self,
        quote: model.Quote,
        anchor: str,
        version: bool,
        said_above: bool,
        previous: model.Quote | None,
    ) -> Md:
        """A quote's words in a list, and under them a fragment's context, the allegation label,
        when, the sources and its page. One call, not five: 20,000 of them at 5,000 quotes."""
        marks = " .quote-version" if version else ""
        text, one_word = quote.text.strip(), len(quote.text.split()) == 1
        # A fragment, or pieces joined by an omission opening mid-sentence, bare read as one
        # sentence the source may not print: its context's first sentence goes with it.
        pieces = text[:1].islower() and model.OMISSION.search(text) is not None
        shown = quote.context and (one_word or quote.fragment or pieces)
        context = inline(self.opening(quote.context), False) if shown else ""
        if one_word:
            # A word alone in a blockquote read as stray: it opens the line of its context, after
            # a colon, as an attribution's dash ("“review” — OC Media") read as OC Media's word.
            about = f': <span class="quote-context">{context}</span>' if context else ""
            words, under = "", f"{self.quotation(quote.text, line=True)}{about}  \n"
            marks = " .quote-word" + (f" #{anchor}" if anchor else "") + marks
        else:
            words = f"{self.quoted(quote.text, anchor, version)}\n\n"
            under = f'<span class="quote-context">{context}</span>  \n' if shown else ""
        label = self.allegation(quote, previous)
        # No attribution's dash: "— Quote page" under a quote read as if "Quote page" said it.
        said = [] if said_above else self._said(quote)
        line = line_start(" · ".join([*said, self.named(quote, "Quote page", False)]))
        return Md(f"{words}{under}{label}{line}\n{{: .quote-by{marks} }}")

    def whole_text(
        self, quote: model.Quote, said_above: bool, anchor: str, block: Sequence[model.Quote]
    ) -> Md:
        """A whole document in a list, not printed: a line linking its page, then links to its
        passages in the `block`, not their words again (ten made a page 7,000 px tall)."""
        label = " *(an allegation: the sources report no evidence for it)*"
        passages = [
            f"- {self.link(passage, self._unsigned(passage), first=True)}"
            f"{label if passage.allegation else ''}"
            for passage in block
            if passage.part_of == quote.id
        ]
        said = "" if said_above else f" ({' · '.join(self._said(quote))})"
        more = ", or these passages of it, each on a page of its own:" if passages else ""
        mark = f" #{anchor}" if anchor else ""
        line = f"Read the whole text: {self.link(quote)}{said}{more}\n{{: .quote-whole{mark} }}"
        return Md(f"{line}\n\n" + "\n".join(passages) if passages else line)

    def _unsigned(self, passage: model.Quote) -> str:
        """A passage's title without its speaker's name, which the line over it gives: "The MPs
        on the peace treaty" as "the peace treaty" (see _SPEAKER_PREFIX)."""
        title = short_name(self.catalog, passage)
        found = _SPEAKER_PREFIX.match(title)
        if not found or not self._named_in(found["name"].split()[-1], passage.speaker):
            return title
        return found["rest"]

    def _said(self, quote: model.Quote) -> list[str]:
        """When and where from, under a listed quote: its date as its own page gives it."""
        return [self.said_date(quote)[0], self.sourced(quote.sources)]

    def blocks(
        self, run: Sequence[model.Quote], linked: bool = False
    ) -> list[tuple[Md, bool, list[model.Quote]]]:
        """A run of quotes in blocks, each under a line or none, and whether it gives their date
        and sources: versions of one passage under a line linking their difference; quotes in a
        row with one date and the same sources under a line that gives those once."""
        blocks = []
        keyed = itertools.groupby(run, lambda q: self._one_passage(q) or (q.date.iso(), *q.sources))
        for key, group in keyed:
            quotes, line, said = list(group), "", False
            # A whole text and its linked passages, with more words of the speaker after them,
            # has no line: "From [Caliber.Az, ...]:" over the text read as heading those too.
            text_alone = linked and len(quotes) < len(run) and not self.printed(quotes, linked)
            if len(quotes) > 1 and isinstance(key, model.Difference):
                sources = len({sid for quote in quotes for sid in quote.sources})
                give = "gives" if sources == 1 else "give"
                link = self.link(key, "how they differ")
                line = f"One passage, as {count(sources, 'source', words=True)} {give} it ({link}):"
            elif len(quotes) > 1 and self._names_its_source(quotes, linked):
                said = True  # the whole text's link says whose text it is, its event when
            elif len(quotes) > 1 and not text_alone:
                line, said = self.all_from(quotes, len(quotes) == len(run), linked), True
            blocks.append((Md(line), said, quotes))
        if any(said and line for line, said, _ in blocks):
            # Where one block has a line, each quote printed alone gets its own: under "Two
            # quotes from [OC Media]:", the next with its own by-line read as a third.
            blocks = [
                (self.all_from(quotes, False, linked), True, quotes)
                if not line
                and len(quotes) == 1
                and not quotes[0].document
                and not self._one_passage(quotes[0])
                else (line, said, quotes)
                for line, said, quotes in blocks
            ]
        return blocks

    def _names_its_source(self, quotes: Sequence[model.Quote], linked: bool) -> bool:
        """Whether a block is a whole text with its linked passages only, from one source
        that the text's own link names, on the day of its event: "All from [Gaya Mammadov's
        commentary]:" over "Read the whole text: [MP Gaya Mammadov's commentary to AZERTAC]"
        said it twice. Over the MPs' letter, "from [Caliber.Az, ...]" tells where it is."""
        whole = quotes[0]
        if not (linked and whole.document and len(whole.sources) == 1):
            return False
        if any(q.part_of != whole.id or q.sources != whole.sources for q in quotes[1:]):
            return False
        event = self.catalog.by_id.get(whole.event)
        if not (isinstance(event, model.Event) and event.date == whole.date):
            return False
        source = self.catalog.get(whole.sources[0])
        assert isinstance(source, model.Source)

        def words(text: str) -> str:
            return " ".join(text.replace("\u2019", "'").casefold().split())

        cited = words(citation(source, short=True, dated=False)).removeprefix("the ")
        return cited in words(short_name(self.catalog, whole))

    def all_from(self, quotes: Sequence[model.Quote], whole_run: bool, linked: bool = False) -> Md:
        """The line over quotes that share their date and sources: "All from [Caliber.Az, 5
        October 2024]:"; of a part of the run, its printed quotes counted: "Ten quotes from"."""
        first = quotes[0]
        cited = Md(f"from {self.cite(first.sources)}")
        event = self.catalog.by_id.get(first.event)
        if not (isinstance(event, model.Event) and event.date == first.date):
            date = first.date
            on = "on " if date.precision == "day" else "in " if date.known else ""
            when = inline(date.human(), line_start=False)
            cited = Md(f"said {'' if date.approximate else on}{when}, {cited}")
        if whole_run:
            return Md(f"All {cited}:")
        shown = self.printed(quotes, linked)
        if len(shown) < 2:
            return Md(f"{line_start(cited)}:")
        return Md(f"{line_start(count(len(shown), 'quote', words=True))} {cited}:")

    def printed(self, quotes: Sequence[model.Quote], linked: bool) -> list[model.Quote]:
        """The quotes of a block a list prints: not a whole text, nor its `linked` passages."""
        documents = {quote.id for quote in quotes if quote.document}
        return [
            quote
            for quote in quotes
            if not quote.document and not (linked and quote.part_of in documents)
        ]

    def by_speaker(
        self, quotes: Sequence[model.Quote], named: bool
    ) -> list[tuple[str, list[model.Quote]]]:
        """`quotes` in runs by one speaker (one run, unnamed, unless `named`); versions of one
        passage together, where the first is."""
        together: dict[str, list[model.Quote]] = {}
        for quote in quotes:
            difference = self._one_passage(quote)
            together.setdefault(difference.id if difference else quote.id, []).append(quote)
        ordered = [quote for group in together.values() for quote in group]
        if not named:
            return [("", ordered)]
        return [(who, list(run)) for who, run in itertools.groupby(ordered, lambda q: q.speaker)]

    def _one_passage(self, quote: model.Quote) -> model.Difference | None:
        differences = self.catalog.differences_by_record.get(quote.id, ())
        return next((d for d in differences if d.one_passage), None)

    def opening(self, text: str) -> str:
        """Prose's first sentence as plain text, its links as the words they show."""
        return meta.first_sentence(meta.plain(text, self.catalog))

    def lede(self, text: str) -> Md:
        return Md(self.prose(text).replace("\n\n", "\n{: .lede }\n\n") + "\n{: .lede }")

    def blockquote(self, text: str) -> Md:
        return Md("> " + self.prose(text, verbatim=True).replace("\n\n", "\n>\n> "))


# Link titles by record id, for one catalogue, filled by render_site before forking: at
# 5,000 quotes this memo takes rendering from 4.8 s to 3.5 s (one process).
_TITLES: tuple[Catalog | None, dict[str, str]] = (None, {})


def charges(allegation: str) -> list[str]:
    return [charge.strip() for charge in _NEXT_CHARGE.split(allegation.strip())]


def link_title(catalog: Catalog, record: model.Record) -> Md:
    """The title of a link to `record`, a tooltip: its one-line summary (meta.describe)."""
    global _TITLES
    if _TITLES[0] is not catalog:
        _TITLES = (catalog, {})
    title = _TITLES[1].get(record.id)
    if title is None:
        title = _TITLES[1][record.id] = _title(catalog, record, meta.describe(record, catalog))
    return Md(title)


def _title(catalog: Catalog, record: model.Record, summary: str) -> str:
    """A link title from the record's summary, with no double quote, which would end it;
    words shown anywhere carry their allegation label, in a tooltip too."""
    if isinstance(record, model.Quote) and record.document:
        summary = f"{meta.said_by(record, catalog)}: the whole text"
        if record.allegation:
            summary += " (it makes a charge the sources report no evidence for)"
    elif isinstance(record, model.Quote) and record.allegation:
        summary += " (an allegation: the sources report no evidence for this)"
    # Its quote marks are typographic already (see meta.describe), a quote's words verbatim.
    escaped = inline(summary, line_start=False, verbatim=True)
    return escaped.replace('"', "&#34;")


def front_matter(
    record: model.Record | model.Episode | None, tags: Sequence[str], head: dict[str, Any]
) -> str:
    """The page's front matter: its content file, tags, and `head`, one line each."""
    meta: dict[str, Any] = {"edit_path": record.path} if record and record.path else {}
    if tags:
        meta["tags"] = list(tags)
    lines = "".join(f"{key}: {yaml_flow(value)}\n" for key, value in {**meta, **head}.items())
    return f"---\n{lines}---\n\n"


# Characters YAML reads as a line break (NEL, LS, PS) or does not allow in a
# document, lone surrogates, and the HTML syntax characters (so that no markup
# from content stands in a page's source, even as data): written as \u escapes.
_YAML_UNSAFE = re.compile(
    r"[<>&\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]"
)


# One encoder for front matter and exports: json.dumps with options makes a new one on each call.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def yaml_flow(value: Any) -> str:
    """A value as one line of YAML: JSON, which YAML reads the same, with _YAML_UNSAFE escaped."""
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", _ENCODE(value))


def render_site(catalog: Catalog, history: History | None = None) -> dict[str, str]:
    """Every generated file, by its path under docs/; a large site in forked processes."""
    global _SHARED, _TITLES
    summaries = meta.summaries(catalog)
    plan = plan_site(catalog, summaries, history)
    jobs = list(plan.values())
    workers = parallel.workers_for(len(jobs), PARALLEL_FROM_PAGES)
    # Exports and listings, first in the plan, each cover the whole catalogue: each
    # is a share of its own, taken first; the record pages follow in small shares.
    whole = sum(not isinstance(job.record, model.Record) for job in jobs)
    shares: list[Sequence[int]] = [[i] for i in range(whole)]
    shares += parallel.split(range(whole, len(jobs)), workers)
    if workers > 1:
        # Compiled here, once, not in each forked process: 0.12 s each.
        for name in environment().list_templates():
            environment().get_template(name)
    # Every record described once, here, not again in each forked process: 0.06 s each.
    titles = {i: _title(catalog, catalog.by_id[i], text) for i, text in summaries.items()}
    _SHARED, _TITLES = (catalog, jobs), (catalog, titles)
    try:
        made = parallel.fork_map(_render_share, shares, workers)
    finally:
        _SHARED = None
    return dict(zip(plan, itertools.chain.from_iterable(made), strict=True))


def render_page(catalog: Catalog, job: Job) -> str:
    if job.export:
        return export(getattr(catalog, job.export))
    path, template, record, tags, context, head, _ = job
    if isinstance(record, model.Record):
        # Made here, not in plan_site, so that forked processes share the work.
        head = {**head, "jsonld": meta.json_ld(record, catalog, head["description"])}
    body = (
        environment()
        .get_template(template)
        .render(page=Page(path, catalog), catalog=catalog, episode=catalog.episode, **vars(context))
    )
    # Templates leave blank runs where sections are absent; pages hold no code to keep them.
    return front_matter(record, tags, head) + _BLANK_RUNS.sub("\n\n", body).strip() + "\n"


# Forked processes share the catalogue and the jobs through this module's memory: at 5,000
# quotes rendering takes 3.8-4.0 s in one process, 2.5 s on two cores (bench/results.json).
PARALLEL_FROM_PAGES = 2000
_SHARED: tuple[Catalog, list[Job]] | None = None


def _render_share(share: Sequence[int]) -> list[str]:
    assert _SHARED is not None
    catalog, jobs = _SHARED
    return [render_page(catalog, jobs[i]) for i in share]


# --- the machine-readable export ---------------------------------------------


def to_data(value: Any) -> Any:
    if isinstance(value, str):  # most values: asked first
        return value
    if isinstance(value, list):
        return [to_data(v) for v in value]
    if isinstance(value, PartialDate):
        return value.iso()
    if is_dataclass(value):
        kind: type = type(value)
        data = {name: to_data(getattr(value, name)) for name in _exported(kind)}
        if isinstance(value, model.Record):
            data = {"id": data.pop("id"), "kind": value.kind, **data, "file": value.path}
        return data
    return value


@functools.cache
def _exported(cls: type) -> tuple[str, ...]:
    """The fields of a kind that the export writes: those with a spec (fields.py)."""
    return tuple(f.name for f in fields(cls) if f.metadata)


def export(records: Iterable[model.Record]) -> str:
    """One JSON array, sorted by id, a record to a line: a changed record is a one-line
    diff, and the JSON encoder's C implementation (not with ``indent``) does the work."""
    lines = ",\n".join(_ENCODE(to_data(r)) for r in sorted(records, key=lambda r: r.id))
    return f"[\n{lines}\n]\n" if lines else "[]\n"
