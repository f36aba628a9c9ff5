"""The order of events as a reader follows them, and what `after` changes in it.

A date known only to the month comes after the days of that month (it may be any of
them, so it is placed where it can no longer be wrong), a year after its months, an
unknown date last; an event that followed another (`after`) comes right after it where
its date cannot say so. Which part of the timeline an event belongs to is decided here
too, once for the timeline page, its graphic and every other list of events.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from . import model
from .dates import MONTHS, PartialDate, first_day, last_day, on_or_after

# Records by id; and how a day is written ("5 October", "5 Oct").
ById = Mapping[str, Any]
DayWords = Callable[[datetime.date], str]
# The heading of the events with no known date, last in every list of events by date.
UNDATED = "Date unknown"
# The heading of the events before the episode's period, first in the timeline.
BACKGROUND = "Background"


def reading_key(date: PartialDate) -> tuple[int, int, int]:
    """Day, then the month it is in, then the year: a vaguer date after the precise
    dates it covers; unknown dates last."""
    if date.year is None:
        return (9999, 99, 99)
    return (date.year, date.month or 13, date.day or 32)


def quotes_in_order(quotes: Iterable[model.Quote]) -> list[model.Quote]:
    """Quotes by `reading_key`; of one day, a whole document, then its passages in the
    order of its text, then the others by id, each right after the quote its `after` names."""
    quotes = list(quotes)
    by_id = {q.id: q for q in quotes}
    texts = {q.id: " ".join(q.text.split()) for q in quotes if q.document}

    def place(quote: model.Quote) -> tuple[int, str, int]:
        if quote.document:
            return (0, quote.id, -1)
        if quote.part_of in texts:  # its words, up to an omission, stand in the text
            words = model.OMISSION.split(" ".join(quote.text.split()))[0].strip()
            return (0, quote.part_of, texts[quote.part_of].find(words))
        first, steps = quote, 0  # the quote its `after`s lead back to, and how far
        while first.after in by_id and steps < len(by_id):  # a loop is the checks' to report
            first, steps = by_id[first.after], steps + 1
        return (1, first.id, steps)

    return sorted(quotes, key=lambda q: (reading_key(q.date), place(q), q.id))


def bound(event: model.Event, by_id: ById) -> model.Event | None:
    """For an event the sources give no date for: the dated event its `after` or
    `before` names, which bounds when it happened; else None."""
    if event.date.known:
        return None
    for other in (by_id.get(event.after), by_id.get(event.before)):
        if isinstance(other, model.Event) and other.date.known:
            return other
    return None


def when(event: model.Event, by_id: ById) -> str:
    """An event's date in words, as every list of events gives it: "After 2001, date not
    given", "Between 2020 and September 2023, date not given", "Date unknown", or `dated`."""
    other = bound(event, by_id)
    if other is not None:
        ahead = by_id.get(event.before)
        if other.id == event.after and isinstance(ahead, model.Event) and ahead.date.known:
            return f"Between {other.date.human()} and {ahead.date.human()}, date not given"
        side = "After" if other.id == event.after else "Before"
        return f"{side} {other.date.human()}, date not given"
    return dated(event, by_id) if event.date.known else UNDATED


def dated(event: model.Event, by_id: ById, day: DayWords | None = None) -> str:
    """An event's date with what the sources say of its day (see `day_known`)."""
    return with_date(event.date, day_known(event, by_id, day))


def with_date(date: PartialDate, known: str, unknown: str = "") -> str:
    """A month, that its day is `unknown` ("day not given") and what is `known` of it, the
    month said once: "October 2024, on or after the 5th"; "between 5 and 13 October 2024,
    day not given", where the days name it already."""
    if known and date.precision == "month" and known.endswith(f" {date.year}"):
        return ", ".join(filter(None, (known, unknown)))
    return ", ".join(filter(None, (date.human(), unknown, known)))


def ordinal(n: int) -> str:
    """A day of the month as "the 5th", "the 1st", "the 22nd"."""
    ends = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"the {n}{ends}"


def is_later(date: PartialDate, than: PartialDate) -> bool:
    """True when `date` certainly falls after every day `than` may stand for."""
    return date.known and than.known and first_day(date) > last_day(than)


