"""The timeline graphic: the episode's days as a static SVG, drawn at build time.

An event known only to its month (or year) is drawn in a band at the first day it may
have fallen on, never on a made-up day (see `_bands`). Two drawings of the same plan go
on the page, a wide one and a narrow one, and the stylesheet shows one by screen width,
so that neither is shrunk to unreadable text on a phone.

How the links survive both builds: MkDocs rewrites Markdown links (``events/x.md`` to
``events/x/`` hosted, ``events/x.html`` offline) but never an href in raw HTML, and
``<svg>`` is no HTML block tag to Python-Markdown. So the drawing is a paragraph of inline
HTML whose links are Markdown links, ``[<title>..</title><text>..</text>](events/x.md)``,
which the browser, parsing ``<a>`` inside ``<svg>``, makes SVG links: its lines hold no
blank line and no indentation, and every content string goes through :func:`text`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from . import model, order, urls
from .dates import MONTHS, first_day, in_words, last_day, span
from .escape import SYNTAX, Md, typographic
from .meta import count
from .resolve import Catalog

# --- escaping ------------------------------------------------------------------

# Every character of Markdown and of its enabled extensions (escape.py's list,
# XML's &, < and > among them), XML's quote marks, and the colon: written as a
# numeric reference, each reads as itself in XML and as plain text to Markdown.
_SPECIAL = re.compile(f"[{re.escape(SYNTAX)}\"':]")
# Characters XML 1.0 forbids or HTML reports as errors: C0/C1 controls,
# surrogates, and U+FFFE/U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def text(value: str) -> str:
    """Content text as the text of an SVG element, on one line: escaped for XML
    and for Markdown, whitespace folded, forbidden characters replaced by U+FFFD."""
    folded = " ".join(_FORBIDDEN.sub("\ufffd", value).split())
    return _SPECIAL.sub(lambda m: f"&#{ord(m.group())};", folded)


# --- what to draw ----------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """One event: its label, its date and full name (the link's <title>), its page."""

    label: str
    full: str
    target: str


@dataclass(frozen=True)
class Day:
    date: datetime.date
    marks: list[Mark]
    more: int = 0  # events of the day not drawn (see ALL_UP_TO)


@dataclass(frozen=True)
class Gap:
    """Consecutive days of the period on which no event is recorded."""

    first: datetime.date
    last: datetime.date


@dataclass(frozen=True)
class Band:
    """Events under a heading: those known only to a month (or a year) within the
    period, drawn at the first day they may have fallen on, a bracket (see `Bracket`)
    running `until` the last, or on past the days if `open` (they may be after the
    period); or, as the plan's `later`, those after it (see `plan`)."""

    heading: str
    marks: list[Mark]
    more: int = 0
    open: bool = False
    until: datetime.date | None = None
    month: str = ""  # the month (or year) its events are dated to, in words


@dataclass(frozen=True)
class Bracket:
    """A dashed line left of the axis, in its `lane`, from the top of the band in row
    `first` down to the end of row `last`, or past the period's days to an arrowhead of
    its own where `last` is None: the days its events may fall on. Every band has its
    own, and brackets whose rows overlap (or touch) never share a lane."""

    first: int
    last: int | None
    lane: int = 0


@dataclass(frozen=True)
class Plan:
    title: str
    desc: str
    background: list[float]  # the dates of the events before the period, in years
    rows: list[Day | Gap | Band]
    later: Band | None = None
    unknown: Band | None = None  # the events of no known date, named off the axis
    brackets: tuple[Bracket, ...] = ()


def plan(catalog: Catalog) -> Plan:
    """The graphic's content, from the catalogue; the same for every page and width."""
    episode = catalog.episode
    start, end = first_day(episode.period_start), last_day(episode.period_end)
    # catalog.events is in reading order (order.py): each day and band keeps it.
    by_day: dict[datetime.date, list[model.Event]] = {}
    undated: list[model.Event] = []  # known to the month or year only
    before: list[float] = []
    later: list[model.Event] = []
    unknown: list[model.Event] = []
    for event in catalog.events:
        # An undated event the timeline page lists in the background counts in the year of
        # the event its `after` or `before` names. A day of the week or the day it followed
        # may put an event past the period, a report or a last day before it.
        soonest, by = order.first_possible(event, catalog.by_id), order.latest(event, catalog.by_id)
        past = event.id in catalog.background
        part = order.BACKGROUND if past else order.period_part(event.date, episode, soonest, by)
        if part == "days" and event.date.precision == "day":
            by_day.setdefault(first_day(event.date), []).append(event)
        elif part == "days":
            undated.append(event)
        elif part == order.BACKGROUND:
            first = first_day((order.bound(event, catalog.by_id) or event).date)
            before.append(first.year + (first.month - 1) / 12)  # years, with months as fractions
        elif part == "Afterwards":
            later.append(event)
        else:
            unknown.append(event)
    before.sort()
    crowded = len(undated) + sum(map(len, by_day.values())) > ALL_UP_TO
    bands = _bands(undated, by_day, start, end, crowded, catalog)
    # A gap ends where a band is drawn and where one's bracket ends, so that each keeps its place.
    stops = set(bands) | {b.until for row in bands.values() for b in row if b.until}
    rows: list[Day | Gap | Band] = [*bands.pop(start - _ONE_DAY, [])]  # they may begin before it
    day = start
    while day <= end:
        if day in by_day:
            rows.append(Day(day, *_marks(by_day[day], crowded)))
        else:
            last = day
            while last + _ONE_DAY <= end and last + _ONE_DAY not in by_day and last not in stops:
                last += _ONE_DAY
            rows.append(Gap(day, last))
            day = last
        rows += bands.pop(day, [])
        day += _ONE_DAY
    brackets = _brackets(rows)
    period = span(start, end)
    # A band's events may fall after the period's last day: the title names their month too.
    months = " and ".join(dict.fromkeys(row.month for row in rows if isinstance(row, Band)))
    title, opening = f"Timeline of {period}", f"The events of {period}, day by day"
    if months:
        title += f", and of {months} where the sources give no day"
        opening += f", with those of {months} whose day the sources do not give"
    # The text alternative says what the picture shows and how to read it, and counts
    # its events: each is a link inside the drawing, its label read there, once.
    described = [f"{opening}.", DOTS, BANDS if months else "", BRACKETS if brackets else ""]
    drawn = [row for row in rows if not isinstance(row, Gap)]
    shown, more = sum(len(row.marks) for row in drawn), sum(row.more for row in drawn)
    if shown:
        counted = f", and {more} more, counted" if more else ""
        described.append(f"On the days: {count(shown, 'event')}, each a link to its page{counted}.")
    if before:
        described.append(
            f"Before the period, {count(len(before), 'event')}, {_years_span(before)}."
        )
    # Events after the period are named with their dates, off the axis, which would say
    # when they happened against the days drawn.
    after = None
    if later:
        heading = f"After {in_words(end)}, not drawn on the axis:"
        after = Band(heading, *_marks(later, len(later) > ALL_UP_TO, catalog))
        described.append(f"After {in_words(end)}, {count(len(later), 'event')}, off the axis.")
    # Named, not only counted ("Not drawn: 1 event with no known date" did not say which).
    no_date = None
    if unknown:
        no_date = Band(UNKNOWN_HEADING, *_marks(unknown, len(unknown) > PER_ROW))
        described.append(f"With no known date, {count(len(unknown), 'event')}, off the axis.")
    ending = "The timeline page lists every event with its sources."
    desc = " ".join(filter(None, [*described, ending]))
    return Plan(title, desc, before, rows, later=after, brackets=brackets, unknown=no_date)


UNKNOWN_HEADING = "No known date, not drawn on the axis:"
KEY_TITLE = "What happened when:"

# What the marks, a band and its bracket mean, in the drawing's text alternative (the
# key over the drawing shows it to the eye: see `key`).
DOTS = "A dot marks an event dated to the day."
BANDS = (
    "A square in a grey box marks one dated only to the month, drawn at the first day"
    " it may have fallen on."
)
BRACKETS = (
    "A dashed line left of the axis runs from each box to the last such day, and ends"
    " in an arrow where that day is after the last day drawn."
)


def _brackets(rows: list[Day | Gap | Band]) -> tuple[Bracket, ...]:
    """The brackets of the bands in `rows`, one a band. A bracket goes in the lane next
    nearer the axis than every bracket still running at its first row (or touching it):
    no two that overlap share a lane, and the turn at its top, to its band, crosses
    none of them, as all run further out."""
    ends = {
        (row.last if isinstance(row, Gap) else row.date): i
        for i, row in enumerate(rows)
        if not isinstance(row, Band)
    }
    brackets: list[Bracket] = []
    for i, row in enumerate(rows):
        if not isinstance(row, Band):
            continue
        last = None if row.open else ends.get(row.until) if row.until else None
        if not row.open and (last is None or last < i):
            continue  # its last day is drawn above it: its place says it all
        running = [b.lane for b in brackets if b.last is None or b.last + 1 >= i]
        brackets.append(Bracket(i, last, max(running, default=-1) + 1))
    return tuple(brackets)


_ONE_DAY = datetime.timedelta(days=1)
# Events known only to the month may fall on these days: none is dated to them.
NO_DATED_EVENT = "no dated event"


def _bands(
    events: list[model.Event],
    by_day: dict[datetime.date, list[model.Event]],
    start: datetime.date,
    end: datetime.date,
    crowded: bool,
    catalog: Catalog,
) -> dict[datetime.date, list[Band]]:
    """Bands by the day after whose events they are drawn: that of the event they followed
    (`after`), else the day before the first they may have fallen on; each reaching `until`
    the last such day in the period, or `open`, its events possibly after `end`."""
    day_of = {e.id: day for day, events in by_day.items() for e in events}
    grouped: dict[tuple[datetime.date, datetime.date, str], list[model.Event]] = {}
    for event in events:
        # After the day of the event it followed, unless its date says more.
        followed = day_of.get(event.after, datetime.date.min)
        drawn_after = max(first_day(event.date) - _ONE_DAY, followed)
        # A day of the week a source gives: the first such day it can be, and on.
        if (first := order.earliest(event, catalog.by_id)) is not None and first != drawn_after:
            drawn_after = first - _ONE_DAY
        heading = order.in_the_days(event, catalog.by_id, end, _short)
        by = order.latest(event, catalog.by_id)
        key = (max(drawn_after, start - _ONE_DAY), by or last_day(event.date), heading)
        grouped.setdefault(key, []).append(event)
    placed: dict[datetime.date, list[Band]] = {}
    for (drawn_after, last, heading), members in sorted(grouped.items()):
        marks, more = _marks(members, crowded)
        open_ = last > end  # as may_be_later says: nothing puts them by the period's end
        band = Band(heading, marks, more, open_, None if open_ else last, members[0].date.human())
        placed.setdefault(drawn_after, []).append(band)
    return placed


# Up to ALL_UP_TO events in the period (or after it), every one is drawn; beyond,
# each day and band draws PER_ROW and counts the rest, so that a crowded period is
# not drawn screens tall (the timeline page lists every event).
ALL_UP_TO = 24
PER_ROW = 4


def _marks(
    events: list[model.Event], crowded: bool, catalog: Catalog | None = None
) -> tuple[list[Mark], int]:
    """The marks drawn for these events, and how many more there are; with `catalog` (off
    the axis), each label led by the event's date."""
    shown = events[:PER_ROW] if crowded else events
    marks = []
    for event in shown:
        # The link's name holds the words it shows (WCAG 2.5.3, for who clicks by voice).
        words = typographic(event.brief or event.title)
        if catalog is not None:
            label = name = f"{order.dated(event, catalog.by_id, _short)}: {words}"
        else:  # drawn on its day, as roughly as the sources say
            about = event.date.approximate and event.date.precision == "day"
            label = f"About this day: {words}" if about else words
            name = f"{event.date.human() if event.date.known else order.UNDATED}: {words}"
        marks.append(Mark(label, name, urls.record_page(event)))
    return marks, len(events) - len(shown)


def _short(day: datetime.date) -> str:
    return f"{day.day} {MONTHS[day.month][:3]}"


def _years_span(years: list[float]) -> str:
    first, last = int(years[0]), int(years[-1])
    return f"{first} to {last}" if first != last else str(first)


# --- drawing -----------------------------------------------------------------------

# The two drawings: (name, width in px). The narrow one fits a 390 px phone.
LAYOUTS = (("wide", 680), ("narrow", 340))
FONT = 14  # px, labels; day labels and notes are SMALL
SMALL = 12
LINE = 18  # px between the baselines of a label's lines
CHAR = 0.52  # the width of a character, in ems: a little over what sans-serif fonts take
AXIS = 58  # x of the axis, with no bracket; day labels end to its left
LABEL = AXIS + 14  # x where labels start
LANE_X, LANE = 6, 12  # x of the first bracket's lane; px from one lane to the next
END = 4  # px each side of a bracket, the bar that ends it where a turn would cross
MAX_LINES = 3
LATER_LINES = 5  # an event after the period: its date leads its label


def graphic(catalog: Catalog, page_path: str) -> Md:
    """The timeline graphic's Markdown for the page at `page_path`: its key, where a band
    is drawn, then a paragraph of inline <svg> per drawing (see the module's docstring)."""
    drawn = plan(catalog)
    parts = [draw(drawn, page_path, name, width) for name, width in LAYOUTS]
    if shown := key(drawn, last_day(catalog.episode.period_end)):
        if page_path != urls.TIMELINE:
            # Under the home page's glance, a key without a title read as that table's. In
            # the key's line, so that the drawing still starts on the first screen.
            shown = el("span", KEY_TITLE, class_="tl-key-title") + " " + shown
        # To the eye only: each drawing's <title> and <desc> say it in words.
        parts.insert(0, shown + '\n{: .tl-key aria-hidden="true" data-search-exclude }')
    if page_path != urls.TIMELINE:
        # The same facts as text, near the drawing: the timeline page's list.
        to = urls.relative(page_path, urls.TIMELINE)
        parts.append(f"[These events as a list, with their sources]({to})\n{{: .tl-more }}")
    return Md("\n\n".join(parts))


def key(drawn: Plan, end: datetime.date) -> str:
    """The key over a drawing with a band: each shape drawn, in small, with a few words;
    the dashed line's where there is a bracket, the arrow's where one runs past `end`.
    One line on a desktop, so that the drawing starts on the home page's first screen."""
    if not any(isinstance(row, Band) for row in drawn.rows):
        return ""
    items = [
        (KEY_DOT, "dated to the day"),
        (KEY_MONTH, "month only, at its first possible day"),
    ]
    if drawn.brackets:
        items.append((KEY_LINE, "days it may fall on"))
        if any(bracket.last is None for bracket in drawn.brackets):
            items.append((KEY_ARROW, f"may be after {_short(end)}"))
    return " ".join(
        el("span", f"{icon} {text(words)}", class_="tl-key-item") for icon, words in items
    )


def draw(drawn: Plan, page_path: str, name: str, width: int) -> str:
    """One drawing of the plan, `width` px wide, its links relative to `page_path`."""
    out: list[str] = []
    y = 8
    # The brackets' lanes go left of the day labels: the axis and labels move right.
    shift = LANE * max((bracket.lane + 1 for bracket in drawn.brackets), default=0)
    ax, lx = AXIS + shift, LABEL + shift
    room = width - lx - 8  # px for a label's lines

    def line(class_: str, x1: int, y1: int, x2: int, y2: int) -> str:
        return el("line", class_=class_, x1=x1, y1=y1, x2=x2, y2=y2)

    def axis(y1: int, y2: int, unsure: bool = False) -> str:
        return line("tl-axis" + " tl-unsure" * unsure, ax, y1, ax, y2)

    def rect(class_: str, x: int, y: int, width: int, height: int, **more: object) -> str:
        return el("rect", None, class_=class_, x=x, y=y, width=width, height=height, **more)

    def note(y: int, words: str) -> str:
        return el("text", text(words), x=lx, y=y, class_="tl-note")

    def spans(lines: list[str], y: int, step: int) -> str:
        """Lines at `lx` from `y` down. (A space ending a line would keep copied words
        apart, but links underline it.)"""
        return "".join(
            el("tspan", text(line), x=lx, y=y + i * step) for i, line in enumerate(lines)
        )

    def notes(words: str, above: int, below: int = 0, **attrs: object) -> None:
        """Small text at `lx`, wrapped to the width, its first line starting `above`
        px under y; y moves to `below` px under the baseline of its last."""
        nonlocal y
        lines, top = wrap(words, int(room / (SMALL * CHAR))), y + above + SMALL
        out.append(el("text", spans(lines, top, SMALL + 4), class_="tl-note", **attrs))
        y = top + (len(lines) - 1) * (SMALL + 4) + below

    def entry(words: str, target: str, title: str, *shapes: str, lines: int = MAX_LINES) -> None:
        """A label at y and its `shapes` as one Markdown link (see the module's docstring),
        the whole row taking the click, not only the glyphs; y moves below it."""
        nonlocal y
        wrapped = wrap(words, int(room / (FONT * CHAR)), lines)
        height = (len(wrapped) - 1) * LINE + FONT + 12
        hit = rect("tl-hit", ax - 8, y, width - ax + 4, height, fill="transparent")
        label = el("text", spans(wrapped, y + 4 + FONT, LINE))
        content = el("title", text(title)) + hit + "".join(shapes) + label
        out.append(f"[{content}]({urls.relative(page_path, target)})")
        y += height

    if past := drawn.background:
        label = f"Background: {_years_span(past)}, {count(len(past), 'event')}"
        # A label as large as an event's, its row taking the tap: the way to the why.
        entry(label, f"{urls.TIMELINE}#background", f"{label}, listed on the timeline")
        y -= 8
        # The break between the years before and the days of the period.
        out.append(axis(y + 6, y + 30))
        out += [line("tl-break", ax - 6, y + dy + 3, ax + 6, y + dy - 3) for dy in (15, 20)]
        y += 30
    y += 6
    tops: list[int] = []  # the y at which each row starts, and then where the last ends
    for row in drawn.rows:
        tops.append(y)
        if isinstance(row, Gap):
            out.append(axis(y, y + 26, unsure=True))
            out.append(note(y + 17, f"{span(row.first, row.last, _short)}: {NO_DATED_EVENT}"))
            y += 26
            continue
        top, under = y, len(out)
        if isinstance(row, Band):
            notes(row.heading, 6, 6, font_weight="bold")
        else:
            day = text(_short(row.date))
            out.append(
                el("text", day, x=ax - 10, y=y + 4 + FONT, class_="tl-day", text_anchor="end")
            )
        for mark in row.marks:
            middle = y + FONT - 1
            if isinstance(row, Band):
                shape = rect("tl-mark tl-month", ax - 5, middle - 5, 10, 10)
            else:
                shape = el("circle", class_="tl-mark", cx=ax, cy=middle, r=5)
            entry(mark.label, mark.target, mark.full, shape)
        if row.more:
            y += SMALL
            out.append(note(y, f"and {row.more} more, listed on the timeline"))
            y += 8
        y += 4
        # The band and the axis go before the heading and the marks, which sit on them.
        out.insert(under, axis(top, y, unsure=isinstance(row, Band)))
        if isinstance(row, Band):
            out.insert(under, rect("tl-band", ax - 12, top + 2, width - ax + 8, y - top - 4, rx=4))
    tops.append(y)
    if any(bracket.last is None for bracket in drawn.brackets):
        y += 22  # room for the brackets that run on past the days drawn
    reaches = [
        (b.lane, tops[b.first] + 2, y - 2 if b.last is None else tops[b.last + 1], b.last is None)
        for b in drawn.brackets
    ]
    for lane, top, bottom, runs_on in reaches:
        x = LANE_X + LANE * lane
        # At its top, a turn to its band's edge (no bracket nearer the axis runs there:
        # see `_brackets`). At its end, an arrowhead past the days, or a turn to the
        # axis at the end of its last day; where that turn would cross a bracket nearer
        # the axis, a short bar across the line ends it instead, touching none.
        out.append(line("tl-axis tl-span", x, top, ax - 12, top))
        if runs_on:
            out += [line("tl-axis tl-span", x + dx, bottom - 7, x, bottom) for dx in (-4, 4)]
        elif any(other > lane and t < bottom < b for other, t, b, _ in reaches):
            out.append(line("tl-axis tl-span", x - END, bottom, x + END, bottom))
        else:
            out.append(line("tl-axis tl-span", x, bottom, ax - 6, bottom))
        out.append(line("tl-axis tl-unsure tl-span", x, top, x, bottom))
    # Off the axis, each under a heading that says why: the events after the period, each
    # with its date, then those of no known date; past a few, the rest counted and linked
    # to the part of the timeline that lists them (its heading's anchor).
    for off, listed, anchor in (
        (drawn.later, "Afterwards", "afterwards"),
        (drawn.unknown, order.UNDATED, "date-unknown"),
    ):
        if off is None:
            continue
        notes(off.heading, 12, 6, font_weight="bold")
        for mark in off.marks:
            entry(mark.label, mark.target, mark.full, lines=LATER_LINES)
        if off.more:
            words = f"and {off.more} more, listed under {listed} on the timeline"
            entry(words, f"{urls.TIMELINE}#{anchor}", words, lines=LATER_LINES)
    height = y + 8
    ident = f"timeline-{name}"
    return el(
        "svg",
        el("title", text(drawn.title), id=f"{ident}-title")
        + el("desc", text(drawn.desc), id=f"{ident}-desc")
        + "\n"
        + "\n".join(out)
        + "\n",
        class_=f"tl tl-{name}",
        xmlns="http://www.w3.org/2000/svg",
        width=width,
        height=height,
        viewBox=f"0 0 {width} {height}",
        aria_labelledby=f"{ident}-title",
        aria_describedby=f"{ident}-desc",
        fill="currentColor",
        font_size=FONT,
        # Material's search skips it: the events are text on the page already,
        # and the index every page loads stays lean.
        data_search_exclude="",
    )


def el(tag: str, content: str | None = None, **attributes: object) -> str:
    """One SVG element. `content` is SVG already (from :func:`text` or `el`);
    attribute values are the generator's own numbers and names, never content:
    `class_` is written class, `text_anchor` text-anchor, and so on."""
    attrs = ""
    for key, value in attributes.items():  # whole pixels, the same on every machine; or names
        assert isinstance(value, int | str) and '"' not in str(value) and "<" not in str(value)
        attrs += f' {key.rstrip("_").replace("_", "-")}="{value}"'
    return f"<{tag}{attrs}/>" if content is None else f"<{tag}{attrs}>{content}</{tag}>"


def wrap(label: str, chars: int, max_lines: int = MAX_LINES) -> list[str]:
    """`label` in lines of at most `chars` characters, broken between words; if it
    needs more than `max_lines`, the last line ends at a word with an ellipsis.
    A single word longer than a line is cut, as nothing else would fit."""
    lines: list[str] = []
    for word in label.split():
        while len(word) > chars:
            lines.append(word[: chars - 1] + "-")
            word = word[chars - 1 :]
        if lines and len(lines[-1]) + 1 + len(word) <= chars:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while len(last) + 1 > chars and " " in last:
            last = last.rsplit(" ", 1)[0]
        lines = [*lines[: max_lines - 1], last + "…"]
    return lines or [""]


def _icon(width: int, *shapes: str) -> str:
    return el(
        "svg",
        "".join(shapes),
        class_="tl-icon",
        xmlns="http://www.w3.org/2000/svg",
        width=width,
        height=16,
        viewBox=f"0 0 {width} 16",
        fill="currentColor",
    )


# The key's shapes, drawn as in the drawing (and styled by the same classes).
KEY_DOT = _icon(12, el("circle", class_="tl-mark", cx=6, cy=8, r=5))
KEY_MONTH = _icon(
    20,
    el("rect", class_="tl-band", x=1, y=1, width=18, height=14, rx=3),
    el("rect", class_="tl-mark tl-month", x=5, y=3, width=10, height=10),
)
KEY_LINE = _icon(
    12,
    el("line", class_="tl-axis tl-span", x1=3, y1=2, x2=11, y2=2),
    el("line", class_="tl-axis tl-unsure tl-span", x1=3, y1=2, x2=3, y2=14),
    el("line", class_="tl-axis tl-span", x1=3, y1=14, x2=11, y2=14),
)
KEY_ARROW = _icon(
    12,
    el("line", class_="tl-axis tl-unsure tl-span", x1=6, y1=1, x2=6, y2=15),
    el("line", class_="tl-axis tl-span", x1=2, y1=8, x2=6, y2=15),
    el("line", class_="tl-axis tl-span", x1=10, y1=8, x2=6, y2=15),
)
