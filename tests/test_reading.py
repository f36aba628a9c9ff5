"""Prose reads as written: its paragraphs survive, and a record is linked once."""

from __future__ import annotations

import re

import markdown
import pytest
import yaml

from generator import model, pipeline, render, urls, wording, yamlio
from generator.escape import prose

from .conftest import FIXTURE_CONTENT, ROOT, append, edit, rendered, replace_block, untitled

# The same two paragraphs, in each style YAML offers for a text.
STYLES = {
    "folded": "text: >-\n  First paragraph,\n  on two lines.\n\n  Second one.\n",
    "folded keep": "text: >\n  First paragraph,\n  on two lines.\n\n  Second one.\n",
    "literal": "text: |\n  First paragraph,\n  on two lines.\n\n  Second one.\n",
    "plain": "text: First paragraph,\n  on two lines.\n\n  Second one.\n",
    "double quoted": 'text: "First paragraph,\n  on two lines.\n\n  Second one."\n',
    "single quoted": "text: 'First paragraph,\n  on two lines.\n\n  Second one.'\n",
}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_a_blank_line_is_a_paragraph_break_in_every_yaml_style(style):
    document, problems = yamlio.parse(STYLES[style], "x.yaml")
    assert not problems and document is not None
    made = prose(document.value["text"], lambda target, label: "")
    assert made == "First paragraph, on two lines.\n\nSecond one."


def test_a_paragraph_break_in_content_survives_rendering(content):
    summary = "summary: >-\n  The letter went out.\n\n  Nobody answered it that week.\n"
    replace_block(content / "events" / "letter-sent.yaml", "summary", summary)
    page = rendered(content)["events/letter-sent.md"]
    assert "\nThe letter went out.\n\nNobody answered it that week.\n" in page


def test_in_a_table_cell_paragraphs_are_joined():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    page = render.Page("differences.md", catalog)
    assert page.prose_line("One.\n\nTwo.") == "One. Two."


def test_a_record_is_linked_at_its_first_mention_only():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    page = render.Page("index.md", catalog)
    first = untitled(page.prose("[[mps-group|The MPs]] wrote to [[jeyhun-bayramov]]."))
    assert first == (
        "[The MPs](actors/mps-group.md) wrote to [Jeyhun Bayramov](actors/jeyhun-bayramov.md)."
    )
    # The page is one block: a later paragraph or field names them as plain words.
    later = untitled(
        page.prose("Then [[mps-group|the deputies]] waited.\n\n[[jeyhun-bayramov]] did not.")
    )
    assert later == "Then the deputies waited.\n\nJeyhun Bayramov did not."
    # A table cell is a block of its own.
    assert untitled(page.prose_line("[[mps-group|they]]")) == "[they](actors/mps-group.md)"


def test_the_home_page_links_a_record_once_in_its_article():
    home = untitled(render.render_site(pipeline.validate(FIXTURE_CONTENT, ROOT))["index.md"])
    article = home.partition("\n## Key figures")[0]
    # Linked in the lede, named as plain words in a section below it.
    assert article.count("](actors/mps-group.md)") == 1
    assert article.count("](actors/jeyhun-bayramov.md)") == 1
    assert "\nThe MPs and Jeyhun Bayramov, named again here, are not linked again.\n" in home


def test_without_sections_the_home_page_shows_the_summary(content):
    episode = content / "episode.yaml"
    text = episode.read_text(encoding="utf-8")
    head, _, tail = text.partition("sections:")
    episode.write_text(head + "period_start:" + tail.partition("period_start:")[2])
    home = rendered(content)["index.md"]
    assert "\nLater the MPs and Jeyhun Bayramov are named again, as plain words.\n" in home
    assert "## What happened" not in home


def test_a_link_to_a_quote_reads_as_its_title_or_speaker_and_date():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    page = render.Page("index.md", catalog)
    assert untitled(page.link("mps-terminate")) == (
        "[the MPs’ demand to end the agreements](quotes/mps-terminate.md)"
    )
    assert untitled(page.link("aliyev-dirty-appeal")) == (
        "[Ilham Aliyev, 4 October 2024](quotes/aliyev-dirty-appeal.md)"
    )
    later = untitled(page.prose("[[aliyev-dirty-appeal]] and again [[aliyev-dirty-appeal]]"))
    link = "[Ilham Aliyev, 4 October 2024](quotes/aliyev-dirty-appeal.md)"
    assert later == link + " and again Ilham Aliyev, 4 October 2024"


def test_plain_mentions_stay_text():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    page = render.Page("index.md", catalog)
    page.prose("[[mps-group]]")
    assert page.prose("[[mps-group|<b>*x*</b>]]") == "&#60;b&#62;&#42;x&#42;&#60;/b&#62;"


def test_a_quote_listed_under_its_event_does_not_link_that_event_again():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    pages = {path: untitled(text) for path, text in render.render_site(catalog).items()}
    quote = next(q for q in catalog.quotes if q.event and not q.document)
    event = catalog.get(quote.event)
    item = f"[Quote page](../quotes/{quote.id}.md)"
    own = pages[f"events/{event.id}.md"]
    assert item in own and f"[{event.title}](" not in own  # the page is the event's
    listed_under = pages["quotes/by-event.md"]
    assert listed_under.count(f"[{event.title}]({event.id}") == 0
    # Under its heading, which names it: the link does not name it again.
    heading = listed_under.index(f"\n## {event.title}\n")
    assert listed_under.index(f"[What happened](../events/{event.id}.md)") > heading
    assert f"[{event.title}](../events/{event.id}.md)" not in listed_under
    by_speaker = pages["quotes/index.md"]  # under its speaker, then under its event
    assert f"**: [{event.title}](../events/{event.id}.md)\n{{: .quote-group }}" in by_speaker
    sources = f"Source: {untitled(render.Page('quotes/index.md', catalog).cite(quote.sources))}"
    assert f"\n{quote.date.human()} · {sources} · [Quote page]({quote.id}.md)" in by_speaker


def test_what_names_a_record_is_listed_once_a_kind_to_a_line():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    pages = {path: untitled(text) for path, text in render.render_site(catalog).items()}
    source = pages["sources/oc-media-2024-10-07.md"]
    # What cites a source is listed under "Where this site cites it", and not again.
    assert "## Where this site cites it" in source and "mentioned in" not in source
    # The events first, one to a line with its date, in the timeline's order (1997,
    # 5 October, later in October); the quotes, one to a line, each link naming its
    # speaker (not once more before it); the differences, one to a line, as the
    # differences page orders them; the
    # agreements; the actors, named in passing most of them, at the end, a line to
    # each sort of actor, as the actors index orders them (25 names in one line
    # made a paragraph of links on a phone).
    relies = source[source.index("## Where this site cites it") :]
    heads = [line for line in relies.split("\n") if line.endswith(":")]
    assert heads == [
        "Events:",
        "Quotes:",
        "Differences:",
        "Agreements:",
        "Actors:",
    ]
    assert relies.count("{: .relying-head }") == 5
    events = relies[relies.index("Events:") : relies.index("Quotes:")]
    assert (
        "\n- **1997**: [The joint declaration is signed](../events/declaration-signed.md)\n"
        in events
    )
    assert "\n- **Between 5 and 7 October 2024**: [The foreign ministry" in events
    assert events.count("\n- ") == 3
    ids = ["declaration-signed", "letter-sent", "reply-2024-10"]
    assert sorted(ids, key=relies.index) == ids
    assert "\n- [Ilham Aliyev, 4 October 2024](../quotes/aliyev-dirty-appeal.md)\n" in relies
    differences = ["who-wrote-the-appeal", "differences-signatories"]  # high, then medium
    assert sorted(differences, key=relies.index) == differences
    actors = relies[relies.index("Actors:") :]
    assert actors.endswith(
        "\n\n- People: [Ilham Aliyev](../actors/ilham-aliyev.md),"
        " [Jeyhun Bayramov](../actors/jeyhun-bayramov.md)"
        "\n- Groups of people: [Azerbaijani MPs who signed the appeal](../actors/mps-group.md)"
        "\n- States: [Azerbaijan](../actors/azerbaijan.md)\n"
    )
    # An actor's events, and the sources its page lists, are not listed again: what
    # else names it follows, a line to a kind.
    actor = pages["actors/jeyhun-bayramov.md"]
    mentioned = actor[actor.index("## Also mentioned in") : actor.index("## Sources")]
    assert mentioned.count("\n- ") == 2
    assert "\n- Actors: [Azerbaijani MPs who signed the appeal](mps-group.md)\n" in mentioned
    assert "\n- Quotes: [the MPs’ demand to end the agreements]" in mentioned
    events = actor[actor.index("## Events") : actor.index("## Also mentioned in")]
    for event in ("letter-sent", "reply-2024-10"):
        assert actor.count(f"(../events/{event}.md)") == 1 and f"/{event}.md)" in events
    # An agreement page lists its quotes, events and sources: nothing else names it.
    assert "mentioned in" not in pages["agreements/joint-declaration-1997.md"]


