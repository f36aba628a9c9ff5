"""The offline bundle as a reader meets it: unzipped, index.html opened from file://.

Every request that is not file:// is blocked and counted; the page must be
styled, search must answer, and links between records must open, with no
request blocked and no console error. The figures the closing note needs
(search latency offline, zip size, pages) are printed in the test summary.
"""

from __future__ import annotations

import zipfile

import pytest

from generator.bundle import build_bundle

from .reading import (
    actor_to_agreement,
    is_styled,
    open_first_result,
    result_locations,
    search,
    walk,
)

pytestmark = pytest.mark.browser


def test_zip_holds_one_folder_with_index_readme_and_data(offline_bundle, figures) -> None:
    with zipfile.ZipFile(offline_bundle.bundle.path) as archive:
        names = archive.namelist()
    top = offline_bundle.bundle.path.stem
    assert names == sorted(names)
    assert {name.split("/")[0] for name in names} == {top}
    assert f"{top}/index.html" in names
    assert f"{top}/README.txt" in names
    assert f"{top}/404.html" not in names  # its absolute links lead nowhere from file://
    assert f"{top}/assets/vendor/iframe-worker/LICENSE" in names
    assert any(name.startswith(f"{top}/data/") and name.endswith(".json") for name in names)
    # Nothing no page loads (a quarter of the zip was): developer tools' source maps,
    # and lunr's other languages, for a search in English alone. Search still answers
    # (test_search_works_from_file_with_no_network).
    assert not [name for name in names if name.endswith(".map")]
    assert not [name for name in names if "/assets/javascripts/lunr/" in name]
    assert any(name.startswith(f"{top}/assets/javascripts/workers/search.") for name in names)
    readme = (offline_bundle.folder / "README.txt").read_text(encoding="utf-8")
    assert "index.html" in readme and "Content as of" in readme
    figures.append(
        f"offline bundle {offline_bundle.bundle.path.name}: {offline_bundle.bundle.size:,} bytes"
        f" ({offline_bundle.bundle.size / 1_000_000:.2f} MB), {offline_bundle.bundle.pages} pages,"
        f" {offline_bundle.bundle.files} files"
    )


def test_search_works_from_file_with_no_network(reader, offline_bundle, figures) -> None:
    index = offline_bundle.folder / "index.html"
    reader.page.goto(index.as_uri())
    assert is_styled(reader.page), "Material's stylesheet did not apply from file://"

    found = search(reader.page, "Bayramov")
    assert found.count > 0
    figures.append(
        f"offline search 'Bayramov': {found.count} results; first result"
        f" {found.first_result_seconds * 1000:.0f} ms after the first key press,"
        f" {found.after_typing_seconds * 1000:.0f} ms after the last"
    )

    opened = open_first_result(reader.page)
    assert opened.startswith(offline_bundle.folder.as_uri() + "/")
    assert opened.endswith(".html")
    assert is_styled(reader.page)
    assert "bayramov" in reader.page.locator("article").inner_text().lower()
    reader.assert_quiet()


@pytest.mark.parametrize(
    ("words", "first"),
    [
        # The page on Section 907 before the four events titled with it.
        ("907", "agreements/section-907.html"),
        # The MPs' letter, a whole text, before quotes whose titles end in 'letter”'
        # (words end at punctuation here too).
        ("MPs letter", "quotes/mps-letter-full-text.html"),
        # Small words are dropped, and a misspelt name found, from file:// too.
        ("letter to Blinken", "events/us-lawmakers-letter-2024-10-03.html"),
        ("Bayramow", "actors/jeyhun-bayramov.html"),
        ("Azerbaijan", "actors/azerbaijan.html"),
        # Every word on the page, and where no page holds them all, either.
        ("war criminals", "quotes/mps-letter-full-text.html"),
        ("Bayramov criminals", "actors/jeyhun-bayramov.html"),
        # A one-word other name (the index's `names`, added after the search plugin
        # writes it and before the offline plugin inlines it); a phrase's head word.
        ("US", "actors/united-states.html"),
        ("appeal to Bayramov", "events/azerbaijani-mps-appeal-2024-10-05.html"),
    ],
)
def test_offline_search_finds_a_records_own_page_first(
    reader, offline_bundle, words: str, first: str
) -> None:
    """The index inlined for file:// keeps the hosted site's boosts and separator."""
    reader.page.goto((offline_bundle.folder / "index.html").as_uri())
    found = result_locations(reader.page, words)[0]
    assert found == (offline_bundle.folder / first).as_uri(), found
    reader.assert_quiet()


def test_actor_links_through_to_agreement_from_file(reader, offline_bundle, built_project) -> None:
    base = offline_bundle.folder.as_uri() + "/"
    route = actor_to_agreement(built_project.files)
    titles = walk(reader.page, base, route, directory_urls=False)
    assert all(title.strip() for title in titles), titles
    assert is_styled(reader.page)
    reader.assert_quiet()


def test_same_input_gives_the_same_zip(offline_bundle, built_project, tmp_path) -> None:
    again = build_bundle(
        built_project.root / "mkdocs-offline.yml", tmp_path / "dist", built_project.content
    )
    assert again.path.name == offline_bundle.bundle.path.name
    assert again.path.read_bytes() == offline_bundle.bundle.path.read_bytes()
