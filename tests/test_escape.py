import markdown
import pytest

from generator.escape import inline, prose

EXTENSIONS = ["attr_list", "tables", "toc"]


def html(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
        "![x](data:text/html;base64,PHNjcmlwdD4=)",
        "# heading",
        "| a | b |",
        "---",
        "--8<-- 'secrets.txt'",
        "{{ config }} {% include 'x' %}",
        "**bold** _em_ `code`",
        "1. first",
        "> quoted",
        "text {: #id onclick=x }",
        "<https://example.org>",
    ],
)
def test_inline_text_renders_as_itself(text):
    rendered = html(inline(text))
    assert rendered.startswith("<p>") and rendered.endswith("</p>")
    body = rendered[3:-4]
    assert "<" not in body.replace("&lt;", "").replace("&#60;", "")
    import html as html_lib

    assert html_lib.unescape(body) == " ".join(text.split())


def test_newlines_cannot_start_blocks():
    assert html(inline("a\n# b\n---\n| x |")).count("<p>") == 1


def test_prose_links_and_paragraphs():
    def link(target, label):
        return f"[{label or target.upper()}](../{target}.md)"

    out = prose("See [[a-b]] and [[c|the c]].\n\n1997. Next", link)
    assert out == "See [A-B](../a-b.md) and [the c](../c.md).\n\n1997&#46; Next"


def test_control_characters_are_replaced():
    assert inline("a\x02b\x03c") == "a\ufffdb\ufffdc"
