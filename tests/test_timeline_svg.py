"""The timeline graphic: what it draws, where its links go, and that content stays text.

The Markdown the generator writes is converted here with Python-Markdown and
the extensions mkdocs.yml enables, as MkDocs does, and each <svg> of the
result is parsed as XML: a drawing that is not well-formed after Markdown
fails here, before any browser sees it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import markdown
import pytest
import yaml

from generator import pipeline, render, timeline_svg, urls
from generator.escape import typographic

from .conftest import FIXTURE_CONTENT, ROOT, edit

SVG = "{http://www.w3.org/2000/svg}"
MONTH_ONLY = "reply-2024-10"  # the fixture's event dated 2024-10, after letter-sent


def as_html(md: str) -> str:
    return markdown.markdown(md, extensions=["attr_list", "tables", "toc"])


def drawings(md: str) -> dict[str, ET.Element]:
    """The drawings of the page, by their layout name (wide, narrow): not the key's shapes."""
    found = {}
    for source in re.findall(r"<svg .*?</svg>", as_html(md), flags=re.S):
        svg = ET.fromstring(source)
        if "tl" in svg.get("class", "").split():
            found[svg.get("class", "").split()[-1].removeprefix("tl-")] = svg
    return found


def links(svg: ET.Element) -> list[tuple[str, str]]:
    """(href, the link's <title>) for every link of a drawing, in order."""
    return [(a.get("href", ""), a.findtext(f"{SVG}title", "")) for a in svg.iter(f"{SVG}a")]


def labels(svg: ET.Element) -> list[str]:
    """The shown text of each link: its lines joined."""
    return [
        " ".join("".join(t.itertext()) for t in a.iter(f"{SVG}tspan")) for a in svg.iter(f"{SVG}a")
    ]


@pytest.fixture(scope="module")
def catalog():
    return pipeline.validate(FIXTURE_CONTENT, ROOT)


def test_two_builds_give_the_same_bytes(catalog) -> None:
    again = pipeline.validate(FIXTURE_CONTENT, ROOT)
    first = timeline_svg.graphic(catalog, urls.HOME)
    assert first == timeline_svg.graphic(again, urls.HOME)
    assert render.render_site(catalog)[urls.HOME] == render.render_site(again)[urls.HOME]


def test_each_drawing_is_named_and_described_by_its_title_and_desc(catalog) -> None:
    svgs = drawings(timeline_svg.graphic(catalog, urls.HOME))
    assert set(svgs) == {"wide", "narrow"}
    for name, svg in svgs.items():
        assert svg.get("role") is None  # role="img" would hide the links inside
        title = svg.find(f"{SVG}title")
        desc = svg.find(f"{SVG}desc")
        assert title is not None and desc is not None
        assert svg.get("aria-labelledby") == title.get("id") == f"timeline-{name}-title"
        assert svg.get("aria-describedby") == desc.get("id") == f"timeline-{name}-desc"
        # The band's event may fall after 8 October: the title says so.
        assert title.text == (
            "Timeline of 3 to 8 October 2024, and of October 2024 where the sources give no day"
        )
        # What the picture shows and how to read it, and how many events it holds: not
        # each event again, as each is a link inside the drawing, read there.
        assert desc.text == (
            "The events of 3 to 8 October 2024, day by day, with those of October 2024"
            " whose day the sources do not give. A dot marks an event dated to the day."
            " A square in a grey box marks one dated only to the month, drawn at the first"
            " day it may have fallen on. A dashed line left of the axis runs from each box"
            " to the last such day, and ends in an arrow where that day is after the last"
            " day drawn. On the days: 2 events, each a link to its page. Before the period,"
            " 1 event, 1997. The timeline page lists every event with its sources."
        )


def test_the_text_alternative_reads_no_event_a_second_time(content: Path) -> None:
    """Its <desc> listed every event (some 1,400 characters on the real content), and a
    screen reader then read each again as a link of the drawing: it now says how to
    read the picture and counts what it holds, whatever the number of events."""
    for n in range(6):
        write_event(content, f"busy-{n}", title=f"Busy day number {n}", date="2024-10-04")
    write_event(content, "later-on", title="Something later on", date="2024-11-20")
    catalog = pipeline.validate(content, ROOT)
    drawn = timeline_svg.plan(catalog)
    labels_drawn = [
        m.label for row in drawn.rows if not isinstance(row, timeline_svg.Gap) for m in row.marks
    ]
    assert len(labels_drawn) == 8
    later = drawn.later.marks if drawn.later else []
    for label in labels_drawn + [m.label for m in later]:
        assert label not in drawn.desc
    assert "4 Oct" not in drawn.desc and "no dated event" not in drawn.desc
    assert "On the days: 8 events, each a link to its page." in drawn.desc
    assert "After 8 October 2024, 1 event, off the axis." in drawn.desc
    assert len(drawn.desc) < 650


