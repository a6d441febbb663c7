"""heise online (heise.de), including its Technology Review and c't sections.

heise marks its articles up with BEM classes that have been stable since 2017:
``header.a-article-header`` holds the title (``a-article-header__title``, an ``h1`` or, on older
pages, an ``h2`` under a breadcrumb ``h1``), the lead (``a-article-header__lead``), the authors
(``.a-creator__names``) and ``time[itemprop=datePublished]``; the text is in ``.article-content``.
The teaser cards on the same page use ``a-article-teaser__*``, never confused with the article.
"""

from __future__ import annotations

from typing import ClassVar

from newsparse import Extractor, body, byline, date, register, text


@register
class Heise(Extractor):
    """heise.de articles."""

    name: ClassVar[str] = "heise"
    domains: ClassVar[tuple[str, ...]] = ("heise.de",)
    boilerplate: ClassVar[tuple[str, ...]] = (
        "a-collapse.a-inline-textbox",  # dossier boxes ("Mehr zum Thema") inside the text
        ".a-inline-textbox",
        "a-ad",
        ".ad-label",
        ".article-footer",
    )

    headline = text(".a-article-header__title", "article header [itemprop='headline']")
    subheadline = text(".a-article-header__lead")
    authors = byline(".a-creator__names .a-creator__name", ".a-creator__names")
    published = date(".a-article-header time[itemprop='datePublished'], .a-publish-info time", "datetime")
    body = body(".article-layout__content.article-content, .article-content")
