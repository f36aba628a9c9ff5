"""The home page explains: lede, graphic, sections, figures, who stands where."""

from __future__ import annotations

import re

from generator import build, render

from .conftest import FIXTURE_CONTENT, ROOT


def untitled(markdown: str) -> str:
    """Markdown with its links' titles left out (tests/test_link_titles.py covers them)."""
    return re.sub(r' "[^"]*"\)', ")", markdown)


def site() -> dict[str, str]:
    files = render.render_site(build.validate(FIXTURE_CONTENT, ROOT))
    return {path: untitled(text) for path, text in files.items()}


def test_the_home_page_opens_with_the_lede_then_the_graphic_then_the_sections():
    home = site()["index.md"]
    title = home.index("# A small fixture episode")
    lede = home.index("On 5 October 2024 [a group of MPs]")
    graphic = home.index("<svg")
    section = home.index("\n## What happened\n")
    assert title < lede < graphic < section
    assert "the day before.\n{: .lede }\n" in home
    assert home.index("\n## Key figures {: #key-figures }\n") > section
    assert "- **43** MPs who signed *[OC Media, 7 October 2024]" in home


def test_who_stands_where_crosses_sides_with_stakes():
    catalog = build.validate(FIXTURE_CONTENT, ROOT)
    rows = render.who_stands_where(catalog)
    assert [(r.side, r.actor) for r in rows] == [
        ("Presidency <b>", "ilham-aliyev"),
        ("MPs who signed", "mps-group"),
        ("Government | ministers", "jeyhun-bayramov"),
    ]
    # A stake about an agreement takes the agreement's recorded positions.
    assert [p.stance for p in rows[1].cells[0]] == ["end"]
    assert [[p.stance for p in cell] for cell in rows[0].cells] == [[], ["reject"]]
    page = render.Page("index.md", catalog)
    assert page.stance(rows[0].cells[0]) == "–"
    assert untitled(page.stance(rows[1].cells[1])) == (
        "[criticises it](quotes/mps-terminate.md) (also [quote 2](quotes/aliyev-dirty-appeal.md))"
    )
    assert untitled(page.stance(rows[0].cells[1], full=True)) == (
        "[rejects it](quotes/aliyev-dirty-appeal.md)"
        " ([OC Media, 7 October 2024](sources/oc-media-2024-10-07.md))"
    )


def test_the_table_is_compact_on_the_home_page_and_full_on_the_agreements_index():
    files = site()
    home, agreements = files["index.md"], files["agreements/index.md"]
    row = "| **Presidency &#60;b&#62;** | [Ilham Aliyev](actors/ilham-aliyev.md) | – |"
    assert row + " [rejects it](quotes/aliyev-dirty-appeal.md) |\n" in home
    assert "| The US letter &#124; &#42;pipe&#42; |\n" in home
    full = "[rejects it](../quotes/aliyev-dirty-appeal.md) ([OC Media, 7 October 2024]"
    assert full in agreements
    assert agreements.index("\n## Who stands where {: #who-stands-where }\n") > agreements.index(
        "| Agreement |"
    )