def test_one_link_per_event_in_the_period_to_its_page(catalog) -> None:
    period = (catalog.episode.period_start, catalog.episode.period_end)
    in_period = [e for e in catalog.events if e.date.within(*period)]
    assert {e.id for e in in_period} == {"letter-sent", MONTH_ONLY}
    for page in (urls.HOME, urls.TIMELINE, "events/letter-sent.md"):
        for svg in drawings(timeline_svg.graphic(catalog, page)).values():
            hrefs = [href for href, _ in links(svg)]
            events = [h for h in hrefs if "#" not in h]
            expected = [urls.relative(page, urls.record_page(e)) for e in in_period]
            assert sorted(events) == sorted(expected)
            # and the background strip, to its section of the timeline
            assert urls.relative(page, f"{urls.TIMELINE}#background") in hrefs


def test_a_link_shows_the_brief_and_is_named_by_its_date_and_the_words_it_shows(catalog) -> None:
    """Its name was the date and the full title: "MPs appeal to end the agreements" was
    named "5 October 2024: Azerbaijani MPs appeal to the foreign minister to end...", so
    who clicks by voice, saying the words seen, missed it (WCAG 2.5.3)."""
    svg = drawings(timeline_svg.graphic(catalog, urls.HOME))["wide"]
    by_href = dict(zip([h for h, _ in links(svg)], labels(svg), strict=True))
    titles = dict(links(svg))
    reply = f"events/{MONTH_ONLY}.md"
    assert by_href[reply] == "The foreign ministry answers the appeal"
    assert titles[reply] == "October 2024: The foreign ministry answers the appeal"
    assert by_href["events/letter-sent.md"] == "The MPs sign their appeal"  # no brief: the title


def test_a_month_only_event_is_in_a_band_for_its_month_after_the_event_it_followed(
    catalog,
) -> None:
    drawn = timeline_svg.plan(catalog)
    kinds = [type(row).__name__ for row in drawn.rows]
    # 3-4, 5 (letter-sent), the band after it, then 6-7 and 8: its bracket ends with 7.
    assert kinds == ["Gap", "Day", "Band", "Gap", "Gap"]
    _, day, band, _, _ = drawn.rows
    assert drawn.brackets == (timeline_svg.Bracket(2, 3),)
    assert isinstance(day, timeline_svg.Day) and isinstance(band, timeline_svg.Band)
    assert [m.target for m in day.marks] == ["events/letter-sent.md"]
    # After the appeal of 5 October, and by 7 October, the date of the report that gives it.
    assert band.heading == "Between 5 and 7 Oct 2024, day not given"
    assert [m.target for m in band.marks] == [f"events/{MONTH_ONLY}.md"]

    svg = drawings(timeline_svg.graphic(catalog, urls.HOME))["wide"]
    for a in svg.iter(f"{SVG}a"):
        shapes = [child.tag.removeprefix(SVG) for child in a if child.tag != f"{SVG}title"]
        if a.get("href") == f"events/{MONTH_ONLY}.md":
            assert shapes[:2] == ["rect", "rect"] and "tl-month" in a[2].get("class", "")
        elif a.get("href") == "events/letter-sent.md":
            assert shapes[:2] == ["rect", "circle"]
    assert any("".join(t.itertext()) == band.heading for t in svg.iter(f"{SVG}text"))
    assert any("tl-band" in r.get("class", "") for r in svg.iter(f"{SVG}rect"))


