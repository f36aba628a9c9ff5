"""Quotes marked as allegations carry their label wherever they are shown; a document is
linked from listings rather than printed, and its passages point back to it."""

from __future__ import annotations

from generator import wording

from .conftest import rendered, write_letter, write_quote

LABEL = "the sources report no evidence for this"


def _mark(content, quote_id, *lines):
    path = content / "quotes" / f"{quote_id}.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "".join(f"{x}\n" for x in lines))


def test_the_allegation_label_is_on_the_quote_page_and_in_every_listing(content):
    _mark(content, "aliyev-dirty-appeal", "allegation: that <b>someone</b> wrote it")
    pages = rendered(content)
    showing = [
        name
        for name, text in pages.items()
        if name.endswith(".md") and "This morning, I glanced" in text
    ]
    assert {"quotes/aliyev-dirty-appeal.md", "quotes/index.md", "actors/ilham-aliyev.md"} <= set(
        showing
    )
    for name in showing:
        assert LABEL in pages[name], name
        assert "<b>" not in pages[name], name  # content stays text
    assert LABEL not in pages["quotes/mps-terminate.md"]


def test_a_document_is_linked_in_listings_and_its_passages_point_to_it(content):
    write_letter(content)
    _mark(content, "mps-terminate", "part_of: mps-letter")
    pages = rendered(content)
    listing = pages["quotes/index.md"]
    assert "Dear Mr. Minister" not in listing
    link = "[The MPs’ letter to the foreign minister](mps-letter.md"
    title = "Azerbaijani MPs who signed the appeal, 5 October 2024: the whole text"
    line = next(x for x in listing.splitlines() if link in x)
    assert line.startswith(f'Read the whole text: {link} "{title}") (5 October 2024 · ')
    # Its attribution does not link the same page a second time.
    assert "Source: [" in line and "Quote page" not in line
    assert "# The MPs’ letter to the foreign minister" in pages["quotes/mps-letter.md"]
    assert "Dear Mr. Minister" in pages["quotes/mps-letter.md"]
    # A whole text that makes a charge holds an allegation; it is not one.
    letter = content / "quotes" / "mps-letter.yaml"
    letter.write_text(
        letter.read_text(encoding="utf-8") + "allegation: that the letter was organised\n",
        encoding="utf-8",
    )
    listing = rendered(content)["quotes/index.md"]
    held = f"{title} &#40;it makes a charge the sources report no evidence for&#41;"
    assert f'{link} "{held}")' in listing
    assert "A passage of [the MPs’ letter" in pages["quotes/mps-terminate.md"]
    assert '(mps-letter.md "' in pages["quotes/mps-terminate.md"]


def test_a_document_page_says_who_wrote_it_in_a_plain_line_and_its_charges_after_its_text(
    content,
):
    """A whole text's page opens with a plain line (no dash under no quotation) of who
    wrote it, to whom, when, at which event and which sources print it; the charges it
    makes follow its text, which they are about."""
    write_letter(
        content,
        "addressee: jeyhun-bayramov",
        "event: letter-sent",
        "allegation: that the letter was organised",
    )
    _mark(content, "mps-terminate", "part_of: mps-letter")  # its words are in the letter
    page = rendered(content)["quotes/mps-letter.md"]
    line = next(x for x in page.splitlines() if x.startswith("Written "))
    # Its addressee first: "the MPs who signed the appeal to Bayramov" would read as
    # one name.
    assert line.startswith("Written to [Jeyhun Bayramov](")
    assert " by [Azerbaijani MPs who signed the appeal](" in line
    assert "appeal](../actors/mps-group.md" in line
    # The event is named as one, as the source is: a bare title between dots read as
    # part of who wrote it.
    assert ", 5 October 2024 · Event: [" in line
    assert "(../events/letter-sent.md" in line
    assert " · Source: [Caliber.Az, 5 October 2024](../sources/caliber-az-2024-10-05.md" in line
    assert "\n— " not in page
    allegation = f"*Allegation (that the letter was organised): {LABEL}.*"
    assert page.index("> Dear Mr. Minister") < page.index(allegation)
    assert page.index(line) < page.index("> Dear Mr. Minister")


def test_an_agreement_page_shows_the_passage_on_it_not_the_whole_document(content):
    write_letter(content, "agreements: [joint-declaration-1997]")

    def shown() -> str:  # the page above its lists of events and sources
        page = rendered(content)
        return page["agreements/joint-declaration-1997.md"].split("\n## Events", 1)[0]

    # First a letter none of whose passages is quoted on its own (a quote whose words
    # are in the letter must name it in part_of).
    letter = content / "quotes" / "mps-letter.yaml"
    written = letter.read_text(encoding="utf-8")
    letter.write_text(written.replace("Terminate the", "End the"), encoding="utf-8")
    assert "(../quotes/mps-letter.md" in shown()
    letter.write_text(written, encoding="utf-8")
    _mark(content, "mps-terminate", "part_of: mps-letter")
    assert "(../quotes/mps-terminate.md" in shown()
    assert "(../quotes/mps-letter.md" not in shown()


