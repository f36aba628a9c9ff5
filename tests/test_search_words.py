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
