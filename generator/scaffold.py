"""`python -m generator new KIND ID`: a new record file with every required field.

Each required field is written with an empty placeholder ("", [] or a list
entry of empty fields) and a comment saying what it takes; optional fields are
listed as comments. Until the placeholders are filled in, `validate` reports
each one as "required but empty; fill in ...", and nothing else.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

from . import model, urls
from .fields import ID_PATTERN, did_you_mean, documented


class ScaffoldError(Exception):
    """Why the file was not created, in a contributor's words."""


def new_record(
    content: Path, kind: str, record_id: str, speaker: str | None, sources: tuple[str, ...]
) -> Path:
    """Create content/<folder>/<id>.yaml; return its path. Never overwrites."""
    cls = model.KIND_BY_NAME.get(kind)
    if cls is None:
        raise ScaffoldError(f"unknown kind '{kind}'; kinds are {', '.join(model.KIND_BY_NAME)}")
    if problem := urls.id_problem(record_id):
        raise ScaffoldError(problem)
    for other in sorted(content.glob(f"*/{record_id}.yaml")):
        raise ScaffoldError(f"{other.as_posix()} already exists; ids are unique across all kinds")
    filled: dict[str, Any] = {"id": record_id}
    if speaker is not None:
        if cls is not model.Quote:
            raise ScaffoldError("--speaker is for quotes only")
        _check_exists(content, "actor", speaker)
        filled["speaker"] = speaker
    for source in sources:
        _check_exists(content, "source", source)
    if sources and "sources" in model.field_specs(cast(type, cls)):
        filled["sources"] = list(sources)
    path = content / cls.folder / f"{record_id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as out:  # "x": fail rather than overwrite
        out.write(record_text(cls, filled))
    return path


def _check_exists(content: Path, kind: str, record_id: str) -> None:
    folder = content / model.KIND_BY_NAME[kind].folder
    if (folder / f"{record_id}.yaml").exists():
        return
    known = sorted(p.stem for p in folder.glob("*.yaml"))
    hint = did_you_mean(record_id, known, n=3)
    # A close match is most likely a slip: adding a file under the slip's name is the last resort.
    add = f"if it is a new {kind}, " if hint else ""
    raise ScaffoldError(
        f"unknown {kind} '{record_id}'{hint}; {add}add content/{folder.name}/{record_id}.yaml first"
    )


def record_text(cls: type, filled: dict[str, Any]) -> str:
    """The YAML of a new record: filled values, placeholders, and comments."""
    specs = model.field_specs(cls)
    lines = [
        f"# {cls.__name__}: {' '.join((cls.__doc__ or '').split())}",
        '# Fill in every empty value ("" or []), then run `make validate`.',
        "# For a text of several lines, write '>-' and the text indented below it.",
        "# See content/README.md for every field.",
    ]
    for name, meta in specs.items():
        if name in filled:
            lines += [f"# {documented(meta)}", f"{name}: {_scalar(filled[name])}"]
        elif meta["required"]:
            lines += [f"# {documented(meta)}", *meta["type"].scaffold(name, meta, indent="")]
    optional = [(n, m) for n, m in specs.items() if not m["required"] and n not in filled]
    if optional:
        lines.append("# Optional fields, add any that the sources support:")
        width = max(len(n) for n, _ in optional) + 1
        lines.extend(f"#   {n + ':':<{width}} {m['doc']}" for n, m in optional)
    return "\n".join(lines) + "\n"


def _scalar(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(value) + "]"
    return json.dumps(value) if not ID_PATTERN.match(str(value)) else str(value)
