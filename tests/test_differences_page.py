"""The differences page opens with an overview, those that change the story first."""

from __future__ import annotations

import re

import markdown
import pytest

from generator import model, pages, pipeline, render, wording

from .conftest import FIXTURE_CONTENT, ROOT, edit, rendered


def test_differences_are_ordered_by_importance_then_point():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    assert [d.importance for d in catalog.differences] == ["medium", "high"]  # by id
    ordered = pages.differences_by_weight(catalog)
    assert [d.id for d in ordered] == ["who-wrote-the-appeal", "differences-signatories"]


def test_a_record_page_lists_its_differences_in_the_differences_pages_order(content):
    """An event's "Where sources differ" listed its differences in the order of their
    files: on the US letter's page, how many signed came before what the letter asked,
    the reverse of the differences page. Its lines now keep that page's order, and a
    difference without a gist, compared in a block of its own, follows them."""
    path = content / "differences" / "who-wrote-the-appeal.yaml"
    edit(path, "importance: high\n", "importance: high\ngist: the MPs, or the government\n")
    page = rendered(content)["events/letter-sent.md"]
    listed = page.partition("\n## Where sources differ")[2].partition("\n## ")[0]
    lines = [line for line in listed.split("\n") if line.startswith("- [")]
    assert [line.split("](")[0] for line in lines] == [
        "- [Who wrote the appeal &#124; and why",
        "- [How many MPs signed the appeal",
    ]


@pytest.mark.first_episode
def test_differences_about_the_background_only_come_after_those_about_the_episode():
    # In the real content: how each side names the 2020 war and September 2023 (all
    # before the episode's days) changes the story too, but after what the MPs asked.
    catalog = pipeline.validate(ROOT / "content", ROOT)
    high = [d.id for d in pages.differences_by_weight(catalog) if d.importance == "high"]
    assert high[-1] == "karabakh-2020-2023-characterisation", high
    assert "us-letter-wording" in high[:2], high


def test_the_overview_table_comes_first_and_the_details_follow_in_its_order():
    page = render.render_site(pipeline.validate(FIXTURE_CONTENT, ROOT))["differences.md"]
    # Not searched (tests/browser/test_search_loading.py): the marks aside, the text.
    assert "\n| <span data-search-exclude>Point</span> |" in page
    page = page.replace("<span data-search-exclude>", "").replace("</span> |", " |")
    page = page.replace("){: data-search-exclude } |", ") |")
    page = page.replace("\n{: data-search-exclude }\n", "\n")
    # A table per kind, under a line naming it, in the order of weight: no column of
    # the kind, which took the room of the text (sources are in the details).
    high = page.index("\n**Changes the story**\n\n| Point | In short |\n|---|---|\n")
    medium = page.index("\n**Numbers, dates, places**\n\n| Point | In short |\n|---|---|\n")
    assert "Kind" not in page and page.count("| Point | In short |") == 2
    # Without a gist, the row gives the number of versions; with one, the gist, as text.
    row = "| [Who wrote the appeal &#124; and why](#difference-who-wrote-the-appeal)"
    row += " | 2 versions |\n"
    assert (
        "| [How many MPs signed the appeal](#difference-differences-signatories)"
        " | forty-three, or no number &#60;b&#62; |\n"
    ) in page
    assert high < page.index(row) < medium < page.index("| [How many MPs signed the appeal]")
    first = page.index("\n## Who wrote the appeal &#124; and why {: #difference-who-wrote")
    second = page.index("\n## How many MPs signed the appeal {: #difference-differences")
    assert page.index(row) < first < second