def narrowed(date: PartialDate) -> bool:
    """True for a date known to the month or year, not "about" it: only such a date is
    bounded by a day the sources give ("about October 2024" may be late September)."""
    return date.known and not date.approximate and date.precision != "day"


def earliest(event: model.Event, by_id: ById) -> datetime.date | None:
    """The first day an event known to its month on a `weekday` a source gives can be."""
    date = event.date
    if not event.weekday or date.precision != "month" or not narrowed(date):
        return None
    start = first_day(date)
    followed = by_id.get(event.after)
    if isinstance(followed, model.Event) and followed.date.precision == "day":
        start = start if followed.date.approximate else max(start, first_day(followed.date))
    return on_or_after(start, event.weekday)


def period_part(
    date: PartialDate,
    episode: model.Episode,
    first: datetime.date | None,
    last: datetime.date | None,
) -> str:
    """The part of the timeline a date puts an event in: "days" (the episode's period),
    BACKGROUND, "Afterwards" or UNDATED, moved out of the days by its `first` or `last`
    possible day (see `first_possible`, `latest`)."""
    if not date.known:
        return UNDATED
    if first is not None and first > last_day(episode.period_end):
        return "Afterwards"
    if last is not None and last < first_day(episode.period_start):
        return BACKGROUND
    if date.within(episode.period_start, episode.period_end):
        return "days"
    return BACKGROUND if date.sort_key < episode.period_start.sort_key else "Afterwards"


def first_possible(event: model.Event, records: ById) -> datetime.date | None:
    """The first day an event known to its month or year can have happened on, where the
    sources say more than its date."""
    return earliest(event, records) or followed_day(event, records, None)


def anchors(events: Iterable[model.Event]) -> dict[str, model.Event]:
    """The events placed by their `after` rather than their date, by id: the event each
    follows. One whose date (or day of the week) puts it after that event already says so."""
    by_id = {e.id: e for e in events}
    placed: dict[str, model.Event] = {}
    for event in by_id.values():
        anchor = by_id.get(event.after)
        if anchor is None or anchor is event or is_later(event.date, anchor.date):
            continue
        first = earliest(event, by_id)  # a day of the week may put it past that day
        if first is None or not anchor.date.known or first <= last_day(anchor.date):
            placed[event.id] = anchor
    return placed


def events_in_order(events: Iterable[model.Event]) -> list[model.Event]:
    """Events by `reading_key`; one placed by its `after` right after the events of the day
    (or month) of the one it followed. A loop of `after`s (an error the checks report)
    goes by its dates."""
    events = list(events)
    placed = anchors(events)
    keys: dict[str, tuple[Any, ...]] = {}
    by_id = {e.id: e for e in events}

    def root(event: model.Event) -> tuple[Any, ...]:
        # An undated event placed by its `before` goes just before that event's day.
        ahead = bound(event, by_id)
        if ahead is not None and ahead.id == event.before:
            return (reading_key(ahead.date), -1, event.id)
        return (reading_key(event.date), 0, event.id)

    def key(event: model.Event) -> tuple[Any, ...]:
        # Root: (date, 0, id). Placed: the key of the day of the event followed,
        # then (1, own date, id); a chain of `after`s extends it again.
        chain = [event]
        while chain[-1].id in placed and chain[-1].id not in keys:
            anchor = placed[chain[-1].id]
            if anchor in chain:  # a loop: its events go by their dates
                for looped in chain[chain.index(anchor) :]:
                    keys[looped.id] = root(looped)
                break
            chain.append(anchor)
        for link in reversed(chain):
            if link.id in keys:
                continue
            if link.id in placed:
                base = keys[placed[link.id].id]
                base = base[:1] if base[1] == 0 else base
                keys[link.id] = (*base, 1, reading_key(link.date), link.id)
            else:
                keys[link.id] = root(link)
        return keys[event.id]

    return sorted(events, key=key)


def reported_by(event: model.Event, records: ById) -> datetime.date | None:
    """The day of the earliest source dated to the day that reports the event, where it
    falls in the event's month (or year)."""
    days = [
        first_day(source.date)
        for source in (records.get(sid) for sid in event.sources)
        if isinstance(source, model.Source) and source.date.precision == "day"
    ]
    by = min(days, default=None)
    if by is None or not narrowed(event.date):
        return None
    return by if first_day(event.date) <= by < last_day(event.date) else None


