"""The site's own stylesheet parses as written: a lost comment opener, or a merge's
conflict marker, turns words into a selector, and the browser drops the rule after it."""

from __future__ import annotations

import re
from pathlib import Path

STYLESHEET = Path(__file__).resolve().parent.parent / "docs/assets/stylesheets/extra.css"
# Selector characters; '=' only inside an attribute selector's brackets.
SELECTOR = re.compile(r"^[\w\s.#:>+~*,()\[\]-]+$|^@media [^{]+$")
ATTRIBUTE = re.compile(r"\[[^\[\]]*\]")


def test_every_comment_is_closed_and_every_rule_has_a_selector():
    css = STYLESHEET.read_text(encoding="utf-8")
    bare = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    assert "/*" not in bare and "*/" not in bare
    preludes = [p.strip() for p in re.findall(r"(?:^|[{}])([^{}]*)\{", bare)]
    odd = [p for p in preludes if not SELECTOR.match(ATTRIBUTE.sub("[x]", p))]
    assert not odd, odd


def test_no_merge_conflict_marker_is_left():
    css = STYLESHEET.read_text(encoding="utf-8")
    markers = re.findall(r"^(?:<{7}|={7}|>{7})", css, flags=re.MULTILINE)
    assert not markers, markers
