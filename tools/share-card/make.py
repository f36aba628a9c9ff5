"""Screenshot card.html into docs/assets/images/share-card.jpg (1200x630).

Run from the repository root: `.venv/bin/python tools/share-card/make.py`.
Needs Chromium (CHROMIUM, default /usr/bin/chromium); makes no request.
"""

from __future__ import annotations

import os
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "docs" / "assets" / "images" / "share-card.jpg"


def main() -> None:
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
        page.screenshot(path=str(OUT), type="jpeg", quality=88)
        browser.close()
    print(f"wrote {OUT.relative_to(HERE.parents[1])} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
