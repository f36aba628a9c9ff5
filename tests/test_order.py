"""The timeline's order: a month-only event after the days it may be, or after the
event the sources say it followed; `after` checked like a reference."""

from __future__ import annotations

import dataclasses

from generator import model, pipeline, render, timeline_svg
from generator.dates import PartialDate
from generator.order import BACKGROUND, UNDATED, events_in_order, when

from .conftest import FIXTURE_CONTENT, ROOT, edit, rendered, untitled, write_letter, write_quote


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


def test_an_undated_event_between_two_dated_ones_is_listed_and_dated_between_them():
    """A source that names an undated event after one event and before another places
    it between them: there it is listed, and its date says so, no more."""
    blockade = model.Event(
        id="blockade",
        title="blockade",
        date=PartialDate.parse("unknown"),
        summary="x",
        sources=["s"],
        after="war",
        before="operation",
    )
    events = [
        event("operation", "2023-09"),
        event("meeting", "2024-04-05"),
        blockade,
        event("war", "2020"),
    ]
    by_id = {e.id: e for e in events}
    assert ids(events) == ["war", "blockade", "operation", "meeting"]
    assert when(blockade, by_id) == "Between 2020 and September 2023, date not given"
    only_before = dataclasses.replace(blockade, after="")
    assert when(only_before, by_id) == "Before September 2023, date not given"


def test_the_timeline_lists_the_reply_after_the_appeal():
    page = render.render_site(pipeline.validate(FIXTURE_CONTENT, ROOT))["timeline.md"]
    page = untitled(page)
    listing = page[page.index("\n## 5 October 2024\n") :]  # after the graphic
    appeal = listing.index("(events/letter-sent.md)")
    reply = listing.index("(events/reply-2024-10.md)")
    # After the appeal, and by 7 October, the date of the report that gives the reply.
    heading = "\n## Between 5 and 7 October 2024, day not given\n"
    assert appeal < listing.index(heading) < reply
    # The date unless the heading gives it (here the month), the one-line summary (else
    # the title) as the event's link, then the sources that report it, named (not linked).
    entry = "- [The foreign ministry answers the appeal]"
    assert entry + "(events/reply-2024-10.md) (OC Media, 7 October 2024)\n" in listing
    assert "- [The MPs sign their appeal](events/letter-sent.md) (OC Media, " in listing
    # In date order: the background first, then the days.
    assert page.index("\n## Background\n") < page.index("\n## 5 October 2024\n")


def test_under_date_unknown_an_event_does_not_repeat_that_its_date_is_unknown(content):
    event = content / "events" / "declaration-signed.yaml"
    edit(event, "date: 1997", "date: unknown")
    page = untitled(rendered(content)["timeline.md"])
    listing = page[page.index("\n## Date unknown\n") :]
    assert "\n- [The joint declaration is signed](events/declaration-signed.md) (" in listing
    assert "date unknown" not in listing


def test_a_timeline_line_names_three_sources_at_most_and_counts_the_rest():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    event = catalog.get("letter-sent")
    both = ["oc-media-2024-10-07", "caliber-az-2024-10-05"]
    event.sources[:] = both * 2  # four citations: two named, two counted
    page = untitled(render.render_site(catalog)["timeline.md"])
    assert (
        "(events/letter-sent.md) (OC Media, 7 October 2024; Caliber.Az, 5 October 2024;"
        " and 2 other sources)\n"
    ) in page


def test_a_timeline_line_resting_on_every_source_says_so_in_words(content):
    sources = content / "sources"
    text = (sources / "oc-media-2024-10-07.yaml").read_text(encoding="utf-8")
    for outlet in ("Turan", "APA"):
        copy = text.replace("oc-media-2024-10-07", f"{outlet.lower()}-2024-10-07")
        copy = copy.replace("outlet: OC Media", f"outlet: {outlet}")
        (sources / f"{outlet.lower()}-2024-10-07.yaml").write_text(copy, encoding="utf-8")
    event = content / "events" / "letter-sent.yaml"
    every = "[oc-media-2024-10-07, caliber-az-2024-10-05, turan-2024-10-07, apa-2024-10-07]"
    edit(event, "sources: [oc-media-2024-10-07]", f"sources: {every}")
    page = untitled(rendered(content)["timeline.md"])
    assert "(events/letter-sent.md) (all four sources)\n" in page
    # One source fewer than the site's: two named, the rest counted.
    edit(event, ", apa-2024-10-07]", "]")
    page = untitled(rendered(content)["timeline.md"])
    assert "(OC Media, 7 October 2024; Caliber.Az, 5 October 2024; Turan, 7 October 2024)\n" in page


