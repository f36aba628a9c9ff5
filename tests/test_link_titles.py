"""A link to a record carries the record's one-line summary as its title, in
every build; nothing that fetches pages is allowed in the offline bundle."""

from __future__ import annotations

import re
import shutil

import markdown
import pytest

from generator import meta, pipeline, render
from generator.bundle import BundleError, read_config

from .conftest import FIXTURE_CONTENT, ROOT, edit


def test_a_link_to_a_record_has_its_one_line_summary_as_title():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    page = render.Page("index.md", catalog)
    assert page.link("reply-2024-10") == (
        "[The foreign ministry answers the MPs’ appeal, on a day the sources do not give]"
        '(events/reply-2024-10.md "October 2024: The foreign ministry answers the appeal")'
    )
    quote = catalog.get("aliyev-dirty-appeal")
    assert page.link(quote).endswith(f' "{meta.describe(quote, catalog)}")')


def test_the_title_reaches_the_html_as_an_attribute_and_nothing_else():
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    brief = 'x" onclick="alert(1)) {: data-x="y" } <b>'
    event = catalog.get("reply-2024-10")
    catalog.by_id["reply-2024-10"] = type(event)(**{**event.__dict__, "brief": brief})
    link = render.Page("index.md", catalog).link("reply-2024-10")
    html = markdown.markdown(link, extensions=["attr_list", "tables", "toc"])
    assert html == (
        '<p><a href="events/reply-2024-10.md" title="October 2024: x&#34; onclick&#61;&#34;'
        'alert&#40;1&#41;&#41; &#123;: data-x&#61;&#34;y&#34; &#125; &#60;b&#62;">'
        "The foreign ministry answers the MPs’ appeal, on a day the sources do not give</a></p>"
    )


@pytest.mark.parametrize("feature", ["navigation.instant", "navigation.instant.preview"])
def test_the_offline_bundle_refuses_features_that_fetch_pages(tmp_path, feature):
    for name in ("mkdocs.yml", "mkdocs-offline.yml"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "docs" / "assets", tmp_path / "docs" / "assets")
    read_config(tmp_path / "mkdocs-offline.yml")  # as it is: accepted
    hosted = tmp_path / "mkdocs.yml"
    edit(hosted, "    - toc.follow\n", f"    - toc.follow\n    - {feature}\n")
    with pytest.raises(BundleError, match=f"'{feature}' loads pages with fetch"):
        read_config(tmp_path / "mkdocs-offline.yml")


def test_the_offline_bundle_refuses_a_plugin_set_otherwise_than_on_the_hosted_site(tmp_path):
    for name in ("mkdocs.yml", "mkdocs-offline.yml"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "docs" / "assets", tmp_path / "docs" / "assets")
    offline = tmp_path / "mkdocs-offline.yml"
    text = offline.read_text(encoding="utf-8")
    # Search ranked otherwise offline: the search plugin without mkdocs.yml's fields.
    offline.write_text(re.sub(r"  - search:\n(      .*\n)+", "  - search\n", text))
    with pytest.raises(BundleError, match=r"'search' has other settings than in mkdocs\.yml"):
        read_config(offline)
