"""JSON Schemas for editors, derived from the model: one per record kind, and the episode.

Editors that speak the YAML language server (VS Code's Red Hat YAML extension,
Neovim, Helix, JetBrains IDEs) read them to complete field names, show each
field's documentation and underline a wrong value while it is typed. The
validator (load.py) stays the judge: a schema cannot know whether an id
exists, so it checks forms only. Schemas are written by
``python -m generator schema --out schemas/`` and committed; a test fails when
they no longer match the model.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from . import model, urls

DRAFT = "http://json-schema.org/draft-07/schema#"
# The forms dates.PartialDate.parse accepts, as one pattern: 2024-10-05,
# 2024-10, 1997, each optionally after 'about ', or 'unknown'. A bare year may
# also be a YAML integer (date: 1997).
DATE_PATTERN = (
    r"^\s*(?:unknown|(?:about )?[0-9]{4}(?:-(?:0[1-9]|1[0-2])"
    r"(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?)\s*$"
)
DATE_FORMS = "2024-10-05, 2024-10, 1997, 'about 1997' or 'unknown'"
# A one-line text: line breaks only at its ends, which the loader strips.
ONE_LINE_PATTERN = r"^\s*[^\n]*\s*$"
REQUIRED_LINE_PATTERN = r"^\s*[^\n]*\S[^\n]*\s*$"
NOT_BLANK_PATTERN = r"\S"
EPISODE = "episode"


def schema_files() -> dict[str, dict[str, Any]]:
    """File name → schema, for every record kind and the episode."""
    files = {f"{cls.kind}.schema.json": record_schema(cls) for cls in model.RECORD_KINDS}
    files[f"{EPISODE}.schema.json"] = record_schema(model.Episode, EPISODE)
    return files


def record_schema(cls: type, kind: str | None = None) -> dict[str, Any]:
    kind = kind or str(getattr(cls, "kind", cls.__name__.lower()))
    where = (
        "content/episode.yaml"
        if kind == EPISODE
        else f"content/{model.KIND_BY_NAME[kind].folder}/<id>.yaml"
    )
    schema = {"$schema": DRAFT, "$id": f"{kind}.schema.json", "title": f"{kind} ({where})"}
    schema.update(object_schema(cls))
    return schema


def object_schema(cls: type) -> dict[str, Any]:
    specs = model.field_specs(cls)
    return {
        "description": " ".join((cls.__doc__ or "").split()),
        "type": "object",
        "properties": {name: field_schema(meta) for name, meta in specs.items()},
        "required": [name for name, meta in specs.items() if meta["required"]],
        "additionalProperties": False,
    }


def field_schema(meta: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema of one field, from its spec in model.py."""
    kind, required = meta["type"], meta["required"]
    doc = meta["doc"]
    if kind in (model.LINE, model.TEXT):
        schema: dict[str, Any] = {"type": ["string", "integer"]}
        if kind == model.LINE:
            schema["pattern"] = REQUIRED_LINE_PATTERN if required else ONE_LINE_PATTERN
        elif required:
            schema["pattern"] = NOT_BLANK_PATTERN
        return _described(schema, doc, meta)
    if kind in (model.ID, model.REF):
        schema = _id_schema()
        if kind == model.ID:
            schema["not"] = {"enum": sorted(urls.RESERVED_IDS)}
        else:
            doc = f"{doc} The id of {_kinds(meta['refs'])}."
        return _described(schema, doc, meta)
    if kind == model.REFS:
        schema = _array(_id_schema(), required)
        return _described(schema, f"{doc} Ids of {_kinds(meta['refs'], plural=True)}.", meta)
    if kind == model.TAGS:
        tag: dict[str, Any] = {"type": ["string", "integer"], "pattern": model.TAG_PATTERN.pattern}
        return _described(_array(tag, required), doc, meta)
    if kind == model.LINES:
        item: dict[str, Any] = {
            "type": ["string", "integer"],
            "minLength": 1,
            "pattern": ONE_LINE_PATTERN,
        }
        return _described(_array(item, required), doc, meta)
    if kind == model.DATE:
        schema = {
            "type": ["string", "integer"],
            "pattern": DATE_PATTERN,
            "minimum": 1000,
            "maximum": 9999,
        }
        return _described(schema, f"{doc} Written {DATE_FORMS}.", meta)
    if kind == model.CHOICE:
        return _described({"enum": list(meta["choices"])}, doc, meta)
    if kind == model.BOOL:
        return _described({"type": "boolean"}, doc, meta)
    if kind == model.OBJECTS:
        return _described(_array(object_schema(meta["item"]), required, unique=False), doc, meta)
    raise AssertionError(f"unknown field type {kind}")  # pragma: no cover


def _id_schema() -> dict[str, Any]:
    return {
        "type": "string",
        "pattern": model.ID_PATTERN.pattern,
        "maxLength": model.ID_MAX_LENGTH,
    }


def _array(item: dict[str, Any], required: bool, unique: bool = True) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "array", "items": item}
    if unique:
        schema["uniqueItems"] = True
    if required:
        schema["minItems"] = 1
    return schema


def _described(schema: dict[str, Any], doc: str, meta: dict[str, Any]) -> dict[str, Any]:
    described: dict[str, Any] = {"description": doc + (" Required." if meta["required"] else "")}
    described.update(schema)
    if meta.get("example") is not None:
        described["examples"] = [meta["example"]]
    return described


def _kinds(kinds: tuple[str, ...], plural: bool = False) -> str:
    words = [k + "s" if plural else k for k in kinds]
    text = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
    if plural:
        return text
    return ("an " if text[:1] in "aeiou" else "a ") + text + " record"


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(out: Path) -> list[Path]:
    """Write every schema into `out`; return the files whose bytes changed."""
    out.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, schema in schema_files().items():
        path = out / name
        text = render(schema)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed


def stale_schemas(out: Path) -> list[str]:
    """Names of schema files in `out` that are missing or differ from the model."""
    return [
        name
        for name, schema in schema_files().items()
        if not (out / name).exists() or (out / name).read_text(encoding="utf-8") != render(schema)
    ]