def test_every_list_of_events_reads_in_the_timelines_order(content):
    # A day after the appeal: the reply, known to October only, comes after it.
    (content / "events" / "talks-2024-10-07.yaml").write_text(
        "id: talks-2024-10-07\n"
        "title: The foreign minister meets an envoy\n"
        "date: 2024-10-07\n"
        "summary: A meeting.\n"
        "actors:\n  - actor: jeyhun-bayramov\n    role: host\n"
        "agreements: [joint-declaration-1997]\n"
        "sources: [oc-media-2024-10-07]\n",
        encoding="utf-8",
    )
    reply = content / "events" / "reply-2024-10.yaml"
    reply.write_text(reply.read_text(encoding="utf-8") + "agreements: [joint-declaration-1997]\n")
    catalog = pipeline.validate(content, ROOT)
    timeline = [event.id for _, events in catalog.timeline for event in events]
    assert timeline == ["declaration-signed", "letter-sent", "talks-2024-10-07", "reply-2024-10"]
    assert [event.id for event in catalog.events] == timeline
    pages = {name: untitled(text) for name, text in render.render_site(catalog).items()}
    for name in ("actors/jeyhun-bayramov.md", "agreements/joint-declaration-1997.md"):
        page = pages[name]
        places = [page.index(f"(../events/{e}.md)") for e in timeline if f"{e}.md)" in page]
        assert len(places) >= 3 and places == sorted(places), name
    events = pages["events/index.md"]
    places = [events.index(f"({e}.md)") for e in timeline]
    assert places == sorted(places)


def test_an_event_with_no_known_date_is_listed_under_date_unknown(content):
    event = content / "events" / "declaration-signed.yaml"
    edit(event, "date: 1997", "date: unknown")
    pages = {name: untitled(text) for name, text in rendered(content).items()}
    listing = pages["events/index.md"]
    assert listing.index("(letter-sent.md)") < listing.index("\n## Date unknown\n")
    assert listing.index("\n## Date unknown\n") < listing.index("(declaration-signed.md)")
    agreement = pages["agreements/joint-declaration-1997.md"]
    assert (
        "- **Date unknown**: [The joint declaration is signed](../events/declaration-signed.md)"
        in agreement
    )


def test_a_reply_reported_in_a_text_known_only_to_the_month_is_only_after_the_appeal(content):
    source = content / "sources" / "oc-media-2024-10-07.yaml"
    edit(source, "date: 2024-10-07", "date: 2024-10")
    headings = [h for h, _ in pipeline.validate(content, ROOT).timeline]
    # No text dated to the day bounds it: it may be later than the period's 8 October.
    assert "October 2024, day not given, on or after the 5th" in headings
    assert not [h for h in headings if h.startswith("Between")]


def test_quotes_of_a_day_list_a_whole_document_first_then_its_passages_in_its_order(
    content,
) -> None:
    """On the MPs' appeal's page an MP's October remark came first, and the passages
    of the letter in the alphabetical order of their ids."""
    write_letter(content, "event: letter-sent")
    quotes = content / "quotes"
    terminate = quotes / "mps-terminate.yaml"
    terminate.write_text(terminate.read_text() + "part_of: mps-letter\n", encoding="utf-8")
    for quote_id, text, date, more in (
        ("z-dear", "Dear Mr. Minister", "2024-10-05", "part_of: mps-letter\n"),  # its opening
        ("0-later-that-month", "Words of October", "2024-10", ""),  # a vaguer date: after
    ):
        (quotes / f"{quote_id}.yaml").write_text(
            f"id: {quote_id}\ntext: {text}\nspeaker: mps-group\ndate: {date}\n"
            f"event: letter-sent\nsources: [caliber-az-2024-10-05]\n{more}",
            encoding="utf-8",
        )
    catalog = pipeline.validate(content, ROOT)
    listed = [q.id for q in catalog.quotes_by_event["letter-sent"]]
    # The letter, then its passages in its order (its opening, then the demand, whose
    # words up to its omission come later), though "mps-terminate" < "z-dear".
    assert listed[:3] == ["mps-letter", "z-dear", "mps-terminate"]
    assert listed[-1] == "0-later-that-month"