def latest(event: model.Event, records: ById) -> datetime.date | None:
    """The last day an event known to its month (or year) can have happened on: the day it
    was reported by (see `reported_by`) or its `not_after`, whichever is earlier."""
    days = [reported_by(event, records)]
    if event.not_after.known and narrowed(event.date):
        days.append(first_day(event.not_after))
    return min(filter(None, days), default=None)


def may_be_later(event: model.Event, end: datetime.date, records: ById) -> bool:
    """True for an event known only to its month (or year) that neither its date nor
    its `latest` day puts by `end`."""
    by = latest(event, records)
    return last_day(event.date) > end and (by is None or by > end)


def day_month(day: datetime.date) -> str:
    """A day as headings write it under its year: "5 October"."""
    return f"{day.day} {MONTHS[day.month]}"


def day_known_words(
    after: datetime.date | None,
    by: datetime.date | None,
    day: DayWords,
    weekday: str = "",
    month: datetime.date | None = None,
) -> str:
    """What the sources say of an event's day, each day written by `day`: "between 3 and 7
    October", "5 October or later", "by 7 October"; with `weekday`, "on a Tuesday no
    earlier than 8 October" and so on (never "on a Tuesday, 8 October": that reads as the
    day itself). With `month`, every day falls in that month, which is then said once, by
    the caller or at the end: "on or after the 5th", "between 5 and 13 October 2024"."""
    on = f"on a {weekday}" if weekday else ""
    nth: DayWords = (lambda d: ordinal(d.day)) if month else day
    if after is not None and by is not None:
        if weekday and after == by:
            return f"{on}, which can only be {nth(by)}"
        last = f"{day(by)} {by.year}" if month else day(by)
        first = after.day if after.month == by.month else day(after)
        return f"{on} between {first} and {last}".lstrip()
    if after is not None:
        if on:
            return f"{on} no earlier than {nth(after)}"
        return f"on or after {nth(after)}" if month else f"{day(after)} or later"
    if by is not None:
        return f"{on} no later than {nth(by)}" if on else f"by {nth(by)}"
    return on


def day_known(event: model.Event, by_id: ById, day: DayWords | None = None) -> str:
    """What the sources say of the day of an event known to its month or year (see
    `day_known_words`); by default "5 October", with the year where it is not the event's."""
    date = event.date
    if not narrowed(date):
        return ""

    def in_year(d: datetime.date) -> str:
        return day_month(d) + (f" {d.year}" if d.year != date.year else "")

    day = day or in_year
    by = latest(event, by_id)
    weekday = model.LABELS[event.weekday] if (first := earliest(event, by_id)) else ""
    after = (first if first > first_day(date) else None) if first else None
    after = after if first else followed_day(event, by_id, by)
    days = [d for d in (after, by) if d is not None]
    inside = date.precision == "month" and all(first_day(date) <= d <= last_day(date) for d in days)
    return day_known_words(after, by, day, weekday, first_day(date) if inside else None)


def followed_day(
    event: model.Event, records: ById, by: datetime.date | None
) -> datetime.date | None:
    """The day of the event this one followed (`after`), where it falls in this one's
    month (or year) before `by` (on that day, "by 5 October" says it all)."""
    followed = records.get(event.after)
    date = followed.date if isinstance(followed, model.Event) else PartialDate()
    if date.precision != "day" or date.approximate or not narrowed(event.date):
        return None
    day = first_day(date)
    if not first_day(event.date) <= day <= last_day(event.date) or (by is not None and day >= by):
        return None
    return day


def in_the_days(event: model.Event, records: ById, end: datetime.date, day: DayWords) -> str:
    """The heading of an event known to its month (or year) among the period's days, the
    same in the timeline's list and its drawing: "October 2024, day not given, between 5
    and 13 October", or "..., possibly after 13 October" (see `may_be_later`)."""
    if earliest(event, records) is not None:  # a day of the week a source gives
        return dated(event, records, day)
    unknown = f"{'day' if event.date.month else 'month'} not given"
    known = day_known(event, records, day)
    if not known and may_be_later(event, end, records):
        inside = event.date.precision == "month" and end.month == event.date.month
        known = f"possibly after {ordinal(end.day) if inside else day(end)}"
    heading = with_date(event.date, known, unknown)
    return heading[:1].upper() + heading[1:]  # "Between 5 and 13 October 2024, ..."


