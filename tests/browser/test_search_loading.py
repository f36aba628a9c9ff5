"""The hosted site loads its search index only when a reader searches."""

from __future__ import annotations

import json
import re

import pytest

from generator.search import BOOST

from .reading import SEARCH_BOX, found_from, open_first_result, result_locations, search

pytestmark = pytest.mark.browser


def _index_requests(reader) -> list[str]:
    seen: list[str] = []
    reader.page.on("request", lambda r: seen.append(r.url) if "search_index" in r.url else None)
    return seen


def test_a_page_view_does_not_fetch_the_index_a_search_does(reader, hosted_site, serve) -> None:
    base = serve(hosted_site)
    index = _index_requests(reader)
    reader.page.goto(base + "actors/")
    reader.page.wait_for_load_state("networkidle")
    assert index == []

    found = search(reader.page, "Bayramov")
    assert found.count > 0
    assert index == [base + "search/search_index.json"]

    # A page opened from a result loads the index again (from the cache) to
    # highlight the words searched for.
    open_first_result(reader.page)
    reader.page.wait_for_load_state("networkidle")
    assert len(index) == 2 and "h=" in reader.page.url
    reader.assert_quiet()


def test_the_index_leaves_out_listings_and_repeated_sections(hosted_site) -> None:
    index = json.loads((hosted_site / "search" / "search_index.json").read_text("utf-8"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    titles = [doc["title"] for doc in index["docs"]]
    for repeated in (
        "Sources",
        "Also mentioned in",
        "Where sources differ",
        "Where this site cites it",
    ):
        assert repeated not in titles
    for listing in ("timeline/", "quotes/", "quotes/by-event/", "actors/", "events/"):
        assert listing not in pages
    # Every record page is still there, and the home and differences pages.
    assert {"", "differences/", "actors/ilham-aliyev/", "quotes/aliyev-dirty-appeal/"} <= pages
    # The tags page is left out; actors, agreements, events and the differences come
    # before the quotes that use the same words, and a record before the pages
    # whose titles name it.
    assert "tags/" not in pages
    boost = {doc["location"]: doc.get("boost", 1) for doc in index["docs"]}
    assert boost["differences/"] == boost["events/section-907-reactivated/"] == 2
    assert boost["agreements/section-907/"] > 2 and boost["actors/ilham-aliyev/"] > 2
    assert boost["quotes/aliyev-dirty-appeal/"] == 1


@pytest.mark.parametrize(
    ("words", "first"),
    [
        # Many pages carry the tag "MPs' appeal": the words of Aliyev's quote
        # still find it first.
        ("dirty appeal", "quotes/aliyev-dirty-appeal/"),
        ("Bayramov", "actors/jeyhun-bayramov/"),
        ("1997 declaration", "agreements/joint-declaration-1997/"),
        # A record's own page before the pages whose titles name it: four events
        # are titled with "Section 907", the letter to Blinken and its signatories
        # with his name, the page on Section 907 with the Freedom Support Act.
        ("907", "agreements/section-907/"),
        ("Blinken", "actors/antony-blinken/"),
        ("Freedom Support Act", "agreements/freedom-support-act/"),
        ("USAID", "actors/usaid/"),
        # An event by the place in its title, not the agreement that mentions it.
        ("Lachin", "events/lachin-corridor-blockade/"),
        # Two words: the letter's event, not Blinken's page that has one of them.
        ("Blinken letter", "events/us-lawmakers-letter-2024-10-03/"),
        # The MPs' letter itself, a whole text, before the quotes from it and the
        # events that name it (it came tenth).
        ("MPs letter", "quotes/mps-letter-full-text/"),
        # A record's one-word other name finds it: "us" was a stop word the index
        # left out, and "US" found USAID (its tag starts with "us"); "Washington"
        # found the State Department's answer, which says it once.
        ("US", "actors/united-states/"),
        ("us", "actors/united-states/"),
        ("Washington", "actors/united-states/"),
        # A longer word is still the start of a word: "Caliber" found nothing, its
        # page being on "Caliber.Az".
        ("Caliber", "actors/caliber-az/"),
    ],
)
def test_a_search_finds_the_page_its_words_name_first(
    reader, hosted_site, serve, words: str, first: str
) -> None:
    base = serve(hosted_site)
    reader.page.goto(base)
    assert result_locations(reader.page, words)[0] == base + first
    reader.assert_quiet()


@pytest.mark.parametrize("word", ["appeal", "COP29"])
def test_a_general_word_finds_a_record_whose_title_holds_it_first(
    reader, hosted_site, serve, word: str
) -> None:
    """A word that names no one record ("appeal": the MPs', Aliyev's "dirty appeal”,
    the reactions to it) finds first a page whose title or tags hold it, and one of
    an actor, agreement, event or whole text, not a quote that says it or a source:
    whatever the pages' summaries say. (A closing quote once made "appeal”" a rare
    word that put a quote first.)"""
    index = json.loads((hosted_site / "search" / "search_index.json").read_text("utf-8"))
    pages = {doc["location"]: doc for doc in index["docs"] if "#" not in doc["location"]}
    base = serve(hosted_site)
    reader.page.goto(base)
    first = pages[result_locations(reader.page, word)[0].removeprefix(base)]
    named = " ".join([first["title"], *first.get("tags", [])]).casefold()
    assert word.casefold() in named, first["location"]
    assert first.get("boost", 1) >= BOOST, first["location"]  # a record's own page
    reader.assert_quiet()


def test_a_result_shows_a_few_lines_of_the_text_that_holds_no_match(
    reader, hosted_site, serve
) -> None:
    """Found by a word of its title, a page came with its whole text under it: the US
    lawmakers' letter, for "COP29", ran 980 px on a phone. A paragraph with no match
    shows three lines at most, and two such paragraphs at most."""
    base = serve(hosted_site)
    reader.page.goto(base)
    result_locations(reader.page, "COP29")
    unmatched = reader.page.evaluate(
        """() => Array.from(document.querySelectorAll(".md-search-result__article"))
            .map(article => Array.from(article.querySelectorAll(":scope > p"))
                .filter(p => !p.querySelector("mark") && p.offsetHeight > 0)
                .map(p => p.offsetHeight / parseFloat(getComputedStyle(p).lineHeight)))"""
    )
    assert any(len(lines) == 2 for lines in unmatched), unmatched  # the letter's date, words
    assert all(len(lines) <= 2 for lines in unmatched), unmatched
    assert all(n <= 3.05 for lines in unmatched for n in lines), unmatched
    reader.assert_quiet()


def test_words_end_at_punctuation(reader, hosted_site, serve) -> None:
    """Words in quotation marks are the same words: "letter" finds the two letters'
    pages among the first five, not eight quotes whose titles end in 'letter”', and
    the box suggests 'appeal', not 'appeal”'."""
    base = serve(hosted_site)
    reader.page.goto(base)

    def found(words: str) -> list[str]:
        reader.page.locator(SEARCH_BOX).fill("")
        return [url.removeprefix(base) for url in result_locations(reader.page, words)]

    first = found("letter")[:5]
    # Not the quote titled with "letters", a rarer word one letter away.
    assert first[0] != "quotes/aliyev-letters-to-themselves/", first
    assert {"events/us-lawmakers-letter-2024-10-03/", "quotes/mps-letter-full-text/"} <= set(
        first
    ), first
    found("appea")
    suggested = reader.page.locator(".md-search__suggest").inner_text()
    assert suggested.casefold() == "appeal", suggested
    # A page whose title holds the words before the quotes that say them.
    pages = found("State Department")
    quotes = [i for i, page in enumerate(pages) if page.startswith("quotes/")]
    assert pages.index("events/state-department-reply-2024-10/") < quotes[0], pages
    reader.assert_quiet()


# The page on the UN Special Rapporteur on Torture: "to" was searched as the start
# of a word, and this page came first for "letter to Blinken", missing "Blinken".
TORTURE = "actors/un-special-rapporteur-on-torture/"


@pytest.mark.parametrize(
    ("words", "first"),
    [
        ("letter to Blinken", "events/us-lawmakers-letter-2024-10-03/"),
        ("MPs letter to the foreign minister", "quotes/mps-letter-full-text/"),
        # In quotation marks every word must be on the page, and Material found
        # nothing: the index holds no "to".
        ('"letter to Blinken"', "events/us-lawmakers-letter-2024-10-03/"),
        # Misspelt: words one letter away count for a single longer word.
        ("Bayramow", "actors/jeyhun-bayramov/"),
        # The word as typed before the rarer words one letter away ("Azerbaijani").
        ("Azerbaijan", "actors/azerbaijan/"),
        # Pages that hold both words, not those with "war" in their titles.
        ("war criminals", "quotes/mps-letter-full-text/"),
        # No page holds both: those that hold either, as Material finds them.
        ("Bayramov criminals", "actors/jeyhun-bayramov/"),
        # A question's words are ranked, not all required: with "want" required, the
        # MPs' words on the peace treaty ("wanting") came first and the appeal was
        # not found; "say", a word the index leaves out, found the home page alone.
        ("why did the MPs want to end the agreements", "events/azerbaijani-mps-appeal-2024-10-05/"),
        ("what did Aliyev say about the letter", "events/aliyev-jabrayil-speech-2024-10-04/"),
        ("who wrote the letter to Blinken", "actors/us-lawmakers-letter-group/"),
    ],
)
def test_a_query_in_plain_words_finds_the_page_it_means_first(
    reader, hosted_site, serve, words: str, first: str
) -> None:
    found = found_from(reader.page, serve(hosted_site), words)
    assert found[0] == first, found[:5]
    assert TORTURE not in found, found.index(TORTURE)
    reader.assert_quiet()


def test_a_query_of_several_words_finds_the_pages_that_hold_them_all(
    reader, hosted_site, serve
) -> None:
    """Every word of "State Department", each as typed before the longer words it
    starts: the Department of Defense, titled "United States Department of Defense",
    came second; it holds "States", not "State". Before it, the pages of the
    department, its answer and its spokesperson."""
    found = found_from(reader.page, serve(hosted_site), "State Department")
    assert found[:3] == [
        "actors/us-state-department/",
        "events/state-department-reply-2024-10/",
        "actors/us-state-department-spokesperson/",
    ], found[:5]
    reader.assert_quiet()


def test_a_query_to_the_foreign_minister_finds_the_appeal(reader, hosted_site, serve) -> None:
    """The query "appeal to Bayramov" looks for the appeal: the MPs' appeal to him,
    then his page (which came first: his name, in its title, is rarer than
    "appeal"), not a page that holds only the "to" of "Torture"."""
    found = found_from(reader.page, serve(hosted_site), "appeal to Bayramov")
    assert found[:2] == ["events/azerbaijani-mps-appeal-2024-10-05/", "actors/jeyhun-bayramov/"]
    assert TORTURE not in found
    reader.assert_quiet()


def test_the_index_holds_every_word_and_a_records_one_word_names(hosted_site) -> None:
    index = json.loads((hosted_site / "search" / "search_index.json").read_text("utf-8"))
    assert index["config"]["pipeline"] == []
    names = {doc["location"]: doc["names"] for doc in index["docs"] if "names" in doc}
    assert names["actors/united-states/"] == ["US", "U.S.", "America", "Washington"]
    assert names["actors/us-congress/"] == ["Congress"]
    # "US Senators", the Senate's one other name, is of two words: it gives no name "US".
    assert "actors/us-senate/" not in names


def test_the_index_leaves_out_the_line_of_pages_under_each_point_of_difference(
    hosted_site,
) -> None:
    """A search for "Blinken" showed, as the words of a point of difference, "Pages on
    this point: ...", a line every point has. The line is marked data-search-exclude,
    which Material's search plugin leaves out of the index; the point's words stay."""
    index = json.loads((hosted_site / "search" / "search_index.json").read_text("utf-8"))
    points = [doc for doc in index["docs"] if doc["location"].startswith("differences/#")]
    assert len(points) >= 10
    assert not any("More on this" in doc["text"] for doc in index["docs"])
    assert all(doc["text"] for doc in points)
    # Nor the table's headings: a result showed "Version Sources" before the versions.
    assert not any("Version Sources" in doc["text"] for doc in points)
    # Nor the sources' cells, which ran into the next version ("... House of
    # Representatives. OC Media, 7 October 2024 Nearly 60: ...").
    assert not any("OC Media, 7 October 2024" in doc["text"] for doc in points)


def test_the_index_gives_the_differences_page_by_its_prose_not_its_overview_table(
    hosted_site,
) -> None:
    """A search showed the differences page as its overview table run together: "Point
    In short The title of the 1997 declaration ...". The table's cells and the lines
    over it are marked data-search-exclude; the opening prose stays, and each point's
    words under its own heading."""
    index = json.loads((hosted_site / "search" / "search_index.json").read_text("utf-8"))
    page = next(doc for doc in index["docs"] if doc["location"] == "differences/")
    # The story's one line, then the page's own opening.
    opening = page["text"].partition("</p>")[2].lstrip()
    assert page["text"].startswith("<p>How a letter of 3 October 2024 from US lawmakers")
    assert opening.startswith("<p>Where the sources disagree"), opening[:80]
    assert "Point In short" not in page["text"] and "In short" not in page["text"]
    assert "The title of the 1997 declaration" not in page["text"]
    assert "Changes the story" not in page["text"]
    point = next(
        d
        for d in index["docs"]
        if d["location"] == "differences/#difference-number-of-us-lawmakers"
    )
    assert "11 US senators" in point["text"]


def test_a_name_with_another_word_finds_the_pages_that_hold_both(
    reader, hosted_site, serve
) -> None:
    """The query "US sanctions": with "us" not in the index, "US" matched only longer words
    ("USAID"), and a quote of Karimli's came first; now the pages titled with both."""
    index = json.loads((hosted_site / "search" / "search_index.json").read_text("utf-8"))
    titles = {doc["location"]: doc["title"] for doc in index["docs"]}
    base = serve(hosted_site)
    reader.page.goto(base)
    first = result_locations(reader.page, "US sanctions")[0].removeprefix(base)
    assert {"US", "sanctions"} <= set(titles[first].split()), titles[first]
    reader.assert_quiet()


def test_a_page_opened_from_a_result_marks_words_not_parts_of_words(
    reader, hosted_site, serve
) -> None:
    """Material marks the words searched for on the page a result opens, also inside
    a word: for "why did the MPs want to end the agreements", "end" in "extending"
    and "suspended". Marks now start where a word does."""
    base = serve(hosted_site)
    reader.page.goto(base + "events/azerbaijani-mps-appeal-2024-10-05/?h=MPs+want+end+agreements")
    marks = reader.page.locator("article mark[data-md-highlight]")
    marks.first.wait_for(state="attached")
    reader.page.wait_for_timeout(500)
    found = marks.evaluate_all(
        """marks => marks.map(m => [
            (m.previousSibling && m.previousSibling.textContent || "").slice(-1),
            m.textContent])"""
    )
    assert {"MPs", "end", "agreements"} <= {word for _, word in found}, found
    inside = [(before, word) for before, word in found if before.isalnum()]
    assert inside == [], inside
    text = reader.page.locator("article").inner_text()
    # The page has words with "end" inside ("suspended", "independence"): the test
    # would pass for want of them.
    assert re.search(r"\w+end", text), text
    reader.assert_quiet()


def test_a_query_of_small_words_only_is_searched_as_typed(reader, hosted_site, serve) -> None:
    """With nothing else left, "to the" is searched as Material searches it: the
    words as the starts of longer ones ("Torture", "their")."""
    found = found_from(reader.page, serve(hosted_site), "to the")
    assert TORTURE in found, found[:5]
    reader.assert_quiet()


@pytest.mark.parametrize(
    ("words", "first"),
    [
        # The sources, in English, write "Mammadov", "Gadirli", "Aliyev": two letters
        # away from the Azerbaijani spelling, which found nothing.
        ("Qaya Məmmədov", "actors/gaya-mammadov/"),
        ("Məmmədov", "actors/gaya-mammadov/"),
        ("İlham Əliyev", "actors/ilham-aliyev/"),
    ],
)
def test_a_name_typed_in_azerbaijani_letters_finds_its_english_spelling(
    reader, hosted_site, serve, words: str, first: str
) -> None:
    found = found_from(reader.page, serve(hosted_site), words)
    assert first in found[:3], found[:5]
    reader.assert_quiet()


def test_each_result_is_a_link_named_by_its_heading_and_the_count_is_announced(
    reader, hosted_site, serve
) -> None:
    """Material draws a result as a link around an article: the link had no
    accessible name, and a screen reader said "link" for every result; the line
    with the number found was not a live region."""
    page = reader.page
    page.goto(serve(hosted_site))
    result_locations(page, "Bayramov")
    names = page.locator(".md-search-result__link").evaluate_all(
        "as => as.map(a => [a.getAttribute('aria-label'), a.querySelector('h1, h2').textContent,"
        " a.closest('li').querySelector('h1').textContent])"
    )
    assert names, names
    for label, heading, page_title in names:
        # A section's result names its page too: "Who was involved, Jeyhun Bayramov".
        said = (
            heading.strip() if heading == page_title else f"{heading.strip()}, {page_title.strip()}"
        )
        assert label == said, names
    meta = page.locator(".md-search-result__meta")
    assert meta.get_attribute("aria-live") == "polite"
    assert re.search(r"\d+ matching documents?", meta.inner_text()), meta.inner_text()
    reader.assert_quiet()
