"""The home page explains: lede, the sides at a glance, graphic, sections, figures; a
page of its own holds the one full table of who stands where."""

from __future__ import annotations

import dataclasses

import pytest

from generator import model, pipeline, render, stances

from .conftest import FIXTURE_CONTENT, ROOT, edit, rendered, untitled


def site() -> dict[str, str]:
    return site_of(pipeline.validate(FIXTURE_CONTENT, ROOT))


def site_of(catalog: render.Catalog) -> dict[str, str]:
    return {path: untitled(text) for path, text in render.render_site(catalog).items()}


def test_the_home_page_opens_with_the_lede_then_the_graphic_then_the_sections():
    home = site()["index.md"]
    title = home.index("# A small fixture episode")
    lede = home.index("On 5 October 2024 [a group of MPs]")
    graphic = home.index("<svg")
    section = home.index("\n## What happened\n")
    why = home.index("It matters because the MPs asked")  # linked in the lede already
    assert title < lede < why < graphic < section
    assert "the day before.\n{: .lede }\n" in home
    assert "a defence tie &#60;i&#62;.\n" in home  # plain prose, escaped, not the lede's class
    assert home.index("\n## Key figures {: #key-figures }\n") > section
    assert "- **43** MPs who signed *[OC Media, 7 October 2024]" in home


def test_who_stands_where_splits_each_stake_into_in_favour_and_against_by_side():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    rows, silent = stances.who_stands_where(catalog)
    assert [[s.label for s in row.stakes] for row in rows] == [
        ["The 1997 declaration"],
        ["The US letter | *pipe*"],
    ]
    # A stake about an agreement takes the agreement's recorded positions.
    declaration, letter = rows
    assert declaration.in_favour == []
    assert [(s.side, s.actor, [p.stance for p in s.positions]) for s in declaration.against] == [
        ("MPs who signed", "mps-group", ["end"])
    ]
    # Against the letter: the sides in the episode's order, whatever the stake's order.
    assert [(s.side, s.actor) for s in letter.against] == [
        ("Presidency <b>", "ilham-aliyev"),
        ("MPs who signed", "mps-group"),
    ]
    # A side's actor with no position is named apart, not dropped.
    assert [(s.side, s.actor) for s in silent] == [("Government | ministers", "jeyhun-bayramov")]
    page = render.Page("index.md", catalog)
    assert page.stands([]) == '<span class="stand-none">no one quoted in the sources</span>'
    # Each position with the quote that shows it, then its sources.
    cell = untitled(page.stands(letter.against))
    assert cell.startswith(
        '<span class="stand"><span class="stand-side">Presidency &#60;b&#62;</span>'
        ' <span class="stand-actor">**Ilham Aliyev** [rejects it](quotes/aliyev-dirty-appeal.md)'
        " ([OC Media, 7 October 2024](sources/oc-media-2024-10-07.md))</span></span>"
        ' <span class="stand"><span class="stand-side">MPs who signed</span>'
        ' <span class="stand-actor">**Azerbaijani MPs who signed the appeal**'
        " [criticise it](quotes/mps-terminate.md)"
        " (also [another quote](quotes/aliyev-dirty-appeal.md); source"
    )


def test_stakes_that_divide_the_sides_alike_share_one_row_with_the_quotes_of_each():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    stakes = catalog.episode.stakes
    # A second stake on which the MPs alone want something ended, in other words,
    # then one on which they take another stance: only the first two are alike.
    alike = model.Position(
        actor="mps-group",
        stance="end",
        quotes=["aliyev-dirty-appeal"],
        sources=["oc-media-2024-10-07"],
    )
    other = dataclasses.replace(alike, stance="criticise")
    stakes[1:1] = [
        model.Stake(label="USAID's work", positions=[alike]),
        model.Stake(label="Other talks", positions=[other]),
    ]
    rows = stances.who_stands_where(catalog).rows
    assert [[s.label for s in row.stakes] for row in rows] == [
        ["The 1997 declaration", "USAID's work"],
        ["Other talks"],
        ["The US letter | *pipe*"],
    ]
    (stand,) = rows[0].against
    (position,) = stand.positions
    assert position.quotes == ["mps-terminate", "aliyev-dirty-appeal"]
    assert position.sources == ["caliber-az-2024-10-05", "oc-media-2024-10-07"]
    # The stance reads once, of them all, in words that suit each (work is not
    # "ended"); stakes that different quotes show are each linked to their own,
    # by what they are, not a title for each quote.
    page = render.Page("index.md", catalog)
    cell = untitled(page.stands(rows[0].against, stakes=rows[0].stakes))
    # Each run names the sources that report it, as they differ here, by outlet alone.
    words = (
        " want an end to [the 1997 declaration](quotes/mps-terminate.md)"
        " ([Caliber.Az](sources/caliber-az-2024-10-05.md)) and"
        " [USAID’s work](quotes/aliyev-dirty-appeal.md)"
        " ([OC Media](sources/oc-media-2024-10-07.md))</span>"
    )
    assert words in cell and "[want an end to them]" not in cell
    # The table names each stake of the row on a line of its own.
    positions = site_of(catalog)["positions.md"]
    assert (
        '| <span class="stake">[The 1997 declaration](agreements/joint-declaration-1997.md)</span>'
        ' <span class="stake">USAID’s work</span> |'
    ) in positions
    assert words in positions