def test_a_band_after_an_early_day_is_drawn_there_its_bracket_reaching_its_last_day(
    content: Path,
) -> None:
    # The month-only answer follows an event of 3 October; the appeal is dated 5 October.
    write_event(content, "opening", title="It opens", date="2024-10-03")
    path = content / "events" / f"{MONTH_ONLY}.yaml"
    edit(path, "after: letter-sent", "after: opening")
    catalog = pipeline.validate(content, ROOT)
    drawn = timeline_svg.plan(catalog)
    # Drawn after the 3rd, where it may begin, its bracket running past the days it may
    # follow, 4 and 5 October, to the end of the 7th; not after the 7th, which would
    # say it came later.
    kinds = [type(row).__name__ for row in drawn.rows]
    assert kinds == ["Day", "Band", "Gap", "Day", "Gap", "Gap"]
    assert drawn.rows[1].heading == "Between 3 and 7 Oct 2024, day not given"
    assert drawn.brackets == (timeline_svg.Bracket(1, 4),)
    gap = drawn.rows[4]
    assert isinstance(gap, timeline_svg.Gap) and gap.last.day == 7
    # The list on the timeline page keeps it after the days, under its heading.
    headings = [heading for heading, _ in catalog.timeline]
    assert headings[:4] == [
        "Background",
        "3 October 2024",
        "5 October 2024",
        "Between 3 and 7 October 2024, day not given",
    ]


def test_without_after_a_month_only_event_follows_the_days_of_its_month(
    content: Path,
) -> None:
    path = content / "events" / f"{MONTH_ONLY}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data["after"]
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    drawn = timeline_svg.plan(pipeline.validate(content, ROOT))
    # From the first day drawn, as it may be from the 1st, to the 7th.
    assert [type(row).__name__ for row in drawn.rows] == ["Band", "Gap", "Day", "Gap", "Gap"]
    assert isinstance(drawn.rows[0], timeline_svg.Band)
    assert drawn.rows[0].heading == "October 2024, day not given, by the 7th"
    assert drawn.brackets == (timeline_svg.Bracket(0, 3),)


def test_the_list_heads_a_month_or_year_only_event_in_its_bands_words(content: Path) -> None:
    """The timeline's list gives what its drawing gives (order.in_the_days): by the day
    of the report that gives the answer, and 'month not given' of an event of the year."""
    path = content / "events" / f"{MONTH_ONLY}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data["after"]
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    write_event(content, "that-year", title="Something that year", date="2024")
    catalog = pipeline.validate(content, ROOT)
    bands = [r.heading for r in timeline_svg.plan(catalog).rows if hasattr(r, "heading")]
    assert bands == ["2024, month not given, by 7 Oct", "October 2024, day not given, by the 7th"]
    headings = [heading for heading, _ in catalog.timeline]
    assert "October 2024, day not given, by the 7th" in headings
    assert "2024, month not given, by 7 October" in headings


def test_a_band_after_the_periods_last_day_says_from_that_day_on(content: Path) -> None:
    """After an event of 8 October, the period's last day, and by no day a source gives:
    '8 Oct or later', as the list says, not only 'possibly after 8 Oct'."""
    edit(content / "sources" / "oc-media-2024-10-07.yaml", "date: 2024-10-07", "date: 2024-10")
    write_event(content, "last-day", title="On the last day", date="2024-10-08")
    edit(content / "events" / f"{MONTH_ONLY}.yaml", "after: letter-sent", "after: last-day")
    catalog = pipeline.validate(content, ROOT)
    (band,) = [r for r in timeline_svg.plan(catalog).rows if isinstance(r, timeline_svg.Band)]
    assert band.heading == "October 2024, day not given, on or after the 8th" and band.open
    assert "October 2024, day not given, on or after the 8th" in dict(catalog.timeline)


def test_an_undated_event_after_a_year_only_one_is_listed_after_that_year(content: Path) -> None:
    edit(content / "episode.yaml", "period_end: 2024-10-08", "period_end: 2024-12-31")
    edit(content / "sources" / "oc-media-2024-10-07.yaml", "date: 2024-10-07", "date: 2024-10")
    write_event(content, "that-year", title="Something that year", date="2024")
    write_event(content, "then", title="Then", date="unknown", after="that-year")
    headings = [heading for heading, _ in pipeline.validate(content, ROOT).timeline]
    assert headings[-2:] == ["2024, month not given", "After 2024, exact date not given"]


