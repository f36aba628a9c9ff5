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
from dataclasses import dataclass, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, NamedTuple

import jinja2

from . import meta, model, order, parallel, search, timeline_svg, urls
from .dates import PartialDate, first_day, last_day, span
from .escape import Md, inline, line_start, marked, prose, typographic, web_address
from .fields import and_list
from .history import History
from .meta import count, short_name
from .order import BACKGROUND, UNDATED
from .resolve import Catalog

TEMPLATES = Path(__file__).parent / "templates"
# Runs of three line breaks or more: written so, not \n{3,}, which re finds
# five times slower (0.23 s against 0.05 s over 3,000 pages of the 5,000-quote corpus).
_BLANK_RUNS = re.compile(r"\n\n\n+")


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
        # Templates belong to the generator, not to content: load each once, and
        # skip the file check Jinja otherwise makes on every include.
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
    env.globals["BACKGROUND"] = BACKGROUND
    env.globals["UNDATED"] = UNDATED
    # The episode's days in words: "3 to 7 October 2024".
    env.globals["period"] = lambda e: span(first_day(e.period_start), last_day(e.period_end))
    env.globals["urls"] = urls  # every path a template links to comes from urls.py
    return env


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
    ) -> Md:
        """A link to a record, its one-line summary as the title (unless not
        `titled`: where the page shows that summary beside the link already);
        `first` in its line, it starts with a capital ("the MPs' demand" → "The...");
        `mid` in a sentence, a name's leading "The" is "the" (see mid_line)."""
        if isinstance(record, str):
            record = self.catalog.get(record)
        self._linked.add(record.id)
        text = label if label else short_name(self.catalog, record)
        if first:
            text = line_start(text)
        elif mid:
            text = mid_line(text)
        target = self.to(urls.record_target(record))
        if not titled or not target:  # a link to the page itself needs no summary
            return Md(f"[{inline(text)}]({target})")
        return Md(f'[{inline(text)}]({target} "{link_title(self.catalog, record)}")')

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
        """An actor's part in an event in plain words, in brackets after the event
        in the actor's list of events: " (wrote it)", " (signed it)"; a part the
        event's title says already is left out: a subject's or a speaker's, and
        one of an actor the title names (see `_named_in`): not "(its addressee)"
        after "US lawmakers write to Blinken"; a verb the title says ("cites it"
        after "..., cited in the US letter"). One not in PARTS is shown as written."""
        roles = [p.role for p in event.actors if p.actor == actor_id]
        if self._named_in(event.title, actor_id):
            roles = [role for role in roles if role in UNSAID]
        roles = [role for role in roles if not _verb_said(event.title, PARTS.get(role, role))]
        words = "; ".join(words for role in roles if (words := PARTS.get(role, role)))
        return Md(f" ({inline(words, line_start=False)})" if words else "")

    def _named_in(self, title: str, actor_id: str) -> bool:
        """Whether an event's `title` names an actor: by its name, another name or,
        for a person, surname (meta.names), each without what leads it ("the", "a
        group of", a number) or follows it ("... who wrote to Blinken"), a group also
        by its name's last word ("the MPs' letter"); "U.S." is "US"."""
        words = _plain(title)
        actor = self.catalog.get(actor_id)
        found = {_head(name) for name in meta.names(actor)}
        if isinstance(actor, model.Actor) and actor.plural:
            found.add(_head(actor.display_name).split(" ")[-1])
        return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", words) for name in found if name)

    def when(self, event: model.Event) -> str:
        return order.when(event, self.catalog.by_id)

    def said_when(self, quote: model.Quote) -> Md:
        """A quote's date as its page gives it: a day as it is; a month or a year with
        what is known of the day, as the event's page says it where the quote is
        dated by its event ("October 2024, after 5 October", with a link to how the
        date was worked out where that page tells it), else "October 2024, day not
        given"."""
        date = quote.date
        if not date.known or date.approximate or date.precision == "day":
            return inline(date.human(), line_start=False)
        unknown = f"{date.human()}, {'day' if date.month else 'month'} not given"
        event = self.catalog.by_id.get(quote.event)
        if not isinstance(event, model.Event) or event.date != date:
            return inline(unknown, line_start=False)
        known = order.day_known(event, self.catalog.by_id)
        words = inline(f"{date.human()}, {known}" if known else unknown, line_start=False)
        if not event.date_note:
            return words
        target = self.to(urls.record_page(event) + "#about-the-date")
        return Md(f"{words} (see [how it was worked out]({target}))")

    def via(self, members: Sequence[tuple[str, str]], title: str = "") -> Md:
        """How a state took part in an event through its members, in brackets after
        the event: " (by the State Department)" where they acted (ACTING), a member
        that the model ties to a group of people acting with it named among them:
        " (by the MPs who signed the appeal, among them Fazil Mustafa)", and a part
        written as a verb by its verb: " (enacted by the United States Congress)";
        else each member as its part reads (MEMBER_PARTS): " (about the US
        senators...; accusing the State Department)", a part written freely after the
        name: " (Turan, the outlet he spoke to)". A part whose verb the event's
        `title` says already ("..., cited in the US letter") is left out."""
        acting = {member: role for member, role in members if role in ACTING}
        said = {member for member, _ in members if self._named_in(title, member)}
        if acting:
            groups = {member: self._group_among(member, list(acting)) for member in acting}
            heads: dict[str, list[str]] = {
                m: [] for m, group in groups.items() if not group or groups[group]
            }
            for member, group in groups.items():
                if member not in heads:
                    heads[group].append(member)
            named: dict[str, list[str]] = {}
            parts = []
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
                if not _title_says(title, verb)
            ]
        else:
            parts = []
            for member, role in members:
                phrase = MEMBER_PARTS.get(role)
                name = self.name(member)
                if member in said:
                    continue
                if phrase and not _title_says(title, phrase):
                    parts.append(phrase.format(name))
                elif not phrase:
                    parts.append(f"{name}, {inline(role, line_start=False)}")
        return Md(f" ({'; '.join(parts)})" if parts else "")

    def _group_among(self, member: str, others: Sequence[str]) -> str:
        """The group of people among `others` that `member` is tied to, or "": Fazil
        Mustafa, "signatory of the appeal" of the MPs who signed it."""
        actor = self.catalog.get(member)
        for tie in actor.affiliations if isinstance(actor, model.Actor) else ():
            group = self.catalog.by_id.get(tie.actor)
            if tie.actor in others and isinstance(group, model.Actor) and group.plural:
                return tie.actor
        return ""

    def tie(self, tie: model.Affiliation) -> Md:
        """An affiliation as it reads before the other actor: "Members of the [United
        States Congress]", "Part of [the UN]"; a tie that names no such link,
        "Signatory of the appeal: [the MPs]". A legislature or government body is
        named with "the" ("the Milli Majlis"), which its name may not begin with."""
        relation = tie.relation
        if re.search(r"\bmembers?$", relation):
            relation += " of"
        elif not re.search(r"\b(of|in|to|for|with)$", relation):
            return Md(f"{inline(line_start(relation))}: {self.link(tie.actor)}")
        other = self.catalog.get(tie.actor)
        if takes_the(other, other.display_name):
            relation += " the"
        return Md(f"{inline(line_start(relation))} {self.link(tie.actor)}")

    def mention(self, record_id: str, label: str | None = None, seen: set[str] | None = None) -> Md:
        """A record named in prose or a list: linked the first time the page (or the
        block whose mentions `seen` holds) names it, then as plain words (MOS:REPEATLINK)."""
        seen = self._mentioned if seen is None else seen
        if record_id in seen:
            return inline(label or short_name(self.catalog, self.catalog.get(record_id)))
        seen.add(record_id)
        return self.link(record_id, label)

    def links(self, records: Iterable[model.Record | str]) -> Md:
        return Md(", ".join(self.link(r) for r in records))

    def by_kind(self, records: Sequence[model.Record]) -> Md:
        """Records in a list with an item for each kind, in the order the catalogue
        gives them (events first, as the timeline has them: see resolve): the kind
        and its count, then a link to each, the first with a capital. Actors, by
        their names, share the line; titles of other kinds, a sentence each, are
        one to a line under it, an event after its date, as on a source's page
        (see `relying`): run together, five titles made a paragraph of links."""
        items = []
        for kind, group in itertools.groupby(records, key=lambda record: record.kind):
            linked = list(group)
            name = model.KIND_BY_NAME[kind].folder.capitalize()
            if kind != "actor" and len(linked) > 1:
                lines = "\n".join(f"    - {self.listed(r)}" for r in linked)
                items.append(f"- {name} ({len(linked)}):\n{lines}")
                continue
            # Names hold commas; the first link opens the list ("Quotes (1): The
            # US letter...").
            links = "; ".join(self.link(r, first=not n) for n, r in enumerate(linked))
            items.append(f"- {name} ({len(linked)}): {links}")
        return Md("\n".join(items))

    def listed(self, record: model.Record) -> Md:
        """A record on a line of its own in a list of its kind: an event after its
        date, "**5 October 2024**: [...]"; another record by its link alone."""
        if isinstance(record, model.Event):
            return Md(f"**{line_start(self.when(record))}**: {self.link(record)}")
        return self.link(record, first=True)

    def relying(self, records: Sequence[model.Record]) -> Md:
        """What rests on a source, to be read as lists, each kind counted: its events
        by date, its quotes (whose titles name their speakers) and its differences as
        the differences page orders them, one to a line; the actors it names, in one
        line at the end."""
        kinds: dict[str, list[model.Record]] = {}
        for record in records:
            kinds.setdefault(record.kind, []).append(record)
        actors = kinds.pop("actor", [])
        blocks = []
        for kind, linked in kinds.items():
            head = f"{model.KIND_BY_NAME[kind].folder.capitalize()} ({len(linked)})"
            if kind == "difference":  # as the differences page orders them
                order = [d.id for d in differences_by_weight(self.catalog)]
                linked.sort(key=lambda d: order.index(d.id))
            items = "\n".join(f"- {self.listed(r)}" for r in linked)
            blocks.append(f"{head}:\n{{: .relying-head }}\n\n{items}")
        if actors:  # named, most in passing: one line
            links = " · ".join(self.link(actor) for actor in actors)
            blocks.append(f"**Actors ({len(actors)}):** {links}\n{{: .relying-actors }}")
        return Md("\n\n".join(blocks))

    def mentioned_in(
        self, record: model.Record, listed: Iterable[model.Record | str] = ()
    ) -> list[model.Record]:
        """What names `record`, but for what the page lists in sections of its own
        (`listed`, records or ids; the footer's differences and sources) or has linked
        above: a page links each record once where it can."""
        shown = {item if isinstance(item, str) else item.id for item in listed} | self._linked
        shown.update(getattr(record, "sources", ()))
        shown.update(d.id for d in self.catalog.differences_by_record.get(record.id, ()))
        return [r for r in self.catalog.referrers.get(record.id, ()) if r.id not in shown]

    def summary(self, actor: model.Actor) -> Md:
        """The first sentence of an actor's description, whole (a page description
        cuts it), beside a link that then needs no title."""
        return inline(self.opening(actor.description), line_start=False)

    def name(self, record_id: str) -> Md:
        """A record named, not linked, in a sentence: "the US senators", not "The US
        senators" (see mid_line), and a body with "the", as in `tie` ("the United
        States Congress"); for a list whose every entry links elsewhere."""
        record = self.catalog.get(record_id)
        words = short_name(self.catalog, record)
        return inline(mid_line(f"the {words}" if takes_the(record, words) else words))

    def name_linked(self, record_id: str) -> Md:
        """A record linked as a line names it after others: a body or a state with
        "the" before the link, as `name` gives it ("the [United States]")."""
        record = self.catalog.get(record_id)
        the = "the " if takes_the(record, short_name(self.catalog, record)) else ""
        return Md(the + self.link(record, mid=True))

    def cite(self, source_ids: Iterable[str]) -> Md:
        """Links to sources, by their short citation (outlet and date: no title,
        which would only add the source's kind and name, on every citation).
        A source known only by its title is cited by what it is (see `citation`),
        the link's title giving the title whole."""
        parts = []
        for sid in source_ids:
            source = self.catalog.get(sid)
            assert isinstance(source, model.Source)
            shown = citation(source, short=True)
            parts.append(self.link(source, shown, titled=shown != citation(source)))
        return Md("; ".join(parts))

    def sourced(self, source_ids: Sequence[str]) -> Md:
        """ "Source: [OC Media, ...]" for one source, "Sources: ..." for more."""
        label = "Source" if len(source_ids) == 1 else "Sources"
        return Md(f"{label}: {self.cite(source_ids)}")

    def prose(self, text: str, mentioned: set[str] | None = None, verbatim: bool = False) -> Md:
        """Prose whose [[links]] link a record at its first mention in the page
        (or in `mentioned`, a block of its own); later mentions are plain words.
        Its quote marks are typographic, unless `verbatim` (a quote's own words)."""
        return prose(text, lambda target, label: self.mention(target, label, mentioned), verbatim)

    def prose_line(self, text: str, verbatim: bool = False) -> Md:
        """Prose on one line, for a table cell: paragraphs joined by a space. A
        cell is a block of its own: it links what the page's prose linked before."""
        return Md(self.prose(text, set(), verbatim).replace("\n\n", " "))

    def stands(
        self, stands: Sequence[Stand], full: bool = False, stakes: Sequence[model.Stake] = ()
    ) -> Md:
        """A cell of "who stands where": a block for each side, naming its actors,
        each with its positions on the row's `stakes`."""
        blocks = []
        for side, group in itertools.groupby(stands, key=lambda stand: stand.side):
            actors = []
            for stand in group:
                actor = self.catalog.get(stand.actor)
                name = inline(short_name(self.catalog, actor))
                plural = isinstance(actor, model.Actor) and actor.plural
                words = self.positions(stand.positions, full, plural, stakes)
                actors.append(f'<span class="stand-actor">**{name}** {words}</span>')
            # A side is named as it reads mid-line ("opposition leader Karimli"); its
            # label opens a block.
            label = f'<span class="stand-side">{inline(line_start(side))}</span>'
            blocks.append(f'<span class="stand">{label} {" ".join(actors)}</span>')
        none = f'<span class="stand-none">{NONE_ON_RECORD}</span>'
        return Md(" ".join(blocks) if blocks else none)

    def glance(self, row: StakeRow) -> Md:
        """A line of the home page's sides at a glance: a stake, then the sides for
        it and those against it, by name (the table of who stands where has the rest).
        A side whose actor wrote or signed what the stake is about says so: "For: US
        lawmakers (wrote it)" reads as their own letter, not as others' backing."""
        # One heading for the row, not a line to each stake, which on a phone reads
        # as rows left empty.
        labels = " · ".join(inline(stake.label) for stake in row.stakes)
        about = self.catalog.by_id.get(row.stakes[0].about)
        parts = {p.actor: p.role for p in about.actors} if isinstance(about, model.Event) else {}
        own_part = len(row.stakes) == 1  # of several stakes, whose would it be?

        def sides(stands: list[Stand]) -> str:
            named: dict[str, str] = {}
            for stand in stands:
                own = PARTS.get(parts.get(stand.actor, ""), "") if own_part else ""
                if own in OWN and not named.get(stand.side):
                    named[stand.side] = f" ({own})"
                named.setdefault(stand.side, "")
            # A side's note in brackets, "MP Gadirli (did not sign the appeal)", is
            # for the table: at a glance, the name.
            shown = [inline(re.sub(r" \(.*\)$", "", side)) + own for side, own in named.items()]
            return ", ".join(shown) or NONE_ON_RECORD

        def head(word: str) -> str:
            return f'<span class="glance-head">{word}:</span>'

        stake = f'<span class="glance-stake">{labels}</span>'
        favour = f"{head('For')} {sides(row.in_favour)}"
        if not row.against:  # one cell, in a line: "For: ...; against: none in the sources"
            both = f"{favour}; {head('against')} {NONE_ON_RECORD}"
            return Md(f'{stake} <span class="glance-for glance-all">{both}</span>')
        against = f"{head('Against')} {sides(row.against)}"
        return Md(
            f'{stake} <span class="glance-for">{favour}</span>'
            f' <span class="glance-against">{against}</span>'
        )

    def instruments(
        self, agreements: Sequence[model.Agreement], among: Sequence[model.Agreement]
    ) -> Md:
        """Agreements linked in a line of prose ("A, B and C"), each by its year and kind
        where these name it alone among `among` ("the 1997 declaration"), else by its name."""
        years = [by_year(other) for other in among]
        names = []
        for agreement in agreements:
            short = by_year(agreement)
            name = short if short and years.count(short) == 1 else agreement.name
            names.append(self.mention(agreement.id, name))
        return Md(and_list(names))

    def status(self, agreement: model.Agreement, first: bool = False) -> Md:
        """An agreement's status in words ("in force"; `first` in its line, "In
        force"), as its own page gives it: said to be the sources' account, linked
        to its page's status section where it has one; nothing where the sources
        give none."""
        if agreement.status == "unknown":
            return Md("")
        label = model.LABELS[agreement.status]
        words = inline(label if first else label.lower(), line_start=False)
        if not agreement.status_note:
            return Md(words)
        target = self.to(urls.record_page(agreement) + "#status")
        return Md(f"{words}, [as the sources describe it]({target})")

    def in_the_story(self) -> Md:
        """Under a record page's title: the episode in one line, linked to the story
        in brief, for a reader who lands there from a search engine or a shared
        link. Not searched: every record page holds the same words."""
        return Md(f"{self.episode_line()}\n{{: .in-the-story data-search-exclude }}\n")

    def episode_line(self) -> Md:
        """The episode in one line, to open a listing: its tagline, else the first
        sentence of its lede, linked to the home page, which tells the story."""
        episode = self.catalog.episode
        line = episode.tagline or self.opening(episode.lede)
        line = (line or episode.title).rstrip(".")
        return Md(f"{inline(line)} ([the story in brief]({self.to(urls.HOME)})).")

    def stake(self, stake: model.Stake) -> Md:
        return self.link(stake.about, stake.label) if stake.about else Md(inline(stake.label))

    def positions(
        self,
        positions: Sequence[model.Position],
        full: bool = False,
        plural: bool = False,
        stakes: Sequence[model.Stake] = (),
        headless: bool = False,
    ) -> Md:
        """Each position on `stakes` in words (after a plural subject if `plural`;
        see `stance`), linked to the quote that shows it; quotes on different
        stakes of the line each by what it is on: "want an end to them (their
        words: on [the 1997 declaration], on [talks])", further quotes on the same
        by their titles (see `also`); in `full`, or with no quote to show where it
        comes from, its sources too.
        `headless`, where no name precedes the words (an actor's own page), a
        plural subject is said, "they want it ended", which alone would read as
        an order."""
        parts = []
        for position in positions:
            words, quotes = self.stance(position, stakes, plural), position.quotes
            on = self._quoted_on(position, stakes)
            if len(set(on.values())) > 1:  # the stakes tell the quotes apart
                # "their" of a group; of one person, whose pronoun no record gives, none.
                whose = "their words:" if plural else "quoted"
                text, aside = inline(words), [f"{whose} {self._words_on(on)}"]
            else:
                text = self.link(quotes[0], words) if quotes else inline(words)
                # One bracket after the words, not two side by side: "(also [the MPs'
                # verdict]; sources: [OC Media...])".
                more = [self.link(q, self.also(q, n)) for n, q in enumerate(quotes[1:])]
                aside = [f"also {'; '.join(more)}"] if more else []
            if full or not quotes:
                cited = self.cite(position.sources)
                label = "sources" if len(position.sources) > 1 else "source"
                aside.append(f"{label}: {cited}" if aside else cited)
            parts.append(Md(f"{text} ({'; '.join(aside)})" if aside else text))
        they = "they " if headless and plural and parts else ""
        return Md(they + " and ".join(parts))

    def stance(self, position: model.Position, stakes: Sequence[model.Stake], plural: bool) -> str:
        """A position's stance in words that suit what it is on: an agreement is
        "ended", talks or work are not ("want an end to it"); support for a text the
        actor wrote, signed or published is said as that part ("wrote it", as at a
        glance), unless the actor's name says that part already ("the senators
        who wrote to Blinken", not "... wrote it"); of several stakes, "them"."""
        words = position.words(plural)
        kinds = [type(self.catalog.by_id.get(stake.about)) for stake in stakes]
        if position.stance == "end" and any(kind is not model.Agreement for kind in kinds):
            words = f"want{'' if plural else 's'} an end to it"
        if position.stance == "support" and len(stakes) == 1:
            event = self.catalog.by_id.get(stakes[0].about)
            roles = [p.role for p in getattr(event, "actors", ()) if p.actor == position.actor]
            own = [PARTS[role] for role in roles if PARTS.get(role) in OWN]
            name = short_name(self.catalog, self.catalog.get(position.actor))
            if own and not re.search(rf"\b{own[0].split()[0]}\b", name):  # its verb
                words = own[0]
        return words.replace(" it", " them") if len(stakes) > 1 else words

    def _quoted_on(self, position: model.Position, stakes: Sequence[model.Stake]) -> dict[str, str]:
        """Each quote of a position with the stakes it was given for, in words:
        "the 1997 declaration and talks"."""
        on: dict[str, list[str]] = {quote: [] for quote in position.quotes}
        for stake in stakes:
            for held in self.catalog.positions_on(stake):
                if (held.actor, held.stance) == (position.actor, position.stance):
                    for quote in held.quotes:
                        on.setdefault(quote, []).append(mid_label(stake.label))
        return {quote: and_list(list(dict.fromkeys(labels))) for quote, labels in on.items()}

    def _words_on(self, on: dict[str, str]) -> str:
        """Quotes by what each is on: "on [the 1997 declaration](...), on
        [talks](...)"; a further quote on the same, "[another quote](...)"."""
        links: dict[str, list[str]] = {}
        for quote, label in on.items():
            seen = links.setdefault(label, [])
            seen.append(self.link(quote, FURTHER[min(len(seen) - 1, 4)] if seen else label))
        return ", ".join("on " + " and ".join(group) for group in links.values())

    def also(self, quote_id: str, n: int) -> str:
        """The words of a link to the `n`th further quote of a position: its title
        ("the MPs' demand to stop talks"), or, a quote having none, "another quote",
        "a third quote"..., not a bare number."""
        quote = self.catalog.get(quote_id)
        if isinstance(quote, model.Quote) and quote.title:
            return mid_line(short_name(self.catalog, quote))
        return FURTHER[n] if n < len(FURTHER) else f"quote {n + 2}"

    def by_event(
        self, quotes: Sequence[model.Quote]
    ) -> list[tuple[model.Event | None, list[model.Quote]]]:
        """`quotes` under the event each was said at or about, events in timeline
        order, but for the background's: words about an earlier event (the MPs on
        Section 907 in 1992) were said in the episode, and follow its events; quotes
        tied to no event last, under None."""
        events, rank, past = self.catalog.events, self.catalog.event_rank, self.catalog.background

        def place(quote: model.Quote) -> tuple[bool, int]:
            return quote.event in past or not quote.event, rank.get(quote.event, len(rank))

        groups = itertools.groupby(sorted(quotes, key=place), lambda q: q.event)
        return [(events[rank[e]] if e else None, list(group)) for e, group in groups]

    def context_line(self, quote: model.Quote) -> Md:
        """For a fragment (see Quote.fragment) in a list: the first sentence of its
        context, in plain words (the quote's page links them), or nothing."""
        if not (quote.fragment and quote.context):
            return Md("")
        sentence = inline(self.opening(quote.context), line_start=False)
        return Md(f'<span class="quote-context">{sentence}</span>  \n')

    def allegation(self, quote: model.Quote, previous: model.Quote | None = None) -> Md:
        """The label on a quote that makes a charge the sources give no evidence for,
        as a line of its own; `previous`, the quote listed just above, whose same
        charge is not spelt out again (a whole document's list line shows no label)."""
        if not quote.allegation:
            return Md("")
        if previous and not previous.document and previous.allegation == quote.allegation:
            return Md("*Allegation, the same as above: the sources report no evidence for it.*  \n")
        label = inline(quote.allegation)
        return Md(f"*Allegation ({label}): the sources report no evidence for this.*  \n")

    def quoted(self, text: str, anchor: str = "", version: bool = False) -> Md:
        """A quote's words in a list: a blockquote, as on the quote's own page, in
        quote marks, which tell a fragment's few words from the lines below them;
        `anchor`, the id of its first paragraph, where a link to it lands; a `version`
        of one passage (see `blocks`) is set in under the line over them."""
        paragraphs = self.prose(text, verbatim=True).split("\n\n")
        paragraphs[0] = "“" + paragraphs[0]
        paragraphs[-1] += "”"
        attributes = [f"#{anchor}"] if anchor else []
        if version:
            attributes.append(".quote-version")
        if attributes:
            paragraphs[0] += f"\n{{: {' '.join(attributes)} }}"
        return Md("\n>\n".join("> " + p.replace("\n", "\n> ") for p in paragraphs))

    def by_line(self, quote: model.Quote, said_above: bool = False) -> Md:
        """A listed quote's attribution below its words (its speaker and event head
        the list): when, the sources, and the quote's page; only the page where a
        line over it gives the rest (`said_above`)."""
        said = [] if said_above else self._said(quote)
        return Md("— " + " · ".join([*said, self.link(quote, "Quote page", False)]))

    def whole_text(self, quote: model.Quote, said_above: bool = False) -> Md:
        """A whole document in a list, not printed: a line pointing to its page, with
        when and where it was printed in brackets unless a line over it says. Its
        allegation label stands on its page; the link's title says it makes a charge."""
        said = "" if said_above else f" ({' · '.join(self._said(quote))})"
        return Md(f"Read the whole text: {self.link(quote)}{said}")

    def _said(self, quote: model.Quote) -> list[str]:
        return [inline(quote.date.human(), line_start=False), self.sourced(quote.sources)]

    def blocks(self, run: Sequence[model.Quote]) -> list[tuple[Md, bool, list[model.Quote]]]:
        """A run of quotes (see `by_speaker`) in blocks, each under a line or none, and
        whether that line gives their date and sources. Two or more versions of one
        passage (the quotes of a difference marked `one_passage`) come under a line
        that says so, linking the difference that compares them; each keeps its own
        sources. Two or more other quotes in a row said on one date with the same
        sources come under a line that gives those once (see `all_from`), not at the
        foot of each."""
        blocks = []
        for key, group in itertools.groupby(run, self._block_key):
            quotes = list(group)
            if len(quotes) < 2:
                blocks.append((Md(""), False, quotes))
            elif isinstance(key, model.Difference):
                sources = len({sid for quote in quotes for sid in quote.sources})
                give = "gives" if sources == 1 else "give"
                link = self.link(key, "how they differ")
                line = f"One passage, as {count(sources, 'source', words=True)} {give} it ({link}):"
                blocks.append((Md(line), False, quotes))
            else:
                blocks.append((self.all_from(quotes, len(quotes) == len(run)), True, quotes))
        return blocks

    def _block_key(self, quote: model.Quote) -> model.Difference | tuple[str, ...]:
        return self._one_passage(quote) or (quote.date.iso(), *quote.sources)

    def all_from(self, quotes: Sequence[model.Quote], whole_run: bool) -> Md:
        """The line over quotes that share their date and sources: "All from
        [Caliber.Az, 5 October 2024]:", the date left to the heading over them where
        it is their event's; else "All said in October 2024, from [...]:". Quotes
        that are not all of their speaker's run are counted, those printed alone, not
        a whole text's line: "Ten quotes from [...]:"."""
        first = quotes[0]
        cited = self.cite(first.sources)
        event = self.catalog.by_id.get(first.event)
        if not (isinstance(event, model.Event) and event.date == first.date):
            date = first.date
            on = "on " if date.precision == "day" else "in " if date.known else ""
            when = inline(date.human(), line_start=False)
            cited = Md(f"said {'' if date.approximate else on}{when}, from {cited}")
        else:
            cited = Md(f"from {cited}")
        if whole_run:
            return Md(f"All {cited}:")
        printed = count(sum(not quote.document for quote in quotes), "quote", words=True)
        return Md(f"{line_start(printed)} {cited}:")

    def by_speaker(
        self, quotes: Sequence[model.Quote], named: bool
    ) -> list[tuple[str, list[model.Quote]]]:
        """`quotes` in runs said by one speaker, named once over each run; if not
        `named` (the speaker's own page), one run under no name. Versions of one
        passage are listed together, where the first of them is."""
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
        """Prose's first sentence as plain text, its links as the words they show: what
        a line that links the whole says of it, read without following the link."""
        return meta.first_sentence(meta.plain(text, self.catalog))

    def lede(self, text: str) -> Md:
        return Md(self.prose(text).replace("\n\n", "\n{: .lede }\n\n") + "\n{: .lede }")

    def blockquote(self, text: str) -> Md:
        return Md("> " + self.prose(text, verbatim=True).replace("\n\n", "\n>\n> "))


