"""One checker for the links of a built site: every internal link and anchor resolves."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINKING = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src"}


class Page(HTMLParser):
    """The links of one page and the ids (anchors) it defines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("id", "name" if tag == "a" else ""):
            if values.get(name):
                self.ids.add(values[name] or "")
        target = values.get(LINKING.get(tag, ""))
        if target is not None:
            self.links.append(target)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def internal(link: str) -> bool:
    parts = urlsplit(link)
    return not parts.scheme and not parts.netloc


def target_file(site: Path, page: Path, link: str) -> tuple[Path, str]:
    """The file a relative link from `page` points at, and its fragment."""
    parts = urlsplit(link)
    if not parts.path:
        return page, unquote(parts.fragment)
    base = posixpath.dirname(page.relative_to(site).as_posix())
    if parts.path.startswith("/"):  # 404.html links from the site root
        base = ""
    resolved = posixpath.normpath(posixpath.join(base, unquote(parts.path).lstrip("/")))
    target = site / resolved
    if parts.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


def broken_links(site: Path, counts: dict[str, int] | None = None) -> Iterator[str]:
    counts = counts if counts is not None else {}
    pages = sorted(site.rglob("*.html"))
    counts["pages"] = len(pages)
    parsed = {path: parse(path) for path in pages}
    checked = 0
    for path, page in parsed.items():
        for link in page.links:
            if not internal(link) or link.startswith("#__"):  # Material's own toggles
                continue
            checked += 1
            counts["links"] = checked
            target, fragment = target_file(site, path, link)
            where = f"{path.relative_to(site)}: {link}"
            if not target.resolve().is_relative_to(site.resolve()):
                yield f"{where} leaves the site"
            elif not target.is_file():
                yield f"{where} -> no file {target.relative_to(site)}"
            elif fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if fragment not in ids:
                    yield f"{where} -> no anchor #{fragment} in {target.relative_to(site)}"
