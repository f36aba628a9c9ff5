"""The first episode's prose says exactly what its sources say, in words a reader cannot
misread: a 'no evidence' label cannot attach to the wrong words, and a figure is given as
the source gives it. Rules for every episode's links (a name leads to the person named; a
quote, event or difference is linked by the sentence's words) are generator/checks.py's."""

from __future__ import annotations

import re

import pytest
import yaml

from generator import meta, order, pipeline, render, urls
from generator.checks import shown_words
from generator.escape import typographic
from generator.links import find_links

from .conftest import ROOT, SEEDS, needs_seeds, untitled

# Every test here reads the first episode's records (see conftest).
pytestmark = pytest.mark.first_episode

# Fields that hold words of the sources rather than the site's own prose.
_NOT_PROSE = {"id", "text", "says", "name", "names", "title", "other_names", "archive", "url"}


@pytest.fixture(scope="module")
def catalog():
    return pipeline.validate(ROOT / "content", ROOT)


def _strings(pattern: str, skip: set[str]) -> list[tuple[str, str, str]]:
    """(file, field, text) for every string of the content files `pattern` finds, but
    for those of the fields in `skip`; runs of white space as one space."""
    found: list[tuple[str, str, str]] = []

    def walk(value: object, field: str, name: str) -> None:
        if isinstance(value, str) and field not in skip:
            found.append((name, field, " ".join(value.split())))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, str(key), name)
        elif isinstance(value, list):
            for item in value:
                walk(item, field, name)

    for path in sorted((ROOT / "content").glob(pattern)):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")), "", path.name)
    return found


def _prose() -> list[tuple[str, str, str]]:
    """(file, field, text) for every prose string in content/."""
    return _strings("**/*.yaml", _NOT_PROSE)


def test_a_no_evidence_label_never_follows_a_link_as_a_relative_clause():
    """'the [[us-state-department]], for which the sources report no evidence' reads as if
    the department itself were unproven: the label follows the charge, not a name."""
    assert not [
        (name, field)
        for name, field, text in _prose()
        if re.search(r"\]\],? for which the sources report no evidence", text)
    ]


def test_an_actors_description_does_not_link_another_speakers_quote(catalog):
    """An actor's description says who this is: it may link the actor's own words or a text
    addressed to them, but another person's rebuttal belongs on the event or quote it
    answers, where the actor page already lists it."""
    quotes = {quote.id: quote for quote in catalog.quotes}
    wrong = [
        (actor.id, link.target)
        for actor in catalog.actors
        for link in find_links(actor.description)
        if link.target in quotes
        and actor.id not in (quotes[link.target].speaker, quotes[link.target].addressee)
    ]
    assert not wrong


@needs_seeds
def test_the_over_300_figure_is_not_given_as_the_reports_own_count():
    """The report on Azerbaijani reactions gives 'over 300 political prisoners' inside its
    account of what Karimli believes; it does not say whose count it is."""
    seed = (SEEDS / "002_bf356d375fa915f2.txt").read_text(encoding="utf-8")
    assert (
        "believes that the call by nearly 60 U.S. Congressmen and Senators to release over 300"
        in (" ".join(seed.split()))
    )
    for name, field, text in _prose():
        if "300" in text:
            assert not re.search(r"by the count of|300 by the report", text), (name, field)


def test_the_home_page_opening_places_each_tie_as_the_sources_do(catalog):
    """The lede says where USAID worked (the MPs asked to end its work in Azerbaijan, not
    'there', which could be the US), and 'What happened' names the two agreements by their
    years: the sources date the instruments, not the start of defence cooperation."""
    episode = catalog.episode
    lede = " ".join(episode.lede.split())
    assert "USAID's work in Azerbaijan" in lede
    happened = _home_section(catalog, "What happened")
    assert "|1997 declaration]]" in happened and "|2013 agreement]]" in happened
    assert "dating from" not in " ".join(episode.why_it_matters.split())


def test_september_2023_is_dated_to_the_month_both_sides_give(catalog):
    """Only the MPs' letter gives a day, 20 September 2023, and it is the day of its own
    account (sovereignty restored); OC Media's account of the US letter gives the month. The
    event is dated to the month, and its note says where the day comes from."""
    event = catalog.get("september-2023-operation")
    assert str(event.date) == "2023-09"
    assert "20 September 2023" in " ".join(event.date_note.split())


def test_the_home_sections_quote_the_dirty_appeal_once(catalog):
    """The lede says Aliyev rejected the letter; 'What happened' quotes his words; 'How each
    side sees it' says what he made of the letter without quoting the same words again."""
    sections = " ".join(" ".join(section.text.split()) for section in catalog.episode.sections)
    assert sections.count("dirty appeal") == 1


def test_a_section_907_events_timeline_line_names_the_section(catalog):
    """The timeline's background shows each event by its brief alone: a background event
    about Section 907 says so ('declined to suspend the sanctions' left the reader to guess
    which)."""
    for event in catalog.events:
        if event.id in catalog.background and "section-907" in (event.agreements or ()):
            assert "Section 907" in (event.brief or event.title), event.id


def test_an_actors_description_does_not_link_again_the_body_its_role_line_links(catalog):
    """An actor page opens with its first role ('Member of parliament, Milli Majlis',
    linked) unless the description opens with it; the description under that line does not
    link the same body a second time."""
    repeated = []
    for actor in catalog.actors:
        role = actor.roles[0] if actor.roles else None
        if not role or not role.of or actor.description.startswith(role.title):
            continue  # no role line, or one the page leaves out
        repeated += [
            (actor.id, link.target)
            for link in find_links(actor.description)
            if link.target == role.of
        ]
    assert not repeated


def test_an_actors_description_does_not_open_by_repeating_its_name(catalog):
    """The actors index prints 'Name: description'; a description opening with the name
    ('An unnamed State Department spokesperson: An unnamed State Department spokesperson
    who...') says it twice."""
    for actor in catalog.actors:
        name = actor.name.casefold().removeprefix("the ")
        opening = actor.description.casefold().removeprefix("the ")
        assert not opening.startswith(name), actor.id


def test_russia_and_iran_carry_the_same_label_for_mammadlis_one_charge(catalog):
    """Both states are named in one sentence of Mammadli's: that the appeal was the
    government's signal to them. Each page labels the charge alike, not one of the two."""
    for state in ("russia", "iran"):
        description = " ".join(catalog.get(state).description.split())
        assert "the sources report no evidence for this" in description, state


def test_an_actors_description_gives_a_date_once(catalog):
    """'the report of 5 October 2024 and ... an item stamped 22:38 on 5 October 2024' says
    the same day twice in one sentence."""
    date = re.compile(
        r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|"
        r"September|October|November|December) \d{4}\b"
    )
    for actor in catalog.actors:
        dates = date.findall(" ".join(actor.description.split()))
        assert len(dates) == len(set(dates)), actor.id


def test_turan_is_linked_to_the_spokesperson_by_name_not_by_the_departments_title(catalog):
    """'was given a United States Department of State spokesperson's answer' read badly:
    a link shows the department's full name, so the spokesperson is linked instead."""
    description = " ".join(catalog.get("turan").description.split())
    assert "[[us-state-department]] spokesperson" not in description
    assert "us-state-department-spokesperson" in description


def test_the_cop29_choice_is_dated_next_to_the_choice(catalog):
    """'chosen to host COP29 on 9 December 2023' reads as if the conference were held that
    day; the MPs' letter dates the decision, so the date sits by 'chosen'."""
    title = catalog.get("cop29-hosting-decision").title
    assert "chosen on 9 December 2023 to host COP29" in title


def test_no_tag_uses_a_word_to_watch(catalog):
    """Tags are the site's own words, shown on every page they mark: 'claims' (a word to
    watch, implying doubt) is not one; the site calls a charge a charge."""
    records = (*catalog.actors, *catalog.agreements, *catalog.events, *catalog.quotes)
    tags = {tag for record in records for tag in (getattr(record, "tags", None) or ())}
    assert tags, "no tags: the test would check nothing"
    loaded = re.compile(r"\b(claim|claims|claimed|so-called|admitted|alleged)\b")
    assert not [tag for tag in tags if loaded.search(tag)]


def test_section_907s_description_leaves_the_presidents_refusal_to_its_status(catalog):
    """An agreement page shows its description, then its status: Section 907's said twice
    that the US president refused to suspend the sanctions the year before Mammadov's
    commentary. The status, where the suspension and reactivation are told, keeps it."""
    section = catalog.get("section-907")
    assert "president" in section.status_note
    assert "president" not in section.description


# A link clarifies; a link on every noun stops one who wants to read (EXPLAINER.md). The
# page cites its sources and lists who took part under the text, so running prose links
# only what a reader may want to open there.
MOST_LINKS_IN_A_PARAGRAPH = 5
MOST_LINKS_IN_AN_EVENTS_SUMMARY = 10
_LINK = re.compile(r"\[[^\]]*\]\((?!#)[^)\s]+\)")


@pytest.fixture(scope="module")
def pages(catalog):
    return {path: untitled(page) for path, page in render.render_site(catalog).items()}


def _opening_paragraphs(page: str) -> list[str]:
    """The running prose of a page: its paragraphs above the first table or list heading
    (the home page's article down to 'Key figures'), without the timeline, the
    at-a-glance rows or the line that leads back to the story."""
    body = page.partition("\n---\n")[2]
    for end in ("\n## Key figures", "\n## Where to start", "\n## Sources of this explanation"):
        body = body.partition(end)[0]
    if "\n## What happened" not in body:
        body = body.partition("\n## ")[0]
    kept = []
    for paragraph in body.split("\n\n"):
        paragraph = paragraph.strip().partition("\n{:")[0]
        if paragraph and paragraph[0] not in "<#|*" and not paragraph.startswith("[<title"):
            kept.append(paragraph)
    return [p for p in kept if "(../index.md)" not in p]


def test_the_storys_paragraphs_are_not_a_wall_of_links(catalog, pages):
    """The appeal's summary showed 17 links in four paragraphs (seven in its first: the
    outlet, the minister, USAID...); a reader wanting the story stumbled from link to link."""
    story = ["index.md", *(f"events/{event.id}.md" for event in catalog.events)]
    crowded, long = [], []
    for path in story:
        counts = [len(_LINK.findall(p)) for p in _opening_paragraphs(pages[path])]
        assert counts, path
        crowded += [(path, n) for n in counts if n > MOST_LINKS_IN_A_PARAGRAPH]
        if path != "index.md" and sum(counts) > MOST_LINKS_IN_AN_EVENTS_SUMMARY:
            long.append((path, sum(counts)))
    assert not crowded
    assert not long


def _home_section(catalog, heading: str) -> str:
    sections = {section.heading: section.text for section in catalog.episode.sections}
    return " ".join(sections[heading].split())


def test_the_home_page_does_not_check_karimlis_word_against_the_letter(catalog):
    """After Karimli's "started threatening the U.S. with sanctions", the site added "The
    MPs' letter uses that word only of past US measures, not of its own requests": the
    site answering one speaker's choice of word, as it does for no other, which read as
    taking the MPs' side. The home page gives his words and moves on; the MPs' own account
    of their requests ("it is time to respond") stands in their paragraph, and his quote's
    page gives the letter's own framing, reciprocity, rather than the word it lacks."""
    sides = _home_paragraphs(catalog, "How each side sees it")
    (others,) = [p for p in sides if p.startswith("Among Azerbaijanis who did not sign")]
    assert "uses that word" not in others and "own requests" not in others
    assert '"started threatening the U.S. with sanctions". The commentator' in others
    (mps,) = [p for p in sides if p.startswith("The MPs who signed")]
    assert '"it is time to respond". As the reports quote it' in mps
    # Why the glance has them for keeping up relations while they ask to end agreements.
    assert 'while Azerbaijan is committed to "continuing bilateral relations", "it is' in mps
    context = " ".join(catalog.get("karimli-lost-sense-of-reality").context.split())
    assert "does not use the word sanctions" not in context
    assert 'based on "the principle of reciprocity"' in context


def test_the_mps_war_criminals_charge_stands_beside_what_the_us_letter_asked(catalog):
    """The home page said the MPs' letter called for "the release of war criminals and the
    militarization of Armenia" and that "the sources report no evidence for either
    charge", as if the US letter asked to free no one; but the reports quote it asking for
    the release of prisoners "including ethnic Armenians", whom the MPs call war criminals.
    The page now says what the letter asked, what the MPs call it, and which parts no
    source bears out; the quote's label names the same charge."""
    asked = " ".join(catalog.get("us-letter-release-prisoners-oc-media").text.split())
    assert "including ethnic Armenians" in asked
    (mps,) = [
        p for p in _home_paragraphs(catalog, "How each side sees it") if p.startswith("The MPs")
    ]
    assert "no evidence for either charge" not in mps
    asks = 'the US letter asks for the release of prisoners "including ethnic Armenians"'
    letter = mps.index(asks)
    assert letter < mps.index('"calls for the release of war criminals') < mps.index("no evidence")
    # Whom the letter wants freed, not "those it would free": a letter frees no one.
    assert "the prisoners it wants freed include war criminals" in mps
    assert "none quotes the letter asking to arm Armenia" in mps
    # Each charge of the whole text stands as a bullet of its own: "the letter" there would
    # be either letter, and "it" nothing at all.
    for quote, who in [
        ("mps-letter-full-of-slander", "it"),
        ("mps-letter-full-text", "the US letter"),
    ]:
        label = " ".join(catalog.get(quote).allegation.split())
        assert f"those {who} would free include war criminals" in label, quote
        assert "the release of war criminals" not in label, quote
    # Each side's name for the same people is weighed alike: the page once flagged the MPs'
    # "war criminals" and left the US letter's "hostages, and POWs" unremarked.
    (us,) = [
        p for p in _home_paragraphs(catalog, "How each side sees it") if p.startswith("The US")
    ]
    assert (
        "The sources name none of those prisoners, and report no evidence that they include"
        " hostages and prisoners of war" in us
    )
    for quote in ("us-letter-release-prisoners-oc-media", "us-letter-release-prisoners-turan"):
        assert (
            catalog.get(quote).allegation == "that Azerbaijan holds hostages and prisoners of war"
        )
    assert catalog.get("us-letter-release-prisoners-demarche").allegation == (
        "that Azerbaijan holds hostages"
    )


def test_the_home_page_says_aliyevs_words_differ_between_the_reports(catalog):
    """'in words only OC Media reports' said too much: the report on Azerbaijani
    reactions has 'They cannot influence our will' too. The home page says whose
    wording it gives and links the difference between the two."""
    other = " ".join(catalog.get("aliyev-drafted-within-state-department").text.split())
    assert other.startswith("They cannot influence our will")
    happened = _home_section(catalog, "What happened")
    assert "only OC Media" not in happened
    # The link is the sentence's own words, not an aside in brackets that only carries it.
    assert (
        "as OC Media quotes him; [[aliyev-remarks-wording|other reports word it differently]]."
        in happened
    )


@needs_seeds
def test_why_it_matters_does_not_follow_a_sources_sentence(catalog):
    """'including its detention of dozens of journalists and critics, was under growing
    scrutiny as the country prepared to receive delegates and reporters' ran close to
    the report on the State Department's answer; the sentence now shares no run of
    seven words with any of the five texts."""

    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9]+", text.lower().replace("’", "").replace("'", ""))

    runs = set()
    for seed in SEEDS.glob("*.txt"):
        found = words(seed.read_text(encoding="utf-8"))
        runs |= {tuple(found[i : i + 7]) for i in range(len(found) - 6)}
    opening = _home_paragraphs(catalog, "Why it matters")[0]
    mine = words(re.sub(r'"[^"]*"', " ", opening))
    assert "COP29" in opening
    assert [mine[i : i + 7] for i in range(len(mine) - 6) if tuple(mine[i : i + 7]) in runs] == []


def test_the_home_page_labels_each_unborne_charge_in_the_paragraph_of_the_side_making_it(
    catalog,
):
    """The home page once said 'the sources report no evidence' in one paragraph gathering
    every charge, apart from the sides that made them. 'How each side sees it' now gives each
    side a paragraph, and each charge of fact no source bears out is labelled where it is
    told, in its maker's paragraph: the State Department's hand in the US letter (the
    president's, the MPs'), hostages and prisoners of war (the US lawmakers'), war criminals
    (the MPs'), the appeal as a signal to Russia and Iran (Mammadli's). The label is nowhere
    else in the lede and sections."""
    episode = catalog.episode
    texts = [episode.lede, episode.why_it_matters, *(s.text for s in episode.sections)]
    said = [
        paragraph
        for text in texts
        for paragraph in (" ".join(p.split()) for p in text.split("\n\n"))
        if "no evidence" in paragraph
    ]
    charges = {
        "The US lawmakers,": ["wanted the prisoners freed"],
        "President Aliyev": ["State Department itself had written the letter"],
        "The MPs who signed": ["war criminals", '"no doubt" the State Department organised'],
        "Among Azerbaijanis who did not sign": ['"a self-addressed appeal", the government'],
    }
    assert [p.partition(" ")[0] for p in said] == ["The", "President", "The", "Among"]
    sides = _home_paragraphs(catalog, "How each side sees it")
    for opening, words in charges.items():
        (paragraph,) = [p for p in sides if p.startswith(opening)]
        assert paragraph in said and paragraph.count("no evidence") == 1, opening
        for charge in words:
            assert charge in paragraph, charge
            assert paragraph.index(charge) < paragraph.index("no evidence"), charge


def _home_paragraphs(catalog, heading: str) -> list[str]:
    sections = {section.heading: section.text for section in catalog.episode.sections}
    return [" ".join(p.split()) for p in sections[heading].split("\n\n")]


def test_how_each_side_sees_it_gives_each_side_a_paragraph_opening_with_who_it_is(catalog):
    """The section read as a wall of attributed clauses: seven paragraphs, one opening
    'Each letter has been said to be someone else's work', another a speaker of the
    paragraph before. Each side now has one paragraph that opens with who it is, in the
    order of the row, and names its source; the parties' words are in quote marks."""
    openings = [
        ("The US lawmakers,", ["OC Media"]),
        ("President Aliyev", ["OC Media"]),
        ("The MPs who signed", ["Fazil Mustafa", "report on Azerbaijani reactions"]),
        (
            "Among Azerbaijanis who did not sign,",
            [
                "Erkin Gadirli",
                "OC Media",
                "Ali Karimli",
                "Nasimi Mammadli",
                "report on Azerbaijani reactions",
            ],
        ),
        ("The State Department,", ["report on its answer"]),
    ]
    paragraphs = _home_paragraphs(catalog, "How each side sees it")
    assert len(paragraphs) == len(openings)
    for paragraph, (opening, named) in zip(paragraphs, openings, strict=True):
        assert paragraph.startswith(opening), opening
        assert '"' in paragraph, opening
        for name in named:
            assert name in paragraph, (opening, name)


MOST_SENTENCES_IN_A_HOME_PARAGRAPH = 5


def test_no_paragraph_of_the_home_article_runs_past_five_sentences(catalog):
    """The paragraph of Azerbaijani voices outside the appeal ran to six sentences. Each
    paragraph of the lede and sections now keeps to five."""
    episode = catalog.episode
    texts = [episode.lede, episode.why_it_matters, *(s.text for s in episode.sections)]
    long = [
        paragraph[:60]
        for text in texts
        for paragraph in (" ".join(p.split()) for p in text.split("\n\n"))
        if len(re.split(r"(?<=[.!?])\s+(?=[A-Z\[\"])", paragraph))
        > MOST_SENTENCES_IN_A_HOME_PARAGRAPH
    ]
    assert not long


