"""The offline bundle (``make bundle``): the whole site in one zip that reads from
file://, checked to load nothing from outside itself, with a README.txt.

The zip is deterministic (sorted entries, the time of the last commit to content/,
fixed permissions, MkDocs' own dates pinned by SOURCE_DATE_EPOCH): the same docs/
and content commit give the same bytes.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import textwrap
import time
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from . import __version__, urls
from .history import GitError, git
from .site import build_site, site_name

DEFAULT_CONFIG = Path("mkdocs-offline.yml")
ZIP_EPOCH = datetime(1980, 1, 1, tzinfo=UTC)  # the earliest time a zip entry can hold
# Link relations a browser fetches; canonical, alternate, edit, ... are only links.
FETCHED_RELS = {
    *("stylesheet", "icon", "manifest", "apple-touch-icon"),
    *("preconnect", "dns-prefetch", "preload", "prefetch", "modulepreload"),
}
FETCHING_TAGS = {"script", "img", "iframe", "source", "audio", "video", "embed", "track"}
# A URL with a host (//host, https://host), not file://: outside the bundle.
_REMOTE = re.compile(r"\s*(?!file:)([a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)


class BundleError(Exception):
    """A problem that stops the bundle, said in the words of the person running it."""


@dataclass(frozen=True)
class Bundle:
    path: Path
    pages: int
    files: int
    size: int


def build_bundle(
    config: Path = DEFAULT_CONFIG, dist: Path = Path("dist"), content: Path = Path("content")
) -> Bundle:
    started = time.perf_counter()
    settings = read_config(config)
    settings["site_name"] = site_name(content) or settings.get("site_name", "site")
    name = f"{urls.slug_for(str(settings['site_name'])) or 'site'}-offline-{__version__}"
    moment, content_as_of = content_stamp(content)
    with tempfile.TemporaryDirectory(prefix="bundle-") as tmp:
        site = Path(tmp) / name
        print(f"building the offline site from {config} ...", flush=True)
        if build_site(config, site, int(moment.timestamp()), content) != 0:
            raise BundleError(f"mkdocs build --strict -f {config} failed (its messages are above)")
        if not (site / "index.html").is_file():
            raise BundleError(f"{config}: the build wrote no index.html")
        # No server sends a file:// reader to the not-found page, whose links are
        # absolute (for a web server) and lead nowhere from a folder: leave it out.
        (site / "404.html").unlink(missing_ok=True)
        for unused in unused_files(site, settings):
            unused.unlink()
        pages = sorted(site.rglob("*.html"))
        outside = find_outside_requests(site)
        if outside:
            shown = "\n".join(f"  {where}: {url}" for where, url in outside[:20])
            raise BundleError(f"pages would load from outside the bundle:\n{shown}")
        print(f"checked {len(pages)} pages: nothing loads from outside the bundle", flush=True)
        (site / "README.txt").write_text(
            readme(settings, content_as_of, len(pages), site), encoding="utf-8", newline="\n"
        )
        target = dist / f"{name}.zip"
        files = write_zip(site, target, moment)
    bundle = Bundle(target, len(pages), files, target.stat().st_size)
    print(
        f"wrote {target}: {bundle.pages} pages, {bundle.files} files,"
        f" {bundle.size / 1_000_000:.2f} MB, in {time.perf_counter() - started:.1f} s"
    )
    return bundle


def unused_files(site: Path, settings: dict[str, Any]) -> list[Path]:
    """Files no page of the bundle loads, a quarter of the zip: source maps (read by a
    browser's developer tools alone) and, for a search in English only, lunr's other
    languages (Material's search worker loads them for other languages only)."""
    search = _plugins(settings.get("plugins")).get("search") or {}
    languages = search.get("lang") or [(settings.get("theme") or {}).get("language", "en")]
    unused = sorted(site.rglob("*.map"))
    if languages in (["en"], "en"):
        unused += sorted(p for p in (site / "assets/javascripts/lunr").rglob("*") if p.is_file())
    return unused


def read_config(config: Path) -> dict[str, Any]:
    """The offline config with mkdocs.yml merged in; refuse settings that need a network."""
    from mkdocs.exceptions import ConfigurationError
    from mkdocs.utils.yaml import yaml_load

    if not config.is_file():
        raise BundleError(f"{config}: no such file (the offline build's MkDocs config)")
    try:
        with config.open(encoding="utf-8") as source:
            settings = yaml_load(source)
    except (ConfigurationError, OSError) as exc:
        raise BundleError(f"{config}: {exc}") from exc
    problems = []
    plugins = _plugins(settings.get("plugins"))
    if "offline" not in plugins and "material/offline" not in plugins:
        problems.append("plugins: 'offline' is missing (search from file:// needs it)")
    features = (settings.get("theme") or {}).get("features") or []
    for feature in ("navigation.instant", "navigation.instant.preview"):
        if feature in features:
            problems.append(f"theme.features: '{feature}' loads pages with fetch()")
    polyfills = (settings.get("extra") or {}).get("polyfills") or []
    if not any("iframe-worker" in str(p) for p in polyfills):
        problems.append("extra.polyfills: no local iframe-worker shim (else a CDN copy is used)")
    docs = config.parent / settings.get("docs_dir", "docs")
    for polyfill in map(str, polyfills):
        if "//" in polyfill:
            problems.append(f"extra.polyfills: {polyfill} is not in the bundle")
        elif not (docs / polyfill).is_file():
            problems.append(f"extra.polyfills: {docs / polyfill} does not exist")
    hosted = config.parent / "mkdocs.yml"
    if hosted.is_file() and hosted.resolve() != config.resolve():
        with hosted.open(encoding="utf-8") as source:
            for name, options in sorted(_plugins(yaml_load(source).get("plugins")).items()):
                if name not in plugins:
                    problems.append(f"plugins: '{name}' of mkdocs.yml is missing")
                elif plugins[name] != options:
                    problems.append(f"plugins: '{name}' has other settings than in mkdocs.yml")
    if problems:
        raise BundleError("\n".join(f"{config}: {problem}" for problem in problems))
    return settings


def _plugins(plugins: Any) -> dict[str, Any]:
    """Each plugin's name and its settings (None where it has none)."""
    if isinstance(plugins, dict):
        return dict(plugins)
    found: dict[str, Any] = {}
    for item in plugins or []:
        found.update(item if isinstance(item, dict) else {item: None})
    return found


def content_stamp(content: Path) -> tuple[datetime, str]:
    """The time of the last commit to `content` (ZIP_EPOCH outside a git checkout),
    and README.txt's words for it."""
    try:
        log = git(content, "log", "-1", "--format=%ct %h", "--", ".").decode().split()
        status = git(content, "status", "--porcelain", "--", ".")
    except GitError:
        log = []
    if len(log) != 2:
        return ZIP_EPOCH, "not recorded (built outside a git checkout)"
    when = datetime.fromtimestamp(int(log[0]), UTC)
    uncommitted = ", with changes not yet committed" if status.strip() else ""
    return when, f"{when:%Y-%m-%d} (commit {log[1]}){uncommitted}"


class _FetchFinder(HTMLParser):
    """Collects the URLs of what a browser would load for a page."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag in FETCHING_TAGS:
            self.found += [values.get("src", ""), values.get("poster", "")]
        elif tag == "link" and FETCHED_RELS & set(values.get("rel", "").lower().split()):
            self.found.append(values.get("href", ""))


def find_outside_requests(site: Path) -> list[tuple[str, str]]:
    """(file, url) for every script, style, font or image a page would fetch from elsewhere."""
    found = []
    for path in sorted(site.rglob("*")):
        if path.suffix == ".html":
            finder = _FetchFinder()
            finder.feed(path.read_text(encoding="utf-8"))
            urls = finder.found
        elif path.suffix == ".css":
            css = path.read_text(encoding="utf-8")
            urls = re.findall(r"""url\(\s*['"]?([^'")]+)""", css)
            urls += re.findall(r"""@import\s+['"]([^'"]+)""", css)
        else:
            continue
        where = path.relative_to(site).as_posix()
        found += [(where, url) for url in urls if _REMOTE.match(url)]
    return found


def readme(settings: dict[str, Any], content_as_of: str, pages: int, site: Path) -> str:
    title = str(settings.get("site_name", "The explainer"))
    data = sorted(p.relative_to(site).as_posix() for p in (site / "data").glob("*.json"))
    # The site's sections as its tabs name them, but the home page the reader starts on.
    sections = [
        str(title)
        for entry in settings.get("nav") or ()
        if isinstance(entry, dict)
        for title, target in entry.items()
        if target != "index.md"
    ]
    lines = [
        f"{title}: offline edition",
        "",
        "The whole explainer site in one folder: every page, the links between actors,",
        "agreements, events, quotes and sources, and search. It reads without an internet",
        "connection and loads nothing from anywhere else.",
        "",
        "How to open it",
        "",
        "  1. Unzip the whole file first: on Windows, right-click it and choose",
        '     "Extract All"; on a Mac, double-click it. An index.html opened inside',
        "     the zip, without unzipping, shows a bare page whose links lead nowhere.",
        "  2. In the folder that unzipping made,",
        f"     {site.name},",
        "     double-click index.html. It opens in your web browser, at the story in",
        "     brief. Keep the folder's files together.",
        "",
        "Finding your way",
        "",
        *textwrap.wrap(
            "The tabs along the top of each page (on a phone, the menu at the top left)"
            + (f" lead to: {', '.join(sections)}." if sections else " lead to its parts.")
            + " Search is in the top bar (the magnifying glass on a phone): type a name"
            " or a few words.",
            80,
            initial_indent="  ",
            subsequent_indent="  ",
        ),
        "",
        "What it is",
        "",
        f"  Content as of: {content_as_of}",
        f"  Generator version: {__version__}",
        f"  Pages: {pages}",
    ]
    if settings.get("repo_url"):
        lines.append(f"  Source: {settings['repo_url']}")
    if data:
        lines += ["", "The records as JSON, for reuse (in the data folder):", ""]
        lines += [f"  {path}" for path in data]
    if settings.get("copyright"):  # the footer's notice, wrapped as the lines above
        lines += ["", *textwrap.wrap(" ".join(str(settings["copyright"]).split()), 80)]
    lines += [
        "",
        "Built with MkDocs and Material for MkDocs (MIT); search from file:// uses",
        "iframe-worker (MIT, assets/vendor/iframe-worker/LICENSE).",
    ]
    return "\n".join(lines) + "\n"


def write_zip(site: Path, target: Path, moment: datetime) -> int:
    """Zip `site` as a top folder of the same name; atomic, sorted, fixed times."""
    date_time = max(moment, ZIP_EPOCH).timetuple()[:6]
    files = sorted(p for p in site.rglob("*") if p.is_file())
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with zipfile.ZipFile(partial, "w") as archive:
            for path in files:
                entry = zipfile.ZipInfo(f"{site.name}/{path.relative_to(site).as_posix()}")
                entry.date_time = date_time
                entry.create_system = 3  # unix, so the permissions below apply everywhere
                entry.external_attr = 0o100644 << 16
                entry.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(entry, path.read_bytes(), compresslevel=9)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return len(files)


def main() -> int:
    argparse.ArgumentParser(
        prog="python -m generator.bundle",
        description="Zip the site for reading from file://, search included, with no network.",
    ).parse_args()
    try:
        build_bundle()
    except BundleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
