"""How a record page lists other records: a line for each title, not a paragraph of them."""

from __future__ import annotations

import re

from generator import pipeline, render

from .conftest import FIXTURE_CONTENT, ROOT, rendered, untitled, write_quote


def test_also_mentioned_in_lists_titles_one_to_a_line_and_names_on_one_line():
    """Titles of events and quotes are sentences: several on one line made a wall of
    links on a phone (five event titles, run together with semicolons, on the MPs'
    appeal). Each has a line of its own under its kind, an event after its date;
    actors' names, short, still share their kind's line, as does a lone title. The
    kinds are not counted ("Quotes (1):" read as a database's), as a source's are not."""
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    page = render.Page("actors/azerbaijan.md", catalog)
    records = ["letter-sent", "reply-2024-10", "aliyev-dirty-appeal", "ilham-aliyev", "mps-group"]
    listed = untitled(page.by_kind([catalog.get(r) for r in records]))
    assert listed.splitlines() == [
        "- Events:",
        "    - **5 October 2024**: [The MPs sign their appeal](../events/letter-sent.md)",
        "    - **Between 5 and 7 October 2024**: [The foreign ministry answers the"
        " MPs’ appeal, on a day the sources do not give](../events/reply-2024-10.md)",
        "- Quotes: [Ilham Aliyev, 4 October 2024](../quotes/aliyev-dirty-appeal.md)",
        "- Actors: [Ilham Aliyev](ilham-aliyev.md); [Azerbaijani MPs who signed the"
        " appeal](mps-group.md)",
    ]


def test_a_sources_actors_are_listed_a_line_to_each_sort_of_actor(content):
    """Up to 25 actors' names ran together in one dot-separated line, some eleven
    lines of links on a phone; each sort of actor (people, groups, states...) now
    has its line, a name after the first as it reads mid-sentence."""
    (content / "actors" / "us-senators.yaml").write_text(
        "id: us-senators\nname: The US senators who wrote\ntype: group\n"
        "description: Some senators.\nsources: [oc-media-2024-10-07]\n",
        encoding="utf-8",
    )
    page = untitled(rendered(content)["sources/oc-media-2024-10-07.md"])
    actors = page[page.index("Actors:\n{: .relying-head }\n\n") :].split("\n\n")[1]
    assert actors.splitlines() == [
        "- People: [Ilham Aliyev](../actors/ilham-aliyev.md),"
        " [Jeyhun Bayramov](../actors/jeyhun-bayramov.md)",
        "- Groups of people: [Azerbaijani MPs who signed the appeal](../actors/mps-group.md),"
        " [the US senators who wrote](../actors/us-senators.md)",
        "- States: [Azerbaijan](../actors/azerbaijan.md)",
    ]


def test_a_differences_records_close_its_section_after_the_versions():
    """Each point of the differences page opens on the versions compared, not on a
    line of the long titles of the records it concerns (four, on the phone's first
    screen of "Which agreements the MPs asked to end"): those close the section,
    after the versions and what they mean, in a paragraph styled as a reference,
    named as pages to read on the point ("Concerns:" read to a newcomer as worries)."""
    page = rendered(FIXTURE_CONTENT)["differences.md"]
    assert "Concerns" not in page
    sections = page.split("\n## ")[1:]
    assert sections
    for section in sections:
        lines = section.splitlines()
        pages = next(n for n, line in enumerate(lines) if line.startswith("More on this: "))
        assert lines[pages + 1] == "{: .point-pages data-search-exclude }"
        head = "| " + " | ".join(
            f"<span data-search-exclude>{word}</span>" for word in ("Version", "Sources")
        )
        head += " |"
        assert head in lines[:pages]
        assert not any(line.strip() for line in lines[pages + 2 :]), section


def test_an_actors_page_says_what_it_did_before_its_words():
    """Under who the actor is, the events it took part in, then where it stands, then
    its quotes: the MPs' eleven quotes ran 3,500 px on a phone between their
    description and the three lines of what they did."""
    page = rendered(FIXTURE_CONTENT)["actors/mps-group.md"]
    headings = [line.split(" {")[0] for line in page.splitlines() if line.startswith("## ")]
    assert headings[:3] == ["## Events", "## Where they stand", "## Quotes"], headings
    description = "Members of the Milli Majlis who signed the appeal to the foreign minister."
    assert page.index(description) < page.index("## Events")


def test_each_speakers_quotes_open_with_who_the_speaker_is():
    """On the quotes by speaker page, a speaker's heading is followed by the first
    sentence of their page, linked: a reader scanning it met a name alone."""
    page = untitled(rendered(FIXTURE_CONTENT)["quotes/index.md"])
    sections = page.split("\n## ")[1:]
    assert len(sections) > 1
    for section in sections:
        intro = section.split("\n\n")[1]
        link = r"\[(their page|the page on [^\]]+)\]\(\.\./actors/[a-z0-9-]+\.md\)"
        assert re.fullmatch(rf"[A-Z][^\n]*\. See {link}\.", intro), intro
    aliyev = (
        "\n## Ilham Aliyev { #actor-ilham-aliyev }\n\nPresident of Azerbaijan. See [the page on"
        " Ilham Aliyev](../actors/ilham-aliyev.md)."
    )
    assert aliyev in page


def test_quotes_by_event_opens_on_the_story_and_ends_on_words_about_earlier_events(content):
    """In the timeline's order the listing opened on the MPs' words about 1992: a
    reader met the background before the row. The story's events come first; the
    earlier ones, a level down, under a heading that says the words came later."""
    write_quote(content, "mps-on-1997", "Words on the declaration", "declaration-signed")
    page = untitled(rendered(content)["quotes/by-event.md"])
    headings = [line for line in page.splitlines() if line.startswith("#")]
    assert headings[1] == "## The MPs sign their appeal", headings
    earlier = headings.index("## About earlier events")
    assert (
        headings[earlier + 1].startswith("### ") and "1997" in page.split(headings[earlier + 1])[1]
    )
    assert page.index("Words on the declaration") > page.index("## About earlier events")
    assert all(h.startswith("## ") for h in headings[1:earlier]), headings
