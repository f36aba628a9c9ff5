"""A quote's page opens with what a reader needs first: a whole text with what it is,
a word or two with what they are about; its by-line names each party once."""

from __future__ import annotations

import re

import markdown

from generator import pages, pipeline, render
from generator.escape import typographic

from .conftest import ROOT, name_the_letter, rendered, untitled, write_letter, write_quote


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_whole_text_says_what_it_is_before_its_text(content):
    write_letter(
        content,
        "context: The whole letter, as one outlet prints it.",
        "allegation: that the letter was organised",
    )
    name_the_letter(content)
    page = rendered(content)["quotes/mps-letter.md"]
    order = [
        "Written by [Azerbaijani MPs who signed the appeal]",
        "\n## Context\n\nThe whole letter, as one outlet prints it.",
        "\n## The whole text\n",
        "> Dear Mr. Minister,",
        "*Allegation (that the letter was organised)",
    ]
    places = [page.index(part) for part in order]
    assert places == sorted(places)
    assert page.count("## Context") == 1


def test_a_fragment_page_opens_with_what_its_words_are_about(content):
    (content / "quotes" / "aliyev-dirty.yaml").write_text(
        "id: aliyev-dirty\n"
        "text: dirty\n"
        "speaker: ilham-aliyev\n"
        "date: 2024-10-04\n"
        "sources: [oc-media-2024-10-07]\n"
        "context: >-\n"
        "  The word the president chose for the US lawmakers' letter. He said it before"
        " parliament.\n",
        encoding="utf-8",
    )
    page = rendered(content)["quotes/aliyev-dirty.md"]
    body = page[page.index("\n# ") :]
    about = body.index("The word the president chose for the US lawmakers’ letter. He said")
    assert about < body.index("> dirty") < body.index("— [Ilham Aliyev]")
    assert "## Context" not in body  # said once, first
    # A longer passage keeps its words first and its context below them.
    passage = rendered(content)["quotes/aliyev-dirty-appeal.md"]
    assert passage.index("> This morning") < passage.index("## Context")


def test_the_by_line_names_an_addressee_the_speakers_name_does_not(content):
    by_line = "— [Azerbaijani MPs who signed the appeal](../actors/mps-group.md), to [Jeyhun"
    assert by_line in untitled(rendered(content)["quotes/mps-terminate.md"])
    group = content / "actors" / "mps-group.yaml"
    _replace(group, "who signed the appeal\n", "who wrote to Bayramov\n")
    page = untitled(rendered(content)["quotes/mps-terminate.md"])
    assert "— [Azerbaijani MPs who wrote to Bayramov](../actors/mps-group.md), 5 October" in page
    assert ", to [Jeyhun" not in page
    # Another name of the addressee counts too; a name inside a word does not.
    _replace(group, "wrote to Bayramov", "wrote to Ceyhun Bayramov")
    assert ", to [Jeyhun" not in rendered(content)["quotes/mps-terminate.md"]
    _replace(group, "wrote to Ceyhun Bayramov", "wrote to Bayramovs")
    assert ", to [Jeyhun" in rendered(content)["quotes/mps-terminate.md"]


def test_straight_quote_marks_in_a_title_are_printed_curly(content):
    assert typographic('Aliyev: "a dirty appeal"') == "Aliyev: “a dirty appeal”"
    assert typographic('"one" and "two"') == "“one” and “two”"
    assert typographic('a 12" record') == 'a 12" record'  # no pair: as written
    quote = content / "quotes" / "aliyev-dirty-appeal.yaml"
    _replace(quote, "speaker:", "title: 'aliyev: \"a <b>dirty</b> appeal\"'\nspeaker:")
    pages = rendered(content)
    assert (
        "\n# Aliyev: “a &#60;b&#62;dirty&#60;/b&#62; appeal”\n"
        in pages["quotes/aliyev-dirty-appeal.md"]
    )
    # A link that starts its line there starts with a capital.
    assert "[Aliyev: “a &#60;b&#62;dirty" in pages["sources/oc-media-2024-10-07.md"]


