"""A record's one-word other names in the search index (mkdocs.yml `hooks`).

The United States' page is titled "United States"; "US", the name a reader
types, is one of the record's other names, which reach the page only in its
JSON-LD (alternateName) and its "Other names" section's text. So "US" found
USAID first (its tag "USAID" starts with "us"), and the pages titled with "US
letter" before the country. Here each page's one-word other names ("US",
"U.S.", "America", "Washington"; "EU", "Congress") go into its entry in
search/search_index.json as a `names` field, which mkdocs.yml's search `fields`
weighs above a title and tags together: Material's search worker indexes every
field the index's config lists. A name of several words is left out: each of
its words may be an everyday one ("US" in "US Senators"), and a name's words
are searched one by one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

# Page URL -> its one-word other names, collected as the pages render.
_names: dict[str, list[str]] = {}


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    jsonld = page.meta.get("jsonld")
    names = jsonld.get("alternateName") if isinstance(jsonld, dict) else None
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if isinstance(names, list) and search:
        separator = re.compile(search.config.separator)  # where the index ends a word

        def one_word(name: object) -> bool:
            return isinstance(name, str) and len([w for w in separator.split(name) if w]) == 1

        if found := [name for name in names if one_word(name)]:
            _names[page.url] = found
    return context


def on_post_build(config: Any) -> None:
    """After the search plugin writes the index; before the offline plugin, which
    runs last, copies it into search_index.js for file://."""
    path = Path(config.site_dir) / "search" / "search_index.json"
    if path.is_file() and _names:
        index = json.loads(path.read_text(encoding="utf-8"))
        for doc in index["docs"]:
            if doc["location"] in _names:
                doc["names"] = _names[doc["location"]]
        path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
    _names.clear()
