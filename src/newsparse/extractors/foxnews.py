"""Fox News (foxnews.com).

One layout since 2018, with semantic class names: ``h1.headline``, ``h2.sub-headline``, the
byline ``.author-byline`` whose person links point to ``/person/...`` (the "| Fox News" source
link after them is not an author), the section kicker ``.eyebrow``, and the body in
``div.article-body`` between ad containers and inline "related" links (``strong > a`` paragraphs
in capitals; photo captions are not text, the featured video's title and summary are).
JSON-LD and ``dc.creator`` / ``dcterms.created`` metas carry authors and dates.
"""

from __future__ import annotations

from newsparse import Extractor, body, byline, register, text, texts

_NOT_TEXT = (
    ".ad-container",
    ".ad",
    ".article-source",
    ".featured-video .control",
    ".video-ct .overlay",
    ".image-ct .caption",
    # inline promos: a paragraph that is nothing but a bold link in capitals
    "p:has(> strong:only-child > a:only-child)",
    ".embed-media",
    ".related",
)


@register
class FoxNews(Extractor):
    """Fox News articles."""

    name = "foxnews"
    domains = ("foxnews.com",)
    boilerplate = _NOT_TEXT

    headline = text("h1.headline")
    subheadline = text("h2.sub-headline")
    authors = byline(".author-byline a[href*='/person/']", ".author-byline > span > span > a")
    categories = texts(".eyebrow a")
    body = body("div.article-body", "div.article-content", exclude=_NOT_TEXT)
