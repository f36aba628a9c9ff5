"""The pages that explain, as a reader sees them: the home page's first screen, the
timeline's order, who stands where and the listings on a phone, and a link's one-line summary."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.order import anchors
from generator.pipeline import validate

from .conftest import ROOT, Reader

pytestmark = pytest.mark.browser

SCREENS = [(1280, 900), (390, 844)]


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_the_lede_is_on_the_first_screen(reader, hosted_site, serve, width, height) -> None:
    page = reader.page
    page.set_viewport_size({"width": width, "height": height})
    page.goto(serve(hosted_site))
    title = page.locator("article h1").first.bounding_box()
    ledes = page.locator("article p.lede")
    assert ledes.count() > 0, "the home page has no lede"
    last = ledes.last.bounding_box()
    assert title is not None and last is not None
    assert title["y"] >= 0 and last["y"] + last["height"] <= height, (title, last)
    if width >= 1280:
        # The start of the timeline graphic shows too, below the lede.
        graphic = page.locator("article svg.tl:visible").first.bounding_box()
        assert graphic is not None and last["y"] < graphic["y"] < height - 50, graphic
    reader.assert_quiet()


def on_a_phone(reader: Reader, url: str) -> Any:
    """The reader's page at a phone's size, showing `url`."""
    page = reader.page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(url)
    return page


@pytest.mark.parametrize("path", ["positions/", "events/", "sources/", "differences/"])
def test_on_a_phone_tables_fit_and_a_rows_first_cell_has_a_line_of_its_own(
    reader, hosted_site, serve, path
) -> None:
    """Neither the page nor a table scrolls sideways. In a table of three columns or
    more, the first cell (the stake, or the record) spans its row and the other
    cells sit side by side below it; in the differences' overview (two columns, a
    point linking to its section), the gist sits below the point."""
    page = on_a_phone(reader, serve(hosted_site) + path)
    if path == "positions/":
        assert page.locator("#who-stands-where ~ * table").count() == 1, "no who stands where"
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], widths
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('article .md-typeset__scrollwrap')]
            .map(w => [w.clientWidth, w.scrollWidth])"""
    )
    assert boxes, "no table on the page"
    assert all(inner <= outer <= 390 for outer, inner in boxes), boxes
    rows = page.evaluate(
        """() => [...document.querySelectorAll('article table tbody tr')]
            .filter(r => r.children.length >= 3
                || r.matches('tr:has(> td:first-child > a[href^="#"])')).map(r => {
                const [first, second] = [...r.children].map(c => c.getBoundingClientRect());
                return [r.getBoundingClientRect().width, first.width, first.bottom, second.top];
            })"""
    )
    assert rows, "no table of three columns or more, nor an overview"
    for row, first, first_bottom, second_top in rows:
        assert first >= row - 2 and second_top >= first_bottom - 1, (row, first)
    reader.assert_quiet()


@pytest.mark.parametrize("link", ["each position in its words", "who stands where"])
def test_the_home_page_leads_to_the_one_table_of_who_stands_where(
    reader, hosted_site, serve, built_project, link
) -> None:
    """At 390 px the home page was 10,800 px tall, the sides told three times: at a
    glance, in prose, and in the table the agreements page had too, with sources.
    The home page keeps the glance and the prose; each leads to that one table, on a
    page of its own."""
    page = on_a_phone(reader, serve(hosted_site))
    assert page.locator("article table").count() == 0
    assert page.locator("#who-stands-where").count() == 0
    page.locator("article a", has_text=link).first.click()
    page.wait_for_url("**/positions/")
    assert page.locator("article h1").first.inner_text().startswith("Who stands where")
    table = page.locator("h1#who-stands-where ~ * table")
    assert table.count() == 1
    stakes = validate(built_project.content, ROOT).episode.stakes
    text = table.inner_text().replace("’", "'")
    assert stakes and all(stake.label in text for stake in stakes), text
    reader.assert_quiet()