def test_where_to_start_names_each_records_kind_in_a_newcomers_words():
    """ "Which agreements the MPs asked to end (difference)" used the site's own term;
    a point on which the sources differ now says so."""
    home = site()["index.md"]
    start = home.partition("\n## Where to start\n")[2].partition("\n## ")[0]
    assert " (where the sources differ)\n" in start and "(difference)" not in start
    assert " (agreement)\n" in start


def test_a_group_of_people_takes_the_plural_verb_wherever_a_stance_follows_its_name():
    choices = model.field_specs(model.Position)["stance"]["choices"]
    assert set(model.PLURAL_STANCES) == set(choices)
    for stance in choices:
        singular, plural = model.LABELS[stance], model.PLURAL_STANCES[stance]
        # "wants it ended" / "want it ended": only the verb changes.
        assert singular.split()[1:] == plural.split()[1:] and singular != plural
    pages = site()
    # A person in the singular, a group in the plural, in the table of who stands
    # where and on the agreement's page.
    table = pages["positions.md"]
    assert "**Ilham Aliyev** [rejects it]" in table
    assert "**Azerbaijani MPs who signed the appeal** [criticise it]" in table
    assert (
        "(../actors/mps-group.md) want it ended (" in pages["agreements/joint-declaration-1997.md"]
    )
    # On the group's own page, in a sentence, "they" says who: its name is the title.
    stands = pages["actors/mps-group.md"]
    assert "- They [criticise the US letter &#124; &#42;pipe&#42;](../quotes/" in stands
    assert ": [criticise it]" not in stands
    aliyev = "- Ilham Aliyev [rejects the US letter &#124; &#42;pipe&#42;](../quotes/"
    assert aliyev in pages["actors/ilham-aliyev.md"]


def test_a_further_quote_of_a_position_is_linked_by_its_title_not_a_number():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    page = render.Page("index.md", catalog)
    titled = model.Position(
        actor="ilham-aliyev",
        stance="reject",
        quotes=["aliyev-dirty-appeal", "mps-terminate", "aliyev-dirty-appeal"],
        sources=["oc-media-2024-10-07"],
    )
    assert untitled(page.positions([titled])) == (
        "[rejects it](quotes/aliyev-dirty-appeal.md) (also [the MPs’ demand to end the"
        " agreements](quotes/mps-terminate.md); [a third quote](quotes/aliyev-dirty-appeal.md);"
        " source: [OC Media, 7 October 2024](sources/oc-media-2024-10-07.md))"
    )


def test_a_stance_reads_right_for_what_the_stake_is():
    """An agreement is "ended"; talks are not: the stance "end" on a stake about no
    agreement is "an end to it". Support for a text its actor wrote is "wrote it",
    as at a glance, not the authors' support for their own appeal."""
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    page = render.Page("index.md", catalog)
    end = model.Position(actor="mps-group", stance="end", sources=["oc-media-2024-10-07"])
    declaration, letter = catalog.episode.stakes
    talks = model.Stake(label="Talks on new agreements", positions=[end])
    assert page.stance(end, [declaration], plural=True) == "want it ended"
    assert page.stance(end, [talks], plural=True) == "want an end to it"
    assert page.stance(end, [talks], plural=False) == "wants an end to it"
    assert page.stance(end, [declaration, talks], plural=True) == "want an end to them"
    support = dataclasses.replace(end, stance="support")
    appeal = model.Stake(label="The appeal", about="letter-sent", positions=[support])
    assert page.stance(support, [appeal], plural=True) == "wrote it"
    # Its addressee's support is support; so is the authors' of a text not theirs.
    addressee = dataclasses.replace(support, actor="jeyhun-bayramov")
    assert page.stance(addressee, [appeal], plural=False) == "supports it"
    assert page.stance(support, [letter], plural=True) == "support it"
    # The quote and sources stay with the words.
    assert untitled(page.positions([support], True, [appeal])) == (
        "wrote it ([OC Media, 7 October 2024](sources/oc-media-2024-10-07.md))"
    )


