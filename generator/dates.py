"""Dates as the sources give them: to the day, the month or the year, or only roughly.

Content writes a date as ``2024-10-05``, ``2024-10``, ``1997``, ``about 2001``
(any of the three forms after ``about``) or ``unknown``.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

# Digits are ASCII: `\d` would take ٢٠٢٤ or ２０２４ for a year.
_FORM = re.compile(r"^(?:(about) )?([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
# The forms as messages list them.
FORMS = "2024-10-05, 2024-10, 1997, 'about 1997' or 'unknown'"
MONTHS = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# The days of the week, as content names them (`weekday: tuesday`), Monday first as
# datetime.date.weekday() counts them.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class DateError(ValueError):
    """A date that is not in one of the accepted forms, or does not exist."""


@dataclass(frozen=True, order=False)
class PartialDate:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        if isinstance(value, int) and not isinstance(value, bool):  # a bare year: 1997
            value = str(value)
        if not isinstance(value, str):
            found = repr(value) if isinstance(value, bool) else f"a {type(value).__name__}"
            raise DateError(f"expected a date such as 2024-10-05, got {found}")
        text = value.strip()
        if text == "unknown":
            return cls()
        match = _FORM.match(text)
        if not match:
            if suggestion := suggest(text):
                raise DateError(
                    f"'{text}' is not written the way dates are written here"
                    f" (year-month-day): write {suggestion}"
                )
            raise DateError(f"'{text}' is not a date: write {FORMS}")
        about, year_s, month_s, day_s = match.groups()
        year = int(year_s)
        month = int(month_s) if month_s else None
        day = int(day_s) if day_s else None
        if year == 0:
            raise DateError(f"'{text}' has no year 0: the calendar goes from 1 BC to AD 1")
        if month is not None and not 1 <= month <= 12:
            raise DateError(f"'{text}' has no month {month}")
        if day is not None and month is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise DateError(f"'{text}' does not exist: {MONTHS[month]} {year} has {last} days")
        return cls(year, month, day, approximate=bool(about))

    @property
    def known(self) -> bool:
        return self.year is not None

    @property
    def precision(self) -> str:
        """day, month, year or unknown."""
        if self.year is None:
            return "unknown"
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Unknown dates sort last; a month sorts before its days, a year before its months."""
        if self.year is None:
            return (9999, 99, 99)
        return (self.year, self.month or 0, self.day or 0)

    def iso(self) -> str:
        """The form content uses, also used in the JSON export."""
        if self.year is None:
            return "unknown"
        month = f"-{self.month:02d}" if self.month else ""
        text = f"{self.year:04d}{month}" + (f"-{self.day:02d}" if self.day else "")
        return ("about " + text) if self.approximate else text

    def human(self) -> str:
        """5 October 2024, October 2024, 1997, about 2001, unknown."""
        if self.year is None:
            return "date unknown"
        if self.day is not None and self.month is not None:
            text = in_words(first_day(self))
        elif self.month is not None:
            text = f"{MONTHS[self.month]} {self.year}"
        else:
            text = str(self.year)
        return ("about " + text) if self.approximate else text

    def within(self, start: PartialDate, end: PartialDate) -> bool:
        """True when this date may fall inside [start, end]: a date known only to the
        month or year counts when that month or year overlaps the period."""
        if not (self.known and start.known and end.known):
            return False
        return first_day(start) <= last_day(self) and first_day(self) <= last_day(end)

    def __str__(self) -> str:
        return self.iso()


def on_or_after(day: datetime.date, weekday: str) -> datetime.date:
    """The first `weekday` (one of WEEKDAYS) from `day` on: `day` itself if it is one."""
    return day + datetime.timedelta(days=(WEEKDAYS.index(weekday) - day.weekday()) % 7)


def in_words(day: datetime.date) -> str:
    """A day as pages write it: 5 October 2024."""
    return f"{day.day} {MONTHS[day.month]} {day.year}"


def span(
    first: datetime.date, last: datetime.date, day: Callable[[datetime.date], str] = in_words
) -> str:
    """The days from `first` to `last` in words, each written by `day`: "3 to 7 October
    2024", "30 September to 2 October 2024", "30 Sep to 2 Oct"; the month and the
    year once where shared."""
    if first == last:
        return day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} to {day(last)}"
    return f"{day(first).removesuffix(f' {last.year}')} to {day(last)}"


def first_day(date: PartialDate) -> datetime.date:
    """The earliest day a known date may stand for."""
    assert date.year is not None
    return datetime.date(date.year, date.month or 1, date.day or 1)


def last_day(date: PartialDate) -> datetime.date:
    """The latest day a known date may stand for."""
    assert date.year is not None
    month = date.month or 12
    return datetime.date(date.year, month, date.day or calendar.monthrange(date.year, month)[1])


_MONTH_NUMBER = {name.lower()[:3]: number for number, name in enumerate(MONTHS) if name}
_ROUGHLY = re.compile(r"^(?:about|c\.|ca\.|circa|around|approx\.?|approximately|~)\s*(.+)$", re.I)
# A month's name or number, a day, a year. ASCII digits only: a suggestion never
# turns ٢٠٢٤ into a year.
_NAME = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})"
_YEAR = r"(?P<year>\d{4})"
_OTHER_FORMS = [
    re.compile(form, re.ASCII)
    for form in (
        rf"^{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{_NAME},?\s+{_YEAR}$",
        rf"^{_NAME}\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}$",
        rf"^{_NAME},?\s+{_YEAR}$",
        rf"^{_YEAR}[-/.](?P<month>\d{{1,2}})(?:[-/.]{_DAY})?$",
        rf"^(?P<month>\d{{1,2}})[-/.]{_YEAR}$",  # 10/2024: four digits are the year, no doubt
    )
]
_NUMERIC_DAY_FIRST = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$", re.ASCII)


def suggest(text: str) -> str | None:
    """The accepted form of a date written another common way, e.g.
    '5 October 2024' -> '2024-10-05', 'c. 1997' -> "'about 1997'"; else None."""
    if rough := _ROUGHLY.match(text):
        inner = rough.group(1)
        plain = inner if _FORM.match(inner) and not inner.startswith("about") else suggest(inner)
        return f"'about {plain}'" if plain else None
    for form in _OTHER_FORMS:
        if match := form.match(text):
            month = match["month"]
            number = int(month) if month.isdigit() else _MONTH_NUMBER.get(month.lower()[:3])
            return _ymd(match["year"], number, match.groupdict().get("day"))
    if match := _NUMERIC_DAY_FIRST.match(text):
        day, month, year = match.groups()
        # Day first, as sources from the region write dates; say so when it could be either.
        shown = _ymd(year, int(month), day)
        if shown and int(day) <= 12 and day.lstrip("0") != month.lstrip("0"):
            # 5/10/2024 is 5 October or 10 May: both, each named, for the writer to choose.
            first, then = int(day), int(month)
            shown += (
                f" if it is {first} {MONTHS[then]}, {_ymd(year, first, month)}"
                f" if it is {then} {MONTHS[first]}"
            )
        return shown
    return None


def _ymd(year: str, month: int | None, day: str | None) -> str | None:
    if month is None or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year}-{month:02d}"
    if not 1 <= int(day) <= calendar.monthrange(int(year), month)[1]:
        return None
    return f"{year}-{month:02d}-{int(day):02d}"
