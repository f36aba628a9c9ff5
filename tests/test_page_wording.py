"""Lines that tell a reader where words come from and what a page holds say only what
is true of the site they are on."""

from __future__ import annotations

import re

from generator import build, render

from .conftest import ROOT, write_letter


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


def test_a_whole_text_given_to_a_news_outlet_is_not_said_to_be_written(content):
    """Remarks given to a news outlet may have been spoken (MP Mammadov 'told AZERTAC'):
    their page says 'Given to AZERTAC by', a letter to a minister 'Written to'."""
    (content / "actors" / "azertac.yaml").write_text(
        "id: azertac\nname: AZERTAC\ntype: media-outlet\ncountry: azerbaijan\n"
        "description: A news agency.\nsources: [caliber-az-2024-10-05]\n",
        encoding="utf-8",
    )
    for addressee, verb in (("azertac", "Given"), ("jeyhun-bayramov", "Written")):
        write_letter(content, f"addressee: {addressee}")
        page = render.render_site(build.validate(content, ROOT))["quotes/mps-letter.md"]
        line = next(x for x in page.splitlines() if x.startswith(("Given ", "Written ")))
        assert line.startswith(f"{verb} to ["), line
        assert f"](../actors/{addressee}.md" in line.partition(" by ")[0]
