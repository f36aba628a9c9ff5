"""Layout and colour as a reader sees them, measured in the browser: what axe-core
does not measure (the timeline drawing's text and lines against the grey of its
bands, in both schemes) and what it cannot judge (a phone's headings, largest first)."""

from __future__ import annotations

import itertools
import re

import pytest

pytestmark = pytest.mark.browser

SCHEMES = ("light", "dark")
WIDTHS = (1280, 390)

# WCAG 2.1 AA: text 4.5:1 (1.4.3); the parts of a graphic needed to read it 3:1 (1.4.11).
TEXT_CONTRAST = 4.5
GRAPHIC_CONTRAST = 3.0

# For the drawing shown: each text's contrast with what is behind it (a band's grey,
# over the page, where the text sits in a band) and each band outline's with the
# page and with the band's own grey. Colours are Material's variables, resolved.
TIMELINE_CONTRASTS = """() => {
  // rgb(r, g, b), rgba(r, g, b, a), or color(srgb r g b [/ a]) for a color-mix().
  const parse = s => {
    const m = s.match(/rgba?\\(([^)]+)\\)/) || s.match(/color\\(srgb ([^)]+)\\)/);
    if (!m) throw new Error("unread colour " + s);
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    const scale = s.startsWith("color(") ? 255 : 1;
    return [p[0] * scale, p[1] * scale, p[2] * scale, p.length > 3 ? p[3] : 1];
  };
  const over = (c, b) => [0, 1, 2].map(i => c[i] * c[3] + b[i] * (1 - c[3])).concat([1]);
  const lum = c => {
    const f = v => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const ratio = (a, b) => {
    const x = lum(a), y = lum(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  };
  const page = parse(getComputedStyle(document.body).backgroundColor);
  const svg = [...document.querySelectorAll("svg.tl")].find(s => s.getBoundingClientRect().width);
  const bands = [...svg.querySelectorAll(".tl-band")].map(b => ({
    box: b.getBoundingClientRect(), fill: over(parse(getComputedStyle(b).fill), page),
    stroke: parse(getComputedStyle(b).stroke),
  }));
  const texts = [...svg.querySelectorAll("text")].map(t => {
    const r = t.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
    const band = bands.find(
      b => b.box.left <= x && x <= b.box.right && b.box.top <= y && y <= b.box.bottom);
    const behind = band ? band.fill : page;
    return {text: t.textContent.slice(0, 40), inBand: Boolean(band),
            ratio: ratio(over(parse(getComputedStyle(t).fill), behind), behind)};
  });
  const outlines = bands.flatMap(
    b => [ratio(over(b.stroke, page), page), ratio(over(b.stroke, b.fill), b.fill)]);
  return {texts, outlines};
}"""


@pytest.mark.parametrize(("scheme", "width"), list(itertools.product(SCHEMES, WIDTHS)))
def test_the_timeline_drawing_reads_against_its_bands_in_both_schemes(
    reader, hosted_site, serve, scheme, width
) -> None:
    """An event known only to the month is drawn in a grey band; its label, a link,
    stood at 3.4:1 on that grey in the dark scheme, and the band's dashed outline
    at 2.2 to 2.5:1 in both."""
    page = reader.page
    page.set_viewport_size({"width": width, "height": 900})
    page.emulate_media(color_scheme=scheme)
    page.goto(serve(hosted_site) + "timeline/")
    assert page.evaluate("document.body.dataset.mdColorScheme") == (
        "slate" if scheme == "dark" else "default"
    )
    measured = page.evaluate(TIMELINE_CONTRASTS)
    assert any(t["inBand"] for t in measured["texts"]), "no label drawn in a band"
    faint = [t for t in measured["texts"] if t["ratio"] < TEXT_CONTRAST]
    assert not faint, faint
    assert measured["outlines"], "no band drawn"
    assert min(measured["outlines"]) >= GRAPHIC_CONTRAST, measured["outlines"]
    reader.assert_quiet()