def test_what_happened_tells_the_events_and_leaves_each_sides_view_to_the_next_section(
    catalog,
):
    """'What happened' told the president's charge and listed who reacted, and 'How each
    side sees it' told both again. The events stay in the first; the charge and the
    reactions are the second's, each told there once; the State Department's reply is in
    its side's paragraph alone."""
    happened = _home_section(catalog, "What happened")
    sides = _home_section(catalog, "How each side sees it")
    for told in ("State Department itself", "Reactions followed", "valued the relationship"):
        assert told not in happened, told
    for name in ("Fazil Mustafa", "Erkin Gadirli", "Ali Karimli", "Nasimi Mammadli"):
        assert name not in happened and sides.count(name) == 1, name
    assert sides.count("values its bilateral relationship") == 1


def test_the_home_page_gives_each_figure_and_first_link_once_in_its_story(catalog, pages):
    """'Key figures' gave again the four numbers the lede and sections give with their
    sources (43 MPs, 11 senators and 49 representatives, the 1997 and 2013 agreements, three
    demands), and 'Where to start' linked again the three events the lede links, the 1997
    declaration and the State Department's reply. Both lists are gone; the two records
    they alone linked (the MPs' demand in their words, how the reports name the
    agreements) are linked from the sentence that tells them."""
    home = pages["index.md"]
    assert "## Key figures" not in home and "## Where to start" not in home
    story = " ".join(
        " ".join(text.split()) for text in (catalog.episode.lede, catalog.episode.why_it_matters)
    )
    assert "43 Azerbaijani MPs" in story
    happened = _home_section(catalog, "What happened")
    # The two counts of US signatories are on the differences page, linked from the story.
    assert "[[number-of-us-lawmakers|how many signed]]" in happened
    assert "[[mps-letter-demand-terminate-agreements|" in happened


def test_the_home_pages_list_of_sources_says_which_title_the_prose_cites_by_what_it_is(pages):
    """The story cites a text with no outlet by what it is ('the report on Azerbaijani
    reactions'); the list of sources below gave only titles ('Response from Azerbaijani MPs
    to U.S. Congressmen...'), and a newcomer had to click to match the two. Each such line
    now says how the site cites it."""
    listing = pages["index.md"].partition("\n## Sources of this explanation\n")[2]
    listing = listing.partition("\n## ")[0].replace("\u2019", "'")
    for title, cited in (
        ("Response from Azerbaijani MPs", "the report on Azerbaijani reactions"),
        ("U.S. Says", "the report on the State Department's answer"),
    ):
        (line,) = [line for line in listing.splitlines() if title in line]
        assert line.endswith(f"; the site cites it as {cited}"), title
    (oc_media,) = [line for line in listing.splitlines() if "OC Media" in line]
    assert "cites it as" not in oc_media


def test_three_borderline_charges_keep_their_labels_in_the_speakers_terms(catalog):
    """Each is a charge of fact no source gives evidence for, so each stays labelled:
    Karimli's that the president appointed the MPs (who put whom in parliament, not a
    matter of opinion), the MPs' that the US letter asks to free war criminals (guilt
    ascribed to people), and their reading of the Brussels meeting, which the label gives
    with the letter's own hedge ('effectively given an order'), not as a literal order."""
    assert (
        "appointed to parliament by the president"
        in catalog.get("karimli-lost-sense-of-reality").allegation
    )
    slander = " ".join(catalog.get("mps-letter-full-of-slander").allegation.split())
    assert slander.endswith("those it would free include war criminals")  # 2 charges, not 3
    brussels = " ".join(catalog.get("mps-letter-brussels-meeting").allegation.split())
    assert "amounted to an order" in brussels
    whole = " ".join(catalog.get("mps-letter-full-text").allegation.split())
    assert "the Brussels meeting amounted to an order" in whole


def _all_record_prose() -> list[tuple[str, str]]:
    """(file, text) for every string a reader sees in the records of content/, outside
    episode.yaml, with the sources' own versions (`says`) included."""
    strings = _strings("*/*.yaml", _NOT_PROSE - {"says"})
    return [(name, text.replace("\u2019", "'")) for name, _, text in strings]


@pytest.mark.parametrize(
    "wording",
    ["Azerbaijan's large-scale invasion of Nagorno-Karabakh", "detention of dozens of journalists"],
)
def test_a_reports_own_sentence_is_told_in_the_sites_words(wording):
    """The 2020 war's page said that the US letter 'highlighted Azerbaijan's large-scale
    invasion of Nagorno-Karabakh', OC Media's sentence word for word without quote marks,
    and Azerbaijan's page took 'the detention of dozens of journalists and critics' from
    the report on the State Department's answer. Each is now told in the site's words,
    still attributed to the report."""
    assert not [name for name, text in _all_record_prose() if wording in text]


def test_the_2020_war_keeps_oc_medias_word_invasion_as_its_summary_of_the_letter(catalog):
    """Put in the site's words, the sentence still gives 'invasion' as OC Media's summary
    of the US letter, not as the letter's word or the site's."""
    summary = " ".join(catalog.get("karabakh-war-2020").summary.split())
    assert (
        "OC Media, summarising the US lawmakers' letter in its own words, says the letter"
        " drew attention to a large-scale Azerbaijani invasion of Nagorno-Karabakh"
    ) in summary


# The two letters' pages open on their story: what the letter was, who wrote it to whom
# and what it asked, then what came of it; counts and wordings in one sentence that links
# the differences page, and who said what about the letter on the speaker's own page.
MOST_WORDS_IN_A_LETTERS_SUMMARY = 250
MOST_SENTENCES_IN_A_LETTERS_PARAGRAPH = 3
MOST_WORDS_IN_A_LETTERS_PARAGRAPH = 90


@pytest.mark.parametrize(
    "event_id", ["us-lawmakers-letter-2024-10-03", "azerbaijani-mps-appeal-2024-10-05"]
)
def test_a_letters_page_opens_in_paragraphs_of_a_few_sentences(catalog, event_id):
    """The US letter's page opened with 480 words of Markdown above its first heading,
    the MPs' appeal's with 594, where the other events' run 200 to 290: six and five
    paragraphs of counts, wordings and who said what, with what came of the letter in
    the middle. Each now shows under 250 words, in paragraphs of three sentences at most."""
    summary = catalog.get(event_id).summary
    assert shown_words(catalog, summary) < MOST_WORDS_IN_A_LETTERS_SUMMARY
    for paragraph in (" ".join(p.split()) for p in summary.split("\n\n")):
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z\[\"])", paragraph)
        assert len(sentences) <= MOST_SENTENCES_IN_A_LETTERS_PARAGRAPH, paragraph[:60]
        assert shown_words(catalog, paragraph) <= MOST_WORDS_IN_A_LETTERS_PARAGRAPH, paragraph[:60]


def test_the_us_letters_page_says_what_came_of_it_and_leaves_each_voice_to_its_page(catalog):
    """The US letter's page told, in its third paragraph, that Aliyev and the MPs
    answered it, then went back to what two reports add, to the words the MPs' reply
    ascribes to the congressmen and to who says the State Department was behind it; it
    said nothing of the US side. It now tells what the letter asked, then what came of
    it: the president's rejection, the appeal, and what the sources say, or do not say,
    of the US side. What the quotes' contexts below give (the request only one report
    mentions, the reports the letter cites) is not told again above them, and the MPs'
    reading of the letter is on their letter's page."""
    raw = catalog.get("us-lawmakers-letter-2024-10-03").summary
    paragraphs = [" ".join(p.split()) for p in raw.split("\n\n")]
    summary, asked, came = " ".join(paragraphs), paragraphs[0], " ".join(paragraphs[2:])
    for event in (
        "aliyev-jabrayil-speech-2024-10-04",
        "azerbaijani-mps-appeal-2024-10-05",
        "state-department-reply-2024-10",
    ):
        assert f"[[{event}|" in came, event
    assert "No source reports whether Blinken or his department acted on the letter" in came
    for told_elsewhere in (
        "provocative statements",
        "Human Rights Watch",
        "unresolved territorial conflicts",
        "military aggression",
    ):
        assert told_elsewhere not in summary, told_elsewhere
    # The charge that stays keeps its label, after it.
    charge = summary.index("saying the State Department was behind it")
    assert charge < summary.index("the sources report no evidence for this")
    assert asked.startswith("A group of US senators and representatives writes to")


def test_the_appeals_page_links_the_voices_on_it_and_labels_each_charge_it_keeps(catalog):
    """The appeal's page retold Karimli's and Mammadli's views and Mammadov's answer to
    Mammadli, each told on their own events' pages, before saying what came of the
    appeal. It now says that (nothing the sources report), then links each voice by the
    verb of what it did; each charge it keeps is labelled after it."""
    summary = " ".join(catalog.get("azerbaijani-mps-appeal-2024-10-05").summary.split())
    for event in (
        "fazil-mustafa-turan-remarks",
        "karimli-criticises-appeal",
        "mammadli-radio-azadlig-remarks",
    ):
        assert f"[[{event}|" in summary, event
    assert "has been addressed at the level" not in summary  # on Mammadli's page
    assert "No source reports a decision on the appeal" in summary
    for charge in ("State Department organised", "government's own move"):
        after = summary[summary.index(charge) :]
        assert after.index("the sources report no evidence") < 40, charge
    # "this" after a sentence of three links and four "it"s pointed at no one thing.
    assert "own move, for which the sources report no evidence." in summary


def _glance(page: str) -> list[str]:
    """The home page's sides at a glance, a line of plain words to each row."""
    rows = page[page.index('<ul class="glance-rows"') : page.index("</ul>")].split("</li>")
    return [" ".join(re.sub(r"<[^>]+>", " ", row).split()) for row in rows[:-1]]


def test_the_glance_names_each_side_so_a_newcomer_can_place_it(pages):
    """Above the prose that introduces anyone, "MP Gadirli", "commentator Mammadli"
    (easily taken for MP Gaya Mammadov) and "State Department are all for it" left a
    newcomer guessing; "MP Gadirli (though for the US letter's call on human rights)"
    read as a contradiction, and "For: no source reports anyone for them" as a slip
    ("none in the sources" before it read as "nobody, not even the US, backs them")."""
    assert "none in the sources" not in pages["index.md"] + pages[urls.POSITIONS]
    rows = _glance(pages["index.md"])
    assert rows[1] == (
        "The US lawmakers’ letter For: the US lawmakers (wrote it) Against: President"
        " Ilham Aliyev, the MPs behind the appeal, MP Erkin Gadirli"
    )
    assert rows[2].endswith(
        "For: MP Erkin Gadirli, opposition leader Ali Karimli Against: the MPs behind the appeal"
    )
    assert "For: no one quoted in the sources Against: the MPs behind the appeal" in rows[0]
    assert rows[4].endswith(
        " The MPs behind the appeal, commentator Nasimi Mammadli and the State Department are"
        " all for it; no one quoted in the sources is against it."
    )
    assert not any(word in " ".join(rows) for word in ("though", "no source reports"))


def _words(line: str) -> set[str]:
    return {w for w in re.findall(r"\w+", line.casefold()) if w not in ("a", "an", "the")}


def test_an_events_short_line_is_its_title_with_words_left_out_or_added(catalog):
    """The timeline's "MPs ask the foreign minister to end US agreements and USAID's
    work" headed its page as "Azerbaijani MPs appeal to the foreign minister to end the
    agreements with the US"; "values its ties" was "values its relationship" there, and
    "as MP Gaya Mammadov dates it" "by MP Gaya Mammadov's account": one event under
    two names. A brief now shortens its title, or adds to it, in the title's words."""
    paired = [event for event in catalog.events if event.brief]
    assert len(paired) >= 10
    for event in paired:
        title, brief = _words(event.title), _words(event.brief)
        assert title <= brief or brief <= title, (event.id, title ^ brief)


def test_the_events_index_dates_each_event_as_its_page_does(catalog, pages):
    """The events index gave "October 2024" where the commentary's page says "October
    2024, between 5 and 13 October" (its `not_after`) and Fazil Mustafa's "after 5
    October": the table now says what the page says of the day, without the page's
    note on how it was worked out."""
    index = pages["events/index.md"]
    for event in catalog.events:
        page = pages[f"events/{event.id}.md"]
        said = re.search(r"^\*(.+?)(?: \(.*\))?\*$", page, re.M)
        assert said, event.id
        if said.group(1) == "Date unknown":  # listed apart, under that heading
            undated = index.partition("\n## Date unknown\n")[2]
            assert f"({event.id}.md" in undated, event.id
            continue
        assert f"({event.id}.md) | {said.group(1)} |" in index, (event.id, said.group(1))
    assert "(gaya-mammadov-azertac-commentary.md) | Between 5 and 13 October 2024 |" in index
    assert "(fazil-mustafa-turan-remarks.md) | October 2024, on or after the 5th |" in index


def test_quotes_grouped_by_event_are_headed_with_the_events_own_date(pages):
    """Section 907's page headed Gaya Mammadov's quotes "**October 2024**: MP Gaya
    Mammadov comments to AZERTAC", and listed the same event a few lines below as
    "Between 5 and 13 October 2024": a group of quotes under an event of the period now
    dates it as the event's page does."""
    heading = re.compile(
        r"^\*\*(?!Looking back)(.+?)\*\*: \[[^\]]+\]\((?:\.\./)*events/([\w-]+)\.md", re.M
    )
    seen = 0
    for path, page in pages.items():
        for said, event_id in heading.findall(page):
            said_on_page = re.search(
                r"^\*(.+?)(?: \(.*\))?\*$", pages[f"events/{event_id}.md"], re.M
            )
            assert said == said_on_page.group(1), (path, said, event_id)
            seen += event_id == "gaya-mammadov-azertac-commentary"
    assert seen >= 2
    assert (
        "**Between 5 and 13 October 2024**: [MP Gaya Mammadov" in pages["agreements/section-907.md"]
    )


def test_each_event_on_the_timeline_pictures_axis_takes_one_line_when_wide(pages):
    """At 1280 px the picture's line "President Aliyev rejects the US lawmakers' letter
    and says the State Department wrote it" ran to a second line, the only one on the
    axis to: a short line reads at a glance, and the event's page says the rest. (The
    events after the period, led by their dates, may take more.)"""
    wide = re.search(r'<svg class="tl tl-wide".*?</svg>', pages["timeline.md"], re.S)
    assert wide
    # The axis ends at the first heading of events drawn off it (after the period, or of no
    # known date), after the description.
    axis = wide.group(0).partition("</desc>")[2].partition("not drawn on the axis")[0]
    labels = re.findall(r"<text>((?:<tspan[^>]*>[^<]*</tspan>)+)</text>", axis)
    assert len(labels) >= 8
    assert [label for label in labels if label.count("<tspan") > 1] == []
    assert "President Aliyev rejects the US lawmakers’ letter</tspan>" in axis


def test_a_quotes_own_quote_marks_are_single_inside_the_sites_double_ones(catalog, pages):
    """The 1997 declaration's page set the MPs' demand in curly marks around their own
    straight ones: “… particularly the "Joint Declaration … U.S." signed in 1997 …”, an
    inner mark read as closing the quotation. Wherever a quote's words stand in double
    marks, its own are single; its words are as the source gives them, and its page,
    which sets them in no marks, keeps its marks as written."""
    demand = catalog.get("mps-letter-demand-terminate-agreements")
    assert '"Joint Declaration on Future Military' in demand.text  # as the source prints it
    inner = "particularly the ‘Joint Declaration on Future Military and Defense Cooperation"
    for path in (
        "agreements/joint-declaration-1997.md",
        "agreements/acquisition-agreement-2013.md",
        "quotes/index.md",
    ):
        text = pages[path]
        assert inner in text and "Republic of Azerbaijan and the U.S.’ signed in 1997" in text
        assert '"Joint Declaration' not in text.partition("\n---\n")[2], path
    quote_page = pages["quotes/mps-letter-demand-terminate-agreements.md"]
    assert "> we ask you to take the following steps" in quote_page
    assert 'particularly the "Joint Declaration' in quote_page


def test_a_source_cited_after_another_is_named_as_a_sentence_does(pages):
    """ "(OC Media, 7 October 2024; Report on Azerbaijani reactions)" put a title's capital
    mid-sentence; a source cited by what it is reads as a noun there, "...; the report on
    Azerbaijani reactions"; one cited by whose it is, as before."""
    text = "\n".join(pages.values())
    assert not re.search(r"; \[?Report on", text)
    assert "; [the report on Azerbaijani reactions](" in text
    assert "; the report on Azerbaijani reactions)" in pages["timeline.md"]
    assert "; [Gaya Mammadov’s commentary](" in text


def test_a_source_cited_by_what_it_is_is_in_lower_case_wherever_it_is_cited(pages):
    """ "(Report on Azerbaijani reactions)" stood beside "(OC Media, ...; the report on
    Azerbaijani reactions)", and a table's cell read "the report on ..." above "Report
    on ...": a citation never opens a sentence, so it is in lower case, first or not,
    in brackets, after "Source:" and in a table's cell of sources. The sources page's
    "Cited as" column, which gave it a capital, cites it as every other table does."""
    capital = re.compile(r"\[?Report on (Azerbaijani|the State)")
    for path, page in pages.items():
        assert not capital.search(page.partition("\n---\n")[2]), path
    assert "(the report on Azerbaijani reactions)" in pages["timeline.md"]
    assert (
        "| <span data-search-exclude>[the report on the State Department’s answer]("
        in pages["differences.md"]
    )
    assert " · Source: [the report on Azerbaijani reactions](" in pages["quotes/index.md"]
    assert "| [the report on Azerbaijani reactions](" in pages["sources/index.md"]


def _drawing(page: str) -> str:
    """What the wide drawing of the timeline on a page shows (after its <desc>)."""
    start = page.index("</desc>", page.index('<svg class="tl tl-wide"'))
    return page[start : page.index("</svg>", start)]


def test_the_timeline_drawing_leaves_open_the_reactions_no_dated_source_bounds(catalog, pages):
    """The drawing headed Gadirli's band 'between 3 and 7 Oct' (OC Media of 7 October
    quotes him) and put the four reactions known only from undated texts, 'after 5
    Oct', on the same 3-7 October axis, above the State Department's answer of '8 Oct
    or later'; a note under it then said that all the October events drawn 'may also
    have come after 7 October 2024', Gadirli's among them. The band the sources leave
    open now says so in its heading, its bracket running on past the days, and the note
    is gone; the list under the drawing heads them the same way. Mammadov's commentary,
    which puts the letter and the speech in 'last week', has a band of its own (see
    test_mammadovs_commentary_is_drawn_and_listed_by_the_last_day_last_week_leaves)."""
    for page in (pages["index.md"], pages["timeline.md"]):
        drawing = _drawing(page)
        assert "Between 3 and 7 Oct 2024, day not given</tspan>" in drawing
        assert "between 3 and 7 Oct, possibly" not in drawing
        assert "October 2024, day not given, on or after the 5th" in drawing
        assert "may also have come" not in page
        open_band = drawing[drawing.index("on or after the 5th") : drawing.index("After 7 October")]
        for event in (
            "fazil-mustafa-turan-remarks",
            "karimli-criticises-appeal",
            "mammadli-radio-azadlig-remarks",
        ):
            assert f"events/{event}.md" in open_band, event
        assert "gadirli" not in open_band and "gaya-mammadov" not in open_band
    # The list under the drawing heads them the same way, before the aftermath.
    listing = pages["timeline.md"][pages["timeline.md"].index("\n## Background\n") :]
    heading = "\n## October 2024, day not given, on or after the 5th\n"
    assert listing.index(heading) < listing.index("\n## Afterwards\n")
    assert "\n## Between 3 and 7 October 2024, day not given\n" in listing


def test_the_drawing_puts_gadirlis_band_beside_the_days_it_spans(pages):
    """Gadirli's band, 'between 3 and 7 Oct', was drawn below the '6 to 7 Oct: no dated
    event' mark, which a reader following the axis down takes for after 7 October. It
    is now drawn after the letter of 3 October it answers, a dashed bracket beside the
    axis running from it past 4 and 5 October to the end of the 7th; the key over the
    drawing says what the dashed line means (see
    test_the_timeline_key_says_what_a_grey_box_its_place_and_its_dashed_line_mean)."""
    for page in (pages["index.md"], pages["timeline.md"]):
        drawing = _drawing(page)
        band = drawing.index("Between 3 and 7 Oct 2024, day not given</tspan>")
        assert drawing.index(">3 Oct</text>") < band < drawing.index(">4 Oct</text>")
        assert band < drawing.index("6 to 7 Oct&#58; no dated event")
        assert 'class="tl-axis tl-unsure tl-span"' in drawing


