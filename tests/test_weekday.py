"""A day of the week a source gives for an event dated to the month (`weekday`): with
`after`, the event happened on the first such day from the day it followed, or later;
every list, the event's page and the timeline graphic say so, and an event it puts
past the episode's period is drawn after it, never inside it."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from generator import model, pipeline, render, timeline_svg, urls
from generator.dates import PartialDate, last_day, on_or_after
from generator.errors import ContentError
from generator.order import day_known, day_known_words, earliest, period_part, timeline_parts

from .conftest import ROOT, edit, untitled
from .test_timeline_svg import SVG, drawings, labels, links

REPLY = "reply-2024-10"  # the fixture's answer, dated 2024-10, after letter-sent (5 October)


def event(id: str, date: str, after: str = "", **fields: object) -> model.Event:
    """An event with what every event needs and `fields` besides (weekday, not_after...)."""
    return model.Event(
        id=id,
        title=id,
        date=PartialDate.parse(date),
        summary="x",
        sources=["s"],
        after=after,
        **fields,  # type: ignore[arg-type]
    )


def test_the_first_such_day_from_a_day_on():
    saturday = datetime.date(2024, 10, 5)
    assert on_or_after(saturday, "tuesday") == datetime.date(2024, 10, 8)
    assert on_or_after(saturday, "saturday") == saturday  # that day itself may be it
    assert on_or_after(saturday, "friday") == datetime.date(2024, 10, 11)


def test_a_tuesday_after_saturday_5_october_is_8_october_or_later():
    appeal = event("appeal", "2024-10-05")
    answer = event("answer", "2024-10", after="appeal", weekday="tuesday")
    by_id = {e.id: e for e in (appeal, answer)}
    assert earliest(answer, by_id) == datetime.date(2024, 10, 8)
    assert day_known(answer, by_id) == "on a Tuesday no earlier than the 8th"
    # Without `after`, from the first of its month: a Tuesday says nothing more of it.
    alone = event("alone", "2024-10", weekday="tuesday")
    assert earliest(alone, {"alone": alone}) == datetime.date(2024, 10, 1)
    assert day_known(alone, {"alone": alone}) == "on a Tuesday"
    # A Friday of October 2024 is the 4th at the earliest.
    friday = event("friday", "2024-10", weekday="friday")
    assert day_known(friday, {"friday": friday}) == "on a Friday no earlier than the 4th"
    # No weekday, no bound from it: `after` says what it says.
    plain = event("plain", "2024-10", after="appeal")
    assert earliest(plain, {**by_id, "plain": plain}) is None
    assert day_known(plain, {**by_id, "plain": plain}) == "on or after the 5th"


def test_with_a_source_dated_to_the_day_the_words_give_both_ends():
    def day(d: datetime.date) -> str:
        return f"{d.day} Oct"

    tuesday, later = datetime.date(2024, 10, 8), datetime.date(2024, 10, 22)
    assert day_known_words(tuesday, later, day, "Tuesday") == "on a Tuesday between 8 and 22 Oct"
    assert (
        day_known_words(tuesday, tuesday, day, "Tuesday") == "on a Tuesday, which can only be 8 Oct"
    )
    assert day_known_words(None, later, day, "Tuesday") == "on a Tuesday no later than 22 Oct"
    assert day_known_words(tuesday, later, day) == "between 8 and 22 Oct"  # no weekday: as before


def test_a_bound_past_the_period_puts_the_event_in_its_aftermath(content: Path) -> None:
    catalog = pipeline.validate(content, ROOT)
    episode = catalog.episode  # 3 to 8 October 2024
    october = PartialDate.parse("2024-10")
    assert period_part(october, episode, None, None) == "days"
    assert period_part(october, episode, datetime.date(2024, 10, 8), None) == "days"
    late = datetime.date(2024, 10, 9)
    assert period_part(october, episode, late, None) == "Afterwards"


def reply_with(content: Path, line: str) -> None:
    """The fixture's answer with `line` ("weekday: tuesday") under its `after`, reported
    in a text dated to October only (so that no source dated to the day bounds it)."""
    path = content / "events" / f"{REPLY}.yaml"
    edit(path, "after: letter-sent\n", f"after: letter-sent\n{line}\n")
    source = content / "sources" / "oc-media-2024-10-07.yaml"
    edit(source, "date: 2024-10-07", "date: 2024-10")


def answer_on(content: Path, weekday: str, period_end: str = "2024-10-08") -> None:
    """The fixture's answer on `weekday` (see `reply_with`), the period ending on `period_end`."""
    reply_with(content, f"weekday: {weekday}")
    episode = content / "episode.yaml"
    edit(episode, "period_end: 2024-10-08", f"period_end: {period_end}")


