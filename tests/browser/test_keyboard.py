"""The site by keyboard: the scheme toggle names the switch it makes, and on a phone
the closed navigation drawer takes no Tab stops before the page's own content."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("scheme", "name"), [("dark", "light"), ("light", "dark")])
def test_on_a_first_visit_the_toggle_offers_the_other_scheme(
    reader, hosted_site, serve, scheme, name
) -> None:
    page = reader.page
    page.emulate_media(color_scheme=scheme)
    page.goto(serve(hosted_site))
    page.evaluate("localStorage.clear()")
    page.reload()
    checked = page.locator("input[name=__palette]:checked")
    assert checked.count() == 1, "no toggle button is checked: Tab lands on a hidden one"
    assert checked.get_attribute("aria-label") == f"Switch to {name} mode"
    # Its label, which shows the focus ring, is the one on screen.
    label = page.locator("input[name=__palette]:checked + label")
    assert label.is_visible()
    # Space works the toggle, as on a button, and so does it on the next page.
    page.focus("input[name=__palette]:checked")
    page.keyboard.press(" ")
    shown = {"light": "default", "dark": "slate"}[name]
    page.wait_for_function(f"document.body.dataset.mdColorScheme === '{shown}'")
    page.reload()
    page.focus("input[name=__palette]:checked")
    page.keyboard.press(" ")
    back = {"default": "slate", "slate": "default"}[shown]
    page.wait_for_function(f"document.body.dataset.mdColorScheme === '{back}'")
    reader.assert_quiet()


def test_on_a_phone_tab_reaches_the_content_without_stopping_in_the_closed_drawer(
    reader, hosted_site, serve
) -> None:
    page = reader.page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(serve(hosted_site))
    stops = []
    for _ in range(12):
        page.keyboard.press("Tab")
        stops.append(
            page.evaluate(
                """() => { const e = document.activeElement;
                return [!!e.closest('.md-sidebar--primary'), !!e.closest('article')]; }"""
            )
        )
        if stops[-1][1]:
            break
    assert not any(in_drawer for in_drawer, _ in stops), stops
    assert stops[-1][1], f"no content link within {len(stops)} Tab stops"
    # The drawer still opens, and then its links take focus.
    page.click("header label[for=__drawer]")
    page.wait_for_timeout(400)
    assert page.locator(".md-sidebar--primary a").first.is_visible()