def test_mammadovs_commentary_is_drawn_and_listed_by_the_last_day_last_week_leaves(catalog, pages):
    """Gaya Mammadov's undated commentary speaks of the letter of 3 October and the
    speech of 4 October as 'last week'. It was drawn and listed with the reactions no
    source bounds, 'after 5 Oct, possibly after 7 Oct'; by its own words it was given by
    13 October at the latest (`not_after`), and its band, its heading in the list, its
    page and its quotes now say 'between 5 and 13 October'."""
    event = catalog.get("gaya-mammadov-azertac-commentary")
    assert event.not_after.iso() == "2024-10-13"
    note = " ".join(event.date_note.split())
    assert 'in "last week"' in note and "by 13 October at the latest" in note
    assert "OC Media, in its report of 7 October, dates the letter to 3 October" in note
    for page in (pages["index.md"], pages["timeline.md"]):
        drawing = _drawing(page)
        band = drawing.index("Between 5 and 13 Oct 2024, day not given</tspan>")
        commentary = drawing.index("events/gaya-mammadov-azertac-commentary.md")
        assert band < commentary < drawing.index("on or after the 5th")
    listing = pages["timeline.md"][pages["timeline.md"].index("\n## Background\n") :]
    bounded = listing.index("\n## Between 5 and 13 October 2024, day not given\n")
    assert bounded < listing.index("gaya-mammadov-azertac-commentary.md")
    assert listing.index("gaya-mammadov-azertac-commentary.md") < listing.index(
        "\n## October 2024, day not given, on or after the 5th\n"
    )
    line = "*Between 5 and 13 October 2024 (see [how it was worked out]"
    assert line in pages["events/gaya-mammadov-azertac-commentary.md"]
    assert "between 5 and 13 October 2024" in pages["quotes/gaya-mammadov-dialogue.md"]


def test_the_home_drawing_has_the_key_the_timeline_page_has(pages):
    """The home page drew squares and dots with no word on what they mean; only the
    timeline page said it. A key now stands above the drawing on both."""
    key = '{: .tl-key aria-hidden="true" data-search-exclude }'
    for name in ("index.md", "timeline.md"):
        page = pages[name]
        assert page.count(key) == 1 and page.count("dated to the day</span>") == 1, name
        assert page.index(key) < page.index('<svg class="tl tl-wide"'), name


def test_the_timeline_says_in_plain_words_where_an_event_dated_to_the_month_goes(pages):
    """'Where the sources give only the month, an event follows that month's days, under
    a heading that says what they tell of its day' took two readings. Then 'In the list
    under the drawing, they follow that month's days' said nothing of the drawing just
    under it, which puts Gadirli after 3 October, the list after 5 October. One sentence
    said where each puts such an event; the key just below it said the drawing's part
    again, so the sentence now says the list's, and the key the drawing's."""
    page = pages["timeline.md"]
    opening = page[: page.index('<svg class="tl tl-wide"')]
    assert "Where the sources give only the month" not in opening
    assert "In the list under the drawing, they follow" not in opening
    assert (
        "\nIn the list, events dated only to the month come after that month’s days, under a"
        " heading saying what is known of the day.\n"
    ) in opening
    assert opening.count("month only, at its first possible day") == 1  # the key
    # As it says: Gadirli is drawn after 3 October's letter, listed after 5 October's events.
    drawing = _drawing(page)
    gadirli = drawing.index("events/gadirli-remarks-2024-10.md")
    assert drawing.index(">3 Oct</text>") < gadirli < drawing.index(">4 Oct</text>")
    listing = page[page.index("\n## Background\n") :]
    assert listing.index("\n## 5 October 2024\n") < listing.index("events/gadirli-remarks")


def test_the_timeline_key_says_what_a_grey_box_its_place_and_its_dashed_line_mean(pages):
    """The key over the drawing said only what a dot and a square mark, and a smaller line
    inside the drawing that 'dashed brackets on the left' were 'the days each band's
    events may have fallen on': 'band' was never said, nor that a band is drawn at the
    first day its events may have fallen on (Gadirli's, drawn between 3 and 4 October,
    read as before Aliyev's speech), nor what the arrow at a bracket's foot means. One
    key, over the drawing, says it all, on the home page and the timeline's. It was then a
    grey paragraph of fifty words; it now shows each shape, small, with a few words."""
    for name in ("index.md", "timeline.md"):
        page = pages[name]
        start = page.index('<span class="tl-key-item">')
        end = page.index('\n{: .tl-key aria-hidden="true" data-search-exclude }\n', start)
        shown = re.sub(r"<svg .*?</svg>|<[^>]+>", " ", page[start:end]).split()
        assert " ".join(shown) == (
            "dated to the day month only, at its first possible day days it may fall on"
            " may be after 7 Oct"
        ), name
        assert end < page.index('<svg class="tl tl-wide"'), name
        # No second key inside the drawing, in another size.
        assert "Dashed brackets" not in page
        assert "tl-note" not in _drawing(page).split("Background")[0]


def test_every_band_of_the_timeline_drawing_is_joined_to_its_bracket(pages):
    """Three bands, two brackets: the band of the reactions '5 Oct or later' shared
    Mammadov's bracket, as both run on past 7 October, but no turn joined it, so it
    looked as if it had none. Each band now has a turn from the bracket to its top. Then
    the two ran as one line to one arrow, and no reader could tell which range ended
    where: each band now has a bracket of its own, in a lane of its own."""
    for page in (pages["index.md"], pages["timeline.md"]):
        drawing = _drawing(page)
        bands = re.findall(r'<rect class="tl-band" x="\d+" y="(\d+)"', drawing)
        turn = r'<line class="tl-axis tl-span" x1="\d+" y1="(\d+)" x2="\d+" y2="\1"/>'
        turns = set(re.findall(turn, drawing))
        assert len(bands) == 3
        assert all(top in turns for top in bands), (bands, turns)
        upright = r'<line class="tl-axis tl-unsure tl-span" x1="(\d+)" y1="(\d+)" x2="\1"'
        lines = re.findall(upright, drawing)
        assert len({x for x, _ in lines}) == 3 and {y for _, y in lines} == set(bands)


def test_the_timeline_words_the_days_of_its_bands_one_way(pages):
    """The bands were headed 'between 5 and 13 Oct', 'after 5 Oct, possibly after 7 Oct'
    and, off the axis, '8 Oct or later': three ways, and 'after 5 Oct' for a band drawn at
    5 October (the reactions followed the MPs' appeal, perhaps the same day). An open
    band now says '5 Oct or later', as the State Department's answer says '8 Oct or
    later'; the list under the drawing heads each group as the drawing does."""
    page = pages["timeline.md"]
    drawing = _drawing(page)
    drawn = re.findall(r'<text class="tl-note" font-weight="bold">(.*?)</text>', drawing)
    headings = [re.sub(r"<[^>]+>", " ", h).replace("  ", " ").strip() for h in drawn]
    assert "October 2024, day not given, on or after the 5th" in headings
    assert not any("after 5" in h or "possibly after" in h for h in headings), headings
    listing = page[page.index("\n## Background\n") :]
    assert "\n## October 2024, day not given, on or after the 5th\n" in listing
    months = re.findall(r"\n## (October 2024, day not given, .*)\n", listing)
    assert [h.replace("October", "Oct").replace("Oct 2024", "October 2024") for h in months] == [
        h for h in headings if h.startswith("October 2024, day not given")
    ]


def test_the_lachin_blockade_is_dated_unknown_as_no_source_dates_it(catalog, pages):
    """The background once listed 'Before 3 October 2024, date not given: A blockade of the
    Lachin Corridor' after the Brussels meeting of 5 April 2024, as if it came in 2024; then
    'Between 2020 and September 2023, date not given', from the order of OC Media's list,
    which is not a date. OC Media, the only source that mentions it, gives its length and no
    date: the blockade is listed with the events of unknown date, and its note says where
    OC Media names it and why that is not a date."""
    page = pages["timeline.md"]
    background = page[page.index("\n## Background\n") : page.index("\n## 3 October 2024\n")]
    assert "lachin-corridor-blockade.md" not in background
    assert "Between 2020 and September 2023" not in page + pages["events/index.md"]
    undated = page.partition("\n## Date unknown\n")[2]
    assert "(events/lachin-corridor-blockade.md" in undated
    assert pages["events/lachin-corridor-blockade.md"].count("\n*Date unknown (see ") == 1
    note = " ".join(catalog.get("lachin-corridor-blockade").date_note.split())
    assert "after the 2020 war and before the events of September 2023" in note
    assert "that is the order of its list, not a date" in note


def test_aliyevs_page_says_whose_rendering_it_quotes_and_labels_the_charge_it_tells(catalog):
    """Aliyev's page quoted "a dirty appeal that cannot influence our will", "in words only
    OC Media reports", and two quotes below gave "They cannot influence our will" from
    another report; it labelled a charge it had not yet told ("no evidence for his charge
    that..."), and left the US letter it rejects unlinked. It now says whose rendering it
    gives, tells the charge and then labels it, and links the letter at its first mention."""
    summary = " ".join(catalog.get("aliyev-jabrayil-speech-2024-10-04").summary.split())
    assert "only OC Media" not in summary
    assert '"a dirty appeal that cannot influence our will", as OC Media quotes him' in summary
    charge = summary.index("says the State Department itself wrote it")
    assert charge < summary.index("the sources report no evidence for this")
    assert summary.index("[[us-lawmakers-letter-2024-10-03|") < charge


def test_where_aliyev_spoke_is_a_difference_the_speech_and_its_quote_link_in_a_sentence(
    catalog,
):
    """The speech's page gave six lines to where Aliyev spoke (Jabrayil in the MPs' letter
    and Mammadov; 'before parliament' in OC Media, a time or a place), and the quote's
    context read 'a speech that the MPs' letter places in Jabrayil, as OC Media quotes it
    ... other words, which open with the close of this passage'. The place is now a
    difference, each source's words side by side; the event says it in two sentences and
    links it, and the quote's context says plainly what it is and where the other
    rendering starts. OC Media's phrase may say when, not where, so the point is of low
    importance: it came fourth of ten on the differences page, above the numbers."""
    where = catalog.get("where-aliyev-spoke")
    assert where.importance == "low"
    assert {s for v in where.versions for s in v.sources} == {
        "caliber-az-2024-10-05",
        "gaya-mammadov-commentary",
        "oc-media-2024-10-07",
    }
    summary = catalog.get("aliyev-jabrayil-speech-2024-10-04").summary
    paragraph = next(p for p in summary.split("\n\n") if "Jabrayil" in p)
    paragraph = " ".join(paragraph.split())
    assert "[[where-aliyev-spoke|" in paragraph
    assert len(re.findall(r"[.!?](?: |$)", paragraph)) == 2 and len(paragraph.split()) < 60
    quote = catalog.get("aliyev-dirty-appeal")
    context = " ".join(quote.context.split())
    assert "open with the close of this passage" not in context
    assert "He spoke [[where-aliyev-spoke|in Jabrayil]], according to the MPs'" in context
    other = catalog.get("aliyev-drafted-within-state-department")
    said = '"They cannot influence our will", where this one ends.'
    assert context.endswith(said)
    assert other.text.startswith("They cannot influence our will")
    assert quote.text.strip().endswith("cannot influence our will")


def test_the_state_departments_page_does_not_tell_again_what_its_quotes_say(catalog):
    """The answer's page summed up the spokesperson's words on COP29 and on peace, then
    printed the same two quotes under it; its note on the date said twice that the reports
    are undated, and once more the date the line under the title gives. The summary now says
    what was asked and what the words leave out; the note says each thing once."""
    event = catalog.get("state-department-reply-2024-10")
    summary = " ".join(event.summary.split())
    for told_below in ("COP29", "peace"):
        assert told_below not in summary, told_below
    assert "[[us-lawmakers-letter-2024-10-03|" in summary
    note = " ".join(event.date_note.split())
    assert note.count("undated") == 2  # each report, once
    assert "both reports are undated" not in note
    assert "dated only to October 2024" not in note  # the line under the title says it


def test_every_line_of_an_events_where_sources_differ_says_what_differs(catalog, pages):
    """A difference the summary linked was named under "Where sources differ" with
    nothing of what differs, the others with their gist: the MPs' appeal page had one
    line of two with it, the US letter's page neither, and a bare line read as one with
    its words missing. Every line now says in short what differs: the gist, else what
    the differences page says of it in short."""
    checked = 0
    for event in catalog.events:
        page = pages[f"events/{event.id}.md"]
        listed = page.partition("\n## Where sources differ")[2].partition("\n## ")[0]
        for difference in catalog.differences_by_record.get(event.id, []):
            line = next(ln for ln in listed.split("\n") if f"#difference-{difference.id}" in ln)
            assert re.fullmatch(r"- \[[^\]]*\]\([^)]*\): \S.*", line), (event.id, difference.id)
            if difference.gist:
                assert line.endswith(": " + render.inline(difference.gist, line_start=False))
            checked += f"[[{difference.id}|" in event.summary
    assert checked >= 5, checked
    appeal = pages["events/azerbaijani-mps-appeal-2024-10-05.md"]
    listed = appeal.partition("\n## Where sources differ")[2].partition("\n## ")[0]
    on_appeal = catalog.differences_by_record["azerbaijani-mps-appeal-2024-10-05"]
    assert len(on_appeal) >= 2 and listed.count("\n- ") == len(on_appeal)
    assert "-proposal): a demand, a request, or a proposal to the foreign ministry\n" in appeal
    letter = pages["events/us-lawmakers-letter-2024-10-03.md"]
    assert "-us-lawmakers): 11 senators and 49 representatives, or nearly 60\n" in letter


def test_the_agreements_page_says_the_mps_asked_to_end_the_agreements_in_force(catalog, pages):
    """The letter asks to "Terminate the agreements in force between Azerbaijan and the
    U.S., particularly" two; the agreements page said the MPs "want two agreements
    ended", once the difference record it leaned on was gone. The wider wording now
    rests on the MPs' positions on the two (`in_particular`), and links their words."""
    demand = catalog.get("mps-letter-demand-terminate-agreements")
    assert "Terminate the agreements in force between" in " ".join(demand.text.split())
    for agreement_id in ("joint-declaration-1997", "acquisition-agreement-2013"):
        position = catalog.get(agreement_id).positions[0]
        assert position.in_particular and demand.id in position.quotes
    opening = pages["agreements/index.md"].partition("\n# Agreements\n\n")[2].split("\n")[0]
    assert "want two agreements ended" not in opening
    assert (
        " want an end to the agreements in force with the [United States](../actors/"
        "united-states.md), two in particular: [the 1997 declaration](joint-declaration-1997.md)"
        " and [the 2013 agreement](acquisition-agreement-2013.md) ([in their words]"
        "(../quotes/mps-letter-demand-terminate-agreements.md))."
    ) in opening


def test_who_stands_where_says_what_it_shows_then_how_to_read_it_in_names_a_newcomer_places(
    catalog, pages
):
    """Its intro opened on how the table works ("by side: a row for each, with each
    actor named under its side in the column of its position"), and "A position is
    said in this site's words" gainsaid the home page's "each position in its words".
    It now says what the table shows, then in a sentence how to read a row. Its sides
    were "commentator Mammadli", "MP Gadirli (did not sign the appeal)": a newcomer
    could take the commentator for MP Gaya Mammadov; each person is named in full, as
    the home glance names them. The home page's list to browse lacked the page. A side
    of one person read "President Ilham Aliyev" over "**Ilham Aliyev** rejects it"."""
    body = pages[urls.POSITIONS].partition("\n# Who stands where")[2]
    shows, read = body.split("\n\n")[2:4]
    assert shows == (
        "Who is for and who against what is at stake in the story: every position the"
        " sources report, with its holder’s words where a source quotes them, and its sources."
    )
    assert read.startswith("Each row is something the story turns on, with who is for it")
    assert "this site’s words" not in body and "in the column of its position" not in body
    sides = re.findall(r'<span class="stand-side">([^<]*)</span>', body)
    # A side of one person that its label names, named once: in bold, by the label, its
    # note in brackets too ("MP Erkin Gadirli (did not sign the appeal)" stood over
    # "**Erkin Gadirli** criticises it").
    gadirli = "MP Erkin Gadirli &#40;did not sign the appeal&#41;"
    for side in ("President Ilham Aliyev", "Opposition leader Ali Karimli", gadirli):
        assert side not in sides and f'<span class="stand-actor">**{side}** [' in body, side
    assert "**Commentator Nasimi Mammadli** [" in body
    assert "**Ilham Aliyev**" not in body and "**Erkin Gadirli**" not in body
    for side in catalog.episode.sides:
        for actor in map(catalog.get, side.actors):
            if actor.type == "person" and actor.name.split()[-1] in side.name:
                assert actor.name in side.name, side.name
    browse = pages["index.md"].partition("\n## Browse\n")[2]
    assert browse.startswith(
        "\n- [Timeline](timeline.md): every event in date order\n- [Who stands where]"
        "(positions.md): who is for and who against what, with their words and the sources\n"
    )


def test_a_stance_links_its_quote_not_the_event_it_is_on(pages):
    """An actor's line read "rejects [the US lawmakers' letter] ... (quoted on [the US
    lawmakers' letter], ...)": the same words led to the event, then to a quote. A
    quote is now linked by its own title, after what it is on in plain words. (That no
    two links of a page with one name lead to two pages: tests/test_link_names.py.)"""
    gaya = pages["actors/gaya-mammadov.md"]
    assert "\n- Gaya Mammadov rejects [the US lawmakers’ letter](../quotes/gaya-mammadov-" in gaya
    assert "[as quoted](" not in gaya


def test_a_listed_quotes_line_links_its_page_without_an_attribution_dash(pages):
    """The quotes listings ended each quote with "— Quote page", fifty times: the dash
    of an attribution, as if "Quote page" said the words. The line under a listed
    quote gives when and where, then the page, with no dash; the quote's own page
    keeps its dash before the speaker it names."""
    listings = ["quotes/index.md", "quotes/by-event.md"]
    listings += [p for p in pages if p.startswith(("actors/", "events/", "agreements/"))]
    for path in listings:
        assert "\n— " not in pages[path] and "— [Quote page]" not in pages[path], path
    quotes = pages["quotes/index.md"]
    assert quotes.count("[Quote page](") >= 40
    assert "\n[Quote page](us-letter-immediate-action.md)\n{: .quote-by }\n" in quotes
    assert "\n— [Ilham Aliyev](../actors/ilham-aliyev.md)" in pages["quotes/aliyev-dirty-appeal.md"]


def test_a_one_word_quotes_line_does_not_read_as_its_reporters_word(pages):
    """ "“review” — OC Media quotes this single word ..." and "“disgusting” — OC Media
    reports ...": the dash of an attribution made OC Media the one who said the word.
    The word is followed by a colon and what it is about."""
    for path in ("quotes/index.md", "quotes/by-event.md", "actors/erkin-gadirli.md"):
        page = pages[path]
        assert "” — <span" not in page, path
        assert '\n“disgusting”: <span class="quote-context">OC Media reports' in page, path
    for path in ("events/azerbaijani-mps-appeal-2024-10-05.md", "actors/azerbaijani-mps-43.md"):
        assert '\n“review”: <span class="quote-context">OC Media quotes this' in pages[path]