def test_a_quote_that_names_another_in_after_is_listed_next_after_it(content):
    """Quotes of one day are in id order, but one that says it comes `after` another in
    their source follows it, and the chain of them keeps its order."""
    for quote_id, after in (("c-third", "b-second"), ("b-second", "z-first"), ("z-first", "")):
        write_quote(
            content,
            quote_id,
            f"Words {quote_id}",
            "letter-sent",
            *([f"after: {after}"] if after else []),
        )
    write_quote(content, "d-alone", "Words alone", "letter-sent")
    ids = [q.id for q in pipeline.validate(content, ROOT).quotes if q.date.day == 5]
    assert ids == ["d-alone", "mps-terminate", "z-first", "b-second", "c-third"]


def test_the_events_table_gives_a_date_as_a_cell_starts_it(content):
    """ "About 1997" in the events table, as the timeline writes it, not "about 1997"."""
    event = content / "events" / "declaration-signed.yaml"
    edit(event, "date: 1997", "date: about 1997")
    listing = rendered(content)["events/index.md"]
    assert " | About 1997 | " in listing and "| about" not in listing


def parts_listed_and_drawn(content, *events: str) -> tuple[dict[str, str], dict[str, str]]:
    """Each of `events` (YAML lines: id, date, after) written in the fixture's content: the
    part of the timeline its list puts each in, and the part its drawing does. The
    source is dated to the month only, so that it bounds none of them."""
    edit(content / "sources" / "oc-media-2024-10-07.yaml", "date: 2024-10-07", "date: 2024-10")
    for lines in events:
        record = dict(line.split(": ", 1) for line in lines.split("\n"))
        (content / "events" / f"{record['id']}.yaml").write_text(
            f"{lines}\ntitle: {record['id']}\nsummary: It happened.\n"
            "sources: [oc-media-2024-10-07]\n",
            encoding="utf-8",
        )
    catalog = pipeline.validate(content, ROOT)
    listed = {
        e.id: heading if heading in (BACKGROUND, UNDATED, "Afterwards") else "days"
        for heading, group in catalog.timeline
        for e in group
    }
    drawn = timeline_svg.plan(catalog)
    rows = {
        m.target for row in drawn.rows if not isinstance(row, timeline_svg.Gap) for m in row.marks
    }
    later = {m.target for m in drawn.later.marks} if drawn.later else set()
    return listed, {
        e.id: "days"
        if f"events/{e.id}.md" in rows
        else "Afterwards"
        if f"events/{e.id}.md" in later
        else "not in the days"
        for e in catalog.events
    }


def test_a_dated_event_after_one_of_another_part_is_in_the_part_its_date_gives(content):
    """An event after an undated one, or after a day before or after the period (3 to 8
    October), was listed in that event's part ("Date unknown", "Background",
    "Afterwards") while the drawing drew it by its own date. Only an undated event
    takes its part from the one it followed; the day it followed still bounds a dated
    one's, and may put it after the period, in the list and the drawing alike."""
    listed, drawn = parts_listed_and_drawn(
        content,
        "id: undated\ndate: unknown",
        "id: month-after-undated\ndate: 2024-10\nafter: undated",
        "id: day-after-undated\ndate: 2024-10-06\nafter: undated",
        "id: first-october\ndate: 2024-10-01",
        "id: month-after-first\ndate: 2024-10\nafter: first-october",
        "id: twentieth\ndate: 2024-10-20",
        "id: month-after-twentieth\ndate: 2024-10\nafter: twentieth",
        "id: undated-after-first\ndate: unknown\nafter: first-october",
    )
    assert listed["undated"] == UNDATED and listed["first-october"] == BACKGROUND
    assert listed["undated-after-first"] == BACKGROUND  # no date: it goes with the 1st
    for event in ("month-after-undated", "day-after-undated", "month-after-first"):
        assert listed[event] == drawn[event] == "days", event
    assert listed["month-after-twentieth"] == drawn["month-after-twentieth"] == "Afterwards"
    headings = [heading for heading, _ in pipeline.validate(content, ROOT).timeline]
    assert "6 October 2024" in headings
    assert "October 2024, day not given, on or after the 1st" in headings
