"""Large sites are loaded and rendered by forked processes: the result must be
exactly the one a single process gives, problems included.

The forked path normally starts at a few thousand files; these tests force it
on a small corpus, so they run in seconds.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from generator import load, parallel, render, resolve

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="forking is used on Linux only")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "content", 120, seed=3)
    return tmp_path / "content"


def _load(content: Path, monkeypatch: pytest.MonkeyPatch, workers: int) -> load.Loaded:
    with monkeypatch.context() as patch:
        patch.setattr(parallel, "workers_for", lambda items, threshold: workers)
        return load.load_content(content, content.parent)


def _render(loaded: load.Loaded, monkeypatch: pytest.MonkeyPatch, workers: int) -> dict:
    catalog, problems = resolve.resolve(loaded)
    assert catalog is not None and not problems
    with monkeypatch.context() as patch:
        patch.setattr(parallel, "workers_for", lambda items, threshold: workers)
        return render.render_site(catalog)


def test_forked_loading_gives_what_one_process_gives(corpus, monkeypatch):
    alone = _load(corpus, monkeypatch, 1)
    forked = _load(corpus, monkeypatch, 3)
    assert alone.records == forked.records and len(forked.records) > 100
    assert alone.places == forked.places and list(alone.places) == list(forked.places)
    assert alone.problems == forked.problems == []


def test_forked_loading_reports_every_problem_in_every_share(corpus, monkeypatch):
    quotes = sorted((corpus / "quotes").glob("*.yaml"))
    # One broken file near the start, one near the end: different shares.
    for path in (quotes[1], quotes[-2]):
        path.write_text(path.read_text(encoding="utf-8") + "date: [\n", encoding="utf-8")
    alone = _load(corpus, monkeypatch, 1)
    forked = _load(corpus, monkeypatch, 2)
    assert len(alone.problems) == 2
    assert forked.problems == alone.problems
    assert forked.broken == alone.broken and {quotes[1].stem, quotes[-2].stem} <= set(forked.broken)


def test_forked_rendering_gives_what_one_process_gives(corpus, monkeypatch):
    loaded = _load(corpus, monkeypatch, 1)
    alone = _render(loaded, monkeypatch, 1)
    forked = _render(loaded, monkeypatch, 2)
    assert list(alone) == list(forked)
    assert alone == forked


def test_shares_are_contiguous_and_cover_everything():
    items = list(range(103))
    shares = parallel.split(items, 2)
    assert len(shares) == 2 * parallel.SHARES_PER_WORKER
    assert [i for share in shares for i in share] == items
    assert max(map(len, shares)) - min(map(len, shares)) <= 1
    assert parallel.split([1, 2], 4) == [[1], [2]]
    assert parallel.workers_for(10**6, threshold=10**7) == 1


def _die(share: list[int]) -> list[int]:
    if 3 in share:
        os._exit(1)  # as if killed for memory
    return share


def test_a_process_that_dies_fails_the_run_instead_of_hanging():
    from concurrent.futures.process import BrokenProcessPool

    with pytest.raises(BrokenProcessPool):
        parallel.fork_map(_die, parallel.split(list(range(8)), 2), 2)


def test_pages_rendered_by_forked_processes_match_one_process(corpus, tmp_path, monkeypatch):
    from generator import pipeline

    trees = {}
    for workers in (1, 2):
        docs = tmp_path / f"docs-{workers}"
        with monkeypatch.context() as patch:
            patch.setattr(parallel, "workers_for", lambda items, threshold, w=workers: w)
            result = pipeline.generate(corpus, docs, corpus.parent)
        assert result.report.written == sorted(result.files)
        assert set(result.timings.stages) == {"load", "check", "history", "render", "write"}
        trees[workers] = {
            p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*") if p.is_file()
        }
    assert trees[1] == trees[2]
    assert len(trees[2]) > 100