def test_a_quotes_own_quote_marks_are_single_in_its_heading_and_link_titles(content):
    """An untitled quote's page heading and the titles of links to it set its words
    in double marks as lists do, its own pairs of double marks made single: not
    “... that "appeal" ...”, whose inner mark read as closing the quotation, in the
    heading or as &#34; in a link's title."""
    quote = content / "quotes" / "aliyev-dirty-appeal.yaml"
    _replace(quote, "through that appeal;", 'through that "appeal";')
    pages = rendered(content)
    page = pages["quotes/aliyev-dirty-appeal.md"]
    assert "\n# Ilham Aliyev: “This morning, I glanced through that ‘appeal’; it is" in page
    assert (
        'description: "Ilham Aliyev, 4 October 2024: “This morning, I glanced through that'
        " ‘appeal’;" in page
    )
    titles = re.findall(
        r'\(\.\./quotes/aliyev-dirty-appeal\.md[^ )]* "([^"]*)"\)',
        pages["sources/oc-media-2024-10-07.md"],
    )
    assert titles
    for title in titles:
        assert (
            "Ilham Aliyev, 4 October 2024: “This morning, I glanced through that ‘appeal’;" in title
        )
        assert "&#34;" not in title


def test_a_listed_quote_is_a_blockquote_with_its_attribution_below_it(content):
    """Everywhere quotes are listed, the words stand in a blockquote, as on a quote's
    page; the lines about them (context, allegation, attribution) follow in a
    paragraph of their own, which the stylesheet sets close under the words."""
    pages = rendered(content)
    words = "> “Terminate the agreements in force between Azerbaijan and the U.S."
    for path in (
        "events/letter-sent.md",
        "actors/mps-group.md",
        "quotes/index.md",
        "quotes/by-event.md",
    ):
        page = untitled(pages[path])
        assert words in page, path
        after = page[page.index(words) :]
        by_line = after.index("\n\n5 October 2024 · ")  # a paragraph of its own, after a blank line
        assert after.index("1997”") < by_line, path
        assert "[Quote page](" in after[by_line:] and "\n{: .quote-by }\n" in after, path
    css = (ROOT / "docs/assets/stylesheets/extra.css").read_text(encoding="utf-8")
    assert ".md-typeset .quote-by {" in css


def test_a_link_to_a_listed_quote_lands_on_its_words(content):
    page = rendered(content)["quotes/index.md"]
    assert "> “Terminate the agreements in force" in page
    assert "signed in 1997”\n> {: #quote-mps-terminate }\n" in page


