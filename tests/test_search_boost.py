"""Search boosts: a record's page is weighed above the pages whose titles name it
(generator/search.py); what a browser's search then finds first is in
tests/browser/test_search_loading.py."""

from __future__ import annotations

from pathlib import Path

from generator import search
from generator.pipeline import validate

from .conftest import FIXTURE_CONTENT, ROOT, name_the_letter, write_letter


def _retitle(content: Path, path: str, field: str, old: str, new: str) -> None:
    file = content / path
    text = file.read_text(encoding="utf-8")
    assert f"{field}: {old}\n" in text, text
    file.write_text(text.replace(f"{field}: {old}\n", f"{field}: {new}\n"), encoding="utf-8")


def test_with_no_title_naming_another_record_every_page_weighs_the_same():
    boosts = search.boosts(validate(FIXTURE_CONTENT, ROOT))
    # "Azerbaijani MPs who signed the appeal" does not name Azerbaijan: words, not letters.
    assert set(boosts.values()) == {search.BOOST}, boosts


def test_a_record_named_in_titles_comes_a_step_above_them_and_a_chain_a_step_more(content):
    # Bayramov by his other name and by surname; the declaration by a source's name
    # in the event's title, and Bayramov by surname in a difference's point.
    _retitle(
        content,
        "events/declaration-signed.yaml",
        "title",
        "The joint declaration is signed",
        "The Joint Declaration on Future Military and Defense Cooperation is signed",
    )
    _retitle(
        content,
        "agreements/joint-declaration-1997.yaml",
        "name",
        "Joint declaration on military and defence cooperation (1997)",
        "Joint declaration on military and defence cooperation (1997), Bayramov's file",
    )
    _retitle(
        content,
        "differences/differences-signatories.yaml",
        "point",
        "How many MPs signed the appeal",
        "How many MPs wrote to CEYHUN Bayramov",
    )
    boosts = search.boosts(validate(content, content.parent))
    step = search.STEP
    assert boosts["declaration-signed"] == search.BOOST
    assert boosts["joint-declaration-1997"] == search.BOOST + step
    assert boosts["jeyhun-bayramov"] == search.BOOST + 2 * step
    assert boosts["ilham-aliyev"] == boosts["letter-sent"] == search.BOOST


def test_titles_that_name_each_other_stop_at_the_last_step(content):
    _retitle(content, "actors/ilham-aliyev.yaml", "name", "Ilham Aliyev", "Ilham Aliyev Bayramov")
    boosts = search.boosts(validate(content, content.parent))
    # Each title names the other (by surname): both climb to the top step, no further.
    top = search.BOOST + search.STEPS * search.STEP
    assert boosts["ilham-aliyev"] == boosts["jeyhun-bayramov"] == top, boosts


def test_a_whole_text_weighs_as_an_event_and_a_passage_as_any_quote(content):
    # "MPs letter" found nine pages before the MPs' letter: quotes from it among them.
    write_letter(content)
    name_the_letter(content)
    boosts = search.boosts(validate(content, content.parent))
    assert boosts["mps-letter"] == boosts["letter-sent"] == search.BOOST
    assert "mps-terminate" not in boosts  # Material's default, 1
