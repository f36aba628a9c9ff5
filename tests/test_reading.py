"""Prose reads as written: its paragraphs survive, and a record is linked once."""

from __future__ import annotations

import pytest

from generator import build, render, yamlio
from generator.escape import prose

from .conftest import FIXTURE_CONTENT, ROOT

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
    event = content / "events" / "letter-sent.yaml"
    text = event.read_text(encoding="utf-8")
    head, _, tail = text.partition("summary:")
    rest = tail.split("\n", 1)[1]
    while rest.startswith("  "):  # drop the old summary's lines
        rest = rest.split("\n", 1)[1]
    summary = "summary: >-\n  The letter went out.\n\n  Nobody answered it that week.\n"
    event.write_text(head + summary + rest, encoding="utf-8")
    page = render.render_site(build.validate(content, ROOT))["events/letter-sent.md"]
    assert "\nThe letter went out.\n\nNobody answered it that week.\n" in page


def test_in_a_table_cell_paragraphs_are_joined():
    catalog = build.validate(FIXTURE_CONTENT, ROOT)
    page = render.Page("differences.md", catalog)
    assert page.prose_line("One.\n\nTwo.") == "One. Two."