def test_a_stance_for_what_it_concerns_is_in_favour_and_every_other_against():
    favour = {
        s for s in model.LABELS if model.Position(actor="a", stance=s, sources=["s"]).in_favour
    }
    stances = model.field_specs(model.Position)["stance"]["choices"]
    assert favour == {"keep", "reinstate", "defend", "support"}
    assert set(stances) - favour == {"end", "suspend", "criticise", "reject"}


def test_actors_in_no_side_show_as_others_in_the_full_table_only():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    declaration = catalog.get("joint-declaration-1997")
    outsider = model.Position(
        actor="jeyhun-bayramov", stance="keep", sources=["oc-media-2024-10-07"]
    )
    declaration.positions.append(outsider)
    catalog.episode.sides.pop()  # the side Jeyhun Bayramov is in
    assert stances.who_stands_where(catalog).rows[0].in_favour == []
    full = stances.who_stands_where(catalog, full=True).rows[0].in_favour
    assert [(s.side, s.actor) for s in full] == [("Others", "jeyhun-bayramov")]


def test_the_one_table_of_who_stands_where_is_on_its_own_page_with_every_stake():
    """The home page told the sides three times: at a glance, in prose and in the table,
    which the page of who stands where has too, with sources. The home page keeps the
    glance and the Browse list, each leading to that page's table, which keeps every stake."""
    files = site()
    home, positions = files["index.md"], files["positions.md"]
    assert "## Who stands where" not in home and "| At stake |" not in home
    assert "stand-actor" not in home and "No position recorded" not in home
    assert home.count("(positions.md)") == 2  # the glance title, the list to browse
    assert positions.count("\n# Who stands where {: #who-stands-where }\n") == 1
    table = positions.partition("\n| At stake |")[2]
    for stake in pipeline.validate(FIXTURE_CONTENT, ROOT).episode.stakes:
        assert f"| {stake.label.replace('|', '&#124;').replace('*', '&#42;')}" in table or (
            f"| [{stake.label}](" in table
        ), stake.label
    row = "| The US letter &#124; &#42;pipe&#42; | "
    assert (
        row + '<span class="stand-none">no one quoted in the sources</span> | <span class="stand">'
        in (table)
    )
    silent = (
        "\nNo position recorded by the sources for Jeyhun Bayramov (Government &#124; ministers).\n"
    )
    assert silent in table
    full = "[rejects it](quotes/aliyev-dirty-appeal.md) ([OC Media, 7 October 2024]"
    assert full in table


def test_a_position_without_a_quote_names_its_sources_in_the_table(content):
    """Words and a link to a quote show where a position comes from; a position the
    sources report without quoting its holder shows its sources instead."""
    episode = content / "episode.yaml"
    backing = (
        "      - actor: jeyhun-bayramov\n        stance: support\n"
        "        sources: [oc-media-2024-10-07, caliber-az-2024-10-05]\n"
    )
    edit(episode, "tag_names:", backing + "tag_names:")
    table = site_of(pipeline.validate(content, ROOT))["positions.md"]
    assert (
        "**Jeyhun Bayramov** supports it"
        " ([OC Media, 7 October 2024](sources/oc-media-2024-10-07.md);"
        " [Caliber.Az, 5 October 2024](sources/caliber-az-2024-10-05.md))</span>" in table
    )
    # A position with a quote links it, and names its sources too.
    assert (
        "[rejects it](quotes/aliyev-dirty-appeal.md)"
        " ([OC Media, 7 October 2024](sources/oc-media-2024-10-07.md))</span>" in table
    )


