"""Lines that tell a reader where words come from and what a page holds say only what
is true of the site they are on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from jinja2 import nodes

from generator import render, urls
from generator.bundle import read_config, readme

from .conftest import ROOT, name_the_letter, rendered, write_letter


def test_a_quote_page_names_its_sources_beside_the_words(content):
    """The line under the words says who, when, at what event, and from which
    sources, as listed quotes do: 'Source:' for one, 'Sources:' for more."""
    page = rendered(content)["quotes/aliyev-dirty-appeal.md"]
    said = next(line for line in page.splitlines() if line.startswith("— "))
    assert said.endswith(" · Source: [OC Media, 7 October 2024](../sources/oc-media-2024-10-07.md)")
    quote = content / "quotes" / "aliyev-dirty-appeal.yaml"
    text = quote.read_text(encoding="utf-8")
    quote.write_text(
        re.sub(r"sources: \[.*\]", "sources: [oc-media-2024-10-07, caliber-az-2024-10-05]", text),
        encoding="utf-8",
    )
    page = rendered(content)["quotes/aliyev-dirty-appeal.md"]
    said = next(line for line in page.splitlines() if line.startswith("— "))
    assert " · Sources: [OC Media, 7 October 2024](../sources/oc-media-2024-10-07.md); " in said


def _write_event(content: Path, event_id: str, date: str) -> None:
    record = {
        "id": event_id,
        "title": f"Something happened ({event_id})",
        "date": date,
        "summary": "Something happened.",
        "sources": ["oc-media-2024-10-07"],
    }
    (content / "events" / f"{event_id}.yaml").write_text(yaml.safe_dump(record), encoding="utf-8")


def _intros(content: Path) -> tuple[str, str]:
    pages = rendered(content)
    timeline = pages[urls.TIMELINE].partition("\nWhat happened, in date order")[2].split("\n")[0]
    events = pages[urls.section_index("event")].partition("\nEvery event in one table")[2]
    return timeline, events.split("\n")[0]


def test_the_timeline_and_events_pages_name_only_the_parts_they_have(content):
    """Events with no known date, or after the episode, are spoken of only where
    there are some."""
    timeline, events = _intros(content)
    assert "the background the sources cite, then the days of the episode (" in timeline
    assert "no known date" not in timeline + events
    assert "what came after" not in timeline + events
    _write_event(content, "nobody-dates-it", "unknown")
    timeline, events = _intros(content)
    assert "the days of the episode (3 to 8 October 2024), then events with no known date" in (
        timeline
    )
    assert "events with no known date come last" in events
    assert "what came after" not in timeline + events
    _write_event(content, "much-later", "2025-03-01")
    timeline, events = _intros(content)
    assert "(3 to 8 October 2024), what came after, then events with no known date" in timeline
    assert "what came after" not in events  # the timeline tells its parts
    (content / "events" / "nobody-dates-it.yaml").unlink()
    timeline, events = _intros(content)
    assert "the days of the episode (3 to 8 October 2024), then what came after." in timeline
    assert "no known date" not in timeline + events


@pytest.mark.first_episode
def test_the_about_page_says_who_keeps_the_copies_quotes_are_checked_against(content):
    # Said once, on the about page, not on each source's page.
    pages = rendered(content)
    assert "make quotes" not in pages["sources/oc-media-2024-10-07.md"]
    about = " ".join((ROOT / "docs" / "about.md").read_text(encoding="utf-8").split())
    kept = "The project’s maintainers keep these copies outside the published site"
    run = "the check (`make quotes` in the project’s repository) runs on every proposed change"
    assert kept in about and run in about
    # The command it names is the one that runs the check.
    assert re.search(r"^quotes:.*## check every quote", (ROOT / "Makefile").read_text(), re.M)


def test_the_footer_says_whose_terms_apply_without_sending_the_reader_elsewhere(tmp_path):
    """The notice on every page, and in the offline bundle's README, says what the quotes
    are and whose terms they keep."""
    settings = read_config(ROOT / "mkdocs-offline.yml")
    notice = " ".join(str(settings["copyright"]).split())
    assert notice.startswith("Quotes are short excerpts from the sources named on each page")
    assert "publishers’ terms" in notice
    assert "see " not in notice.lower()
    text = readme(settings, "not recorded", 3, tmp_path)
    lines = text[text.index("\nQuotes are short") + 1 :].partition("\n\n")[0].splitlines()
    assert " ".join(lines) == notice
    assert all(len(line) <= 80 for line in lines)


def test_the_bundles_readme_says_to_unzip_first_and_how_to_find_a_page(tmp_path):
    """A reader who double-clicks index.html inside the zip (Windows lets them) gets a
    bare page whose links lead nowhere: the README says to unzip the whole file
    first, how, and then where the sections and search are, by the tabs' names."""
    settings = read_config(ROOT / "mkdocs-offline.yml")
    site = tmp_path / "some-episode-offline-1.0"
    text = readme(settings, "not recorded", 3, site)
    steps = text[text.index("How to open it") : text.index("Finding your way")]
    assert "Unzip the whole file first" in steps and '"Extract All"' in steps
    assert f"     {site.name},\n     double-click index.html" in steps
    finding = text[text.index("Finding your way") : text.index("What it is")]
    found = " ".join(finding.split())
    assert (
        "lead to: Timeline, Who stands where, Actors, Agreements, Events, Quotes, Sources," in found
    )
    assert "Home" not in found and "Search is in the top bar" in found
    assert all(len(line) <= 80 for line in (steps + finding).splitlines())


def test_a_whole_text_given_to_a_news_outlet_is_not_said_to_be_written(content):
    """Remarks given to a news outlet may have been spoken (MP Mammadov 'told AZERTAC'):
    their page says 'Given to AZERTAC by', a letter to a minister 'Written to'."""
    (content / "actors" / "azertac.yaml").write_text(
        "id: azertac\nname: AZERTAC\ntype: media-outlet\ncountry: azerbaijan\n"
        "description: A news agency.\nsources: [caliber-az-2024-10-05]\n",
        encoding="utf-8",
    )
    name_the_letter(content)
    for addressee, verb in (("azertac", "Given"), ("jeyhun-bayramov", "Written")):
        write_letter(content, f"addressee: {addressee}")
        page = rendered(content)["quotes/mps-letter.md"]
        line = next(x for x in page.splitlines() if x.startswith(("Given ", "Written ")))
        assert line.startswith(f"{verb} to ["), line
        assert f"](../actors/{addressee}.md" in line.partition(" by ")[0]


def test_the_templates_own_words_use_typographic_apostrophes():
    """Content text reaches a page with typographic marks (escape.typographic), but a
    template's own words are printed as written: "the project's maintainers" stood in
    straight marks beside "Azerbaijan’s" on every source page. Comments are not printed."""
    env = render.environment()
    straight = []
    for name in env.list_templates():
        source = env.loader.get_source(env, name)[0]
        for data in env.parse(source).find_all(nodes.TemplateData):
            straight += [(name, m.group()) for m in re.finditer(r"\w+'\w+|\ws' ", data.data)]
    assert straight == []
