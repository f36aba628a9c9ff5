"""The editors' JSON Schemas: derived from the model, committed, and true to the content."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from generator import model, schema, urls
from generator.yamlio import parse

from .conftest import FIXTURE_CONTENT, ROOT

SCHEMAS = ROOT / "schemas"
KINDS = [*model.RECORD_KINDS, model.Episode]
JSON_TYPES = {
    model.LINE: ["string", "integer"],
    model.TEXT: ["string", "integer"],
    model.ID: "string",
    model.REF: "string",
    model.REFS: "array",
    model.TAGS: "array",
    model.LINES: "array",
    model.OBJECTS: "array",
    model.DATE: ["string", "integer"],
    model.FULL_DATE: "string",
    model.BOOL: "boolean",
    model.URL: "string",
}


def _kind(cls: type) -> str:
    return getattr(cls, "kind", "episode")


def _load(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def test_committed_schemas_are_what_the_model_gives():
    # A model change without `make schemas` fails here.
    assert schema.stale_schemas(SCHEMAS) == []
    assert sorted(p.name for p in SCHEMAS.glob("*.json")) == sorted(schema.schema_files())


def _check_object(cls: type, object_schema: dict) -> None:
    specs = model.field_specs(cls)
    assert object_schema["type"] == "object"
    assert object_schema["additionalProperties"] is False
    assert list(object_schema["properties"]) == list(specs)
    assert object_schema["required"] == [n for n, m in specs.items() if m["required"]]
    for name, meta in specs.items():
        prop = object_schema["properties"][name]
        assert meta["doc"] in prop["description"], name
        if meta["type"] == model.CHOICE:
            assert prop["enum"] == list(meta["choices"]), name
        else:
            assert prop["type"] == JSON_TYPES[meta["type"]], name
        if meta["type"] in (model.REFS, model.OBJECTS) and meta["required"]:
            assert prop["minItems"] == 1, name
        if meta["type"] == model.OBJECTS:
            _check_object(meta["item"], prop["items"])


@pytest.mark.parametrize("cls", KINDS, ids=_kind)
def test_every_model_field_is_in_the_schema_with_its_type(cls):
    _check_object(cls, _load(f"{_kind(cls)}.schema.json"))


def _files(content: Path) -> list[tuple[Path, str]]:
    found = [(content / "episode.yaml", "episode")]
    for cls in model.RECORD_KINDS:
        found += [(p, cls.kind) for p in sorted((content / cls.folder).glob("*.yaml"))]
    return found


def _documents() -> list[tuple[Path, str]]:
    return _files(ROOT / "content") + _files(FIXTURE_CONTENT)


@pytest.mark.parametrize(
    ("path", "kind"),
    _documents(),
    ids=lambda v: v.relative_to(ROOT).as_posix() if isinstance(v, Path) else v,
)
def test_every_content_and_fixture_file_passes_its_schema(path, kind):
    document, problems = parse(path.read_text(encoding="utf-8-sig"), str(path))
    assert not problems
    validator = jsonschema.Draft7Validator(_load(f"{kind}.schema.json"))
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document.value)
    ]
    assert errors == []


@pytest.mark.parametrize(
    "date", ["2024-10-05", "2024-10", "1997", "about 1997", "about 2024-10", "unknown", 1997]
)
def test_date_pattern_accepts_every_form_of_the_loader(date):
    jsonschema.validate(date, schema.field_schema(model.field_specs(model.Event)["date"]))


@pytest.mark.parametrize(
    "date", ["5 October 2024", "2024/10/05", "2024-13", "97", "", 97, "About 1997"]
)
def test_date_pattern_refuses_what_the_loader_refuses(date):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(date, schema.field_schema(model.field_specs(model.Event)["date"]))


def test_placeholders_of_a_new_record_fail_the_schema_too():
    quote = _load("quote.schema.json")
    document = {"id": "x", "text": "", "speaker": "mps-group", "date": "", "sources": []}
    failing = {e.absolute_path[0] for e in jsonschema.Draft7Validator(quote).iter_errors(document)}
    assert failing == {"text", "date", "sources"}


def test_vscode_maps_every_kind_to_its_schema():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    for cls in model.RECORD_KINDS:
        assert mapping[f"./schemas/{cls.kind}.schema.json"] == [f"content/{cls.folder}/*.yaml"]
    assert mapping["./schemas/episode.schema.json"] == ["content/episode.yaml"]


def test_content_readme_field_tables_are_what_the_model_gives():
    text = (ROOT / "content" / "README.md").read_text(encoding="utf-8")
    assert text == schema.readme_with_tables(text), (
        "content/README.md's field tables are out of date: run `make schemas`"
    )


def test_content_readme_lists_every_reserved_id():
    text = (ROOT / "content" / "README.md").read_text(encoding="utf-8")
    _, _, rest = text.partition(schema.RESERVED_BEGIN)
    listed, _, _ = rest.partition(schema.RESERVED_END)
    assert set(re.findall(r"`([^`]+)`", listed)) == urls.RESERVED_IDS, (
        "content/README.md's reserved ids are out of date: run `make schemas`"
    )


def test_the_field_tables_list_every_field_of_every_kind():
    for cls in (*model.RECORD_KINDS, model.Episode):
        table = schema.field_table(cls)
        for name, meta in model.field_specs(cls).items():
            assert (f"**`{name}`**" if meta["required"] else f"| `{name}` |") in table


def test_a_labelled_choice_has_a_label_for_each_value():
    labelled = 0
    for cls in (*model.RECORD_KINDS, model.Episode, model.Position):
        for meta in model.field_specs(cls).values():
            if meta["labels"]:
                labelled += 1
                assert tuple(meta["labels"]) == meta["choices"]
                assert all(
                    model.LABELS[value] == meta["labels"][value] for value in meta["choices"]
                )
    assert labelled >= 5