def test_the_overview_cuts_a_long_title_cited_for_a_source_and_gives_it_whole(content):
    source = content / "sources" / "oc-media-2024-10-07.yaml"
    edit(source, "outlet: OC Media", "outlet: unknown")
    catalog = pipeline.validate(content, ROOT)
    page = render.Page("differences.md", catalog)
    source = catalog.get("oc-media-2024-10-07")
    assert isinstance(source, model.Source)
    assert wording.citation(source) == "MPs demand Azerbaijan cut military ties with US"
    assert page.cite(["oc-media-2024-10-07"]) == (
        "[“MPs demand Azerbaijan cut military…”](sources/oc-media-2024-10-07.md"
        ' "News report, 7 October 2024: “MPs demand Azerbaijan cut military ties with US”")'
    )


def test_quote_and_event_lists_cite_a_long_title_short_too(content):
    source = content / "sources" / "oc-media-2024-10-07.yaml"
    edit(source, "outlet: OC Media", "outlet: unknown")
    pages = rendered(content)
    listing, events = pages["quotes/index.md"], pages["events/index.md"]
    assert "Source: [“MPs demand Azerbaijan cut military…”](../sources/oc-media" in listing
    assert "[“MPs demand Azerbaijan cut military…”](../sources/oc-media" in events
    assert "[MPs demand Azerbaijan cut military ties with US]" not in listing + events


def test_a_source_list_gives_a_citation_only_where_it_adds_to_the_title(content):
    source = content / "sources" / "oc-media-2024-10-07.yaml"
    edit(source, "outlet: OC Media", "outlet: unknown")
    pages = rendered(content)
    actor = pages["actors/ilham-aliyev.md"]
    listed = actor[actor.index("## Sources") :]
    # A headline in quote marks: the outlet's words, not the site's.
    assert "- [“MPs demand Azerbaijan cut military ties with US”](../sources/oc-media" in listed
    assert "(MPs demand Azerbaijan cut military ties with US)" not in listed
    assert "(Caliber.Az, 5 October 2024)" in pages["actors/mps-group.md"]


def test_variants_of_one_wording_show_the_words_that_differ(content):
    # A difference whose versions are one wording with a word changed, beside one
    # whose versions are two different sentences.
    (content / "differences" / "a-variant.yaml").write_text(
        "id: a-variant\npoint: A word changed\nabout: [letter-sent]\nversions:\n"
        "  - says: We urge the department to press for the release of all prisoners.\n"
        "    sources: [oc-media-2024-10-07]\n"
        "  - says: We urge the department to ensure the release of all prisoners.\n"
        "    by: the *letter*\n"
        "    sources: [caliber-az-2024-10-05]\n"
    )
    pages = rendered(content)
    page = pages["differences.md"]
    variant = page[page.index("## A word changed") :]
    assert variant.index("Words and phrases not in the first version are marked.") < variant.index(
        "| <span data-search-exclude>Version</span>"
    )
    # Whose words they are follows them, outside the comparison.
    assert (
        "| We urge the department to <mark>ensure</mark> the release of all prisoners."
        " — the &#42;letter&#42; |" in variant
    )
    unlike = page[page.index("## How many MPs signed") :]
    assert "<mark>" not in unlike and "are marked" not in unlike
    # The same marks where the difference is listed on a record's page, and in an
    # agreement's table of the names the sources give it.
    assert (
        "to <mark>ensure</mark> the release of all prisoners. — the &#42;letter&#42; (["
        in (pages["events/letter-sent.md"])
    )
    names = pages["agreements/joint-declaration-1997.md"]
    assert "Words and phrases not in the first name are marked.\n\n| Name as given |" in names
    # Words are marked; punctuation alone (the quote mark here) is not.
    assert "| Joint <mark>Statement</mark> on “Future Military" in names


