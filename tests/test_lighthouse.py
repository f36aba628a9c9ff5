"""The Lighthouse gate's own parts: the gzip server, the pages, the thresholds."""

from __future__ import annotations

import gzip
import importlib.util
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location("lighthouse_run", ROOT / "tools/lighthouse/run.py")
assert _SPEC and _SPEC.loader
run = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(run)


def _site(tmp_path: Path) -> Path:
    for path in ("index.html", "timeline/index.html", "events/b/index.html", "events/a/index.html"):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("<p>" + "text " * 500 + "</p>", encoding="utf-8")
    return tmp_path


def test_pages_are_served_gzipped_when_asked(tmp_path):
    server, base = run.serve(_site(tmp_path))
    try:
        asked = urllib.request.Request(base + "timeline/", headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(asked) as response:
            assert response.headers["Content-Encoding"] == "gzip"
            body = response.read()
        assert len(body) < 200
        assert gzip.decompress(body) == (tmp_path / "timeline/index.html").read_bytes()
        with urllib.request.urlopen(base + "timeline/") as response:
            assert response.headers["Content-Encoding"] is None
            assert response.read() == (tmp_path / "timeline/index.html").read_bytes()
    finally:
        server.shutdown()
        server.server_close()


def test_one_page_of_each_kind_the_site_has(tmp_path):
    chosen = run.pick_pages(_site(tmp_path))
    assert chosen == {"home": "", "timeline": "timeline/", "event": "events/a/"}


def test_another_episodes_site_has_a_record_page_of_each_kind_measured(tmp_path):
    """A record page named in PAGES that the site lacks gives way to another of its
    kind; the quotes-by-event listing is not taken for a quote."""
    site = _site(tmp_path)
    for path in ("quotes/by-event", "quotes/zz-some-quote", "actors/ilham-aliyev"):
        (site / path).mkdir(parents=True)
        (site / path / "index.html").write_text("<p>text</p>", encoding="utf-8")
    chosen = run.pick_pages(site)
    assert chosen["quote"] == "quotes/zz-some-quote/"
    assert chosen["actor"] == "actors/ilham-aliyev/"
    assert "agreement" not in chosen


def test_a_median_below_its_minimum_fails():
    good = {"performance": 90, "accessibility": 100, "best-practices": 100, "seo": 100}
    assert run.failures({"home": good}) == []
    slow = dict(good, performance=89.5)
    unlabelled = dict(good, accessibility=98)
    assert run.failures({"home": slow, "quote": unlabelled}) == [
        "home: performance 89.5 < 90",
        "quote: accessibility 98 < 100",
    ]