def test_a_name_one_source_gives_is_said_to_be_that_sources(pages):
    """The peace treaty's page said "The sources call it “peace treaty” (Caliber.Az...)",
    naming one source. One source is named as the one where it is so called, not as
    the sentence's subject ("Caliber.Az, 5 October 2024 calls it ..." made a citation
    the one speaking); "the sources" stay for two or more. (The treaty's one name is in
    its title: its page no longer says it, see test_a_single_name_the_title_holds...)"""
    treaty = pages["agreements/armenia-azerbaijan-peace-treaty.md"]
    assert ") calls it “" not in treaty
    assert "The sources call it" not in treaty
    assert "\nThe sources call it “UN Charter” ([Caliber.Az" in pages["agreements/un-charter.md"]


def test_the_agreements_index_says_why_each_is_there_not_its_kind(catalog, pages):
    """The agreements index read as a dump: "Charter of the United Nations: treaty",
    four links "as the sources describe it" to four pages, and "What each side wants
    done with them" where the sources name one side's wishes. Each line now gives its
    description's first sentence, as the actors index does; the status is said to be
    the sources' account, and the line to the table says what it lists."""
    page = pages["agreements/index.md"]
    index = render.Page("agreements/index.md", catalog)
    for agreement in catalog.agreements:
        assert f"]({agreement.id}.md): {index.summary(agreement)}" in page, agreement.id
    assert "): treaty\n" not in page and "): law\n" not in page
    assert "each side" not in page
    assert "\n- [Section 907 of the Freedom Support Act](section-907.md): An amendment" in page
    assert ". In force, by the sources’ account.\n" in page
    for path, text in pages.items():
        assert text.count("[as the sources describe it](") <= 1, path


def test_a_line_of_where_they_stand_is_one_sentence_with_one_link_to_the_words(pages):
    """The MPs' "Where they stand" had ten links in a line, each quote by its title in
    the sentence ("their words in [the MPs: time to respond]"). A line is now the
    stance and what it is on, one link to the first quote it sums up, then its
    sources; the table of who stands where links its stances alike."""
    quote_link = re.compile(r"\]\((?:\.\./)?quotes/")
    lines = [
        line
        for path, page in pages.items()
        if path.startswith("actors/") and "{: #where-they-stand }" in page
        for line in page.partition("{: #where-they-stand }")[2]
        .partition("\nEveryone")[0]
        .split("\n")
        if line.startswith("- ")
    ]
    assert len(lines) > 10
    for line in lines:
        if "want an end to [" not in line and "rejects [" not in line:  # see the next test
            assert len(quote_link.findall(line)) <= 1, line
        assert not re.search(r"\[[^\]]*: [^\]]*\]\(", line), line  # no title "X: y" as words
    mps = pages["actors/azerbaijani-mps-43.md"]
    assert "{: #where-they-stand }\n\n- They want an end to [the 1997 declaration and" in mps
    assert "\n- They [wrote the MPs’ appeal](../quotes/mps-letter-full-text.md) (source: " in mps
    assert "time to respond](" not in mps.partition("## Where they stand")[2].partition("## ")[0]
    assert "their words on" not in pages[urls.POSITIONS] and "their words on" not in mps


def test_a_stance_on_stakes_its_quotes_cover_apart_links_each_run_to_its_own_quote(pages):
    """The MPs' line "They [want an end to the 1997 declaration, the 2013 agreement,
    talks on new agreements and USAID's work in Azerbaijan]" went to their demand to
    end the agreements alone, and Gaya Mammadov's "[rejects the US lawmakers' letter
    and the US letter's call on human rights]" to his words on the letter: the quotes
    on talks, on USAID and on the call were linked from neither their line nor the
    table. Stakes that different quotes show are each linked to their own."""
    mps, gaya = pages["actors/azerbaijani-mps-43.md"], pages["actors/gaya-mammadov.md"]
    line = next(line for line in mps.splitlines() if "want an end to" in line)
    for words, quote in (
        (
            "\n- They want an end to [the 1997 declaration and the 2013 agreement]",
            "terminate-agreements",
        ),
        ("), [talks on new agreements]", "cease-negotiations"),
        (") and [USAID’s work in Azerbaijan]", "usaid"),
    ):
        assert f"{words}(../quotes/mps-letter-demand-{quote}.md) (" in "\n" + line, words
    assert (
        "\n- Gaya Mammadov rejects [the US lawmakers’ letter](../quotes/gaya-mammadov-final-straw"
        ".md) and [the US letter’s call on human rights](../quotes/gaya-mammadov-entirely-"
        "unacceptable.md).\n"
    ) in gaya
    row = next(r for r in pages[urls.POSITIONS].split("\n") if "Talks on new agreements" in r)
    assert "want an end to them" not in row
    for quote in ("terminate-agreements", "cease-negotiations", "usaid"):
        assert f"(quotes/mps-letter-demand-{quote}.md)" in row, quote


def test_the_line_on_linked_stances_shows_only_beside_a_stance_left_unlinked(pages):
    """ "Each stance that a source quotes links to the quote it sums up." stood on every
    actor page with a quoted stance, where every stance was a link anyway. It is kept
    where it tells linked stances from one no source quotes (Erkin Gadirli's support
    for the call on human rights)."""
    note = "\nEach stance that a source quotes links to the quote it sums up.\n"
    for name in ("ilham-aliyev", "azerbaijani-mps-43", "gaya-mammadov", "fazil-mustafa"):
        assert note not in pages[f"actors/{name}.md"], name
    gadirli = pages["actors/erkin-gadirli.md"]
    assert "\n- Erkin Gadirli supports [the US letter’s call on human rights](../events/" in gadirli
    assert note in gadirli


def test_wrote_it_links_the_whole_text_not_one_passage_of_it(pages):
    """ "They [wrote the MPs' appeal]", and "wrote it" in the table, went to "the MPs:
    time to respond", a passage on reciprocity: what "wrote it" sums up is the letter,
    so it links the letter's whole text."""
    mps, table = pages["actors/azerbaijani-mps-43.md"], pages[urls.POSITIONS]
    assert "[wrote the MPs’ appeal](../quotes/mps-letter-full-text.md)" in mps
    assert "[wrote it](quotes/mps-letter-full-text.md)" in table
    assert "wrote it](quotes/mps-letter-reciprocity" not in table
    # The passage on reciprocity is linked where it is the words: keeping up relations.
    assert "[wrote the MPs’ appeal](../quotes/mps-letter-reciprocity" not in mps
    assert (
        "\n- They [support keeping up relations between Azerbaijan and the US]"
        "(../quotes/mps-letter-reciprocity.md) (source"
    ) in mps


def test_the_row_of_good_relations_reads_in_the_glance_the_table_and_a_sentence(catalog, pages):
    """ "Good relations between the two countries, as each puts it" read oddly in a
    sentence ("Gaya Mammadov supports good relations between the two countries, as each
    puts it") and puzzled in the glance. The stake says what the four back, in words
    each of their quotes bears out, without making the MPs' side Washington's."""
    labels = [stake.label for stake in catalog.episode.stakes]
    assert "Keeping up relations between Azerbaijan and the US" in labels
    assert not [label for label in labels if "as each puts it" in label]
    assert (
        "\n- Gaya Mammadov [supports keeping up relations between Azerbaijan and the US]"
        "(../quotes/gaya-mammadov-dialogue.md).\n"
    ) in pages["actors/gaya-mammadov.md"]
    glance = _glance(pages["index.md"])
    # The MPs' letter notes "Azerbaijan's commitment to continuing bilateral relations": the
    # group is for it, not two of its members only.
    assert glance[4].startswith(
        "Keeping up relations between Azerbaijan and the US The MPs behind the appeal,"
    )
    assert "\n| Keeping up relations between Azerbaijan and the US | " in pages[urls.POSITIONS]


def test_where_sources_differ_keeps_the_differences_pages_order_on_every_page(catalog, pages):
    """The US letter's page named how many signed before what the letter asked, the
    reverse of the differences page, which leads with what changes the story. Every
    record page now lists them in that page's order."""
    from generator.pages import differences_by_weight

    rank = {d.id: i for i, d in enumerate(differences_by_weight(catalog))}
    checked = 0
    for path, page in pages.items():
        listed = page.partition("\n## Where sources differ")[2].partition("\n## ")[0]
        ids = re.findall(r"\(\.\./differences\.md#difference-([\w-]+)\)", listed)
        assert ids == sorted(ids, key=rank.__getitem__), path
        checked += len(ids) > 1
    assert checked >= 3, checked
    letter = pages["events/us-lawmakers-letter-2024-10-03.md"].partition("## Where sources differ")[
        2
    ]
    assert letter.index("#difference-us-letter-wording") < letter.index(
        "#difference-number-of-us-lawmakers"
    )


def _marked_row(page: str, heading: str, opening: str) -> str:
    """The table row under `heading` of the differences page that opens with `opening`."""
    section = page.partition(heading)[2].partition("\n## ")[0]
    (row,) = [line for line in section.splitlines() if line.startswith("| " + opening)]
    return row


def test_the_differences_page_marks_only_words_its_first_version_lacks(pages):
    """The page says "words not in the first version are marked", but marks followed an alignment
    in order: "letters to themselves" was marked though OC Media's first version has
    "writing letters to themselves", and "U.S." though the letter has "U.S."."""
    page = pages["differences.md"]
    unmarked = lambda row: re.sub(r"<mark>.*?</mark>", "…", row)  # noqa: E731
    aliyev = _marked_row(page, "{: #difference-aliyev-remarks-wording }", "“they")
    assert "letters to themselves" in unmarked(aliyev)
    assert "<mark>write</mark>" in aliyev and "<mark>Azerbaijan</mark>" in aliyev
    usaid = _marked_row(page, "{: #difference-scope-of-usaid-demand }", "In the report’s")
    assert "the U.S. Agency" in unmarked(usaid) and "in Azerbaijan," in unmarked(usaid)
    assert "<mark>halting</mark>" in usaid and "<mark>as well as ending</mark>" in usaid


def test_the_appeals_page_folds_a_one_word_quote_into_its_line_and_names_usaid_once(pages):
    """After the ten passages of the MPs' letter, OC Media's "review" stood alone in a
    blockquote and read as stray; it is now one line with what it is about. The
    summary's first paragraph named USAID twice, in two requests that are one."""
    appeal = pages["events/azerbaijani-mps-appeal-2024-10-05.md"]
    assert "> “review”" not in appeal
    assert (
        '\n“review”: <span class="quote-context">OC Media quotes this single word from the'
        " MPs’ appeal to the foreign minister; the appeal, as Caliber.Az prints it, does not"
        " use the word but asks for steps to reassess relations with the US; each source’s verb"
        " is on the differences page.</span>  \n5"
        " October 2024 · Source: [OC Media, 7 October 2024]"
    ) in appeal
    assert "\n{: .quote-by .quote-word }\n" in appeal
    summary = appeal.partition("\n---\n")[2].partition("\n# ")[2].split("\n\n")[2]
    assert summary.count("USAID") == 1


def test_the_about_pages_examples_of_worked_out_dates_are_the_sites_own_words(pages):
    """About said undated reactions are dated "after 3 October" or "before 3 October",
    words no page uses: the events say "October 2024, on or after the 5th" and "Between 5
    and 13 October 2024". Each example it gives is now on an event's page."""
    about = " ".join((ROOT / "docs" / "about.md").read_text(encoding="utf-8").split())
    said = re.search(r"as far as they allow \(a month, (.*?)\)", about)
    examples = re.findall(r"“([^”]+)”", said.group(1))
    events = "".join(text for path, text in pages.items() if path.startswith("events/"))
    assert len(examples) >= 2
    for example in examples:
        said_so = re.escape(f"{example} (see [how it was worked out]")
        assert re.search(rf"(?i)(?:, |\*){said_so}", events), example


def test_the_commentary_is_dated_alike_on_its_source_page_and_its_event(catalog, pages):
    """The commentary's source page said it "was evidently given in the following week"
    (7 to 13 October), its event and the timeline "between 5 and 13 October". Both now
    give the event's dating, and the source page links the event that says how."""
    source = pages["sources/gaya-mammadov-commentary.md"]
    event = pages["events/gaya-mammadov-azertac-commentary.md"]
    assert "following week" not in source
    assert "between 5 and 13 October" in " ".join(source.split())
    assert "](../events/gaya-mammadov-azertac-commentary.md" in source
    assert "*Between 5 and 13 October 2024 (see [how it was worked out]" in event


def test_the_usaid_points_gist_names_whose_organisations_each_version_means(catalog):
    """ "Whose projects besides USAID's ...: those of US non-governmental organisations, of
    other US-based organisations, or of USAID's own" read as USAID's own projects, which
    the point's question had set aside; "USAID's own non-governmental organisations" then
    gave one reading of the report's "its" as the report's words. The gist quotes "its" and
    names the reading as one."""
    gist = " ".join(catalog.get("scope-of-usaid-demand").gist.split())
    assert gist.endswith(
        'or of USAID and "its" non-governmental organisations, which may mean USAID\'s own'
    )


def test_each_agreements_index_line_says_why_it_is_in_the_story(pages):
    """The index's line for the UN climate convention said only "The UN climate
    convention.", and the peace treaty's said "proposed" three times in two sentences.
    Each line's first sentence now ties the record to the story, and says a status once."""
    lines = [line for line in pages["agreements/index.md"].splitlines() if line.startswith("- [")]
    assert len(lines) >= 7
    for line in lines:
        said = line.partition("): ")[2]
        first = said.split(". ")[0]
        assert len(first.split()) >= 8, line
        assert said.lower().count("proposed") <= 1, line
    unfccc = next(line for line in lines if "(unfccc.md)" in line)
    assert "COP29" in unfccc.partition("): ")[2].split(". ")[0]


def test_a_gist_sets_each_sides_own_words_in_quote_marks(catalog):
    """ "press for, or ensure; POWs (prisoners of war), or detainees" and "a patriotic war
    and restored sovereignty" ran the sources' words into the site's, and the first read
    as an instruction. Where a gist sets wordings side by side, each is in quote marks;
    the Senate's page no longer calls the chamber "US Senators", OC Media's word for its
    members."""
    gists = {d.id: " ".join(d.gist.split()) for d in catalog.differences}
    assert (
        '"press for" or "ensure"; "POWs" (prisoners of war) or "detainees"'
        in gists["us-letter-wording"]
    )
    assert '"Mutual Services" or "Cross-Servicing"' in gists["acquisition-agreement-2013-title"]
    assert '"Declaration" or "Statement"' in gists["joint-declaration-1997-title"]
    assert 'the "Patriotic War"' in gists["karabakh-2020-2023-characterisation"]
    assert '"in Jabrayil", or "before parliament"' in gists["where-aliyev-spoke"]
    assert catalog.get("us-senate").other_names == []
    charter = catalog.get("un-charter").description
    assert "both Azerbaijani texts" not in charter and not charter.startswith("The Charter")


def test_the_home_glance_and_who_stands_where_say_the_sources_silence_alike(pages):
    """The home glance said "For: the sources name no one" and /positions/, for the same
    empty cell, "no source reports anyone": two wordings of one fact, a page apart. Both
    now say "no one quoted in the sources": "the sources name no one" read as if the
    sources were silent on everything."""
    everything = "".join(pages.values())
    assert "the sources name no one" not in everything
    assert "no source reports anyone" not in everything
    assert "no one quoted in the sources" in pages["positions.md"]
    assert "no one quoted in the sources" in pages["index.md"]


def test_the_sides_terms_stay_theirs(catalog):
    """The US letter's event said in the site's voice that it asked Azerbaijan "to free
    political prisoners, hostages and others it holds"; the page on September 2023 said
    Azerbaijan "had restored its sovereignty", one side's term, unmarked; Azerbaijan's page
    said a report "notes" its record drew attention, a word that vouches for it; the
    Caliber.Az event had two titles."""
    letter = " ".join(catalog.get("us-lawmakers-letter-2024-10-03").summary.split())
    assert 'to free "all political prisoners, hostages" and others' in letter
    september = " ".join(catalog.get("september-2023-operation").summary.split())
    assert 'grew once Azerbaijan had "restored its sovereignty"' in september
    assert " notes " not in catalog.get("azerbaijan").description
    published = catalog.get("mps-letter-published-2024-10-05")
    assert published.title == published.brief


def test_a_paraphrase_is_not_introduced_as_a_sources_words(catalog):
    """Erkin Gadirli's page said "In the report's words, he agreed with the letter on
    human rights ... but felt the US had not respected ...": the site's own summary, put
    as OC Media's words. A record's prose opens a source's words only on quoted text."""
    for record in [*catalog.actors, *catalog.events, *catalog.agreements]:
        prose = " ".join(
            " ".join(getattr(record, f, "") or "" for f in ("description", "summary")).split()
        )
        for said in re.findall(r"(?:^|[.;] )In [^,.:\"]*\bwords, (.)", prose):
            assert said in '"“', (record.id, prose)
    gadirli = " ".join(catalog.get("erkin-gadirli").description.split())
    assert "By that report's account, he shared the letter's view of human rights" in gadirli


@needs_seeds
def test_every_other_name_of_an_actor_is_one_its_sources_use(catalog):
    """'The sources also call the Parliamentary Assembly of the Council of Europe "PACE"'
    was on its page, and 'EU' and 'Senate' on two others, though no source writes any of
    them. A name under `other_names` is now one of the actor's own sources' words."""
    from generator.quotecheck import normalise

    texts = {
        s.id: normalise((SEEDS / s.archive).read_text(encoding="utf-8")) for s in catalog.sources
    }
    checked = 0
    for actor in catalog.actors:
        for name in actor.other_names:
            word = re.compile(r"(?<!\w)" + re.escape(normalise(name)) + r"(?!\w)", re.I)
            assert any(word.search(texts[s]) for s in actor.sources), (actor.id, name)
            checked += 1
    assert checked >= 30


@needs_seeds
def test_a_version_given_in_a_sources_words_is_that_sources_text_word_for_word(catalog):
    """'In the report's words, halt ... its non-governmental organisations, and end USAID's
    operations' was the site's paraphrase, respelt: the report has 'halting', 'organizations'
    and 'ending USAID's operations in the country'. What follows 'In ...'s words,' is now
    the source's own text, spelling and all."""
    from generator.quotecheck import normalise

    texts = {
        s.id: normalise((SEEDS / s.archive).read_text(encoding="utf-8")) for s in catalog.sources
    }
    framed = 0
    for difference in catalog.differences:
        for version in difference.versions:
            said = re.search(
                r"\b(?:In|in|As|as) [^,:\"]*\bwords, (.*?)\.?$", " ".join(version.says.split())
            )
            if said:
                framed += 1
                words = normalise(said.group(1))
                found = [
                    s
                    for s in version.sources
                    if words in texts[s] or words[:1].upper() + words[1:] in texts[s]
                ]
                assert found, (difference.id, words)
    assert framed >= 3


def test_a_source_page_speaks_to_a_reader_and_leaves_how_quotes_are_checked_to_about(
    catalog, pages
):
    """All five source pages repeated 'The words this site quotes from it are checked word
    for word against a copy ... `make quotes` in the project's repository ...', over a
    section 'What relies on it' counted 'Events (11):'; the sources page said 'cited in
    65 places'. The check is now told once, on the about page; a source's page lists
    'Where this site cites it', a kind to a line without counts."""
    for source in catalog.sources:
        page = pages[f"sources/{source.id}.md"]
        assert "checked word for word" not in page and "make quotes" not in page, source.id
        assert "\n## Where this site cites it" in page and "What relies on it" not in page
        assert not re.search(r"^(?:- )?[A-Z][a-z ]+ \(\d+\):", page, re.M), source.id
    assert "cited in" not in pages["sources/index.md"]
    about = " ".join((ROOT / "docs" / "about.md").read_text(encoding="utf-8").split())
    assert about.count("checked word for word") == 2  # in the opening, and how, once


def _first_paragraphs(page: str, n: int) -> list[str]:
    """The first `n` paragraphs under a page's title."""
    return page[page.index("\n# ") + 1 :].split("\n\n")[1 : n + 1]


