"""Another episode gets a site of its own: nothing of the first episode is left in it.

tests/fixtures/fictional-episode/ is a newsroom's own episode, as README.md's "Starting
another episode" makes one: its content/, its archive of source texts, its about page.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest

from generator import __version__
from generator.bundle import build_bundle
from generator.pipeline import generate, validate
from generator.quotecheck import check_quotes
from generator.site import build_site

from .conftest import FIXTURE_CONTENT, ROOT, copy_project

EPISODE = ROOT / "tests" / "fixtures" / "fictional-episode"
TITLE = "Larkmoor and the Mill Lane footbridge, March 2025"
# Words of the first episode that no page of another may carry.
FIRST_EPISODE = re.compile(
    r"Azerbaij|Baku|Aliyev|Bayramov|Blinken|COP29|Karabakh|USAID|OC Media|Caliber"
    r"|Mammad|October 2024",
    re.IGNORECASE,
)
TEXT_FILES = (".html", ".xml", ".json", ".txt", ".js")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The fictional episode's project, built as `make site` and `make bundle` build."""
    project = copy_project(tmp_path_factory.mktemp("episode") / "project", ("mkdocs-offline.yml",))
    shutil.copy(EPISODE / "docs" / "about.md", project / "docs" / "about.md")
    content = EPISODE / "content"
    with pytest.MonkeyPatch.context() as env:
        env.delenv("SITE_NAME", raising=False)
        generate(content, project / "docs", ROOT)
        assert build_site(project / "mkdocs.yml", project / "site", content=content) == 0
        bundle = build_bundle(project / "mkdocs-offline.yml", project / "dist", content)
    return project, bundle.path


def _leaks(files: dict[str, str]) -> dict[str, list[str]]:
    found = {name: sorted(set(FIRST_EPISODE.findall(text))) for name, text in files.items()}
    return {name: words for name, words in found.items() if words}


def test_no_page_of_its_site_names_the_first_episode(built):
    project, _ = built
    site = project / "site"
    files = {
        path.relative_to(site).as_posix(): path.read_text(encoding="utf-8")
        for path in site.rglob("*")
        if path.suffix in TEXT_FILES
    }
    assert len(files) > 20
    assert _leaks(files) == {}
    home = files["index.html"]
    assert f"<title>{TITLE}</title>" in home
    assert f'<meta property="og:site_name" content="{TITLE}">' in home
    assert re.search(rf'class="md-ellipsis">\s*{re.escape(TITLE)}\s*<', home), "header"
    assert f"<title>{TITLE}: records added and changed</title>" in files["feed.xml"]
    assert f"Ada Finch - {TITLE}</title>" in files["actors/ada-finch/index.html"]


def test_its_offline_bundle_is_named_after_it(built):
    _, bundle = built
    assert (
        bundle.name == f"larkmoor-and-the-mill-lane-footbridge-march-2025-offline-{__version__}.zip"
    )
    with zipfile.ZipFile(bundle) as archive:
        files = {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(TEXT_FILES)
        }
    assert _leaks(files) == {}
    top = bundle.name.removesuffix(".zip")
    assert files[f"{top}/README.txt"].startswith(f"{TITLE}: offline edition\n")


def test_its_quotes_are_checked_against_its_own_archive():
    report = check_quotes(validate(EPISODE / "content", ROOT), EPISODE / "archive")
    assert report.problems == []
    assert report.checked == 2


def test_the_words_looked_for_are_the_first_episodes():
    """The check above would see the first episode: the words are in its fixture."""
    files = {p.name: p.read_text(encoding="utf-8") for p in FIXTURE_CONTENT.rglob("*.yaml")}
    words = {word.lower() for found in _leaks(files).values() for word in found}
    assert {"azerbaij", "aliyev", "bayramov", "oc media", "caliber"} <= words
