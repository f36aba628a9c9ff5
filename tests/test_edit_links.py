"""Every generated record page opens, with "Edit this page", the file it came from."""

from __future__ import annotations

import yaml

from generator.pipeline import validate
from generator.render import render_site

from .conftest import FIXTURE_CONTENT, ROOT


def _front_matter(text: str) -> dict:
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n", 2)[1]) or {}


def test_every_record_page_names_its_content_file():
    catalog = validate(FIXTURE_CONTENT, ROOT)
    files = render_site(catalog)
    checked = 0
    for record in catalog.by_id.values():
        page = f"{record.folder}/{record.id}.md"
        if page not in files:
            continue  # kinds without a page of their own (differences share one)
        meta = _front_matter(files[page])
        expected = f"tests/fixtures/content/{record.folder}/{record.id}.yaml"
        assert meta["edit_path"] == expected, page
        assert (ROOT / expected).is_file()
        checked += 1
    assert checked >= len(catalog.quotes) + len(catalog.actors) + len(catalog.events)