@pytest.mark.parametrize(
    ("path", "opening"),
    [
        ("actors/ilham-aliyev.md", "President of Azerbaijan, who on 4 October 2024 rejected"),
        ("agreements/joint-declaration-1997.md", "A 1997 statement by Azerbaijan and the United"),
        ("quotes/aliyev-dirty-appeal.md", "> This morning, I glanced through that appeal"),
        ("quotes/mps-letter-full-text.md", "Written to [Jeyhun Bayramov](../actors/"),
        ("events/us-lawmakers-letter-2024-10-03.md", "*3 October 2024*"),
    ],
)
def test_a_record_page_opens_on_what_it_is_and_leads_back_to_the_story_below(pages, path, opening):
    """Under every title came the same three-line strapline ("How a letter from US
    lawmakers ... (the story in brief)"), then "Country: Azerbaijan": the record's
    own first sentence opens the page now; a short line leads back to the story,
    below it, in small type."""
    page = pages[path]
    assert _first_paragraphs(page, 1)[0].startswith(opening)
    # It comes before any heading: a whole text's words run long.
    assert page.index("Part of the story of") < page.index("\n## ")
    assert "How a letter from US lawmakers" not in page
    story = "Part of the story of [Azerbaijan and the United States, October 2024]"
    assert page.count(story) == 1
    assert page.index(story) > page.index("\n# ") + len(opening)
    # Aliyev's description says "President of Azerbaijan": no "Country: Azerbaijan" under it.
    assert "*Country:" not in pages["actors/ilham-aliyev.md"]


def test_an_actors_page_says_where_it_stands_and_what_it_did_in_sentences(pages):
    """Lines that read as rows of a table ("(its subject)", "The MPs' appeal: they
    wrote it", "quoted on it", "Sources:" and five links, "Also written:", "Where
    they stand" of one person) are sentences a reader follows."""
    aliyev, mps = pages["actors/ilham-aliyev.md"], pages["actors/azerbaijani-mps-43.md"]
    assert "(its subject)" not in aliyev
    assert "(../events/us-lawmakers-letter-2024-10-03.md) (it concerns Ilham Aliyev)\n" in aliyev
    assert "\n## Where Ilham Aliyev stands {: #where-they-stand }\n" in aliyev
    assert "\n- Ilham Aliyev [rejects the US lawmakers’ letter](../quotes/" in aliyev
    assert "- President of [Azerbaijan](azerbaijan.md), as all five sources give it.\n" in aliyev
    assert "Sources: [" not in aliyev[aliyev.index("## Roles") :]
    assert "\n## Where they stand {: #where-they-stand }\n" in mps
    assert "\n- They [wrote the MPs’ appeal](../quotes/mps-letter-full-text.md" in mps
    assert "\n- They want an end to [the 1997 declaration and the 2013 agreement](" in mps
    assert ": they wrote it" not in mps and "quoted on it" not in mps
    assert "): the sources quote them on each\n" in mps
    assert "): they want it ended, in words the sources quote\n" in mps
    gaya = pages["actors/gaya-mammadov.md"]
    assert "): Gaya Mammadov criticises it, in words the sources quote\n" in gaya
    assert "Also written:" not in mps
    assert "\nThe sources also call them “A group of MP from the VII convocation" in mps


def test_an_actors_page_gives_one_charge_its_label_once_and_a_short_mark_after(pages):
    """Aliyev's page said "Allegation, the same as above: the sources report no
    evidence for it" under two quotes after the label: the label once, then a
    short mark on each quote that makes the same charge."""
    aliyev = pages["actors/ilham-aliyev.md"]
    quotes = aliyev[aliyev.index("## Quotes") :]
    label = "*Allegation (that the State Department wrote the US lawmakers’ letter): the sources"
    assert quotes.count(label) == 1
    assert quotes.count("*The same allegation as above.*") == 2
    assert "the same as above:" not in aliyev


def test_who_stands_where_is_a_page_of_its_own_that_every_line_to_it_leads_to(catalog, pages):
    """The table of who stands where was a section of the agreements page, yet its rows
    are the US lawmakers' letter, its call on human rights, the MPs' appeal and good
    relations as much as the agreements: a reader who followed "each position in its
    words" from the home page landed on a page titled "Agreements". The table has its
    page, in the tabs after the timeline, with a paragraph saying what it is and how a
    position is sourced; the agreements page keeps a line to it where the table was
    announced, under the table's old anchor."""
    page = pages[urls.POSITIONS]
    assert urls.POSITIONS == "positions.md"
    head, _, body = page.partition("\n---\n\n")
    assert "\ndescription: " in head
    assert "who is for and who against what is at stake" in head
    assert '"exclude": true' not in head and 'hide: ["toc"]' in head
    assert body.startswith("# Who stands where {: #who-stands-where }\n")
    intro = body.split("\n\n")[2:4]
    assert intro[0].startswith("Who is for and who against what is at stake in the story")
    assert "A verb such as “rejects it” links to the words it sums up" in intro[1]
    # A split row links its stakes, not its stance: the intro says so.
    assert "where a row joins several things, each links to its own words." in intro[1]
    assert "[agreements page](agreements/index.md)" in intro[1]
    table = body[body.index("\n| At stake | For | Against |\n") :]
    for stake in catalog.episode.stakes:
        assert typographic(stake.label) in table, stake.label
    assert "[wrote it](quotes/mps-letter-full-text.md" in table
    # The agreements page: no table, a line to it where "below" used to point.
    agreements = pages["agreements/index.md"]
    assert "| At stake |" not in agreements and "## Who stands where" not in agreements
    assert (
        "\nThe positions the sources report on them are under [who stands where]"
        "(../positions.md), the table of every position at stake.\n{: #who-stands-where }\n"
    ) in agreements
    # Every line to it: the home page's glance and Browse list, each actor's "Where ... stands".
    home = pages["index.md"]
    assert "Who is for and against what ([each position in its words](positions.md)):" in home
    assert "- [Who stands where](positions.md): " in home and home.count("(positions.md)") == 2
    stands = [p for p in pages.values() if "{: #where-they-stand }" in p]
    assert len(stands) > 5 and all(
        "\nEveryone’s positions: [who stands where](../positions.md).\n" in p for p in stands
    )
    assert not [path for path, p in pages.items() if "index.md#who-stands-where" in p]
    about = (ROOT / "docs" / "about.md").read_text(encoding="utf-8")
    assert "under\n[who stands where](positions.md)." in about
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").partition("\nnav:\n")[2]
    tabs = re.findall(r"^  - ([^:]+):", nav, flags=re.M)
    assert tabs[:3] == ["Home", "Timeline", "Who stands where"]
    assert "  - Who stands where: positions.md\n" in nav


def test_a_quote_is_filed_as_a_position_only_on_what_its_words_name(catalog, pages):
    """Mustafa's words ("This step by the U.S. ...") do not say which US step he
    means, as his quote's context says: they are no position on the US lawmakers'
    letter. The US letter's two phrases joined by an omission carry their context
    wherever they are listed: bare, they read as one sentence about September 2023."""
    letter = next(s for s in catalog.episode.stakes if s.label == "The US lawmakers' letter")
    assert "fazil-mustafa" not in {p.actor for p in letter.positions}
    mustafa = pages["actors/fazil-mustafa.md"]
    assert (
        "the US lawmakers’ letter](../events/"
        not in mustafa.partition("## Where")[2].partition("Everyone’s positions")[0]
    )
    context = '<span class="quote-context">Two phrases of the US lawmakers’ letter to Blinken'
    for path in ("events/us-lawmakers-letter-2024-10-03.md", "quotes/index.md"):
        page = pages[path]
        words = page.index("> “cleansing of ethnic Armenians ... blatantly violated")
        shown = page[words:].split("\n\n")[1]
        assert shown.startswith(context), path
        # The line a listing shows says what is unclear, not only whose phrases they are.
        assert "leaves unclear whether the second is said of" in shown.partition("</span>")[0]


def test_a_difference_is_two_sources_saying_different_things_not_one_silent(catalog):
    """'Which agreements the MPs asked to end' set the letter's "agreements in force ...
    particularly" two against OC Media, which names the two but never says 'only these';
    and the USAID point's 'whether USAID's work should end altogether' rested on OC Media
    not mentioning it. Silence is not a difference: the first is gone, told on the MPs'
    demand instead, the second keeps only what the sources word differently (whose
    projects), as wording. The US letter's request, which two reports quote in different
    words ("press for" or "ensure"; "POWs" or "detainees"), is what changes the story."""
    ids = {difference.id for difference in catalog.differences}
    assert "agreements-the-mps-asked-to-end" not in ids
    demand = " ".join(catalog.get("mps-letter-demand-terminate-agreements").context.split())
    assert (
        "rather than contradict the letter. No source lists the other agreements in force."
        in demand
    )
    usaid = catalog.get("scope-of-usaid-demand")
    assert usaid.importance == "low" and "altogether" not in usaid.gist
    assert "OC Media does not mention it, which is silence, not another version." in " ".join(
        usaid.note.split()
    )
    wording = catalog.get("us-letter-wording")
    assert wording.importance == "high"
    says = " ".join(" ".join(version.says for version in wording.versions).split())
    for words in ("to press for", "to ensure", "POWs", "detainees"):
        assert words in says, words
    happened = _home_section(catalog, "What happened")
    assert "word its list of agreements differently" not in happened
    # "mention only the defence agreements" read as if the other reports told nothing
    # else of the demands, where they report USAID's and (OC Media) the talks' too.
    assert "mention only the defence agreements" not in happened
    assert (
        "OC Media and [[mps-response-demarche|an undated report on Azerbaijani reactions]] from"
        " an unnamed outlet name the same two agreements" in happened
    )


def test_what_the_sources_do_not_say_leaves_how_each_undated_view_is_dated_to_its_page(
    catalog,
):
    """'What the sources do not say' spent a paragraph of 90 words on how each of the six
    undated views and answers was dated, which each one's page says under "About the
    date". One sentence now says that they carry no date and where to read why; every
    one of the six has that section, so nothing is lost."""
    said = _home_section(catalog, "What the sources do not say")
    assert '"last week"' not in said and "on a Tuesday" not in said
    assert (
        "The texts give no date for six of the views and answers above, those of the five"
        " Azerbaijanis and the State Department's: the timeline above places them in October 2024"
        " as the texts allow, and each one's page says why." in said
    )
    undated = [
        e
        for e in catalog.events
        if str(e.date) == "2024-10" and "cop29" not in e.id and e.id != "azerbaijani-mps-appeal"
    ]
    assert sorted(e.id for e in undated) == [
        "fazil-mustafa-turan-remarks",
        "gadirli-remarks-2024-10",
        "gaya-mammadov-azertac-commentary",
        "karimli-criticises-appeal",
        "mammadli-radio-azadlig-remarks",
        "state-department-reply-2024-10",
    ]
    assert all(e.date_note for e in undated)
    commentary = catalog.get("gaya-mammadov-azertac-commentary")
    assert '"last week"' in commentary.date_note.replace("\u201c", '"').replace("\u201d", '"')


def test_what_happened_tells_the_three_days_in_order_and_links_where_the_sources_differ(
    catalog, pages
):
    """'What happened' read like a database: the US letter's two signatory counts and its
    two wordings, spelled out in the story, came between the letter and the president's
    answer. It now tells the three days in order (the letter of 3 October, the president on
    4 October, the MPs on 5 October), with at most one quote a side, and leaves the detail
    of where the sources differ to the differences page, in one sentence linking it."""
    happened = _home_section(catalog, "What happened")
    (text,) = [s.text for s in catalog.episode.sections if s.heading == "What happened"]
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    assert [p.split(",")[0].split(" President")[0] for p in paragraphs] == [
        "On 3 October",
        "On 4 October",
        "On 5 October",
    ]
    for detail in ("11 senators", "49 members", "nearly 60", '"ensure"', '"detainees"'):
        assert detail not in happened, detail
    assert (
        "The sources differ on [[number-of-us-lawmakers|how many signed]] and on"
        " [[us-letter-wording|the request's exact words]]." in paragraphs[0]
    )
    assert 'President [[ilham-aliyev|Ilham Aliyev]] called the letter "a dirty appeal' in happened
    # One quote a side at most: the US letter's, the president's; the MPs' demand is linked.
    assert [p.count('"') // 2 for p in paragraphs] == [1, 1, 0]
    # Nothing the story no longer spells out is lost: the differences page shows it all.
    differences = pages["differences.md"]
    for detail in ("11 US senators and 49 members", "Nearly 60", "ensure", "detainees", "POWs"):
        assert detail in differences, detail
    assert "[[us-letter-wording|" not in _home_section(catalog, "What the sources do not say")


def test_why_it_matters_says_in_one_sentence_which_report_gives_the_background(catalog):
    """'...held in detention among other things. So says a report on the State
    Department's answer to a question from the news agency Turan; the text does not say
    who published it. The US lawmakers tied their request to the conference.' tangled whose
    account it was, and its last sentence told again what the line under the lede says.
    The report is now said in one sentence after the background, and the tie to the
    conference is told once, under the lede."""
    (first, *_) = _home_paragraphs(catalog, "Why it matters")
    assert "So says" not in first and "among other things" not in first
    assert "tied their request" not in first
    # Said as an attribution at the end of the one sentence, not a sentence of its own
    # that a newcomer read before knowing why.
    assert first.count(". ") == 0
    assert first.endswith(
        "according to a [[turan-state-department-values|report carrying the State"
        " Department's answer]] to the news agency Turan."
    )
    assert (
        "the UN climate conference before which the US lawmakers wanted the prisoners freed"
        in " ".join(catalog.episode.why_it_matters.split())
    )


def test_the_home_pages_list_of_sources_says_to_whom_words_were_given_beside_outlet_unknown(
    pages,
):
    """The story says "a commentary he gave to the outlet AZERTAC" and that a spokesperson
    answered a question "from the news agency Turan"; the list of sources below said only
    "Commentary, outlet unknown": to a newcomer, a contradiction, explained only on the
    sources' own pages. Beside "outlet unknown", each line now names the outlets the text
    says words in it were given to, which are not its publisher."""
    listing = pages["index.md"].partition("\n## Sources of this explanation\n")[2]
    lines = listing.partition("\n## ")[0].replace("\u2019", "'").splitlines()
    for title, given in (
        ("It is entirely unacceptable", "AZERTAC"),
        ("U.S. Says", "Turan"),
        ("Response from Azerbaijani MPs", "Radio Azadlig and Turan"),
    ):
        (line,) = [line for line in lines if title in line]
        kind = "Commentary" if "COMMENTARY" in line else "News report"
        assert f": {kind}, outlet unknown" in line, title
        assert f"outlet unknown (it quotes words given to {given}), date unknown;" in line, title
    (oc_media,) = [line for line in lines if "OC Media" in line]
    assert "words given to" not in oc_media


def test_the_overview_counts_aliyevs_renderings_as_the_table_lists_them(catalog):
    """The overview said "four renderings" of Aliyev's words, but the table held five:
    the MPs' citation and MP Gaya Mammadov's shared a row, though their words differ and
    each has its own source. Each is now a version of its own, and the count matches."""
    difference = catalog.get("aliyev-remarks-wording")
    assert len(difference.versions) == 5
    assert difference.gist.startswith("five renderings")
    assert all(len(version.sources) == 1 for version in difference.versions)


def test_the_parliaments_term_is_not_called_elected_where_a_source_says_appointed(catalog):
    """The Milli Majlis's page glossed 'seventh convocation' as 'its seventh elected term'
    in the sentence before Karimli's charge that the president appointed the MPs: the
    site's own gloss took a side on what the sources dispute. It now says 'term'."""
    description = " ".join(catalog.get("milli-majlis").description.split())
    assert "elected" not in description
    assert "seventh convocation, that is, of its seventh term" in description


def test_section_907_is_the_start_of_what_mammadov_says_of_congress(catalog):
    """Mammadov names the 1992 amendment as one end of a span of 'anti-Azerbaijani
    initiatives put forward in Congress' ('from the amendment ... to the letter'); the page
    made it 'the first US initiative against Azerbaijan', of any US body, which he does
    not say. It now keeps his scope, Congress."""
    description = " ".join(catalog.get("section-907").description.split())
    assert "names as the first" not in description
    assert (
        "sees it as the start of the moves against Azerbaijan put forward in Congress"
        in description
    )


def test_the_mps_words_on_section_907_are_filed_under_their_appeal_not_mammadovs_1992(
    catalog, pages
):
    """The MPs' passage on Section 907 was filed under the event "Section 907 is added
    to the US Freedom Support Act, by MP Gaya Mammadov's account", so the quote lists
    set it under his dating of 1992, which their letter does not give. Their words were
    said in the appeal of 5 October and are listed there; they still stand on the
    agreement's page, and the 1992 event's page still leads to them from its summary."""
    quote = catalog.get("mps-letter-section-907")
    assert quote.event == "azerbaijani-mps-appeal-2024-10-05"
    assert quote.agreements == ["section-907"]
    words = "> “Unfortunately, despite Azerbaijan's responsible and measured approach"
    by_event = pages["quotes/by-event.md"]
    appeal = by_event.index("\n## Azerbaijani MPs appeal to the foreign minister")
    assert appeal < by_event.index(words) < by_event.index("\n## About earlier events")
    assert by_event.count(words) == 1
    assert "### Section 907 is added" not in by_event
    speakers = pages["quotes/index.md"] + pages["actors/azerbaijani-mps-43.md"]
    assert "Looking back to 1992" not in speakers
    event = pages["events/azerbaijani-mps-appeal-2024-10-05.md"]
    assert "\n- [Section 907](../quotes/mps-letter-section-907.md" in event
    page = pages["quotes/mps-letter-section-907.md"]
    assert " · Event: [Azerbaijani MPs appeal to the foreign minister" in page
    assert "dates it to [1992](../events/section-907-adopted-1992.md" in page
    # The 1992 event: no quote of its own now, its summary links the MPs' words.
    earlier = pages["events/section-907-adopted-1992.md"]
    assert "## Quotes" not in earlier and words not in earlier
    assert (
        " [The Azerbaijani MPs’ letter](../quotes/mps-letter-section-907.md) places the"
        " sanctions the US imposed on Azerbaijan"
    ) in earlier
    agreement = pages["agreements/section-907.md"]
    held = agreement.partition("\n## Who says what about it\n")[2].partition("\n## ")[0]
    assert words in held
    assert "(../events/section-907-adopted-1992.md)" in agreement.partition("\n## Events")[2]


def test_mustafas_step_by_the_us_is_not_named_for_him(catalog):
    """Fazil Mustafa's words speak of 'this step by the U.S.' without naming it; his page
    called it 'the US lawmakers' step' and his quote's context said he spoke 'about the US
    lawmakers' letter', a reading the source leaves to its framing. The site now says the
    words do not name the step, and that the report frames them as a response to the US
    lawmakers."""
    description = " ".join(catalog.get("fazil-mustafa").description.split())
    assert "lawmakers' step" not in description
    assert "a US step, which his quoted words do not name" in description
    # Not named, but not left unexplained: a reader landing on his page or his event's
    # learns how the report that carries his words frames them.
    framing = "presents them as part of the MPs' response to the US lawmakers' letter"
    assert framing in description
    assert framing in " ".join(catalog.get("fazil-mustafa-turan-remarks").summary.split())
    assert "the US step" not in catalog.get("fazil-mustafa-turan-remarks").title
    context = " ".join(catalog.get("mustafa-demarche-against-independence").context.split())
    assert "about the US lawmakers' letter" not in context
    assert "He does not say which US step he means" in context
    turan = " ".join(catalog.get("turan").description.split())
    assert "gave his views on the row with the US" in turan


def test_the_home_page_says_what_a_term_is_where_a_newcomer_first_meets_it(pages):
    """'members of the Milli Majlis', 'Section 907, a US measure', 'told Turan', 'told
    AZERTAC' and 'the conflict over Nagorno-Karabakh' left a newcomer to click or guess
    (the sources do not describe AZERTAC: the site records it as an outlet); each is now said in
    words at its first mention on the home page. USAID, named in the lede (kept under 70
    words), is said to be the US aid agency where 'What happened' tells what the MPs asked
    of it: the lines under the lede no longer list the demands again."""
    article = pages["index.md"].partition("\n---\n")[2].partition("\n## Key figures")[0]
    article = re.sub(r"<svg.*?</svg>", "", article, flags=re.DOTALL)
    article = " ".join(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", article).split())
    glosses = {
        "Milli Majlis": "Azerbaijan's parliament, the Milli Majlis",
        "Section 907": "1992 amendment to a US law, the Freedom Support Act",
        "Turan": "the news agency Turan",
        "AZERTAC": "the outlet AZERTAC",
        "Nagorno-Karabakh": "between Azerbaijan and Armenia over Nagorno-Karabakh",
    }
    article = article.replace("\u2019", "'")
    happened = article[article.index("## What happened") : article.index("## Why it matters")]
    assert "the projects of USAID, the US aid agency," in happened
    for term, gloss in glosses.items():
        first = article.index(term)  # the gloss is around it, within a clause
        assert gloss in article[max(0, first - 60) : first + 120], term


def _home_article(pages) -> str:
    """The home page's text from the lede to the list of sources, links read as their
    words, the timeline picture left out, straight apostrophes."""
    article = pages["index.md"].partition("\n---\n")[2].partition("\n## Sources of")[0]
    article = re.sub(r"<svg.*?</svg>", "", article, flags=re.DOTALL)
    article = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", article)
    return " ".join(article.split()).replace("\u2019", "'")


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("OC Media", "the outlet OC Media quoted in a report of 7 October"),
        ("Caliber.Az", "The outlet Caliber.Az, in a report of 5 October"),
        (
            "Azerbaijani reactions",
            "an undated report on Azerbaijani reactions from an unnamed outlet",
        ),
        (
            "the State Department's answer",
            "according to a report carrying the State Department's answer to the news agency Turan",
        ),
        ("AZERTAC", "in a commentary he gave to the outlet AZERTAC"),
    ],
)
def test_the_home_page_says_what_each_source_is_where_it_first_cites_it(pages, name, said):
    """'[the report on Azerbaijani reactions] speaks of nearly 60 lawmakers' and 'A later
    [report on the State Department's answer]' used the site's names for two texts as if a
    newcomer knew them, and 'according to OC Media' did not say what OC Media is. Each
    source is now said in plain words where the story first cites it: an outlet and the
    date of its report, or a report that gives no date or names no outlet."""
    article = _home_article(pages)
    first, at = article.index(name), article.index(said)
    assert at <= first < at + len(said), article[max(0, first - 80) : first + 80]