def test_within_the_period_its_band_and_heading_say_the_weekday(content: Path) -> None:
    answer_on(content, "tuesday")
    catalog = pipeline.validate(content, ROOT)
    (band,) = [r for r in timeline_svg.plan(catalog).rows if isinstance(r, timeline_svg.Band)]
    assert band.heading == "October 2024, on a Tuesday no earlier than the 8th"
    assert [m.target for m in band.marks] == [f"events/{REPLY}.md"]
    headings = [heading for heading, _ in catalog.timeline]
    assert "October 2024, on a Tuesday no earlier than the 8th" in headings


def test_an_event_that_must_fall_after_the_period_is_not_drawn_inside_it(content: Path) -> None:
    # The period ends on Monday 7 October; the answer came on a Tuesday after the 5th.
    answer_on(content, "tuesday", period_end="2024-10-07")
    (content / "events" / "talks.yaml").write_text(
        "id: talks\ntitle: Talks some day in October\ndate: 2024-10\n"
        "summary: Talks were held.\nsources: [oc-media-2024-10-07]\n",
        encoding="utf-8",
    )
    catalog = pipeline.validate(content, ROOT)
    drawn = timeline_svg.plan(catalog)
    in_rows = [m.target for r in drawn.rows if not isinstance(r, timeline_svg.Gap) for m in r.marks]
    assert f"events/{REPLY}.md" not in in_rows and "events/talks.md" in in_rows
    assert drawn.later is not None
    assert drawn.later.heading == "After 7 October 2024, not drawn on the axis:"
    assert [(m.label, m.target) for m in drawn.later.marks] == [
        (
            "October 2024, on a Tuesday no earlier than the 8th: The foreign ministry answers"
            " the appeal",
            f"events/{REPLY}.md",
        )
    ]
    # The talks, drawn in their band, may have come as late: their band's heading
    # says so, not a note of every event drawn.
    (talks,) = [r for r in drawn.rows if isinstance(r, timeline_svg.Band)]
    assert talks.heading == "October 2024, day not given, possibly after the 7th" and talks.open
    assert "Not drawn" not in drawn.desc
    # The text alternative counts them, each read once, as a link of the drawing.
    assert "After 7 October 2024, 1 event, off the axis." in drawn.desc
    assert talks.heading not in drawn.desc
    for name, svg in drawings(timeline_svg.graphic(catalog, urls.TIMELINE)).items():
        shown = dict(zip([h for h, _ in links(svg)], labels(svg), strict=True))
        assert shown[f"events/{REPLY}.md"].startswith(
            "October 2024, on a Tuesday no earlier than the 8th"
        )
        titles = dict(links(svg))
        # Named by the words it shows, as a link must be for who clicks by voice.
        assert titles[f"events/{REPLY}.md"] == shown[f"events/{REPLY}.md"] or name == "narrow"
        assert titles[f"events/{REPLY}.md"] == (
            "October 2024, on a Tuesday no earlier than the 8th: The foreign ministry answers"
            " the appeal"
        )
        if name == "narrow":  # five lines at most: not cut
            assert shown[f"events/{REPLY}.md"].endswith("answers the appeal")
        words = " ".join(tspan.text or "" for tspan in svg.iter(f"{SVG}tspan"))
        assert "possibly after the 7th" in words and "may also have come" not in words
    # The timeline page lists it in the aftermath, with what is known of its day.
    parts = dict(timeline_parts(catalog.events, catalog.episode, catalog.by_id))
    assert [e.id for e in parts["Afterwards"]] == [REPLY]
    pages = render.render_site(catalog)
    page = untitled(pages[urls.TIMELINE])
    afterwards = page[page.index("\n## Afterwards\n") :]
    assert (
        "- **October 2024, on a Tuesday no earlier than the 8th**: [The foreign ministry answers"
        f" the appeal](events/{REPLY}.md)"
    ) in afterwards
    # The event's page gives it once, under its title.
    event_page = pages[f"events/{REPLY}.md"]
    line = "*October 2024, on a Tuesday no earlier than the 8th (see [how it was worked out]"
    assert event_page.count("on a Tuesday") == 1 and line in event_page


def test_without_a_weekday_the_answer_stays_in_the_period(content: Path) -> None:
    answer_on(content, "tuesday", period_end="2024-10-07")
    path = content / "events" / f"{REPLY}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("weekday: tuesday\n", ""), "utf-8")
    drawn = timeline_svg.plan(pipeline.validate(content, ROOT))
    assert drawn.later is None
    (band,) = [row for row in drawn.rows if isinstance(row, timeline_svg.Band)]
    assert [m.target for m in band.marks] == [f"events/{REPLY}.md"]


def problems(content: Path) -> list[str]:
    try:
        pipeline.validate(content, content.parent)
    except ContentError as exc:
        return [str(p) for p in exc.problems]
    return []


