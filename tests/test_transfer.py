"""The bench's measures of what a reader downloads."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from bench.transfer import first_search_bytes, first_view_bytes, results


def _site(tmp_path: Path) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "search").mkdir()
    (tmp_path / "quotes" / "q").mkdir(parents=True)
    (tmp_path / "assets" / "main.css").write_text("a{}" * 1000)
    (tmp_path / "assets" / "bundle.js").write_text("var a;" * 1000)
    (tmp_path / "assets" / "worker.js").write_text("var w;" * 1000)
    config = {"base": "../..", "search": "../../assets/worker.js"}
    (tmp_path / "quotes" / "q" / "index.html").write_text(
        '<link rel="stylesheet" href="../../assets/main.css">'
        '<link rel="stylesheet" href="https://elsewhere.example/x.css">'
        f'<script id="__config" type="application/json">{json.dumps(config)}</script>'
        '<script src="../../assets/bundle.js"></script><p>Page</p>'
    )
    index = {
        "docs": [
            {"location": "quotes/q/", "title": "Ilham Aliyev", "text": "<p>A dirty appeal</p>"},
            {"location": "quotes/q/#context", "title": "Context", "text": "Said in Baku"},
            {"location": "actors/a/", "title": "Jeyhun Bayramov", "text": "Foreign minister"},
        ]
    }
    (tmp_path / "search" / "search_index.json").write_text(json.dumps(index))
    return tmp_path


def _gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def test_a_first_view_counts_the_page_and_what_it_loads_from_the_site(tmp_path):
    site = _site(tmp_path)
    loaded = ["quotes/q/index.html", "assets/main.css", "assets/bundle.js", "assets/worker.js"]
    assert first_view_bytes(site, "quotes/q/index.html") == sum(_gz(site / p) for p in loaded)
    assert first_search_bytes(site) == _gz(site / "search" / "search_index.json")


def test_query_results_are_pages_whose_entries_hold_every_word(tmp_path):
    site = _site(tmp_path)
    assert results(site, "aliyev dirt") == ["quotes/q/"]
    assert results(site, "baku") == ["quotes/q/"]
    assert results(site, "minister") == ["actors/a/"]
    assert results(site, "aliyev minister") == []