def test_the_lachin_corridor_is_said_alike_on_the_home_page_and_its_event(pages):
    """The home page says what the Lachin Corridor is; its event's page said the sources
    tell "not where the corridor runs or what it links", which a reader took for a
    contradiction. Both give the same general definition; the event's page says what the
    sources leave out of the blockade itself. There, right after "The sources say nothing
    more about the blockade", a fact-checker read the gloss as a claim no source makes:
    it now says it is a gloss for a newcomer."""
    gloss = "the Lachin Corridor is the road linking Armenia with Nagorno-Karabakh."
    event = " ".join(pages["events/lachin-corridor-blockade.md"].split())
    assert "T" + gloss[1:] in pages["index.md"]
    assert f"&#40;the sources do not say it&#41;: {gloss}" in event
    assert "what it links" not in event


def test_why_it_matters_opens_on_the_reason_not_on_the_source(catalog):
    """'Why it matters' opened "A report on the State Department's answer to a question
    from the news agency Turan gives the background": an answer the reader had not met
    yet, before the reason. The reason comes first, the report that gives it after."""
    section = next(s for s in catalog.episode.sections if s.heading == "Why it matters")
    text = " ".join(section.text.split())
    assert text.startswith("In the run-up to COP29, Azerbaijan's human rights record")
    assert text.index("a [[turan-state-department-values|") < 250


def test_the_lede_ends_on_what_came_of_the_demands_and_the_lines_under_it_do_not_list_them(
    catalog,
):
    """The lede ended 'None is reported to have ended.', after 'USAID's work': none of what?
    And the lines under it listed the demands the lede had just given (the 1997 and 2013
    agreements, USAID's work). The lede's last sentence now says what no source reports;
    the lines under it say what was at stake and when, and 'What happened' gives the
    details."""
    episode = catalog.episode
    lede = " ".join(episode.lede.split())
    # "any of it happened" could be read as doubting the letter and the appeal themselves.
    # "either was done" could be read as either agreement: "he" is the minister.
    assert lede.endswith(
        "to halt USAID's work in Azerbaijan. No source reports that he did either."
    )
    assert "None is reported" not in lede
    why = " ".join(episode.why_it_matters.split())
    for listed in ("1997", "2013", "USAID", "agreement"):
        assert listed not in why, listed
    assert "defence and aid ties" in why and "a month before" in why
    # No source says the appeal put those ties "in question": the appeal is only a call.
    assert "in question" not in why and "a call to cut" in why


def test_mammadov_and_mammadli_are_never_a_bare_surname_where_a_reader_could_mix_them(catalog):
    """MP Gaya Mammadov signed the appeal; the commentator Nasimi Mammadli called it the
    government's own. 'the reactions of Mustafa, Mammadov, Gadirli, Karimli and Mammadli',
    'for the MPs and Mammadov' and 'MP Mammadov says...' left a newcomer to tell the two
    apart by one letter. The home page's prose, the differences' points and gists and the
    events' titles and timeline lines now give each his first name."""
    episode = catalog.episode
    texts = [("lede", episode.lede), ("why", episode.why_it_matters)]
    texts += [(section.heading, section.text) for section in episode.sections]
    for difference in catalog.differences:
        texts += [(difference.id, difference.point), (difference.id, difference.gist)]
    for event in catalog.events:
        texts += [(event.id, event.title), (event.id, event.brief or "")]
    bare = [
        (name, found.group(0))
        for name, text in texts
        for found in re.finditer(r"(?<!Gaya )Mammadov|(?<!Nasimi )Mammadli", " ".join(text.split()))
    ]
    assert not bare
    unknown = _home_section(catalog, "What the sources do not say")
    assert "MP Gaya Mammadov" in unknown


MOST_WORDS_IN_A_HOME_SENTENCE = 40


def test_the_home_sentences_a_newcomer_read_twice_are_short_and_say_first_whose_words(
    catalog,
):
    """'The MPs' letter saw in it pressure aimed at the country as host, and so did MP Gaya
    Mammadov, one of the deputies behind the appeal, who told the outlet AZERTAC that...'
    and '...called the US step "a demarche...", talking to the news agency Turan, in the
    report on Azerbaijani reactions' had to be read twice. Each is now in short sentences
    that open with whose words they are, and no sentence of the sections runs past 40
    words."""
    why = _home_section(catalog, "Why it matters")
    sides = _home_section(catalog, "How each side sees it")
    assert "and so did MP" not in why
    assert (
        "MP [[gaya-mammadov|Gaya Mammadov]], one of the deputies behind the appeal, says so"
        " too, in a commentary he gave to the outlet AZERTAC. He likens" in why
    )
    assert "talking to the news agency Turan, in the report" not in sides
    assert (
        "The report on Azerbaijani reactions carries the words of a signatory,"
        " MP [[fazil-mustafa|Fazil Mustafa]], to the news agency Turan:" in sides
    )
    long = [
        (section.heading, words)
        for section in catalog.episode.sections
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\[\"])", " ".join(section.text.split()))
        if (words := shown_words(catalog, sentence)) > MOST_WORDS_IN_A_HOME_SENTENCE
    ]
    assert not long


@pytest.mark.parametrize(
    ("term", "gloss"),
    [
        (
            "Nagorno-Karabakh",
            "Nagorno-Karabakh, a mountainous region of the South Caucasus.",
        ),
        ("Lachin Corridor", "The Lachin Corridor is the road linking Armenia with"),
        ("demarche", "A demarche is a formal diplomatic step, often a protest."),
        ("POWs", "POWs are prisoners of war."),
    ],
)
def test_the_home_page_says_in_its_own_words_what_a_term_means_at_its_first_use(pages, term, gloss):
    """A newcomer met 'Nagorno-Karabakh', 'the Lachin Corridor', 'a demarche' and 'POWs'
    with nothing to say what they are. Each is now glossed in the site's own words, outside
    any quotation, in a general definition, within the sentence or the one after its first
    use. Whose the region is, the sides answer differently; the gloss says where it is."""
    article = _home_article(pages)
    first = article.index(term)
    at = article.find(gloss, first)
    assert 0 <= at - first < 120, article[first : first + 200]
    outside_quotes = re.sub(r"\u201c[^\u201d]*\u201d", "", article)
    assert gloss in outside_quotes


MOST_WORDS_IN_A_SENTENCE = 50


def test_what_the_sources_do_not_say_leaves_the_dates_detail_to_the_timeline(pages):
    """The paragraph on undated reactions gave, in brackets, the day of the week of
    one answer and said the texts give "no day" for any: the section says what is
    unknown, briefly, and how the texts bound each reaction all the same (a report's
    date; "last week"; an answer to the appeal), as the timeline draws them. How each is
    bounded is now left to its page too: the section says in one sentence that they
    carry no date, and where to read why."""
    page = pages["index.md"]
    section = page[page.index("\n## What the sources do not say") : page.index("\n## Sources of")]
    assert "(the answer is said to have come on a Tuesday" not in section
    assert "all six are dated here to October 2024" not in section
    assert "each one’s page says why" in section
    assert len(section.split()) <= 190, len(section.split())


def test_a_listed_quote_stands_under_a_line_naming_its_own_sources(catalog, pages):
    """Aliyev's event page printed "Two quotes from OC Media, 7 October 2024:" over
    two quotes, then two more whose own by-lines named other reports: at a glance,
    four quotes from OC Media. Where a run of quotes has a line over some, each quote
    printed alone gets its own ("From the report on Azerbaijani reactions:"), so the
    nearest source named above a quote's words is always one of its own."""
    checked = 0
    for path, page in pages.items():
        if not path.startswith(("events/", "actors/", "quotes/index", "quotes/by-event")):
            continue
        lines = page.splitlines()
        over: list[str] = []  # the sources of the last line over quotes
        for number, line in enumerate(lines):
            if line.startswith("{: .quote-versions"):
                over = re.findall(r"\(\.\./sources/([\w-]+)\.md", lines[number - 1])
            elif line.startswith(("## ", "{: .quote-speaker", "{: .quote-group")):
                over = []
            found = re.search(r"\[Quote page\]\((?:\.\./quotes/)?([\w-]+)\.md", line)
            if not found:
                continue
            quote = catalog.get(found.group(1))
            named = re.findall(r"\(\.\./sources/([\w-]+)\.md", line.partition("Source")[2])
            assert set(named or over) <= set(quote.sources), (path, quote.id, named or over)
            assert not (named and over and set(named) != set(over)), (path, quote.id, over)
            checked += 1
    assert checked > 100, checked


def test_an_organisation_named_by_a_common_noun_takes_the_in_a_line(pages):
    """An actor's events said "(it concerns Parliamentary Assembly of the Council of
    Europe)" and "(European Union took part)", and its names "The sources also call
    European Union 'EU'": an organisation named by a common noun takes "the" as a
    state does ("the United States"); one named by its own name ("NATO", "Human
    Rights Watch") does not."""
    assert (
        "(it concerns the Parliamentary Assembly of the Council of Europe)"
        in pages["actors/pace.md"]
    )
    eu = pages["actors/european-union.md"]
    assert "(the European Union took part)" in eu
    assert (
        "The sources also call the United States Congress “Congress”"
        in pages["actors/us-congress.md"]
    )
    assert "Part of the [Council of Europe](council-of-europe.md" in pages["actors/pace.md"]
    everything = "".join(pages.values())
    assert "the NATO" not in everything and "the Human Rights Watch" not in everything


def test_a_difference_the_page_links_in_its_prose_is_not_listed_again_below(catalog, pages):
    """The quote page of Aliyev's "dirty appeal" linked where he spoke in its context,
    then listed the same difference under "Where sources differ", as five other quote
    pages did: an event's page had stopped doing so, a quote's now does too. An event's
    page lists it there, a reader scanning its headings being told in short what differs
    (see the test on "Where sources differ" on events' pages)."""
    checked = 0
    for record in [*catalog.quotes, *catalog.events]:
        prose = record.context if record.kind == "quote" else record.summary
        linked = {link.target for link in find_links(prose)}
        page = pages[urls.record_page(record)]
        below = page.partition("\n## Where sources differ")[2].partition("\n## ")[0]
        for difference in catalog.differences_by_record.get(record.id, []):
            if difference.id in linked:
                anchor = f"#difference-{difference.id}"
                lines = [line for line in below.split("\n") if anchor in line]
                told = [re.fullmatch(r"- \[[^\]]*\]\([^)]*\): \S.*", line) for line in lines]
                assert all(told) if record.kind == "event" else not lines, (record.id, anchor)
                checked += 1
    assert checked >= 8, checked


def test_no_sentence_of_the_story_runs_past_fifty_words(catalog):
    """The appeal's summary gave the MPs' three demands in one sentence of 62 words, and
    the COP29, Karimli, Lachin, Brussels and Mustafa pages each opened with one of 51 to
    60: a reader loses the subject before the verb. Each is now cut where its clauses
    meet."""
    texts = [("lede", catalog.episode.lede), ("why", catalog.episode.why_it_matters)]
    texts += [(s.heading, s.text) for s in catalog.episode.sections]
    texts += [(event.id, event.summary) for event in catalog.events]
    long = [
        (name, words)
        for name, text in texts
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\[\"])", " ".join(text.split()))
        if (words := shown_words(catalog, sentence)) > MOST_WORDS_IN_A_SENTENCE
    ]
    assert not long


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "MPs appeal to end the agreements with the US",
            ("end the agreements in force", "talks on new ones", "USAID"),
        ),
        ("The State Department says the US values", ("values its bilateral relationship",)),
    ],
)
def test_a_timeline_line_says_what_was_asked_or_answered(pages, line, said):
    """The timeline shows the first sentence of an event's summary under its line. The
    appeal's said only that the MPs asked for 'three steps to reassess relations', and the
    State Department's only what the spokesperson was asked: the reader had to open the
    page to learn the steps, or the answer. Each first sentence now says it."""
    item = pages["timeline.md"].partition(f"[{line}")[2]  # the list, not the drawing
    gist = item.partition("{: .event-gist }")[0]
    for words in said:
        assert words in gist, words


def test_a_line_over_quotes_names_a_source_as_a_sentence_does(pages):
    """ "All from Report on Azerbaijani reactions:" put a title's capital mid-sentence.
    A source cited by what it is reads as a noun there; one cited by whose it is
    ("Gaya Mammadov's commentary"), or by outlet and date, as before."""
    text = "\n".join(pages.values())
    assert not re.search(r"(All|quotes?) from \[Report", text)
    assert "All from [the report on Azerbaijani reactions](" in text
    assert "All from [Gaya Mammadov’s commentary](" in text
    assert "All from [OC Media, 7 October 2024](" in text


def test_prose_names_the_state_department_as_a_sentence_does(catalog):
    """A bare [[us-state-department]] prints the actor's name, "United States Department
    of State": "its United States Department of State later said" reads as a form. In
    prose the link takes the sentence's words; lists and tables keep the formal name."""
    department = catalog.get("us-state-department")
    assert department.display_name == "United States Department of State"
    assert not [
        (name, field) for name, field, text in _prose() if "[[us-state-department]]" in text
    ]


def test_an_actor_with_a_role_opens_its_description_with_it(catalog):
    """An actor page puts its first role under the name ('Member of parliament, Milli
    Majlis') unless the description opens with it. Blinken's, Gadirli's, Mustafa's,
    Mammadov's and Mammadli's pages showed that line, then said it again in other words
    ('An Azerbaijani MP who...', 'US Secretary of State, to whom...'). The description
    now opens with the role, so the page says it once, and the actors index and a link's
    title, which show the description alone, say it too."""
    assert not [
        actor.id
        for actor in catalog.actors
        if actor.roles and not actor.description.startswith(actor.roles[0].title)
    ]


def test_a_first_sentence_reads_whole_where_it_stands_alone(catalog):
    """A link's title, the search result and the page's description show an actor's or
    an agreement's first sentence alone, cut at 160 characters. Twenty-one ran past it,
    the MPs', Bayramov's and the two agreements' to 170-245 characters, cut mid-clause
    ('asked Foreign Minister Jeyhun Bayramov t…'). Each now says who or what this is, and
    its part in the row, within the limit."""
    long = []
    for record in (*catalog.actors, *catalog.agreements):
        sentence = meta.first_sentence(meta.plain(record.description, catalog))
        if len(typographic(sentence)) > meta.DESCRIPTION_MAX:
            long.append(f"{record.id} {len(sentence)}")
    assert not long


def test_a_quote_page_names_its_sources_once_in_its_by_line(catalog, pages):
    """Under Aliyev's words the by-line said 'Source: OC Media, 7 October 2024', and the
    page's last section, 'Sources', named the same report again, adding its headline.
    The by-line (or a whole text's line of who wrote it) now names the sources alone;
    the source's page, one click away, gives the headline."""
    for quote in catalog.quotes:
        page = pages[f"quotes/{quote.id}.md"]
        assert "\n## Sources " not in page, quote.id
        byline = next(line for line in page.splitlines() if " · Source" in line)
        for sid in quote.sources:
            assert f"(../sources/{sid}.md" in byline, (quote.id, sid)
    assert (
        "· Event: [President Aliyev rejects the US lawmakers’ letter]"
        "(../events/aliyev-jabrayil-speech-2024-10-04.md) · Source: [OC Media, 7 October 2024]"
        "(../sources/oc-media-2024-10-07.md)\n"
    ) in pages["quotes/aliyev-dirty-appeal.md"]


def test_an_event_page_does_not_open_its_summary_with_the_date_just_above_it(catalog, pages):
    """Under the date line '*5 October 2024*' the summary began 'On 5 October 2024
    members of Azerbaijan's parliament ...', and so on each of the episode's three days:
    the date twice in two lines. The summaries now start with who acted, as the
    timeline's sentences (the summaries' first sentences) did under their day's heading."""
    for event in catalog.events:
        page = pages[f"events/{event.id}.md"]
        date_line = next(line for line in page.splitlines() if line.startswith("*"))
        summary = page.partition(date_line + "\n\n")[2]
        day = date_line.strip("*").split(" (")[0]
        assert not summary.startswith(f"On {day}"), event.id
    appeal = pages["events/azerbaijani-mps-appeal-2024-10-05.md"]
    assert "*5 October 2024*\n\n[Members of Azerbaijan’s parliament](" in appeal


def test_the_agreements_at_stake_are_lines_a_phone_reads_as_they_are_written(pages):
    """The agreements at stake were a table, 'Agreement | Type | Date | Status', of two
    rows: on a phone its header stacked 'Agreement' over 'Type Date Status', three
    labels over cells that read 'Declaration', '1997', 'In force'. Each is now a line,
    as the other agreements below it are: its name, then what it is and why it is here,
    and its status in words."""
    page = pages["agreements/index.md"]
    at_stake = page[page.index("\n## At stake\n") : page.index("\n## Other agreements")]
    assert "|" not in at_stake
    assert (
        "\n- [2013 agreement on the acquisition of equipment and services]"
        "(acquisition-agreement-2013.md): To judge by its title, a 2013 agreement between"
        " the defence ministries of Azerbaijan and the US on obtaining equipment and on services"
        " each provides the other. In force, by the sources’ account.\n"
    ) in at_stake


