"""The browser-test harness: the real site, read in headless Chromium with no network.

Session fixtures generate content/ into a temporary copy of the project (the
repository's docs/ and site/ are never written), build it with MkDocs, serve
it on 127.0.0.1 or unzip the offline bundle, and open pages in Debian's
Chromium through Playwright. Every request that is not to file://, 127.0.0.1
or localhost is blocked and counted; console errors are collected. Tests
assert both lists are empty.

Without Chromium the tests skip on a workstation and fail under CI (CI set):
a browser test must never pass in CI by not running.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator.bundle import Bundle, build_bundle
from generator.errors import ContentError
from generator.pipeline import generate
from generator.site import build_site
from generator.write import read_manifest

ROOT = Path(__file__).resolve().parents[2]
# The real content; BROWSER_TEST_CONTENT=tests/fixtures/content while content/ is broken.
CONTENT = Path(os.environ.get("BROWSER_TEST_CONTENT", ROOT / "content")).resolve()
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Schemes and hosts that never leave the machine; anything else is blocked and counted.
LOCAL = ("file://", "data:", "blob:", "about:", "http://127.0.0.1:", "http://localhost:")
PROJECT_FILES = ("mkdocs.yml", "mkdocs-offline.yml")
FIGURES: list[str] = []  # measurements, printed in the summary for the closing note


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def unavailable(reason: str) -> None:
    """Skip on a workstation, fail in CI: a test that did not run must not look green."""
    if in_ci():
        pytest.fail(f"{reason} (CI is set, so this is a failure, not a skip)", pytrace=False)
    pytest.skip(reason)


@dataclass(frozen=True)
class BuiltProject:
    """A temporary project with the generated pages of CONTENT in its docs/."""

    root: Path
    content: Path
    files: dict[str, str]  # generated files: path under docs/ -> text


@pytest.fixture(scope="session")
def built_project(tmp_path_factory: pytest.TempPathFactory) -> BuiltProject:
    root = tmp_path_factory.mktemp("project")
    for name in PROJECT_FILES:
        if (ROOT / name).is_file():
            shutil.copy(ROOT / name, root / name)
    shutil.copytree(ROOT / "overrides", root / "overrides")
    generated = read_manifest(ROOT / "docs") | {".generated"}
    top_folders = {path.split("/")[0] for path in generated if "/" in path}

    def skip_generated(folder: str, names: list[str]) -> list[str]:
        where = Path(folder).relative_to(ROOT / "docs").as_posix()
        paths = {name: name if where == "." else f"{where}/{name}" for name in names}
        return [n for n, p in paths.items() if p in generated or p in top_folders]

    shutil.copytree(ROOT / "docs", root / "docs", ignore=skip_generated)
    try:
        result = generate(CONTENT, root / "docs", ROOT)
    except ContentError as exc:
        problems = "\n".join(str(problem) for problem in exc.problems)
        pytest.fail(f"{CONTENT} does not validate:\n{problems}", pytrace=False)
    return BuiltProject(root, CONTENT, result.files)


@pytest.fixture(scope="session")
def hosted_site(built_project: BuiltProject, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hosted build (mkdocs.yml, strict) in a temporary folder."""
    site = tmp_path_factory.mktemp("hosted") / "site"
    site_built = build_site(built_project.root / "mkdocs.yml", site, content=built_project.content)
    assert site_built == 0, "mkdocs build failed"
    return site


@dataclass(frozen=True)
class UnzippedBundle:
    bundle: Bundle
    folder: Path  # the zip's top folder, holding index.html


@pytest.fixture(scope="session")
def offline_bundle(
    built_project: BuiltProject, tmp_path_factory: pytest.TempPathFactory
) -> UnzippedBundle:
    """The bundle `make bundle` writes, built from the temporary project and unzipped."""
    work = tmp_path_factory.mktemp("bundle")
    bundle = build_bundle(
        built_project.root / "mkdocs-offline.yml", work / "dist", built_project.content
    )
    with zipfile.ZipFile(bundle.path) as archive:
        archive.extractall(work / "unzipped")
    return UnzippedBundle(bundle, work / "unzipped" / bundle.path.stem)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A page the browser leaves before a file is sent closes the connection:
        that is no error of the site (the tests count failed requests themselves)."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path], str]]:
    """serve(folder) -> 'http://127.0.0.1:<random port>/', stopped at the end of the session."""
    servers: list[_Server] = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = _Server(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.is_file():
        unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright is not installed (pip install -r requirements-dev.txt)")
    playwright = sync_playwright().start()
    try:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()
    finally:
        playwright.stop()


@dataclass
class Reader:
    """A page in a fresh browser context, with what it tried to reach and what it logged."""

    page: object  # playwright.sync_api.Page
    blocked: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def assert_quiet(self) -> None:
        assert self.blocked == [], f"requests outside the site: {self.blocked}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"


@pytest.fixture
def reader(browser) -> Iterator[Reader]:
    context = browser.new_context(service_workers="block", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seen = Reader(page)

    def route(request_route) -> None:
        url = request_route.request.url
        if url.startswith(LOCAL):
            request_route.continue_()
        else:
            seen.blocked.append(url)
            request_route.abort("blockedbyclient")

    def on_console(message) -> None:
        if message.type == "error":
            where = message.location.get("url", "")
            seen.console_errors.append(f"{message.text} ({where})")

    context.route("**/*", route)
    page.on("console", on_console)
    page.on("pageerror", lambda error: seen.console_errors.append(f"uncaught: {error}"))
    yield seen
    context.close()


@pytest.fixture(scope="session")
def figures() -> list[str]:
    return FIGURES


def pytest_terminal_summary(terminalreporter) -> None:
    if FIGURES:
        terminalreporter.section("browser-test figures")
        for line in FIGURES:
            terminalreporter.write_line(line)
