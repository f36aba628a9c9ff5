"""A record page's section, shown as where the reader is (mkdocs.yml `hooks`).

Record pages (actors/x.md, agreements/x.md, ...) are `not_in_nav`: a nav that
listed them would make every page carry every record. So MkDocs gives them no
parent, nothing in the nav is active while one renders, and Material lit no
tab and marked nothing in the phone drawer: a reader who came from a link could
not tell which part of the site they were in (MkDocs has no setting for this:
mkdocs/mkdocs#3975).

Here, while a record page renders, the top-level nav item holding its folder's
list page (agreements/index.md; Quotes, the section of quotes/index.md) is made
active through MkDocs' public `active` property, which Material's tabs and
drawer read: the tab is lit, the drawer marks the item or opens the section.
It is made inactive again once the page is written, so nothing leaks into the
next page. The template gets the item's title and the list page as
`record_section`, for the trail above the page's heading (overrides/main.html).
"""

from __future__ import annotations

from typing import Any

# The nav items made active for the page being rendered, made inactive after it.
_lit: list[Any] = []


def _unlight() -> None:
    while _lit:
        _lit.pop().active = False


def _list_page(page: Any, nav: Any) -> Any:
    """The nav's page for the folder a page outside the nav is in, if any."""
    folder, slash, _ = page.file.src_uri.rpartition("/")
    if not slash or page in nav.pages:
        return None
    wanted = f"{folder}/index.md"
    return next((p for p in nav.pages if p.file.src_uri == wanted), None)


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    _unlight()  # should a page before this one have stopped short of on_post_page
    section = _list_page(page, nav)
    if section is not None:
        top = section
        while top.parent is not None:
            top = top.parent
        top.active = True  # Material's tabs-item.html and nav-item.html read it
        _lit.append(top)
        context["record_section"] = {"title": top.title, "page": section}
    return context


def on_post_page(output: str, page: Any, config: Any) -> str:
    _unlight()
    return output