def test_a_speaker_is_named_once_over_the_quotes_they_said_in_a_row(content):
    """Each quote below the name cites its own sources and gives its date, where
    "same speaker" once stood on every quote after the first."""
    write_quote(content, "mps-same", "Words of the same letter, mps-same", "letter-sent")
    (content / "quotes" / "mps-other.yaml").write_text(
        "id: mps-other\ntext: Words of the same letter, mps-other\nspeaker: mps-group\n"
        "date: 2024-10-05\nevent: letter-sent\nsources: [oc-media-2024-10-07]\n",
        encoding="utf-8",
    )
    (content / "quotes" / "mps-later.yaml").write_text(
        "id: mps-later\ntext: Words said a day later\nspeaker: mps-group\n"
        "date: 2024-10-06\nevent: letter-sent\nsources: [oc-media-2024-10-07]\n",
        encoding="utf-8",
    )
    page = untitled(rendered(content)["events/letter-sent.md"])
    quotes_part = page[page.index("## Quotes") :]
    # Listed by date, then id: mps-other, mps-same, mps-terminate, mps-later, all
    # under one name.
    name = (
        "\n[Azerbaijani MPs who signed the appeal](../actors/mps-group.md):\n{: .quote-speaker }\n"
    )
    assert quotes_part.count(name) == 1 and "quote-speaker" not in quotes_part.replace(name, "")
    assert "same speaker" not in page.casefold()
    assert quotes_part.index(name) < quotes_part.index("Words of the same letter, mps-other")
    # Two in a row said the same day, with the same sources: those are given once,
    # over them, and each keeps the link to its page. They are not all the MPs'
    # quotes here: the line counts them. The day is the event's, which the page gives.
    said = (
        "\nTwo quotes from [Caliber.Az, 5 October 2024]"
        "(../sources/caliber-az-2024-10-05.md):\n{: .quote-versions }\n"
    )
    assert quotes_part.count(said) == 1
    assert quotes_part.index(said) < quotes_part.index("Words of the same letter, mps-same")
    for quote_id in ("mps-same", "mps-terminate", "mps-other", "mps-later"):
        assert f"\n[Quote page](../quotes/{quote_id}.md)\n" in page
    # A quote alone, among quotes under such a line, gets a line of its own: under
    # the words alone, its by-line read as one more of the line above's.
    alone = "\nFrom [OC Media, 7 October 2024](../sources/oc-media-2024-10-07.md):\n"
    later = "\nSaid on 6 October 2024, from [OC Media, 7 October 2024]("
    assert quotes_part.count(" from [") == 2 and alone in quotes_part and later in quotes_part
    assert quotes_part.index(alone) < quotes_part.index("Words of the same letter, mps-other")
    assert quotes_part.index(later) < quotes_part.index("Words said a day later")
    assert "· Source:" not in quotes_part


def test_quotes_by_speaker_list_speakers_in_the_order_they_first_speak(content):
    """The MPs' quote is on the first event of the period; Aliyev's is tied to none:
    the MPs come first, though the episode's sides name the president first. A jump
    list at the top links each speaker's heading, in the same order."""
    catalog = pipeline.validate(content, ROOT)
    assert [a.id for a in pages.speakers_in_order(catalog)] == ["mps-group", "ilham-aliyev"]
    page = rendered(content)["quotes/index.md"]
    mps = "\n## Azerbaijani MPs who signed the appeal { #actor-mps-group }\n"
    aliyev = "\n## Ilham Aliyev { #actor-ilham-aliyev }\n"
    assert page.index(mps) < page.index(aliyev)
    jump = (
        "\nSpeakers: [Azerbaijani MPs who signed the appeal](#actor-mps-group)"
        " · [Ilham Aliyev](#actor-ilham-aliyev)\n"
    )
    assert page.index("# Quotes by speaker") < page.index(jump) < page.index(mps)
    assert "sides of the episode first" not in page
    assert "Speakers come in the order they first appear in the story" in page


def test_words_about_a_background_event_do_not_put_their_speaker_first(content):
    """Aliyev speaks on the MPs' event, a day before them; the MPs also speak about
    the 1997 declaration, an event before the period, but they said so later."""
    _replace(
        content / "quotes" / "aliyev-dirty-appeal.yaml", "speaker:", "event: letter-sent\nspeaker:"
    )
    (content / "quotes" / "mps-history.yaml").write_text(
        "id: mps-history\ntext: Words about 1997\nspeaker: mps-group\n"
        "date: 2024-10-05\nevent: declaration-signed\nsources: [caliber-az-2024-10-05]\n",
        encoding="utf-8",
    )
    catalog = pipeline.validate(content, ROOT)
    assert [a.id for a in pages.speakers_in_order(catalog)] == ["ilham-aliyev", "mps-group"]


def test_quotes_by_event_says_how_it_differs_from_quotes_by_speaker(content):
    page = rendered(content)["quotes/by-event.md"]
    intro = page[page.index("# Quotes by event") : page.index("\n## ")]
    assert "The same quotes as [quotes by speaker](index.md)" in intro
    assert "under the event each was said at or about" in intro


