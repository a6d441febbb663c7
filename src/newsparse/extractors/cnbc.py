"""CNBC (cnbc.com).

Since 2018 CNBC's templates name their parts with readable component classes:
``h1.ArticleHeader-headline``, ``a.Author-authorName`` (followed by the author's Twitter handle,
which is not a name), ``.ArticleHeader-eyebrow`` for the section, the body in
``.ArticleBody-articleBody`` with inline images (``InlineImage-*``: caption and credit are not
text), video embeds and ad slots (``data-module=mps-slot``) between its ``.group`` blocks. The
"Key Points" summary sits outside the body. The 2014-2017 templates (``Layout2017``) used
``#article_body`` and ``.source`` bylines. Dates and tags are in JSON-LD / ``article:*`` metas.
"""

from __future__ import annotations

from newsparse import Extractor, Version, body, byline, register, text, texts

_NOT_TEXT = (
    "[class*='InlineImage']",
    "[class*='InlineVideo']",
    "[data-module='mps-slot']",
    ".MobileAdhesion-container",
    ".HighlightShare-hidden",
    "[class*='RelatedContent']",
    "[class*='BoxInline']",
    ".ad",
)


@register
class CNBC(Extractor):
    """CNBC articles."""

    name = "cnbc"
    domains = ("cnbc.com",)
    boilerplate = _NOT_TEXT

    headline = text("h1.ArticleHeader-headline", "h1[class*='headline']")
    authors = byline("a.Author-authorName", ".Author-authorName")
    categories = texts("a.ArticleHeader-eyebrow", ".ArticleHeader-eyebrow")
    body = body(".ArticleBody-articleBody", "[data-module='ArticleBody']", exclude=_NOT_TEXT)

    class Layout2017(Version):
        """The 2014-2017 templates."""

        probe = "div#article_body"
        headline = text("h1.title", "h1[itemprop='headline']")
        authors = byline(".source a[rel='author']", "[itemprop='author'] [itemprop='name']")
        body = body("div#article_body", exclude=(*_NOT_TEXT, ".embed-container", ".slideshow-embed"))
