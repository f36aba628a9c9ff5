import os
import subprocess
import sys

import pytest

from generator.cli import main
from generator.pipeline import validate
from generator.quotecheck import check_prose, check_quotes, missing_from, pieces

from .conftest import FIXTURE_ARCHIVE, ROOT, SEEDS


def test_pieces_split_at_omissions_and_insertions():
    assert pieces("We ask … [the US] to ‘stop’...now") == ["We ask", "to 'stop'", "now"]


def test_pieces_must_appear_in_order():
    assert missing_from("a b c", ["a", "c"]) is None
    assert missing_from("a b c", ["c", "a"]) == ("a", 5)  # not after the c, at 4


def test_fixture_quotes_are_found_and_an_altered_quote_is_not(content, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where messages' paths start, as in `make quotes`
    catalog = validate(content, tmp_path)
    report = check_quotes(catalog, FIXTURE_ARCHIVE)
    assert (report.problems, report.checked) == ([], 2)
    path = content / "quotes" / "aliyev-dirty-appeal.yaml"
    # an altered word the prose does not quote (the prose quotes "a dirty appeal", and
    # validation would report that first)
    path.write_text(path.read_text().replace("glanced through", "looked through"))
    problems = check_quotes(validate(content, tmp_path), FIXTURE_ARCHIVE).problems
    assert [str(p) for p in problems] == [
        "content/quotes/aliyev-dirty-appeal.yaml:3:19: error: text: differs from source"
        " 'oc-media-2024-10-07' (000_531d254a308b8ff1.txt) at 'looked': the source has"
        " 'glanced through that appeal;'"
    ]


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "is empty; nothing can be checked against it"),
        (b" \n\t\n", "is empty; nothing can be checked against it"),
        (b"\xff\xfe", "cannot be read: not UTF-8 text"),
    ],
)
def test_an_empty_or_unreadable_archive_file_is_an_error(
    content, tmp_path, monkeypatch, capsys, data, reason
):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "000_531d254a308b8ff1.txt").write_bytes(data)
    (archive / "001_2f18af7d2e6f89c5.txt").write_bytes(
        (FIXTURE_ARCHIVE / "001_2f18af7d2e6f89c5.txt").read_bytes()
    )
    monkeypatch.chdir(tmp_path)
    assert main(["quotes", "--archive", "archive"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "content/sources/oc-media-2024-10-07.yaml:8:10: error: archive:"
        f" '000_531d254a308b8ff1.txt' in archive {reason}",
        "1 problem found.",
    ]


def test_a_missing_archive_folder_says_how_to_point_at_one(content, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["quotes", "--archive", "no-such-archive"]) == 2
    err = capsys.readouterr().err
    # A relative folder is shown as given and where it was looked for.
    looked = tmp_path.resolve() / "no-such-archive"
    assert f"archive folder 'no-such-archive' does not exist (looked for {looked}):" in err
    assert "make quotes ARCHIVE=path/to/archive" in err
    assert "CI runs this check on every pull request" in err


# The real quotes against the real archive: `make test` runs `make quotes` too,
# and CI (which always has the archive) fails here rather than skip.
@pytest.mark.skipif(
    not SEEDS.is_dir() and not os.environ.get("CI"),
    reason=f"the archive {SEEDS} is not there: the real quotes were not checked",
)
def test_project_content_quotes_are_verbatim():
    catalog = validate(ROOT / "content", ROOT)
    report = check_quotes(catalog, SEEDS)
    assert report.problems == []
    assert report.checked >= len(catalog.quotes)


COPIED = "it is a dirty appeal that cannot influence our will"


def _set_summary(content, text):
    path = content / "events" / "letter-sent.yaml"
    lines = path.read_text().splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("summary:"))
    lines[start : start + 2] = [f"summary: {text}\n"]
    path.write_text("".join(lines))


def test_prose_that_repeats_ten_words_of_a_source_is_located(content, tmp_path):
    _set_summary(content, f"The president said {COPIED} in the end.")
    problems = check_prose(validate(content, tmp_path), FIXTURE_ARCHIVE)
    assert [str(p) for p in problems] == [
        "content/events/letter-sent.yaml:4:10: error: summary: 10 words in a row are the text of"
        " source 'oc-media-2024-10-07' (\"it is a dirty appeal that cannot influence our"
        ' will"): write it in fresh words, or quote it in quote marks and say whose words they are'
    ]


