"""The catalogue of broken and hostile input: one folder per case in tests/hostile/.

Anyone can open a pull request, so content is untrusted: the generator must
never execute it, never lose output over it, never publish a broken page from
it. Each case folder holds files laid over a copy of tests/fixtures/content
(same relative paths, as in tests/bad_content) and an `expect` file whose
first line is the outcome:

``error``
    the following lines are exactly what ``python -m generator validate``
    prints to stderr. The build must exit 1, print no traceback, and leave the
    previous docs/ as it was.

``renders``
    the content is valid and must render as text. Then, line by line:
    ``page: actors/some-id`` (a docs/ page without .md, the following checks
    apply to it), ``md: text`` (in its Markdown), ``html: text`` (in its built
    HTML), ``both: text`` (in both), ``absent: text`` (in no generated
    Markdown page and no built HTML, JSON or XML file but the data export,
    which holds the text as it is written, for programs). Every renders case is
    also built with MkDocs, all of them together in one strict build, and every
    built page is parsed: no script, event handler or script URL may come from
    content.

Lines starting with ``#`` in `expect` (and `symlinks`) are comments.

A case may hold a `symlinks` file: each line ``path -> target`` makes that path
of the content a symbolic link to `target` (replacing what is there), for
links that git and the other tests should not follow.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.cli import main
from generator.pipeline import generate
from generator.site import build_site

from .conftest import FIXTURE_CONTENT, ROOT, copy_project, snapshot

CASES = Path(__file__).parent / "hostile"


@dataclass
class Expect:
    outcome: str  # "error" or "renders"
    lines: list[str] = field(default_factory=list)  # error: the exact stderr lines
    # renders: page -> [(where, text)], where is "md", "html" or "both"
    checks: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    absent: list[str] = field(default_factory=list)


def read_expect(case: Path) -> Expect:
    raw = (case / "expect").read_text(encoding="utf-8").splitlines()
    outcome, body = raw[0].strip(), raw[1:]
    if outcome == "error":
        return Expect(outcome, lines=body)
    assert outcome == "renders", f"{case.name}/expect: first line is 'error' or 'renders'"
    expect, page = Expect(outcome), None
    for line in body:
        if not line.strip() or line.startswith("#"):
            continue
        key, _, text = line.partition(": ")
        if key == "page":
            page = text.strip()
            expect.checks.setdefault(page, [])
        elif key == "absent":
            expect.absent.append(text)
        elif key in ("md", "html", "both"):
            assert page is not None, f"{case.name}/expect: '{key}:' before any 'page:'"
            expect.checks[page].append((key, text))
        else:
            raise AssertionError(f"{case.name}/expect: unknown line {line!r}")
    return expect


def cases(outcome: str | None = None) -> list[str]:
    names = sorted(p.name for p in CASES.iterdir() if p.is_dir())
    return [n for n in names if outcome is None or read_expect(CASES / n).outcome == outcome]


def overlay(case: Path, content: Path) -> None:
    for path in sorted(case.rglob("*")):
        if path.is_file() and path.name not in ("expect", "symlinks"):
            target = content / path.relative_to(case)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    links = case / "symlinks"
    for line in links.read_text(encoding="utf-8").splitlines() if links.exists() else []:
        if line.strip() and not line.startswith("#"):
            name, _, points_to = line.partition(" -> ")
            link = content / name
            if link.is_dir() and not link.is_symlink():
                shutil.rmtree(link)
            link.unlink(missing_ok=True)
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(points_to)


def lay_out(names: list[str], tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    for name in names:
        overlay(CASES / name, content)
    return content


def html_path(page: str) -> str:
    """docs/ page (without .md) -> its file in the built site (directory URLs)."""
    if page == "index":
        return "index.html"
    if page.endswith("/index"):
        return page.removesuffix("index") + "index.html"
    return f"{page}/index.html"


def test_the_catalogue_is_complete():
    assert len(cases()) >= 30
    assert cases("error") and cases("renders")


@pytest.mark.parametrize("name", cases("error"))
def test_broken_input_gives_exact_located_errors(name, tmp_path, monkeypatch, capsys):
    lay_out([name], tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["validate"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    expected = read_expect(CASES / name).lines
    count = len(expected)
    assert err.splitlines() == [*expected, f"{count} problem{'s' if count != 1 else ''} found."]


@pytest.mark.parametrize("name", cases("error"))
def test_broken_input_writes_nothing(name, tmp_path, monkeypatch, capsys):
    lay_out([name], tmp_path)
    monkeypatch.chdir(tmp_path)
    shutil.copytree(FIXTURE_CONTENT, tmp_path / "valid")
    assert main(["--content", "valid", "generate", "--docs", "docs"]) == 0
    before = snapshot(tmp_path / "docs")
    assert main(["generate", "--docs", "docs"]) == 1
    assert "nothing was written" in capsys.readouterr().err
    assert snapshot(tmp_path / "docs") == before


@pytest.mark.parametrize("name", cases("renders"))
def test_hostile_text_renders_as_text_in_markdown(name, tmp_path, monkeypatch, capsys):
    lay_out([name], tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["validate"]) == 0, capsys.readouterr().err
    files = generate(tmp_path / "content", tmp_path / "docs", tmp_path).files
    expect = read_expect(CASES / name)
    for page, checks in expect.checks.items():
        for where, text in checks:
            if where in ("md", "both"):
                assert text in files[f"{page}.md"], f"{page}.md lacks {text!r}"
    pages = {path: body for path, body in files.items() if path.endswith(".md")}
    for text in expect.absent:
        for path, body in pages.items():
            assert text not in body, f"{path} holds {text!r}"


# --- all renders cases in one strict MkDocs build ------------------------------


@pytest.fixture(scope="module")
def hostile_site(project, tmp_path_factory) -> Path:
    """The fixture plus every renders case, generated and built once."""
    names = cases("renders")
    work = tmp_path_factory.mktemp("hostile")
    seen: dict[str, str] = {}
    for name in names:
        for path in (CASES / name).rglob("*"):
            rel = path.relative_to(CASES / name).as_posix()
            if path.is_file() and path.name not in ("expect", "symlinks"):
                assert rel not in seen, f"{name} and {seen[rel]} both write {rel}"
                seen[rel] = name
    content = lay_out(names, work)
    generate(content, project / "docs", work)
    assert build_site(project / "mkdocs.yml", project / "site") == 0
    return project / "site"


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("hostile-project") / "project")


@pytest.mark.parametrize("name", cases("renders"))
def test_hostile_text_renders_as_text_in_html(name, hostile_site):
    expect = read_expect(CASES / name)
    for page, checks in expect.checks.items():
        html = (hostile_site / html_path(page)).read_text(encoding="utf-8")
        for where, text in checks:
            if where in ("html", "both"):
                assert text in html, f"{html_path(page)} lacks {text!r}"
    built = [
        p
        for p in hostile_site.rglob("*")
        if p.suffix in (".html", ".json", ".xml") and p.parts[len(hostile_site.parts)] != "data"
    ]
    for text in expect.absent:
        for path in built:
            assert text not in path.read_text(encoding="utf-8"), f"{path} holds {text!r}"


class ActiveMarkup(HTMLParser):
    """Collects what in a page could run or load something: the places content must not reach."""

    URL_ATTRIBUTES = frozenset(("href", "src", "action", "formaction", "srcset", "poster", "data"))
    FORBIDDEN = frozenset(("iframe", "frame", "frameset", "object", "embed", "applet", "base"))
    SCRIPT_URL = ("javascript:", "vbscript:", "data:")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.in_script = False
        self.in_data_script = False
        self.json_ld: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.FORBIDDEN:
            self.found.append(f"<{tag}> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...> event handler")
            scheme = (value or "").strip().lower().replace("\t", "").replace("\n", "")
            if name in self.URL_ATTRIBUTES and scheme.startswith(self.SCRIPT_URL):
                self.found.append(f"<{tag} {name}={value!r}> script or data URL")
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            # Data, never run: checked whole below (content in it must not end it).
            self.in_data_script = True
            self.json_ld.append("")
        elif tag == "script":
            self.in_script = True
            src = dict(attrs).get("src") or ""
            if src and "assets/javascripts/" not in src:
                self.found.append(f"<script src={src!r}> from outside the theme")
        if tag == "img" and (dict(attrs).get("src") or "").strip() in ("x", ""):
            self.found.append("<img src=x> from content")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_script = self.in_data_script = False

    def handle_data(self, data: str) -> None:
        if self.in_data_script:
            self.json_ld[-1] += data
        if self.in_script and ("alert" in data or "xss" in data):
            self.found.append(f"script text from content: {data[:80]!r}")


def test_no_page_holds_active_markup_from_content(hostile_site):
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) > 20
    found = []
    for path in pages:
        parser = ActiveMarkup()
        parser.feed(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(hostile_site)}: {what}" for what in parser.found]
        for block in parser.json_ld:
            # The whole JSON-LD parses: no text from content ended the script early.
            json.loads(block)
            assert "<" not in block, f"{path}: '<' in JSON-LD"
    assert found == []


def test_search_index_holds_names_only_as_escaped_text(hostile_site):
    index = (hostile_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "&lt;/title&gt;&lt;script&gt;" in index
    assert "<script" not in index and "<img" not in index


# --- what a folder of cases cannot hold ---------------------------------------


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path, monkeypatch, capsys):
    content = lay_out([], tmp_path)
    (content / "episode.yaml").unlink()
    os.mkfifo(content / "episode.yaml")
    os.mkfifo(content / "actors" / "hostile-pipe.yaml")
    monkeypatch.chdir(tmp_path)
    assert main(["validate"]) == 1
    assert capsys.readouterr().err.splitlines()[:2] == [
        "content/actors/hostile-pipe.yaml:1:1: error: not a regular file (a device, socket or"
        " pipe); content holds only files",
        "content/episode.yaml:1:1: error: not a regular file (a device, socket or pipe);"
        " content holds only files",
    ]


def test_github_annotations_of_text_no_file_can_hold(tmp_path):
    """Half a character, and a file name that is not UTF-8, reach the annotation
    printer, which writes to a strict UTF-8 stdout, as located errors."""
    content = lay_out(["lone-surrogate"], tmp_path)
    bad_name = os.path.join(os.fsencode(content / "events"), b"hostile-\xff.yaml")
    with open(bad_name, "wb") as handle:
        handle.write(b"id: hostile\n")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate"],
        cwd=tmp_path,
        env={**os.environ, "GITHUB_ACTIONS": "true", "PYTHONPATH": str(ROOT)},
        capture_output=True,
    )
    out, err = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    assert result.returncode == 1, err
    assert "Traceback" not in err
    assert "::error file=content/actors/hostile-surrogate.yaml,line=2,col=7::" in out
    assert "::error file=content/events/hostile-\ufffd.yaml,line=1,col=1::" in out
