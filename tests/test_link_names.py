"""A link's name says where it leads: a screen reader's list of a page's links read
"Quote page, Quote page, ..." (six on Fazil Mustafa's page), each to another quote.
On every generated page, no two links with the same name lead to different pages."""

from __future__ import annotations

import html
import posixpath
import re
from collections import defaultdict

import pytest

from generator import pipeline, render

from .conftest import FIXTURE_CONTENT, ROOT

# A Markdown link: its text (brackets in it escaped, or one level nested, as an SVG's
# <title> in a link) and its target; an image's "![" is not one.
_LINK = re.compile(
    r'(?<![\\!])\[((?:\\.|[^\\\[\]]|\[(?:\\.|[^\\\]])*\])*)\]\(([^ )]*)(?: "[^"]*")?\)'
)


def name(text: str) -> str:
    """A link's name as assistive tech reads it: its words, hidden ones too, without markup."""
    words = re.sub(r"\\(.)", r"\1", re.sub(r"<[^>]+>", "", text))
    return " ".join(html.unescape(words).split())


def names_for_pages(path: str, markdown: str) -> dict[str, set[str]]:
    """Where each link name of the page at `path` leads, as "page#fragment"; names in
    lower case: a screen reader's list of links reads "Rejects it" as "rejects it"."""
    found: dict[str, set[str]] = defaultdict(set)
    for match in _LINK.finditer(markdown):
        target, _, fragment = match.group(2).partition("#")
        page = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
        found[name(match.group(1)).lower()].add(f"{page if target else path}#{fragment}")
    return found


@pytest.mark.parametrize("content", [ROOT / "content", FIXTURE_CONTENT], ids=["episode", "fixture"])
def test_no_two_links_of_one_page_with_one_name_lead_to_different_pages(content):
    pages = render.render_site(pipeline.validate(content, ROOT))
    shared = {
        (path, link): sorted(targets)
        for path, markdown in pages.items()
        if path.endswith(".md")
        for link, targets in names_for_pages(path, markdown).items()
        if len(targets) > 1
    }
    assert not shared


@pytest.mark.first_episode
def test_a_quote_page_link_is_named_by_its_quote_and_shows_the_short_label():
    pages = render.render_site(pipeline.validate(ROOT / "content", ROOT))
    page = pages["actors/fazil-mustafa.md"]
    links = names_for_pages("actors/fazil-mustafa.md", page)
    assert links["quote page (mustafa: “this threatening move”)"] == {
        "quotes/mustafa-threatening-move.md#"
    }
    assert "quote page" not in links
    # What the page shows stays "Quote page": the rest is for assistive tech only.
    assert '[Quote page<span class="visually-hidden"> &#40;Mustafa: ' in page
    speakers = names_for_pages("quotes/index.md", pages["quotes/index.md"])
    # One man's page is named by him, not "their page", which a group's still is.
    assert speakers["the page on ilham aliyev"] == {"actors/ilham-aliyev.md#"}
    assert "their page (ilham aliyev)" not in speakers
    assert speakers["their page (the azerbaijani mps who signed the appeal)"] == {
        "actors/azerbaijani-mps-43.md#"
    }
