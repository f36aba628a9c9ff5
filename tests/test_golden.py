"""The fixture content's pages match tests/golden/ byte for byte.

After an intended change to templates or rendering, run `make golden` and
review the diff of tests/golden/.
"""

import posixpath
import re
from pathlib import Path

import pytest

from generator.pipeline import validate
from generator.render import render_site

from .update_golden import GOLDEN, ROOT, render_fixture


def test_generated_markdown_matches_golden_tree():
    files = render_fixture()
    on_disk = {
        p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(GOLDEN.rglob("*"))
        if p.is_file()
    }
    assert sorted(files) == sorted(on_disk), "pages added or removed: run `make golden`"
    for path in files:
        assert files[path] == on_disk[path], f"{path} differs from tests/golden: run `make golden`"


@pytest.mark.parametrize("content", ["tests/fixtures/content", "content"])
def test_every_page_links_to_and_is_linked_from_another_page(content):
    catalog = validate(ROOT / content, ROOT)
    files = render_site(catalog)
    pages = {p for p in files if p.endswith(".md")}
    if not catalog.episode.stakes:  # no table: reached by its tab only, not from the home page
        pages.discard("positions.md")
    linked_to: set[str] = set()
    for path in pages:
        targets = {
            posixpath.normpath(posixpath.join(posixpath.dirname(path), t.split("#")[0]))
            for t in re.findall(r"\]\(([^)\s]+\.md)(?:#[^)\s]*)?(?: \"[^\"]*\")?\)", files[path])
        }
        targets.discard(path)
        assert targets & pages, f"{path} links to no other page"
        linked_to |= targets
    unlinked = {p for p in pages if p != "index.md"} - linked_to
    assert not unlinked, f"pages nothing links to: {sorted(unlinked)}"


def test_golden_tree_is_in_the_repository():
    assert Path(GOLDEN, "index.md").is_file()
