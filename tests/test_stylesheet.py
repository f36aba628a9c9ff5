"""The site's own stylesheet parses as written: a lost comment opener turns the
comment's words into a selector, and the browser drops the rule after it."""

from __future__ import annotations

import re
from pathlib import Path

STYLESHEET = Path(__file__).resolve().parent.parent / "docs/assets/stylesheets/extra.css"
SELECTOR = re.compile(r"^[\w\s.#:>+~*,()\[\]=\"'^$|-]+$|^@media [^{]+$")


def test_every_comment_is_closed_and_every_rule_has_a_selector():
    css = STYLESHEET.read_text(encoding="utf-8")
    bare = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    assert "/*" not in bare and "*/" not in bare
    preludes = [p.strip() for p in re.findall(r"(?:^|[{}])([^{}]*)\{", bare)]
    odd = [p for p in preludes if not SELECTOR.match(p)]
    assert not odd, odd
