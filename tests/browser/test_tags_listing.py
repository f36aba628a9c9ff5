"""The built tags page lists what it says it lists: actors among the agreements, events
and quotes, each under every tag its record carries."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.escape import line_start, typographic
from generator.pipeline import validate

from .conftest import CONTENT, ROOT


def _kinds(page: str) -> dict[str, list[tuple[str, list[tuple[str, str]]]]]:
    """By tag as the page names it: its folded list's kinds, each with the addresses
    and titles listed under it, in the page's order."""
    kinds: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {}
    for name, body in re.findall(
        r'<details class="tag-listing">\s*<summary>\s*<h2>\s*<span class="md-tag">([^<]+)</span>'
        r'.*?<ul id="tag:[^"]+">(.*?)</details>',
        page,
        flags=re.DOTALL,
    ):
        kinds[name] = [
            (kind, re.findall(r'<a href="(?:\.\./)?([^"]+)">\s*([^<]+?)\s*</a>', pages))
            for kind, pages in re.findall(r"<h3>([^<]+)</h3>\s*<ul>(.*?)</ul>", body, re.DOTALL)
        ]
    return kinds


def _listings(page: str) -> dict[str, set[str]]:
    """By tag as the page names it: the addresses its folded list links to."""
    return {
        name: {address for _, pages in kinds for address, _ in pages}
        for name, kinds in _kinds(page).items()
    }


@pytest.mark.first_episode
def test_every_tag_on_the_tags_page_lists_the_actors_that_carry_it(hosted_site: Path) -> None:
    page = (hosted_site / "tags" / "index.html").read_text(encoding="utf-8")
    assert "actors, agreements, events and quotes, grouped by topic" in page
    listed = _listings(page)
    catalog = validate(CONTENT, ROOT)
    names = {tag.tag: tag.name for tag in catalog.episode.tag_names}
    tagged = [actor for actor in catalog.actors if actor.tags]
    # Most actors with words of their own, or named by a tag, carry one.
    assert len(tagged) > 10, [actor.id for actor in tagged]
    for actor in tagged:
        for tag in actor.tags:
            name = typographic(names.get(tag) or line_start(tag))  # as pages show it
            assert f"actors/{actor.id}/" in listed[name], (name, actor.id)


KINDS = {"Events": "events/", "Quotes": "quotes/", "Actors": "actors/"}
KINDS |= {"Agreements": "agreements/", "Sources": "sources/"}


@pytest.mark.first_episode
def test_an_opened_tag_lists_its_pages_under_a_heading_for_each_kind(hosted_site: Path) -> None:
    """One list of 35 titles under "Reactions" ran people, parties, events and quotes
    together with nothing to tell them apart: each kind has its heading."""
    page = (hosted_site / "tags" / "index.html").read_text(encoding="utf-8")
    kinds = _kinds(page)
    assert len(kinds) > 10, list(kinds)
    for name, groups in kinds.items():
        shown = [kind for kind, _ in groups]
        # Only the kinds the tag has, each once, in the site's order.
        assert shown == [kind for kind in KINDS if kind in shown], (name, shown)
        for kind, pages in groups:
            addresses = [address for address, _ in pages]
            assert addresses, (name, kind)
            assert all(a.startswith(KINDS[kind]) for a in addresses), (name, kind, addresses)
            titles = [title for _, title in pages]  # within a kind, whatever the case
            assert titles == sorted(titles, key=str.casefold), (name, kind, titles)
    reactions = [kind for kind, _ in kinds["Reactions"]]
    assert reactions == ["Events", "Quotes", "Actors"], reactions
    assert any(len(groups) == 1 for groups in kinds.values())  # one kind, its heading alone


@pytest.mark.first_episode
def test_the_offline_bundles_tags_page_groups_by_kind_too(offline_bundle) -> None:
    """Offline, a page's address is "events/x.html", not "events/x/": still known by kind."""
    page = (offline_bundle.folder / "tags.html").read_text(encoding="utf-8")
    kinds = _kinds(page)
    assert [kind for kind, _ in kinds["Reactions"]] == ["Events", "Quotes", "Actors"]
    assert all(a.endswith(".html") for _, pages in kinds["Reactions"] for a, _ in pages)
    assert "Other pages" not in page
