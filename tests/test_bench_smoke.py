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
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from bench.corpus import write_corpus
from bench.run import make_project
from generator import build

QUOTES = 60


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"] or "")
        for attribute in ("href", "src"):
            target = values.get(attribute)
            if target and tag in ("a", "link", "script", "img"):
                self.links.append(target)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _resolve(site: Path, page: Path, link: str) -> tuple[Path, str] | None:
    """The file and anchor an internal link points at; None for external links."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or link.startswith("//"):
        return None
    if not parts.path:
        return page, unquote(parts.fragment)
    # Root-relative links (404.html has them) count from the site's root.
    base = site if parts.path.startswith("/") else page.parent
    target = (base / unquote(parts.path).lstrip("/")).resolve()
    if link.split("#")[0].endswith("/") or target.is_dir():
        target = target / "index.html"
    assert site.resolve() in target.parents or target == site.resolve(), link
    return target, unquote(parts.fragment)


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("bench-smoke")
    make_project(project)
    write_corpus(project / "content", quotes=QUOTES)
    build.generate(project / "content", project / "docs", project)
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
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > QUOTES  # every quote has its own page
    parsed: dict[Path, _Page] = {}

    def page_ids(path: Path) -> set[str]:
        if path not in parsed:
            parsed[path] = _parse(path)
        return parsed[path].ids

    broken = []
    checked = 0
    for page in pages:
        page_ids(page)
        for link in parsed[page].links:
            resolved = _resolve(built_site, page, link)
            if resolved is None:
                continue
            target, anchor = resolved
            checked += 1
            where = f"{page.relative_to(built_site)}: {link}"
            if not target.is_file():
                broken.append(f"{where} (no file)")
            elif anchor and target.suffix == ".html" and anchor not in page_ids(target):
                broken.append(f"{where} (no anchor #{anchor})")
    assert checked > 10 * len(pages)
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
