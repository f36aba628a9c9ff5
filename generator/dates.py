"""Dates as the sources give them: to the day, the month or the year, or only roughly.

Content writes a date as ``2024-10-05``, ``2024-10``, ``1997``, ``about 2001``
(any of the three forms after ``about``) or ``unknown``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

_FORM = re.compile(r"^(?:(about) )?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
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


class DateError(ValueError):
    """A date that is not in one of the accepted forms, or does not exist."""


@dataclass(frozen=True, order=False)
class PartialDate:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    @classmethod
    def unknown(cls) -> PartialDate:
        return cls()

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        if isinstance(value, bool):
            raise DateError(f"expected a date such as 2024-10-05, got {value!r}")
        if isinstance(value, int):
            value = str(value)
        if not isinstance(value, str):
            raise DateError(f"expected a date such as 2024-10-05, got a {type(value).__name__}")
        text = value.strip()
        if text == "unknown":
            return cls()
        match = _FORM.match(text)
        if not match:
            raise DateError(
                f"'{text}' is not a date: write 2024-10-05, 2024-10, 1997,"
                " 'about 1997' or 'unknown'"
            )
        about, year_s, month_s, day_s = match.groups()
        year = int(year_s)
        month = int(month_s) if month_s else None
        day = int(day_s) if day_s else None
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
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        if self.year is not None:
            return "year"
        return "unknown"

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
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return ("about " + text) if self.approximate else text

    def human(self) -> str:
        """5 October 2024, October 2024, 1997, about 2001, unknown."""
        if self.year is None:
            return "date unknown"
        if self.day is not None and self.month is not None:
            text = f"{self.day} {MONTHS[self.month]} {self.year}"
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
        return _start_key(start) <= _end_key(self) and _start_key(self) <= _end_key(end)

    def __str__(self) -> str:
        return self.iso()


def _start_key(date: PartialDate) -> tuple[int, int, int]:
    assert date.year is not None
    return (date.year, date.month or 1, date.day or 1)


def _end_key(date: PartialDate) -> tuple[int, int, int]:
    assert date.year is not None
    return (date.year, date.month or 12, date.day or 31)
