"""Messages that tell a contributor what to write: dates in other forms, YAML slips."""

from __future__ import annotations

import pytest

from generator.dates import DateError, PartialDate, suggest
from generator.load import load_content
from generator.yamlio import parse


@pytest.mark.parametrize(
    ("written", "suggested"),
    [
        ("5 October 2024", "2024-10-05"),
        ("October 5, 2024", "2024-10-05"),
        ("Oct 2024", "2024-10"),
        ("2024/10/05", "2024-10-05"),
        ("2024-9-5", "2024-09-05"),
        ("13.10.2024", "2024-10-13"),
        ("05.10.2024", "2024-10-05 if it is 5 October, 2024-05-10 if it is 10 May"),
        ("5/10/2024", "2024-10-05 if it is 5 October, 2024-05-10 if it is 10 May"),
        ("5/5/2024", "2024-05-05"),
        ("10/2024", "2024-10"),
        ("10.2024", "2024-10"),
        ("3-2024", "2024-03"),
        ("2024/10", "2024-10"),
        ("13/2024", None),
        ("c. 1997", "'about 1997'"),
        ("about 5 Oct 2024", "'about 2024-10-05'"),
        ("next week", None),
        ("31.02.2024", None),
    ],
)
def test_dates_written_another_way_get_the_accepted_form(written, suggested):
    assert suggest(written) == suggested


def test_date_message_names_the_form_to_write():
    with pytest.raises(DateError, match=r"\(year-month-day\): write 2024-10-05$"):
        PartialDate.parse("5 October 2024")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a: 1\n  b: 2\n",
            "x.yaml:2:3: error: YAML syntax: 'b' is indented 2 spaces but 'a' on line 1 is"
            " indented 0 spaces: fields of the same record or entry must start in the same column",
        ),
        (
            "roles:\n  - title: T\n   of: x\n",
            "x.yaml:3:4: error: YAML syntax: 'of' is indented 3 spaces but 'title' on line 2 is"
            " indented 4 spaces: fields of the same record or entry must start in the same column",
        ),
        (
            'text: "He said "no" today"\n',
            'x.yaml:1:17: error: YAML syntax: the text in "..." ends before the line does: to'
            " use \" inside the text, put the whole text in '...' instead, or write '>-' and the"
            " text on the next lines, indented",
        ),
        (
            "sources: [a, b] and c\n",
            "x.yaml:1:17: error: YAML syntax: nothing may follow the ']' that closes a list",
        ),
        (
            "text: @someone said\n",
            "x.yaml:1:7: error: YAML syntax: a value cannot start with '@': put the whole value"
            " in double quotes",
        ),
    ],
)
def test_yaml_slips_are_explained_where_they_are(text, expected):
    document, problems = parse(text, "x.yaml")
    assert document is None
    assert [str(p) for p in problems] == [expected]


def test_an_empty_field_of_an_entry_is_named_by_its_path_however_it_is_left_empty(content):
    path = content / "actors" / "mps-group.yaml"
    path.write_text(path.read_text() + "roles:\n  - title:\n  - title: ''\n", encoding="utf-8")
    messages = [p.message for p in load_content(content, content.parent).problems]
    assert [m.split(":")[0] for m in messages] == ["roles[0].title", "roles[1].title"]
