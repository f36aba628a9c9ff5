"""The timeline's order: a month-only event after the days it may be, or after the
event the sources say it followed; `after` checked like a reference."""

from __future__ import annotations

import re

from generator import build, model, render
from generator.dates import PartialDate
from generator.order import events_in_order

from .conftest import FIXTURE_CONTENT, ROOT


def untitled(markdown: str) -> str:
    """Markdown with its links' titles left out (tests/test_link_titles.py covers them)."""
    return re.sub(r' "[^"]*"\)', ")", markdown)


def event(id: str, date: str, after: str = "") -> model.Event:
    return model.Event(
        id=id, title=id, date=PartialDate.parse(date), summary="x", sources=["s"], after=after
    )


def ids(events: list[model.Event]) -> list[str]:
    return [e.id for e in events_in_order(events)]


def test_a_month_only_event_comes_after_the_days_of_its_month():
    events = [event("month", "2024-10"), event("day-3", "2024-10-03"), event("day-9", "2024-10-09")]
    assert ids(events) == ["day-3", "day-9", "month"]
    assert ids([event("year", "2024"), event("oct", "2024-10"), event("nov", "2024-11")]) == [
        "oct",
        "nov",
        "year",
    ]


def test_after_places_an_event_after_the_day_of_the_one_it_followed():
    events = [
        event("reply", "2024-10", after="appeal"),
        event("later", "unknown", after="reply"),
        event("letter", "2024-10-03"),
        event("appeal", "2024-10-05"),
        event("same-day", "2024-10-05"),
        event("next", "2024-10-07"),
        event("undated", "unknown"),
    ]
    assert ids(events) == ["letter", "appeal", "same-day", "reply", "later", "next", "undated"]


def test_an_event_dated_after_the_one_it_names_keeps_its_date_order():
    events = [event("a", "2024-10-03"), event("b", "2024-10-04"), event("c", "2024-10-09", "a")]
    assert ids(events) == ["a", "b", "c"]


def test_a_loop_of_afters_does_not_lose_events():
    events = [event("a", "2024-10", "b"), event("b", "2024-10", "a"), event("c", "2024-10-01")]
    assert sorted(ids(events)) == ["a", "b", "c"]


def test_the_timeline_lists_the_reply_after_the_appeal():
    page = render.render_site(build.validate(FIXTURE_CONTENT, ROOT))["timeline.md"]
    page = untitled(page)
    listing = page[page.index("\n## 5 October 2024\n") :]  # after the graphic
    appeal = listing.index("(events/letter-sent.md)")
    reply = listing.index("(events/reply-2024-10.md)")
    assert appeal < listing.index("\n## After 5 October 2024, exact date not given\n") < reply
    # The date unless the heading is that day, the one-line summary (else the title)
    # as the event's link, then the sources that report it, named (not linked).
    entry = "- **October 2024**: [The foreign ministry answers the appeal]"
    assert entry + "(events/reply-2024-10.md) (OC Media, 7 October 2024)\n" in listing
    assert "- [The MPs sign their appeal](events/letter-sent.md) (OC Media, " in listing
    # In date order: the background first, then the days.
    assert page.index("\n## Background\n") < page.index("\n## 5 October 2024\n")


def test_under_date_unknown_an_event_does_not_repeat_that_its_date_is_unknown(content):
    event = content / "events" / "declaration-signed.yaml"
    event.write_text(event.read_text(encoding="utf-8").replace("date: 1997", "date: unknown"))
    page = untitled(render.render_site(build.validate(content, ROOT))["timeline.md"])
    listing = page[page.index("\n## Date unknown\n") :]
    assert "\n- [The joint declaration is signed](events/declaration-signed.md) (" in listing
    assert "date unknown" not in listing


def test_a_timeline_line_names_three_sources_at_most_and_counts_the_rest():
    catalog = build.validate(FIXTURE_CONTENT, ROOT)
    event = catalog.get("letter-sent")
    both = ["oc-media-2024-10-07", "caliber-az-2024-10-05"]
    event.sources[:] = both * 2  # four citations: two named, two counted
    page = untitled(render.render_site(catalog)["timeline.md"])
    assert (
        "(events/letter-sent.md) (OC Media, 7 October 2024; Caliber.Az, 5 October 2024;"
        " and 2 other sources)\n"
    ) in page
