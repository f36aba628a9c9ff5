"""The built tags page lists what it says it lists: actors among the agreements, events
and quotes, each under every tag its record carries."""

from __future__ import annotations

import re
from pathlib import Path

from generator.escape import line_start, typographic
from generator.pipeline import validate

from .conftest import CONTENT, ROOT


def _listings(page: str) -> dict[str, set[str]]:
    """By tag as the page names it: the addresses its folded list links to."""
    listed: dict[str, set[str]] = {}
    for name, body in re.findall(
        r'<details class="tag-listing">\s*<summary>\s*<h2>\s*<span class="md-tag">([^<]+)</span>'
        r".*?<ul id=\"tag:[^\"]+\">(.*?)</ul>",
        page,
        flags=re.DOTALL,
    ):
        listed[name] = set(re.findall(r'<a href="\.\./([^"]+)"', body))
    return listed


def test_every_tag_on_the_tags_page_lists_the_actors_that_carry_it(hosted_site: Path) -> None:
    page = (hosted_site / "tags" / "index.html").read_text(encoding="utf-8")
    assert "actors, agreements, events and quotes, grouped by topic" in page
    listed = _listings(page)
    catalog = validate(CONTENT, ROOT)
    names = {tag.tag: tag.name for tag in catalog.episode.tag_names}
    tagged = [actor for actor in catalog.actors if actor.tags]
    # Most actors with words of their own, or named by a tag, carry one.
    assert len(tagged) > 10, [actor.id for actor in tagged]
    for actor in tagged:
        for tag in actor.tags:
            name = typographic(names.get(tag) or line_start(tag))  # as pages show it
            assert f"actors/{actor.id}/" in listed[name], (name, actor.id)
