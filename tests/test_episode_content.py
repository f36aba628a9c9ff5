"""The first episode's content keeps the rules its pages state: what an allegation label
is for, what counts as a difference, and whose account a date or a remark is."""

from __future__ import annotations

import re

import pytest

from generator import pipeline, render, urls
from generator.links import find_links

from .conftest import ROOT

# Every test here reads the first episode's records (see conftest).
pytestmark = pytest.mark.first_episode


@pytest.fixture(scope="module")
def catalog():
    return pipeline.validate(ROOT / "content", ROOT)


@pytest.fixture(scope="module")
def pages(catalog):
    return render.render_site(catalog)


def _quoted(text: str) -> list[str]:
    return re.findall(r"\"([^\"]+)\"", text)


def test_how_a_side_names_contested_history_carries_no_allegation_label(catalog, pages):
    """The about page says how each side names contested history is not labelled: the
    words a difference about background events gives as a side's name for them, quoted
    on their own, carry no allegation label, whichever side said them."""
    about = " ".join((ROOT / "docs" / "about.md").read_text(encoding="utf-8").split())
    assert "against the episode’s people and bodies (who wrote, organised or ordered" in about
    assert "How each side names contested history" in about
    naming = [d for d in catalog.differences if d.about and set(d.about) <= catalog.background]
    assert naming, "no difference about the background: the test would check nothing"
    named = []
    for difference in naming:
        phrases = [p for version in difference.versions for p in _quoted(version.says)]
        for quote in catalog.quotes:
            words = " ".join(quote.text.split())
            if quote.document or not any(p in words for p in phrases):
                continue  # a whole text holds other charges too
            named.append(quote.id)
            assert not quote.allegation, (difference.id, quote.id)
            assert "*Allegation (" not in pages[urls.record_page(quote)], quote.id
    assert "us-letter-september-2023" in named


def test_no_difference_is_a_sources_silence(catalog, pages):
    """A difference is two sources saying different things; one that is silent where
    another is specific is noted on the record, so no difference says of itself that
    the sources do not contradict each other. The home page counts what is left."""
    for difference in catalog.differences:
        note = " ".join(difference.note.split())
        assert not re.search(r"no (report|source) contradicts|not a disagreement", note), (
            difference.id
        )
    count = len(catalog.differences)
    assert f"[how they differ](differences.md) on {count} points" in pages["index.md"]
    # The letter's page says it once, beside the words, in the quote's context.
    context = " ".join(catalog.get("us-letter-provocative-statements").context.split())
    assert "that only [[mps-response-demarche|the report on Azerbaijani reactions]] mentions" in (
        context
    )


def test_an_event_attributed_in_its_title_is_attributed_on_the_timeline(catalog, pages):
    """An event whose title says whose account it is ('..., by MP Mammadov's account')
    says so in its timeline line too, so that a date one text gives is not stated as
    fact there."""
    checked = 0
    for event in catalog.events:
        found = re.search(r"(\w+)'s account|(\w+) says\b", event.title)
        if not (found and event.brief):
            continue
        name = found.group(1) or found.group(2)
        assert name in event.brief, (event.id, event.brief)
        target = f"({urls.record_page(event)} "
        line = next(line for line in pages[urls.TIMELINE].splitlines() if target in line)
        assert name in line.partition("](")[0], line
        checked += 1
    assert checked, "no event with an attributed title and a brief: nothing was checked"


# Every field of prose in the content, as one text a record.
def _prose(record: object) -> str:
    texts = []
    for value in vars(record).values():
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, list):
            texts += [_prose(v) if hasattr(v, "__dict__") else str(v) for v in value]
        elif hasattr(value, "__dict__"):
            texts.append(_prose(value))
    return " ".join(" ".join(texts).split())


def test_remarks_given_to_an_outlet_are_said_not_written(catalog):
    """MP Gaya Mammadov's commentary is what he 'told AZERTAC' (the text says so):
    the content says he told or says, never that he writes."""
    archive = ROOT.parent / "shared" / "seeds"
    source = catalog.get("gaya-mammadov-commentary")
    if archive.is_dir():  # the archive, when it is there, says the remarks were spoken
        assert "told AZERTAC" in (archive / source.archive).read_text(encoding="utf-8")
    records = [*catalog.by_id.values(), catalog.episode]
    for record in records:
        text = _prose(record)
        assert not re.search(r"Mammadov(\]\])?(, [^,.]+,)? (writes|wrote)\b", text), record
    # His name or its link, then the verb, bare or linked: [[quote-id|told AZERTAC]].
    told_azertac = r"(Mammadov|gaya-mammadov)(\]\])?(, [^,.]+,)? (\[\[[^|\]]+\|)?told AZERTAC"
    told = [r for r in records if re.search(told_azertac, _prose(r))]
    assert told