@pytest.mark.parametrize("path", ["differences/", "events/", "event", "positions/"])
def test_on_a_phone_a_tables_text_is_near_the_prose_size(
    reader, hosted_site, serve, built_project, path
) -> None:
    """Material sets a table's text at 0.8 of the prose (12.8 px against 16 px on a
    phone), too small for the versions and dates the tables are there to show."""
    if path == "event":  # an event's page, with its table of who took part
        event = next(e for e in validate(built_project.content, ROOT).events if e.actors)
        path = f"events/{event.id}/"
    page = on_a_phone(reader, serve(hosted_site) + path)
    prose, *cells = page.evaluate(
        """() => [document.querySelector('article.md-typeset'),
            ...document.querySelectorAll('article table td')]
                .map(c => parseFloat(getComputedStyle(c).fontSize))"""
    )
    assert cells, "no table on the page"
    assert prose == 16 and min(cells) >= 0.9 * prose, (prose, sorted(set(cells)))
    reader.assert_quiet()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_quoted_words_are_in_the_text_colour_not_dimmed(
    reader, hosted_site, serve, built_project, scheme
) -> None:
    quote = validate(built_project.content, ROOT).quotes[0]
    page = reader.page
    page.emulate_media(color_scheme=scheme)
    page.add_init_script("localStorage.clear()")  # the scheme shown last would win
    page.goto(serve(hosted_site) + f"quotes/{quote.id}/")
    colours = page.evaluate(
        """() => ['article blockquote', 'article blockquote ~ p']
            .map(s => getComputedStyle(document.querySelector(s)).color)"""
    )
    assert colours[0] == colours[1], colours
    reader.assert_quiet()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_on_a_phone_a_listed_quote_has_the_quote_pages_bar_and_its_by_line_under_it(
    reader, hosted_site, serve, built_project, scheme
) -> None:
    """A quote listed on its event's page stands in the same bar as on its own page;
    the lines about it sit closer under its words than the next quote does."""
    catalog = validate(built_project.content, ROOT)
    quote = next(q for q in catalog.quotes if q.event and not q.document)
    page = on_a_phone(reader, "about:blank")
    page.emulate_media(color_scheme=scheme)
    page.add_init_script("localStorage.clear()")
    bar = "s => { const b = getComputedStyle(document.querySelector(s)); " + (
        "return [b.borderLeftWidth, b.borderLeftStyle, b.borderLeftColor] }"
    )
    page.goto(serve(hosted_site) + f"quotes/{quote.id}/")
    own = page.evaluate(f"({bar})('article blockquote')")
    page.goto(serve(hosted_site) + f"events/{quote.event}/")
    listed = page.evaluate(f"({bar})('article blockquote')")
    assert listed == own and own[1] == "solid" and own[0] != "0px", (listed, own)
    gaps = page.evaluate(
        """() => [...document.querySelectorAll('article blockquote + p.quote-by')].map(p => {
            const words = p.previousElementSibling.getBoundingClientRect();
            const next = p.nextElementSibling;
            const box = p.getBoundingClientRect();
            const below = next && next.matches('blockquote')
                ? next.getBoundingClientRect().top - box.bottom : null;
            return [box.top - words.bottom, below] })"""
    )
    assert gaps, "no listed quote with its lines below it"
    for above, below in gaps:
        assert above >= 0 and (below is None or above < below), gaps
    reader.assert_quiet()


@pytest.mark.parametrize("path", ["agreements/joint-declaration-1997/", "quotes/"])
def test_on_a_phone_quote_page_is_not_split_between_two_lines(
    reader, hosted_site, serve, path
) -> None:
    """At 390 px, "· Quote page" under a listed quote broke between "Quote" and
    "page" (the 1997 declaration's page)."""
    page = on_a_phone(reader, serve(hosted_site) + path)
    lines = page.evaluate(
        """() => [...document.querySelectorAll('article .quote-by > a:last-child')]
            .filter(a => a.firstChild.textContent === 'Quote page')
            .map(a => a.getClientRects().length)"""
    )
    assert lines and all(n == 1 for n in lines), lines
    reader.assert_quiet()