def test_a_year_only_event_is_in_a_band_for_its_year(content: Path) -> None:
    write_event(content, "that-year", title="Something that year", date="about 2024")
    drawn = timeline_svg.plan(pipeline.validate(content, ROOT))
    bands = [row for row in drawn.rows if isinstance(row, timeline_svg.Band)]
    # It may be from before the period or after it: drawn first, its bracket open (a
    # report of the 7th does not bound an "about" date: see order.narrowed).
    assert bands[0].heading == "About 2024, month not given, possibly after 8 Oct"
    assert bands[0].open
    assert [m.target for m in bands[0].marks] == ["events/that-year.md"]
    # The title names every month or year a band covers, in the order drawn.
    assert drawn.title.endswith(
        ", and of about 2024 and October 2024 where the sources give no day"
    )


def test_without_bands_the_title_names_the_days_alone(content: Path) -> None:
    (content / "events" / f"{MONTH_ONLY}.yaml").unlink()
    drawn = timeline_svg.plan(pipeline.validate(content, ROOT))
    assert not [row for row in drawn.rows if isinstance(row, timeline_svg.Band)]
    assert drawn.title == "Timeline of 3 to 8 October 2024"
    assert drawn.desc.startswith("The events of 3 to 8 October 2024, day by day. ")


def write_event(content: Path, event_id: str, **fields: object) -> None:
    record = {
        "id": event_id,
        "summary": "Something happened.",
        "sources": ["oc-media-2024-10-07"],
        **fields,
    }
    (content / "events" / f"{event_id}.yaml").write_text(
        yaml.safe_dump(record, allow_unicode=True), encoding="utf-8"
    )


HOSTILE = (
    "<script>alert(1)</script> & \"quoted\" 'single' ]]> <![CDATA[x]]> "
    "[a link](javascript:alert(1)) *stars* _under_ `code` {: onclick=x } <!-- c --> &amp; "
    "\\ # | ~ ^ = + $ : ! ( ) { }"
)


def test_hostile_titles_stay_text_through_markdown_and_xml(content: Path) -> None:
    write_event(content, "hostile-day", title=HOSTILE, date="2024-10-04")
    write_event(content, "hostile-brief", title="Plain", brief=HOSTILE, date="2024-10")
    catalog = pipeline.validate(content, ROOT)
    md = timeline_svg.graphic(catalog, urls.HOME)
    html = as_html(md)
    assert "<script" not in html and "<em>" not in html and "<code>" not in html
    assert "javascript:" not in html.replace("javascript&#58;", "")
    for name, svg in drawings(md).items():
        assert [el.tag for el in svg.iter() if el.tag in ("script", f"{SVG}script")] == []
        hrefs = [href for href, _ in links(svg)]
        assert sorted(h for h in hrefs if "#" not in h) == [
            "events/hostile-brief.md",
            "events/hostile-day.md",
            "events/letter-sent.md",
            f"events/{MONTH_ONLY}.md",
        ]
        titles = dict(links(svg))
        # As written, but for its quote marks, made typographic as on the pages.
        hostile = typographic(HOSTILE)
        assert titles["events/hostile-day.md"] == f"4 October 2024: {hostile}"
        shown = dict(zip(hrefs, labels(svg), strict=True))["events/hostile-brief.md"]
        if name == "wide":
            assert shown == hostile
        else:  # three lines of a narrow drawing: shortened at a word
            assert shown.endswith("…") and hostile.startswith(shown[:-1])


def test_text_escapes_xml_and_markdown_and_replaces_forbidden_characters() -> None:
    hostile = "a<b>&c\"d'e]]>f\x00g\x1bh\x7fi\u0085j\ufffek\ud800l*m_n`o[p](q)\tr\ns"
    escaped = timeline_svg.text(hostile)
    left = re.sub(r"&#\d+;", "", escaped)
    assert not set(left) & set("<>&\"'*_`[]()\\\x00\x1b\x7f\x85\ufffe\t\n"), left
    parsed = ET.fromstring(f"<t>{escaped}</t>").text
    assert parsed == "a<b>&c\"d'e]]>f\ufffdg\ufffdh\ufffdi\ufffdj\ufffdk\ufffdl*m_n`o[p](q) r s"
    assert as_html(escaped) == f"<p>{escaped}</p>"  # Markdown finds nothing to read


def test_labels_wrap_between_words_and_are_shortened_only_at_a_word() -> None:
    assert timeline_svg.wrap("one two three four", 9) == ["one two", "three", "four"]
    assert timeline_svg.wrap("one two three four five six", 9, max_lines=2) == [
        "one two",
        "three…",
    ]
    for line in timeline_svg.wrap("a " * 50 + "long-ending", 10):
        assert len(line) <= 10
    assert timeline_svg.wrap("supercalifragilistic", 8) == ["superca-", "lifragi-", "listic"]


