import markdown
import pytest

from generator.escape import inline, marked, prose, quotation, typographic

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
@pytest.mark.parametrize("verbatim", [False, True])
def test_inline_text_renders_as_itself(text, verbatim):
    rendered = html(inline(text, verbatim=verbatim))
    assert rendered.startswith("<p>") and rendered.endswith("</p>")
    body = rendered[3:-4]
    assert "<" not in body.replace("&lt;", "").replace("&#60;", "")
    import html as html_lib

    # Itself, its quote marks typographic unless verbatim ("'secrets.txt'" reads
    # "‘secrets.txt’"): no other character changes.
    folded = " ".join(text.split())
    assert html_lib.unescape(body) == (folded if verbatim else typographic(folded))


def test_newlines_cannot_start_blocks():
    assert html(inline("a\n# b\n---\n| x |")).count("<p>") == 1


def test_prose_links_and_paragraphs():
    def link(target, label):
        return f"[{label or target.upper()}](../{target}.md)"

    out = prose("See [[a-b]] and [[c|the c]].\n\n1997. Next", link)
    assert out == "See [A-B](../a-b.md) and [the c](../c.md).\n\n1997&#46; Next"


def test_control_characters_are_replaced():
    assert inline("a\x02b\x03c") == "a\ufffdb\ufffdc"


def test_a_quotations_own_pairs_are_made_single_before_it_is_cut():
    words = 'the "Joint Declaration on Future Military" signed in 1997'
    assert quotation(words) == "“the ‘Joint Declaration on Future Military’ signed in 1997”"
    # A cut inside the pair leaves no straight mark to read as the closing one.
    assert quotation(words, lambda w: w[:22] + "…") == "“the ‘Joint Declaration…”"
    assert quotation('a 12" record') == '“a 12" record”'  # no pair: as written


def test_the_words_a_version_adds_to_the_first_are_marked():
    first = "Joint Declaration on Future Military and Defense Cooperation"
    shown = marked([first, "Joint Statement on Future Military and Defense Relations", first])
    assert shown == [
        first,
        "Joint <mark>Statement</mark> on Future Military and Defense <mark>Relations</mark>",
        first,  # the same words: nothing to mark
    ]
    # Another wording, not a variant (marks would cover most of it), or links: no marks.
    assert marked([first, "A pact of 1997 between the two states on arms"]) is None
    assert marked([first, "Joint Declaration on [[x]] Cooperation"]) is None
    assert marked([first]) is None


def test_a_version_that_adds_to_the_whole_first_is_marked_but_punctuation_is_not():
    first = "Section 907"
    longer = 'the amendment made to the "Freedom Support Act" in 1992 (Section 907).'
    # It shares under SHARED_TO_MARK of its words, but all of the first's: a variant.
    assert marked([first, longer]) == [
        first,
        "<mark>the amendment made to the “Freedom Support Act” in 1992</mark>"
        " &#40;Section 907&#41;.",
    ]
    # Shared punctuation does not part a mark. A shared small word ("and") between
    # new words joins them in one mark, as a phrase the first lacks; any other shared
    # word ("Cooperation") parts them. An abbreviation is marked whole.
    first = "Joint Declaration on Future Military and Defense Cooperation."
    assert marked([first, first[:-1] + " between Azerbaijan, the U.S."]) == [
        first,
        first[:-1] + " <mark>between Azerbaijan, the U.S.</mark>",
    ]
    assert marked([first, first[:-1] + " between Azerbaijan and the U.S."])[1] == (
        first[:-1] + " <mark>between Azerbaijan and the U.S.</mark>"
    )
    assert marked([first, first[:-1] + " between Azerbaijan Cooperation U.S."])[1] == (
        first[:-1] + " <mark>between Azerbaijan</mark> Cooperation <mark>U.S.</mark>"
    )
    assert marked(["by the United States Agency", "by the U.S. Agency"])[1] == (
        "by the <mark>U.S.</mark> Agency"
    )
    # A changed full stop or quote mark alone is no change of wording.
    shown = marked(["Stop the talks.", "Stop the talks!"])
    assert shown == ["Stop the talks.", "Stop the talks&#33;"]


def test_a_spelling_of_another_house_style_or_a_capital_is_not_marked():
    # "organisations" and "organizations", "Defence" and "defense" are one word
    # spelt two ways: no difference of wording to show.
    first = "Joint Declaration on Defense Cooperation and US non-governmental organizations"
    other = "Joint declaration on defence cooperation and US non-governmental organisations"
    assert marked([first, other + " in Azerbaijan"])[1] == other + " <mark>in Azerbaijan</mark>"