def test_on_a_phone_a_short_title_takes_one_line(reader, hosted_site, serve) -> None:
    page = on_a_phone(reader, serve(hosted_site) + "differences/")
    height, line = page.evaluate(
        """() => { const h = document.querySelector('article h1');
            const line = parseFloat(getComputedStyle(h).lineHeight);
            return [h.getBoundingClientRect().height, line] }"""
    )
    assert height < 1.5 * line, (height, line)
    reader.assert_quiet()


@pytest.mark.parametrize(("width", "height"), SCREENS)
@pytest.mark.parametrize("path", ["differences/", "quotes/by-event/"])
def test_a_headings_hidden_permalink_takes_no_line_of_its_own(
    reader, hosted_site, serve, width, height, path
) -> None:
    """Each heading is as tall with its ¶ as without it: the hidden link once wrapped
    alone under a nearly full last line ('The title of the 1997 declaration' on a
    phone). The link still shows on keyboard focus, and on hover on a desktop."""
    page = reader.page
    page.set_viewport_size({"width": width, "height": height})
    page.goto(serve(hosted_site) + path)
    heights = page.evaluate(
        """() => [...document.querySelectorAll('article :is(h2, h3):has(> .headerlink)')]
            .map(h => { const link = h.querySelector(':scope > .headerlink');
                const tall = h.getBoundingClientRect().height; link.remove();
                const bare = h.getBoundingClientRect().height; h.append(link);
                return [h.id, tall, bare]; })"""
    )
    assert len(heights) > 3, heights
    taller = [(id_, tall, bare) for id_, tall, bare in heights if tall > bare]
    assert not taller, taller
    link = page.locator("article h2 > .headerlink").first
    assert link.evaluate("a => getComputedStyle(a).opacity") == "0"
    page.locator("article h2").first.evaluate(
        """h => { const links = [...document.querySelectorAll('article a')];
            links.filter(a => h.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_PRECEDING)
                .pop().focus(); }"""
    )
    page.keyboard.press("Tab")
    assert link.evaluate("a => a === document.activeElement && a.matches(':focus-visible')")
    page.wait_for_function("a => getComputedStyle(a).opacity === '1'", arg=link.element_handle())
    box = link.bounding_box()
    assert box is not None and box["width"] > 0 and box["x"] + box["width"] <= width, box
    if width >= 1280:
        page.evaluate("document.activeElement.blur()")
        page.wait_for_function(
            "a => getComputedStyle(a).opacity === '0'", arg=link.element_handle()
        )
        page.locator("article h2").first.hover()
        page.wait_for_function(
            "a => getComputedStyle(a).opacity === '1'", arg=link.element_handle()
        )
    reader.assert_quiet()


def test_the_timeline_lists_an_event_after_the_one_it_followed(
    reader, hosted_site, serve, built_project
) -> None:
    catalog = validate(built_project.content, ROOT)
    placed = anchors(catalog.events)
    assert placed, "no event in the content says which event it followed"
    page = reader.page
    page.goto(serve(hosted_site) + "timeline/")
    listed = page.evaluate(
        # An event with a sentence under it is a paragraph of its item, its link in it.
        """() => [...document.querySelectorAll(
                'article li > a[href*="events/"], article li > p:first-child > a[href*="events/"]')]
            .map(a => a.getAttribute('href').split('/').filter(Boolean).pop())"""
    )
    for event_id, anchor in placed.items():
        assert listed.index(anchor.id) < listed.index(event_id), (anchor.id, event_id)
    reader.assert_quiet()


