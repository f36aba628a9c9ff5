"""The last day an event known only to its month can have happened on (`not_after`),
where a source's own words put it by then ("last week"): every list, the event's page
and the timeline graphic say so, and a value that is no such day is an error at its
line."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from generator import model, pipeline, render, timeline_svg, urls
from generator.dates import PartialDate
from generator.errors import ContentError
from generator.order import BACKGROUND, day_known, latest, may_be_later, period_part

from .conftest import ROOT, edit, untitled
from .test_timeline_svg import SVG, drawings
from .test_weekday import REPLY, reply_with
from .test_weekday import event as weekday_event


def event(id: str, date: str, after: str = "", not_after: str = "") -> model.Event:
    return weekday_event(id, date, after, not_after=PartialDate.parse(not_after or "unknown"))


def test_the_last_day_closes_the_month_and_the_words_give_both_ends():
    appeal = event("appeal", "2024-10-05")
    commentary = event("commentary", "2024-10", after="appeal", not_after="2024-10-13")
    by_id = {e.id: e for e in (appeal, commentary)}
    assert latest(commentary, by_id) == datetime.date(2024, 10, 13)
    assert day_known(commentary, by_id) == "between 5 and 13 October 2024"
    # Past the period's last day, the 7th, it may still be later; by the 13th, not after it.
    assert may_be_later(commentary, datetime.date(2024, 10, 7), by_id)
    assert not may_be_later(commentary, datetime.date(2024, 10, 13), by_id)
    alone = event("alone", "2024-10", not_after="2024-10-13")
    assert day_known(alone, {"alone": alone}) == "by the 13th"
    # Without it, `after` says what it says.
    plain = event("plain", "2024-10", after="appeal")
    assert latest(plain, {**by_id, "plain": plain}) is None


def test_the_day_followed_counts_where_it_says_more_and_is_not_about_a_day():
    """After the appeal of 5 October and by that day: 'by 5 October', not 'between 5 and
    5 October'; after an event of about 5 October, nothing of the day."""
    appeal = event("appeal", "2024-10-05")
    same_day = event("same-day", "2024-10", after="appeal", not_after="2024-10-05")
    rough = event("rough", "about 2024-10-05")
    later = event("later", "2024-10", after="rough")
    by_id = {e.id: e for e in (appeal, same_day, rough, later)}
    assert day_known(same_day, by_id) == "by the 5th"
    assert day_known(later, by_id) == ""


def bound_reply(content: Path, not_after: str) -> None:
    reply_with(content, f"not_after: {not_after}")


def test_a_last_day_past_the_period_gives_the_band_both_ends_and_a_bracket_past_the_days(
    content: Path,
) -> None:
    """Period 3 to 8 October: an answer after the appeal of the 5th, by the 12th."""
    bound_reply(content, "2024-10-12")
    catalog = pipeline.validate(content, ROOT)
    drawn = timeline_svg.plan(catalog)
    (band,) = [row for row in drawn.rows if isinstance(row, timeline_svg.Band)]
    # Its heading says both ends, not "possibly after 8 Oct" as well.
    assert band.heading == "Between 5 and 12 Oct 2024, day not given"
    assert band.open and band.until is None
    # Drawn after the appeal's day, its bracket running on past the 8th.
    assert [type(row).__name__ for row in drawn.rows] == ["Gap", "Day", "Band", "Gap"]
    assert drawn.brackets == (timeline_svg.Bracket(2, None),)
    headings = [heading for heading, _ in catalog.timeline]
    assert "Between 5 and 12 October 2024, day not given" in headings
    pages = render.render_site(catalog)
    assert "*Between 5 and 12 October 2024 (see" in pages[f"events/{REPLY}.md"]
    assert "Between 5 and 12 Oct 2024" in pages[urls.HOME]


def test_a_last_day_within_the_period_closes_the_band_there(content: Path) -> None:
    bound_reply(content, "2024-10-07")
    drawn = timeline_svg.plan(pipeline.validate(content, ROOT))
    (band,) = [row for row in drawn.rows if isinstance(row, timeline_svg.Band)]
    assert band.heading == "Between 5 and 7 Oct 2024, day not given"
    assert not band.open and band.until == datetime.date(2024, 10, 7)
    # The days after the band split where its bracket ends: 6 to 7, then 8.
    gaps = [(r.first.day, r.last.day) for r in drawn.rows if isinstance(r, timeline_svg.Gap)]
    assert gaps == [(3, 4), (6, 7), (8, 8)]
    assert drawn.brackets == (timeline_svg.Bracket(2, 3),)


