"""Resource limits on hostile input: refused quickly, in bounded memory, with a located message.

The catalogue in tests/hostile/ checks the messages; these tests check the
memory it takes to refuse, and the limits that are too large to keep as
fixtures. How long refusing takes is measured by `make bench`, never asserted
here: a loaded machine would fail a timed test.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from generator import fields, model
from generator.load import load_content
from generator.urls import slug_for
from generator.yamlio import MAX_FILE_BYTES, decode, parse

from .conftest import FIXTURE_CONTENT, edit

BOMB = Path(__file__).parent / "hostile" / "alias-bomb" / "actors" / "hostile-bomb.yaml"


def refuse(text: str) -> tuple[list[str], int]:
    """Problems parsing `text`, and the peak of memory allocated."""
    tracemalloc.start()
    try:
        document, problems = parse(text, "x.yaml")
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert document is None
    return [str(p) for p in problems], peak


def test_billion_laughs_is_refused_fast_in_bounded_memory():
    # Expanded, this is 10**9 strings; refused at the first anchor it never grows.
    problems, peak = refuse(BOMB.read_text(encoding="utf-8"))
    assert problems == [
        "x.yaml:2:5: error: YAML anchors (&name) are not allowed in content; write the value out"
    ]
    assert peak < 2_000_000


def test_wide_flow_sequence_stops_at_the_node_limit():
    text = "a: [" + "1," * 450_000 + "1]\n"  # just under the file-size limit
    problems, peak = refuse(text)
    assert problems == [
        "x.yaml:1:19999: error: more than 10,000 values; a record is never that large"
    ]
    assert peak < 50_000_000


@pytest.mark.parametrize("opening,closing", [("[", "]"), ("{a: ", "}")])
def test_deep_nesting_is_refused_before_the_python_stack_runs_out(opening, closing):
    problems, _ = refuse("a: " + opening * 5_000 + closing * 5_000 + "\n")
    assert len(problems) == 1 and "nested more than 20 levels deep" in problems[0]


def test_control_characters_are_located():
    assert refuse("a: 1\nb: x\x00y\n")[0] == [
        "x.yaml:2:5: error: character U+0000 is not allowed in YAML text; remove it"
    ]


def test_a_file_over_the_size_limit_is_not_even_decoded():
    data = b"id: x\ndescription: " + b"a" * MAX_FILE_BYTES + b"\n"
    text, problems = decode(data, "x.yaml")
    assert text is None
    assert [str(p) for p in problems] == [
        f"x.yaml:1:1: error: file is {len(data):,} bytes; the limit is 1,000,000"
    ]


def test_a_huge_file_among_valid_ones_is_one_problem(tmp_path):
    import shutil

    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    (content / "actors" / "huge.yaml").write_bytes(b"# " + b"x" * (MAX_FILE_BYTES + 1) + b"\n")
    loaded = load_content(content, tmp_path)
    assert [str(p) for p in loaded.problems] == [
        f"content/actors/huge.yaml:1:1: error: file is {MAX_FILE_BYTES + 4:,} bytes;"
        " the limit is 1,000,000"
    ]


def test_field_limits_leave_room_for_real_content():
    assert fields.LINE_MAX_LENGTH >= 500
    assert fields.TEXT_MAX_LENGTH >= 5 * 2_505  # five times the longest summary so far


@pytest.mark.parametrize(
    "name,slug",
    [
        ("İlham Əliyev", "ilham-aliyev"),
        ("Əliyev", "aliyev"),
        ("Mehriban Əliyeva", "mehriban-aliyeva"),
        ("Şahin Mustafayev", "shahin-mustafayev"),
        ("Çingiz Qənizadə", "chingiz-qanizada"),
        ("Ağdam", "agdam"),
        ("Bakı", "baki"),
        ("Gülüstan Göygöl", "gulustan-goygol"),
        ("Jeyhun  Bayramov", "jeyhun-bayramov"),
        ("U.S. Congress", "u-s-congress"),
        ("../../etc/passwd", "etc-passwd"),
        ("Илхам Алиев", ""),  # no transliteration of Cyrillic: no suggestion
    ],
)
def test_slug_suggestions_for_names(name, slug):
    assert slug_for(name) == slug
    assert slug == "" or fields.ID_PATTERN.match(slug)


def test_slug_suggestion_is_stable_under_unicode_normalisation():
    import unicodedata

    for name in ("İlham Əliyev", "Gülüstan", "Çingiz"):
        assert slug_for(unicodedata.normalize("NFD", name)) == slug_for(name)


class CountingLines(list):  # type: ignore[type-arg]
    """The lines of a document, counting how many times one is read."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        CountingLines.reads += 1
        return super().__getitem__(index)


def test_links_are_located_reading_each_line_a_bounded_number_of_times(monkeypatch):
    """Spaced `[[ id ]]` links once made every link re-read the rest of the file."""
    from generator import load, yamlio

    def parse_counting(text: str, path: str):  # type: ignore[no-untyped-def]
        document, problems = parse(text, path)
        if document is not None:
            document.lines = CountingLines(document.lines)
        return document, problems

    monkeypatch.setattr(load, "parse", parse_counting)
    for count in (100, 1_000):
        body = "".join(f"  [[ ghost-{i} ]] and\n" for i in range(count))
        text = f"id: a\nname: A\ntype: person\ndescription: >-\n{body}  more\nsources: [s]\n"
        document, _ = parse(text, "x.yaml")
        assert document is not None
        CountingLines.reads = 0
        checker = load.Checker(document, [])
        checker.mapping(document.value, (), model.Actor)
        assert len(checker.places) >= count
        assert CountingLines.reads <= 2 * len(text.splitlines()), (count, CountingLines.reads)
    assert yamlio.Document.find_link  # the one place links are looked for


def test_problems_past_a_few_hundred_in_a_file_are_counted_not_listed(content, monkeypatch, capsys):
    from generator.cli import main

    links = " ".join(f"[[ ghost-{i:04} ]]" for i in range(1_000))
    actor = content / "actors" / "azerbaijan.yaml"
    edit(actor, "description: The Republic of Azerbaijan.", f"description: >-\n  {links}")
    monkeypatch.chdir(content.parent)
    assert main(["validate"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 202
    assert (
        err[0]
        == "content/actors/azerbaijan.yaml:5:3: error: description: unknown record 'ghost-0000'"
    )
    assert err[1] == (
        "content/actors/azerbaijan.yaml:5:20: error: description: unknown record 'ghost-0001'"
    )
    assert err[-2] == (
        "content/actors/azerbaijan.yaml:5:3386: error:"
        " and 800 more problems in this file, not shown"
    )
    assert err[-1] == "1,000 problems found."
