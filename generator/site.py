"""Build or preview the whole site: generate the pages, then run MkDocs.

``build`` is ``make site``'s last step; ``serve`` is ``make serve``: MkDocs'
live-reloading server, plus a watcher that regenerates docs/ whenever a content
file changes. MkDocs rebuilds every page on a change (about 15 ms a page: a minute
and a half at 6,000); ``--dirty`` rebuilds only those the generator rewrote, and
search then finds only those until the server restarts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from . import pipeline, yamlio
from .cli import report_problems
from .errors import ContentError
from .load import EPISODE_FILE

POLL_SECONDS = 0.3
# From this many pages a full rebuild takes longer than a preview should.
LARGE_SITE_PAGES = 1000


def site_name(content: Path) -> str | None:
    """The site's name: SITE_NAME if set, else the title of `content`'s episode.yaml."""
    if os.environ.get("SITE_NAME"):
        return os.environ["SITE_NAME"]
    path = content / EPISODE_FILE
    try:
        document, _ = yamlio.parse(path.read_text(encoding="utf-8"), str(path))
    except (OSError, UnicodeDecodeError):
        return None
    episode = document.value if document else None
    title = episode.get("title") if isinstance(episode, dict) else None
    return title if isinstance(title, str) and title.strip() else None


def mkdocs_env(content: Path) -> dict[str, str]:
    """The environment MkDocs runs in; mkdocs.yml reads the site's name from SITE_NAME."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if name := site_name(content):
        env["SITE_NAME"] = name
    return env


def build_site(
    config: Path = Path("mkdocs.yml"),
    site_dir: Path | None = None,
    epoch: int | None = None,
    content: Path | None = None,
) -> int:
    """`mkdocs build --strict`; `epoch` pins MkDocs' own dates (SOURCE_DATE_EPOCH).
    The site is named after the episode in `content` (default: content/ beside `config`)."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config)]
    if site_dir is not None:
        command += ["--site-dir", str(site_dir)]
    started = time.perf_counter()
    env = mkdocs_env(config.parent / "content" if content is None else content)
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = str(epoch)
    result = subprocess.run(command, env=env)
    if result.returncode == 0:
        print(f"site built in {time.perf_counter() - started:.1f} s")
    return result.returncode


def _snapshot(content: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime for p in content.rglob("*.yaml") if p.is_file()}


def _regenerate(content: Path, docs: Path) -> int:
    """Regenerate docs/; return how many pages the site has (0 on invalid content)."""
    started = time.perf_counter()
    try:
        result = pipeline.generate(content, docs)
    except ContentError as exc:
        report_problems(exc, wrote_nothing=True)
        print("the preview keeps the last valid pages; fix the problems above", file=sys.stderr)
        return 0
    print(
        f"content changed: {len(result.report.written)} page(s) rewritten"
        f" in {time.perf_counter() - started:.2f} s",
        flush=True,
    )
    return sum(1 for path in result.files if path.endswith(".md"))


def serve(content: Path, docs: Path, address: str, dirty: bool = False) -> int:
    pages = _regenerate(content, docs)
    if dirty:
        print("rebuilding changed pages only: search finds only those until a restart")
    elif pages >= LARGE_SITE_PAGES:
        print(
            f"{pages:,} pages: MkDocs rebuilds them all on each edit (about"
            f" {pages * 0.015:.0f} s at 15 ms a page); `make serve DIRTY=1` rebuilds only"
            " the pages an edit changes",
            flush=True,
        )
    command = [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dev-addr", address]
    server = subprocess.Popen(command + (["--dirty"] if dirty else []), env=mkdocs_env(content))
    seen = _snapshot(content)
    try:
        while server.poll() is None:
            time.sleep(POLL_SECONDS)
            if (now := _snapshot(content)) != seen:
                seen = now
                _regenerate(content, docs)
    except KeyboardInterrupt:
        pass
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=10)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.site")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build", help="mkdocs build --strict into site/")
    served = commands.add_parser("serve", help="live preview, regenerating on content edits")
    served.add_argument("--dev-addr", default="127.0.0.1:8000")
    served.add_argument(
        "--dirty",
        action="store_true",
        help="rebuild only the pages an edit changes (fast on large sites; search then"
        " finds only those until a restart)",
    )
    args = parser.parse_args(argv)
    if args.command == "build":
        return build_site()
    return serve(Path("content"), Path("docs"), args.dev_addr, args.dirty)


if __name__ == "__main__":
    raise SystemExit(main())