SIZES = """() => ['h1', 'h2', 'p'].map(tag => {
  const shown = [...document.querySelectorAll('article ' + tag)].find(e => e.offsetParent);
  return parseFloat(getComputedStyle(shown).fontSize);
})"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", ["", "differences/", "quotes/"])
def test_the_title_is_the_largest_heading_and_sections_are_larger_than_text(
    reader, hosted_site, serve, width, path
) -> None:
    """On a phone the title shrinks to keep the lede on the first screen; a section's
    heading shrinks with it, or it stands over the title (25 px against 24 px)."""
    page = reader.page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(serve(hosted_site) + path)
    title, section, text = page.evaluate(SIZES)
    assert title > section > text, (title, section, text)
    reader.assert_quiet()


CITATIONS = """where => {
  const shown = document.querySelector(where);
  const style = e => getComputedStyle(e);
  const stance = shown.querySelector('a[href*="quotes/"]');
  const cited = shown.querySelector('a[href*="sources/"]');
  return {stance: [parseFloat(style(stance).fontSize), style(stance).color],
          cited: [parseFloat(style(cited).fontSize), style(cited).color],
          page: style(document.body).backgroundColor};
}"""


def rgba(css: str) -> tuple[float, ...]:
    """rgb(r, g, b), rgba(r, g, b, a) or a color-mix()'s color(srgb r g b) as (r, g, b, a)."""
    values = [float(v) for v in re.findall(r"[\d.]+", css)]
    scale = 255 if css.startswith("color(srgb") else 1
    return tuple(v * scale for v in values[:3]) + (values[3] if len(values) > 3 else 1.0,)


def contrast(colour: str, background: str) -> float:
    """WCAG's contrast ratio of `colour`, blended over an opaque `background`."""
    fg, bg = rgba(colour), rgba(background)
    blended = [fg[i] * fg[3] + bg[i] * (1 - fg[3]) for i in range(3)]

    def luminance(rgb: list[float] | tuple[float, ...]) -> float:
        lin = [
            c / 255 / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4
            for c in rgb
        ]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    light, dark = sorted((luminance(blended), luminance(bg[:3])), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize(
    ("path", "where"),
    [
        ("positions/", "#who-stands-where ~ * table"),
        ("actors/ilham-aliyev/", "h2#where-they-stand + ul"),
    ],
)
def test_in_who_stands_where_the_sources_are_set_back_from_the_stances(
    reader, hosted_site, serve, scheme, path, where
) -> None:
    """A position's sources, smaller and not in the link blue of its stance, at a
    text's contrast still (axe-core's pages do not include this table)."""
    page = reader.page
    page.emulate_media(color_scheme=scheme)
    page.goto(serve(hosted_site) + path)
    measured = page.evaluate(CITATIONS, where)
    assert measured["cited"][0] < measured["stance"][0], measured
    assert measured["cited"][1] != measured["stance"][1], measured
    assert contrast(measured["cited"][1], measured["page"]) >= TEXT_CONTRAST, measured
    reader.assert_quiet()


GROUPS = """() => [...document.querySelectorAll('article .group-head')].map(head => {
  const box = head.getBoundingClientRect();
  const before = head.previousElementSibling;
  const first = head.nextElementSibling.querySelector('li').getBoundingClientRect();
  return {head: head.textContent, after: first.top - box.bottom,
          before: before.tagName === 'H2' ? null : box.top - before.getBoundingClientRect().bottom};
})"""


@pytest.mark.parametrize("width", WIDTHS)
def test_a_countrys_name_stands_close_to_its_actors(reader, hosted_site, serve, width) -> None:
    """On the actors page each country's name heads its list: as close to each list
    (it was 24 px over a list of long entries, 16 px over a one-line list), and
    closer to it than to the list before."""
    page = reader.page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(serve(hosted_site) + "actors/")
    groups = page.evaluate(GROUPS)
    assert len(groups) > 1, groups
    gaps = [g["after"] for g in groups]
    assert max(gaps) - min(gaps) <= 1, groups
    assert all(g["after"] < g["before"] for g in groups if g["before"] is not None), groups
    reader.assert_quiet()


SIDES = """() => {
  const table = document.querySelector('h1#who-stands-where ~ * table');
  const label = cell => getComputedStyle(cell, '::before').content;
  const rows = [...table.querySelectorAll('tbody tr')];
  return {
    header: table.querySelector('thead').getBoundingClientRect().height,
    labels: rows.map(row => [...row.children].slice(1).map(label)),
    widths: rows.map(row => [...row.children].slice(1).map(
      cell => cell.getBoundingClientRect().width / row.getBoundingClientRect().width)),
  };
}"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", ["positions/"])
def test_on_a_phone_each_row_of_who_stands_where_names_its_sides(
    reader, hosted_site, serve, width, path
) -> None:
    """On a phone the table's rows stack, and its header row ("For",
    "Against") scrolled away under the first stake: below it only the two hues
    told the sides apart. There each side's cell names its side, and the header
    row is not shown again; on a wide screen the columns keep their one header.
    On a phone each side also has the full width, one under the other: side by
    side, a position and its sources ran to a dozen lines of two or three words."""
    page = reader.page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(serve(hosted_site) + path)
    measured = page.evaluate(SIDES)
    assert len(measured["labels"]) > 1, measured
    if width < 600:
        expected = ['"For" / ""', '"Against" / ""']
        assert all(labels == expected for labels in measured["labels"]), measured
        assert measured["header"] <= 1, measured
        assert all(w > 0.9 for ws in measured["widths"] for w in ws), measured["widths"]
    else:
        assert all(set(labels) == {"none"} for labels in measured["labels"]), measured
        assert measured["header"] > 10, measured
    reader.assert_quiet()


SEARCH_RESULT = """() => {
  const style = e => getComputedStyle(e);
  // The first opaque background behind an element: the search overlay's own, or the page's.
  const behind = e => {
    for (; e; e = e.parentElement) {
      const c = style(e).backgroundColor;
      if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
    }
    return 'rgb(255, 255, 255)';
  };
  const mark = document.querySelector('.md-search-result mark');
  const meta = document.querySelector('.md-search-result__meta');
  const tag = document.querySelector('.md-search-result .md-tag');
  return {mark: style(mark).color, meta: style(meta).color,
          tag: [parseFloat(style(tag).fontSize), style(tag).color],
          page: behind(mark)};
}"""


@pytest.mark.parametrize("scheme", SCHEMES)
def test_search_results_read_at_a_texts_contrast_on_a_phone(
    reader, hosted_site, serve, scheme
) -> None:
    """In the dark scheme Material's highlighted word (3.8:1), its count line and a
    result's tags (4.1:1) fell short of 4.5:1, and the tags were 10 px."""
    page = reader.page
    page.set_viewport_size({"width": 390, "height": 800})
    page.emulate_media(color_scheme=scheme)
    page.goto(serve(hosted_site))
    page.click("label[for=__search]")
    page.keyboard.type("Blinken")
    page.wait_for_selector(".md-search-result mark")
    measured = page.evaluate(SEARCH_RESULT)
    for colour in (measured["mark"], measured["meta"], measured["tag"][1]):
        assert contrast(colour, measured["page"]) >= TEXT_CONTRAST, measured
    assert measured["tag"][0] >= 12, measured
    reader.assert_quiet()