def test_an_actors_quotes_stand_under_their_events_each_event_named_once(content):
    for n in (1, 2):
        (content / "quotes" / f"mps-more-{n}.yaml").write_text(
            f"id: mps-more-{n}\ntext: Words number {n}\nspeaker: mps-group\n"
            "date: 2024-10-05\nevent: letter-sent\nsources: [caliber-az-2024-10-05]\n"
        )
    (content / "quotes" / "mps-untied.yaml").write_text(
        "id: mps-untied\ntext: Words of no event\nspeaker: mps-group\n"
        "date: 2024-10-06\nsources: [caliber-az-2024-10-05]\n"
    )
    catalog = pipeline.validate(content, ROOT)
    page = untitled(render.render_site(catalog)["actors/mps-group.md"])
    quotes = page[page.index("## Quotes") : page.index("\n## ", page.index("## Quotes") + 1)]
    # Three quotes at one event: the event once, over them, not on each quote.
    assert quotes.count("The MPs sign their appeal") == 1
    group = quotes.index(
        "**5 October 2024**: [The MPs sign their appeal](../events/letter-sent.md)\n"
        "{: .quote-group }\n"  # on a line of its own: the paragraph's class, not the link's
    )
    untied = quotes.index("**Not tied to an event**")
    assert group < quotes.index("“Words number 1") < quotes.index("“Words number 2") < untied
    assert untied < quotes.index("“Words of no event")
    assert quotes.count("[Quote page]") == 4


def test_a_fragment_in_a_list_is_followed_by_what_it_was_said_about(content):
    (content / "quotes" / "mps-word.yaml").write_text(
        "id: mps-word\ntext: review\nspeaker: mps-group\ndate: 2024-10-05\n"
        "event: letter-sent\nsources: [oc-media-2024-10-07]\n"
        "context: >-\n  They asked [[jeyhun-bayramov|the minister]] to review <b>ties</b>."
        " A second sentence.\n"
    )
    (content / "quotes" / "mps-long.yaml").write_text(
        "id: mps-long\ntext: Six words are not a fragment\nspeaker: mps-group\n"
        "date: 2024-10-05\nsources: [caliber-az-2024-10-05]\ncontext: Not shown in lists.\n"
    )
    page = rendered(content)["actors/mps-group.md"]
    # The first sentence, as plain escaped words: its links are made on the quote's page.
    # A word alone is folded into that line (see Page.listed_words), not a blockquote.
    assert (
        '\n“review”: <span class="quote-context">They asked the minister to review'
        " &#60;b&#62;ties&#60;/b&#62;.</span>  \n5 October 2024" in page
    )
    assert "A second sentence" not in page
    assert "Not shown in lists" not in page


def test_an_agreement_page_prints_a_positions_quote_once(content):
    catalog = pipeline.validate(content, ROOT)
    page = untitled(render.render_site(catalog)["agreements/joint-declaration-1997.md"])
    assert page.count("“Terminate the agreements in force") == 1
    assert "## Quotes about it" not in page  # its only quote is the position's
    # A quote about it that no position shows is listed, under another heading.
    (content / "quotes" / "mps-more.yaml").write_text(
        "id: mps-more\ntext: More words on the declaration\nspeaker: mps-group\n"
        "date: 2024-10-05\nagreements: [joint-declaration-1997]\n"
        "sources: [caliber-az-2024-10-05]\n"
    )
    page = untitled(rendered(content)["agreements/joint-declaration-1997.md"])
    start = page.index("## Other quotes about it")
    other = page[start : page.index("\n## ", start)]
    assert "“More words on the declaration”" in other
    assert "Terminate the agreements" not in other


def test_a_name_in_a_sentence_does_not_start_with_the(content):
    group = content / "actors" / "mps-group.yaml"
    text = group.read_text(encoding="utf-8")
    name = next(line for line in text.splitlines() if line.startswith("name:"))
    group.write_text(text.replace(name, "name: The MPs of the appeal"), encoding="utf-8")
    page = render.Page("timeline.md", pipeline.validate(content, ROOT))
    # "No position recorded by the sources for the MPs of the appeal (...)".
    assert page.name("mps-group") == "the MPs of the appeal"
    assert page.name("jeyhun-bayramov") == "Jeyhun Bayramov"


def test_a_positions_quote_ends_before_the_next_position(content):
    agreement = content / "agreements" / "joint-declaration-1997.yaml"
    agreement.write_text(
        agreement.read_text(encoding="utf-8")
        + "  - actor: ilham-aliyev\n    stance: keep\n    quotes: [aliyev-dirty-appeal]\n"
        "    sources: [oc-media-2024-10-07]\n",
        encoding="utf-8",
    )
    page = rendered(content)["agreements/joint-declaration-1997.md"]
    html = markdown.markdown(page, extensions=["attr_list", "tables"])
    quotes = re.findall(r"<blockquote>.*?</blockquote>", html, flags=re.S)
    assert len(quotes) == 2
    assert all("actors/ilham-aliyev" not in quote for quote in quotes)  # his item is not quoted
    assert "in these words:" in page and "in their words" not in page


def test_a_role_names_its_body_once_linking_the_name_the_title_holds():
    page = render.Page("actors/x.md", pipeline.validate(FIXTURE_CONTENT, ROOT))

    def role(title: str) -> str:
        return untitled(page.role(model.Role(title=title, of="azerbaijan")))

    assert role("President of Azerbaijan") == "President of [Azerbaijan](azerbaijan.md)"
    assert role("Foreign Minister") == "Foreign Minister, [Azerbaijan](azerbaijan.md)"
    # A word that only starts with the name is not the name.
    assert role("Azerbaijani envoy") == "Azerbaijani envoy, [Azerbaijan](azerbaijan.md)"
    assert role("Envoy of *Azerbaijan*") == "Envoy of &#42;[Azerbaijan](azerbaijan.md)&#42;"
    assert untitled(page.role(model.Role(title="Commentator"))) == "Commentator"


def test_a_source_page_opens_with_its_outlet_date_kind_and_language_in_words(content):
    source = content / "sources" / "caliber-az-2024-10-05.yaml"
    text = source.read_text(encoding="utf-8")
    source.write_text(re.sub(r"(?m)^outlet: .*$", "outlet: unknown", text), encoding="utf-8")
    pages = rendered(content)
    page = untitled(pages["sources/caliber-az-2024-10-05.md"])
    # What is not known is said once, together, after what is.
    said = "\n*5 October 2024 · News report · English · outlet and web address unknown*\n"
    assert said in page
    assert "checked word for word" not in page  # said once, on the about page
    assert "| Detail | Value |" not in page and ".txt" not in page  # no archive file name


