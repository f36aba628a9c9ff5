"""What a reader does in the browser: search, and follow links between records."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

SEARCH_BOX = "input[data-md-component=search-query]"
SEARCH_RESULT = ".md-search-result__item"
LINK = re.compile(
    r"\]\(\.\./(actors|agreements|events|sources)/([a-z0-9-]+)\.md(?:#[^)\s]*)?(?: \"[^\"]*\")?\)"
)


def page_url(base: str, docs_path: str, directory_urls: bool) -> str:
    """The URL MkDocs gives a docs/ page: actors/x.md -> actors/x/ or actors/x.html."""
    stem = docs_path.removesuffix(".md")
    if not directory_urls:
        return base + stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return base + stem.removesuffix("index")
    return base + stem + "/"


def links_to(files: dict[str, str], page: str, folder: str) -> list[str]:
    """docs/ paths of the `folder` records that the generated `page` links to, in order."""
    found = []
    for kind, record in LINK.findall(files[page]):
        target = f"{kind}/{record}.md"
        if kind == folder and target not in found:
            found.append(target)
    return found


@dataclass(frozen=True)
class Walk:
    """A path a reader can click through: section, actor, agreement, then its sources."""

    steps: list[str]  # docs/ paths, each linked from the one before


def actor_to_agreement(files: dict[str, str], prefer: str = "actors/jeyhun-bayramov.md") -> Walk:
    """Home -> Actors -> an actor tied to an agreement -> the agreement -> a source, an event."""
    actors = sorted(p for p in files if p.startswith("actors/") and p != "actors/index.md")
    actors.sort(key=lambda p: p != prefer)
    for actor in actors:
        agreements = links_to(files, actor, "agreements")
        if not agreements:
            continue
        steps = ["index.md", "actors/index.md", actor, agreements[0]]
        sources = links_to(files, agreements[0], "sources")
        assert sources, f"{agreements[0]} names no source"
        events = links_to(files, sources[0], "events")
        return Walk(steps + [sources[0]] + events[:1])
    raise AssertionError("no actor page links to an agreement")


def follow(page, target: str) -> None:
    """Click a visible link to `target` (an absolute URL) and wait for that page."""
    found = page.evaluate(
        """(target) => {
            const bare = (url) => url.split('#')[0].split('?')[0];
            const link = [...document.querySelectorAll('a[href]')]
                .find(a => bare(a.href) === target && a.offsetParent !== null);
            if (link) link.setAttribute('data-test-follow', '');
            return Boolean(link);
        }""",
        target,
    )
    assert found, f"{page.url} has no visible link to {target}"
    page.locator("a[data-test-follow]").first.click()
    page.wait_for_url(lambda url: url.split("#")[0].split("?")[0] == target)
    page.wait_for_load_state("load")


def walk(page, base: str, route: Walk, directory_urls: bool) -> list[str]:
    """Open the first step, click through the rest; the page titles met on the way."""
    page.goto(page_url(base, route.steps[0], directory_urls))
    titles = [page.locator("article h1").first.inner_text()]
    for step in route.steps[1:]:
        follow(page, page_url(base, step, directory_urls))
        titles.append(page.locator("article h1").first.inner_text())
    return titles


@dataclass(frozen=True)
class SearchResult:
    count: int
    first_result_seconds: float  # from the first key press to the first result shown
    after_typing_seconds: float  # from the last key press


def search(page, words: str, timeout_ms: float = 15_000) -> SearchResult:
    """Type into Material's search box like a reader; fill() would not start a search."""
    box = page.locator(SEARCH_BOX)
    box.click()
    started = time.perf_counter()
    box.press_sequentially(words)
    typed = time.perf_counter()
    page.locator(SEARCH_RESULT).first.wait_for(state="visible", timeout=timeout_ms)
    shown = time.perf_counter()
    return SearchResult(page.locator(SEARCH_RESULT).count(), shown - started, shown - typed)


def _settled(page, read):
    """What `read()` gives once two reads 250 ms apart agree (at most 5 s): the
    results are redrawn while the last key presses are searched."""
    value = read()
    for _ in range(20):
        page.wait_for_timeout(250)
        now = read()
        if now == value:
            break
        value = now
    return value


def result_locations(page, words: str) -> list[str]:
    """Search, and the pages of the results in their order once the list holds still."""
    search(page, words)
    links = page.locator(f"{SEARCH_RESULT} > a")
    return _settled(page, lambda: links.evaluate_all("as => as.map(a => a.href.split(/[?#]/)[0])"))


def found_from(page, base: str, words: str) -> list[str]:
    """Open the site at `base`, search, and the results' pages, relative to `base`, in order."""
    page.goto(base)
    return [url.removeprefix(base) for url in result_locations(page, words)]


def open_first_result(page) -> str:
    """Click the first search result; the URL it opened (without query or anchor)."""
    before = page.url
    link = page.locator(f"{SEARCH_RESULT} a").first
    # Click only once the first result has held still for a moment.
    href = _settled(page, lambda: link.evaluate("a => a.href"))
    link.click()
    page.wait_for_url(lambda url: url != before)
    page.wait_for_load_state("load")
    opened = page.url.split("#")[0].split("?")[0]
    assert opened == href.split("#")[0].split("?")[0]
    return opened


def is_styled(page) -> bool:
    """Material's stylesheet applies: a sticky header and a sized icon, not raw HTML."""
    return page.evaluate(
        """() => {
            const header = document.querySelector('.md-header');
            const icon = document.querySelector('.md-header .md-icon svg, .md-logo svg');
            if (!header || !icon) return false;
            const width = icon.getBoundingClientRect().width;
            return getComputedStyle(header).position === 'sticky' && width > 8 && width < 64;
        }"""
    )
