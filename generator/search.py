"""What the site's search offers first: a record's own page before the pages whose
titles only name it.

Material's search weighs a word in a title a thousand times one in the text and
does not favour a short title (BM25's length factor is 0), so "907" found the four
events titled "Section 907" before the agreement's own page. A page's `search.boost`
(a factor of its score) settles it: a record named, by any of its names (see
meta.names), in the title of another record's page or of a difference is boosted a
step above that page. A whole text (a quote with `document: true`) weighs as an event.
"""

from __future__ import annotations

import re
from collections import defaultdict

from . import meta
from .resolve import Catalog

# The boost of an actor's, agreement's or event's page, of a whole text's and of the
# differences page: above a quote's or a source's (1, Material's default), so that
# "Blinken letter" finds the letter's event before seven quotes of the letter.
BOOST = 2.0
# A step above each page whose title names the record: small against a title's weight,
# larger than what the text adds to a title's match. A name in a title named in turn
# (the Freedom Support Act's, in Section 907's, named by the events) goes a step higher.
STEP = 0.25
STEPS = 4


def boosts(catalog: Catalog) -> dict[str, float]:
    """The search boost of each actor's, agreement's, event's and whole text's page,
    by record id."""
    records = [*catalog.actors, *catalog.agreements, *catalog.events]
    owners = [record.id for record in records] + [""] * len(catalog.differences)
    titles = [record.display_name for record in records]
    titles = [_words(title) for title in titles + [d.point for d in catalog.differences]]
    # The titles each word is in: a name is looked for only where all its words are
    # (0.04 s of CPU at 5,000 quotes; a scan of every title grows with their square).
    having: dict[str, set[int]] = defaultdict(set)
    for i, title in enumerate(titles):
        for word in title.split():
            having[word].add(i)
    named_in: list[tuple[str, str]] = []  # (record, the owner of a title naming it)
    for record in records:
        found: set[str] = set()
        for name in map(_words, meta.names(record)):
            near = sorted((having.get(word, set()) for word in name.split()), key=len)
            if near and near[0]:
                found.update(owners[i] for i in set.intersection(*near) if name in titles[i])
        found.discard(record.id)
        named_in += [(record.id, owner) for owner in sorted(found)]
    steps = dict.fromkeys(owners, 0)
    for _ in range(STEPS):
        for named, owner in named_in:
            if steps[owner] >= steps[named]:
                steps[named] = min(STEPS, steps[owner] + 1)
    boosts = {record.id: BOOST + STEP * steps[record.id] for record in records}
    return boosts | {quote.id: BOOST for quote in catalog.quotes if quote.document}


def _words(text: str) -> str:
    """The words of `text`, casefolded, each with a space either side: 'U.S.' is
    ' u s ', and one in another (' mammadov ' in ' mp mammadov s account ') names it."""
    return " " + " ".join(_WORD.findall(text.casefold())) + " "


_WORD = re.compile(r"\w+")