def test_the_mps_event_page_does_not_set_oc_medias_word_under_caliber_azs_name(pages):
    """On the MPs' event page (and on their own), 'From Caliber.Az, 5 October 2024:'
    stood over the line to the letter and its passages, and OC Media's "review" came
    next, under it to the eye. The letter's line now says where it is printed, as the
    word's by-line does; no line over them speaks for both."""
    for name in ("events/azerbaijani-mps-appeal-2024-10-05.md", "actors/azerbaijani-mps-43.md"):
        page = pages[name]
        assert "\nFrom [Caliber.Az, 5 October 2024]" not in page, name
        assert (
            "Read the whole text: [The MPs’ letter to the foreign minister]"
            "(../quotes/mps-letter-full-text.md) (5 October 2024 · Source: [Caliber.Az, 5 October"
            " 2024](../sources/caliber-az-2024-10-05.md)), or these passages of it"
        ) in page, name
        assert "Source: [OC Media, 7 October 2024]" in page[page.index("“review”:") :], name


def test_an_events_table_of_actors_is_headed_by_what_it_shows(pages):
    """The table of the actors in an event was headed 'Who', a fragment; 'Who took part'
    would be wrong of most rows, the letter's addressee or its subject."""
    page = pages["events/azerbaijani-mps-appeal-2024-10-05.md"]
    assert "\n## Who was involved\n\n| Actor | Part |\n" in page
    assert "\n## Who\n" not in page


def test_the_actors_index_says_of_each_actor_why_it_is_in_the_story(catalog, pages):
    """The actors index prints each description's first sentence alone. Eight said only
    what kind of body this was: 'Milli Majlis: Azerbaijan's parliament.', 'Ministry of
    Foreign Affairs of Azerbaijan: Azerbaijan's foreign ministry.', the House and the
    Senate each 'A chamber of the United States Congress.'; the part each had in the row
    came a sentence later, which the index leaves out. Each first sentence now says it."""
    short = []
    for actor in catalog.actors:
        sentence = meta.first_sentence(meta.plain(actor.description, catalog))
        if len(sentence.split()) < 10:
            short.append(f"{actor.id}: {sentence}")
    assert not short
    index = pages["actors/index.md"]
    for line in (
        "- [Milli Majlis](milli-majlis.md): Azerbaijan’s parliament, the body of the MPs who"
        " signed the appeal of 5 October 2024 to the foreign minister.\n",
        "- [United States Senate](us-senate.md): A chamber of the United States Congress;"
        " senators were among the signatories of the letter to Antony Blinken.\n",
    ):
        assert line in index


def test_an_actor_without_events_or_words_links_the_quoted_words_that_name_it(pages):
    """France's page said 'Named in the MPs' letter' and listed the report that prints
    the letter, but led nowhere near the words; Iran's and Russia's named the commentator
    without his words. Such a page (no event, no words of its own) now lists, under
    'Named in', the quoted words that name the actor: a passage where one does, else the
    whole text. A longer name wins: Mammadov's 'a group of deputies of the Milli Majlis'
    names the MPs, not the parliament."""

    def named_in(page: str) -> str:
        return page.partition("\n## Named in { data-search-exclude }\n\n")[2].split("\n\n")[0]

    assert named_in(pages["actors/france.md"]) == (
        "- [The MPs’ letter to the foreign minister](../quotes/mps-letter-full-text.md)"
    )
    assert "(../quotes/mammadli-self-addressed-appeal.md)" in named_in(pages["actors/iran.md"])
    assert "gaya-mammadov" not in named_in(pages["actors/milli-majlis.md"])
    united_nations = named_in(pages["actors/united-nations.md"])
    assert "(../quotes/mps-letter-un-charter.md)" in united_nations
    assert "(../quotes/mps-letter-full-text.md)" not in united_nations
    for name in ("actors/united-states.md", "actors/ilham-aliyev.md"):
        assert "\n## Named in " not in pages[name], name


def test_an_actors_description_does_not_quote_what_its_page_quotes_below(catalog):
    """Aliyev's description quoted "a dirty appeal", Gadirli's "slandered Azerbaijan" and
    "disgusting", the spokesperson's the US "values its bilateral relationship": the
    quotes under the description print the same words. The description says in its own
    words what they said; the words themselves are read once, below."""
    repeated = []
    for actor in catalog.actors:
        said = " ".join(
            " ".join(quote.text.split()) for quote in catalog.quotes_by_speaker.get(actor.id, [])
        ).casefold()
        for words in re.findall(r'"([^"]+)"', " ".join(actor.description.split())):
            if words.casefold().strip(" ,.") in said:
                repeated.append((actor.id, words))
    assert not repeated


def _addressed_as(actor) -> set[str]:
    """What a sentence may call an addressee: its names, a person's surname, its role."""
    found = {name.casefold() for name in meta.names(actor)}
    return found | {role.title.casefold() for role in actor.roles or ()}


def test_a_quotes_context_says_whom_the_words_were_addressed_to(catalog):
    """A reader who opens a passage of the MPs' letter from an agreement's page read 'The
    first of the three demands that close the letter': which letter, to whom, answering
    what? The by-line gives the speaker and the day; the context's first sentence, which
    lists show under a short quote, names whom the letter or the answer went to."""
    silent = []
    for quote in catalog.quotes:
        event = catalog.get(quote.event) if quote.event else None
        addressees = [
            catalog.get(part.actor)
            for part in (event.actors if event else ())
            if part.role == "addressee"
        ]
        if not addressees:
            continue
        sentence = meta.first_sentence(meta.plain(quote.context or "", catalog)).casefold()
        if not any(name in sentence for actor in addressees for name in _addressed_as(actor)):
            silent.append(quote.id)
    assert not silent


def test_the_context_of_aliyevs_words_says_what_they_answer_and_where(catalog):
    """'President Aliyev's reaction to the US lawmakers' letter on 4 October 2024' gave
    the day the by-line gives already, not the place: a reader of the quote page did not
    learn that he spoke in Jabrayil, where the MPs' letter places the speech and whose
    residents the words OC Media quotes address. Each quote of the speech says in its
    first sentence what it answers; OC Media's, where it was said."""
    quotes = [q for q in catalog.quotes if q.event == "aliyev-jabrayil-speech-2024-10-04"]
    assert len(quotes) >= 3
    for quote in quotes:
        context = meta.plain(quote.context or "", catalog)
        assert "letter" in meta.first_sentence(context), quote.id
        if "oc-media-2024-10-07" in quote.sources:
            assert "Jabrayil" in context, quote.id


def test_prose_names_an_omission_mark_in_words(pages):
    """The 2013 demand's context read "The '...’ stands for the dash": single marks
    around an ellipsis are not paired on the page. Prose says 'the ellipsis', or puts
    the mark in double quotes, which pair."""
    assert not [path for path, page in pages.items() if "'...’" in page or "‘...'" in page]


def test_a_quote_whose_by_line_points_to_how_it_was_dated_does_not_tell_it_again(catalog):
    """Twenty-one quote pages said 'October 2024, after 5 October (see how it was worked
    out)' under the words, then ended their context with 'The report is undated; the
    remark is dated to October 2024 as a reaction to the appeal of 5 October': the same
    reasoning twice, which the event's page tells in full. Where the by-line links it,
    the context says what the words are about only."""
    repeated = []
    for quote in catalog.quotes:
        page = render.Page(f"quotes/{quote.id}.md", catalog)
        if "#about-the-date" not in page.said_when(quote):
            continue
        context = " ".join(meta.plain(quote.context or "", catalog).split())
        if re.search(r"\bundated\b|recorded as|dated to|dates the answer", context):
            repeated.append(quote.id)
    assert not repeated
    # Passages told under another event now take their whole text's dating, linked.
    for passage in ("gaya-mammadov-final-straw", "gaya-mammadov-section-907-suspension"):
        page = render.Page(f"quotes/{passage}.md", catalog)
        assert "#about-the-date" in page.said_when(catalog.get(passage)), passage


def test_the_timeline_gives_a_month_only_date_once_in_its_heading(pages):
    """Under 'After 5 October 2024, exact date not given', each of four lines began
    '**October 2024**:', the month the heading left out: a reader met the month four
    times and learnt only once, from the drawing, that the day is not given. The
    heading now says it as the drawing's band does ('October 2024, day not given, after
    5 October'), its lines do not repeat it, and a sentence before the drawing says
    once how such events are shown."""
    page = pages["timeline.md"]
    listing = page[page.index("\n## Background\n") :]  # the list, not the drawing
    assert "\n## October 2024, day not given, on or after the 5th\n" in listing
    assert "\n## Between 3 and 7 October 2024, day not given\n" in listing
    assert "exact date not given" not in listing
    assert "- **October 2024**:" not in listing
    opening = page[: page.index('<svg class="tl tl-wide"')]
    assert "In the list, events dated only to the month come after" in opening
    assert opening.count("only to the month") == 1  # the sentence
    assert opening.count("month only") == 1  # the drawing's key


def test_a_source_page_says_once_what_is_not_known_of_the_text(catalog, pages):
    """The report on Azerbaijani reactions said 'Outlet unknown · date unknown' under
    its title, 'Web address: unknown.' in the next section and, in its notes, that the
    capture names neither publisher nor date, 'so both are recorded as unknown': four
    times the same news. The line under the title now gathers what is not known in one
    phrase ('outlet, date and web address unknown'); the notes say why where there is a
    why to tell, at most once; and the sources page says it beside each such text,
    which it cites by what it is rather than by outlet and date."""
    listing = pages["sources/index.md"]
    for source in catalog.sources:
        page = pages[f"sources/{source.id}.md"]
        about = page[page.index("\n# ") : page.index("\n## Where this site cites it")]
        byline = next(line for line in about.splitlines() if line.startswith("*"))
        assert "Web address: unknown" not in about, source.id
        assert byline.count("unknown") == (source.url == "unknown" or not source.date.known)
        assert about.count("unknown") - byline.count("unknown") <= 1, source.id
        row = next(line for line in listing.splitlines() if f"({source.id}.md" in line)
        assert ("outlet and date unknown" in row) == (source.outlet == "unknown"), source.id
    demarche = pages["sources/mps-response-demarche.md"]
    assert "*News report · English · outlet, date and web address unknown · cited" in demarche


def test_the_timeline_opens_on_the_story_not_on_how_the_page_is_built(pages):
    """Before the drawing, the timeline told the reader that 'a sentence under each
    event says what happened, and the event's page tells the rest', which the page
    shows a line further down: three paragraphs where two say what is drawn."""
    page = pages["timeline.md"]
    opening = page[page.index("\n# Timeline\n") : page.index('<span class="tl-key-item">')]
    assert "a sentence under each event" not in opening
    assert len(opening.split()) <= 110, len(opening.split())


def test_a_timeline_sentence_does_not_repeat_the_day_its_heading_gives(pages):
    """Under '## 3 October 2024' the sentence read 'On 3 October 2024 a group of US
    senators...': the day twice in two lines, on each of the episode's days. Under its
    day's heading, the sentence now starts with who acted."""
    page = pages["timeline.md"]
    days = re.findall(r"\n## (\d+ \w+ \d{4})\n(.*?)(?=\n## |\Z)", page, re.S)
    assert len(days) >= 3
    for day, part in days:
        assert f"    On {day}" not in part, day
    assert "\n    A group of US senators and representatives writes to" in page


def test_the_tags_page_opens_in_a_readers_words():
    """The tags page opened with 'by the labels the content gives them': 'the content'
    is the project's folder, not anything a reader has seen. It now says what the page
    holds, the site's pages grouped by topic."""
    page = (ROOT / "docs" / "tags.md").read_text(encoding="utf-8")
    opening = " ".join(page.partition("# Tags\n")[2].partition("<!--")[0].split())
    assert opening.startswith("The site’s actors, agreements, events and quotes, grouped by topic.")
    assert "content" not in opening


def test_the_about_page_says_where_to_find_the_button_that_corrects_a_page():
    """'Use "Edit this page"' sent a reader looking for words the page does not show:
    the button is an icon, its name only a tooltip. The about page now says what it
    looks like and where it is, as overrides/partials/actions.html draws it."""
    about = " ".join((ROOT / "docs" / "about.md").read_text(encoding="utf-8").split())
    assert "the “Edit this page” button, a pencil at the top of any generated page" in about
    actions = (ROOT / "overrides" / "partials" / "actions.html").read_text(encoding="utf-8")
    assert "material/file-edit-outline" in actions and "action.edit" in actions
    assert "md-content__button" in actions  # Material's buttons above the page's title


@pytest.mark.parametrize("name", ["about.md", "tags.md"])
def test_hand_written_pages_use_typographic_quote_marks_as_generated_ones_do(name):
    """The about page said "the sources" and lawmakers' in straight marks, beside
    generated pages whose marks are all typographic. Code and link targets keep theirs."""
    text = (ROOT / "docs" / name).read_text(encoding="utf-8").partition("\n# ")[2]
    prose = re.sub(r"`[^`]*`|\]\([^)]*\)", "", text)
    assert not re.findall(r".{0,20}[\"'].{0,20}", prose)


def test_the_about_page_opens_by_saying_in_plain_words_how_the_site_was_made(catalog):
    """The about page opened 'This site is generated from curated, sourced records': a
    reader who came from the home page learnt neither that there are five texts nor
    that quotes are checked, until two sections later; nor did it say which episode the
    site explains. It now opens on the episode in a sentence, then says both, and the
    number is the content's."""
    about = " ".join((ROOT / "docs" / "about.md").read_text(encoding="utf-8").split())
    opening = about.partition("# About this explainer ")[2].partition(" ## ")[0]
    words = {5: "five"}[len(catalog.sources)]
    episode, _, opening = opening.partition(" tells it in short. ")
    assert episode.startswith("This site explains a row of October 2024 between Azerbaijan")
    assert "43 Azerbaijani MPs" in episode and "[The home page](index.md)" in episode
    assert opening.startswith(
        f"Everything this site says about the episode comes from {words} texts"
    )
    assert "checked word for word" in opening
    assert "curated" not in opening
    assert about.count(f"comes from {words} texts") == 1  # said once
    # What does not come from them is said too: the home page's glosses of general terms.
    assert "glosses of general terms" in opening


def test_the_site_uses_the_sources_verbs_for_what_each_side_asked_or_did(catalog):
    """Every source says the US lawmakers "urged" Blinken, and MP Gaya Mammadov says the
    president "refused" to suspend Section 907; the lede said "asked", the timeline
    "asking" and "declined". The MPs' letter says Armenia was "effectively given an order to
    start a new war"; the timeline said the meeting "set Armenia on course for war"."""
    lede = " ".join(catalog.episode.lede.split())
    assert "urged Secretary of State" in lede
    letter = catalog.get("us-lawmakers-letter-2024-10-03")
    assert "urging" in letter.title and "urging" in letter.brief
    for id in ("section-907-not-suspended-2023", "section-907-reactivated", "section-907"):
        assert "declined" not in str(catalog.get(id)), id
    brussels = catalog.get("brussels-meeting-2024-04-05")
    assert "ordered" in brussels.title and "ordered" in brussels.brief


def test_the_home_page_says_which_reports_name_which_agreements(catalog):
    """Only OC Media and the report on Azerbaijani reactions name the two defence
    agreements; Gaya Mammadov's commentary and the report on the State Department's answer
    name none, so "the other reports name only the two on defence" said too much."""
    text = " ".join(" ".join(section.text.split()) for section in catalog.episode.sections)
    assert "the other reports name only the two on defence" not in text
    # Right after Caliber.Az's full text, "no other text names any" read as if Caliber.Az
    # named none.
    # "OC Media names the same two agreements, and so does [a report] ...; no text names any
    # other" had to be read twice: the two reports are now the sentence's subject.
    assert "name the same two agreements; no source names any other." in text


def test_a_one_word_quotes_first_sentence_says_the_letter_has_other_words(pages):
    """Lists show a one-word quote with the first sentence of its context: "review" is OC
    Media's word, and the letter as Caliber.Az prints it says "reassess"; a list that cut
    the context after its first sentence showed "review" as the MPs' own word."""
    event = pages["events/azerbaijani-mps-appeal-2024-10-05.md"]
    line = next(line for line in event.splitlines() if line.startswith("“review”:"))
    assert "reassess" in line


def test_the_state_departments_answer_gives_its_ground_for_october(catalog):
    """ "The first Tuesday after the appeal is 8 October 2024, so the answer came that day
    or on a later Tuesday" allows a Tuesday of early November as well, before the
    conference; the dating to October rests on the report's bare weekdays, and the note
    says so, without a day of November that no source gives."""
    note = " ".join(catalog.get("state-department-reply-2024-10").date_note.split())
    assert "until the conference in November" in note and "days just past" in note
    assert "5 November" not in note


def test_what_the_us_letter_says_violated_international_law_is_left_as_open_as_the_report(
    catalog,
):
    """OC Media's sentence lists the 2020 war, the blockade and September 2023, then quotes
    "blatantly violated international law": the differences page tied it to September 2023
    alone and the blockade's page left out 2020, while two other pages leave it open."""
    point = catalog.get("karabakh-2020-2023-characterisation")
    first = " ".join(point.versions[0].says.split())
    assert "September 2023 alone or of all three" in first
    blockade = " ".join(catalog.get("lachin-corridor-blockade").summary.split())
    assert "September 2023 alone or of all three" in blockade


def test_actor_and_quote_pages_keep_the_sources_strength_and_citations(catalog):
    """A second fact-check of actor, agreement and quote pages: the MPs' letter says
    Armenia was "effectively" given an order (the EU's page dropped it); Gaya Mammadov
    says the president "refused" (not "declined"); the US lawmakers "urged"; the letter
    "asks" for three steps, which the quote titles called demands; Karimli says the two
    issues behind the Western pressure, not "the Western demands", serve the national
    interest; and a record cites only a source that says what it is cited for."""
    prose = " ".join(text for _, _, text in _prose())
    for stronger in ("declined to", "Western demands", "West's demands", "three demands"):
        assert stronger not in prose, stronger
    assert "in effect given an order" in " ".join(catalog.get("european-union").description.split())
    for id in ("antony-blinken", "armenia"):
        assert "urg" in catalog.get(id).description, id
    for id in ("mps-letter-demand-terminate-agreements", "mps-letter-demand-cease-negotiations"):
        assert "request" in catalog.get(id).title and "demand" not in catalog.get(id).title
    assert "proposal to the foreign ministry" in " ".join(
        catalog.get("gaya-mammadov").description.split()
    )
    # OC Media never says "Congress": no tie of a chamber to it rests on OC Media.
    for id in ("us-senate", "us-house-of-representatives"):
        assert not catalog.get(id).affiliations, id
    # The report on the State Department's answer names no agreement.
    assert "turan-state-department-values" not in catalog.get("joint-declaration-1997").sources
    assert not catalog.get("azerbaijan-defense-ministry").other_names
    notes = " ".join(catalog.get("mps-response-demarche").notes.split())
    # Dated by the appeal it reports, not by "next month", which only says October.
    assert "5 October without a year, so it was written on or after that day" in notes


def test_each_run_of_a_joined_stance_names_the_sources_that_report_it(pages):
    """The MPs' line joins three requests and cited four reports after them all; two of
    the four say nothing of the talks. Where the runs rest on different sources, each run
    names its own: the talks only OC Media and Caliber.Az."""
    for path in ("actors/azerbaijani-mps-43.md", "positions.md"):
        line = next(line for line in pages[path].splitlines() if "want an end to" in line)
        talks = line[line.index("talks on new agreements") :]
        talks = talks[: talks.index(") and ")]
        assert "oc-media-2024-10-07" in talks and "caliber-az-2024-10-05" in talks, path
        assert "mps-response-demarche" not in talks and "turan" not in talks, path
        usaid = line[line.index("USAID’s work in Azerbaijan") :]
        assert "turan-state-department-values" in usaid, path


def test_search_snippets_use_the_sources_verbs(catalog):
    """A search for "prisoners" or "demand" showed the US letter's event "asking" (every
    source says "urged") and OC Media's page "the 43 MPs' demand" as the site's word;
    Azerbaijan's page gave OC Media's "review" as what the MPs called for."""
    letter = " ".join(catalog.get("us-lawmakers-letter-2024-10-03").summary.split())
    assert "urging the State Department to press" in letter
    oc_media = " ".join(catalog.get("oc-media-2024-10-07").summary.split())
    assert "request, which it calls a demand" in oc_media
    assert "review" not in catalog.get("azerbaijan").description


