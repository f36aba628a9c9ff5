"""Two builds of the same content in different folders give byte-identical output.

MkDocs dates the sitemap and its gzip header from SOURCE_DATE_EPOCH when it is
set (never the clock, then); the generator itself reads no clock and orders
everything it writes.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from generator.pipeline import generate
from generator.site import build_site

from .conftest import FIXTURE_CONTENT, copy_project


def make_project(folder: Path) -> Path:
    copy_project(folder)
    shutil.copytree(FIXTURE_CONTENT, folder / "content")
    return folder


def digests(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_two_builds_in_different_folders_are_byte_identical(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1728086400")  # 2024-10-05
    outputs = []
    for name in ("first-checkout", "elsewhere/second"):
        project = make_project(tmp_path / name)
        monkeypatch.chdir(project)
        generate(project / "content", project / "docs", project)
        assert build_site(project / "mkdocs.yml", project / "site") == 0
        outputs.append((digests(project / "docs"), digests(project / "site")))
    (docs_a, site_a), (docs_b, site_b) = outputs
    assert docs_a == docs_b
    assert site_a == site_b
    for must in ("sitemap.xml", "sitemap.xml.gz", "search/search_index.json", "tags/index.html"):
        assert must in site_a
