"""Screenshot card.html into docs/assets/images/share-card.jpg (1200x630), its
heading the site's name (the title in content/episode.yaml, or SITE_NAME).

Run from the repository root: `.venv/bin/python tools/share-card/make.py`.
Needs Chromium (CHROMIUM, default /usr/bin/chromium); makes no request.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the generator, for the site's name

from generator.site import site_name  # noqa: E402

OUT = HERE.parents[1] / "docs" / "assets" / "images" / "share-card.jpg"


def main() -> None:
    name = site_name(HERE.parents[1] / "content")
    if not name:
        raise SystemExit("content/episode.yaml has no title, and SITE_NAME is not set")
    # The last two words on one line: no date or name broken in two.
    head, _, last = name.rpartition(" ")
    heading = f"{head}\u00a0{last}" if head else last
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1200, "height": 630})
        page.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
        )
        page.goto((HERE / "card.html").as_uri())
        page.locator("h1").evaluate("(h1, text) => { h1.textContent = text; }", heading)
        page.screenshot(path=str(OUT), type="jpeg", quality=88)
        browser.close()
    print(f"wrote {OUT.relative_to(HERE.parents[1])} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
