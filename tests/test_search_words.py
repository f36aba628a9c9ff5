"""The small words the search box drops (docs/assets/javascripts/search.js), and the
index that keeps every word."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

ROOT = Path(__file__).resolve().parents[1]
WORKERS = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"


def _small_words() -> set[str]:
    template = (ROOT / "docs" / "assets" / "javascripts" / "search.js").read_text(encoding="utf-8")
    block = re.search(r'var small = \{\};\s*\(((?:\s*"[a-z ]*"\s*\+?)+)\)', template)
    assert block, "search.js: no list of small words"
    return set(" ".join(re.findall(r'"([a-z ]*)"', block.group(1))).split())


def _lunr_stop_words() -> set[str]:
    (worker,) = WORKERS.glob("search.*.min.js")
    found = re.search(r"generateStopWordFilter\(\[([^\]]*)\]\)", worker.read_text("utf-8"))
    assert found, f"{worker.name}: no English stop-word list"
    return set(re.findall(r'"([a-z]+)"', found.group(1)))


def test_every_dropped_word_is_a_stop_word() -> None:
    """A query drops lunr's English stop words, none other: as the start of a word
    they matched longer ones ("to" in "Torture") and ranked nothing."""
    small = _small_words()
    assert {"to", "the", "of", "on", "in", "a", "an", "and", "for", "by", "at", "with"} <= small
    assert small <= _lunr_stop_words(), sorted(small - _lunr_stop_words())


@pytest.mark.parametrize("config", ["mkdocs.yml", "mkdocs-offline.yml"])
def test_the_index_keeps_every_word_as_written(config: str) -> None:
    """No lunr pipeline: with its stop-word filter (Material's default) the index
    left out "us", and "US" found USAID first, the United States nowhere near. With
    its stemmer the index holds "crimin" for "criminals", and Material searches each
    word as the start of a word, which lunr does not stem: "war criminals" found
    nothing. The records' one-word other names ("US") go in a field of their own
    that weighs more than a title and its tags together."""
    text = (ROOT / config).read_text(encoding="utf-8")
    search = re.search(r"^  - search:\n((?:      .*\n|\s*#.*\n)+)", text, re.M)
    assert search, f"{config}: no search plugin"
    assert re.search(r"^      pipeline: \[\]$", search.group(1), re.M), search.group(1)
    fields = dict(re.findall(r"^        (\w+): \{boost: (\d+)\}$", search.group(1), re.M))
    assert int(fields["names"]) > 2 * int(fields["tags"]) == 2000, fields
    hooks = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")  # mkdocs-offline.yml inherits it
    assert re.search(r"^  - overrides/hooks/search_names\.py$", hooks, re.M)


def test_the_letters_search_tries_in_a_z_are_those_of_the_ids_transliteration() -> None:
    """search.js writes a name typed in "Məmmədov" letters in a-z with the letters of
    generator/urls.py, which spells ids: the two tables are one table in two languages."""
    from generator import urls

    template = (ROOT / "docs" / "assets" / "javascripts" / "search.js").read_text(encoding="utf-8")
    block = re.search(r"var LETTERS = \{(.*?)\};", template, re.DOTALL)
    assert block, "search.js: no table of letters"
    letters = dict(re.findall(r'"(.)": "([A-Za-z]+)"', block.group(1)))
    python = {chr(k): v for k, v in urls._TRANSLITERATION.items()}
    assert letters.keys() == python.keys()
    assert {k: v.lower() for k, v in letters.items()} == python
    # The class of letters the script replaces holds every letter of its table.
    found = re.search(r"\.replace\(/\[([^\]]+)\]/g", template)
    assert found and set(found.group(1)) == set(letters)
