"""Typographic quote marks in the site's own words, never in a quote's.

Prose and titles written in content have straight marks; readers see “ ”, ‘ ’ and
the apostrophe ’ where the rule (escape.typographic) is sure of the mark. A quote's
words, a web address, a link's title (an HTML attribute), front matter and JSON-LD
keep the marks as written; but a quote's words set in the site's double marks have
their own double marks made single (escape.nested).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import meta, pipeline, render, timeline_svg, urls
from generator.escape import inline, marked, nested, prose, typographic

from .conftest import ROOT, rendered, untitled, write_quote


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ('the "Joint Declaration" signed in 1997', "the ‘Joint Declaration’ signed in 1997"),
        ('"one" and "two"', "‘one’ and ‘two’"),
        ("don't, the MPs' 'word'", "don't, the MPs' 'word'"),  # single marks as written
        ('a 12" record', 'a 12" record'),  # no pair: as written
        ('"never closed', '"never closed'),
    ],
)
def test_a_quotations_own_double_marks_become_single_ones(written, shown):
    """Inside the site's double marks, “… the "Joint Declaration" …” read as one
    quotation closed and another opened (see escape.nested)."""
    assert nested(written) == shown
    assert len(nested(written)) == len(written)


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ('to free "all political prisoners" before', "to free “all political prisoners” before"),
        ("the MPs' appeal and Azerbaijan's answer", "the MPs’ appeal and Azerbaijan’s answer"),
        ("he called it 'dirty'.", "he called it ‘dirty’."),
        ("'the MPs' appeal'", "‘the MPs’ appeal’"),  # a closing mark or apostrophe: ’ alike
        ('"one" and "two"', "“one” and “two”"),
        ('("quoted"), "said"; "asked"?', "(“quoted”), “said”; “asked”?"),
        ("\"'Halt,' they wrote\"", "“‘Halt,’ they wrote”"),
        # An omission in single marks: both curl, as a pair ('...' stood straight, then ’).
        ("the '...' stands for a dash", "the ‘...’ stands for a dash"),
        ("the '\u2026' stands for a dash", "the ‘\u2026’ stands for a dash"),
        # What a mark is, its place does not say: left as written, not guessed.
        ("the '90s", "the '90s"),
        ('a 12" record', 'a 12" record'),
        ('a 12" record and "this"', 'a 12" record and “this”'),
        ('"never closed', '"never closed'),
        ("an 'em alone", "an 'em alone"),
        ('onclick="alert(1)"', 'onclick="alert(1)"'),
        ('""', '""'),
    ],
)
def test_straight_marks_become_typographic_where_their_place_is_unambiguous(written, shown):
    assert typographic(written) == shown
    assert len(typographic(written)) == len(written)  # one character for each
    assert typographic(shown) == shown


def test_a_link_target_is_left_as_written_and_its_words_made_typographic():
    written = '"[[mps-group]]" and [[mps-group|the "MPs\' letter"]]\'s call'
    assert typographic(written) == "“[[mps-group]]” and [[mps-group|the “MPs’ letter”]]’s call"
    assert typographic("[[it's]]") == "[[it's]]"  # a target, however malformed


def test_prose_and_inline_make_marks_typographic_unless_verbatim():
    def link(target, label):
        return f"[{label or target}]({target}.md)"

    text = 'The MPs\' "appeal" to [[bayramov|the minister\'s office]].\n\n"Next" one.'
    assert prose(text, link) == (
        "The MPs’ “appeal” to [the minister’s office](bayramov.md).\n\n“Next” one."
    )
    assert prose(text, link, verbatim=True) == (
        'The MPs\' "appeal" to [the minister\'s office](bayramov.md).\n\n"Next" one.'
    )
    assert inline("Azerbaijan's") == "Azerbaijan’s"
    assert inline("Azerbaijan's", verbatim=True) == "Azerbaijan's"
    versions = ['He said "drafting"', 'He said "drafting the letter"']
    assert marked(versions) == ["He said “drafting”", "He said “drafting <mark>the letter</mark>”"]
    assert marked(versions, verbatim=True)[1] == 'He said "drafting <mark>the letter</mark>"'


def _site(content: Path) -> dict[str, str]:
    return rendered(content)


def _set(path: Path, field: str, value: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.startswith(f"{field}:")]
    path.write_text("\n".join(kept) + f"\n{field}: {value}\n", encoding="utf-8")


def test_pages_show_prose_and_titles_with_typographic_marks(content: Path) -> None:
    _set(content / "events" / "letter-sent.yaml", "title", 'The MPs\' "appeal" is signed')
    pages = _site(content)
    home = untitled(pages["index.md"])
    assert "*Test content for the generator’s golden tree*" in home  # tagline
    assert "had called a US letter “a dirty appeal” the day before" in home  # lede
    event = pages["events/letter-sent.md"]
    assert "\n# The MPs’ “appeal” is signed\n" in event
    quote = pages["quotes/aliyev-dirty-appeal.md"]
    assert "Said before parliament, about the US lawmakers’ letter." in quote  # context
    # Links read as the title does.
    assert "[The MPs’ “appeal” is signed](" in pages["timeline.md"]
    # The timeline drawing too, at every width.
    drawing = timeline_svg.graphic(pipeline.validate(content, ROOT), urls.HOME)
    assert "The MPs’ “appeal” is signed" in drawing
    assert "MPs&#39;" not in drawing and "&#34;appeal&#34;" not in drawing


def test_a_quote_keeps_its_marks_as_the_source_gives_them(content: Path) -> None:
    """But for one: set in the site's double marks in a list or its page's heading, a
    quote's own double marks are single, “… ‘that’ …”, whose straight ones read as
    closing the quotation."""
    verbatim = "'We don't accept \"that\" letter,' the MPs' answer read"
    write_quote(content, "mps-answer", f">-\n  {verbatim}", "letter-sent")
    pages = _site(content)
    own = pages["quotes/mps-answer.md"]
    assert f"\n> {verbatim}\n" in own  # its words
    inner = verbatim.replace('"that"', "‘that’")
    assert f"“{inner[:40]}" in own.split("\n# ", 1)[1].split("\n", 1)[0]  # its heading
    listed = [page for path, page in pages.items() if f"> “{inner}”" in page]
    assert "quotes/by-event.md" in {path for path, page in pages.items() if page in listed}
    assert not any("don’t accept" in page or "“that”" in page for page in pages.values())


def test_a_web_address_and_a_titles_data_keep_straight_marks_descriptions_curl_them(
    content: Path,
) -> None:
    source = content / "sources" / "oc-media-2024-10-07.yaml"
    _set(source, "url", "https://example.org/the-mps'-'appeal'")
    _set(source, "title", '"MPs\' demand: \\"cut ties\\""')
    _set(content / "events" / "letter-sent.yaml", "brief", "The MPs' appeal")
    pages = _site(content)
    page = pages["sources/oc-media-2024-10-07.md"]
    assert "Web address: https://example.org/the-mps'-'appeal'" in page
    # The headline in quote marks, its own double quotes made single.
    assert "\n# “MPs’ demand: ‘cut ties’”\n" in page
    front = page.split("\n---\n", 1)[0]
    # The JSON-LD's name and headline are the title as written; the description, read
    # by people in a share card or a search result, is typographic as the page is.
    assert '"headline": "MPs\' demand: \\"cut ties\\""' in front
    assert (
        'description: "News report, OC Media, 7 October 2024: “MPs’ demand: ‘cut ties’”"' in front
    )
    # A link's title, shown on hover and focus, is meta.describe's, typographic too.
    catalog = pipeline.validate(content, ROOT)
    event = catalog.get("letter-sent")
    title = render.link_title(catalog, event)
    assert title == render.inline(meta.describe(event, catalog), False, True).replace('"', "&#34;")
    assert "MPs’ appeal" in title and "'" not in title
    assert f'"{title}")' in pages["index.md"]