HEADER_AND_TABLE = """() => {
  const title = document.querySelector('.md-header__topic .md-ellipsis');
  const cell = document.querySelector('article table:not([class]) td');
  const t = title;
  return {cut: t.scrollHeight > t.clientHeight + 1 || t.scrollWidth > t.clientWidth + 1,
          cell: parseFloat(getComputedStyle(cell).fontSize),
          text: parseFloat(getComputedStyle(document.querySelector('article p')).fontSize)};
}"""


@pytest.mark.parametrize("width", WIDTHS)
def test_the_sites_name_is_whole_in_the_header_and_tables_are_near_the_texts_size(
    reader, hosted_site, serve, width
) -> None:
    """On a phone the header cut the name to "Azerbaijan and the Un…"; on a desktop the
    differences tables were 12.8 px beside 16 px prose, smaller than on a phone."""
    page = reader.page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(serve(hosted_site) + "differences/")
    measured = page.evaluate(HEADER_AND_TABLE)
    assert not measured["cut"], measured
    assert measured["cell"] >= 0.9 * measured["text"], measured
    reader.assert_quiet()


HEADER_TOPICS = """() => {
  const bar = document.querySelector('.md-header').getBoundingClientRect();
  return [...document.querySelectorAll('.md-header__topic .md-ellipsis')].map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent.trim(), above: r.top - bar.top, below: bar.bottom - r.bottom};
  });
}"""


@pytest.mark.parametrize("width", WIDTHS)
def test_the_headers_titles_sit_in_the_middle_of_the_bar(reader, hosted_site, serve, width) -> None:
    """On a phone, the page title the header shows once the reader scrolls ("How they
    differ") stuck to the bar's top edge, 0 px above it and 30 px below: the smaller line
    height that lets the site's name take two lines left each title at the top."""
    page = reader.page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(serve(hosted_site) + "differences/")
    for topic in page.evaluate(HEADER_TOPICS):
        assert abs(topic["above"] - topic["below"]) <= 2, topic
