"""Source pages: what cites a source, apart from what only names it in its text; and
the line naming the source over quotes, not where a whole text's link names it."""

from __future__ import annotations

import re

import pytest

from generator import pipeline, render
from generator.fields import references_of

from .conftest import ROOT, untitled


@pytest.fixture(scope="module")
def catalog():
    return pipeline.validate(ROOT / "content", ROOT)


@pytest.fixture(scope="module")
def pages(catalog):
    return {path: untitled(text) for path, text in render.render_site(catalog).items()}


def _cites(record, source_id: str) -> bool:
    """Whether a `sources` field of the record (or of one of its entries) names the source."""
    return any(
        target == source_id and re.search(r"(?:^|\.)sources\[\d+\]$", path)
        for path, target, _ in references_of(record)
    )


@pytest.mark.first_episode
def test_a_source_is_listed_as_cited_only_by_records_whose_sources_name_it(catalog):
    """The list under 'Where this site uses it' held the records that linked a source in
    their text as well: the State Department's answer, whose date note links the report on
    Azerbaijani reactions, read as resting on that report, which it does not cite."""
    for source in catalog.sources:
        cited = catalog.cited_by.get(source.id, [])
        assert cited, source.id
        assert all(_cites(record, source.id) for record in cited), source.id
        named = [r for r in catalog.referrers.get(source.id, []) if r.kind != "source"]
        assert [r for r in named if _cites(r, source.id)] == cited, source.id
    reply = catalog.get("state-department-reply-2024-10")
    assert reply not in catalog.cited_by["mps-response-demarche"]
    assert reply in catalog.referrers["mps-response-demarche"]


@pytest.mark.first_episode
def test_a_source_page_lists_what_only_mentions_it_apart(pages):
    page = pages["sources/mps-response-demarche.md"]
    cites = page[page.index("## Where this site cites it") : page.index("## Also mentioned in")]
    also = page[page.index("## Also mentioned in") :]
    link = "(../events/state-department-reply-2024-10.md)"
    assert link not in cites
    # Mid-line after the colon: "Events: the State Department says...".
    assert "- Events: [the State Department says the US values its relationship" in also
    assert link in also
    # What cites it is still listed there, and only there.
    fazil = "(../events/fazil-mustafa-turan-remarks.md)"
    assert fazil in cites and fazil not in also


def _line_over_whole_text(page: str, whole: str) -> str:
    """The line over 'Read the whole text: [whole]', if any ('' where the text leads)."""
    at = page.index(f"Read the whole text: [{whole}]")
    before = page[:at].rstrip("\n").split("\n\n")[-1]
    return before if ".quote-versions" in before else ""


@pytest.mark.first_episode
def test_a_whole_text_whose_link_names_its_source_gets_no_line_naming_it_again(pages):
    """'All from [Gaya Mammadov’s commentary]:' stood over 'Read the whole text: [MP Gaya
    Mammadov’s commentary to AZERTAC]' and links to its passages: the source named twice in
    two lines. Where the line tells what the link does not (the MPs' letter, as Caliber.Az
    printed it), it stays."""
    whole = "MP Gaya Mammadov’s commentary to AZERTAC"
    for path in ("events/gaya-mammadov-azertac-commentary.md", "actors/gaya-mammadov.md"):
        assert _line_over_whole_text(pages[path], whole) == "", path
        assert "All from [Gaya Mammadov’s commentary]" not in pages[path], path
    # Where the passages are printed in full below it, the line counts them still.
    listing = pages["quotes/index.md"]
    assert _line_over_whole_text(listing, whole).startswith("All from [Gaya Mammadov’s")
    letter = "The MPs’ letter to the foreign minister"
    # Counted, in words or figures: a quote added to the letter changes the number.
    assert re.match(r"\w+ quotes from \[Caliber\.Az,", _line_over_whole_text(listing, letter))
    # Several quotes from one source under a speaker's name keep their line.
    assert (
        "All from [the report on Azerbaijani reactions]("
        in pages["events/fazil-mustafa-turan-remarks.md"]
    )


@pytest.mark.first_episode
def test_names_listed_after_a_colon_run_on_in_lower_case(pages):
    """A copy editor found "Groups of people: The Azerbaijani MPs who signed the appeal, the
    US senators..." on every source page and "More on this: The 2020 war over
    Nagorno-Karabakh, The events of September 2023" on the differences page: after a
    colon, a name that opens with an article runs on in lower case, like the rest."""
    source = pages["sources/caliber-az-2024-10-05.md"]
    assert "\n- Groups of people: [the Azerbaijani MPs who signed the appeal]" in source
    differences = pages["differences.md"]
    assert "More on this: [the 2020 war over Nagorno-Karabakh]" in differences
    for page in pages.values():
        assert not re.search(r"(?:More on this|Groups of people|People): \[(?:The|An?) ", page)
