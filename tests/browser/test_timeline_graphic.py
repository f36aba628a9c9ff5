"""The timeline graphic as a reader meets it: its links open the event pages in the
hosted build (over http) and in the unzipped offline bundle (from file://, with
no network); the drawing shown at each width keeps its labels apart and legible.

The links are found by their accessible name, the date and the words the link
shows (its <title>), as a screen reader announces them and as who clicks by voice
says them; each opens the page of the event, headed by its full title.
"""

from __future__ import annotations

import json

import pytest

from generator import pipeline, timeline_svg, urls
from generator.escape import typographic

from .conftest import CONTENT, ROOT
from .reading import is_styled, page_url

pytestmark = pytest.mark.browser

SHOWN = "svg.tl:visible"
# Rendered size of the smallest text allowed, in CSS px.
SMALLEST_TEXT = 11


@pytest.fixture(scope="module")
def drawn() -> timeline_svg.Plan:
    return timeline_svg.plan(pipeline.validate(CONTENT, ROOT))


def marks(drawn: timeline_svg.Plan) -> list[timeline_svg.Mark]:
    return [
        mark for row in drawn.rows if not isinstance(row, timeline_svg.Gap) for mark in row.marks
    ]


def follow_every_mark(reader, base: str, drawn: timeline_svg.Plan, directory_urls: bool) -> int:
    page = reader.page
    catalog = pipeline.validate(CONTENT, ROOT)
    titles = {urls.record_page(event): event.title for event in catalog.events}
    followed = 0
    for mark in marks(drawn):
        page.goto(page_url(base, urls.HOME, directory_urls))
        link = page.locator(SHOWN).get_by_role("link", name=mark.full, exact=True)
        assert link.count() == 1, mark.full
        with page.expect_navigation():
            link.click()
        assert page.url == page_url(base, mark.target, directory_urls)
        assert is_styled(page)
        heading = page.locator("article h1").first.inner_text().removesuffix("¶").strip()
        assert heading == typographic(titles[mark.target]), mark.full
        followed += 1
    return followed


def test_every_mark_opens_its_event_page_on_the_hosted_site(
    reader, hosted_site, serve, drawn
) -> None:
    assert marks(drawn), "the content has no event in the period to draw"
    assert follow_every_mark(reader, serve(hosted_site), drawn, directory_urls=True) == len(
        marks(drawn)
    )
    reader.assert_quiet()


def test_every_mark_opens_its_event_page_from_the_unzipped_bundle(
    reader, offline_bundle, drawn
) -> None:
    base = offline_bundle.folder.as_uri() + "/"
    assert follow_every_mark(reader, base, drawn, directory_urls=False) == len(marks(drawn))
    reader.assert_quiet()  # no request left the bundle


def test_the_background_strip_opens_the_timeline_at_its_background(
    reader, hosted_site, serve, drawn
) -> None:
    if drawn.background is None:
        pytest.skip("the content has no event before the period")
    base = serve(hosted_site)
    reader.page.goto(base)
    reader.page.locator(SHOWN).get_by_role("link", name="Background:").click()
    reader.page.wait_for_load_state()
    assert reader.page.url == page_url(base, urls.TIMELINE, True) + "#background"
    assert reader.page.locator("h2#background").is_visible()
    reader.assert_quiet()


def test_the_search_index_leaves_the_drawings_out(hosted_site, drawn) -> None:
    index = json.loads((hosted_site / "search" / "search_index.json").read_text("utf-8"))
    pages = {doc["location"]: doc["text"] for doc in index["docs"]}
    # The home page is indexed; the timeline, a listing, is left out of search.
    assert "" in pages and "timeline/" not in pages
    assert all(drawn.title not in text for text in pages.values())


LAYOUT = """svg => {
  const box = svg.getBoundingClientRect();
  const scale = box.width / svg.viewBox.baseVal.width;
  const texts = [...svg.querySelectorAll("text")].map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom,
            px: parseFloat(getComputedStyle(t).fontSize) * scale};
  });
  return {name: svg.classList[1], left: box.left, right: box.right, texts};
}"""