def test_an_actor_page_says_where_the_actor_stands_on_each_stake():
    files = site()
    aliyev, bayramov = files["actors/ilham-aliyev.md"], files["actors/jeyhun-bayramov.md"]
    # The stance and what it is on, one link to the words it sums up; then its
    # sources. A line under them says so only beside a stance left unlinked.
    assert (
        "\n## Where Ilham Aliyev stands {: #where-they-stand }\n\n"
        "- Ilham Aliyev [rejects the US letter &#124; &#42;pipe&#42;]"
        "(../quotes/aliyev-dirty-appeal.md) (source: [OC Media, 7 October" in (aliyev)
    )
    assert "Each stance that a source quotes" not in aliyev  # all its stances linked
    assert "Everyone’s positions: [who stands where](../positions.md)." in aliyev
    assert "Where they stand" not in bayramov  # no position recorded


def test_home_links_who_stands_where_twice_from_the_glance_title_and_browse():
    """A third link, a line "Every position on what is at stake ... is under who stands
    where" after a section, sent the reader to the page the glance title and the Browse
    list already lead to."""
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    home = render.render_site(catalog)["index.md"]
    assert home.count("(positions.md") == 2
    assert "Every position on what is at stake" not in home
    assert "Who is for and against what ([each position in its words](positions.md)):" in home
    assert "- [Who stands where](positions.md): who is for and who against what" in home


def test_under_the_lede_the_sides_at_a_glance_show_each_stake_they_split_over(content):
    episode = content / "episode.yaml"
    text = episode.read_text(encoding="utf-8")
    # Bayramov's side now backs the US letter, which two sides oppose: a split.
    backing = (
        "      - actor: jeyhun-bayramov\n        stance: support\n"
        "        sources: [oc-media-2024-10-07]\n"
    )
    episode.write_text(text.replace("tag_names:", backing + "tag_names:"), encoding="utf-8")
    home = untitled(rendered(content)["index.md"])
    glance = home.index("Who is for and against what ([each position in its words](positions.md)):")
    # Lede, why it matters (the nut graf follows the lede), the sides, then the
    # timeline: on a phone, the first screen holds the lede and why it matters.
    lede, why = home.index("On 5 October 2024"), home.index("It matters because")
    assert lede < why < glance < home.index("<svg")
    assert (
        '<span class="glance-stake">The US letter &#124; &#42;pipe&#42;</span>'
        ' <span class="glance-for"><span class="glance-head">For:</span>'
        " the Government &#124; ministers</span>"
        ' <span class="glance-against"><span class="glance-head">Against:</span>'
        " the Presidency &#60;b&#62;, the MPs who signed</span></li>\n" in home
    )
    # The MPs want the 1997 declaration ended and no source names anyone for it: at
    # a glance too, since the story turns on it.
    assert (
        '<span class="glance-stake">The 1997 declaration</span>'
        ' <span class="glance-for"><span class="glance-head">For:</span>'
        " no one quoted in the sources</span>"
    ) in home
    assert home.count('<li class="glance">') == 2


def test_a_side_named_as_it_reads_mid_line_opens_its_block_in_the_table_with_a_capital(
    content,
):
    """ "For: MP Gadirli, Opposition leader Karimli" keeps a capital mid-list: a side
    is written as it reads mid-line, and only the table's label, which opens a
    block, takes a capital."""
    episode = content / "episode.yaml"
    text = episode.read_text(encoding="utf-8").replace(
        "name: Government | ministers", "name: government | ministers"
    )
    backing = (
        "      - actor: jeyhun-bayramov\n        stance: support\n"
        "        sources: [oc-media-2024-10-07]\n"
    )
    episode.write_text(text.replace("tag_names:", backing + "tag_names:"), encoding="utf-8")
    files = rendered(content)
    home, table = untitled(files["index.md"]), files["positions.md"]
    assert '<span class="glance-head">For:</span> the government &#124; ministers</span>' in home
    assert '<span class="stand-side">Government &#124; ministers</span>' in table
    assert "government &#124; ministers</span>" not in table


def test_a_stake_nobody_opposes_is_at_a_glance_in_a_sentence(content):
    """That sides at odds agree on one thing is part of the story: every stake is at a
    glance, not only those someone opposes."""
    episode = content / "episode.yaml"
    episode.write_text(
        episode.read_text(encoding="utf-8")
        .replace("stance: reject", "stance: support")
        .replace("stance: criticise", "stance: defend"),
        encoding="utf-8",
    )
    home = untitled(rendered(content)["index.md"])
    assert home.count('<li class="glance">') == 2  # the 1997 declaration, the US letter
    # Nobody opposes the US letter now: one cell says so, in a line, not an empty box.
    assert (
        '<span class="glance-stake">The US letter &#124; &#42;pipe&#42;</span>'
        ' <span class="glance-for glance-all">'
        "The Presidency &#60;b&#62; and the MPs who signed are all for it;"
        " no one quoted in the sources is against it.</span></li>\n"
    ) in home
    assert home.count("glance-all") == 1  # the MPs want the declaration ended


