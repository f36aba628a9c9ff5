"""What the built site tells machines: descriptions, share cards, JSON-LD, the
Atom feed, last-changed dates and the sitemap. Read from the HTML MkDocs wrote
(no browser needed), for the hosted build with SITE_URL set."""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest

from generator.history import read_history
from generator.site import build_site

from .conftest import ROOT, BuiltProject

SITE_URL = "https://explainer.example.org/az-us/"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def site(built_project: BuiltProject, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hosted-with-url") / "site"
    before = os.environ.get("SITE_URL")
    os.environ["SITE_URL"] = SITE_URL
    try:
        built = build_site(built_project.root / "mkdocs.yml", folder, content=built_project.content)
        assert built == 0
    finally:
        if before is None:
            del os.environ["SITE_URL"]
        else:
            os.environ["SITE_URL"] = before
    return folder


class Head(HTMLParser):
    """The head's meta tags, links, JSON-LD blocks, and the page's <time> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, list[str]] = {}
        self.links: list[dict[str, str | None]] = []
        self.json_ld: list[str] = []
        self.times: list[str] = []
        self._in_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "meta" and (found.get("name") or found.get("property")):
            key = found.get("name") or found.get("property") or ""
            self.meta.setdefault(key, []).append(found.get("content") or "")
        elif tag == "link":
            self.links.append(found)
        elif tag == "script" and found.get("type") == "application/ld+json":
            self._in_ld = True
            self.json_ld.append("")
        elif tag == "time" and found.get("datetime"):
            self.times.append(found["datetime"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_ld = False

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self.json_ld[-1] += data


def _pages(site: Path) -> dict[str, Head]:
    found = {}
    for path in sorted(site.rglob("*.html")):
        if path.name == "404.html":
            continue
        head = Head()
        head.feed(path.read_text(encoding="utf-8"))
        found[path.relative_to(site).as_posix()] = head
    return found


def _record_pages(pages: dict[str, Head]) -> dict[str, Head]:
    kinds = ("actors/", "agreements/", "events/", "quotes/", "sources/")
    return {
        p: h
        for p, h in pages.items()
        if p.startswith(kinds) and p.count("/") == 2 and "by-event" not in p
    }


@pytest.mark.first_episode
def test_every_page_has_its_own_description_and_a_share_card(site):
    pages = _pages(site)
    assert len(pages) > 100
    descriptions = {}
    for path, head in pages.items():
        if path == "tags/index.html":
            continue  # hand-written page
        (description,) = head.meta["description"]
        descriptions[path] = description
        assert head.meta["og:description"] == [description]
        assert head.meta["twitter:description"] == [description]
        assert head.meta["og:title"][0] and head.meta["twitter:title"] == head.meta["og:title"]
        assert head.meta["og:url"] == [SITE_URL + path.removesuffix("index.html")]
        assert head.meta["og:image"] == [SITE_URL + "assets/images/share-card.jpg"]
        assert head.meta["twitter:card"] == ["summary_large_image"]
        assert head.meta["og:type"] == ["website" if path == "index.html" else "article"]
        feeds = [link for link in head.links if link.get("type") == "application/atom+xml"]
        assert len(feeds) == 1, path
    assert len(set(descriptions.values())) == len(descriptions)
    assert (site / "assets" / "images" / "share-card.jpg").stat().st_size > 10_000


@pytest.mark.first_episode
def test_json_ld_on_every_record_page(site, built_project):
    records = _record_pages(_pages(site))
    assert len(records) >= 100
    for path, head in records.items():
        (block,) = head.json_ld
        assert "<" not in block
        data = json.loads(block)
        assert data["@context"] == "https://schema.org"
        assert data["mainEntityOfPage"] == SITE_URL + path.removesuffix("index.html")
        assert data["description"] == head.meta["description"][0]


def _lastmods(site: Path) -> dict[str, str]:
    tree = ET.parse(site / "sitemap.xml")
    return {
        url.findtext(f"{SITEMAP}loc", "").removeprefix(SITE_URL): url.findtext(
            f"{SITEMAP}lastmod", ""
        )
        for url in tree.getroot().iter(f"{SITEMAP}url")
    }


@pytest.mark.first_episode
def test_record_pages_say_when_they_changed_as_the_sitemap_does(site, built_project):
    records = _record_pages(_pages(site))
    lastmods = _lastmods(site)
    # What the history holds (all of it in a full clone; see test_history for a shallow one).
    history = read_history(ROOT, built_project.content)
    expected = {
        path: history.changed[f"{folder}/{path.split('/')[1]}.yaml"]
        for path in records
        if (folder := content_folder(built_project.content, path.split("/")[0]))
        and f"{folder}/{path.split('/')[1]}.yaml" in history.changed
    }
    assert history.undated or len(expected) == len(records)
    for path, head in records.items():
        if path not in expected:
            assert head.times == [], path
            continue
        assert head.times == [expected[path]], path
        assert lastmods[path.removesuffix("index.html")] == expected[path][:10]


def content_folder(content: Path, kind: str) -> str:
    """The content folder of a kind, as the history names it (relative to the root)."""
    return (content / kind).relative_to(ROOT).as_posix()


def test_feed_is_valid_atom_with_relative_or_site_links(site):
    """The MUSTs of RFC 4287 that a feed reader relies on, checked one by one."""
    root = ET.parse(site / "feed.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert len(root.findall(f"{ATOM}{name}")) == 1, name
    assert root.find(f"{ATOM}author/{ATOM}name") is not None
    (self_link,) = [x for x in root.findall(f"{ATOM}link") if x.get("rel") == "self"]
    assert self_link.get("href") == SITE_URL + "feed.xml"
    stamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
    assert stamp.fullmatch(root.findtext(f"{ATOM}updated", ""))
    entries = root.findall(f"{ATOM}entry")
    ids = [entry.findtext(f"{ATOM}id") for entry in entries]
    assert len(set(ids)) == len(ids)
    updated = [entry.findtext(f"{ATOM}updated", "") for entry in entries]
    assert updated == sorted(updated, reverse=True)
    if updated:
        assert root.findtext(f"{ATOM}updated") == updated[0]
    for entry in entries:
        assert re.fullmatch(r"tag:[a-z0-9.-]+,\d{4}-\d\d-\d\d:\S+", entry.findtext(f"{ATOM}id", ""))
        assert entry.findtext(f"{ATOM}title", "").startswith(("Added: ", "Changed: "))
        assert stamp.fullmatch(entry.findtext(f"{ATOM}updated", ""))
        (link,) = entry.findall(f"{ATOM}link")
        href = link.get("href", "")
        assert href.startswith(SITE_URL)
        assert (site / href.removeprefix(SITE_URL) / "index.html").is_file(), href
        assert entry.findtext(f"{ATOM}summary")


@pytest.mark.first_episode
def test_a_feed_reader_reads_the_feed_as_we_wrote_it(site):
    """feedparser, the parser many feed readers are built on, as a second reader:
    it finds Atom 1.0, no error, and every entry with its title, page and time."""
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    entries = ET.parse(site / "feed.xml").getroot().findall(f"{ATOM}entry")
    assert entries and len(feed.entries) == len(entries)
    for entry, read in zip(entries, feed.entries, strict=True):
        assert read.title == entry.findtext(f"{ATOM}title")
        assert read.link == entry.find(f"{ATOM}link").get("href")
        assert read.updated_parsed is not None
        assert read.summary == entry.findtext(f"{ATOM}summary")


def test_offline_bundle_feed_links_to_its_own_pages(offline_bundle):
    root = ET.parse(offline_bundle.folder / "feed.xml").getroot()
    for link in root.iter(f"{ATOM}link"):
        href = link.get("href", "")
        if link.get("rel") == "self" or not href.endswith(".html"):
            continue
        target = href.split("/", 3)[-1] if href.startswith("http") else href
        assert (offline_bundle.folder / target).is_file(), href
