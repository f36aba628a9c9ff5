"""A record page shows which part of the site the reader is in.

Record pages (an actor, agreement, event, quote or source) are outside the nav
(mkdocs.yml `not_in_nav`), so Material lit no tab on them and the phone drawer
marked nothing: a reader who came from a link could not tell where they were.
overrides/hooks/record_section.py makes the record's section active while the
page renders: its tab is lit, the drawer marks it (Agreements) or opens it
(Quotes), and a trail above the heading links to its list page. The state must
not carry over to the next page rendered.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.browser

# Folder -> the tab (and trail) a record page in it belongs to.
SECTIONS = {
    "actors": "Actors",
    "agreements": "Agreements",
    "events": "Events",
    "quotes": "Quotes",
    "sources": "Sources",
}
ACTIVE_TAB = ".md-tabs__item--active .md-tabs__link"
# Material's drawer: the top-level item for the page's section.
ACTIVE_ITEM = ".md-nav--primary > .md-nav__list > .md-nav__item--active"


def _nav_pages() -> set[str]:
    """The Markdown files mkdocs.yml's nav lists."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = text.split("\nnav:\n", 1)[1].split("\n\n", 1)[0]
    return set(re.findall(r":\s+(\S+\.md)\s*$", nav, re.M))


def _records(files: dict[str, str]) -> dict[str, str]:
    """Folder -> the first record page in it, as a path under docs/."""
    in_nav = _nav_pages()
    first: dict[str, str] = {}
    for path in sorted(files):
        folder, _, name = path.partition("/")
        if folder in SECTIONS and name.endswith(".md") and "/" not in name and path not in in_nav:
            first.setdefault(folder, path)
    assert set(first) == set(SECTIONS), first
    return first


def _address(path: str) -> str:
    return path.removesuffix(".md") + "/"


def _tab(page) -> str:
    tabs = page.locator(ACTIVE_TAB)
    assert tabs.count() == 1, f"{tabs.count()} active tabs"
    return tabs.inner_text().strip()


@pytest.mark.parametrize("folder", sorted(SECTIONS))
def test_a_record_page_lights_its_sections_tab_and_links_back_to_it(
    reader, hosted_site, serve, built_project, folder
) -> None:
    section = SECTIONS[folder]
    record = _address(_records(built_project.files)[folder])
    page = reader.page
    base = serve(hosted_site)
    page.goto(base + record)
    assert _tab(page) == section, record
    # The trail above the heading, before the page's own words.
    trail = page.locator("article nav.record-trail a")
    assert trail.count() == 1 and trail.inner_text().strip() == section
    before = "t => !!(t.compareDocumentPosition(document.querySelector('article h1')) & 4)"
    assert trail.evaluate(before), "the trail is not above the heading"
    trail.click()
    page.wait_for_load_state()
    assert page.url == base + f"{folder}/", page.url
    assert _tab(page) == section  # the list page itself, as before
    assert page.locator("nav.record-trail").count() == 0
    reader.assert_quiet()


@pytest.mark.parametrize("folder", sorted(SECTIONS))
def test_on_a_phone_the_drawer_shows_the_records_section(
    reader, hosted_site, serve, built_project, folder
) -> None:
    section = SECTIONS[folder]
    page = reader.page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(serve(hosted_site) + _address(_records(built_project.files)[folder]))
    page.click("header label[for=__drawer]")
    page.wait_for_timeout(400)
    item = page.locator(ACTIVE_ITEM)
    assert item.count() == 1
    if item.locator("nav").count():  # a section (Quotes): the drawer opens on it
        title = item.locator("nav > label.md-nav__title")
        assert title.is_visible() and title.inner_text().strip() == section
    else:  # a page (Agreements): marked in the drawer's list, in the link colour
        link = item.locator("> a.md-nav__link")
        assert link.is_visible() and link.inner_text().strip() == section
        other = page.locator(".md-nav--primary > .md-nav__list > li:not(.md-nav__item--active) > a")
        colour = "e => getComputedStyle(e).color"
        assert link.evaluate(colour) != other.first.evaluate(colour)
    reader.assert_quiet()


def test_home_and_the_list_pages_keep_their_own_tab(reader, hosted_site, serve) -> None:
    page = reader.page
    base = serve(hosted_site)
    for address, tab in [
        ("", "Home"),
        ("agreements/", "Agreements"),
        ("quotes/by-event/", "Quotes"),
    ]:
        page.goto(base + address)
        assert _tab(page) == tab, address
        assert page.locator("nav.record-trail").count() == 0, address
    reader.assert_quiet()


def test_no_page_is_left_with_another_pages_section_lit(hosted_site: Path, built_project) -> None:
    """Over every generated page: one active tab, with no trail on a page in the nav;
    on every record page, its section's tab and trail."""
    in_nav = _nav_pages()
    checked = 0
    for path in built_project.files:
        if not path.endswith(".md") or path.startswith("."):
            continue
        stem = path.removesuffix(".md").removesuffix("index")  # "", "actors/", "actors/x"
        built = hosted_site / stem / "index.html"
        html = built.read_text(encoding="utf-8")
        tabs = re.findall(r'md-tabs__item--active">\s*<a [^>]*>\s*([^<]+?)\s*</a>', html)
        trail = re.findall(r'<nav class="record-trail"[^>]*>\s*<a [^>]*>([^<]+)</a>', html)
        folder = path.split("/")[0]
        if path in in_nav or folder not in SECTIONS:
            assert len(tabs) == 1 and trail == [], (path, tabs, trail)
        else:
            assert tabs == [SECTIONS[folder]] and trail == tabs, (path, tabs, trail)
        checked += 1
    assert checked > 50, checked


def test_the_trail_is_not_in_the_search_index(hosted_site: Path, built_project) -> None:
    index = json.loads((hosted_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    texts = {doc["location"]: doc["text"] for doc in index["docs"]}
    for folder, path in _records(built_project.files).items():
        text = texts[_address(path)]
        assert not re.match(rf"\s*(<p>)?\s*{SECTIONS[folder]}\b", text), (path, text[:80])


def test_the_offline_bundle_lights_the_tab_and_its_trail_opens_the_list(
    reader, offline_bundle, built_project
) -> None:
    page = reader.page
    record = _records(built_project.files)["agreements"].removesuffix(".md") + ".html"
    page.goto((offline_bundle.folder / record).as_uri())
    assert _tab(page) == "Agreements"
    page.click("article nav.record-trail a")
    page.wait_for_load_state()
    assert page.url == (offline_bundle.folder / "agreements" / "index.html").as_uri()
    assert _tab(page) == "Agreements"
    reader.assert_quiet()
