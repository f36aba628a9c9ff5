"""Quotes that are one passage as several sources give it (the quotes a difference
with `one_passage` is about) stand together in a list, under one line that says so."""

from __future__ import annotations

from .conftest import rendered
from .test_checks import problems

OTHER = (
    "id: mps-terminate-oc\n"
    "text: Terminate the agreements in force with the U.S.\n"
    "speaker: mps-group\n"
    "date: 2024-10-05\n"
    "event: letter-sent\n"
    "sources: [oc-media-2024-10-07]\n"
)
BETWEEN = (  # said at the same event, listed between the two by its id
    "id: mps-terminate-ask\n"
    "text: We ask you to reassess relations with the U.S.\n"
    "speaker: mps-group\n"
    "date: 2024-10-05\n"
    "event: letter-sent\n"
    "sources: [caliber-az-2024-10-05]\n"
)
DIFFERENCE = (
    "id: terminate-wording\n"
    "point: The wording of the MPs' demand\n"
    "about: [mps-terminate, mps-terminate-oc]\n"
    "importance: low\n"
    "one_passage: true\n"
    "versions:\n"
    "  - says: Terminate the agreements in force between Azerbaijan and the U.S.\n"
    "    sources: [caliber-az-2024-10-05]\n"
    "  - says: Terminate the agreements in force with the U.S.\n"
    "    sources: [oc-media-2024-10-07]\n"
)


def _write(content, one_passage: bool = True) -> None:
    quotes, differences = content / "quotes", content / "differences"
    (quotes / "mps-terminate-oc.yaml").write_text(OTHER, encoding="utf-8")
    (quotes / "mps-terminate-ask.yaml").write_text(BETWEEN, encoding="utf-8")
    text = DIFFERENCE if one_passage else DIFFERENCE.replace("one_passage: true\n", "")
    (differences / "terminate-wording.yaml").write_text(text, encoding="utf-8")


def test_versions_of_one_passage_stand_together_under_one_line(content):
    _write(content)
    pages = rendered(content)
    line = "One passage, as two sources give it ([how they differ]("
    for name in ("quotes/index.md", "quotes/by-event.md", "events/letter-sent.md"):
        page = pages[name]
        assert page.count(line) == 1, name
        # The line, then both versions, each with its own source; the quote listed
        # between them by its id comes after them.
        at = page.index(line)
        versions = [
            page.index("Terminate the agreements in force between"),
            page.index("“Terminate the agreements in force with"),
        ]
        assert at < min(versions) and max(versions) < page.index("We ask you to reassess"), name
        assert "differences.md#difference-terminate-wording" in page[at : at + 200], name
        # Both are set in under the line, words and attribution; the next quote is not.
        assert page.count(".quote-version }") == 4, name  # after an anchor on some pages
        assert page.count("{: .quote-by .quote-version }") == 2, name
    # A list that shows one version only has nothing to say about it.
    assert line not in pages["agreements/joint-declaration-1997.md"]


def test_without_one_passage_a_difference_about_quotes_leaves_them_apart(content):
    _write(content, one_passage=False)
    pages = rendered(content)
    assert "One passage" not in pages["quotes/index.md"]


def test_one_passage_is_about_two_quotes_of_one_speaker(content):
    _write(content)
    path = content / "differences" / "terminate-wording.yaml"
    path.write_text(DIFFERENCE.replace("mps-terminate-oc]", "letter-sent]"), encoding="utf-8")
    assert problems(content) == [
        "content/differences/terminate-wording.yaml:5:14: error: one_passage: a passage in"
        " several sources' words needs two quotes or more in `about`, by one speaker"
    ]
