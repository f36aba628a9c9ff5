"""urls.py: the one list of ids the site keeps for its own pages."""

from __future__ import annotations

import posixpath
import re

from generator import meta, urls
from generator.pages import plan_site
from generator.pipeline import validate

from .conftest import FIXTURE_CONTENT, ROOT


def test_every_name_the_site_gives_its_own_pages_is_reserved():
    catalog = validate(FIXTURE_CONTENT, ROOT)
    record_pages = {urls.record_page(r) for r in catalog.by_id.values()} - {urls.DIFFERENCES}
    own = set()
    for path in plan_site(catalog, meta.summaries(catalog)):
        if path in record_pages:
            continue
        folder, name = posixpath.split(path)
        own.add(posixpath.splitext(name)[0])
        own.update(part for part in folder.split("/") if part)
    hand_written = {p.stem for p in (ROOT / "docs").glob("*.md")} - {
        posixpath.splitext(p)[0] for p in plan_site(catalog, meta.summaries(catalog))
    }
    assert own | hand_written | {"episode", "404", "sitemap", "search", "assets"} <= (
        urls.RESERVED_IDS
    )


def test_templates_take_every_path_from_urls():
    """A path written in a template would not follow a change in urls.py."""
    written = re.compile(r"[\"'][^\"'\s]*\.(?:md|html|json|xml)(?:#[^\"']*)?[\"']")
    found = [
        f"{template.name}: {match.group()}"
        for template in sorted((ROOT / "generator" / "templates").glob("*.j2"))
        for match in written.finditer(template.read_text(encoding="utf-8"))
    ]
    assert found == []
