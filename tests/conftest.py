"""Shared fixtures: the small fixture content set and copies of it to break."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_CONTENT = ROOT / "tests" / "fixtures" / "content"
FIXTURE_ARCHIVE = ROOT / "tests" / "fixtures" / "archive"
# The real archive of the first episode's sources: `make test ARCHIVE=...`'s, else the
# one beside the repository (the Makefile's default too).
SEEDS = (ROOT / os.environ.get("ARCHIVE", "../shared/seeds")).resolve()
# For a test that reads the real archive: skipped, saying why, in a clone without it;
# never in CI, which always has it.
needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir() and not os.environ.get("CI"),
    reason=f"the archive {SEEDS} is not there",
)

# The first episode's title. Tests of its records (tests/test_episode_*.py and those marked
# `first_episode`) are skipped, saying why, where content/ holds another episode: a fork
# that has replaced the records (README, "Starting another episode") keeps every other test.
FIRST_EPISODE = "Azerbaijan and the United States, October 2024"


def _episode_title() -> str:
    episode = yaml.safe_load((ROOT / "content" / "episode.yaml").read_text(encoding="utf-8"))
    return str(episode.get("title", "")) if isinstance(episode, dict) else ""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    title = _episode_title()
    if title == FIRST_EPISODE:
        return
    skip = pytest.mark.skip(
        reason=f"reads the first episode's records; content/ holds another episode ({title!r})"
    )
    for item in items:
        if item.get_closest_marker("first_episode"):
            item.add_marker(skip)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A writable copy of the fixture content, to change in one test."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, target)
    return target


def rendered(content: Path) -> dict[str, str]:
    """Every page made from `content`, validated first, by its path under docs/."""
    from generator import pipeline, render

    return render.render_site(pipeline.validate(content, ROOT))


def untitled(markdown: str) -> str:
    """Markdown with its links' titles left out (tests/test_link_titles.py covers them),
    and their words for assistive tech only (tests/test_link_names.py covers those)."""
    shown = re.sub(r'<span class="visually-hidden">[^<]*</span>', "", markdown)
    return re.sub(r' "[^"]*"\)', ")", shown)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and modification time, to tell that nothing was touched."""
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def write_letter(content: Path, *lines: str) -> None:
    """A whole document, the MPs' letter (`mps-letter`), into `content`, with `lines`
    of YAML added to it."""
    (content / "quotes" / "mps-letter.yaml").write_text(
        "id: mps-letter\n"
        "text: >-\n"
        "  Dear Mr. Minister,\n\n"
        "  Terminate the agreements in force between Azerbaijan and the U.S., particularly"
        " the ...signed in 1997\n"
        "speaker: mps-group\n"
        "title: The MPs' letter to the foreign minister\n"
        "document: true\n"
        "date: 2024-10-05\n"
        "sources: [caliber-az-2024-10-05]\n" + "".join(f"{line}\n" for line in lines),
        encoding="utf-8",
    )


def name_the_letter(content: Path) -> None:
    """Give `mps-terminate`, whose words are in the letter `write_letter` writes, its
    `part_of: mps-letter`: a passage of a whole text must name it."""
    path = content / "quotes" / "mps-terminate.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "part_of: mps-letter\n", encoding="utf-8")


def write_quote(content: Path, quote_id: str, text: str, event: str, *lines: str) -> None:
    """A quote of the MPs (`mps-group`) on 5 October 2024, reported by Caliber.Az, into
    `content`, with `lines` of YAML added to it."""
    (content / "quotes" / f"{quote_id}.yaml").write_text(
        f"id: {quote_id}\ntext: {text}\nspeaker: mps-group\ndate: 2024-10-05\n"
        f"event: {event}\nsources: [caliber-az-2024-10-05]\n"
        + "".join(f"{line}\n" for line in lines),
        encoding="utf-8",
    )


def append(path: Path, *lines: str) -> None:
    """Add `lines` at the end of a content file (each ending in its newline)."""
    path.write_text(path.read_text(encoding="utf-8") + "".join(lines), encoding="utf-8")


def edit(path: Path, old: str, new: str) -> None:
    """A content file with `old` replaced by `new` wherever it stands."""
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def replace_block(path: Path, field: str, block: str) -> None:
    """`path` with the text of `field` (its line and the indented lines under it)
    replaced by `block`, which starts with the field's name."""
    head, _, tail = path.read_text(encoding="utf-8").partition(f"{field}:")
    rest = tail.split("\n", 1)[1]
    while rest.startswith("  "):  # drop the old text's lines
        rest = rest.split("\n", 1)[1]
    path.write_text(head + block + rest, encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A throwaway project: mkdocs.yml, overrides/ and the hand-written docs/ pages."""
    return copy_project(tmp_path / "project")


def copy_project(target: Path, extra: tuple[str, ...] = ()) -> Path:
    """Copy mkdocs.yml, `extra` top-level files, overrides/ and the hand-written
    docs/ pages (never generated ones) into `target`, which must not exist."""
    target.mkdir(parents=True)
    for name in ("mkdocs.yml", *extra):
        shutil.copy2(ROOT / name, target / name)
    shutil.copytree(ROOT / "overrides", target / "overrides")
    owned = _generated_paths(ROOT / "docs")
    shutil.copytree(
        ROOT / "docs",
        target / "docs",
        ignore=lambda folder, names: [
            n for n in names if (Path(folder) / n).relative_to(ROOT / "docs").as_posix() in owned
        ],
    )
    return target


def _generated_paths(docs: Path) -> set[str]:
    """Files and folders of docs/ the generator owns, per .gitignore's list."""
    owned = {".generated"}
    manifest = docs / ".generated"
    if manifest.exists():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                owned.add(line)
                owned.add(line.split("/")[0])
    return owned