def test_a_listed_whole_text_is_a_pointer_to_it_without_the_label_of_its_charge(content):
    write_letter(content, "event: letter-sent", "allegation: that the letter was organised")
    _mark(content, "mps-terminate", "part_of: mps-letter")
    pages = rendered(content)
    listings = ["quotes/index.md", "quotes/by-event.md", "events/letter-sent.md"]
    for name in [*listings, "actors/mps-group.md"]:
        page = pages[name]
        lines = page.splitlines()
        at = next(i for i, x in enumerate(lines) if "mps-letter.md" in x)
        line = lines[at]
        assert line.startswith("Read the whole text: [The MPs’ letter to the foreign minister]")
        # When and where it was printed: once, over it and the passage listed after
        # it, which share them, not in brackets on its line.
        said = "All from [Caliber.Az, 5 October 2024]("
        assert lines[at - 3].startswith(said), name
        assert lines[at - 2] == "{: .quote-versions }", name
        assert ") (" not in line and "Source:" not in line, name
        # Its own page carries the label; the link's title says it makes a charge.
        assert "that the letter was organised" not in page, name


def test_a_passage_after_its_listed_whole_text_spells_out_their_shared_charge(content):
    charge = "allegation: that the letter was organised"
    write_letter(content, "event: letter-sent", charge)
    _mark(content, "mps-terminate", "part_of: mps-letter", charge)
    listing = rendered(content)["quotes/index.md"]
    assert listing.index("Read the whole text: [") < listing.index("Terminate the agreements")
    assert "*Allegation (that the letter was organised): the sources" in listing
    assert "the same as above" not in listing


def test_an_events_or_speakers_page_links_a_whole_texts_passages_under_its_line(content):
    """On an event's page and on its speaker's, the passages of a whole text listed
    there are links by their short names under the line that links the whole, not
    their words printed again one by one: the MPs' letter's ten passages made its
    event's page 7,000 px tall on a phone. A passage that makes a charge says so on
    its line; no count of quotes stands over a list that prints none."""
    write_letter(content, "event: letter-sent")
    _mark(content, "mps-terminate", "part_of: mps-letter", "allegation: that someone wrote it")
    pages = rendered(content)
    for name in ["events/letter-sent.md", "actors/mps-group.md"]:
        page = pages[name]
        lines = page.splitlines()
        at = next(i for i, x in enumerate(lines) if x.startswith("Read the whole text: ["))
        assert lines[at].endswith(", or these passages of it, each on a page of its own:")
        assert lines[at + 3].startswith(
            "- [The MPs’ demand to end the agreements](../quotes/mps-terminate.md"
        ), name
        assert lines[at + 3].endswith(") *(an allegation: the sources report no evidence for it)*")
        assert "> “Terminate the agreements" not in page, name
        assert lines[at - 3].startswith("All from [Caliber.Az, 5 October 2024]("), name
    # The quotes listings print every quote's words.
    assert "> “Terminate the agreements" in pages["quotes/index.md"]


def test_a_whole_texts_page_lists_its_passages_in_its_order_not_as_mentions(content):
    """Its passages are excerpts of it: listed under a heading of their own, in the
    order of the text, not under "Also mentioned in" as records that name it."""
    write_letter(content, "event: letter-sent")
    terminate = content / "quotes" / "mps-terminate.yaml"
    terminate.write_text(terminate.read_text() + "part_of: mps-letter\n", encoding="utf-8")
    write_quote(content, "z-dear", "Dear Mr. Minister", "letter-sent", "part_of: mps-letter")
    page = rendered(content)["quotes/mps-letter.md"]
    passages = page[page.index("## Its passages quoted on their own") :]
    assert passages.index("(z-dear.md") < passages.index("(mps-terminate.md")  # the text's order
    assert (
        "## Also mentioned in" not in page or "z-dear" not in page.split("## Also mentioned in")[1]
    )


def test_a_name_after_others_in_a_line_takes_a_small_article():
    assert wording.mid_line("An unnamed State Department spokesperson") == (
        "an unnamed State Department spokesperson"
    )
    assert wording.mid_line("The MPs") == "the MPs" and wording.mid_line("Antony Blinken") == (
        "Antony Blinken"
    )
