"""The Los Angeles Times (latimes.com).

Brightspot templates with BEM-style class names: ``h1.ArticlePage-headline``,
``.ArticlePage-authorName`` (the person's profile link, then ``.ArticlePage-authorTitle`` with
the staff title, which is not a name), the body in ``.RichTextArticleBody-body``, the section in
``.ArticlePage-breadcrumbs``. The 2021- templates keep the same vocabulary in lower case
(``h1.headline``, ``.author-name``, ``.rich-text-article-body-content``). JSON-LD carries dates,
headline and authors.
"""

from __future__ import annotations

from newsparse import Extractor, body, byline, register, text, texts

#: Inline "enhancements" are ads, promos of other stories and figures; pull quotes are text.
_NOT_TEXT = (
    ".GoogleDfpAd-wrapper",
    ".google-dfp-ad-wrapper",
    "ps-promo",
    ".PromoSmall",
    ".promo",
    "ps-nativo-module",
    ".Enhancement > figure",
    ".enhancement > figure",
)


@register
class LATimes(Extractor):
    """Los Angeles Times articles."""

    name = "latimes"
    domains = ("latimes.com",)
    boilerplate = _NOT_TEXT

    headline = text("h1.ArticlePage-headline", "h1.headline")
    subheadline = text(".ArticlePage-subheadline", ".page-article-subheadline", ".subheadline")
    authors = byline(".ArticlePage-authorName a", ".author-name a", ".byline .link")
    categories = texts(".ArticlePage-breadcrumbs a", ".breadcrumbs a")
    body = body(
        ".RichTextArticleBody-body",
        ".rich-text-article-body-content",
        "[data-element='story-body']",
        exclude=_NOT_TEXT,
    )