def test_why_it_matters_says_what_is_at_stake_not_how_a_report_is_dated(pages):
    home = pages["index.md"]
    section = home.partition("\n## Why it matters\n")[2].partition("\n## ")[0]
    assert section and "undated" not in section


def test_a_phrase_open_to_two_readings_is_set_beside_the_other_sources_with_both_readings(
    catalog, pages
):
    """OC Media's line that the president commented on the letter "before parliament"
    follows its account of the MPs' appeal of the next day: it may say when he spoke
    (ahead of the MPs) as well as where. Read as a place, it differs from the MPs' letter
    and Mammadov, who place the speech in Jabrayil: one difference, where he spoke, sets
    the versions side by side and its note gives both readings; the event says it in a
    sentence and links it."""
    archive = ROOT.parent / "shared" / "seeds"
    source = catalog.get("oc-media-2024-10-07")
    if archive.is_dir():  # the line comes after the appeal it may be measured against
        text = (archive / source.archive).read_text(encoding="utf-8")
        line = "Aliyev commented on the letter before parliament"
        assert text.index("signed the statement on 5 October") < text.index(line)
    for difference in catalog.differences:
        told = " ".join([difference.point, difference.gist, difference.note])
        told += " ".join(version.says for version in difference.versions)
        assert ("before parliament" in " ".join(told.split())) == (
            difference.id == "where-aliyev-spoke"
        ), difference.id
    where = catalog.get("where-aliyev-spoke")
    assert [v.sources for v in where.versions] == [
        ["caliber-az-2024-10-05", "gaya-mammadov-commentary"],
        ["oc-media-2024-10-07"],
    ]
    note = " ".join(where.note.split())
    assert "where he spoke (in parliament) or when (before the MPs, who wrote the next day)" in note
    # Which texts do not say where: named, not "the other two" beside a table of three.
    assert "The report on Azerbaijani reactions and the report on the State Department" in note
    event = catalog.get("aliyev-jabrayil-speech-2024-10-04")
    page = " ".join(pages[urls.record_page(event)].split())
    assert "place the speech in Jabrayil" in page
    assert (
        "OC Media also says he spoke before parliament, which may mean before the MPs wrote or"
        " [in parliament](../differences.md#difference-where-aliyev-spoke" in page
    )


def _shared_tags(catalog, actor) -> set[str]:
    """The tags all of an actor's quotes carry (none, for an actor without quotes)."""
    quotes = [quote for quote in catalog.quotes if quote.speaker == actor.id]
    return set.intersection(*(set(quote.tags) for quote in quotes)) if quotes else set()


def test_a_speaker_is_filed_under_the_tags_all_its_words_carry(catalog):
    """The tags page lists actors as well as quotes: a speaker whose every quote is filed
    under a tag (the opposition leader's under 'Opposition', the commentator's under
    'Commentators', the spokesperson's under 'US response') is listed under it too."""
    checked = 0
    for actor in catalog.actors:
        shared = _shared_tags(catalog, actor)
        assert shared <= set(actor.tags), (actor.id, sorted(shared - set(actor.tags)))
        checked += bool(shared)
    assert checked > 5, checked


def test_a_tag_that_names_an_actor_lists_that_actor(catalog):
    """'Russia' and 'Armenia' list the pages on those states, as 'USAID' lists the agency's."""
    by_name = {
        name.casefold(): actor
        for actor in catalog.actors
        for name in [actor.name, *actor.other_names]
    }
    tags = {tag for record in catalog.by_id.values() for tag in getattr(record, "tags", [])}
    named = sorted(tag for tag in tags if tag.casefold() in by_name)
    assert len(named) >= 3, named
    for tag in named:
        assert tag in by_name[tag.casefold()].tags, tag