def test_a_period_with_no_event_says_so(content: Path) -> None:
    episode = content / "episode.yaml"
    text = episode.read_text(encoding="utf-8")
    text = text.replace("period_start: 2024-10-03", "period_start: 2024-11-01")
    episode.write_text(text.replace("period_end: 2024-10-08", "period_end: 2024-11-03"), "utf-8")
    catalog = pipeline.validate(content, ROOT)
    drawn = timeline_svg.plan(catalog)
    assert [type(row).__name__ for row in drawn.rows] == ["Gap"]
    assert len(drawn.background) == 3
    svg = drawings(timeline_svg.graphic(catalog, urls.HOME))["narrow"]
    assert [h for h, _ in links(svg)] == ["timeline.md#background"]
    assert "1 to 3 Nov: no dated event" in "".join(svg.itertext())


def test_the_graphic_is_on_the_home_page_and_atop_the_timeline(catalog) -> None:
    pages = render.render_site(catalog)
    for page in (urls.HOME, urls.TIMELINE):
        text = pages[page]
        assert text.count('<svg class="tl tl-wide"') == 1
        assert text.count('<svg class="tl tl-narrow"') == 1
    timeline = pages[urls.TIMELINE]
    assert timeline.index("<svg") < timeline.index("\n## ")
    # The same facts as text: the timeline's list, under the drawing; the home page,
    # which has no list, links to it right under the drawing.
    more = "[These events as a list, with their sources](timeline.md)\n{: .tl-more }"
    home = pages[urls.HOME]
    assert more in home and home.index(more) == home.index("</svg>", home.index("tl-narrow")) + 8
    assert "tl-more" not in timeline


def test_a_crowded_period_draws_a_few_marks_a_day_and_counts_the_rest(content: Path) -> None:
    write_event(
        content, "crowd-after", title="After the second", date="2024-10-04", after="crowd-01"
    )
    for n in range(7):
        write_event(content, f"crowd-{n:02d}", title=f"Event number {n}", date="2024-10-04")
    catalog = pipeline.validate(content, ROOT)
    day = next(r for r in timeline_svg.plan(catalog).rows if isinstance(r, timeline_svg.Day))
    assert len(day.marks) == 8 and day.more == 0  # 10 events in the period: all drawn
    for n in range(7, timeline_svg.ALL_UP_TO):
        write_event(content, f"crowd-{n:02d}", title=f"Event number {n}", date="2024-10-04")
    catalog = pipeline.validate(content, ROOT)
    day = next(r for r in timeline_svg.plan(catalog).rows if isinstance(r, timeline_svg.Day))
    # The timeline list's order (order.py): the event placed by `after` comes
    # after the day of the one it followed, so it is among those counted.
    assert [m.target for m in day.marks] == [
        "events/crowd-00.md",
        "events/crowd-01.md",
        "events/crowd-02.md",
        "events/crowd-03.md",
    ]
    assert [e.id for e in catalog.events if e.id.startswith("crowd")][-1] == "crowd-after"
    assert day.more == timeline_svg.ALL_UP_TO + 1 - timeline_svg.PER_ROW
    for svg in drawings(timeline_svg.graphic(catalog, urls.HOME)).values():
        assert len([h for h, _ in links(svg) if "crowd" in h]) == timeline_svg.PER_ROW
        assert f"and {day.more} more, listed on the timeline" in "".join(svg.itertext())


def test_an_event_known_only_to_the_year_is_in_a_band_for_the_year(content: Path) -> None:
    write_event(content, "some-day-in-2024", title="Something in 2024", date="2024")
    drawn = timeline_svg.plan(pipeline.validate(content, ROOT))
    kinds = [type(row).__name__ for row in drawn.rows]
    assert kinds == ["Band", "Gap", "Day", "Band", "Gap", "Gap"]
    year = drawn.rows[0]
    assert isinstance(year, timeline_svg.Band)
    assert year.heading == "2024, month not given, by 7 Oct"
    assert [m.full for m in year.marks] == ["2024: Something in 2024"]


