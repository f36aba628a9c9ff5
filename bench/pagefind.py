"""Pagefind against the site's own search, on a built site: bytes over the wire.

    pip install 'pagefind[bin]==1.5.2'      # not a dependency of the project
    python -m bench.pagefind SITE "query one" "query two" ...

Indexes SITE's pages (their <article>) with Pagefind into a scratch copy,
serves both with gzip on loopback, and in headless Chromium measures, per
query, what a first search transfers: with Pagefind (its script, WebAssembly,
entry, index chunks and the fragments of the first ten results) and with the
site's search (the worker's index, search/search_index.json). Prints the
bytes and the pages each finds. Needs Chromium; makes no other request.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .transfer import first_search_bytes, results

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools" / "lighthouse"))
from run import serve  # noqa: E402  (the gzip server of the Lighthouse gate)

SEARCH = """async (query) => {
  const pagefind = await import("/pagefind/pagefind.js");
  const found = await pagefind.search(query);
  const shown = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
  return {count: found.results.length, urls: shown.map((d) => d.url)};
}"""


def index_with_pagefind(site: Path, work: Path) -> tuple[Path, float, int]:
    copy = work / "site"
    shutil.copytree(site, copy)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(copy), "--root-selector", "article"],
        check=True,
        capture_output=True,
    )
    seconds = time.perf_counter() - started
    size = sum(p.stat().st_size for p in (copy / "pagefind").rglob("*") if p.is_file())
    return copy, seconds, size


def measure(site: Path, queries: list[str]) -> dict:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="pagefind-") as scratch:
        copy, seconds, size = index_with_pagefind(site, Path(scratch))
        server, base = serve(copy)
        rows = []
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
                )
                for query in queries:
                    context = browser.new_context()
                    page = context.new_page()
                    page.goto(base + "404.html")
                    sent: list = []
                    page.on("requestfinished", lambda request, sent=sent: sent.append(request))
                    found = page.evaluate(SEARCH, query)
                    transferred = sum(r.sizes()["responseBodySize"] for r in sent)
                    rows.append(
                        {
                            "query": query,
                            "pagefind_bytes": transferred,
                            "pagefind_requests": len(sent),
                            "pagefind_results": found["count"],
                            "site_search_bytes": first_search_bytes(site),
                            "site_search_results": len(results(site, query)),
                        }
                    )
                    context.close()
                browser.close()
        finally:
            server.shutdown()
    return {
        "pagefind_index_seconds": round(seconds, 1),
        "pagefind_bytes_on_disk": size,
        "queries": rows,
    }


RESULTS = """() => [...document.querySelectorAll('.md-search-result__item > a')]
  .map(a => new URL(a.href).pathname)"""


def material_top(sites: list[Path], queries: list[str], top: int = 10) -> dict:
    """The first `top` pages Material's search shows for each query, typed into
    the search box of each site in turn (to compare two builds' results)."""
    from playwright.sync_api import sync_playwright

    found: dict = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for site in sites:
            server, base = serve(site)
            try:
                for query in queries:
                    page = browser.new_page()
                    page.goto(base)
                    box = page.locator("input[data-md-component=search-query]")
                    box.click()
                    box.press_sequentially(query)
                    item = page.locator(".md-search-result__item").first
                    item.wait_for(state="visible", timeout=120_000)
                    page.wait_for_timeout(1500)  # the last keystroke's results
                    shown = page.evaluate(RESULTS)[:top]
                    found.setdefault(query, {})[str(site)] = [u.removeprefix("/") for u in shown]
                    page.close()
            finally:
                server.shutdown()
        browser.close()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pagefind")
    parser.add_argument("site", type=Path)
    parser.add_argument("queries", nargs="+")
    parser.add_argument(
        "--compare",
        type=Path,
        help="another build of the same content: compare the top ten results of the"
        " site's own search in both, instead of measuring Pagefind",
    )
    args = parser.parse_args(argv)
    if args.compare:
        print(json.dumps(material_top([args.compare, args.site], args.queries), indent=2))
    else:
        print(json.dumps(measure(args.site, args.queries), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
