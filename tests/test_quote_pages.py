"""A quote's page opens with what a reader needs first: a whole text with what it is,
a word or two with what they are about; its by-line names each party once."""

from __future__ import annotations

import re

from generator import build, meta, render

from .conftest import ROOT, write_letter


def _pages(content):
    return render.render_site(build.validate(content, ROOT))


def _untitled(markdown: str) -> str:
    return re.sub(r' "[^"]*"\)', ")", markdown)


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
    page = _pages(content)["quotes/mps-letter.md"]
    order = [
        "— [Azerbaijani MPs who signed the appeal]",
        "\n## Context\n\nThe whole letter, as one outlet prints it.",
        "\n## The whole text\n",
        "*Allegation (that the letter was organised)",
        "> Dear Mr. Minister,",
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
    page = _pages(content)["quotes/aliyev-dirty.md"]
    body = page[page.index("\n# ") :]
    about = body.index("The word the president chose for the US lawmakers' letter. He said")
    assert about < body.index("> dirty") < body.index("— [Ilham Aliyev]")
    assert "## Context" not in body  # said once, first
    # A longer passage keeps its words first and its context below them.
    passage = _pages(content)["quotes/aliyev-dirty-appeal.md"]
    assert passage.index("> This morning") < passage.index("## Context")


def test_the_by_line_names_an_addressee_the_speakers_name_does_not(content):
    by_line = "— [Azerbaijani MPs who signed the appeal](../actors/mps-group.md), to [Jeyhun"
    assert by_line in _untitled(_pages(content)["quotes/mps-terminate.md"])
    group = content / "actors" / "mps-group.yaml"
    _replace(group, "who signed the appeal\n", "who wrote to Bayramov\n")
    page = _untitled(_pages(content)["quotes/mps-terminate.md"])
    assert "— [Azerbaijani MPs who wrote to Bayramov](../actors/mps-group.md), 5 October" in page
    assert ", to [Jeyhun" not in page
    # Another name of the addressee counts too; a name inside a word does not.
    _replace(group, "wrote to Bayramov", "wrote to Ceyhun Bayramov")
    assert ", to [Jeyhun" not in _pages(content)["quotes/mps-terminate.md"]
    _replace(group, "wrote to Ceyhun Bayramov", "wrote to Bayramovs")
    assert ", to [Jeyhun" in _pages(content)["quotes/mps-terminate.md"]


def test_straight_quote_marks_in_a_title_are_printed_curly(content):
    assert meta.typographic('Aliyev: "a dirty appeal"') == "Aliyev: “a dirty appeal”"
    assert meta.typographic('"one" and "two"') == "“one” and “two”"
    assert meta.typographic('a 12" record') == 'a 12" record'  # no pair: as written
    quote = content / "quotes" / "aliyev-dirty-appeal.yaml"
    _replace(quote, "speaker:", "title: 'aliyev: \"a <b>dirty</b> appeal\"'\nspeaker:")
    pages = _pages(content)
    assert (
        "\n# Aliyev: “a &#60;b&#62;dirty&#60;/b&#62; appeal”\n"
        in pages["quotes/aliyev-dirty-appeal.md"]
    )
    assert "[aliyev: “a &#60;b&#62;dirty" in pages["sources/oc-media-2024-10-07.md"]