def test_a_body_is_filed_with_who_speaks_for_it_and_its_members_with_it(catalog):
    """The party Ali Karimli chairs is filed with him under 'Opposition', the State
    Department with its spokesperson under 'US response'; the MPs who hold seats in the
    Milli Majlis, and the group of its members, under its tag 'Parliament'. (A state's
    tags are not passed to the people who hold its offices.)"""
    checked = 0
    for actor in catalog.actors:
        for tie in actor.affiliations:
            body = catalog.get(tie.actor)
            if tie.relation in ("chairman", "spokesperson"):
                missing = _shared_tags(catalog, actor) - set(body.tags)
                assert not missing, (body.id, "speaks through", actor.id, sorted(missing))
                checked += 1
            elif tie.relation in ("member", "members"):
                assert set(body.tags) <= set(actor.tags), (actor.id, tie.actor)
                checked += bool(body.tags)
        for role in actor.roles:
            body = catalog.get(role.of) if role.of else None
            if body is not None and body.type != "state":
                assert set(body.tags) <= set(actor.tags), (actor.id, role.of)
                checked += bool(body.tags)
    assert checked > 5, checked


def test_a_quote_is_filed_under_sanctions_or_peace_by_what_its_words_say(catalog):
    """'Sanctions' holds the words that speak of sanctions (Karimli's "threatening the U.S.
    with sanctions"), not words said next to a report's mention of them; 'Peace' holds
    the words on peace between Armenia and Azerbaijan, the MPs' on the peace treaty
    among them. A whole text is filed by the passages quoted from it, not here."""
    peace_agreements = {a.id for a in catalog.agreements if "peace" in a.tags}
    checked = 0
    for quote in catalog.quotes:
        if quote.document:
            continue
        words = " ".join(quote.text.split()).casefold()
        says = {
            "sanctions": "sanction" in words,
            "peace": "peace" in words
            and ("armenia" in words or bool(peace_agreements & set(quote.agreements))),
        }
        for tag, said in says.items():
            assert (tag in quote.tags) == said, (quote.id, tag, said)
            checked += said
    assert checked >= 5, checked


def _title_before_name(actor, other: str) -> bool:
    """Whether an other name is only words of the actor's role titles before its name
    or surname ('President Ilham Aliyev', 'Secretary Blinken')."""
    titles = {word.casefold() for role in actor.roles for word in re.findall(r"\w+", role.title)}
    for name in {actor.name, actor.name.split()[-1]}:
        if other.endswith(" " + name):
            lead = {word.casefold() for word in re.findall(r"\w+", other[: -len(name)])}
            if lead and lead <= titles:
                return True
    return False


def test_no_other_name_is_only_a_title_before_the_name(catalog, pages):
    """'Also written: “President Ilham Aliyev”' under Ilham Aliyev, President of Azerbaijan,
    tells a reader nothing the page does not: other names are other spellings and names,
    not the role's title put before the name. Search and the by-lines find a person by
    surname without them (meta.names)."""
    aliyev = catalog.get("ilham-aliyev")
    assert _title_before_name(aliyev, "President Ilham Aliyev")  # the check sees the pattern
    assert not _title_before_name(aliyev, "Ilham Heydar oglu Aliyev")
    people = [actor for actor in catalog.actors if actor.type == "person" and actor.roles]
    assert people
    for actor in people:
        for other in actor.other_names:
            assert not _title_before_name(actor, other), (actor.id, other)
        if not actor.other_names:
            assert "The sources also call" not in pages[urls.record_page(actor)], actor.id


def test_the_person_a_request_was_addressed_to_is_named_on_each_agreement_it_concerns(
    catalog, pages
):
    """The MPs asked Foreign Minister Bayramov to end the 1997 declaration and the 2013
    agreement alike: each agreement names him, so that his page lists both."""
    checked = 0
    for event in catalog.events:
        for part in event.actors:
            person = catalog.get(part.actor)
            if part.role != "addressee" or person.type != "person":
                continue
            page = pages[urls.record_page(person)]
            for agreement_id in event.agreements:
                agreement = catalog.get(agreement_id)
                linked = {link.target for link in find_links(agreement.description)}
                assert person.id in linked, (agreement_id, person.id)
                assert f"](../{urls.record_page(agreement)} " in page, (person.id, agreement_id)
                checked += 1
    assert checked >= 2, checked
