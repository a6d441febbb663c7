"""The Telegraph (telegraph.co.uk).

Its article markup is microdata: ``itemprop=headline``, ``itemprop=author`` and ``name``,
``time[itemprop=datePublished]`` and ``itemprop=articleBody``. The current (escenic, 2021-)
layout names its parts ``.e-headline``, ``.escenic-authors`` and ``.e-published-date``; the 2019
layout (``Layout2019``) has ``.headline__heading``, an ``.article-author`` footer with
``.byline__author-name`` and ``.article-date-published``. The JSON-LD ``headline`` of the
escenic layout is the CMS name ("escenic"), never the title, so the headline comes from the page.
Desk credits ("Telegraph Sport", "Telegraph Reporters") are not people and are not authors.
"""

from __future__ import annotations

from typing import ClassVar

from newsparse import Author, Extractor, Version, body, byline, date, register, text


@register
class Telegraph(Extractor):
    """The Telegraph's articles."""

    name: ClassVar[str] = "telegraph"
    domains: ClassVar[tuple[str, ...]] = ("telegraph.co.uk",)
    boilerplate: ClassVar[tuple[str, ...]] = (".e-caption-trigger", ".article-body-image__caption-trigger")

    headline = text("h1.e-headline", "h1[itemprop='headline']")
    published = date(".escenic-authors time[datetime], time.e-published-date[datetime]", "datetime")
    body = body("[itemprop='articleBody']")
    _byline = byline(".escenic-authors [itemprop='author']", ".escenic-authors .e-byline__author")

    def authors(self) -> tuple[Author, ...]:
        """The article's byline (not the cards of other stories), without desk credits."""
        found = self._byline()
        if not found:
            raw = self.page.meta_first("dcsext.author")
            found = tuple(Author(name=n.strip()) for n in (raw or "").split(",") if n.strip())
        return tuple(a for a in found if not a.name.lower().startswith("telegraph"))

    class Layout2019(Version):
        """The 2019 layout: byline and date in a footer under the header."""

        probe = "footer.article-author, h1.headline__heading"
        headline = text("h1.headline__heading", "h1[itemprop='headline']")
        published = date("time.article-date-published[datetime]", "datetime")
        _byline = byline(".article-author [itemprop='author']", ".byline__author-name")