def test_a_source_without_an_outlet_is_cited_by_what_it_is_else_by_its_cut_title(content):
    source = content / "sources" / "caliber-az-2024-10-05.yaml"
    text = re.sub(r"(?m)^outlet: .*$", "outlet: unknown", source.read_text(encoding="utf-8"))
    source.write_text(text, encoding="utf-8")
    page = render.Page("index.md", pipeline.validate(content, ROOT))
    title = page.catalog.get("caliber-az-2024-10-05").title
    # In quote marks: the words are the source's title, not this site's.
    assert untitled(page.cite(["caliber-az-2024-10-05"])).startswith(f"[“{title[:20]}")
    assert untitled(page.cite(["caliber-az-2024-10-05"])).endswith(
        "…”](sources/caliber-az-2024-10-05.md)"
    )
    source.write_text(text.replace("\noutlet:", "\ncited_as: Report of the MPs' letter\noutlet:"))
    page = render.Page("index.md", pipeline.validate(content, ROOT))
    cited = page.cite(["caliber-az-2024-10-05", "oc-media-2024-10-07"])
    # Plain words, in no quote marks, which would make them read as somebody's, in
    # lower case, as a citation opens no sentence; the link's title gives the title.
    assert cited.startswith('[the report of the MPs’ letter](sources/caliber-az-2024-10-05.md "')
    assert cited.split(")")[0].endswith(f'“{title}”"')
    assert untitled(cited) == (
        "[the report of the MPs’ letter](sources/caliber-az-2024-10-05.md); "
        "[OC Media, 7 October 2024](sources/oc-media-2024-10-07.md)"
    )
    source = page.catalog.get("caliber-az-2024-10-05")
    assert isinstance(source, model.Source)
    assert wording.citation(source) == title
    # Where a page lists its sources by title, and on the source's own page, the
    # words say how the site cites it, so a reader can tell them for the same text.
    pages = rendered(content)
    assert "unknown · cited on this site as the report of the MPs’ letter*\n" in untitled(
        pages["sources/caliber-az-2024-10-05.md"]
    )
    footers = [untitled(text).partition("\n## Sources ")[2] for text in pages.values()]
    assert any(
        f"[“{title}”](../sources/caliber-az-2024-10-05.md) (the report of the MPs’ letter)\n"
        in footer
        for footer in footers
    )


def test_a_charge_repeated_by_the_quote_just_above_is_not_spelt_out_again(content):
    charge = "allegation: that the State Department wrote it\n"
    quotes = content / "quotes"
    (quotes / "aliyev-dirty-appeal.yaml").write_text(
        (quotes / "aliyev-dirty-appeal.yaml").read_text(encoding="utf-8") + charge
    )
    (quotes / "aliyev-again.yaml").write_text(
        "id: aliyev-again\ntext: They wrote it themselves\nspeaker: ilham-aliyev\n"
        "date: 2024-10-04\nsources: [oc-media-2024-10-07]\n" + charge
    )
    pages = rendered(content)
    actor = pages["actors/ilham-aliyev.md"]
    assert actor.count("*Allegation (that the State Department wrote it)") == 1
    assert actor.count("*The same allegation as above.*") == 1
    # A quote's own page spells it out.
    assert "*Allegation (that the State Department wrote it)" in pages["quotes/aliyev-again.md"]


def test_a_whole_document_names_who_wrote_it_before_its_text(content):
    quote = content / "quotes" / "mps-terminate.yaml"
    quote.write_text(quote.read_text(encoding="utf-8") + "document: true\n")
    page = untitled(rendered(content)["quotes/mps-terminate.md"])
    written = page.index("Written to [Jeyhun Bayramov](../actors/jeyhun-bayramov.md) by [Azer")
    assert written < page.index("> Terminate the")
    page = untitled(rendered(content)["quotes/aliyev-dirty-appeal.md"])
    assert page.index("> This morning") < page.index("— [Ilham Aliyev](../actors/ilham-aliyev.md)")


def test_quotes_on_a_background_event_are_headed_as_about_an_earlier_event(content):
    quote = content / "quotes" / "aliyev-dirty-appeal.yaml"
    quote.write_text(quote.read_text(encoding="utf-8") + "event: declaration-signed\n")
    pages = rendered(content)
    # The date in brackets, not a second colon: "Looking back to: 1997: ...".
    assert "\n**Looking back to 1997**: [" in pages["actors/ilham-aliyev.md"]
    # An event of the episode's own period is headed by its date alone.
    assert "\n**5 October 2024**: [" in pages["actors/mps-group.md"]
    assert "Looking back to" not in pages["actors/mps-group.md"]
    # Nor is one dated to the period's month only, which may be the quote's own day.
    quote = content / "quotes" / "mps-terminate.yaml"
    edit(quote, "event: letter-sent", "event: reply-2024-10")
    pages = rendered(content)
    # Dated as its own page dates it, from its `after` and the period.
    assert "\n**Between 5 and 7 October 2024**: [" in pages["actors/mps-group.md"]
    assert "Looking back to" not in pages["actors/mps-group.md"]


def test_a_link_that_starts_a_line_starts_with_a_capital():
    page = render.Page("index.md", pipeline.validate(FIXTURE_CONTENT, ROOT))
    assert untitled(page.link("mps-terminate")).startswith("[the MPs’ demand")
    assert untitled(page.link("mps-terminate", first=True)).startswith("[The MPs’ demand")


def test_an_agreements_status_points_to_the_sources_that_describe_it(content):
    pages = rendered(content)
    page = pages["agreements/joint-declaration-1997.md"]
    # Not "the sources below": the line is also the page's text in search results,
    # where nothing is below it.
    assert "Status: In force, [as the sources describe it](#status)*" in page
    assert page.index("Status: In force") < page.index("\n## Status\n")
    # A status the sources do not give is not "described" by them.
    agreement = content / "agreements" / "joint-declaration-1997.yaml"
    text = agreement.read_text(encoding="utf-8").replace("status: in-force", "status: unknown")
    agreement.write_text(text, encoding="utf-8")
    page = rendered(content)["agreements/joint-declaration-1997.md"]
    assert " · 1997 · status not given in the sources*" in page and "Status: Not" not in page


def test_a_speaker_is_linked_at_the_first_of_their_quotes_in_a_list_only(content):
    quotes = content / "quotes"
    # The MPs (5 October), Aliyev (6 October), the MPs twice (7 October): the MPs are
    # named again after Aliyev, once over their two quotes, in plain words.
    for quote_id, speaker, day in (
        ("aliyev-between", "ilham-aliyev", 6),
        ("mps-more-1", "mps-group", 7),
        ("mps-more-2", "mps-group", 7),
    ):
        (quotes / f"{quote_id}.yaml").write_text(
            f"id: {quote_id}\ntext: More words, {quote_id}\nspeaker: {speaker}\n"
            f"date: 2024-10-0{day}\nevent: letter-sent\nsources: [oc-media-2024-10-07]\n"
        )
    page = untitled(rendered(content)["events/letter-sent.md"])
    quotes_part = page[page.index("## Quotes") :]
    linked = "\n[Azerbaijani MPs who signed the appeal](../actors/mps-group.md):\n"
    plain = "\nAzerbaijani MPs who signed the appeal:\n"
    assert quotes_part.count(linked) == 1 and quotes_part.count(plain) == 1
    assert quotes_part.index(linked) < quotes_part.index("Aliyev") < quotes_part.index(plain)
    later = [quotes_part.index(words) for words in (plain, "mps-more-1", "mps-more-2")]
    assert later == sorted(later)


def test_an_agreement_page_tells_its_status_and_stances_before_its_names():
    # A reader new to it learns whether it holds and who wants what first; the
    # names the sources give it, and its parties, are for the careful reader, later.
    page = render.render_site(pipeline.validate(FIXTURE_CONTENT, ROOT))
    agreement = page["agreements/joint-declaration-1997.md"]
    headings = [line for line in agreement.splitlines() if line.startswith("## ")]
    assert [heading.split(" {")[0] for heading in headings[:5]] == [
        "## Status",
        "## Who says what about it",
        "## Events",
        "## Names in the sources",
        "## Parties",
    ]
    opening = agreement[agreement.index("\n# ") + 1 : agreement.index("\n## ")]
    description = "A 1997 declaration on defence cooperation that the MPs asked to end."
    # Its own first sentence opens the page, under the title; what it is follows.
    assert opening.split("\n\n")[1:3] == [
        description,
        "*Declaration · 1997 · Status: In force, [as the sources describe it](#status)*",
    ]