@pytest.mark.parametrize(
    ("date", "weekday", "message"),
    [
        (
            "2024-10",
            "tusday",
            "5:1: error: weekday: 'tusday' is not one of: monday, tuesday, wednesday, thursday,"
            " friday, saturday, sunday (did you mean 'tuesday'?)",
        ),
        (
            "2024-10-08",
            "monday",
            "5:10: error: weekday: 8 October 2024 was a Tuesday: correct the date or the weekday",
        ),
        (
            "2024",
            "tuesday",
            "5:10: error: weekday: a weekday narrows a date known to the month, and this one is"
            " 2024: give the month, or leave `weekday` out",
        ),
    ],
)
def test_a_weekday_that_cannot_be_is_an_error_at_its_line(content, date, weekday, message):
    path = content / "events" / f"{REPLY}.yaml"
    text = path.read_text(encoding="utf-8").replace("date: 2024-10\n", f"date: {date}\n")
    path.write_text(text.replace("after: letter-sent\n", f"weekday: {weekday}\n"), "utf-8")
    assert problems(content) == [f"content/events/{REPLY}.yaml:{message}"]
    # The same day written right is no error.
    if date == "2024-10-08":
        path.write_text(text.replace("after: letter-sent\n", "weekday: tuesday\n"), "utf-8")
        assert problems(content) == []


def test_a_weekday_past_the_month_or_the_first_report_is_an_error(content: Path) -> None:
    # The appeal moved to Wednesday 30 October: no Tuesday of October falls after it.
    letter = content / "events" / "letter-sent.yaml"
    letter.write_text(
        letter.read_text(encoding="utf-8").replace("date: 2024-10-05", "date: 2024-10-30"),
        "utf-8",
    )
    path = content / "events" / f"{REPLY}.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "after: letter-sent\n", "after: letter-sent\nweekday: tuesday\n"
        ),
        "utf-8",
    )
    assert (
        f"content/events/{REPLY}.yaml:6:10: error: weekday: no Tuesday of October 2024 falls on"
        " or after 30 October 2024, the day of 'letter-sent': check the date, `after` and the"
        " weekday"
    ) in problems(content)
    # Back on 5 October: a Tuesday is the 8th at the earliest, and a source of the 7th reports it.
    letter.write_text(
        letter.read_text(encoding="utf-8").replace("date: 2024-10-30", "date: 2024-10-05"),
        "utf-8",
    )
    assert problems(content) == [
        f"content/events/{REPLY}.yaml:6:10: error: weekday: the first Tuesday it can be is 8"
        " October 2024, after 7 October 2024, the date of the first source dated to the day"
        " that reports it: check the date, `after`, the weekday and the sources"
    ]


@pytest.mark.first_episode
def test_the_state_departments_answer_is_not_drawn_before_the_tuesday_it_came_on():
    """The report says the answer came on a Tuesday, after the MPs' appeal of Saturday
    5 October 2024: on 8 October at the earliest, which the graphic never draws it before."""
    catalog = pipeline.validate(ROOT / "content", ROOT)
    answer = catalog.get("state-department-reply-2024-10")
    assert isinstance(answer, model.Event)
    first = earliest(answer, catalog.by_id)
    assert first == datetime.date(2024, 10, 8)
    drawn = timeline_svg.plan(catalog)
    page = urls.record_page(answer)
    for row in drawn.rows:
        if isinstance(row, timeline_svg.Day):
            assert page not in [m.target for m in row.marks] or row.date >= first
    if first > last_day(catalog.episode.period_end):
        bands = [r for r in drawn.rows if isinstance(r, timeline_svg.Band)]
        assert page not in [m.target for band in bands for m in band.marks]
        assert drawn.later is not None and page in [m.target for m in drawn.later.marks]
    assert "on a Tuesday no earlier than the 8th" in render.render_site(catalog)[page]


def test_many_events_after_the_period_are_named_a_few_and_counted(content: Path) -> None:
    for n in range(timeline_svg.ALL_UP_TO + 1):
        (content / "events" / f"later-{n:02d}.yaml").write_text(
            f"id: later-{n:02d}\ntitle: Later event {n}\ndate: 2024-11-{n + 1:02d}\n"
            "summary: Something later.\nsources: [oc-media-2024-10-07]\n",
            encoding="utf-8",
        )
    catalog = pipeline.validate(content, ROOT)
    later = timeline_svg.plan(catalog).later
    assert later is not None and len(later.marks) == timeline_svg.PER_ROW
    assert later.marks[0].label == "1 November 2024: Later event 0"
    assert later.more == timeline_svg.ALL_UP_TO + 1 - timeline_svg.PER_ROW
    page = render.render_site(catalog)[urls.TIMELINE]
    assert "\n## Afterwards\n" in page  # the heading the link goes to
    for svg in drawings(timeline_svg.graphic(catalog, urls.HOME)).values():
        shown = dict(zip([h for h, _ in links(svg)], labels(svg), strict=True))
        more = f"and {later.more} more, listed under Afterwards on the timeline"
        assert shown["timeline.md#afterwards"] == more