@pytest.mark.parametrize(
    ("width", "height", "name"), [(1280, 900, "tl-wide"), (390, 844, "tl-narrow")]
)
def test_labels_are_legible_and_apart_at_desktop_and_phone_widths(
    reader, hosted_site, serve, width, height, name
) -> None:
    reader.page.set_viewport_size({"width": width, "height": height})
    base = serve(hosted_site)
    for path in ("", "timeline/"):
        reader.page.goto(base + path)
        shown = reader.page.locator(SHOWN)
        assert shown.count() == 1
        layout = shown.evaluate(LAYOUT)
        assert layout["name"] == name
        assert layout["right"] <= width
        texts = layout["texts"]
        for t in texts:
            assert t["px"] >= SMALLEST_TEXT, t
            assert layout["left"] - 0.5 <= t["left"] and t["right"] <= layout["right"] + 0.5, t
        for i, a in enumerate(texts):
            for b in texts[i + 1 :]:
                apart = (
                    a["right"] <= b["left"]
                    or b["right"] <= a["left"]
                    or a["bottom"] <= b["top"]
                    or b["bottom"] <= a["top"]
                )
                assert apart, (a, b)
    reader.assert_quiet()


def test_links_in_the_graphic_take_the_keyboard_focus(reader, hosted_site, serve, drawn) -> None:
    reader.page.goto(serve(hosted_site))
    first = marks(drawn)[0]
    link = reader.page.locator(SHOWN).get_by_role("link", name=first.full, exact=True)
    link.focus()
    assert link.evaluate("a => document.activeElement === a && a.tabIndex === 0")
    with reader.page.expect_navigation():
        reader.page.keyboard.press("Enter")
    assert reader.page.url.endswith(page_url("", first.target, True))
    reader.assert_quiet()


DESCRIBED = """() => {
  const svg = [...document.querySelectorAll("svg.tl")].find(s => s.getBoundingClientRect().width);
  return document.getElementById(svg.getAttribute("aria-describedby")).textContent;
}"""


@pytest.mark.parametrize("path", ["", "timeline/"])
def test_a_screen_reader_hears_the_key_once_and_each_event_once(
    reader, hosted_site, serve, drawn, path
) -> None:
    """The key over the drawing, a paragraph of fifty words, was read, then the drawing's
    description, which listed every event, then each event again as a link. The key is
    now to the eye only, the description saying it in words, and the events are read as
    the drawing's links alone."""
    page = reader.page
    page.goto(serve(hosted_site) + path)
    described = page.evaluate(DESCRIBED)
    assert described == drawn.desc and len(described) < 700
    for mark in marks(drawn):
        assert mark.label not in described
        assert page.locator(SHOWN).get_by_role("link", name=mark.full, exact=True).count() == 1
    read = page.locator("article").aria_snapshot()
    assert "dated to the day" not in read and "Timeline key" not in read
    key = page.locator(".tl-key")
    assert key.get_attribute("aria-hidden") == "true" and key.is_visible()
    if not path:  # the home page has no list of the events: a link to the timeline's
        more = page.get_by_role("link", name="These events as a list, with their sources")
        more.click()
        page.wait_for_load_state()
        assert page.url.endswith("/timeline/")
    reader.assert_quiet()


@pytest.mark.parametrize(("width", "lines"), [(1280, 1), (390, 3)])
def test_the_key_is_a_line_on_a_desktop_and_no_wider_than_a_phone(
    reader, hosted_site, serve, width, lines
) -> None:
    page = reader.page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(serve(hosted_site) + "timeline/")
    box = page.evaluate("""() => {
      const k = document.querySelector(".tl-key"), r = k.getBoundingClientRect();
      return {height: r.height, right: r.right, line: parseFloat(getComputedStyle(k).lineHeight),
              scroll: document.documentElement.scrollWidth};
    }""")
    assert box["height"] < (lines + 0.5) * box["line"]
    assert box["right"] <= width and box["scroll"] <= width
    reader.assert_quiet()