def test_the_heading_over_an_agreements_positions_fits_a_stance_that_is_no_wish(content):
    # Whoever only criticises it does not want it "ended, kept or changed".
    declaration = content / "agreements" / "joint-declaration-1997.yaml"
    text = declaration.read_text(encoding="utf-8").replace("stance: end", "stance: criticise")
    declaration.write_text(text, encoding="utf-8")
    page = untitled(rendered(content)["agreements/joint-declaration-1997.md"])
    heading = "\n## Who says what about it\n\n"
    assert (
        f"{heading}- [Azerbaijani MPs who signed the appeal](../actors/mps-group.md) criticise it ("
        in page
    )
    assert "wants it" not in page and "want it" not in page


def test_a_difference_on_an_agreements_wording_alone_is_linked_under_its_names(content):
    (content / "differences" / "declaration-title.yaml").write_text(
        "id: declaration-title\n"
        "point: The title of the declaration\n"
        "importance: low\n"
        "about: [joint-declaration-1997]\n"
        "versions:\n"
        "  - says: A joint declaration.\n"
        "    sources: [oc-media-2024-10-07]\n"
        "  - says: A joint statement.\n"
        "    sources: [caliber-az-2024-10-05]\n",
        encoding="utf-8",
    )
    pages = rendered(content)
    page = untitled(pages["agreements/joint-declaration-1997.md"])
    names = page.index("## Names in the sources")
    # Its title is in lower case mid-line, as the count of names is in words.
    link = "[the title of the declaration](../differences.md#difference-declaration-title)"
    # A paragraph of its own: the table after it is a table, not words of it.
    assert re.search(r"\nThe sources give its name in two forms\.[^\n]*\n\n\| Name as given", page)
    assert names < page.index(f"How each source words it: {link}.") < page.index("## Parties")
    # Not printed again among the differences about it; the differences page has it.
    assert "joint <mark>statement</mark>" not in page and "joint statement" not in page
    assert "A joint <mark>statement</mark>." in pages["differences.md"]


def test_a_minor_instruments_page_says_once_what_the_sources_do_not_give(content):
    """An instrument the texts only mention: its unknown date is one the sources do
    not give; with no status given, its line says so and no Status section says it
    again; its one name, where it is not the title, is said in a line, not a table."""
    write_un_charter(content, "status_note: The letter does not discuss its status.")
    page = untitled(rendered(content)["agreements/un-charter.md"])
    assert "*Treaty · date and status not given in the sources*" in page
    assert "date unknown" not in page
    assert "## Status" not in page and "does not discuss its status" not in page
    assert "## Names in the sources" not in page and "| Name as given |" not in page
    # One source calls it that: "the sources" of two or more.
    assert (
        "\nIt is called “UN Charter” in [Caliber.Az, 5 October 2024]"
        "(../sources/caliber-az-2024-10-05.md).\n" in page
    )


def test_a_source_page_says_what_the_text_reports_before_what_is_known_of_it(content):
    source = content / "sources" / "oc-media-2024-10-07.yaml"
    append(
        source,
        "summary: A report of the MPs' demand, as an answer to [[mps-group|their critics]].\n",
        "notes: Dated in the capture.\n",
    )
    page = untitled(rendered(content)["sources/oc-media-2024-10-07.md"])
    opening = "*OC Media · 7 October 2024 · News report · English · web address unknown*"
    summary = (
        "A report of the MPs’ demand, as an answer to [their critics](../actors/mps-group.md)."
    )
    about = "## About this text\n\nDated in the capture."
    assert page.index(opening) < page.index(summary) < page.index(about)
    # Without a summary, the page has no heading over what is known of the text.
    other = untitled(rendered(content)["sources/caliber-az-2024-10-05.md"])
    assert "## About this text" not in other and "\nThe words this site quotes" not in other


def test_an_affiliation_a_role_names_already_is_not_listed_again(content):
    actor = content / "actors" / "jeyhun-bayramov.yaml"  # Foreign Minister of Azerbaijan
    append(
        actor,
        "affiliations:\n",
        "  - {actor: azerbaijan, relation: minister, sources: [oc-media-2024-10-07]}\n",
        "  - {actor: mps-group, relation: addressee, sources: [oc-media-2024-10-07]}\n",
    )
    page = untitled(rendered(content)["actors/jeyhun-bayramov.md"])
    ties = page[page.index("## Names, roles and ties") :]
    assert "- Addressee: [Azerbaijani MPs who signed the appeal](mps-group.md)" in ties
    assert "minister: [Azerbaijan]" not in page


def test_an_actor_page_says_what_it_said_and_did_before_its_names_and_roles(content):
    """A landing reader met "Person", "Also written" and a role with its sources
    before the actor's words: the first role heads the page, under the title, and
    names, roles and ties follow the quotes and events."""
    actor = content / "actors" / "ilham-aliyev.yaml"
    text = actor.read_text(encoding="utf-8")
    actor.write_text(text.replace('description: "President of', 'description: "Head of state,'))
    page = untitled(rendered(content)["actors/ilham-aliyev.md"])
    title = page.index("# Ilham Aliyev\n")
    assert page[title:].split("\n\n")[1:3] == [
        "Head of state, Azerbaijan. Name in Azerbaijani script: İlham Əliyev.",
        "*President, [Azerbaijan](azerbaijan.md)*",
    ]
    assert "*Person*" not in page
    # A description that opens with the role and names the country says both
    # already: no line of what it is ("Country: Azerbaijan" under "President of Azerbaijan").
    actor.write_text(text, encoding="utf-8")
    page = untitled(rendered(content)["actors/ilham-aliyev.md"])
    title = page.index("# Ilham Aliyev\n")
    assert page[title:].split("\n\n")[1:3] == [
        "President of Azerbaijan. Name in Azerbaijani script: İlham Əliyev.",
        "Part of the story of [A small fixture episode](../index.md): Test content for the"
        " generator’s golden tree.\n{: .in-the-story data-search-exclude }",
    ]
    # Its heading names what stands under it: a role, no other names or ties.
    assert page.index("## Quotes") < page.index("\n## Roles\n")
    names = page[page.index("\n## Roles\n") :]
    assert "\n- President, [Azerbaijan](azerbaijan.md), according to [" in names


def test_an_actor_page_lists_the_rows_events_before_the_earlier_ones_it_brings_up(content):
    """On the pages of Azerbaijan and the US, eight events of earlier years (Section 907
    in 1992, the 2020 war) came first, before the letter of 3 October 2024 that set
    off the row: the row's events come first, the earlier ones under a heading of
    their own, which says what they are."""
    append(
        content / "events" / "declaration-signed.yaml",
        "actors:\n  - actor: azerbaijan\n    role: signatory\n",
    )
    page = untitled(rendered(content)["actors/azerbaijan.md"])
    headings = [h.split(" {")[0] for h in re.findall(r"^## (.+)$", page, flags=re.MULTILINE)]
    assert headings[:2] == ["Events", "Earlier events"], headings
    events, earlier = page.split("\n## Events", 1)[1].split("\n## Earlier events", 1)
    assert "(../events/letter-sent.md" in events and "declaration-signed" not in events
    earlier = earlier.split("\n## ", 1)[0]
    assert "Events before the row that its texts bring up:" in earlier
    assert (
        "- **1997**: [The joint declaration is signed](../events/declaration-signed.md" in earlier
    )


