"""stern (stern.de).

The headline is ``h2#mainTitle`` whose ``data-headline`` attribute holds the title without the
kicker (older layout) or ``.title__headline`` after ``.title__kicker`` (current layout); the intro
is ``.article-intro`` / ``.intro__text``; tags are the ``news_keywords`` meta, which stern fills
with the article's topics (its ``keywords`` meta adds site-wide terms). The text is
``div.article__body`` (current) or ``div.article-content`` (older): the older header around it
(date, title, intro) is no part of it.
"""

from __future__ import annotations

from typing import ClassVar

from newsparse import Extractor, attr, body, byline, date, register, text
from newsparse._text import dedupe


@register
class Stern(Extractor):
    """stern.de articles."""

    name: ClassVar[str] = "stern"
    domains: ClassVar[tuple[str, ...]] = ("stern.de",)
    boilerplate: ClassVar[tuple[str, ...]] = (".o-teaser", ".m-source", ".sb-box", ".article__page-end")

    _title = text("h2.title__headline .title__headline", ".title__headline")
    _data_headline = attr("h2#mainTitle[data-headline]", "data-headline")
    subheadline = text(".intro__text", ".o-article-header .article-intro")
    authors = byline(".authors__list .authors__name", ".o-article-header .authors a")
    published = date(".o-article-header time[datetime], time.article__publication-date[datetime]", "datetime")
    body = body("div.article__body, div.article-content")

    def headline(self) -> str | None:
        """The title without its kicker."""
        return self._title() or self._data_headline()

    def tags(self) -> tuple[str, ...]:
        """The ``news_keywords`` topics."""
        return dedupe((self.page.meta_first("news_keywords") or "").split(","))