def test_the_words_that_say_whose_a_version_is_are_neither_compared_nor_marked():
    first = 'Suspend "all projects implemented in Azerbaijan by USAID" and end its activities'
    # "In the report's words," is the site's attribution, not the report's wording: the
    # report's "halt" is marked, and "suspend", its capital lost to the framing, is not.
    halt = "In the report's words, halt all projects implemented by USAID, and end its work."
    suspend = "As OC Media puts it, suspend all projects implemented by USAID and its activities."
    assert marked([first, halt, suspend])[1:] == [
        "In the report’s words, <mark>halt</mark> all projects implemented by USAID,"
        " and end its <mark>work</mark>.",
        "As OC Media puts it, suspend all projects implemented by USAID and its activities.",
    ]
    # An article that leads the framing into a quotation is the site's too.
    title = "Joint Declaration on Future Military and Defense Cooperation."
    printed = 'In the letter as the outlet prints it, the "Joint Declaration on Future Military'
    printed += ' and Defense Cooperation between the two states".'
    assert marked([title, printed])[1] == (
        "In the letter as the outlet prints it, the “Joint Declaration on Future"
        " Military and Defense Cooperation <mark>between the two states</mark>”."
    )
    alone = 'The "Joint Declaration on Future Military and Defense Relations of the two"'
    assert marked([title, alone])[1] == (
        "The “Joint Declaration on Future Military and Defense <mark>Relations of the two</mark>”"
    )
    # A version that only opens like a framing ("In 1997, ...") is compared whole.
    assert marked(["In 1997, the declaration", "In 1998, the declaration"])[1] == (
        "In <mark>1998</mark>, the declaration"
    )


def test_a_word_the_first_version_has_anywhere_is_not_marked():
    # "Words and phrases not in the first version are marked": a word the first has is not
    # marked where this version puts it in another order, or twice; a word the
    # first lacks is, wherever it stands.
    first = "they are writing letters to themselves to threaten us, said of the State Department"
    other = "they write letters to themselves at the State Department to threaten Azerbaijan"
    assert marked([first, other])[1] == (
        "they <mark>write</mark> letters to themselves <mark>at</mark> the State Department"
        " to threaten <mark>Azerbaijan</mark>"
    )
    first = "Suspend projects in Azerbaijan by the U.S. agency and U.S. organizations"
    other = "halting projects by the U.S. agency and its organizations in Azerbaijan"
    assert marked([first, other])[1] == (
        "<mark>halting</mark> projects by the U.S. agency and <mark>its</mark> organizations"
        " in Azerbaijan"
    )


@pytest.mark.parametrize("added", ["<script>alert(1)</script>", "| a | b |", "[x](javascript:1)"])
def test_marked_text_renders_as_itself_both_in_and_out_of_its_marks(added):
    first = "- The whole text of the letter, as printed by the outlet in its own report that day"
    variant = f"- The whole {added} text of the letter {added}, as printed by the outlet in its"
    variant += " own report that day"
    rendered = html(marked([first, variant])[1])
    body = rendered[3:-4]
    assert body.count("<mark>") == 2 and body.count("</mark>") == 2
    assert "<" not in body.replace("<mark>", "").replace("</mark>", "")
    import html as html_lib

    assert html_lib.unescape(body.replace("<mark>", "").replace("</mark>", "")) == variant


def test_a_version_no_variant_of_the_first_alone_is_left_unmarked():
    short = "Agreement on the Acquisition of Equipment and Mutual Services"
    long = short + " between the Ministry of Defense and the Department of Defense"
    other = "Agreement on the Acquisition and Cross-Servicing of Equipment between the" + (
        " Ministry of Defense and the Department of Defense"
    )
    # The third is no variant of the first (marks would cover most of it): it alone
    # is None, shown unmarked; the second is still marked against the first.
    assert marked([short, long, other]) == [
        short,
        short + " <mark>between the Ministry of Defense and the Department of Defense</mark>",
        None,
    ]
    # Every version is compared with the first, not with the one above it: a word
    # the first has is not marked where the version above lacks it.
    first = "Joint Declaration on Future Military and Defense Cooperation"
    statement = "Joint Statement on Future Military and Defense Cooperation"
    relations = "Joint Declaration on Future Military and Defense Relations"
    assert marked([first, statement, relations]) == [
        first,
        "Joint <mark>Statement</mark> on Future Military and Defense Cooperation",
        "Joint Declaration on Future Military and Defense <mark>Relations</mark>",
    ]
    # A version with links is left unmarked too; where no version after the first is
    # marked (or the first has links), nothing is.
    assert marked([first, statement, "Joint [[x]]"])[2] is None
    assert marked([short, other, "Joint [[x]]"]) is None
    assert marked(["Joint [[x]]", first]) is None