def test_events_that_follow_one_event_are_listed_the_sooner_closed_first(content: Path) -> None:
    """Two answers after the appeal of 5 October, one no source bounds and one by the
    12th: the bounded one's heading comes first, in the list and in the drawing. Both
    run past the period: they shared one bracket and one arrow, so that no reader could
    tell which range ended where; each now has its own, in a lane of its own."""
    bound_reply(content, "2024-10-12")
    (content / "events" / "another-reply.yaml").write_text(
        "id: another-reply\ntitle: Another answer\ndate: 2024-10\nafter: letter-sent\n"
        "summary: Another answer came.\nsources: [oc-media-2024-10-07]\n",
        encoding="utf-8",
    )
    catalog = pipeline.validate(content, ROOT)
    headings = [heading for heading, _ in catalog.timeline]
    bounded = headings.index("Between 5 and 12 October 2024, day not given")
    assert headings[bounded + 1] == "October 2024, day not given, on or after the 5th"
    assert [e.id for e in catalog.events].index(REPLY) < [e.id for e in catalog.events].index(
        "another-reply"
    )
    drawn = timeline_svg.plan(catalog)
    bands = [row for row in drawn.rows if isinstance(row, timeline_svg.Band)]
    assert [band.heading for band in bands] == [
        "Between 5 and 12 Oct 2024, day not given",
        "October 2024, day not given, on or after the 5th",
    ]
    # A bracket each, side by side, the later one nearer the axis.
    assert drawn.brackets == (timeline_svg.Bracket(2, None, 0), timeline_svg.Bracket(3, None, 1))
    for svg in drawings(timeline_svg.graphic(catalog, urls.HOME)).values():
        spans = [
            tuple(int(line.get(k)) for k in ("x1", "y1", "x2", "y2"))
            for line in svg.iter(f"{SVG}line")
            if "tl-span" in line.get("class", "")
        ]
        dashed = [s for s in spans if s[0] == s[2] and s[1] != s[3]]
        assert len({s[0] for s in dashed}) == 2  # two lines, apart
        tips = {(x2, y2) for x1, y1, x2, y2 in spans if x1 != x2 and y1 != y2}
        assert len(tips) == 2  # an arrowhead each
        assert no_two_overlap(spans)
        bands = [r for r in svg.iter(f"{SVG}rect") if r.get("class") == "tl-band"]
        tops = {int(band.get("y")) for band in bands}
        # Each line starts at the top of its own band, with a turn to it.
        assert {s[1] for s in dashed} == tops
        assert len([s for s in spans if s[1] == s[3] and s[1] in tops]) == 2


def no_two_overlap(spans: list[tuple[int, int, int, int]]) -> bool:
    """No two straight lines share a stretch: a part of one is never a part of another."""

    def share(a1: int, a2: int, b1: int, b2: int) -> bool:
        return min(max(a1, a2), max(b1, b2)) > max(min(a1, a2), min(b1, b2))

    for i, (ax1, ay1, ax2, ay2) in enumerate(spans):
        for bx1, by1, bx2, by2 in spans[i + 1 :]:
            if ax1 == ax2 == bx1 == bx2 and share(ay1, ay2, by1, by2):  # upright, on one x
                return False
            if ay1 == ay2 == by1 == by2 and share(ax1, ax2, bx1, bx2):  # level, at one y
                return False
    return True


def problems(content: Path) -> list[str]:
    try:
        pipeline.validate(content, content.parent)
    except ContentError as exc:
        return [str(p) for p in exc.problems]
    return []


HOSTILE_VALUES = [
    "2024-10-13 <script>alert(1)</script>",
    "\"2024-10-13' onmouseover='x\"",
    '"[[letter-sent]]"',
]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2024-10", "6:1: error: not_after: '2024-10' is not a day: write one such as 2024-10-13"),
        (
            "about 2024-10-12",
            "6:1: error: not_after: 'about 2024-10-12' is not a day: write one such as 2024-10-13",
        ),
        (
            "12 October 2024",
            "6:1: error: not_after: '12 October 2024' is not written the way dates are written"
            " here (year-month-day): write 2024-10-12",
        ),
        (
            "2024-10-32",
            "6:1: error: not_after: '2024-10-32' does not exist: October 2024 has 31 days",
        ),
        *[(value, "6:1: error: not_after: ") for value in HOSTILE_VALUES],
    ],
)
def test_a_last_day_that_is_no_day_is_an_error_at_its_line(content, value, message):
    bound_reply(content, value)
    found = problems(content)
    assert len(found) == 1 and found[0].startswith(f"content/events/{REPLY}.yaml:{message}")