def test_a_passage_names_its_whole_text_mid_sentence(content):
    write_letter(content)
    _replace(content / "quotes" / "mps-terminate.yaml", "title:", "part_of: mps-letter\ntitle:")
    page = untitled(rendered(content)["quotes/mps-terminate.md"])
    # The document's title starts "The MPs' letter...": mid-sentence it reads "the".
    part_of = (
        "A passage of [the MPs’ letter to the foreign minister](mps-letter.md) (the whole text)."
    )
    assert f"\n{part_of}\n" in page
    assert "A passage of [The" not in page
    # Not "Part of [...]": the line above it says "Part of the story of [...]".
    assert "\nPart of [the MPs’ letter" not in page


def test_a_quote_page_lists_its_agreements_once(content):
    page = untitled(rendered(content)["quotes/mps-terminate.md"])
    link = "](../agreements/joint-declaration-1997.md)"
    assert "## Agreements concerned" in page
    assert page.count(link) == 1
    assert "## Also mentioned in" not in page


def test_words_about_an_earlier_event_follow_those_on_the_episodes_events(content):
    """The MPs' page opened with their words on Section 907's adoption in 1992: said
    in October 2024, they follow the quotes on the episode's own events."""
    write_quote(content, "mps-on-1997", "Words on the declaration", "declaration-signed")
    page = untitled(rendered(content)["actors/mps-group.md"])
    quotes = page[page.index("## Quotes") :]
    episode = quotes.index("**: [The MPs sign their appeal]")
    earlier = quotes.index("**Looking back to 1997**")
    assert episode < earlier


def test_a_quote_dated_to_its_month_says_what_is_known_of_the_day(content):
    """ "October 2024" alone says less than the timeline and the event's page: the
    answer came after the appeal of 5 October, and a source dated 7 October reports it."""

    def quote(quote_id: str, date: str, event: str = "") -> None:
        (content / "quotes" / f"{quote_id}.yaml").write_text(
            f"id: {quote_id}\ntext: We have answered the appeal\nspeaker: jeyhun-bayramov\n"
            f"date: {date}\n{f'event: {event}' if event else ''}\n"
            "sources: [oc-media-2024-10-07]\n",
            encoding="utf-8",
        )

    quote("answer", "2024-10", "reply-2024-10")  # dated by its event
    quote("about-the-appeal", "2024-10", "letter-sent")  # about an event of 5 October
    quote("that-year", "2024")
    pages = {path: untitled(text) for path, text in rendered(content).items()}
    assert (
        "— [Jeyhun Bayramov](../actors/jeyhun-bayramov.md), between 5 and 7 October 2024"
        " (see [how it was worked out](../events/reply-2024-10.md#about-the-date))"
        " · Event: [The foreign ministry answers" in pages["quotes/answer.md"]
    )
    # The event's own page says it so too.
    assert (
        "\n*Between 5 and 7 October 2024 (see [how it was worked out](#about-the-date))*\n"
        in pages["events/reply-2024-10.md"]
    )
    # A quote said in October about an event of 5 October: its day is not given, and
    # the event's date is not the quote's.
    assert (
        ", October 2024, day not given · Event: [The MPs sign"
        in pages["quotes/about-the-appeal.md"]
    )
    assert (
        "(../actors/jeyhun-bayramov.md), 2024, month not given · Source: [OC Media, 7 October"
        in pages["quotes/that-year.md"]
    )


