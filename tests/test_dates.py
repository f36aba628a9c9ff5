import pytest

from generator.dates import DateError, PartialDate


@pytest.mark.parametrize(
    ("text", "precision", "human"),
    [
        ("2024-10-05", "day", "5 October 2024"),
        ("2024-10", "month", "October 2024"),
        (1997, "year", "1997"),
        ("about 2001", "year", "about 2001"),
        ("unknown", "unknown", "date unknown"),
    ],
)
def test_forms(text, precision, human):
    date = PartialDate.parse(text)
    assert date.precision == precision
    assert date.human() == human


@pytest.mark.parametrize(
    "text", ["2024-02-30", "2023-02-29", "2024-13", "5 October 2024", "", True]
)
def test_impossible_or_malformed_dates_are_refused(text):
    with pytest.raises(DateError):
        PartialDate.parse(text)


def test_leap_day_exists():
    assert PartialDate.parse("2024-02-29").day == 29


def test_sorting_puts_coarser_first_and_unknown_last():
    dates = [PartialDate.parse(t) for t in ("unknown", "2024-10-05", "2024-10", "1997")]
    assert [d.iso() for d in sorted(dates, key=lambda d: d.sort_key)] == [
        "1997",
        "2024-10",
        "2024-10-05",
        "unknown",
    ]


def test_within_period_counts_overlapping_months():
    start, end = PartialDate.parse("2024-10-03"), PartialDate.parse("2024-10-08")
    assert PartialDate.parse("2024-10-05").within(start, end)
    assert not PartialDate.parse("2024-10-09").within(start, end)
    assert not PartialDate.parse("unknown").within(start, end)
    assert PartialDate.parse("2024-10").within(start, end)
    assert not PartialDate.parse("2024-09").within(start, end)
    assert not PartialDate.parse("2023").within(start, end)