@pytest.mark.parametrize(
    ("date", "value", "message"),
    [
        (
            "2024-10-09",
            "2024-10-12",
            "a last day bounds a date known to the month or the year, and this one is 9"
            " October 2024: leave `not_after` out",
        ),
        ("2024-10", "2024-11-02", "2 November 2024 is not in October 2024, the event's date"),
        (
            "2024-10",
            "2024-10-04",
            "4 October 2024 is before 5 October 2024, the day of 'letter-sent', which it"
            " followed: check `not_after` and `after`",
        ),
    ],
)
def test_a_last_day_that_cannot_be_is_an_error_at_its_line(content, date, value, message):
    bound_reply(content, value)
    path = content / "events" / f"{REPLY}.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("date: 2024-10\n", f"date: {date}\n"), "utf-8"
    )
    found = [p for p in problems(content) if "not_after" in p]
    assert found == [f"content/events/{REPLY}.yaml:6:12: error: not_after: {message}"]


def test_a_last_day_a_dated_source_already_gives_is_an_error(content: Path) -> None:
    path = content / "events" / f"{REPLY}.yaml"
    edit(path, "after: letter-sent\n", "after: letter-sent\nnot_after: 2024-10-12\n")
    # OC Media, dated 7 October 2024, reports it: it happened by then already.
    assert problems(content) == [
        f"content/events/{REPLY}.yaml:6:12: error: not_after: a source of 7 October 2024 that"
        " reports it already puts it by then: leave `not_after` out"
    ]


def test_the_timeline_page_says_where_its_list_and_its_drawing_put_a_month(content: Path):
    bound_reply(content, "2024-10-12")
    page = untitled(render.render_site(pipeline.validate(content, ROOT))[urls.TIMELINE])
    opening = page[: page.index('<svg class="tl tl-wide"')]
    assert "events dated only to the month come after that month’s days" in opening
    # One key, over the drawing, says what its boxes and brackets mean: no line of the
    # drawing says it again.
    catalog = pipeline.validate(content, ROOT)
    key = timeline_svg.key(timeline_svg.plan(catalog), datetime.date(2024, 10, 8))
    # To the eye only: the drawing's <desc> says it to a screen reader.
    assert opening.endswith(f'{key}\n{{: .tl-key aria-hidden="true" data-search-exclude }}\n\n')
    # A shape each, with a few words: it was a grey paragraph of fifty.
    words = re.sub(r"<svg .*?</svg>|<[^>]+>", " ", key).split()
    assert " ".join(words) == (
        "dated to the day month only, at its first possible day days it may fall on"
        " may be after 8 Oct"
    )
    assert len(words) < 25
    assert key.count('<svg class="tl-icon"') == 4
    for svg in drawings(timeline_svg.graphic(catalog, urls.HOME)).values():
        first = next(t for t in svg.iter(f"{SVG}text") if "".join(t.itertext()).strip())
        assert "dashed" not in "".join(first.itertext()).lower()


def test_nothing_bounds_the_day_of_an_about_month_on_its_page_in_the_list_or_the_drawing(
    content: Path,
) -> None:
    """The answer dated "about October 2024", after the appeal of 5 October and reported
    on the 7th: its page said nothing of its day, while the list and the drawing said
    "between 5 and 7 October", more than "about" allows (it may be late September or
    early November). Now none of them bounds it."""
    path = content / "events" / f"{REPLY}.yaml"
    edit(path, "date: 2024-10\n", "date: about 2024-10\n")
    catalog = pipeline.validate(content, ROOT)
    reply = catalog.by_id[REPLY]
    assert latest(reply, catalog.by_id) is None and day_known(reply, catalog.by_id) == ""
    heading = "About October 2024, day not given, possibly after the 8th"
    assert heading in [heading for heading, _ in catalog.timeline]
    (band,) = [r for r in timeline_svg.plan(catalog).rows if isinstance(r, timeline_svg.Band)]
    assert band.heading == "About October 2024, day not given, possibly after the 8th" and band.open
    pages = render.render_site(catalog)
    assert "between 5 and 7" not in pages[f"events/{REPLY}.md"] + pages[urls.TIMELINE]


