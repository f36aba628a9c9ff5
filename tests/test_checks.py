"""The editorial checks of checks.py, each on the fixture with one rule broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import ContentError
from generator.pipeline import validate


def problems(content: Path) -> list[str]:
    try:
        validate(content, content.parent)
    except ContentError as exc:
        return [str(p) for p in exc.problems]
    return []


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_fixture_passes_every_check(content):
    assert problems(content) == []


# Each case: the file, the text replaced in it, its replacement, and every message
# the check must then print (none, where the edit keeps the rule).
BROKEN = {
    "before is for an event with no date": (
        "events/reply-2024-10.yaml",
        "after: letter-sent\n",
        "before: letter-sent\n",
        "content/events/reply-2024-10.yaml:5:9: error: before: this event is dated (October"
        " 2024): its date places it; remove `before`",
    ),
    "before names a dated event": (
        "events/reply-2024-10.yaml",
        "date: 2024-10\nafter: letter-sent\n",
        "date: unknown\nbefore: letter-sent\n",
        None,
    ),
    "a role may not end before it starts": (
        "actors/jeyhun-bayramov.yaml",
        "    of: azerbaijan\n",
        "    of: azerbaijan\n    start: 2020-05\n    end: 2019\n",
        "content/actors/jeyhun-bayramov.yaml:1:1: error: roles[0]: ends (2019) before it"
        " starts (2020-05)",
    ),
    "a role with one end unknown is not out of order": (
        "actors/jeyhun-bayramov.yaml",
        "    of: azerbaijan\n",
        "    of: azerbaijan\n    start: 2020-05\n    end: unknown\n",
        None,
    ),
    "a difference needs two versions": (
        "differences/differences-signatories.yaml",
        "  - says: A group of MPs; no number is given.\n    sources: [caliber-az-2024-10-05]\n",
        "",
        "content/differences/differences-signatories.yaml:1:1: error: versions: a difference"
        " needs at least two versions",
    ),
    "a country must be a state": (
        "actors/jeyhun-bayramov.yaml",
        "country: azerbaijan",
        "country: mps-group",
        "content/actors/jeyhun-bayramov.yaml:1:1: error: country: 'mps-group' is group,"
        " not a state",
    ),
    "the episode's period must end after it starts": (
        "episode.yaml",
        "period_end: 2024-10-08",
        "period_end: 2024-10-01",
        "content/episode.yaml:1:1: error: period_end is before period_start",
    ),
    "two versions that say the same are one": (
        "differences/differences-signatories.yaml",
        "note:",
        "  - says: forty-three  MPs.\n    sources: [caliber-az-2024-10-05]\nnote:",
        "content/differences/differences-signatories.yaml:9:11: error: versions[2].says: says"
        " the same as versions[0]: list the sources of both in one version",
    ),
    "a person's other name, after a title, opens that person's page": (
        "events/reply-2024-10.yaml",
        "  The foreign ministry answered",
        "  [[letter-sent|Foreign Minister Ceyhun Bayramov]] answered",
        "content/events/reply-2024-10.yaml:7:3: error: summary: 'Foreign Minister Ceyhun"
        " Bayramov' names a person, but this link opens 'letter-sent', an event: link the name"
        " to the person, [[jeyhun-bayramov|Foreign Minister Ceyhun Bayramov]], and other words"
        " of the sentence to the event",
    ),
    "a name's own link, and a bare link to an actor, are kept": (
        "events/reply-2024-10.yaml",
        "  The foreign ministry answered",
        "  [[jeyhun-bayramov|MP Ceyhun Bayramov]]'s ministry, not [[ilham-aliyev]], answered",
        None,
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_check_reports_its_rule_broken(content, case):
    path, old, new, message = BROKEN[case]
    edit(content / path, old, new)
    assert problems(content) == ([message] if message else [])


def test_a_document_is_part_of_no_other(content):
    edit(content / "quotes" / "mps-terminate.yaml", "speaker:", "document: true\nspeaker:")
    (content / "quotes" / "mps-whole-letter.yaml").write_text(
        "id: mps-whole-letter\ntext: Terminate the agreements\nspeaker: mps-group\n"
        "date: 2024-10-05\ndocument: true\npart_of: mps-terminate\n"
        "sources: [caliber-az-2024-10-05]\n",
        encoding="utf-8",
    )
    assert problems(content) == [
        "content/quotes/mps-whole-letter.yaml:6:10: error: part_of: a document cannot be part"
        " of another"
    ]
