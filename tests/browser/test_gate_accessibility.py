"""Quality gate: axe-core in Chromium over one page of each kind: no violation at all.

axe-core comes from the pinned PyPI package axe-playwright-python (it ships
axe.min.js); the script is injected from that local file, never fetched.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from .conftest import FIGURES

pytestmark = [pytest.mark.browser, pytest.mark.gates]


def axe_script() -> Path:
    try:
        import axe_playwright_python
    except ImportError:
        pytest.fail("axe-playwright-python is not installed (pip install -r requirements-dev.txt)")
    return Path(axe_playwright_python.__file__).parent / "axe.min.js"


def first(site: Path, folder: str) -> str:
    """The URL path of the first record page in a folder: actors/azerbaijan/."""
    pages = sorted(p.parent.name for p in (site / folder).glob("*/index.html"))
    assert pages, f"no record pages in {folder}/"
    return f"{folder}/{pages[0]}/"


def pages_of_each_kind(site: Path) -> dict[str, str]:
    return {
        "home": "",
        "timeline": "timeline/",
        "actor index": "actors/",
        "actor": first(site, "actors"),
        "agreement": first(site, "agreements"),
        "event": first(site, "events"),
        "quote": first(site, "quotes"),
        "quotes listing": "quotes/",
        "source": first(site, "sources"),
        "differences": "differences/",
        "tags": "tags/",
    }


# A desktop in the light scheme, and a phone in the dark one: below Material's
# breakpoints the navigation is a drawer of its own landmarks, which a desktop-only
# run never sees, and the dark scheme has colours (and contrasts) of its own.
VIEWS = ((1280, "light"), (390, "dark"))


def test_no_violations(reader, hosted_site, serve) -> None:  # type: ignore[no-untyped-def]
    base = serve(hosted_site)
    script = axe_script()
    found, rules = [], 0
    pages = pages_of_each_kind(hosted_site)
    # Material keeps the scheme it last showed in localStorage, over the reader's
    # preference: forget it before each page, so that each view's scheme is shown.
    reader.page.add_init_script("localStorage.clear()")
    for (kind, path), (width, scheme) in itertools.product(pages.items(), VIEWS):
        reader.page.set_viewport_size({"width": width, "height": 900})
        reader.page.emulate_media(color_scheme=scheme)
        reader.page.goto(base + path)
        shown = reader.page.evaluate("document.body.dataset.mdColorScheme")
        assert shown == {"light": "default", "dark": "slate"}[scheme], (path, scheme, shown)
        reader.page.add_script_tag(path=str(script))
        result = reader.page.evaluate(
            "async () => await axe.run(document, {resultTypes: ['violations']})"
        )
        rules = max(rules, len(result["passes"]) + len(result["violations"]))
        for violation in result["violations"]:
            nodes = [n["target"] for n in violation["nodes"]][:3]
            found.append(
                f"{kind} ({path}, {width} px, {scheme}): {violation['id']}"
                f" [{violation['impact']}] {nodes}"
            )
    FIGURES.append(
        f"axe-core: {len(pages)} pages at {' and '.join(f'{w} px {c}' for w, c in VIEWS)},"
        f" {rules} rules, {len(found)} violations"
    )
    assert found == [], "\n".join(found)
    reader.assert_quiet()
