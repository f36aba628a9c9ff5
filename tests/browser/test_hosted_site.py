"""The hosted build as a reader meets it over http: search, cross-links, nothing outside."""

from __future__ import annotations

import pytest

from .reading import actor_to_agreement, is_styled, open_first_result, search, walk

pytestmark = pytest.mark.browser


def test_search_finds_bayramov_and_opens_a_result(reader, hosted_site, serve) -> None:
    base = serve(hosted_site)
    reader.page.goto(base)
    assert is_styled(reader.page)

    found = search(reader.page, "Bayramov")
    assert found.count > 0

    opened = open_first_result(reader.page)
    assert opened.startswith(base) and opened != base
    assert reader.page.locator("article h1").first.inner_text().strip()
    assert "bayramov" in reader.page.locator("article").inner_text().lower()
    reader.assert_quiet()


def test_actor_page_links_through_to_an_agreement(
    reader, hosted_site, serve, built_project
) -> None:
    base = serve(hosted_site)
    route = actor_to_agreement(built_project.files)
    titles = walk(reader.page, base, route, directory_urls=True)
    assert all(title.strip() for title in titles), titles
    reader.assert_quiet()
