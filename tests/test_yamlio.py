import pytest

from generator.yamlio import decode, parse


def problems_of(text: str) -> list[str]:
    document, problems = parse(text, "x.yaml")
    assert (document is None) == bool(problems)
    return [str(p) for p in problems]


def test_values_keep_their_line_and_column():
    document, problems = parse("id: a\nroles:\n  - title: T\n    of: b\n", "x.yaml")
    assert not problems and document is not None
    assert document.value == {"id": "a", "roles": [{"title": "T", "of": "b"}]}
    assert document.key_at[("roles", 0, "of")] == (4, 5)
    assert document.where(("roles", 0, "missing")) == (3, 5)


def test_core_schema_scalars_do_not_change_type():
    document, _ = parse("a: no\nb: 2024-10-05\nc: 1997\nd: true\ne: ~\nf: '12'\n", "x.yaml")
    assert document is not None
    assert document.value == {
        "a": "no",
        "b": "2024-10-05",
        "c": 1997,
        "d": True,
        "e": None,
        "f": "12",
    }


def test_duplicate_key_is_an_error_with_both_lines():
    assert problems_of("id: a\nname: A\nname: B\n") == [
        "x.yaml:3:1: error: 'name' is written twice (first on line 2); keep one"
    ]


def test_aliases_anchors_and_merge_keys_are_refused():
    assert "aliases" in problems_of("a: [1]\nb: *x\n")[0]
    assert "anchors" in problems_of("a: &x [1]\n")[0]
    assert "merge keys" in problems_of("a:\n  <<: {b: 1}\n")[0]


def test_billion_laughs_is_refused_at_the_first_anchor():
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    assert problems_of("\n".join(lines)) == [
        "x.yaml:1:5: error: YAML anchors (&name) are not allowed in content; write the value out"
    ]


def test_object_constructing_tags_are_refused():
    assert problems_of("a: !!python/object/apply:os.system [ls]\n") == [
        "x.yaml:1:4: error: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'"
        " is not allowed in content"
    ]


def test_tab_indentation_names_the_tab():
    assert problems_of("a:\n\t- b\n") == [
        "x.yaml:2:1: error: YAML syntax: a tab character is used for indentation; YAML needs spaces"
    ]


def test_colon_in_plain_value_suggests_quotes():
    (message,) = problems_of("description: Note: this breaks\n")
    assert message.startswith("x.yaml:1:")
    assert "put the whole text in double quotes" in message
    assert "'description: >-'" in message


def test_decode_strips_bom_and_locates_bad_bytes():
    assert decode("\ufeffa: 1\n".encode(), "x.yaml") == ("a: 1\n", [])
    text, problems = decode(b"a: 1\nb: caf\xe9\n", "x.yaml")
    assert text is None
    assert str(problems[0]).startswith("x.yaml:2:7: error: not UTF-8 text: byte 0xe9")


# --- libyaml's parser and PyYAML's, under the one reader of their events --------------


def _both_ways(text: str, monkeypatch) -> tuple[tuple, tuple]:  # type: ignore[no-untyped-def]
    from generator import yamlio

    def outcome() -> tuple:
        document, problems = parse(text, "x.yaml")
        if document is None:
            return None, [str(p) for p in problems]
        return (document.value, document.value_at, document.key_at), []

    with_libyaml = outcome()
    with monkeypatch.context() as patch:
        patch.setattr(yamlio, "_CLoader", None)
        pure_python = outcome()
    return with_libyaml, pure_python


def _texts() -> list[str]:
    from pathlib import Path

    from bench.corpus import build_corpus, to_yaml

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "content").rglob("*.yaml"))]
    texts += [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted((root / "tests").rglob("*.yaml"))
        if p.is_file()  # tests/hostile holds a folder named like a record file
    ]
    corpus = build_corpus(200, 7)
    for records in corpus.records.values():
        texts += [to_yaml(record) for record in records]
    return texts


def test_libyaml_events_read_every_file_as_the_pure_python_reader_does(monkeypatch):
    from generator import yamlio

    assert yamlio._CLoader is not None  # the pinned PyYAML wheel has it; else this compares nothing
    for text in _texts():
        with_libyaml, pure_python = _both_ways(text, monkeypatch)
        assert with_libyaml == pure_python, text


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 150 + "]" * 150 + "\n",  # flow nesting
        "a:\n" + "- " * 200 + "x\n",  # compact block sequences on one line
        "".join(" " * i + f"k{i}:\n" for i in range(120)) + " " * 120 + "v\n",  # indentation
        "a: &x 1\nb: *x\n",  # an anchor and an alias
        "a: [" + "1," * 10_050 + "1]\n",  # over the node limit
        "a: x\0y\n",  # a character YAML refuses
    ],
)
def test_limits_and_refusals_are_the_same_with_libyaml(text, monkeypatch):
    with_libyaml, pure_python = _both_ways(text, monkeypatch)
    assert with_libyaml == pure_python
    assert with_libyaml[0] is None


def test_plain_and_quoted_scalars_keep_their_types_on_both_paths(monkeypatch):
    text = "a: 12\nb: '12'\nc: true\nd: \"true\"\ne: >-\n  12\nf: ~\ng: [1, '1']\n"
    with_libyaml, pure_python = _both_ways(text, monkeypatch)
    assert with_libyaml == pure_python
    assert with_libyaml[0][0] == {
        "a": 12,
        "b": "12",
        "c": True,
        "d": "true",
        "e": "12",
        "f": None,
        "g": [1, "1"],
    }


def test_numbers_written_unlike_their_value_stay_text_as_typed(monkeypatch):
    text = "a: 007\nb: [0042, +1, !!str 0099, -0, 12]\nc: " + "9" * 5_000 + "\n"
    with_libyaml, pure_python = _both_ways(text, monkeypatch)
    assert with_libyaml == pure_python
    assert with_libyaml[0][0] == {
        "a": "007",
        "b": ["0042", "+1", "0099", "-0", 12],
        "c": "9" * 5_000,
    }


def test_half_a_character_is_refused_in_values_and_keys():
    assert problems_of('a: "x\\ud800y"\n') == [
        "x.yaml:1:4: error: '\\ud800' is half of a character, not text; remove it"
    ]
    assert problems_of('"\\udfff": 1\n') == [
        "x.yaml:1:1: error: '\\udfff' is half of a character, not text; remove it"
    ]