def test_a_long_band_heading_wraps_in_the_narrow_drawing(content: Path) -> None:
    write_event(content, "roughly", title="Roughly then", date="about 2024-10", after="letter-sent")
    catalog = pipeline.validate(content, ROOT)
    heading = "About October 2024, day not given, possibly after the 8th"
    assert heading in [r.heading for r in timeline_svg.plan(catalog).rows if hasattr(r, "heading")]
    for name, svg in drawings(timeline_svg.graphic(catalog, urls.HOME)).items():
        texts = ["".join(t.itertext()) for t in svg.iter(f"{SVG}text")]
        lines = [
            [tspan.text for tspan in t.iter(f"{SVG}tspan")]
            for t in svg.iter(f"{SVG}text")
            if " ".join(tspan.text or "" for tspan in t.iter(f"{SVG}tspan")) == heading
        ]
        assert len(lines) == 1, texts
        assert len(lines[0]) == (1 if name == "wide" else 2)


def test_an_approximate_day_says_so_on_its_label(content: Path) -> None:
    write_event(content, "roughly", title="Roughly then", date="about 2024-10-06")
    drawn = timeline_svg.plan(pipeline.validate(content, ROOT))
    day = next(r for r in drawn.rows if isinstance(r, timeline_svg.Day) and r.date.day == 6)
    assert [(m.label, m.full) for m in day.marks] == [
        ("About this day: Roughly then", "about 6 October 2024: Roughly then")
    ]


def test_every_band_of_a_month_is_drawn_at_its_first_day_its_bracket_reaching_the_last(
    content: Path,
) -> None:
    episode = content / "episode.yaml"
    text = episode.read_text(encoding="utf-8").replace(
        "period_start: 2024-10-03", "period_start: 2024-09-28"
    )
    episode.write_text(text, encoding="utf-8")
    write_event(content, "sept-day", title="A dated day", date="2024-09-28")
    write_event(content, "sept-after", title="After it", date="2024-09", after="sept-day")
    write_event(content, "sept-month", title="Some day in September", date="2024-09")
    drawn = timeline_svg.plan(pipeline.validate(content, ROOT))
    targets = [
        m.target for row in drawn.rows if not isinstance(row, timeline_svg.Gap) for m in row.marks
    ]
    assert "events/sept-after.md" in targets and "events/sept-month.md" in targets
    kinds = [type(row).__name__ for row in drawn.rows]
    # The month's band first, as it may be from before the 28th; the one after it next;
    # both brackets reach the end of the 30th, side by side.
    assert kinds[:4] == ["Band", "Day", "Band", "Gap"]
    gap = drawn.rows[3]
    assert isinstance(gap, timeline_svg.Gap) and (gap.first.day, gap.last.day) == (29, 30)
    assert drawn.brackets[:2] == (timeline_svg.Bracket(0, 3, 0), timeline_svg.Bracket(2, 3, 1))


def test_a_band_says_by_when_its_events_happened_if_a_source_is_dated_to_the_day(
    content: Path,
) -> None:
    """An event reported in a text of 7 October happened by then; a text known only
    to the month bounds nothing."""
    path = content / "events" / f"{MONTH_ONLY}.yaml"
    source = content / "sources" / "oc-media-2024-10-07.yaml"
    edit(source, "date: 2024-10-07", "date: 2024-10")
    (band,) = [
        r for r in timeline_svg.plan(pipeline.validate(content, ROOT)).rows if hasattr(r, "heading")
    ]
    # Nothing dated to the day bounds it: it may be later than the period's last day.
    assert band.heading == "October 2024, day not given, on or after the 5th"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["sources"] = ["caliber-az-2024-10-05", "oc-media-2024-10-07"]
    del data["after"]
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    (band,) = [
        r for r in timeline_svg.plan(pipeline.validate(content, ROOT)).rows if hasattr(r, "heading")
    ]
    assert band.heading == "October 2024, day not given, by the 5th"


