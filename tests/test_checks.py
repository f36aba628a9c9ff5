"""The editorial checks of checks.py, each on the fixture with one rule broken."""

from __future__ import annotations

from pathlib import Path

from generator.build import validate
from generator.errors import ContentError


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


def test_a_role_that_ends_before_it_starts(content):
    edit(
        content / "actors" / "jeyhun-bayramov.yaml",
        "    of: azerbaijan\n",
        "    of: azerbaijan\n    start: 2020-05\n    end: 2019\n",
    )
    assert problems(content) == [
        "content/actors/jeyhun-bayramov.yaml:1:1: error: roles[0]: ends (2019) before it"
        " starts (2020-05)"
    ]


def test_a_role_with_one_end_unknown_is_not_out_of_order(content):
    edit(
        content / "actors" / "jeyhun-bayramov.yaml",
        "    of: azerbaijan\n",
        "    of: azerbaijan\n    start: 2020-05\n    end: unknown\n",
    )
    assert problems(content) == []


def test_a_difference_needs_two_versions(content):
    edit(
        content / "differences" / "differences-signatories.yaml",
        "  - says: A group of MPs; no number is given.\n    sources: [caliber-az-2024-10-05]\n",
        "",
    )
    assert problems(content) == [
        "content/differences/differences-signatories.yaml:1:1: error: versions: a difference"
        " needs at least two versions"
    ]


def test_a_country_must_be_a_state(content):
    edit(content / "actors" / "jeyhun-bayramov.yaml", "country: azerbaijan", "country: mps-group")
    assert problems(content) == [
        "content/actors/jeyhun-bayramov.yaml:1:1: error: country: 'mps-group' is group, not a state"
    ]


def test_the_episode_period_must_end_after_it_starts(content):
    edit(content / "episode.yaml", "period_end: 2024-10-08", "period_end: 2024-10-01")
    assert problems(content) == [
        "content/episode.yaml:1:1: error: period_end is before period_start"
    ]


def test_two_versions_that_say_the_same_are_one(content):
    edit(
        content / "differences" / "differences-signatories.yaml",
        "note:",
        "  - says: forty-three  MPs.\n    sources: [caliber-az-2024-10-05]\nnote:",
    )
    assert problems(content) == [
        "content/differences/differences-signatories.yaml:9:11: error: versions[2].says: says"
        " the same as versions[0]: list the sources of both in one version"
    ]


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
