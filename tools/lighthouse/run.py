"""`make lighthouse`: Lighthouse over one page of each kind of the built site.

The site is served from loopback with gzip, as any static host serves it
(without compression the home page's performance falls from about 99 to 76).
Each page is measured five times with Lighthouse's mobile defaults and the
system Chromium, and the median of each category is kept. Performance moves
with the machine's load: Total Blocking Time is the main thread's long tasks
times four, so one busy moment on 2 cores turned a 100 into an 87. Three runs
let two such moments fail a page (CI once measured 100, 87, 88); five is
what Lighthouse's own guide on variability advises. Each run's CPU benchmark
index is printed, so a slow machine shows in the log. Fails (exit 1) when a
median is below performance 90, or accessibility, best practices or SEO
below 100.

    python tools/lighthouse/run.py [site] [--runs 5]

Lighthouse itself comes from tools/lighthouse/package.json (pinned, with its
lock file): `npm ci --prefix tools/lighthouse`, which .ci/run does.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from io import BytesIO
from pathlib import Path
from typing import ClassVar

HERE = Path(__file__).resolve().parent
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
MINIMUM = {"performance": 90, "accessibility": 100, "best-practices": 100, "seo": 100}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
# One page of each kind, as paths under the site (directory URLs). A record page
# named here that the site lacks (another episode's site) gives way to the first
# record page of its folder; None takes that first page at once.
PAGES = {
    "home": "",
    "timeline": "timeline/",
    "listing": "actors/",
    "quotes by speaker": "quotes/",
    "differences": "differences/",
    "actor": "actors/ilham-aliyev/",
    "agreement": "agreements/joint-declaration-1997/",
    "event": None,
    "quote": "quotes/aliyev-dirty-appeal/",
    "source": None,
}
RECORD_FOLDERS = {
    "actor": "actors",
    "agreement": "agreements",
    "event": "events",
    "quote": "quotes",
    "source": "sources",
}
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzipped when the client accepts it (compressed once, kept)."""

    cache: ClassVar[dict[str, bytes]] = {}

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the folder
            path = os.path.join(path, "index.html")
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.endswith(COMPRESSIBLE) and os.path.isfile(path)):
            return super().send_head()
        body = self.cache.get(path)
        if body is None:
            body = gzip.compress(Path(path).read_bytes(), compresslevel=9, mtime=0)
            self.cache[path] = body
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        return BytesIO(body)


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(GzipHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def pick_pages(site: Path) -> dict[str, str]:
    """PAGES with the kinds left open filled from the site; kinds it lacks left out."""
    chosen = {}
    for kind, path in PAGES.items():
        if kind in RECORD_FOLDERS and (path is None or not (site / path).is_dir()):
            folder = RECORD_FOLDERS[kind]
            found = sorted(p.parent.name for p in (site / folder).glob("*/index.html"))
            found = [name for name in found if name != "by-event"]  # a listing
            if not found:
                continue
            path = f"{folder}/{found[0]}/"
        if (site / path / "index.html").is_file():
            chosen[kind] = path
    return chosen


def measure(url: str, chromium: str) -> dict[str, int]:
    """One Lighthouse run: the score of each category, and the CPU benchmark index."""
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as work:
        report = Path(work) / "report.json"
        command = [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={CHROME_FLAGS}",
        ]
        env = {**os.environ, "CHROME_PATH": chromium}
        subprocess.run(command, check=True, env=env, cwd=work, timeout=300)
        data = json.loads(report.read_text(encoding="utf-8"))
    scores = {c: round(100 * (data["categories"][c]["score"] or 0)) for c in CATEGORIES}
    return scores | {"cpu": round(data["environment"]["benchmarkIndex"])}


def failures(medians: dict[str, dict[str, float]]) -> list[str]:
    """Each page and category whose median is under its minimum."""
    return [
        f"{kind}: {category} {scores[category]:g} < {MINIMUM[category]}"
        for kind, scores in medians.items()
        for category in CATEGORIES
        if scores[category] < MINIMUM[category]
    ]


def table(medians: dict[str, dict[str, float]], runs: dict[str, list[dict[str, int]]]) -> str:
    head = "| page | " + " | ".join(CATEGORIES) + " | performance runs | CPU index |"
    lines = [head, "|" + "---|" * (len(CATEGORIES) + 3)]
    for kind, scores in medians.items():
        each = ", ".join(str(r["performance"]) for r in runs[kind])
        cpu = ", ".join(str(r["cpu"]) for r in runs[kind])
        cells = " | ".join(f"{scores[c]:g}" for c in CATEGORIES)
        lines.append(f"| {kind} | {cells} | {each} | {cpu} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/lighthouse/run.py")
    parser.add_argument("site", nargs="?", type=Path, default=Path("site"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not LIGHTHOUSE.exists():
        print(f"error: no {LIGHTHOUSE}: run npm ci --prefix {HERE}", file=sys.stderr)
        return 2
    if not (args.site / "index.html").is_file():
        print(f"error: no site in {args.site}: run make site", file=sys.stderr)
        return 2
    server, base = serve(args.site)
    runs: dict[str, list[dict[str, int]]] = {}
    try:
        for kind, path in pick_pages(args.site).items():
            runs[kind] = [measure(base + path, chromium) for _ in range(args.runs)]
            each = ", ".join(f"{r['performance']}" for r in runs[kind])
            print(f"{kind} ({path or '/'}): performance {each}", flush=True)
    finally:
        server.shutdown()
    medians = {
        kind: {c: statistics.median(r[c] for r in results) for c in CATEGORIES}
        for kind, results in runs.items()
    }
    print(table(medians, runs))
    failed = failures(medians)
    for line in failed:
        print(f"lighthouse: {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
