"""Build or preview the whole site: generate the pages, then run MkDocs.

``python -m generator.site build`` is what ``make site`` runs after
generation; ``python -m generator.site serve`` is ``make serve``: MkDocs'
live-reloading server, plus a watcher that regenerates docs/ whenever a
content file changes, so the open page reloads with the edit.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from . import build
from .cli import report_problems
from .errors import ContentError

POLL_SECONDS = 0.3


def mkdocs_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "mkdocs", *args]


def build_site(config: Path = Path("mkdocs.yml"), site_dir: Path | None = None) -> int:
    command = mkdocs_command("build", "--strict", "--config-file", str(config))
    if site_dir is not None:
        command += ["--site-dir", str(site_dir)]
    started = time.perf_counter()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(command, env=env)
    if result.returncode == 0:
        print(f"site built in {time.perf_counter() - started:.1f} s")
    return result.returncode


def _snapshot(content: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime for p in content.rglob("*.yaml") if p.is_file()}


def _regenerate(content: Path, docs: Path) -> None:
    started = time.perf_counter()
    try:
        result = build.generate(content, docs, Path.cwd())
    except ContentError as exc:
        report_problems(exc.problems, wrote_nothing=True)
        print("the preview keeps the last valid pages; fix the problems above", file=sys.stderr)
        return
    print(
        f"content changed: {len(result.report.written)} page(s) rewritten"
        f" in {time.perf_counter() - started:.2f} s",
        flush=True,
    )


def serve(content: Path, docs: Path, address: str) -> int:
    _regenerate(content, docs)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        mkdocs_command("serve", "--livereload", "--dev-addr", address), env=env
    )
    seen = _snapshot(content)
    try:
        while server.poll() is None:
            time.sleep(POLL_SECONDS)
            now = _snapshot(content)
            if now != seen:
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
    built = commands.add_parser("build", help="mkdocs build --strict into site/")
    built.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    built.add_argument("--site-dir", type=Path, default=None)
    served = commands.add_parser("serve", help="live preview, regenerating on content edits")
    served.add_argument("--content", type=Path, default=Path("content"))
    served.add_argument("--docs", type=Path, default=Path("docs"))
    served.add_argument("--dev-addr", default="127.0.0.1:8000")
    args = parser.parse_args(argv)
    if args.command == "build":
        return build_site(args.config, args.site_dir)
    return serve(args.content, args.docs, args.dev_addr)


if __name__ == "__main__":
    raise SystemExit(main())
