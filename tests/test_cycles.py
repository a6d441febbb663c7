"""``parse()`` frees its page when it returns: nothing in it waits for the garbage collector."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

import newsparse
from newsparse import _parse
from newsparse._context import Page
from newsparse.generic.authorbox import _bio_text
from newsparse.generic.related import spaced_text

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Harbour bridge reopens | Coast Courier</title>
<meta property="og:site_name" content="Coast Courier"></head><body>
<header class="site-header"><nav class="menu"><a href="/">Home</a></nav></header>
<article><h1>Harbour bridge reopens</h1>
<p class="byline">By <a rel="author" href="/author/jane">Jane Doe</a></p>
<time datetime="2024-05-04T08:00:00Z">4 May 2024</time>
<p>The harbour bridge reopened on Saturday after four months of repairs, the council said.</p>
<p>Traffic was light in the morning, and the first ferry left on time.</p>
<div class="author-box"><span class="author-name">Jane Doe</span><p class="author-bio">Jane writes
about the coast.</p></div>
<div class="related-posts"><h3>Related</h3><ul><li><a href="/a/1">Ferries run late</a></li>
<li><a href="/a/2">New quay opens</a></li></ul></div>
</article></body></html>"""


@pytest.fixture
def no_collector() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def test_the_page_is_freed_when_parse_returns(monkeypatch: pytest.MonkeyPatch, no_collector: None) -> None:
    pages: list[weakref.ref[Page]] = []

    class Recorded(Page):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            pages.append(weakref.ref(self))

    monkeypatch.setattr(_parse, "Page", Recorded)
    article = newsparse.parse(PAGE, url="https://coastcourier.example/news/bridge")
    assert article.headline == "Harbour bridge reopens"
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert len(pages) == 1
    assert pages[0]() is None  # freed by reference counting, with the collector off


def test_text_walks_leave_no_garbage(no_collector: None) -> None:
    page = Page(PAGE)
    article = page.tree.find(".//article")
    assert article is not None
    assert "Ferries run late" in spaced_text(article)
    assert "Jane writes about the coast." in _bio_text(article, set())
    del article
    assert gc.collect() == 0


def test_body_inline_text_leaves_no_garbage(no_collector: None) -> None:
    from newsparse.generic.body.blocks import _inline_text

    page = Page(PAGE)
    byline = page.tree.find(".//p[@class='byline']")
    assert byline is not None
    assert _inline_text(byline, set()) == "By Jane Doe"
    del byline
    assert gc.collect() == 0


def test_a_whole_parse_leaves_no_garbage(no_collector: None) -> None:
    newsparse.parse(PAGE, url="https://coastcourier.example/news/bridge")
    gc.collect()  # what the first parse of a process sets up (lazy imports, caches) stays
    article = newsparse.parse(PAGE, url="https://coastcourier.example/news/bridge")
    assert "The harbour bridge reopened" in article.body.text
    assert gc.collect() == 0
