"""What a screen reader reads, as Chromium computes it, against what the page shows: a
link's name says which quote it leads to where the page shows the short "Quote page"."""

from __future__ import annotations

import itertools

import pytest

pytestmark = pytest.mark.browser

VIEWS = list(itertools.product((1280, 390), ("light", "dark")))


@pytest.mark.parametrize(("width", "scheme"), VIEWS)
def test_a_quote_page_link_shows_its_label_and_is_named_by_its_quote(
    reader, hosted_site, serve, width, scheme
) -> None:
    page = reader.page
    page.set_viewport_size({"width": width, "height": 900})
    page.emulate_media(color_scheme=scheme)
    page.goto(serve(hosted_site) + "actors/fazil-mustafa/")
    named = "Quote page (Mustafa: “This threatening move”)"
    link = page.get_by_role("link", name=named, exact=True)
    assert link.count() == 1
    # What the page shows: the label; the rest, a box of 1 px, clipped.
    assert link.evaluate("a => a.firstChild.textContent") == "Quote page"
    assert page.get_by_role("link", name="Quote page", exact=True).count() == 0
    hidden = link.locator(".visually-hidden").bounding_box()
    assert hidden is not None and hidden["width"] <= 1 and hidden["height"] <= 1
    reader.assert_quiet()