def test_a_year_a_source_of_may_reports_is_in_the_background_of_a_period_in_october(
    content: Path,
) -> None:
    """An event known only to 2024, reported by a source of 9 May 2024 (or closed by a
    `not_after` of that day), happened before the period, 3 to 8 October: it was listed
    and drawn among the period's days, "2024, month not given, by 9 May". Both now put
    it in the background."""
    episode = pipeline.validate(content, ROOT).episode
    year, may = PartialDate.parse("2024"), datetime.date(2024, 5, 9)
    assert period_part(year, episode, None, None) == "days"
    assert period_part(year, episode, None, may) == BACKGROUND
    assert period_part(year, episode, None, datetime.date(2024, 10, 3)) == "days"
    source = (content / "sources" / "caliber-az-2024-10-05.yaml").read_text(encoding="utf-8")
    (content / "sources" / "may-report.yaml").write_text(
        source.replace("caliber-az-2024-10-05", "may-report").replace("2024-10-05", "2024-05-09"),
        encoding="utf-8",
    )
    (content / "events" / "that-year.yaml").write_text(
        "id: that-year\ntitle: Something that year\ndate: 2024\nsummary: It happened.\n"
        "sources: [may-report]\n",
        encoding="utf-8",
    )
    catalog = pipeline.validate(content, ROOT)
    background = dict(catalog.timeline)[BACKGROUND]
    assert [e.id for e in background] == ["declaration-signed", "that-year"]
    assert not any(h.startswith("2024, month not given") for h, _ in catalog.timeline)
    drawn = timeline_svg.plan(catalog)
    assert len(drawn.background) == 2
    assert not [
        r for r in drawn.rows if isinstance(r, timeline_svg.Band) and r.heading.startswith("2024,")
    ]
    page = render.render_site(catalog)[urls.TIMELINE]
    assert "- **2024, by 9 May**: [Something that year](" in page


def test_the_day_followed_bounds_a_last_day_as_it_bounds_the_words(content: Path) -> None:
    """One rule (order.followed_day) gives the day an event followed, for its words and
    for the check of its `not_after`: an event of October after one of 31 October is of
    "31 October or later" (its words said nothing of it), and a last day before the 31st
    is still an error; a day given as "about" bounds neither."""
    last = event("last", "2024-10-31")
    after_last = event("after-last", "2024-10", after="last")
    assert day_known(after_last, {e.id: e for e in (last, after_last)}) == "on or after the 31st"
    bound_reply(content, "2024-10-20")
    letter = content / "events" / "letter-sent.yaml"
    edit(letter, "date: 2024-10-05", "date: 2024-10-31")
    edit(content / "sources" / "caliber-az-2024-10-05.yaml", "date: 2024-10-05", "date: 2024-11")
    found = [p for p in problems(content) if "not_after" in p]
    assert found == [
        f"content/events/{REPLY}.yaml:6:12: error: not_after: 20 October 2024 is before 31"
        " October 2024, the day of 'letter-sent', which it followed: check `not_after` and"
        " `after`"
    ]
    edit(letter, "date: 2024-10-31", "date: about 2024-10-31")
    assert not [p for p in problems(content) if "not_after" in p]


def test_a_bracket_goes_nearer_the_axis_than_every_bracket_running_where_it_starts() -> None:
    """No two brackets that overlap share a lane, and the turn at a bracket's top, to
    its band, crosses none: a bracket running there is further out. (The first free
    lane put a short range outside a long one it started within.)"""
    day = datetime.date(2024, 10, 1)

    def on(n: int) -> timeline_svg.Day:
        return timeline_svg.Day(day + datetime.timedelta(days=n), [])

    def band(until: int | None) -> timeline_svg.Band:
        last = None if until is None else day + datetime.timedelta(days=until)
        return timeline_svg.Band("h", [], open=until is None, until=last)

    rows = [band(2), on(1), band(8), on(2), on(3), band(5), on(4), on(5), on(8), band(None)]
    brackets = timeline_svg._brackets(rows)
    assert [(b.first, b.last) for b in brackets] == [(0, 3), (2, 8), (5, 7), (9, None)]
    assert [b.lane for b in brackets] == [0, 1, 2, 2]  # the last touches the second
    for b in brackets:
        for other in brackets:
            end = len(rows) if other.last is None else other.last
            if other is not b and other.first <= b.first <= end + 1:
                assert other.lane < b.lane
