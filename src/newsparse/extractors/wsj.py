"""The Wall Street Journal (wsj.com).

The 2015-2021 layout marks its parts with ``wsj-*`` classes and microdata: ``h1.wsj-article-headline``,
``h2.sub-head``, ``.byline .author .name``, the body in ``.wsj-snippet-body`` (the part shown
before the paywall) or ``.article-content``, the section path in ``.article-breadCrumb``. The
2022- layout's classes are generated with a readable stem (``…-StyledHeadline``,
``…-AuthorLink``, ``…-ArticleBody``), matched on that stem. JSON-LD carries headline, dates and
authors in both.
"""

from __future__ import annotations

from newsparse import Extractor, body, byline, register, text, texts

_NOT_TEXT = (
    ".wsj-ad",
    "[class*='AdWrapper']",
    ".media-object",
    "[class*='WSJTheme--media']",
    ".snippet-promotion",
    ".wsj-article-credit",
)


@register
class WSJ(Extractor):
    """Wall Street Journal articles."""

    name = "wsj"
    domains = ("wsj.com",)
    boilerplate = _NOT_TEXT

    headline = text("h1[class*='StyledHeadline']", "h1.wsj-article-headline", "h1[itemprop='headline']")
    subheadline = text("h2[class*='Dek']", "h2.sub-head", "h2[itemprop='description']")
    authors = byline(
        "a[class*='AuthorLink']",
        ".byline a[rel='author']",
        ".byline .author > .name",
        ".byline .author",
    )
    categories = texts(".article-breadCrumb a", "[class*='ArticleBreadcrumb'] a")
    body = body(
        "section[class*='ArticleBody']",
        "div.article-content",
        "div.wsj-snippet-body",
        exclude=_NOT_TEXT,
    )
