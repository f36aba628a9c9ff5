"""The pipeline, top-down: load → resolve → check → render → write.

Every page is rendered in memory first; nothing touches docs/ until the
content is valid, every page is made and none would take the place of a
hand-written file: invalid content, or a template that fails, leaves the
previous output exactly as it was.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .checks import run_checks
from .errors import ContentError
from .history import History, read_history
from .load import load_content
from .render import render_site
from .resolve import Catalog, resolve
from .write import WriteReport, write_tree


@dataclass
class Timings:
    stages: dict[str, float] = field(default_factory=dict)

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        yield
        self.stages[name] = time.perf_counter() - started

    @property
    def total(self) -> float:
        return sum(self.stages.values())


def validate(content: Path, root: Path | None = None, timings: Timings | None = None) -> Catalog:
    """Load and check the whole catalogue; raise ContentError with every problem."""
    timings = timings if timings is not None else Timings()
    with timings.stage("load"):
        loaded = load_content(content, root)
    with timings.stage("check"):
        catalog, problems = resolve(loaded)
        problems = loaded.problems + problems
        if catalog is not None:
            problems += run_checks(catalog)
    if problems or catalog is None:
        raise ContentError(problems)
    return catalog


@dataclass
class Generated:
    catalog: Catalog
    files: dict[str, str]
    report: WriteReport
    timings: Timings
    history: History


def generate(content: Path, docs: Path, root: Path | None = None) -> Generated:
    """Validate `content`, render every page, and write what changed into `docs`."""
    timings = Timings()
    catalog = validate(content, root, timings)
    with timings.stage("history"):
        history = read_history(root if root is not None else Path.cwd(), content)
    with timings.stage("render"):
        files = render_site(catalog, history)
    with timings.stage("write"):
        report = write_tree(docs, files)
    return Generated(catalog, files, report, timings, history)