def test_a_band_whose_events_may_be_later_than_the_period_says_so_and_stays_open(
    content: Path,
) -> None:
    """Events that only an undated text reports may have come after the period's last
    day: their band says so and is drawn after the bands that a text of a day closes,
    the axis running on past it to an arrowhead; no note speaks of every band at once."""
    source = content / "sources" / "oc-media-2024-10-07.yaml"
    edit(source, "date: 2024-10-07", "date: 2024-10")
    # Reported by the text of 5 October: it happened by then.
    write_event(content, "early", title="Early", date="2024-10", sources=["caliber-az-2024-10-05"])
    catalog = pipeline.validate(content, ROOT)
    drawn = timeline_svg.plan(catalog)
    bands = [row for row in drawn.rows if isinstance(row, timeline_svg.Band)]
    assert [(band.heading, band.open) for band in bands] == [
        ("October 2024, day not given, by the 5th", False),
        ("October 2024, day not given, on or after the 5th", True),
    ]
    assert "may also have come" not in drawn.desc
    # The closed band, drawn first, as it may be from the 1st, reaches the 5th; the
    # open one's bracket runs on past the days drawn.
    assert drawn.brackets == (timeline_svg.Bracket(0, 2, 0), timeline_svg.Bracket(3, None, 1))
    for svg in drawings(timeline_svg.graphic(catalog, urls.HOME)).values():
        lines = [line for line in svg.iter(f"{SVG}line") if "tl-span" in line.get("class", "")]
        slanted = [
            line
            for line in lines
            if line.get("x1") != line.get("x2") and line.get("y1") != line.get("y2")
        ]
        assert len(slanted) == 2  # the arrowhead, once
        tip = (slanted[0].get("x2"), slanted[0].get("y2"))
        assert tip == (slanted[1].get("x2"), slanted[1].get("y2"))
        # A dashed bracket runs down to the tip from the open band's top, past the last
        # day drawn.
        (run_on,) = [line for line in lines if line.get("x1") == line.get("x2") == tip[0]]
        last_band = [r for r in svg.iter(f"{SVG}rect") if r.get("class") == "tl-band"][-1]
        assert "tl-unsure" in run_on.get("class", "")
        assert int(run_on.get("y1")) == int(last_band.get("y"))
        gaps = [t for t in svg.iter(f"{SVG}text") if "no dated event" in "".join(t.itertext())]
        assert int(run_on.get("y2")) > int(gaps[-1].get("y"))
        axis = [line for line in svg.iter(f"{SVG}line") if line.get("class") == "tl-axis"]
        assert int(tip[0]) < min(int(line.get("x1")) for line in axis)  # left of the axis


def test_the_background_link_is_a_label_as_large_as_an_events_with_a_row_to_tap(catalog) -> None:
    for svg in drawings(timeline_svg.graphic(catalog, urls.HOME)).values():
        (background,) = [
            a for a in svg.iter(f"{SVG}a") if a.get("href", "").endswith("#background")
        ]
        texts = [t for t in background.iter(f"{SVG}text")]
        assert texts and all("tl-note" not in (t.get("class") or "") for t in texts)
        (hit,) = [r for r in background.iter(f"{SVG}rect") if r.get("class") == "tl-hit"]
        assert hit.get("fill") == "transparent" and float(hit.get("height")) >= 26


def test_an_undated_event_placed_after_a_background_event_is_in_the_background(
    content: Path,
) -> None:
    """Mammadov says the US reactivated Section 907 after suspending it in 2001, and
    gives no date: the timeline lists the step after 2001, saying so, and the
    graphic counts it with the background, not with the events of no known date,
    which the timeline page says are listed last for want of a date."""
    write_event(content, "step-after", title="A step after the declaration", date="unknown")
    write_event(content, "no-date", title="A step nobody dates", date="unknown")
    event = content / "events" / "step-after.yaml"
    event.write_text(event.read_text() + "after: declaration-signed\n", encoding="utf-8")
    catalog = pipeline.validate(content, ROOT)
    drawn = timeline_svg.plan(catalog)
    assert len(drawn.background) == 2  # the declaration and the step after it
    assert "With no known date, 1 event, off the axis." in drawn.desc
    assert drawn.unknown and [m.label for m in drawn.unknown.marks] == ["A step nobody dates"]
    page = render.render_site(catalog)[urls.TIMELINE]
    background = page[page.index("## Background") : page.index("## 5 October 2024")]
    assert "- **After 1997, date not given**: [A step after the declaration](" in background
    undated = page[page.index("## Date unknown") :]
    assert "listed last because of that, not because they came last" in undated
    assert "[A step nobody dates](" in undated and "A step after" not in undated


