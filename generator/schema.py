"""Docs from the model: JSON Schemas for editors (one per record kind, and the
episode) and the field tables and list of reserved ids of content/README.md.

Editors with the YAML language server read the schemas to complete field names, show
their documentation and underline a wrong value as it is typed. The validator stays
the judge (a schema cannot know whether an id exists). ``make schemas`` writes them;
a test fails when they no longer match the model.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

from . import model, urls
from .fields import documented

DRAFT = "http://json-schema.org/draft-07/schema#"


def schema_files() -> dict[str, str]:
    """File name → text, for every record kind and the episode."""
    files = {}
    kinds: list[tuple[str, type, str]] = [
        (cls.kind, cls, f"content/{cls.folder}/<id>.yaml") for cls in model.RECORD_KINDS
    ]
    for kind, cls, where in [*kinds, (urls.EPISODE, model.Episode, "content/episode.yaml")]:
        name = f"{kind}.schema.json"
        schema = {"$schema": DRAFT, "$id": name, "title": f"{kind} ({where})", **object_schema(cls)}
        files[name] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return files


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
    """The JSON Schema of one field: its type's, with its documentation."""
    doc = documented(meta) + (" Required." if meta["required"] else "")
    return {"description": doc, **meta["type"].schema(meta)}


def write_schemas(out: Path) -> list[Path]:
    """Write every schema into `out`; return the files whose bytes changed."""
    out.mkdir(parents=True, exist_ok=True)
    files = schema_files()
    changed = [out / name for name in stale_schemas(out)]
    for path in changed:
        path.write_text(files[path.name], encoding="utf-8")
    return changed


def stale_schemas(out: Path) -> list[str]:
    """Names of schema files in `out` that are missing or differ from the model."""
    return [
        name
        for name, text in schema_files().items()
        if not (out / name).exists() or (out / name).read_text(encoding="utf-8") != text
    ]


def field_table(cls: type) -> str:
    """A Markdown table of a kind's fields, then one for the entries of each list of entries."""
    specs = model.field_specs(cls)
    rows = ["| field | takes | meaning |", "|---|---|---|"]
    for name, meta in specs.items():
        shown = f"**`{name}`**" if meta["required"] else f"`{name}`"
        cells = [shown, meta["type"].expected(meta), meta["doc"]]
        rows.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    for name, meta in specs.items():
        if meta["item"]:
            rows += ["", f"Each entry of `{name}`:", "", field_table(meta["item"])]
    return "\n".join(rows)


RESERVED_BEGIN = "<!-- reserved ids: written by `make schemas` from generator/urls.py -->"
RESERVED_END = "<!-- end of reserved ids -->"


def readme_with_tables(text: str) -> str:
    """`text` (content/README.md) with each kind's table and the reserved ids
    rewritten from the model and generator/urls.py."""
    words = ", ".join(f"`{name}`" for name in sorted(urls.RESERVED_IDS)) + "."
    reserved = textwrap.fill(words, width=96, initial_indent="  ", subsequent_indent="  ")
    text = _between(text, RESERVED_BEGIN, RESERVED_END, f"\n{reserved}\n  ")
    for kind, cls in [(urls.EPISODE, model.Episode), *model.KIND_BY_NAME.items()]:
        begin = f"<!-- fields of {kind}: written by `make schemas` from generator/model.py -->"
        text = _between(text, begin, "<!-- end of fields -->", f"\n\n{field_table(cls)}\n\n")
    return text


def _between(text: str, begin: str, end: str, new: str) -> str:
    """`text` with `new` between the line `begin` and the next `end`."""
    head, found, rest = text.partition(begin)
    if not found:
        raise ValueError(f"content/README.md has no line {begin!r}")
    return f"{head}{begin}{new}{end}{rest.partition(end)[2]}"