# The parts in an event that the documentation of Participant.role names, in the
# words an actor's list of events gives them (see Page.part); "" leaves one out.
PARTS = {
    "subject": "",
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

# The parts that make what an event produced the actor's own: "For: US lawmakers
# (wrote it)" at a glance (see Page.glance).
OWN = ("wrote it", "signed it", "published it")

# A side of "who stands where" that no source records a position for: the sources
# are silent, which is not the same as nobody holding one.
NONE_ON_RECORD = "none in the sources"


# The parts that a title naming the actor does not say: "The 2020 war over
# Nagorno-Karabakh" names Armenia, not that it was a party; "... in Baku" the host's
# city, not that it hosted.
UNSAID = ("party", "participant", "host")


def _plain(text: str) -> str:
    """Text as `Page._named_in` compares names: casefolded, without full stops
    ("U.S." is "us", "Caliber.Az" "caliberaz")."""
    return text.replace(".", "").casefold()


# What leads a name without naming it: "the", "a group of", "43", "nearly 60".
_LEAD = re.compile(r"^(?:(?:a group of|the|an?|nearly|some|about|\d+)\s+)+")
# What follows a name's head: "... who wrote to Blinken".
_TAIL = re.compile(r"\s+(?:who|that|which)\s.*$")


def _head(name: str) -> str:
    """A name as a title may say it: "the US senators and representatives who
    wrote to Blinken" → "us senators and representatives"."""
    return _TAIL.sub("", _LEAD.sub("", _plain(name).strip()))


def _title_says(title: str, part: str) -> bool:
    """Whether an event's title says a member's part already: the part's verb
    ("cited" of "cited by {}", "cites" of "cites it") is a word of it, in any of
    its regular forms ("cited in the US letter"); "by" and "about" say nothing."""
    verb = part.split()[0]
    stems = {_stem(word) for word in re.findall(r"\w+", title.casefold())}
    return verb not in ("by", "about") and _stem(verb.casefold()) in stems


def _verb_said(title: str, part: str) -> bool:
    """Whether `part` is a verb and "it" ("cites it", "wrote it", not "a party to
    it") and the title says the verb."""
    words = part.split()
    return len(words) == 2 and words[1] == "it" and _title_says(title, part)


def _stem(word: str) -> str:
    """A verb without a regular ending: "cites", "cited" → "cit"."""
    return re.sub(r"(?:es|ed|s)$", "", word)


# The parts in which a state's people and bodies acted in an event, named after it
# on the state's page: "US lawmakers write to Blinken (by the US senators...)"
# (see Page.via): every part in PARTS but a subject's and an addressee's, and a law's.
ACTING = PARTS.keys() - {"subject", "addressee"} | {"enacted it"}

# A state's member in an event it did not act in, as the state's page names it
# after the event (see Page.via): "(about the US senators...)"; a part not here
# follows the name: "(Turan, the outlet he spoke to)".
MEMBER_PARTS = {
    "subject": "about {}",
    "addressee": "addressed to {}",
    "accused": "accusing {}",
    "cites it": "cited by {}",
}

# The kinds of actor whose names take "the" in a line: "members of the Milli Majlis".
INSTITUTIONS = ("legislature", "government-body")


def mid_label(label: str) -> str:
    """A stake's label as it reads mid-line: "talks on new agreements", "the 1997
    declaration"; a name in capitals stays ("USAID's work")."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def takes_the(record: model.Record, name: str) -> bool:
    """Whether `name`, a body's or a state's named by a common noun ("the United
    States", "the Czech Republic", not "Azerbaijan"), takes "the" in a line, not
    having it already."""
    if not isinstance(record, model.Actor) or name.casefold().startswith("the "):
        return False
    if record.type == "state":
        return not STATE_NOUNS.isdisjoint(name.split())
    return record.type in INSTITUTIONS


# The words that make a state's name take "the": "the United Kingdom".
STATE_NOUNS = frozenset(("States", "Kingdom", "Republic", "Union", "Emirates", "Islands"))


# The words of links to further quotes that have no title (see Page.also).
FURTHER = ("another quote", "a third quote", "a fourth quote", "a fifth quote", "a sixth quote")


def by_year(agreement: model.Agreement) -> str:
    """ "the 1997 declaration": an agreement's year and its kind in one word, if
    the sources give the year; else nothing."""
    kind = model.LABELS[agreement.type].lower()
    date = agreement.date
    if date.year is None or date.approximate or " " in kind:
        return ""
    return f"the {date.year} {kind}"


def mid_line(name: str) -> str:
    """A name as it reads after others in a line: "the US senators", not "The...";
    "an unnamed spokesperson", not "An..."."""
    return re.sub(r"^(The|An|A) ", lambda m: m.group(1).lower() + " ", name)


# Characters of an inline citation, where a source without an outlet is cited
# by its title.
SHORT_CITATION = 36

# Link titles by record id, for one catalogue at a time: each record is linked from
# many pages. At 5,000 quotes this memo takes rendering from 4.8 s to 3.5 s (one process).
_TITLES: tuple[Catalog | None, dict[str, str]] = (None, {})


def link_title(catalog: Catalog, record: model.Record) -> Md:
    """The title of a link to `record`: its one-line summary (see meta.describe),
    shown as a tooltip where the link is hovered or focused, in every build.
    Escaped as any content text, and with no double quote, which would end it."""
    global _TITLES
    if _TITLES[0] is not catalog:
        _TITLES = (catalog, {})
    titles = _TITLES[1]
    title = titles.get(record.id)
    if title is None:
        summary = meta.describe(record, catalog)
        if isinstance(record, model.Quote) and record.document:
            # A whole document is linked, never printed, where it is listed.
            summary = f"{meta.said_by(record, catalog)}: the whole text"
        if isinstance(record, model.Quote) and record.allegation:
            # Words shown anywhere carry their label, in a tooltip too; a whole text is
            # not itself the allegation, it holds one.
            summary += (
                " (it makes a charge the sources report no evidence for)"
                if record.document
                else " (an allegation: the sources report no evidence for this)"
            )
        # Its quote marks are typographic already (see meta.describe), a quote's words verbatim.
        escaped = inline(summary, line_start=False, verbatim=True)
        title = titles[record.id] = escaped.replace('"', "&#34;")
    return Md(title)


def citation(source: model.Source, short: bool = False) -> str:
    """How a source is cited inline: outlet and date, or its title; `short`, the
    plain words saying what the text is (`cited_as`: no quote marks, which would
    make them read as somebody's words), else its title cut, in quote marks, which
    say that the words are the source's title."""
    if source.outlet != "unknown":
        return f"{source.outlet}, {source.date.human()}" if source.date.known else source.outlet
    if short:
        return source.cited_as or meta.quoted(meta.clip(source.title, SHORT_CITATION))
    return source.title


def front_matter(
    record: model.Record | model.Episode | None, tags: Sequence[str], head: dict[str, Any]
) -> str:
    """The page's front matter: its content file, tags, and `head` (description,
    JSON-LD, last change), one line each."""
    meta: dict[str, Any] = {}
    if record is not None and record.path:
        meta["edit_path"] = record.path
    if tags:
        meta["tags"] = list(tags)
    meta.update(head)
    lines = "".join(f"{key}: {yaml_flow(value)}\n" for key, value in meta.items())
    return f"---\n{lines}---\n\n"


# Characters YAML reads as a line break (NEL, LS, PS) or does not allow in a
# document, lone surrogates, and the HTML syntax characters (so that no markup
# from content stands in a page's source, even as data): written as \u escapes.
_YAML_UNSAFE = re.compile(
    r"[<>&\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]"
)


def yaml_flow(value: Any) -> str:
    """A value as one line of YAML: JSON, whose double-quoted strings, lists and
    mappings YAML reads the same, with every character YAML treats otherwise escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def render_site(catalog: Catalog, history: History | None = None) -> dict[str, str]:
    """Every generated file, by its path under docs/; a large site in forked processes."""
    global _SHARED
    plan = plan_site(catalog, history)
    jobs = list(plan.values())
    workers = parallel.workers_for(len(jobs), PARALLEL_FROM_PAGES)
    # Exports and listings, first in the plan, each cover the whole catalogue: each
    # is a share of its own, taken first; the record pages follow in small shares.
    whole = sum(not isinstance(job.record, model.Record) for job in jobs)
    shares: list[Sequence[int]] = [[i] for i in range(whole)]
    shares += parallel.split(range(whole, len(jobs)), workers)
    if workers > 1:
        # Compiled here, once, not in each forked process: 0.12 s each.
        env = environment()
        for name in env.list_templates():
            env.get_template(name)
    _SHARED = (catalog, jobs)
    try:
        made = parallel.fork_map(_render_share, shares, workers)
    finally:
        _SHARED = None
    return dict(zip(plan, itertools.chain.from_iterable(made), strict=True))


# Listings of records found on their own pages: left out of the search index,
# which would otherwise hold every quote and event twice or more. A difference
# has no page but the listing.
NOT_SEARCHED = meta.LISTINGS.keys() - {urls.DIFFERENCES}


def plan_site(catalog: Catalog, history: History | None = None) -> dict[str, _Job]:
    """What to render: every file's job, by its path under docs/.

    `history` (see history.py) dates each record page by its content file's
    last commit; without it pages carry no date. A job's context (see Context)
    holds the names its template is given beyond `page`, `catalog` and `episode`.
    """
    jobs: dict[str, _Job] = {}
    descriptions = meta.page_descriptions(catalog)
    boosts = search.boosts(catalog)

    def emit(
        path: str, template: str, context: Context, record: Any = None, tags: Sequence[str] = ()
    ) -> None:
        if path in jobs:
            raise ValueError(f"two pages would be written to docs/{path}")
        head: dict[str, Any] = {"description": descriptions[path]}
        if path in NOT_SEARCHED:
            head["search"] = {"exclude": True}
        elif path == urls.DIFFERENCES:
            head["search"] = {"boost": search.BOOST}
        elif isinstance(record, model.Record) and record.id in boosts:
            head["search"] = {"boost": boosts[record.id]}
        if path == urls.HOME:
            # The sidebar would list the home page alone (the tabs name the sections):
            # without it the text takes its width, and at 1280 by 900 the first screen
            # holds the lede, the sides at a glance, why it matters and the timeline.
            head["hide"] = ["navigation"]
        if isinstance(record, model.Record) and history and record.path in history.changed:
            head["changed"] = history.changed[record.path]
            if record.path in history.added:
                head["added"] = history.added[record.path]
        jobs[path] = _Job(path, template, record, tags, context, head)

    # Each export is a job too, so that a forked process makes it alongside pages.
    for cls in model.RECORD_KINDS:
        path = f"{urls.DATA_FOLDER}/{cls.folder}.json"
        jobs[path] = _Job(path, "", None, [], Context(), {}, export=cls.folder)

    graphic = timeline_svg.graphic(catalog, urls.HOME)
    stances = who_stands_where(catalog)
    home = HomePage(timeline_graphic=graphic, stances=stances)
    emit(urls.HOME, "home.md.j2", home, catalog.episode)
    graphic = timeline_svg.graphic(catalog, urls.TIMELINE)
    emit(urls.TIMELINE, "timeline.md.j2", TimelinePage(timeline_graphic=graphic))
    emit(urls.section_index("actor"), "actors.md.j2", ActorsPage(groups=actor_groups(catalog)))
    # The agreements a stake is about, on which the sides take positions, and the
    # others, which the texts mention; and each actor wanting some of the first ended.
    about = {stake.about for stake in catalog.episode.stakes}
    at_stake = [a for a in catalog.agreements if a.id in about]
    agreements = AgreementsPage(
        stances=who_stands_where(catalog, full=True),
        at_stake=at_stake,
        others=[a for a in catalog.agreements if a.id not in about],
        ending=ended_by(catalog, at_stake),
    )
    emit(urls.section_index("agreement"), "agreements.md.j2", agreements)
    # Events with a known date in the timeline's order; the rest under a heading of their own.
    parts = catalog.timeline
    dated = [event for heading, events in parts if heading != UNDATED for event in events]
    undated = [event for heading, events in parts if heading == UNDATED for event in events]
    emit(urls.section_index("event"), "events.md.j2", EventsPage(events=dated, undated=undated))
    emit(urls.section_index("source"), "sources.md.j2", Context())
    speakers = SpeakersPage(speakers=speakers_in_order(catalog))
    emit(urls.QUOTES_BY_SPEAKER, "quotes_by_speaker.md.j2", speakers)
    emit(urls.QUOTES_BY_EVENT, "quotes_by_event.md.j2", Context())
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
    for actor in catalog.actors:
        # A state's people and bodies (their `country`): its page lists them, and
        # its events and agreements through them.
        state = actor.type == "state"
        mine = [a for a in catalog.actors if a.country == actor.id] if state else []
        context = ActorPage(
            actor=actor,
            agreement_ties=through(ties, actor, mine),
            stands=held.get(actor.id, []),
            members=mine,
            events=events_through(catalog, actor, mine),
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


class _Job(NamedTuple):
    """One file to make: a page from a template, or a JSON `export` of the
    catalogue's records of one kind (the catalogue's name for them)."""

    path: str
    template: str
    record: Any
    tags: Sequence[str]
    context: Context
    head: dict[str, Any]
    export: str = ""


def render_page(catalog: Catalog, job: _Job) -> str:
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
    # Templates leave blank runs where optional sections are absent; one blank
    # line separates blocks in Markdown, and generated pages hold no code.
    return front_matter(record, tags, head) + _BLANK_RUNS.sub("\n\n", body).strip() + "\n"


# Rendering is most of generation time and every page is independent, so a
# large site is rendered by forked processes (see parallel.py): they share the
# catalogue and the jobs through this module's memory, never by copying them.
# At 5,000 quotes (6,111 files) rendering takes 3.8-4.0 s in one process and
# 2.5 s forked on two cores: generation then takes 3.8-3.9 s, under a tenth of
# the 50 s MkDocs build (bench/results.json), against 5.2-5.4 s in one process.
PARALLEL_FROM_PAGES = 2000
_SHARED: tuple[Catalog, list[_Job]] | None = None


def _render_share(share: Sequence[int]) -> list[str]:
    assert _SHARED is not None
    catalog, jobs = _SHARED
    return [render_page(catalog, jobs[i]) for i in share]


@dataclass(frozen=True, kw_only=True)
class Context:
    """The names a page template is given beyond `page`, `catalog` and `episode`:
    one class per kind of page, so that what a template reads is declared here
    (and type-checked) rather than passed as loose keywords."""


@dataclass(frozen=True, kw_only=True)
class HomePage(Context):
    timeline_graphic: Md
    stances: Stances


@dataclass(frozen=True, kw_only=True)
class TimelinePage(Context):
    timeline_graphic: Md  # the events themselves: catalog.timeline


@dataclass(frozen=True, kw_only=True)
class EventsPage(Context):
    events: list[model.Event]  # those with a known date, in the timeline's order
    undated: list[model.Event]  # the rest, listed under a heading that says so


@dataclass(frozen=True, kw_only=True)
class SpeakersPage(Context):
    speakers: list[model.Actor]  # those with quotes, in the order they first speak


@dataclass(frozen=True, kw_only=True)
class ActorsPage(Context):
    groups: list[tuple[str, list[tuple[str, list[model.Actor]]]]]


@dataclass(frozen=True, kw_only=True)
class AgreementsPage(Context):
    stances: Stances
    at_stake: list[model.Agreement]  # those a stake of the episode is about
    others: list[model.Agreement]  # the other instruments the texts mention
    # each actor wanting some of at_stake ended, and where its words ask for more
    ending: list[Ending]


@dataclass(frozen=True, kw_only=True)
class DifferencesPage(Context):
    differences: list[model.Difference]


@dataclass(frozen=True, kw_only=True)
class ActorPage(Context):
    actor: model.Actor
    agreement_ties: dict[str, list[str]]
    stands: list[tuple[list[model.Stake], list[model.Position]]]
    members: list[model.Actor]  # a state's people and bodies (their `country`)
    events: list[tuple[model.Event, list[tuple[str, str]]]]  # each with (member, part) via whom


@dataclass(frozen=True, kw_only=True)
class AgreementPage(Context):
    agreement: model.Agreement
    quotes: list[model.Quote]  # about it, but for those its positions print
    above: frozenset[str]  # the ids of the quotes its positions print


@dataclass(frozen=True, kw_only=True)
class EventPage(Context):
    event: model.Event


@dataclass(frozen=True, kw_only=True)
class QuotePage(Context):
    quote: model.Quote


@dataclass(frozen=True, kw_only=True)
class SourcePage(Context):
    source: model.Source


def differences_by_weight(catalog: Catalog) -> list[model.Difference]:
    """The differences as the differences page lists them: those that change the
    story first (the order of `importance`'s choices); within each, those about the
    episode before those about its background only (every dated event or quote they
    are about is earlier than its period); then by point."""
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
    """The rows of "who stands where": each stake with the actors for it and those
    against it, by side in the episode's order; a stake about an agreement takes
    that agreement's recorded positions too. In `full`, actors with positions who
    are in no side follow, as "Others"; else they are left out. The actors of a
    side for whom the sources record no position are named apart, not dropped."""
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
    the quotes and sources of both (each once), not the same line row after row."""

    def join(a: list[Stand], b: list[Stand]) -> list[Stand]:
        return [
            s._replace(positions=_joined(s.positions, t.positions))
            for s, t in zip(a, b, strict=True)
        ]

    return StakeRow(
        [*row.stakes, *other.stakes],
        join(row.in_favour, other.in_favour),
        join(row.against, other.against),
    )


def speakers_in_order(catalog: Catalog) -> list[model.Actor]:
    """The actors with quotes, in the order they first speak in the episode: by
    their first quote in the reading order of the events (each event's quotes by
    date), so that who started the row comes before who answered it. Words about
    a background event were said later than it, on a day the events do not place:
    they count after the events, by their date, as words tied to no event."""
    last = len(catalog.events)

    def place(quote: model.Quote) -> tuple[int, tuple[int, int, int], str]:
        background = quote.event in catalog.background
        rank = last if background else catalog.event_rank.get(quote.event, last)
        return rank, order.reading_key(quote.date), quote.id

    def first(actor: model.Actor) -> tuple[int, tuple[int, int, int], str]:
        return min(place(quote) for quote in catalog.quotes_by_speaker[actor.id])

    return sorted((a for a in catalog.actors if a.id in catalog.quotes_by_speaker), key=first)


def positions_by_actor(
    catalog: Catalog,
) -> dict[str, list[tuple[list[model.Stake], list[model.Position]]]]:
    """For each actor, the stakes of "who stands where" it takes a position on, in
    the episode's order, with its positions on each. Stakes listed one after the
    other on which it takes the same stances share a line, as they share a row of
    the table: "they want them ended", with the quotes and sources of all, once."""
    held: dict[str, list[tuple[list[model.Stake], list[model.Position]]]] = {}
    for stake in catalog.episode.stakes:
        mine: dict[str, list[model.Position]] = {}
        for position in catalog.positions_on(stake):
            mine.setdefault(position.actor, []).append(position)
        for actor, positions in mine.items():
            lines = held.setdefault(actor, [])
            if lines and [p.stance for p in lines[-1][1]] == [p.stance for p in positions]:
                stakes, before = lines[-1]
                lines[-1] = ([*stakes, stake], _joined(before, positions))
            else:
                lines.append(([stake], positions))
    return held


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


Ending = tuple[str, list[model.Agreement], model.Difference | None, str]


def ended_by(catalog: Catalog, agreements: Sequence[model.Agreement]) -> list[Ending]:
    """Each actor that wants some of `agreements` ended (its own positions, or a
    stake's about it), with those it wants ended, in the order of `agreements`;
    the difference on whether its words ask for more than these (see _wider_demand:
    the MPs' letter: "the agreements in force ..., particularly" two), or None;
    and the one state on the other side of them all ("the agreements in force with
    the United States": see _other_party), or ""."""
    ids = {agreement.id for agreement in agreements}
    wanted: dict[str, dict[str, None]] = {}
    for stake in catalog.episode.stakes:
        if stake.about in ids:
            for position in catalog.positions_on(stake):
                if position.stance == "end":
                    wanted.setdefault(position.actor, {})[stake.about] = None
    found = []
    for actor, ids_ended in wanted.items():
        ended = [a for a in agreements if a.id in ids_ended]
        wider = _wider_demand(catalog, actor, ended)
        found.append((actor, ended, wider, _other_party(catalog, actor, ended)))
    return found


def _other_party(catalog: Catalog, actor: str, agreements: Sequence[model.Agreement]) -> str:
    """The one state that is a party to each of `agreements` (itself, or through a
    body of its own: the US Department of Defense) and is not `actor`'s; "" where
    the parties the content gives name none, or more than one."""

    def state(record_id: str) -> str:
        record = catalog.get(record_id)
        if isinstance(record, model.Actor) and record.type != "state":
            return record.country
        return record_id

    own = state(actor)
    common: set[str] | None = None
    for agreement in agreements:
        others = {state(party) for party in agreement.parties} - {own, ""}
        common = others if common is None else common & others
    return next(iter(common)) if common and len(common) == 1 else ""


def _wider_demand(
    catalog: Catalog, actor: str, ended: list[model.Agreement]
) -> model.Difference | None:
    """The difference about every one of `ended`, all in force, and about a quote of
    `actor`'s: whether its words ask to end those alone or all in force."""
    if not all(agreement.status == "in-force" for agreement in ended):
        return None
    for difference in catalog.differences:
        about = [catalog.by_id.get(record_id) for record_id in difference.about]
        if {a.id for a in ended} <= set(difference.about) and any(
            isinstance(record, model.Quote) and record.speaker == actor for record in about
        ):
            return difference
    return None


def actor_groups(catalog: Catalog) -> list[tuple[str, list[tuple[str, list[model.Actor]]]]]:
    """Actors by type, then by country (actors with no country last)."""
    order = list(model.field_specs(model.Actor)["type"]["choices"])
    by_type: dict[str, dict[str, list[model.Actor]]] = {}
    for actor in catalog.actors:
        country = catalog.get(actor.country).display_name if actor.country else ""
        by_type.setdefault(actor.type, {}).setdefault(country, []).append(actor)
    return [
        (
            model.ACTOR_TYPE_PLURALS[kind],
            sorted(by_type[kind].items(), key=lambda item: (item[0] == "", item[0].casefold())),
        )
        for kind in order
        if kind in by_type
    ]


def agreement_ties(catalog: Catalog) -> dict[str, dict[str, list[str]]]:
    """For each actor, the agreements it is tied to, in their order, and how
    ("party", "wants it ended", "quoted on it"). A part in an event on an
    agreement is no tie to it: the MPs' addressee did not sign the 1997
    declaration, and the actor's list of events names the event already."""
    ties: dict[str, dict[str, dict[str, None]]] = {}

    def tie(actor_id: str, agreement_id: str, how: str) -> None:
        ties.setdefault(actor_id, {}).setdefault(agreement_id, {})[how] = None

    for agreement in catalog.agreements:
        for party in agreement.parties:
            tie(party, agreement.id, "enacted it" if agreement.enacted else "party")
        for position in agreement.positions:
            tie(position.actor, agreement.id, model.LABELS[position.stance])
        for quote in catalog.quotes_by_agreement.get(agreement.id, []):
            tie(quote.speaker, agreement.id, "quoted on it")
    return {actor: {aid: list(how) for aid, how in found.items()} for actor, found in ties.items()}


def events_through(
    catalog: Catalog, actor: model.Actor, members: Sequence[model.Actor]
) -> list[tuple[model.Event, list[tuple[str, str]]]]:
    """The events an actor took part in, and, for a state, those its people and
    bodies took part in, in the timeline's order: each with the members through
    whom it took part and their parts, none where it did itself. The United States
    wrote no letter; its lawmakers did, and its page lists the letter through them."""
    via: dict[str, list[tuple[str, str]]] = {
        e.id: [] for e in catalog.events_by_actor.get(actor.id, [])
    }
    for member in members:
        for event in catalog.events_by_actor.get(member.id, []):
            if via.get(event.id) != []:  # its own part says enough
                role = next(p.role for p in event.actors if p.actor == member.id)
                via.setdefault(event.id, []).append((member.id, role))
    return [(e, via[e.id]) for e in catalog.events if e.id in via]


def through(
    ties: dict[str, dict[str, list[str]]], actor: model.Actor, members: Sequence[model.Actor]
) -> dict[str, list[str]]:
    """An actor's ties to agreements in words ("a party", "wants it ended", of a
    group of people "they want it ended"), and, for a state, those its members are
    parties to or enacted, through whom ("a party, through its Ministry of
    Defense"); not their positions, which are theirs, not the state's."""
    words = {"party": "a party"}
    if actor.plural:
        # "they want it ended": "want it ended" alone would read as an order
        words.update((model.LABELS[s], f"they {p}") for s, p in model.PLURAL_STANCES.items())
    mine = {aid: [words.get(h, h) for h in how] for aid, how in ties.get(actor.id, {}).items()}
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
    return mine


def its(state: model.Actor, member: model.Actor) -> str:
    """A state's body as the state's own, its name without the state's: "its
    Ministry of Defense" (of "Ministry of Defense of the Republic of Azerbaijan"),
    "its Department of Defense" (of "United States Department of Defense"); any
    other member by its name, as a line says it ("the Milli Majlis")."""
    name = member.display_name
    if member.type in INSTITUTIONS:
        state_name = re.escape(state.display_name)
        # "United States Department of ...", "... of the Republic of Azerbaijan"
        before = rf"^(?:the )?{state_name} (?=[A-Z])"
        after = rf"\s+of\s+(?:the\s+)?(?:[A-Z]\w*\s+of\s+)?{state_name}$"
        short = re.sub(f"{before}|{after}", "", name)
        if short != name and short:
            return f"its {short}"
    return mid_line(f"the {name}" if takes_the(member, name) else name)


# --- the machine-readable export ---------------------------------------------


def to_data(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.iso()
    if is_dataclass(value):
        data = {f.name: to_data(getattr(value, f.name)) for f in fields(value) if f.metadata}
        if isinstance(value, model.Record):
            data = {"id": data.pop("id"), "kind": value.kind, **data}
            data["file"] = value.path
        return data
    if isinstance(value, list):
        return [to_data(v) for v in value]
    return value


def export(records: Iterable[model.Record]) -> str:
    """One JSON array, sorted by id, one record to a line.

    A line per record keeps a changed record a one-line diff, and lets the
    JSON encoder's C implementation (unavailable with ``indent``) do the work.
    """
    lines = ",\n".join(_ENCODE(to_data(r)) for r in sorted(records, key=lambda r: r.id))
    return f"[\n{lines}\n]\n" if lines else "[]\n"


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