@pytest.mark.parametrize(
    "summary",
    [
        # the source's words in quote marks, attributed
        f'The president said "{COPIED}".',
        f"The president said “{COPIED}”.",
        # nine words in a row are a shared phrase, not a copy
        "The president said it is a dirty appeal that cannot influence ours.",
    ],
)
def test_quoted_words_and_short_runs_are_not_copying(content, tmp_path, summary):
    _set_summary(content, summary)
    assert check_prose(validate(content, tmp_path), FIXTURE_ARCHIVE) == []


def test_a_run_that_is_a_name_the_content_gives_is_not_copying(content, tmp_path):
    """A long official title repeats the source by necessity."""
    title = (
        "Agreement on the Acquisition of Equipment and Mutual Services between the Ministry"
        " of Defense of the Republic of Azerbaijan"
    )
    _set_summary(content, f"The MPs named the {title} second.")
    assert len(check_prose(validate(content, tmp_path), FIXTURE_ARCHIVE)) == 1
    agreement = content / "agreements" / "joint-declaration-1997.yaml"
    agreement.write_text(
        agreement.read_text().replace(
            "names:\n", f"names:\n  - name: {title}\n    sources: [caliber-az-2024-10-05]\n"
        )
    )
    assert check_prose(validate(content, tmp_path), FIXTURE_ARCHIVE) == []


def test_after_is_checked_against_the_order_of_the_source_text(content, tmp_path):
    """`after` names a quote from a source this one shares, whose words stand earlier
    in that source's text: the order lists give quotes is the text's, not a guess."""
    quotes = content / "quotes"
    (quotes / "aliyev-our-will.yaml").write_text(
        "id: aliyev-our-will\n"
        "text: it is a dirty appeal that cannot influence our will\n"
        "speaker: ilham-aliyev\ndate: 2024-10-04\nafter: aliyev-dirty-appeal\n"
        "sources: [oc-media-2024-10-07]\n"
    )
    assert check_quotes(validate(content, tmp_path), FIXTURE_ARCHIVE).problems == []

    (quotes / "aliyev-our-will.yaml").write_text(
        (quotes / "aliyev-our-will.yaml").read_text().replace("after: aliyev-dirty-appeal\n", "")
    )
    appeal = quotes / "aliyev-dirty-appeal.yaml"
    appeal.write_text(appeal.read_text() + "after: aliyev-our-will\n")
    terminate = quotes / "mps-terminate.yaml"
    terminate.write_text(terminate.read_text() + "after: aliyev-dirty-appeal\n")
    problems = check_quotes(validate(content, tmp_path), FIXTURE_ARCHIVE).problems
    assert sorted(str(p) for p in problems) == [
        "content/quotes/aliyev-dirty-appeal.yaml:10:8: error: after: in source"
        " 'oc-media-2024-10-07', these words come before those of 'aliyev-our-will'",
        "content/quotes/mps-terminate.yaml:12:8: error: after: 'aliyev-dirty-appeal' is taken"
        " from none of this quote's sources",
    ]


def test_a_quote_that_departs_from_its_text_is_told_where_and_what_the_text_has():
    from types import SimpleNamespace

    from generator.quotecheck import departing

    text = "It was well known long ago that no one believes it. The end"
    # the catalogue's part: a message about the quote's text, placed at its first line
    catalog = SimpleNamespace(where=lambda *_: (1, 1), problem=lambda _q, _f, message: message)

    def told(words: str, what: str = "it", has: str = "it has") -> object:
        problem = departing(catalog, SimpleNamespace(text=words, path=""), text, what, has)
        return getattr(problem, "message", problem)

    assert told("It was well-known long ago", "its document 'x'", "the document has") == (
        "text: differs from its document 'x' at 'well-known': the document has"
        " 'well known long ago'"
    )
    # the longest run of opening words wins, after the pieces found before it
    assert told("It was ... no one believes it. The start") == (
        "text: differs from it at 'start': it has 'end'"
    )
    # past the end of the text
    assert (
        told("The end of it") == "text: differs from it at 'of': it has nothing more: it ends there"
    )
    # no opening word to start from: no place to tell
    assert told("Nobody said") == 'not found verbatim in it: "Nobody said"'
    assert told("well known ... no one") is None


def test_make_test_hands_its_archive_to_the_tests(tmp_path):
    """`make test ARCHIVE=...` checks the real quotes against that folder in pytest too,
    not only in `make quotes`: the tests once looked beside the repository whatever it said."""
    script = "from tests.conftest import SEEDS; print(SEEDS)"
    env = {**os.environ, "ARCHIVE": str(tmp_path)}
    shown = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert shown.stdout.strip() == str(tmp_path.resolve()), shown.stderr
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert 'ARCHIVE="$(ARCHIVE)" $(BIN)/python -m pytest' in makefile