def test_karimlis_view_is_said_alike_wherever_it_is_told(catalog):
    """He says 90 percent of Western pressure concerns prisoners and peace: the actor
    page said "most", four other places dropped it, and one made "interests" singular."""
    places = [
        " ".join(catalog.get("karimli-criticises-appeal").summary.split()),
        " ".join(catalog.get("karimli-western-pressure").context.split()),
        " ".join(catalog.get("mps-letter-full-of-slander").context.split()),
        " ".join(catalog.get("ali-karimli").description.split()),
        " ".join(" ".join(s.text.split()) for s in catalog.episode.sections),
    ]
    for text in places:
        assert "90 percent of Western pressure" in text, text
        assert "Azerbaijan's interest." not in text


def test_the_mps_line_on_their_page_labels_each_runs_sources_as_its_other_lines_do(pages):
    """On the MPs' page the first line gave each run's sources bare, "(OC Media, ...)",
    where the next lines say "(source: Caliber.Az, ...)"; and three runs' dates made nine
    links a wall of ten lines on a phone: a run names outlets alone (a link's title gives
    the date)."""
    line = next(
        line
        for line in pages["actors/azerbaijani-mps-43.md"].splitlines()
        if "want an end to" in line
    )
    assert line.count("(sources: [") == 3
    assert "[OC Media](" in untitled(line) and "7 October 2024](" not in untitled(line)


def test_a_source_pages_heading_is_the_headline_in_quote_marks(catalog, pages):
    """Gaya Mammadov's source page opened on "It is entirely unacceptable for the U.S. to
    raise concerns against Azerbaijan based on false pretenses", four lines of a charge in
    the site's own voice on a phone; OC Media's on "MPs demand ...". A headline is the
    outlet's words: in quote marks, as /sources/ already gives it."""
    for source in catalog.sources:
        page = pages[f"sources/{source.id}.md"]
        heading = next(line for line in page.splitlines() if line.startswith("# "))
        assert heading.startswith("# “") and heading.endswith("”"), heading


def test_the_home_page_gives_the_mps_document_one_name_and_attributions_open_or_close(catalog):
    """A copy edit found the MPs' document called "the MPs' letter", "the MPs' appeal", "the
    MPs' reply" and "the request" within a few paragraphs of a story with two letters, so a
    newcomer counted documents that do not exist; and attributions sat inside clauses ("as
    the outlet OC Media, in a report of 7 October, quotes it"; "tells Turan, in remarks
    carried by the report on Azerbaijani reactions, that"). The home page now calls it the
    appeal throughout, and an attribution opens or closes its clause."""
    episode = catalog.episode
    home = " ".join([episode.lede, episode.why_it_matters, *(s.text for s in episode.sections)])
    home = " ".join(home.split())
    for other_name in ("MPs' letter", "MPs' reply", "The request", "the letter's full text"):
        assert other_name not in home, other_name
    assert "the appeal's full text" in home
    assert ", in a report of 7 October, quotes it" not in home
    for event in ("fazil-mustafa-turan-remarks", "mammadli-radio-azadlig-remarks"):
        assert "in remarks carried by" not in catalog.get(event).summary, event


def test_a_whole_texts_passages_under_their_speaker_do_not_name_the_speaker_again(catalog, pages):
    """Under "The Azerbaijani MPs who signed the appeal:" each passage of their letter
    read "The MPs on ...", "The MPs: ..."; on Gaya Mammadov's page four read "MP
    Mammadov: ...". A title's opening name and its ":" or " on " are left out there;
    a title that says more than the name ("The MPs’ verdict on ...") keeps its words,
    and the link's title (its tooltip) still names the speaker."""
    event = pages["events/azerbaijani-mps-appeal-2024-10-05.md"]
    passages = event[event.index("or these passages of it") :].partition("\n\n##")[0]
    for shown, quote in (
        ("The peace treaty", "mps-letter-peace-treaty"),
        ("Time to respond", "mps-letter-reciprocity"),
        ("COP29 hosting used “to pressure our country”", "mps-letter-cop29-pressure"),
        ("The MPs’ verdict on the US letter", "mps-letter-full-of-slander"),
    ):
        assert f"\n- [{shown}](../quotes/{quote}.md)" in passages, shown
    assert "[The MPs on " not in passages and "[The MPs: " not in passages
    gaya = pages["actors/gaya-mammadov.md"]
    assert "\n- [A call for dialogue](../quotes/gaya-mammadov-dialogue.md)" in gaya
    assert "[MP Mammadov: " not in gaya
    page = render.Page("events/azerbaijani-mps-appeal-2024-10-05.md", catalog)
    letter = catalog.get("mps-letter-full-text")
    block = [letter, *(q for q in catalog.quotes if q.part_of == letter.id)]
    listed = page.whole_text(letter, True, "", block)
    assert (
        "\n- [Time to respond](../quotes/mps-letter-reciprocity.md"
        ' "The Azerbaijani MPs who signed the appeal, 5 October 2024: “While'
    ) in listed


def test_where_one_stands_names_sources_every_line_shares_once_under_the_list(pages):
    """Gaya Mammadov's "Where ... stands" ended each of its three lines with "(source:
    Gaya Mammadov's commentary)": where every line has the same sources, one line under
    the list gives them. The MPs' lines, on different sources, keep their own."""
    gaya = pages["actors/gaya-mammadov.md"]
    stands = gaya.partition("{: #where-they-stand }\n")[2].partition("\nEveryone’s positions")[0]
    assert "(source" not in stands and stands.count("\n- Gaya Mammadov ") == 3
    assert stands.endswith(
        "\n\nSource of each: [Gaya Mammadov’s commentary]"
        "(../sources/gaya-mammadov-commentary.md).\n"
    )
    mustafa = pages["actors/fazil-mustafa.md"]
    assert "\nSource of both: [the report on Azerbaijani reactions](" in mustafa
    group = pages["actors/azerbaijani-mps-43.md"]
    assert "sources: [" in group.partition("{: #where-they-stand }")[2].partition("\n## ")[0]
    assert "Source of each" not in group and "Source of both" not in group


def test_an_actors_agreements_quoted_on_in_a_row_share_one_line(pages):
    """Gaya Mammadov's agreements read "the sources quote Gaya Mammadov on it" twice in a
    row, the MPs' "the sources quote them on it" three times: one line says it once."""
    gaya = pages["actors/gaya-mammadov.md"]
    assert gaya.count("the sources quote Gaya Mammadov on") == 1
    assert (
        "\n- [Freedom Support Act](../agreements/freedom-support-act.md) and [Charter of the"
        " United Nations](../agreements/un-charter.md): the sources quote Gaya Mammadov on both\n"
    ) in gaya
    mps = pages["actors/azerbaijani-mps-43.md"]
    assert mps.count("the sources quote them on") == 1
    assert "(../agreements/unfccc.md): the sources quote them on each\n" in mps
    # A tie of other words keeps its own line.
    assert "(../agreements/section-907.md): they criticise it, in words the sources quote\n" in mps


def test_the_undated_reports_page_says_what_the_row_was_before_who_reacted(catalog):
    """A reader who lands on the report of Azerbaijani reactions from a search met a
    list of three people and their views, and never learned what they were reacting to:
    the summary now first says what the appeal asked and what it answered."""
    summary = " ".join(catalog.get("mps-response-demarche").summary.split())
    opening = summary.partition(": ")[0]
    for words in ("43 MPs", "5 October", "USAID", "the US lawmakers' letter"):
        assert words in opening, words


def test_the_line_that_opens_each_listing_says_when_the_row_began(catalog, pages):
    """The timeline, /positions/, /differences/ and the listings open on the episode's
    one line; a reader who lands there from a search learned who wrote to whom, but not
    when, and /differences/ opened on its rules without saying what the story was."""
    assert "3 October 2024" in catalog.episode.tagline
    for path in ("timeline.md", "positions.md", "differences.md"):
        assert "How a letter of 3 October 2024 from US lawmakers" in pages[path], path


def test_a_quote_pages_context_names_what_its_by_line_linked(catalog, pages):
    """On Fazil Mustafa's quote pages, "— Fazil Mustafa, to Turan" linked both, and the
    context two lines below linked both again (MOS:REPEATLINK: once per page)."""
    checked = 0
    for quote in catalog.quotes:
        page = pages[urls.record_page(quote)]
        if "\n## Context\n" not in page:
            continue
        head, _, rest = page.partition("\n## Context\n")
        context = rest.partition("\n## ")[0]
        for record_id in (quote.speaker, quote.addressee, quote.event):
            record = catalog.by_id.get(record_id or "")
            target = record and urls.relative(urls.record_page(quote), urls.record_target(record))
            if target and f"]({target})" in head:
                checked += 1
                assert f"]({target})" not in context, (quote.id, record_id)
    assert checked >= 10


@pytest.mark.parametrize(
    "path",
    [
        "actors/us-lawmakers-letter-group.md",
        "events/us-lawmakers-letter-2024-10-03.md",
        "quotes/index.md",
        "quotes/by-event.md",
    ],
)
def test_the_same_allegation_as_above_is_said_only_under_the_same_label(pages, path):
    """'The same allegation as above' stood under the letter's call as the report on the
    State Department's answer quotes it ('hostages, and POWs'), when the label above was the
    other report's, 'that Azerbaijan holds hostages': the short form followed any label
    already on the page. It now follows only a quote with the same label."""
    page = pages[path]
    turan = page.index("> “press for the immediate and unconditional release")
    label = re.search(r"\*(Allegation \([^)]*\)|The same allegation as above)", page[turan:])
    assert label and label.group(1) == (
        "Allegation (that Azerbaijan holds hostages and prisoners of war)"
    ), label and label.group(1)


def test_a_passage_told_under_another_event_is_dated_as_its_whole_text(pages):
    """Two passages of MP Gaya Mammadov's commentary, told under the MPs' appeal and under
    Section 907's suspension, were dated 'October 2024, day not given', while the whole text
    and its other passages said 'between 5 and 13 October'. A passage whose own event is of
    another date now takes the day its whole text's event gives."""
    for quote in ("gaya-mammadov-final-straw", "gaya-mammadov-section-907-suspension"):
        page = pages[f"quotes/{quote}.md"]
        assert "between 5 and 13 October 2024 (see [how it was worked out]" in page
        assert "October 2024, day not given" not in page


def test_a_name_mid_line_or_after_a_ties_colon_keeps_its_lower_case_the(pages):
    """ "Actors: [Erkin Gadirli]; ...; [The Azerbaijani MPs who signed the appeal]" on the
    Milli Majlis page, and "Among the deputies who made the proposal, by his own account:
    [The Azerbaijani MPs ...]" on Gaya Mammadov's: a capital mid-sentence. Fazil Mustafa's
    "Signatory of the appeal: The Azerbaijani MPs who signed the appeal" said it twice; he
    is now "One of the Azerbaijani MPs who signed the appeal"."""
    assert not [path for path, page in pages.items() if "; [The " in page]
    assert "; [the Azerbaijani MPs who signed the appeal](" in pages["actors/milli-majlis.md"]
    mammadov = pages["actors/gaya-mammadov.md"]
    assert "by his own account: [the Azerbaijani MPs who signed the appeal](" in mammadov
    mustafa = pages["actors/fazil-mustafa.md"]
    assert "\n- One of [the Azerbaijani MPs who signed the appeal](" in mustafa
    assert "Signatory of the appeal" not in mustafa


def test_a_group_named_for_what_it_wrote_wrote_it_on_its_own_page(pages):
    """The US lawmakers' page said "They support the US lawmakers' letter", their own
    letter, where the MPs' says "They wrote the MPs' appeal": "wrote it" was left out
    because the group's name, "The US senators and representatives who wrote to Blinken",
    says so, but on its own page the line opens with "They", not the name."""
    group = pages["actors/us-lawmakers-letter-group.md"]
    assert (
        "\n- They wrote [the US lawmakers’ letter](../events/us-lawmakers-letter-2024-10-03.md"
        in (group)
    )
    assert "They [support the US lawmakers’ letter]" not in group
    # Beside the name, in the table of who stands where, the name still says it alone.
    assert (
        "who wrote to Blinken](actors/us-lawmakers-letter-group.md) wrote"
        not in pages[urls.POSITIONS]
    )


def test_a_groups_own_list_of_events_calls_it_them_and_a_teller_is_listed(pages):
    """The US lawmakers' page listed an event "(it concerns the US senators and
    representatives who wrote to Blinken)": its own long name, on its own page. A group is
    "them" there. And the three events titled "MP Gaya Mammadov says ..." of Section 907
    left him out of who was involved, so his page did not list them among his events."""
    group = pages["actors/us-lawmakers-letter-group.md"]
    assert "(it concerns them)" in group
    assert "(it concerns the US senators" not in group
    mammadov = pages["actors/gaya-mammadov.md"].partition("\n## Earlier events")[2]
    mammadov = mammadov.partition("\n## ")[0]
    for event in ("section-907-suspended-2001", "section-907-reactivated"):
        assert f"(../events/{event}.md" in mammadov, event
    assert "| made the decision |" in pages["events/section-907-suspended-2001.md"]


def test_the_home_page_links_foreign_minister_bayramov_at_his_first_mention(pages):
    """Every other actor the home story names is linked at the first mention; Foreign
    Minister Jeyhun Bayramov, to whom the MPs wrote and who has a page, was plain text."""
    home = pages["index.md"].partition("\n## Sources of")[0]
    article = re.sub(r"<svg.*?</svg>", "", home, flags=re.DOTALL)
    first = article.index("Jeyhun Bayramov")
    assert article[first - 1 : first + len("Jeyhun Bayramov](actors/jeyhun-bayramov.md")] == (
        "[Jeyhun Bayramov](actors/jeyhun-bayramov.md"
    )
    assert article.count("(actors/jeyhun-bayramov.md") == 1


def test_the_karabakh_paragraph_links_the_opposite_terms_where_it_names_them(catalog):
    """The paragraph ended "The two sides' words for these events are set side by side on
    the differences page", a trailing pointer; the link is now in the sentence that names
    the MPs' opposite terms."""
    why = _home_section(catalog, "Why it matters")
    assert "set side by side on the differences page" not in why
    assert (
        "The MPs' appeal [[karabakh-2020-2023-characterisation|names two of them in opposite"
        ' terms]]: it calls the 2020 war the "Patriotic War"' in why
    )
    assert why.count("[[karabakh-2020-2023-characterisation|") == 1


@needs_seeds
def test_the_sources_words_for_what_the_mps_asked_to_do_with_relations_are_a_difference(
    catalog, pages
):
    """Caliber.Az's text of the letter asks for steps "to reassess relations", OC Media has
    the MPs ask to "review" the relationship, and MP Gaya Mammadov speaks of a proposal "to
    reconsider relations": three verbs for the appeal's core request, which the site gave
    only in a quote's context. They are now a difference, each verb with its source and
    in its words, and the quote of OC Media's word says whose rendering it is."""
    from generator.quotecheck import normalise

    difference = catalog.get("review-or-reassess")
    verbs = {"reassess": "caliber-az-2024-10-05", "review": "oc-media-2024-10-07"}
    verbs["reconsider"] = "gaya-mammadov-commentary"
    texts = {
        s.id: normalise((SEEDS / s.archive).read_text(encoding="utf-8")) for s in catalog.sources
    }
    for verb, source in verbs.items():
        (version,) = [v for v in difference.versions if verb in v.says]
        assert version.sources == [source], verb
        quoted = re.findall(r'"([^"]+)"', " ".join(version.says.split()))
        assert quoted and all(normalise(q) in texts[source] for q in quoted), (verb, quoted)
    assert len(difference.versions) == 3
    quote = catalog.get("mps-review-relationship")
    assert quote.title == "the MPs' call to review relations, in OC Media's rendering"
    browse = pages["index.md"].partition("\n## Browse\n")[2]
    count = len(catalog.differences)
    assert count == 11 and f"[how they differ](differences.md) on {count} points" in browse


def test_a_single_name_the_title_holds_is_not_said_again(pages):
    """The page titled 'Peace treaty between Armenia and Azerbaijan (proposed)' said under
    it 'It is called “peace treaty” in [Caliber.Az, ...]': its one name, in its title
    already. A name the title does not hold is still said ('UN Charter', of the page
    titled 'Charter of the United Nations')."""
    treaty = pages["agreements/armenia-azerbaijan-peace-treaty.md"]
    assert "“peace treaty”" not in treaty and "It is called" not in treaty
    assert "## Names in the sources" not in treaty
    charter = pages["agreements/un-charter.md"]
    assert "\nThe sources call it “UN Charter” ([Caliber.Az" in charter


def test_a_listed_quote_is_dated_as_its_own_page_dates_it(catalog, pages):
    """Gaya Mammadov's words were dated "October 2024" under them in every list, and
    "between 5 and 13 October 2024" on their own pages and their event's: a reader could
    not tell which held. The line under a listed quote gives its page's date words."""
    said = {}
    for quote in catalog.quotes:
        own = render.Page(urls.record_page(quote), catalog).said_when(quote)
        words = own.partition(" (see [how it was worked out]")[0]
        said[quote.id] = f"{words[:1].upper()}{words[1:]} · Source"
    checked = set()
    for path, page in pages.items():
        for line in page.splitlines():
            found = re.search(r" · \[Quote page\]\((?:\.\./quotes/)?([a-z0-9-]+)\.md\)$", line)
            if found and " · Source" in line:
                assert line.startswith(said[found[1]]), (path, line)
                checked.add(found[1])
    assert {"gaya-mammadov-final-straw", "gaya-mammadov-section-907-suspension"} <= checked
    assert len(checked) > 10


def test_quotes_by_event_dates_each_event_as_the_events_index_does(catalog, pages):
    """Quotes by event dated MP Erkin Gadirli's remarks "October 2024", where the events
    index and the timeline say "Between 3 and 7 October 2024": each line under an event's
    heading now gives its date as every list of events does (order.when)."""
    listing = pages["quotes/by-event.md"]
    index = pages["events/index.md"]
    checked = 0
    for event in catalog.events:
        if not catalog.quotes_by_event.get(event.id):
            continue
        when = order.when(event, catalog.by_id)
        when = when[:1].upper() + when[1:]
        assert f"\n*{when}* · [What happened](" in listing, event.id
        assert f") | {when} |" in index, event.id
        checked += 1
    assert checked > 5
    assert "\n*Between 3 and 7 October 2024* · [What happened](" in listing


def test_a_fact_checkers_findings_are_said_as_the_sources_say_them(catalog, pages):
    """A check of every record against the five texts found claims they do not make:
    Congress "enacted" Section 907 (Mammadov speaks only of initiatives "put forward in
    Congress"); Mammadli's "44-day war" was called the 2020 war with no sign that the
    report gives no year; and Mammadov's "nearly one million" was set beside the MPs'
    "more than one million" expelled, though his figure counts expulsion, massacres and
    the denial of return together. Aliyev's "dirty appeal" is the US letter, which a
    reader took for the MPs' appeal."""
    section_907 = catalog.get("section-907-adopted-1992")
    congress = next(p for p in section_907.actors if p.actor == "us-congress")
    assert congress.role == "where Mammadov says it was put forward"
    for record in ("karabakh-war-2020", "mammadli-russia-influence"):
        told = " ".join(getattr(catalog.get(record), "summary", "").split())
        told += " ".join(getattr(catalog.get(record), "context", "").split())
        assert '"the 44-day war", a name often given to' in told, record
        assert "the report does not give its year" in told, record
    expelled = catalog.get("number-of-expelled-azerbaijanis")
    assert "massacres" in expelled.versions[1].says and "massacres" in expelled.note
    assert "do not count the same thing" in " ".join(expelled.note.split())
    context = " ".join(catalog.get("aliyev-dirty-appeal").context.split())
    assert 'the appeal he calls "dirty" is their letter, not the MPs\' appeal' in context
