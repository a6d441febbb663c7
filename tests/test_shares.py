"""The generic share-count finder beyond the per-plugin fixture pages: its table of supported
plugins, pages without a widget, scoping to a theme's share location."""

from __future__ import annotations

from newsparse._context import Page
from newsparse._model import ShareCounts
from newsparse.generic import boilerplate, shares

DOC = """<!DOCTYPE html><html lang="en"><head><title>Ferry timetable changes</title></head><body>
<main><article><h1>Ferry timetable changes</h1>
<div class="entry-content"><p>The first sailing moves to 6.40 a.m. from Monday.</p>{inside}</div></article>
{outside}</main></body></html>"""


def page(inside: str = "", outside: str = "") -> Page:
    return Page(DOC.format(inside=inside, outside=outside))


def powerkit(total: str, location: str) -> str:
    return (
        f'<div class="pk-share-buttons-wrap pk-share-buttons-{location}"><div class="pk-share-buttons-total">'
        f'<div class="pk-share-buttons-count">{total}</div></div></div>'
    )


def test_every_supported_widget_is_boilerplate() -> None:
    for plugin in shares.PLUGINS:
        for selector in plugin.widget.split(", "):
            assert selector in boilerplate.SHARE, f"{plugin.name}: {selector} is not in boilerplate.SHARE"


def test_supported_lists_every_plugin_once() -> None:
    names = [name for name, _ in shares.SUPPORTED]
    assert len(names) == len(set(names))
    assert {"Powerkit", "Social Warfare", "Easy Social Share Buttons", "Sassy Social Share"} <= set(names)
    assert {"Shared Counts", "Monarch", "AddToAny", "Jetpack Sharing"} <= set(names)
    assert any("ShareAction" in name for name in names)
    assert all(selector for _, selector in shares.SUPPORTED)


def test_no_widget_no_counts() -> None:
    assert shares.share_counts(page()) is None


def test_a_widget_with_a_total_beats_an_earlier_empty_one() -> None:
    found = shares.share_counts(page(powerkit("", "post-header") + powerkit("12", "after-post")))
    assert found == (ShareCounts(total=12), "generic")


def test_an_empty_counter_is_unknown_not_zero() -> None:
    found = shares.share_counts(page(powerkit("&nbsp;", "after-post")))
    assert found == (ShareCounts(total=None), "generic")


def test_within_restricts_to_a_location() -> None:
    theme_location = '<div class="theme-share">' + powerkit("2K", "after-post") + "</div>"
    html = page(powerkit("7", "inline"), theme_location)
    assert shares.share_counts(html) == (ShareCounts(total=7), "generic")
    assert shares.share_counts(html, within=".theme-share") == (
        ShareCounts(total=2000, approximate=True),
        "generic",
    )
    assert shares.share_counts(html, within=".no-such-location") is None
