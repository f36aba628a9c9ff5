"""A small size of the benchmark corpus, end to end: generate, build strictly,
and follow every internal link of the built site.

The full benchmark (``make bench``) stays out of the test suite; this keeps
the corpus generator valid and the site's links whole as both change.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from bench.run import make_project
from generator import pipeline

from .links import broken_links

QUOTES = 60


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("bench-smoke")
    make_project(project)
    write_corpus(project / "content", quotes=QUOTES)
    pipeline.generate(project / "content", project / "docs", project)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"]
        + ["--config-file", str(project / "mkdocs.yml"), "--site-dir", str(project / "site")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def test_the_corpus_is_the_same_for_the_same_size(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a", quotes=QUOTES)
    write_corpus(tmp_path / "b", quotes=QUOTES)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.yaml"))
    assert len(files) > QUOTES
    for relative in files:
        assert (tmp_path / "a" / relative).read_bytes() == (tmp_path / "b" / relative).read_bytes()


def test_every_internal_link_of_the_built_site_resolves(built_site: Path) -> None:
    counts: dict[str, int] = {}
    broken = list(broken_links(built_site, counts))
    assert counts["pages"] > QUOTES  # every quote has its own page
    assert counts["links"] > 10 * counts["pages"]
    assert not broken, "\n".join(broken[:30])


def test_bench_reports_the_median_of_its_runs(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--sizes", "10,100", "--runs", "3", "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "generate_share_of_build" in result.stdout
    results = json.loads(out.read_text(encoding="utf-8"))
    assert set(results["hostile_refusal_seconds"]) == {
        "billion_laughs",
        "flow_sequence_450k_values",
        "nesting_5000_deep",
        "spaced_links_970_kb",
        "unknown_links_61000",
    }
    for row in results["sizes"]:
        runs = row["generate_runs_seconds"]
        assert len(runs) == 3
        assert row["generate_seconds"] == sorted(runs)[1]
        builds = row["mkdocs_runs_seconds"]
        assert len(builds) == 3 and row["mkdocs_build_seconds"] == sorted(builds)[1]
        assert row["noop_files_written"] == 0
        assert 0 < row["one_edit_files_written"] <= row["one_edit_pages_showing_quote"]
    largest = results["sizes"][-1]
    assert results["summary"]["generate_share_of_build"] == round(
        largest["generate_seconds"] / largest["mkdocs_build_seconds"], 3
    )
    assert results["summary"]["page_bytes_growth_10x"] < 1.2
    for row in results["sizes"]:
        # A first view counts the page and what it loads; the index comes with a search.
        assert row["first_view_bytes_gz"] > 30_000
        assert 0 < row["first_search_bytes_gz"] < row["search_index_bytes"]
        found = row["query_results"]
        assert 4 <= len(found) <= 5 and all(found.values()), found
    assert results["summary"]["first_view_kb_gz"] == round(largest["first_view_bytes_gz"] / 1024, 1)
