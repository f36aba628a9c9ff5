"""The small words the search box drops (docs/assets/javascripts/search.js) are words
the index never holds."""

from __future__ import annotations

import re
from pathlib import Path

import material

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


def test_every_dropped_word_is_one_the_index_leaves_out() -> None:
    """The search plugin's pipeline (stopWordFilter, Material's default; the browser
    tests check the built index) leaves lunr's English stop words out of the index,
    so a query loses no match by dropping them: they only matched as the start of
    longer words ("to" in "Torture")."""
    small = _small_words()
    assert {"to", "the", "of", "on", "in", "a", "an", "and", "for", "by", "at", "with"} <= small
    assert small <= _lunr_stop_words(), sorted(small - _lunr_stop_words())