def test_a_name_unlike_the_first_alone_is_left_unmarked(content):
    path = content / "agreements" / "joint-declaration-1997.yaml"
    text = path.read_text(encoding="utf-8")
    old = '  - name: Joint Statement on "Future Military and Defense Cooperation between'
    assert old in text
    added = (
        "  - name: Joint Declaration on Future Military and Defense Cooperation between the"
        " Ministry of Defense and the Department of Defense\n"
        "    sources: [caliber-az-2024-10-05]\n"
        "  - name: Joint Statement on Defense Cooperation and Cross-Servicing between the"
        " Ministry of Defense and the Department of Defense\n"
        "    sources: [oc-media-2024-10-07]\n"
    )
    path.write_text(text.replace(old, added + old), encoding="utf-8")
    pages = rendered(content)
    names = pages["agreements/joint-declaration-1997.md"]
    # Every name is compared with the first; the third, no variant of it, alone is
    # shown unmarked, and the caption says so.
    assert (
        "Words and phrases not in the first name are marked. A name worded too differently"
        " to compare is shown without marks." in names
    )
    assert (
        "| Joint Statement on Defense Cooperation and Cross-Servicing between the Ministry"
        " of Defense and the Department of Defense |" in names
    )
    assert "| Joint <mark>Statement</mark> on" in names
    assert "and <mark>the Department of</mark> Defense |" in names  # "Defense" is the first's
    # A word of the first is never marked, whatever the name above lacks.
    assert "<mark>Declaration" not in names and "Declaration</mark>" not in names


@pytest.mark.first_episode
def test_the_note_over_marked_versions_speaks_of_the_versions_not_of_the_method():
    # "A version that shares too few words with the first is left unmarked" told how
    # the page is made; a reader is told what they see.
    page = render.render_site(pipeline.validate(ROOT / "content", ROOT))["differences.md"]
    assert "shares too few words" not in page
    assert "A version worded too differently to compare is shown without marks." in page


def _point_html(content, difference_id: str) -> str:
    """The differences page's section on one point, as HTML."""
    page = rendered(content)["differences.md"]
    section = page.split(f"{{: #difference-{difference_id} }}", 1)[1].split("\n## ", 1)[0]
    return markdown.markdown(section, extensions=["attr_list", "tables"])


def test_more_than_two_pages_on_a_point_are_a_list_left_out_of_search(content):
    """The line "More on this:" ran up to seven long titles together with commas,
    seven lines on a phone where one link's end and the next's start could not be told:
    more than two are a list, a link to an item, each left out of search as the line
    is; one or two stay on the line."""
    two = _point_html(content, "differences-signatories")
    assert re.search(r'<p class="point-pages" data-search-exclude>More on this: <a ', two)
    assert "<ul>" not in two
    edit(
        content / "differences" / "differences-signatories.yaml",
        "about: [mps-group, letter-sent]",
        "about: [mps-group, letter-sent, ilham-aliyev, aliyev-dirty-appeal]",
    )
    four = _point_html(content, "differences-signatories")
    assert '<p class="point-pages" data-search-exclude>More on this:</p>\n<ul>' in four
    items = re.findall(r"<li([^>]*)>(.*?)</li>", four)
    assert [attributes for attributes, _ in items] == [" data-search-exclude"] * 4
    assert all(item.count("<a ") == 1 for _, item in items), items
    # Each opens its line: a capital, as "Azerbaijani MPs ..." reads on a line of its own.
    assert all(re.match(r'<a href="[^"]+"[^>]*>[A-Z]', item) for _, item in items), items


def test_the_sources_of_each_version_are_left_out_of_search(content):
    """A search result ran a version's sources into the next version ("... House of
    Representatives. OC Media, 7 October 2024 Nearly 60: ..."): the sources' cells are
    left out of search, the versions' words stay in."""
    html = _point_html(content, "differences-signatories")
    rows = re.findall(r"<tr>\s*<td>(.*?)</td>\s*<td>(.*?)</td>\s*</tr>", html, re.DOTALL)
    assert len(rows) == 2, html
    for says, sources in rows:
        assert "data-search-exclude" not in says, says
        assert sources.startswith("<span data-search-exclude><a href="), sources
        assert sources.endswith("</a></span>"), sources
