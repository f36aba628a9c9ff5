"""What a screen reader reads, as Chromium computes it, against what the page shows: a
link's name says which quote it leads to where the page shows the short "Quote page";
the home page's glance is a titled list, its dots seen but not read."""

from __future__ import annotations

import itertools

import pytest

pytestmark = pytest.mark.browser

VIEWS = list(itertools.product((1280, 390), ("light", "dark")))


def opened(reader, url: str, width: int, scheme: str):
    """The reader's page at `width` px in `scheme`, showing `url`."""
    page = reader.page
    page.set_viewport_size({"width": width, "height": 900})
    page.emulate_media(color_scheme=scheme)
    page.goto(url)
    return page


@pytest.mark.parametrize(("width", "scheme"), VIEWS)
def test_a_quote_page_link_shows_its_label_and_is_named_by_its_quote(
    reader, hosted_site, serve, width, scheme
) -> None:
    page = opened(reader, serve(hosted_site) + "actors/fazil-mustafa/", width, scheme)
    named = "Quote page (Mustafa: “This threatening move”)"
    link = page.get_by_role("link", name=named, exact=True)
    assert link.count() == 1
    # What the page shows: the label; the rest, a box of 1 px, clipped.
    assert link.evaluate("a => a.firstChild.textContent") == "Quote page"
    assert page.get_by_role("link", name="Quote page", exact=True).count() == 0
    hidden = link.locator(".visually-hidden").bounding_box()
    assert hidden is not None and hidden["width"] <= 1 and hidden["height"] <= 1
    reader.assert_quiet()


@pytest.mark.parametrize(("width", "scheme"), VIEWS)
def test_the_home_glance_is_a_heading_and_a_list_to_a_screen_reader(
    reader, hosted_site, serve, width, scheme
) -> None:
    """A screen reader read the glance straight on from the lede, each "·" as "dot"."""
    page = opened(reader, serve(hosted_site) + "", width, scheme)
    title = page.get_by_role("heading", name="Who is for and against what", level=2)
    assert title.count() == 1 and title.evaluate("e => e.tagName") == "P"
    rows = page.get_by_role("list").filter(has=page.locator(".glance"))
    tree = rows.aria_snapshot()
    assert tree.count("- listitem:") == 5 and "·" not in tree, tree
    assert "The 1997 declaration , The 2013 agreement" in tree, tree
    # The page's contents (Material's table of contents) list no such heading.
    assert "Who is for" not in page.locator(".md-nav--secondary").first.inner_text()
    # The dots are seen: they are hidden from assistive tech only.
    assert rows.inner_text().count(" · ") == 3
    reader.assert_quiet()
