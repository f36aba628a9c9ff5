from generator.build import validate
from generator.quotecheck import check_quotes, find_in_order, pieces

from .conftest import ROOT, SEEDS


def test_pieces_split_at_omissions_and_insertions():
    assert pieces("We ask … [the US] to ‘stop’...now") == ["We ask", "to 'stop'", "now"]


def test_pieces_must_appear_in_order():
    assert find_in_order("a b c", ["a", "c"]) is None
    assert find_in_order("a b c", ["c", "a"]) == "a"


def test_fixture_quotes_are_found_and_an_altered_quote_is_not(content, tmp_path):
    catalog = validate(content, tmp_path)
    assert check_quotes(catalog, SEEDS).problems == []
    path = content / "quotes" / "aliyev-dirty-appeal.yaml"
    path.write_text(path.read_text().replace("dirty appeal", "filthy appeal"))
    problems = check_quotes(validate(content, tmp_path), SEEDS).problems
    assert [str(p) for p in problems] == [
        "content/quotes/aliyev-dirty-appeal.yaml:2:7: error: text: not found verbatim in source"
        " 'oc-media-2024-10-07' (000_531d254a308b8ff1.txt): \"This morning, I glanced through"
        ' that appeal; it is a filt..."'
    ]


def test_project_content_quotes_are_verbatim():
    catalog = validate(ROOT / "content", ROOT)
    report = check_quotes(catalog, SEEDS)
    assert report.problems == []
    assert report.checked >= len(catalog.quotes)
