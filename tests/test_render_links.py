"""Links between pages are relative to the page that makes them."""

from __future__ import annotations

from generator import pipeline, render

from .conftest import FIXTURE_CONTENT, ROOT


def test_a_link_is_relative_to_its_page_and_empty_to_the_page_itself():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    assert render.Page("events/letter-sent.md", catalog).link("letter-sent").endswith("]()")
    neighbour = render.Page("events/declaration-signed.md", catalog).link("letter-sent")
    assert neighbour.startswith("[The MPs sign their appeal](letter-sent.md ")
    home = render.Page("index.md", catalog).link("letter-sent", titled=False)
    assert home.endswith("](events/letter-sent.md)")
    assert render.Page("quotes/by-event.md", catalog).link("letter-sent", "the letter", False) == (
        "[the letter](../events/letter-sent.md)"
    )
