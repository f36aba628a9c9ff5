"""Property-based: any Unicode in any text field renders as text, never as markup.

Each example puts arbitrary text into every printed text field of an actor,
renders the site in memory, and converts the actor's page with
Python-Markdown and the extensions mkdocs.yml enables. The HTML must hold no
element and no attribute that the generator's own template would not make.
"""

from __future__ import annotations

import shutil
from html.parser import HTMLParser

import markdown
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.utils.yaml import yaml_load

from generator.pipeline import validate
from generator.render import render_site

from .conftest import FIXTURE_CONTENT, ROOT

# What the actor template itself writes: these tags, these attributes.
TEMPLATE_TAGS = {"h1", "h2", "p", "em", "strong", "a", "ul", "li", "blockquote", "br"}
# data-search-exclude marks sections that list other records (left out of search).
TEMPLATE_ATTRIBUTES = {"href", "id", "class", "title", "data-search-exclude"}


def markdown_extensions() -> tuple[list[str], dict]:
    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as config_file:
        config = yaml_load(config_file)  # MkDocs' own reader: it knows !ENV and !!python/name
    names, options = [], {}
    for entry in config["markdown_extensions"]:
        name, settings_ = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        names.append(name)
        options[name] = settings_ or {}
    return names, options


EXTENSIONS, EXTENSION_CONFIGS = markdown_extensions()


class Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.add(tag)
        for name, value in attrs:
            self.attributes.add(name)
            if name == "href":
                self.hrefs.append(value or "")


# Text a YAML file can hold: no surrogates, no characters YAML refuses.
text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200
).filter(lambda s: s.strip())


@st.composite
def actors(draw):  # type: ignore[no-untyped-def]
    return {
        "id": "prop-actor",
        "name": " ".join(draw(text).split()) or "x",
        "type": "person",
        "description": draw(text),
        "other_names": [" ".join(draw(text).split()) or "y"],
        "roles": [{"title": " ".join(draw(text).split()) or "z", "of": "azerbaijan"}],
        "affiliations": [{"actor": "azerbaijan", "relation": " ".join(draw(text).split()) or "w"}],
        "sources": ["oc-media-2024-10-07"],
    }


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(record=actors())
def test_any_text_renders_as_text(record, tmp_path_factory):  # type: ignore[no-untyped-def]
    content = tmp_path_factory.mktemp("prop") / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    path = content / "actors" / "prop-actor.yaml"
    path.write_text(yaml.safe_dump(record, allow_unicode=True), encoding="utf-8")
    try:
        catalog = validate(content, content.parent)
    except Exception as exc:  # a located content error is fine; a crash is not
        from generator.errors import ContentError

        assert isinstance(exc, ContentError), repr(exc)
        assert all(p.path.endswith(".yaml") and p.line >= 1 for p in exc.problems)
        return
    page = render_site(catalog)["actors/prop-actor.md"]
    body = page.split("---\n", 2)[2]  # the front matter is MkDocs', not Markdown
    html = markdown.markdown(
        body, extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS, output_format="html"
    )
    markup = Markup()
    markup.feed(html)
    assert markup.tags <= TEMPLATE_TAGS, html
    assert markup.attributes <= TEMPLATE_ATTRIBUTES, html
    assert all(h.startswith(("#", "../")) or h.endswith(".md") for h in markup.hrefs), html
    assert body.count("\n# ") + body.startswith("# ") == 1  # one H1: the name
