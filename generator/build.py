"""The pipeline, top-down: load → resolve → check → render → write.

Nothing touches docs/ until the content is valid and no page would take the
place of a hand-written file: invalid content leaves the previous output
exactly as it was. On a large site, pages are written as forked processes
render them, so the "render" time holds most of the writing and "write" the
rest, with the pruning of files no longer generated.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from .checks import run_checks
from .errors import ContentError
from .history import History, read_history
from .load import load_content
from .render import plan_site, render_batches
from .resolve import Catalog, resolve
from .write import TreeWriter, WriteReport, check_ownership


@dataclass
class Timings:
    stages: dict[str, float] = field(default_factory=dict)

    def measure(self, stage: str, started: float) -> None:
        self.stages[stage] = time.perf_counter() - started

    @property
    def total(self) -> float:
        return sum(self.stages.values())


def validate(content: Path, root: Path | None = None, timings: Timings | None = None) -> Catalog:
    """Load and check the whole catalogue; raise ContentError with every problem."""
    timings = timings if timings is not None else Timings()
    started = time.perf_counter()
    loaded = load_content(content, root)
    timings.measure("load", started)

    started = time.perf_counter()
    catalog, problems = resolve(loaded)
    problems = loaded.problems + problems
    if catalog is not None:
        problems += run_checks(catalog)
    timings.measure("check", started)
    if problems or catalog is None:
        raise ContentError(problems)
    return catalog


@dataclass
class BuildResult:
    catalog: Catalog
    files: dict[str, str]
    report: WriteReport
    timings: Timings
    history: History


def generate(content: Path, docs: Path, root: Path | None = None) -> BuildResult:
    """Validate `content`, render every page, and write what changed into `docs`."""
    timings = Timings()
    catalog = validate(content, root, timings)

    started = time.perf_counter()
    history = read_history(root if root is not None else Path.cwd(), content)
    timings.measure("history", started)

    started = time.perf_counter()
    plan = plan_site(catalog, history)
    problems = check_ownership(docs, plan)
    if problems:
        raise ContentError(problems)
    made: dict[str, str] = {}
    with TreeWriter(docs, plan) as writer:
        for batch in render_batches(catalog, plan):
            made.update(batch)
            writer.add(batch)
        timings.measure("render", started)
        started = time.perf_counter()
        report = writer.finish()
    timings.measure("write", started)
    files = {path: made[path] for path in plan}
    return BuildResult(catalog, files, report, timings, history)