def test_a_role_or_tie_says_source_for_one_and_sources_for_more(content):
    """A line that says "Sources:" before a single citation reads as if some were missing."""
    actor = content / "actors" / "ilham-aliyev.yaml"
    append(
        actor,
        "affiliations:\n  - actor: mps-group\n    relation: part of\n",
        "    sources: [oc-media-2024-10-07, caliber-az-2024-10-05]\n",
    )
    page = untitled(rendered(content)["actors/ilham-aliyev.md"])
    one = "- President, [Azerbaijan](azerbaijan.md), according to [OC Media, 7 October 2024]("
    assert one in page
    two = ", according to [OC Media, 7 October 2024](../sources/oc-media-2024-10-07.md); [Caliber"
    assert "- Part of [Azerbaijani MPs who signed the appeal](mps-group.md)" + two in page
    roles = page[page.index("## Roles") :]
    assert "Source: [" not in roles and "Sources: [" not in roles


def test_an_actor_pages_heading_over_its_names_and_ties_names_what_is_under_it(content):
    """Not "Names, roles and ties" over a line of other names alone."""
    actor = content / "actors" / "mps-group.yaml"
    actor.write_text(
        actor.read_text(encoding="utf-8") + "other_names: [43 members of the Milli Majlis]\n",
        encoding="utf-8",
    )
    pages = rendered(content)
    page = untitled(pages["actors/mps-group.md"])
    assert "\n## Other names\n\nThe sources also call them “43 members of the Milli Majlis”.\n" in (
        page
    )
    assert "Names, roles and ties" not in page
    affiliation = (
        "affiliations:\n"
        "  - {actor: azerbaijan, relation: members, sources: [oc-media-2024-10-07]}\n"
    )
    actor.write_text(actor.read_text(encoding="utf-8") + affiliation, encoding="utf-8")
    page = untitled(rendered(content)["actors/mps-group.md"])
    assert "\n## Names and ties\n" in page


def test_the_actors_index_gives_each_actor_its_first_sentence_whole(content):
    long = "The minister " + "who was asked again and again " * 8 + "to answer. Then more."
    actor = content / "actors" / "jeyhun-bayramov.yaml"
    replace_block(actor, "description", f"description: >-\n  {long}\n")
    page = rendered(content)["actors/index.md"]
    line = next(line for line in page.splitlines() if "(jeyhun-bayramov.md)" in line)
    assert line.endswith("to answer.")  # not cut at 160 characters with an ellipsis
    assert "Then more" not in line


def test_the_sources_index_shows_how_each_source_is_cited_and_what_it_counts(content):
    source = content / "sources" / "caliber-az-2024-10-05.yaml"
    text = re.sub(r"(?m)^outlet: .*$", "outlet: unknown", source.read_text(encoding="utf-8"))
    source.write_text(
        text + "cited_as: Report of the MPs' letter\nalone_gives: the letter's <b>full</b> text\n",
        encoding="utf-8",
    )
    catalog = pipeline.validate(content, ROOT)
    pages = render.render_site(catalog)
    index = untitled(pages["sources/index.md"])
    # No count of the places citing it: it told a reader nothing they could use.
    assert "\n| Cited as | What it is | Only this source gives |\n" in index
    assert "Records citing it" not in index
    # The words a reader met beside a claim lead to the source, what it is beside them,
    # and what rests on it alone (as text), or nothing where that is not recorded.
    assert "| [the report of the MPs’ letter](caliber-az-2024-10-05.md) | " in index
    oc_media = "[OC Media, 7 October 2024](oc-media-2024-10-07.md)"
    assert f"| {oc_media} | News report: “" in index and "cited in" not in index
    assert "| the letter’s &#60;b&#62;full&#60;/b&#62; text |\n" in index
    # Plain words, not the names of columns or of the site's records.
    assert "\n\nTwo texts that everything on this site comes from. The other pages" in index
    assert "Beside each: what kind of text it is, and what only it gives." in index
    assert "record" not in index.split("\n| Cited as |")[0] and "*cited by*" not in index
    # The source's own page says it too.
    assert (
        "Only this source gives the letter’s &#60;b&#62;full&#60;/b&#62; text."
        in pages["sources/caliber-az-2024-10-05.md"]
    )


def test_an_actor_or_agreement_carries_its_tags_as_events_do(content):
    for path in ("actors/jeyhun-bayramov.yaml", "agreements/joint-declaration-1997.yaml"):
        record = content / path
        record.write_text(record.read_text(encoding="utf-8") + "tags: [us-letter, sanctions]\n")
    pages = rendered(content)
    for page in ("actors/jeyhun-bayramov.md", "agreements/joint-declaration-1997.md"):
        front = yaml.safe_load(pages[page].split("\n---\n", 1)[0].removeprefix("---\n"))
        assert front["tags"] == ["US letter", "Sanctions"], page  # named as on event pages


def test_how_an_event_was_dated_is_told_after_its_quotes_and_the_date_points_there(content):
    """The date's reasoning does not fill the opening: it has a section of its own,
    after the quotes and before the sources, to which the date line links."""
    replace_block(
        content / "events" / "letter-sent.yaml",
        "summary",
        "summary: >-\n  The MPs wrote to [[jeyhun-bayramov]].\n"
        "date_note: >-\n  The letter is dated 5 October; [[jeyhun-bayramov]] is named in it.\n",
    )
    pages = rendered(content)
    page = untitled(pages["events/letter-sent.md"])
    assert "*5 October 2024 (see [how it was worked out](#about-the-date))*" in page
    opening = page.split("\n## ")[0]
    assert "The MPs wrote to [Jeyhun Bayramov](../actors/jeyhun-bayramov.md)." in opening
    assert "dated 5 October" not in opening
    headings = [h.split(" {")[0] for h in re.findall(r"^## (.+)$", page, flags=re.MULTILINE)]
    # What was said follows the summary at once; the table of who took what part,
    # for looking up, comes after it, then how the date was worked out.
    assert headings[0] == "Quotes", headings
    after = headings[headings.index("Quotes") + 1 :]
    assert after[after.index("About the date") :] == [
        "About the date",
        "Where sources differ",
        "Also mentioned in",
        "Sources",
    ]
    assert set(after[: after.index("About the date")]) <= {
        "Who was involved",
        "Agreements concerned",
    }
    assert "Who was involved" in after
    assert "## About the date { #about-the-date }\n" in page
    # Linked at its first mention only, in the summary.
    assert "The letter is dated 5 October; Jeyhun Bayramov is named in it." in page
    # A month worked out from undated texts is not one "the sources give": the date
    # only points to how it was worked out. Without a note, it points nowhere.
    reply = pages["events/reply-2024-10.md"]
    assert (
        "*Between 5 and 7 October 2024 (see [how it was worked out](#about-the-date))*"
        in untitled(reply)
    )
    assert "*1997 (the sources give the year only)*" in pages["events/declaration-signed.md"]
    assert "about-the-date" not in pages["events/declaration-signed.md"]


def test_the_agreements_index_puts_those_at_stake_first_their_status_attributed(content):
    """The agreements a stake is about come first, their status said to be the
    sources' account; the others follow as a list without blanks for what the
    sources do not give; one sentence says who wants which ended."""
    write_un_charter(content)
    page = untitled(rendered(content)["agreements/index.md"])
    opening, at_stake, others = page.split("\n## ")[:3]
    assert opening.endswith(
        "[Azerbaijani MPs who signed the appeal](../actors/mps-group.md) want an end to the"
        " agreements in force, one in particular: [the 1997 declaration]"
        "(joint-declaration-1997.md) ([in their words](../quotes/mps-terminate.md)).\n"
    )
    assert at_stake.startswith("At stake\n")
    assert (
        "(joint-declaration-1997.md): A 1997 declaration on defence cooperation that the MPs"
        " asked to end. In force, by the sources’ account.\n" in at_stake
    )
    assert "un-charter" not in at_stake
    assert others == (
        "Other agreements and laws the texts mention\n\n"
        "- [Charter of the United Nations](un-charter.md): The charter, which the MPs’ letter"
        " invokes.\n"
    )


