"""The differences page's overview tables as a phone reader sees them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

OVERVIEW = """() => [...document.querySelectorAll('article table')]
  .filter(table => table.querySelector('td:first-child > a[href^="#"]'))
  .map(table => ({
    header: table.querySelector('thead').getBoundingClientRect().height,
    named: [...table.querySelectorAll('thead th')].map(th => th.textContent.trim()),
  }))"""


@pytest.mark.parametrize("width", (1280, 390))
def test_on_a_phone_the_overview_of_the_differences_shows_no_header_box(
    reader, hosted_site, serve, width
) -> None:
    """Stacked on a phone, each overview's header row ('Point', 'In short') stood as a
    box of its own over the first point: two labels, one above the other, for what is
    one column there. It is hidden there (screen readers still read it); on a wide
    screen the two columns keep their header."""
    page = reader.page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(serve(hosted_site) + "differences/")
    tables = page.evaluate(OVERVIEW)
    assert len(tables) >= 2, tables
    for table in tables:
        assert table["named"] == ["Point", "In short"], table
        if width < 600:
            assert table["header"] <= 1, table
        else:
            assert table["header"] > 20, table
    reader.assert_quiet()
