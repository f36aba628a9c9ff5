"""End to end: content → docs/ → a strict MkDocs build, and the CLI around it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from generator.cli import main
from generator.pipeline import generate
from generator.site import build_site

from .conftest import FIXTURE_CONTENT, ROOT, edit


def test_strict_build_of_the_fixture_has_every_page_and_the_export(project, monkeypatch, capsys):
    monkeypatch.setenv("SITE_REPO_URL", "https://github.com/owner/repo")
    monkeypatch.setenv("SITE_EDIT_URI", "edit/main/docs/")
    result = generate(FIXTURE_CONTENT, project / "docs", ROOT)
    assert build_site(project / "mkdocs.yml", project / "site") == 0
    site = project / "site"
    for record in result.catalog.by_id.values():
        if record.kind != "difference":
            assert (site / record.folder / record.id / "index.html").is_file(), record.id
    for page in ("timeline", "quotes", "quotes/by-event", "differences", "tags", "about"):
        assert (site / page / "index.html").is_file(), page
    quotes = json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))
    assert {q["id"] for q in quotes} == {r.id for r in result.catalog.quotes}
    assert all(q["text"] and q["sources"] for q in quotes)
    html = (site / "actors" / "jeyhun-bayramov" / "index.html").read_text(encoding="utf-8")
    assert (
        "github.com/owner/repo/edit/main/tests/fixtures/content/actors/jeyhun-bayramov.yaml" in html
    )
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "&#60;b&#62;bold?&#60;/b&#62;" in home and "<b>bold?" not in home
    assert "fonts.googleapis" not in home


def test_without_a_repository_a_page_links_to_none(project, monkeypatch):
    """A local build (no SITE_REPO_URL) has no edit, history or source link, rather
    than links to a repository that does not exist; strict mode still passes."""
    monkeypatch.delenv("SITE_REPO_URL", raising=False)
    monkeypatch.delenv("SITE_EDIT_URI", raising=False)
    generate(FIXTURE_CONTENT, project / "docs", ROOT)
    assert build_site(project / "mkdocs.yml", project / "site") == 0
    for page in ("actors/jeyhun-bayramov", "about", ""):
        html = (project / "site" / page / "index.html").read_text(encoding="utf-8")
        assert 'rel="edit"' not in html and 'class="md-source"' not in html, page
        assert "github.com" not in html and "/commits/main/" not in html, page


def test_the_tags_page_sorts_tags_as_a_reader_looks_for_them_not_capitals_first(project, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    event = content / "events" / "letter-sent.yaml"
    edit(event, "tags: [mps-appeal]", "tags: [mps-appeal, media]")
    episode = content / "episode.yaml"
    edit(episode, "tag_names:\n", "tag_names:\n  - tag: mps-appeal\n    name: MPs' appeal\n")
    generate(content, project / "docs", tmp_path)
    assert build_site(project / "mkdocs.yml", project / "site") == 0
    page = (project / "site" / "tags" / "index.html").read_text(encoding="utf-8")
    shown = list(dict.fromkeys(re.findall(r'class="md-tag">([^<]+)<', page)))
    # Sorted with capitals first, "MPs’ appeal" would come before "Media"; its
    # apostrophe is typographic, as in the text beside the tag.
    assert shown == ["Media", "MPs’ appeal", "US letter"], shown
    # Each tag a folded line, its name and its count; its list, folded, holds the
    # id that each record's link to the tag targets, and nothing else does.
    folded = re.findall(
        r'<details class="tag-listing">\s*<summary>\s*<h2>\s*<span class="md-tag">([^<]+)</span>'
        r'\s*<span class="tag-listing__count">([^<]+)</span>\s*</h2>\s*</summary>\s*'
        r'<ul id="(tag:[^"]+)">',
        page,
    )
    assert folded == [
        ("Media", "1 page", "tag:media"),
        ("MPs’ appeal", "1 page", "tag:mps-appeal"),
        ("US letter", "1 page", "tag:us-letter"),
    ], folded
    for _, _, target in folded:
        assert page.count(f'id="{target}"') == 1, target
    assert 'class="headerlink"' not in page[page.index("<details") :]


def test_the_tags_page_lists_each_tags_pages_by_title_not_capitals_first(project, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    for quote_id, title in (("mps-terminate", "MP words"), ("aliyev-dirty-appeal", "Mid words")):
        quote = content / "quotes" / f"{quote_id}.yaml"
        text = re.sub(r"(?m)^(title|tags): .*\n", "", quote.read_text(encoding="utf-8"))
        quote.write_text(text + f"title: {title}\ntags: [us-letter]\n", encoding="utf-8")
    generate(content, project / "docs", tmp_path)
    assert build_site(project / "mkdocs.yml", project / "site") == 0
    page = (project / "site" / "tags" / "index.html").read_text(encoding="utf-8")
    listed = page[page.index('<ul id="tag:us-letter"') :]
    # Capitals first, "MP words" would come before "Mid words".
    assert listed.index("Mid words") < listed.index("MP words")


def test_build_twice_rewrites_nothing(tmp_path, monkeypatch, capsys):
    shutil.copytree(FIXTURE_CONTENT, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "--docs", "docs"]) == 0
    first = capsys.readouterr().out
    assert main(["generate", "--docs", "docs"]) == 0
    second = capsys.readouterr().out
    assert " 0 unchanged" in first
    assert " 0 written" in second and " 0 removed" in second


def test_clean_removes_generated_pages_only(project, monkeypatch, capsys):
    shutil.copytree(FIXTURE_CONTENT, project / "content")
    monkeypatch.chdir(project)
    hand_written = sorted(p for p in (project / "docs").rglob("*") if p.is_file())
    assert main(["generate", "--docs", "docs"]) == 0
    assert (project / "docs" / "actors" / "jeyhun-bayramov.md").is_file()
    assert main(["clean"]) == 0
    assert sorted(p for p in (project / "docs").rglob("*") if p.is_file()) == hand_written
    assert not (project / "docs" / "actors").exists()
    assert main(["clean"]) == 0  # nothing left to remove


def test_make_clean_removes_pages_before_the_venv_it_needs():
    recipe = subprocess.run(
        ["make", "-n", "clean"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    generator = next(i for i, line in enumerate(recipe) if "-m generator clean" in line)
    venv = next(i for i, line in enumerate(recipe) if line.startswith("rm ") and ".venv" in line)
    assert generator < venv
    assert "|| true" not in recipe[generator]


def test_a_page_that_fails_to_render_leaves_docs_as_it_was(project, monkeypatch):
    from generator import render

    generate(FIXTURE_CONTENT, project / "docs", ROOT)
    before = {p: p.read_bytes() for p in (project / "docs").rglob("*") if p.is_file()}
    real_render_page = render.render_page
    made = []

    def fail_halfway(catalog, job, *args):  # type: ignore[no-untyped-def]
        made.append(job.path)
        if len(made) > 10:
            raise RuntimeError("a template bug")
        return real_render_page(catalog, job, *args).replace("Azerbaijan", "Changed")

    monkeypatch.setattr(render, "render_page", fail_halfway)
    with pytest.raises(RuntimeError):
        generate(FIXTURE_CONTENT, project / "docs", ROOT)
    assert {p: p.read_bytes() for p in (project / "docs").rglob("*") if p.is_file()} == before


def test_validate_reports_counts(tmp_path, monkeypatch, capsys):
    shutil.copytree(FIXTURE_CONTENT, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    assert main(["validate"]) == 0
    assert "content is valid: 14 records" in capsys.readouterr().out


def test_missing_content_folder_is_a_usage_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["validate"]) == 2
    assert "content folder 'content' does not exist" in capsys.readouterr().err