def test_the_agreements_index_says_where_a_demand_names_some_of_the_agreements_in_force(content):
    """Where an actor's positions say its words ask to end the agreements in force,
    these in particular (the MPs' letter: "Terminate the agreements in force ...,
    particularly" two), the opening says so and links those words, rather than
    saying the actor wants those alone ended. It rested on a difference record about
    them: with the record gone, the page said the MPs wanted one agreement ended."""
    page = untitled(rendered(content)["agreements/index.md"])
    assert (
        "[Azerbaijani MPs who signed the appeal](../actors/mps-group.md) want an end to the"
        " agreements in force, one in particular: [the 1997 declaration]"
        "(joint-declaration-1997.md) ([in their words](../quotes/mps-terminate.md)).\n"
    ) in page
    assert "want one agreement ended" not in page and "differ" not in page
    # Without `in_particular`, the words name these alone.
    declaration = content / "agreements" / "joint-declaration-1997.yaml"
    edit(declaration, "    in_particular: true\n", "")
    page = untitled(rendered(content)["agreements/index.md"])
    assert "want one agreement ended: [the 1997 declaration](joint-declaration-1997.md).\n" in page


def test_the_agreements_index_says_with_whom_the_agreements_to_end_are_in_force(content):
    """Not "want an end to the agreements in force", as if all of them, everywhere:
    with the state on the other side of the agreements, a party itself or through a
    body of its own; none where the parties give none."""
    (content / "actors" / "united-states.yaml").write_text(
        "id: united-states\nname: United States\ntype: state\n"
        "description: A state.\nsources: [oc-media-2024-10-07]\n",
        encoding="utf-8",
    )
    (content / "actors" / "us-defense.yaml").write_text(
        "id: us-defense\nname: US Department of Defense\ntype: government-body\n"
        "country: united-states\ndescription: A body.\nsources: [oc-media-2024-10-07]\n",
        encoding="utf-8",
    )
    declaration = content / "agreements" / "joint-declaration-1997.yaml"
    text = declaration.read_text(encoding="utf-8")
    for parties, named in (
        ("[azerbaijan, united-states]", True),
        ("[azerbaijan, us-defense]", True),
        ("[azerbaijan]", False),
    ):
        declaration.write_text(text.replace("parties: [azerbaijan]", f"parties: {parties}"))
        page = untitled(rendered(content)["agreements/index.md"])
        line = page[page.index("[Azerbaijani MPs") :].split("\n")[0]
        with_us = "want an end to the agreements in force with the [United States]("
        assert (with_us in line) is named, (parties, line)
        assert ("want an end to the agreements in force, one in particular" in line) is not named


def test_the_timeline_and_events_pages_say_what_the_episode_is_and_how_they_differ(content):
    """Each opens with the episode in one line, linked to the home page, then says
    what it shows that the other does not."""
    pages = rendered(content)
    timeline, events = pages["timeline.md"], pages["events/index.md"]
    line = "Test content for the generator’s golden tree ([the story in brief]({}index.md))."
    assert opening(timeline, "# Timeline") == line.format("")
    assert opening(events, "# Events") == line.format("../")
    assert "the days of the episode (3 to 8 October 2024)" in timeline
    assert "[events page](events/index.md) has them all in one table" in timeline
    assert "in the order of the [timeline](../timeline.md), which tells" in events
    # Without a tagline, the lede's first sentence, as plain words.
    edit(content / "episode.yaml", "tagline:", "#")
    first = opening(rendered(content)["timeline.md"], "# Timeline")
    assert first.startswith(
        "On 5 October 2024 a group of MPs asked Jeyhun Bayramov to end a 1997 declaration"
    )
    assert first.endswith("the day before ([the story in brief](index.md)).")


def write_un_charter(content, *lines: str) -> None:
    """An instrument the texts only mention, with no date or status given, into
    `content`, with `lines` of YAML added to it."""
    (content / "agreements" / "un-charter.yaml").write_text(
        "id: un-charter\nname: Charter of the United Nations\n"
        "names:\n  - name: UN Charter\n    sources: [caliber-az-2024-10-05]\n"
        "type: treaty\ndate: unknown\nstatus: unknown\n"
        "description: The charter, which the MPs' letter invokes.\n"
        "sources: [caliber-az-2024-10-05]\n" + "".join(f"{line}\n" for line in lines),
        encoding="utf-8",
    )


def opening(page: str, title: str) -> str:
    """The first paragraph after the page's title."""
    return page.partition(f"\n{title}\n\n")[2].split("\n\n")[0]


def test_an_actor_page_says_its_parts_ties_and_other_names_in_plain_words(content):
    """No field names ("as subject"): a part in words or, where the event's title
    says it, none; a tie read before the other actor; a source's spellings quoted."""
    mps = content / "actors" / "mps-group.yaml"
    append(
        mps,
        "other_names: [A group of MP from the VII convocation, 43 MPs]\n",
        "affiliations:\n",
        "  - actor: azerbaijan\n    relation: 11 of the signatories are members\n",
        "  - actor: jeyhun-bayramov\n    relation: part of\n",
        "  - actor: ilham-aliyev\n    relation: signatory of the appeal\n",
        "  - actor: milli-majlis\n    relation: members\n",
    )
    (content / "actors" / "milli-majlis.yaml").write_text(
        "id: milli-majlis\nname: Milli Majlis\ntype: legislature\n"
        "description: The parliament.\nsources: [oc-media-2024-10-07]\n",
        encoding="utf-8",
    )
    letter = content / "events" / "letter-sent.yaml"
    letter.write_text(
        letter.read_text(encoding="utf-8")
        .replace("role: addressee", "role: subject")
        .replace("The MPs sign their appeal", "An appeal is signed"),  # names no one
        encoding="utf-8",
    )
    pages = rendered(content)
    page = untitled(pages["actors/mps-group.md"])
    assert (
        "The sources also call them “A group of MP from the VII convocation” and “43 MPs”.\n"
        in (page)
    )
    assert "- 11 of the signatories are members of [Azerbaijan](azerbaijan.md)\n" in page
    assert "- Part of [Jeyhun Bayramov](jeyhun-bayramov.md)\n" in page
    assert "- Signatory of the appeal: [Ilham Aliyev](ilham-aliyev.md)\n" in page
    assert "- Members of the [Milli Majlis](milli-majlis.md)\n" in page
    signed = "- **5 October 2024**: [An appeal is signed](../events/letter-sent.md)"
    assert f"{signed} (written by them)\n" in page
    # A subject the title does not name is said to be one: a bare line on the minister's
    # page gave no reason for being there.
    minister = untitled(pages["actors/jeyhun-bayramov.md"])
    assert f"{signed} (it concerns Jeyhun Bayramov)\n" in minister
    assert "(as " not in page + minister


def test_a_law_is_enacted_by_its_state_not_a_party_to_it(content):
    declaration = content / "agreements" / "joint-declaration-1997.yaml"
    pages = rendered(content)
    assert "## Parties\n" in pages["agreements/joint-declaration-1997.md"]
    assert "): a party\n" in untitled(pages["actors/azerbaijan.md"])
    edit(declaration, "type: declaration", "type: law")
    pages = rendered(content)
    assert "## Enacted by\n" in pages["agreements/joint-declaration-1997.md"]
    assert "## Parties" not in pages["agreements/joint-declaration-1997.md"]
    assert "): enacted it\n" in untitled(pages["actors/azerbaijan.md"])