def test_an_undated_event_before_a_day_of_the_period_ends_the_background(content: Path) -> None:
    """An event no source dates, which a letter of the period cites (`before`): the
    timeline lists it at the end of the background, "Before 5 October 2024, date not
    given", the graphic counts it there, and every list gives it the same date."""
    write_event(content, "cited-before", title="A blockade the letter cites", date="unknown")
    event = content / "events" / "cited-before.yaml"
    event.write_text(event.read_text() + "before: letter-sent\n", encoding="utf-8")
    catalog = pipeline.validate(content, ROOT)
    assert len(timeline_svg.plan(catalog).background) == 2  # the declaration and it
    pages = render.render_site(catalog)
    page = pages[urls.TIMELINE]
    background = page[page.index("## Background") : page.index("## 5 October 2024")]
    when = "Before 5 October 2024, date not given"
    assert background.rstrip().endswith(")") and f"- **{when}**: [A blockade" in background
    assert "## Date unknown" not in page
    assert f"| {when} |" in pages["events/index.md"]
    assert pages["events/cited-before.md"].count(f"*{when}") == 1


def test_an_undated_event_after_a_day_of_the_period_is_listed_after_that_day(
    content: Path,
) -> None:
    """It stopped validation with a traceback (the end of an unknown month)."""
    write_event(content, "later-meeting", title="A meeting after the appeal", date="unknown")
    event = content / "events" / "later-meeting.yaml"
    event.write_text(event.read_text() + "after: letter-sent\n", encoding="utf-8")
    catalog = pipeline.validate(content, ROOT)
    headings = [heading for heading, _ in catalog.timeline]
    assert headings.index("5 October 2024") < headings.index(
        next(h for h in headings if h.startswith("After 5 October 2024"))
    )
    page = render.render_site(catalog)[urls.TIMELINE]
    assert "[A meeting after the appeal](" in page


def test_the_text_alternative_says_what_an_arrow_means_in_plain_words() -> None:
    """Read aloud, "runs from it to the last such day, or on past the days drawn to an
    arrow" was hard to follow: the arrow is where the band's last possible day is after
    the last day drawn, and the text alternative now says so."""
    assert "or on past the days drawn" not in timeline_svg.BRACKETS
    assert timeline_svg.BRACKETS.endswith(
        "and ends in an arrow where that day is after the last day drawn."
    )


def test_the_events_of_no_known_date_are_named_under_the_drawing_and_linked(
    content: Path,
) -> None:
    """ "Not drawn: 1 event with no known date" did not say which: the blockade of the
    Lachin Corridor, which the home page's prose names. Each is a link under its own
    heading, as the events after the period are; past four, the rest are counted and
    linked to where the timeline lists them."""
    for n in range(6):
        write_event(content, f"no-date-{n}", title=f"Step {n} nobody dates", date="unknown")
    catalog = pipeline.validate(content, ROOT)
    page = render.render_site(catalog)[urls.HOME]
    for svg in drawings(page).values():
        found = dict(zip(labels(svg), links(svg), strict=True))
        shown = [label for label in found if label.startswith("Step ")]
        assert shown == [f"Step {n} nobody dates" for n in range(timeline_svg.PER_ROW)]
        href, title = found["Step 0 nobody dates"]
        assert href == "events/no-date-0.html" or href.endswith("no-date-0.md"), href
        assert title == "Date unknown: Step 0 nobody dates"
        more = f"and {6 - timeline_svg.PER_ROW} more, listed under Date unknown on the timeline"
        assert found[more][0] == "timeline.md#date-unknown"
        notes = [" ".join(t.itertext()) for t in svg.iter(f"{SVG}text")]
        assert timeline_svg.UNKNOWN_HEADING in notes
    timeline = render.render_site(catalog)[urls.TIMELINE]
    assert "\n## Date unknown\n" in timeline  # the anchor the link lands on: #date-unknown


def test_on_the_home_page_the_key_opens_with_a_title_for_the_drawing(catalog) -> None:
    """Straight under the home page's glance, the key's first shapes read as that
    table's: the key opens with the drawing's title there, in its own line so that
    the drawing still starts on the first screen. The timeline page, titled, has none."""
    home = timeline_svg.graphic(catalog, urls.HOME)
    key = home.split("\n\n")[0]
    assert key.startswith(f'<span class="tl-key-title">{timeline_svg.KEY_TITLE}</span> ')
    assert (
        key.endswith('{: .tl-key aria-hidden="true" data-search-exclude }') and key.count("\n") == 1
    )
    assert timeline_svg.KEY_TITLE not in timeline_svg.graphic(catalog, urls.TIMELINE)