def timeline_parts(
    events: Iterable[model.Event], episode: model.Episode, records: ById
) -> list[tuple[str, list[model.Event]]]:
    """The events in reading order, under headings: the background, each day of the
    episode, the aftermath, then the undated. Every list of events follows it."""
    events = events_in_order(events)
    placed = anchors(events)
    period_end = episode.period_end.sort_key
    last = last_day(episode.period_end)
    placed_in: dict[str, tuple[str, str]] = {}  # each event's part and heading, by id
    loose: set[str] = set()  # headings given for an `after`; one after such an event keeps it
    days: list[tuple[str, list[model.Event]]] = []
    undated: dict[str, list[model.Event]] = {}  # in the period, known to the month only
    parts: dict[str, list[model.Event]] = {BACKGROUND: [], "Afterwards": [], UNDATED: []}
    for event in events:  # an event comes after the one it followed
        anchor = placed.get(event.id)
        part = period_part(
            event.date, episode, first_possible(event, records), latest(event, records)
        )
        # An event with no date takes its part from the event it followed; a dated one is
        # in the part its own date gives, as the drawing puts it, and where that is the
        # followed event's, the list heads it by that event, the drawing by its own date.
        followed = placed_in.get(anchor.id) if anchor is not None else None
        if anchor and followed and (not event.date.known or part == followed[0]):
            part, heading = followed
            if event.date.precision == "day":
                heading = event.date.human()
            elif heading and heading not in loose:
                if event.date.known and anchor.date.precision == "day":
                    heading = in_the_days(event, records, last, day_month)
                else:  # no date, or after a month
                    for unit in ("day", "month"):
                        heading = heading.removesuffix(f", {unit} not given")
                    heading = f"After {heading}, exact date not given"
                loose.add(heading)
        else:
            ahead = records.get(event.before) if part == UNDATED else None
            if ahead is not None and ahead.date.known and ahead.date.sort_key <= period_end:
                part = BACKGROUND  # it came before an event of the background or days
            heading = event.date.human() if part == "days" else ""
            if part == "days" and event.date.precision != "day":
                heading = in_the_days(event, records, last, day_month)
        placed_in[event.id] = part, heading
        if part != "days":
            parts[part].append(event)
        elif event.date.precision != "day":
            undated.setdefault(heading, []).append(event)
        elif days and days[-1][0] == heading:
            days[-1][1].append(event)
        else:
            days.append((heading, [event]))
    # An event known to the month only goes after the days of its month: listed any
    # earlier, it would read as before the days listed after it. Of the groups that
    # follow one event, the one the sources close sooner comes first.
    first_seen: dict[str, int] = {}

    def closing(item: tuple[int, tuple[str, list[model.Event]]]) -> tuple[int, datetime.date]:
        index, (_, group) = item
        anchor = placed.get(group[0].id)
        if anchor is not None:
            index = first_seen.setdefault(anchor.id, index)
        return index, latest(group[0], records) or datetime.date.max

    for _, (heading, group) in sorted(enumerate(undated.items()), key=closing):
        # An event with no date at all, placed by its `after`, goes by that event's.
        first = group[0]
        month_end = last_day(first.date if first.date.known else records[first.after].date)
        days.insert(sum(first_day(day[0].date) <= month_end for _, day in days), (heading, group))
    # In date order, the undated last.
    ordered = [(BACKGROUND, parts.pop(BACKGROUND)), *days, *parts.items()]
    return [(heading, group) for heading, group in ordered if group]


def after_loop(
    record: model.Event | model.Quote, by_id: Mapping[str, model.Event | model.Quote]
) -> list[str] | None:
    """The ids of the loop of `after`s that starts and ends at `record`, or None."""
    chain = [record.id]
    current = by_id.get(record.after)
    while current is not None:
        if current.id == record.id:
            return [*chain, record.id]
        if current.id in chain:
            return None  # a loop further on, reported from one of its own events
        chain.append(current.id)
        current = by_id.get(current.after)
    return None
