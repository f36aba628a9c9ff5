"""What a reader downloads: a first page view, and a first search, gzipped.

A first page view is a record page's HTML with every stylesheet, script and
icon it loads (and the search worker Material starts), each compressed as a
static host would. A first search adds the search index, fetched only then
(see overrides/main.html). Sizes are gzip level 6, each file on its own.

The bench's queries are matched against the index the way a reader's words
meet it: every word of the query is the start of some word of an entry's
title or text; a query's results are the pages those entries are on.
"""

from __future__ import annotations

import gzip
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r"\[\[[^\]]*\]\]")


class _Loads(HTMLParser):
    """The same-site files a page loads as it opens."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.config: dict = {}
        self._in_config = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        rel = (found.get("rel") or "").split()
        if tag == "link" and ("stylesheet" in rel or "icon" in rel) and found.get("href"):
            self.urls.append(found["href"] or "")
        elif tag == "script" and found.get("src"):
            self.urls.append(found["src"] or "")
        elif tag == "script" and found.get("id") == "__config":
            self._in_config = True

    def handle_data(self, data: str) -> None:
        if self._in_config:
            self.config = json.loads(data)
            self._in_config = False


def gzipped(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def first_view_bytes(site: Path, page: str) -> int:
    """Gzipped bytes of `page` (a path under `site`, e.g. quotes/x/index.html) and
    of everything it loads from the site as it opens."""
    html = site / page
    loads = _Loads()
    loads.feed(html.read_text(encoding="utf-8"))
    urls = list(loads.urls)
    worker = loads.config.get("search")
    if worker:
        urls.append(worker)
    base = "http://site/" + page
    files = {html}
    for url in urls:
        absolute = urljoin(base, url)
        if not absolute.startswith("http://site/"):
            continue  # not from the site: counted nowhere, and there is none
        path = site / urlsplit(absolute).path.lstrip("/")
        if path.is_file():
            files.add(path)
    return sum(gzipped(path) for path in sorted(files))


def first_search_bytes(site: Path) -> int:
    """Gzipped bytes a first search adds to a page view: the search index."""
    index = site / "search" / "search_index.json"
    return gzipped(index) if index.exists() else 0


def queries(corpus) -> list[str]:  # type: ignore[no-untyped-def]
    """Words a reader would search the synthetic corpus for: a person's name as
    written and romanised, an agreement, an event, and words of a quote."""
    actors = corpus.records["actors"]
    person = next((a for a in actors if a.get("other_names")), actors[0])
    found = [person["name"], *person.get("other_names", [])[:1]]
    found.append(corpus.records["agreements"][0]["name"].split(" (")[0])
    found.append(corpus.records["events"][0]["title"])
    words = _LINK.sub(" ", corpus.quotes[len(corpus.quotes) // 2]["text"]).split()
    found.append(" ".join(words[:4]))
    return found


def _words(text: str) -> list[str]:
    return _WORD.findall(_TAG.sub(" ", text).casefold())


def results(site: Path, query: str) -> list[str]:
    """The pages whose index entries hold every word of `query` (as a word's start)."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    wanted = _words(query)
    pages = set()
    for doc in index["docs"]:
        words = _words(doc.get("title", "") + " " + doc.get("text", ""))
        if all(any(w.startswith(term) for w in words) for term in wanted):
            pages.add(doc["location"].split("#")[0])
    return sorted(pages)