def test_the_line_over_quotes_that_share_date_and_sources_counts_those_printed(content):
    """The line over a run of quotes that share their date and sources: "All from
    ..." where they are all of the speaker's quotes there; else it counts the quotes
    it stands over, not a whole text's line ("Read the whole text"), which prints
    none, and over one says only where it is from. The date is left to the event's
    heading where it is the event's."""
    write_letter(content, "event: letter-sent")
    # A quote beside the letter, not a passage of it (whose words would be in the letter).
    letter = content / "quotes" / "mps-letter.yaml"
    letter.write_text(letter.read_text().replace("Terminate the", "End the"), encoding="utf-8")
    for n in (1, 2):
        (content / "quotes" / f"mps-later{n}.yaml").write_text(
            f"id: mps-later{n}\ntext: Words said a day later, {n}\nspeaker: mps-group\n"
            "date: 2024-10-06\nevent: letter-sent\nsources: [oc-media-2024-10-07]\n",
            encoding="utf-8",
        )
    catalog = pipeline.validate(content, ROOT)
    page = untitled(render.render_site(catalog)["events/letter-sent.md"])
    assert "\nFrom [Caliber.Az, 5 October 2024](" in page and "One quote" not in page
    assert "\nTwo quotes said on 6 October 2024, from [OC Media, 7 October 2024](" in page
    assert "The next" not in page
    quotes = [q for q in catalog.quotes if q.id in ("mps-letter", "mps-terminate")]
    said = render.Page("events/letter-sent.md", catalog).all_from(quotes, whole_run=True)
    assert untitled(said) == (
        "All from [Caliber.Az, 5 October 2024](../sources/caliber-az-2024-10-05.md):"
    )


THREE_CHARGES = (
    "allegation: that the letter was organised, that it calls for war, and that aid enabled it"
)


def test_a_whole_texts_many_charges_are_a_list_under_a_lead_in_italics(content):
    """The MPs' letter's label was one italic sentence naming seven charges, twelve lines
    on a phone: more than two, only the label's lead is in italics and the charges are a
    list under it, each as the content words it, in the label's neutral words."""
    write_letter(content, "context: The whole letter, as one outlet prints it.", THREE_CHARGES)
    name_the_letter(content)
    page = rendered(content)["quotes/mps-letter.md"]
    assert "*Allegation (" not in page
    html = markdown.markdown(page.split("\n---\n", 1)[1], extensions=["attr_list", "tables"])
    lead = '<p id="allegations"><em>Allegations, for which the sources report no evidence:</em></p>'
    assert html.index("Dear Mr. Minister") < html.index(lead)
    listed = html.split(lead, 1)[1].split("</ul>", 1)[0]
    assert re.findall(r"<li>(.*?)</li>", listed) == [
        "that the letter was organised",
        "that it calls for war",
        "that aid enabled it",
    ]


def test_a_whole_texts_opening_says_its_charges_are_labelled_after_it(content):
    """Nothing near the top of the letter's page said that its charges are labelled after
    its long text: the context ends saying so, with a link to them; with no context, a
    line after the by-line does."""
    write_letter(content, "context: The whole letter, as one outlet prints it.", THREE_CHARGES)
    name_the_letter(content)
    page = rendered(content)["quotes/mps-letter.md"]
    note = (
        "Three charges this text makes, for which the sources report no evidence, are listed"
        " [after the text](#allegations)."
    )
    context = page.index("The whole letter, as one outlet prints it.")
    assert context < page.index(note) < page.index("## The whole text")
    write_letter(content, "allegation: that the letter was organised")
    page = rendered(content)["quotes/mps-letter.md"]
    note = (
        "A charge this text makes, for which the sources report no evidence, is named"
        " [after the text](#allegations)."
    )
    assert page.index("Written by [") < page.index(note) < page.index("> Dear Mr. Minister")
    # The label it links to, a sentence for one or two charges, carries the id.
    label = "*Allegation (that the letter was organised): the sources report no evidence for this.*"
    assert f"\n{label}\n{{: #allegations }}\n" in page
    # A text that makes no charge has no such line.
    write_letter(content)
    assert "(#allegations)" not in rendered(content)["quotes/mps-letter.md"]


def test_a_passages_one_or_two_charges_stay_one_line_under_its_words(content):
    write_quote(
        content,
        "mps-organised",
        "It was organised.",
        "letter-sent",
        "allegation: that the letter was organised, and that aid enabled it",
    )
    page = rendered(content)["quotes/mps-organised.md"]
    label = "*Allegation (that the letter was organised, and that aid enabled it): the sources"
    assert page.index("> It was organised.") < page.index(label)
    assert "(#allegations)" not in page  # a short passage needs no pointer to its label
    assert render.charges("that A, that B, and that C") == ["that A", "that B", "that C"]