def _summary_on_focus(page) -> tuple[str, str]:
    """A link's title, and the text shown once the keyboard focuses it (none before)."""
    link = page.locator("article p a[title]").first
    title = link.get_attribute("title") or ""
    shown = "getComputedStyle(a, '::after').content"
    assert link.evaluate(f"a => {shown}") == "none"
    page.keyboard.press("Tab")  # keyboard use, which :focus-visible answers
    link.focus()
    assert link.evaluate("a => getComputedStyle(a, '::after').position") == "fixed"
    return title, json.loads(link.evaluate(f"a => {shown}"))


def test_a_link_shows_its_records_summary_when_focused(reader, hosted_site, serve) -> None:
    reader.page.goto(serve(hosted_site))
    title, shown = _summary_on_focus(reader.page)
    assert title and shown == title
    reader.assert_quiet()


def test_the_summary_is_there_from_the_unzipped_bundle(reader, offline_bundle) -> None:
    reader.page.goto((offline_bundle.folder / "index.html").as_uri())
    title, shown = _summary_on_focus(reader.page)
    assert title and shown == title
    reader.assert_quiet()


def test_on_a_phone_the_tags_page_is_a_line_a_tag_and_a_records_tag_opens_its_list(
    reader, hosted_site, serve
) -> None:
    """Every tag's pages listed whole made the tags page some 11,000 px tall at 390 px.
    Folded, it is one line a tag, whose list a tap opens; a record's link to a tag
    opens that tag's list, with its line in view below the header; every page is
    still linked from it."""
    base = serve(hosted_site)
    page = on_a_phone(reader, base + "tags/")
    lines = page.locator("article details.tag-listing")
    count = lines.count()
    assert count > 10, count
    assert page.locator("article details.tag-listing[open]").count() == 0
    heights = lines.locator("summary").evaluate_all(
        "ss => ss.map(s => s.getBoundingClientRect().height)"
    )
    assert max(heights) <= 60, heights  # one line each
    tall = page.evaluate("document.documentElement.scrollHeight")
    assert tall <= 60 * count + 900, tall
    # Folded, the pages are still linked: as many as the index lists with tags.
    index = json.loads((hosted_site / "search" / "search_index.json").read_text("utf-8"))
    tagged = {d["location"] for d in index["docs"] if d.get("tags") and "#" not in d["location"]}
    linked = page.locator("article details.tag-listing li > a").evaluate_all(
        "as => as.map(a => a.getAttribute('href'))"
    )
    assert {href.removeprefix("../") for href in linked} >= tagged
    # A tap opens a tag's list, and its first page opens from it.
    lines.first.locator("summary").click()
    first = lines.first.locator("li > a").first
    assert first.is_visible()
    # A record's tag opens its list on the tags page, its line below the header.
    page.goto(base + sorted(tagged)[0])
    page.locator("article a.md-tag").first.click()
    page.wait_for_url(lambda url: "/tags/#tag:" in url)
    target = page.url.split("#")[1]
    opened = page.locator("article details.tag-listing[open]")
    assert opened.count() == 1
    assert opened.locator(":scope > ul").get_attribute("id") == target
    summary = opened.locator("summary").bounding_box()
    header = page.locator(".md-header").bounding_box()
    assert summary is not None and header is not None
    assert header["y"] + header["height"] <= summary["y"] < 844, (header, summary)
    reader.assert_quiet()


@pytest.mark.parametrize(
    "path",
    [
        "",
        "quotes/mps-letter-full-text/",
        "quotes/gaya-mammadov-commentary-full-text/",
        "actors/gaya-mammadov/",
        "actors/nasimi-mammadli/",
        "timeline/",
    ],
)
def test_at_320_px_no_page_scrolls_sideways(reader, hosted_site, serve, path) -> None:
    """320 px is a 1280 px window zoomed to 400 % (WCAG 1.4.10, reflow). A heading's
    permalink sign, an inline block after its last word, hung 2 to 7 px past the
    screen on four pages."""
    page = reader.page
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto(serve(hosted_site) + path)
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], widths
    reader.assert_quiet()