def test_a_states_page_lists_what_its_people_and_bodies_did_and_who_they_are(content):
    """The United States wrote no letter; its lawmakers did. A state's page lists the
    events and agreements of the actors the sources name as its own (their
    `country`), saying through whom, and lists those actors."""
    letter = content / "events" / "letter-sent.yaml"
    edit(letter, "The MPs sign their appeal", "An appeal")
    page = untitled(rendered(content)["actors/azerbaijan.md"])
    events = page[page.index("## Events") : page.index("## Agreements")]
    # The MPs wrote the appeal; the minister, its addressee, did not act in it.
    appeal = "[An appeal](../events/letter-sent.md)"
    assert f"{appeal} (by Azerbaijani MPs who signed the appeal)\n" in events
    assert "The foreign ministry answers the MPs’ appeal" in events
    assert events.index("letter-sent") < events.index("reply-2024-10")  # the timeline's order
    members = page[page.index("## Its people and bodies") :]
    for name in ("Azerbaijani MPs who signed the appeal", "Ilham Aliyev", "Jeyhun Bayramov"):
        assert f"- [{name}](" in members
    # Each is listed once: not again under "Also mentioned in".
    assert "## Also mentioned in" not in page
    # A person is no state: Aliyev's page lists his events only.
    aliyev = rendered(content)["actors/ilham-aliyev.md"]
    assert "## Its people and bodies" not in aliyev and " (by " not in aliyev


def test_a_member_in_an_event_it_did_not_act_in_is_named_with_its_part_in_a_phrase(content):
    """Not "(the MPs: its subject)", a label after a colon: the part as a phrase."""
    catalog = pipeline.validate(content, ROOT)
    page = render.Page("actors/azerbaijan.md", catalog)
    assert page.via([("mps-group", "subject"), ("jeyhun-bayramov", "accused")]) == (
        " (about Azerbaijani MPs who signed the appeal; accusing Jeyhun Bayramov)"
    )
    assert page.via([("jeyhun-bayramov", "addressee")]) == " (addressed to Jeyhun Bayramov)"
    # A part the site does not know follows the name, as the event's content words it.
    assert page.via([("jeyhun-bayramov", "the outlet he spoke to")]) == (
        " (Jeyhun Bayramov, the outlet he spoke to)"
    )
    assert page.via([("mps-group", "subject"), ("jeyhun-bayramov", "author")]) == (
        " (by Jeyhun Bayramov)"
    )


def test_a_members_part_reads_as_its_verb_and_not_again_after_a_title_that_says_it(content):
    """Not "(by the Congress)" after "..., by MP Mammadov's account": a part written
    as a verb is said by it; nor "(cited by ...)" after "..., cited in the US letter"."""
    page = render.Page("actors/azerbaijan.md", pipeline.validate(content, ROOT))
    enacted = [("jeyhun-bayramov", "enacted it")]
    assert page.via(enacted, "A law is passed") == " (enacted by Jeyhun Bayramov)"
    assert page.via(enacted, "A law is enacted, by one account") == ""
    cited = [("mps-group", "cites it")]
    assert page.via(cited, "A blockade") == " (cited by Azerbaijani MPs who signed the appeal)"
    assert page.via(cited, "A blockade, cited in the US letter") == ""
    # "by" and "about" in a title say nothing of the part.
    assert page.via([("mps-group", "author")], "A letter, by one account") == (
        " (by Azerbaijani MPs who signed the appeal)"
    )


def test_an_events_line_does_not_say_again_a_part_its_title_names(content):
    """Not "US lawmakers write to Blinken (by the US senators and representatives
    who wrote to Blinken)", nor "(its addressee)" on Blinken's page: where an
    event's title names an actor, by a name, another name or a group's noun, the
    bracket leaves its part out; a party or a host named is not said to be one."""
    letter = content / "events" / "letter-sent.yaml"
    text = letter.read_text(encoding="utf-8")

    def events(title: str, actor: str) -> str:
        letter.write_text(text.replace("The MPs sign their appeal", title), encoding="utf-8")
        page = untitled(rendered(content)[f"actors/{actor}.md"])
        events = page[page.index("## Events") :].splitlines()
        return next(line for line in events if "(../events/letter-sent.md)" in line)

    # A group on its own page is "them", not its long name again.
    written = ") (written by them)"
    assert events("An appeal is signed", "mps-group").endswith(written)
    for title in ("The MPs sign their appeal", "Azerbaijani MPs write", "The MPs' appeal"):
        assert events(title, "mps-group").endswith("(../events/letter-sent.md)"), title
    assert events("An appeal is signed", "jeyhun-bayramov").endswith(
        ") (addressed to Jeyhun Bayramov)"
    )
    assert events("An appeal to Bayramov", "jeyhun-bayramov").endswith("letter-sent.md)")
    # A verb the title says: "(cites it)" after "..., cited in".
    text = text.replace("role: author", "role: cites it")
    assert events("A blockade", "mps-group").endswith(") (cites it)")
    assert events("A blockade, cited in the letter", "mps-group").endswith("letter-sent.md)")
    # On the state's page: the members the title names are left out.
    page = render.Page("actors/azerbaijan.md", pipeline.validate(content, ROOT))
    assert page.via([("mps-group", "author")], "The MPs sign their appeal") == ""
    both = [("mps-group", "subject"), ("jeyhun-bayramov", "accused")]
    assert page.via(both, "Aliyev rejects the MPs' letter") == " (accusing Jeyhun Bayramov)"
    assert page.via(both, "Aliyev rejects Bayramov's appeal") == (
        " (about Azerbaijani MPs who signed the appeal)"
    )
    assert page.via([("mps-group", "the outlet he spoke to")], "He tells the MPs") == ""
    # A title that names a party does not say it was one: "A war over Bayramov's land".
    text = text.replace("role: cites it", "role: party")
    assert events("A war over the MPs' land", "mps-group").endswith(
        ") (with them among its parties)"
    )


def test_a_group_named_in_a_title_leaves_who_was_among_it(content):
    """Azerbaijani MPs appeal ... (among them Fazil Mustafa): the title names the
    group; the one among them it does not name is still said."""
    minister = content / "actors" / "jeyhun-bayramov.yaml"
    append(minister, "affiliations:\n  - actor: mps-group\n    relation: signatory of the appeal\n")
    page = render.Page("actors/azerbaijan.md", pipeline.validate(content, ROOT))
    acting = [("jeyhun-bayramov", "signatory"), ("mps-group", "author")]
    assert page.via(acting, "The MPs sign their appeal") == " (among them Jeyhun Bayramov)"
    assert page.via(acting, "Bayramov and the MPs sign") == ""


def test_members_acting_together_are_named_each_as_one(content):
    """Not "(by Fazil Mustafa, the MPs who signed the appeal)", which reads as if he
    were the MPs: two members are joined by "and", and one the content ties to a
    group of people acting with it is named among them."""
    page = render.Page("actors/azerbaijan.md", pipeline.validate(content, ROOT))
    acting = [("jeyhun-bayramov", "signatory"), ("mps-group", "author")]
    assert page.via(acting) == " (by Jeyhun Bayramov and Azerbaijani MPs who signed the appeal)"
    minister = content / "actors" / "jeyhun-bayramov.yaml"
    append(minister, "affiliations:\n  - actor: mps-group\n    relation: signatory of the appeal\n")
    page = render.Page("actors/azerbaijan.md", pipeline.validate(content, ROOT))
    assert page.via(acting) == (
        " (by Azerbaijani MPs who signed the appeal, among them Jeyhun Bayramov)"
    )


def test_an_actor_page_says_a_decision_makers_part_in_words(content):
    letter = content / "events" / "letter-sent.yaml"
    edit(letter, "role: addressee", "role: decision-maker")
    page = untitled(rendered(content)["actors/jeyhun-bayramov.md"])
    made = (
        "[The MPs sign their appeal](../events/letter-sent.md) (Jeyhun Bayramov made the decision)"
    )
    assert made + "\n" in page


def test_a_states_page_lists_the_agreements_its_bodies_are_parties_to_not_their_stances(content):
    declaration = content / "agreements" / "joint-declaration-1997.yaml"
    edit(declaration, "parties: [azerbaijan]", "parties: [jeyhun-bayramov]")
    page = untitled(rendered(content)["actors/azerbaijan.md"])
    agreements = page[page.index("## Agreements") : page.index("## Its people")]
    # The MPs want it ended: their stance, not the state's, is left to their page.
    assert agreements.endswith("): a party, through Jeyhun Bayramov\n\n")
    # On their page, in the plural a group of people takes.
    mps = untitled(rendered(content)["actors/mps-group.md"])
    ended = "they want it ended, in words the sources quote"
    assert f"(../agreements/joint-declaration-1997.md): {ended}\n" in mps