def _stake_on_the_appeal(episode, *supporters: str) -> None:
    """Adds the stake "The MPs' appeal" (the fixture's letter-sent), each of `supporters`
    for it, with OC Media as source."""
    positions = "".join(
        f"      - actor: {actor}\n        stance: support\n        sources: [oc-media-2024-10-07]\n"
        for actor in supporters
    )
    stake = "  - label: The MPs' appeal\n    about: letter-sent\n    positions:\n" + positions
    edit(episode, "tag_names:", stake + "tag_names:")


def test_at_a_glance_a_side_for_what_it_wrote_says_so(content):
    """ "For: US lawmakers" on their own letter would read as others' backing."""
    _stake_on_the_appeal(content / "episode.yaml", "mps-group", "jeyhun-bayramov")
    home = untitled(rendered(content)["index.md"])
    # The MPs wrote it (letter-sent's author); the minister, its addressee, did not.
    assert (
        '<span class="glance-stake">The MPs’ appeal</span> <span class="glance-for glance-all">'
        "The MPs who signed (wrote it) and the Government &#124; ministers are all for it;"
    ) in home


def test_at_a_glance_a_side_is_named_without_its_note_and_the_sidebar_gives_way(content):
    """The table of who stands where gives "MP Gadirli (did not sign the appeal)";
    the glance, "MP Gadirli". The home page hides the sidebar, which would list
    the home page alone, so that the first screen holds more."""
    episode = content / "episode.yaml"
    edit(episode, "- name: MPs who signed", "- name: MPs (who signed)")
    home = rendered(content)["index.md"]
    glance = home[home.index("glance-title") : home.index("<svg")]
    assert "who signed" not in glance and "MPs</span>" in glance
    positions = rendered(content)["positions.md"]
    assert "MPs &#40;who signed&#41;" in positions[positions.index("| At stake |") :]
    assert '\nhide: ["navigation"]\n---\n' in home
    # Who stands where hides its contents column, which a page of no headings leaves empty.
    hidden = ("index.md", "positions.md")
    pages = rendered(content).items()
    assert all("hide:" not in page for path, page in pages if path not in hidden)


def test_an_actor_page_gives_stakes_it_takes_the_same_stance_on_one_line(content):
    episode = content / "episode.yaml"
    pages = rendered(content)
    lines = pages["actors/mps-group.md"].split("## Where they stand")[1].split("\n\n")[1]
    assert lines.count("\n- ") == 1  # two stances: want it ended, criticise it
    edit(episode, "stance: criticise", "stance: end")
    pages = rendered(content)
    lines = pages["actors/mps-group.md"].split("## Where they stand")[1].split("\n\n")[1]
    assert lines.count("- ") == 1
    # The stance once, of both stakes, linked to the first quote, with the sources of both.
    assert lines.startswith(
        "- They [want an end to the 1997 declaration and the US letter &#124; &#42;pipe&#42;]"
        "(../quotes/mps-terminate.md"
    )
    assert lines.count("caliber-az-2024-10-05.md") == 1


def test_one_speakers_words_and_one_source_are_said_in_the_singular(content):
    """A group "wants", one person "want"; one source is a "source", not "sources"."""
    episode = content / "episode.yaml"
    edit(episode, "stance: criticise", "stance: end")
    catalog = pipeline.validate(content, ROOT)
    page = render.Page("index.md", catalog)
    ((stakes, positions),) = stances.positions_by_actor(catalog)["mps-group"]
    group = untitled(page.positions(positions, True, stakes))
    one = untitled(page.positions(positions, False, stakes))
    assert group.startswith("[want an end to them](") and one.startswith("[wants an end to them](")
    actor = catalog.get("mps-group")
    single = dataclasses.replace(positions[0], sources=["oc-media-2024-10-07"])
    assert " (source: [OC Media, 7 October 2024](" in untitled(
        page.stand_line(actor, stakes, [single])
    )
    two = dataclasses.replace(single, sources=["oc-media-2024-10-07", "caliber-az-2024-10-05"])
    assert " (sources: [OC Media" in untitled(page.stand_line(actor, stakes, [two]))


