"""Links made once per folder of pages must be the links each page would make alone."""

from __future__ import annotations

import random

from generator import build, render, urls

from .conftest import FIXTURE_CONTENT, ROOT


def test_a_link_to_the_page_itself_is_not_reused_by_its_neighbours():
    catalog = build.validate(FIXTURE_CONTENT, ROOT)
    memo: dict = {}
    itself = render.Page("events/letter-sent.md", catalog, memo).link("letter-sent")
    neighbour = render.Page("events/declaration-signed.md", catalog, memo).link("letter-sent")
    assert itself.endswith("]()")
    assert neighbour.endswith("](letter-sent.md)")
    again = render.Page("events/letter-sent.md", catalog, memo).link("letter-sent")
    assert again == itself


def test_links_through_the_shared_memo_equal_links_made_alone():
    catalog = build.validate(FIXTURE_CONTENT, ROOT)
    records = list(catalog.by_id.values())
    pages = [p for p in sorted(render.render_site(catalog)) if p.endswith(".md")]
    pages += [urls.record_page(r) for r in records]
    pairs = [(page, record) for page in pages for record in records]
    random.Random(5).shuffle(pairs)
    memo: dict = {}
    for page, record in pairs:
        shared = render.Page(page, catalog, memo).link(record)
        alone = render.Page(page, catalog).link(record)
        assert shared == alone, (page, record.id)
        label = "another label"
        assert render.Page(page, catalog, memo).link(record.id, label) == render.Page(
            page, catalog
        ).link(record.id, label)
