"""A kind of value is one class in generator/fields.py, declared on fields in
generator/model.py: no other module names a field type's class (no isinstance
switch), so the loader, the messages, `new`, the schemas and the docs all ask
the type itself."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

from generator import fields, model

GENERATOR = Path(fields.__file__).parent
# Every field type but the base class; model.py declares fields with instances
# of them (LINE, URL, ...), which the editorial checks may also ask for by name.
TYPES = {
    name
    for name, value in vars(fields).items()
    if isinstance(value, type)
    and issubclass(value, fields.FieldType)
    and value is not fields.FieldType
}


def names_used(path: Path) -> set[str]:
    used = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.Attribute):
            used.add(node.attr)
        elif isinstance(node, ast.ImportFrom):
            used.update(alias.name for alias in node.names)
    return used


def test_no_module_but_fields_switches_on_a_field_type():
    assert {"Url", "Objects", "Date", "Text"} <= TYPES
    naming = {
        path.name: sorted(names_used(path) & TYPES)
        for path in sorted(GENERATOR.glob("*.py"))
        if path.name != "fields.py" and names_used(path) & TYPES
    }
    assert naming == {}


def test_a_fields_doc_says_what_it_means_and_leaves_the_forms_to_its_type():
    """`documented` adds the type's phrase ('A date: 2024-10-05, ...') to the doc;
    a doc that gave the forms too would say them twice."""
    repeated = [
        f"{cls.__name__}.{name}"
        for cls in vars(model).values()
        if isinstance(cls, type) and dataclasses.is_dataclass(cls)
        for name, spec in fields.field_specs(cls).items()
        if isinstance(spec["type"], fields.Date) and re.search(r"\d{4}", spec["doc"])
    ]
    assert repeated == []
