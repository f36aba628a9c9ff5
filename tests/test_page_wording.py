"""Lines that tell a reader where words come from and what a page holds say only what
is true of the site they are on."""

from __future__ import annotations

import re

from generator import build, render

from .conftest import ROOT


def test_a_quote_page_names_its_sources_beside_the_words(content):
    """The line under the words says who, when, at what event, and from which
    sources, as listed quotes do: 'Source:' for one, 'Sources:' for more."""
    page = render.render_site(build.validate(content, ROOT))["quotes/aliyev-dirty-appeal.md"]
    said = next(line for line in page.splitlines() if line.startswith("— "))
    assert said.endswith(" · Source: [OC Media, 7 October 2024](../sources/oc-media-2024-10-07.md)")
    quote = content / "quotes" / "aliyev-dirty-appeal.yaml"
    text = quote.read_text(encoding="utf-8")
    quote.write_text(
        re.sub(r"sources: \[.*\]", "sources: [oc-media-2024-10-07, caliber-az-2024-10-05]", text),
        encoding="utf-8",
    )
    page = render.render_site(build.validate(content, ROOT))["quotes/aliyev-dirty-appeal.md"]
    said = next(line for line in page.splitlines() if line.startswith("— "))
    assert " · Sources: [OC Media, 7 October 2024](../sources/oc-media-2024-10-07.md); " in said
