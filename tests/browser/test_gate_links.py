"""Quality gate: every internal link and anchor of the built site resolves."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..links import broken_links
from .conftest import FIGURES

pytestmark = pytest.mark.gates


def test_every_internal_link_and_anchor_resolves(hosted_site: Path) -> None:
    counts: dict[str, int] = {}
    broken = list(broken_links(hosted_site, counts))
    FIGURES.append(
        f"link check: {counts['links']:,} internal links and anchors in {counts['pages']} pages,"
        f" {len(broken)} broken"
    )
    assert broken == [], f"{len(broken)} broken links:\n" + "\n".join(broken[:50])


def test_the_not_found_page_points_to_the_home_page_and_the_timeline(hosted_site: Path) -> None:
    page = (hosted_site / "404.html").read_text(encoding="utf-8")
    assert "<h1>Page not found</h1>" in page
    # Links from the site root: the host serves this page at any address.
    assert '<a href="/.">The home page</a>' in page and '<a href="/timeline/">' in page


def test_the_checker_finds_a_broken_link_and_a_missing_anchor(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="a/">ok</a><a href="a/#here">ok</a><a href="a/#gone">x</a>'
        '<a href="b/">x</a><a href="#top">ok</a><a href="https://example.org/">ext</a>'
        '<a href="../../etc/passwd">x</a><p id="top"></p>',
        encoding="utf-8",
    )
    (tmp_path / "a" / "index.html").write_text('<h2 id="here">h</h2>', encoding="utf-8")
    assert list(broken_links(tmp_path)) == [
        "index.html: a/#gone -> no anchor #gone in a/index.html",
        "index.html: b/ -> no file b/index.html",
        "index.html: ../../etc/passwd leaves the site",
    ]