def test_a_states_page_says_its_body_is_a_party_as_its_own(content):
    """Not "party: Ministry of Defense of the Republic of Azerbaijan": "a party,
    through its Ministry of Defense"; the state a party itself, said once."""
    (content / "actors" / "defence-ministry.yaml").write_text(
        "id: defence-ministry\nname: Ministry of Defense of the Republic of Azerbaijan\n"
        "type: government-body\ncountry: azerbaijan\ndescription: The ministry.\n"
        "sources: [oc-media-2024-10-07]\n",
        encoding="utf-8",
    )
    declaration = content / "agreements" / "joint-declaration-1997.yaml"
    text = declaration.read_text(encoding="utf-8")
    declaration.write_text(
        text.replace("parties: [azerbaijan]", "parties: [defence-ministry]"), encoding="utf-8"
    )
    page = untitled(rendered(content)["actors/azerbaijan.md"])
    assert "): a party, through its Ministry of Defense\n" in page
    declaration.write_text(
        text.replace("parties: [azerbaijan]", "parties: [azerbaijan, defence-ministry]"),
        encoding="utf-8",
    )
    page = untitled(rendered(content)["actors/azerbaijan.md"])
    assert "): a party, through its Ministry of Defense\n" in page
    assert "): a party;" not in page


def test_a_body_is_its_states_own_without_the_states_name():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    state = catalog.get("azerbaijan")
    assert isinstance(state, model.Actor)

    def body(name: str, kind: str = "government-body") -> model.Actor:
        return model.Actor(id="b", name=name, type=kind, description="d", sources=["s"])

    assert wording.its(state, body("Azerbaijan Ministry of Defense")) == "its Ministry of Defense"
    assert wording.its(
        state, body("Milli Majlis of the Republic of Azerbaijan", "legislature")
    ) == ("its Milli Majlis")
    assert wording.its(state, body("Milli Majlis", "legislature")) == "the Milli Majlis"
    # A party of the country is not the state's own; named by a common noun, it takes "the".
    assert wording.its(state, body("Azerbaijan Popular Front Party", "political-party")) == (
        "the Azerbaijan Popular Front Party"
    )


def test_a_record_page_says_what_story_it_is_part_of_after_its_own_opening(content):
    """A reader who lands on one page from a search engine finds a short way back
    to the story, linked to the story in brief, on every record page, kept out of
    the search index, where it would match every page alike. It follows the
    record's own opening: under every title, the same three-line strapline came
    before what the page is about. It gives the story's one line, for a reader who
    landed on the page does not know what the story was: "Part of the story of
    Azerbaijan and the United States, October 2024" told them nothing the header does not."""
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    pages = {path: untitled(text) for path, text in render.render_site(catalog).items()}
    kinds = {"actor", "event", "quote", "agreement", "source"}  # a difference has no page
    records = [r for r in catalog.by_id.values() if r.kind in kinds]
    assert {r.kind for r in records} == kinds
    line = "Part of the story of [A small fixture episode]({}index.md): Test content for the"
    line += " generator’s golden tree.\n{{: .in-the-story data-search-exclude }}"
    # A line that opens on "How", "The" ... reads on after the colon in lower case; a
    # story without one line is named alone.
    episode = content / "episode.yaml"
    edit(episode, "tagline: Test content", "tagline: How the content")
    page = rendered(content)["actors/mps-group.md"]
    assert "(../index.md): how the content for the generator’s golden tree.\n" in page
    edit(episode, "tagline:", "#")
    page = rendered(content)["actors/mps-group.md"]
    assert "Part of the story of [A small fixture episode](../index.md).\n" in page
    for record in records:
        page = pages[urls.record_page(record)]
        body = page[page.index("\n# ") + 1 :].split("\n\n")
        assert line.format("../") in body, record.id
        # The page's own words come first (a source's: its by-line and summary).
        assert body.index(line.format("../")) >= 2, record.id
    assert "in-the-story" not in pages["index.md"]


def test_also_mentioned_in_leaves_out_what_the_page_has_linked_already(content):
    """The foreign ministry's answer names the MPs; once the MPs' page links it in its
    description, "Also mentioned in" does not list it again."""
    page = untitled(rendered(content)["actors/mps-group.md"])
    assert "## Also mentioned in" in page and "(../events/reply-2024-10.md)" in page
    actor = content / "actors" / "mps-group.yaml"
    text = actor.read_text(encoding="utf-8")
    linked = "[[jeyhun-bayramov|the foreign minister]], who [[reply-2024-10|answered it]]."
    actor.write_text(text.replace("[[jeyhun-bayramov|the foreign minister]].", linked))
    page = untitled(rendered(content)["actors/mps-group.md"])
    assert "[answered it](../events/reply-2024-10.md)" in page
    assert "## Also mentioned in" not in page


def test_the_timeline_says_under_each_event_of_the_story_what_happened(content):
    """From the episode's first day on, an event's line is followed by the first
    sentence of its summary, its links as plain words; the background stays lines."""
    edit(
        content / "events" / "letter-sent.yaml",
        "[[joint-declaration-1997]].",
        "[[joint-declaration-1997]]. Then more.",
    )
    timeline = rendered(content)["timeline.md"]
    background, _, story = timeline.partition("\n## 5 October 2024\n")
    gist = (
        "    The MPs signed an appeal to Jeyhun Bayramov asking to end the Joint declaration"
        " on military and defence cooperation &#40;1997&#41;.\n    {: .event-gist }"
    )
    assert gist in story
    assert "Then more" not in story
    assert "    The foreign ministry answered the appeal of" in story
    assert "event-gist" not in background
    assert "    The declaration was signed" not in background


def test_the_not_found_page_speaks_of_pages_not_records():
    """A reader who followed a dead link knows pages; "record" is the content's word."""
    page = (ROOT / "overrides" / "404.html").read_text(encoding="utf-8")
    text = re.sub(r"\{[#%{].*?[#%}]\}", "", page, flags=re.S)  # the template's own notes
    assert "the page may have been renamed" in text
    assert "record" not in text
    # On a phone the search box is a magnifying glass until it is opened.
    assert "the magnifying glass on a phone" in text


def test_an_events_table_of_who_took_part_says_each_part_in_plain_words(content):
    """The table under an event read "author", "addressee", "subject": the content's
    terms, a database row. Each part reads as the actor's list of events says it."""
    page = untitled(rendered(content)["events/letter-sent.md"])
    table = page.split("\n## Who was involved\n", 1)[1].split("\n## ", 1)[0]
    assert "../actors/mps-group.md" in table
    rows = [line.rsplit(" | ", 1)[1] for line in table.splitlines() if line.startswith("| [")]
    assert rows == ["wrote it |", "its addressee |"]
    assert render.Page("events/x.md", None).part_in("speaker") == "spoke"  # type: ignore[arg-type]


def test_the_actors_index_points_to_the_page_that_groups_them_by_side(content):
    """Listed by kind, the two groups at the centre of the row came under "Groups of
    people", after every person: the index's first line says where the sides are."""
    page = rendered(content)["actors/index.md"]
    opening = page.partition("\n# Actors\n\n")[2].partition("\n")[0]
    assert opening.endswith("; [who stands where](../positions.md) groups them by side.")


def test_the_events_index_says_where_the_story_starts_in_its_table(content):
    """In date order, the letter that set the story off came eleventh, after the
    background: the index's opening says what comes first, and from when the story's
    own days run."""
    catalog = pipeline.validate(content, ROOT)
    assert catalog.background
    page = untitled(render.render_site(catalog)["events/index.md"])
    first = f"first the background the sources cite ({len(catalog.background)} event"
    assert first in page and "), then the days of the episode (" in page