def test_a_name_that_says_the_part_is_not_followed_by_it_again(content):
    """ "The senators who wrote to Blinken wrote it" says it twice: where the name
    says the part, the stance is said as it is."""
    catalog = pipeline.validate(content, ROOT)
    page = render.Page("index.md", catalog)
    support = model.Position(actor="mps-group", stance="support", sources=["oc-media-2024-10-07"])
    appeal = model.Stake(label="The appeal", about="letter-sent", positions=[support])
    assert page.stance(support, [appeal], plural=True) == "wrote it"
    actor = content / "actors" / "mps-group.yaml"
    edit(actor, "who signed the appeal", "who wrote the appeal")
    page = render.Page("index.md", pipeline.validate(content, ROOT))
    assert page.stance(support, [appeal], plural=True) == "support it"


@pytest.mark.first_episode
def test_a_screen_reader_meets_the_glance_as_a_titled_list_without_dots():
    """A screen reader read the glance as a run of spans straight on from the lede, and
    each "·" between a row's stakes as "dot". Its title is a heading to assistive tech
    but not to the page's contents (no Markdown heading); its rows, items of a list; a
    "·" is hidden from assistive tech, which hears a comma the eye does not see."""
    home = render.render_site(pipeline.validate(ROOT / "content", ROOT))["index.md"]
    title = "Who is for and against what ([each position in its words](positions.md)):"
    head = '{: .glance-title role="heading" aria-level="2" data-search-exclude }'
    assert f"{title}\n{head}\n" in untitled(home)
    # Not searched: its rows came up as "For: ... Against: ..." fragments.
    start = '\n<ul class="glance-rows" role="list" data-search-exclude>\n'
    rows = home[home.index(start) : home.index("</ul>")]
    assert rows.count('\n<li class="glance">') == 5
    assert rows.count("·") == 3
    between = '<span class="visually-hidden">,</span><span aria-hidden="true"> ·</span> '
    assert rows.count(between) == 3
    assert "The 1997 declaration" + between + "The 2013 agreement" in rows


def test_at_a_glance_members_of_a_group_who_hold_a_stance_without_it_are_counted_and_named(
    content,
):
    """ "For: the MPs who signed" would put the whole group behind what one member said."""
    episode = content / "episode.yaml"
    edit(episode, "    actors: [mps-group]", "    actors: [mps-group, jeyhun-bayramov]")
    edit(episode, "    actors: [jeyhun-bayramov]", "    actors: [azerbaijan]")
    _stake_on_the_appeal(episode, "jeyhun-bayramov")
    home = untitled(rendered(content)["index.md"])
    assert (
        '<span class="glance-stake">The MPs’ appeal</span> <span class="glance-for glance-all">'
        "One of the MPs who signed (Jeyhun Bayramov) is for it;"
    ) in home


def test_at_a_glance_a_side_that_names_its_person_in_full_is_shown_as_named(content):
    """ "President Ilham Aliyev", not "the President Ilham Aliyev"; "Aliyev" alone, in full."""
    episode = content / "episode.yaml"
    edit(episode, "- name: Presidency <b>", "- name: President Ilham Aliyev")
    home = untitled(rendered(content)["index.md"])
    assert "Against:</span> President Ilham Aliyev, the MPs" in home
    edit(episode, "- name: President Ilham Aliyev", "- name: Aliyev")
    assert "Against:</span> Ilham Aliyev, the MPs" in untitled(rendered(content)["index.md"])


def test_without_stakes_the_positions_page_says_what_is_missing_and_where_to_look(content):
    """An episode without `stakes` got "The sources report no positions on what is at
    stake" on its positions page, though its agreement's page gave a position the sources
    report: what it lacks is the table, which the page now says, pointing to the
    agreements; the home page does not point to the empty page."""
    episode = content / "episode.yaml"
    text = episode.read_text(encoding="utf-8")
    head, _, rest = text.partition("stakes:\n")
    _, tag_names, tail = rest.partition("\ntag_names:")
    episode.write_text(head + tag_names.lstrip("\n") + tail, encoding="utf-8")
    pages = rendered(content)
    positions = untitled(pages["positions.md"])
    assert "report no positions" not in positions
    assert "does not set out what is at stake, so it has no table of positions" in positions
    assert "[agreement](agreements/index.md)" in positions
    assert "(positions.md)" not in pages["index.md"]
    assert "stance: end" in (content / "agreements" / "joint-declaration-1997.yaml").read_text()
