"""The Telegraph (telegraph.co.uk).

Its article markup is microdata: ``itemprop=headline``, ``itemprop=author``/``name``,
``time[itemprop=datePublished]`` and ``itemprop=articleBody``, both in the 2019 layout
(``.headline__heading``, ``.byline__author-name``, ``.article-date-published``) and in the 2022
one (``.e-headline``, ``.escenic-authors``, ``.e-published-date``). The JSON-LD ``headline`` of
the 2022 layout is the CMS name ("escenic"), never the title, so the headline comes from the page.
Desk credits ("Telegraph Sport", "Telegraph Reporters") are not people and are not authors.
"""

from __future__ import annotations

from typing import ClassVar

from newsparse import Author, Extractor, body, byline, date, register, text


@register
class Telegraph(Extractor):
    """The Telegraph's articles."""

    name: ClassVar[str] = "telegraph"
    domains: ClassVar[tuple[str, ...]] = ("telegraph.co.uk",)
    boilerplate: ClassVar[tuple[str, ...]] = (".e-caption-trigger", ".article-body-image__caption-trigger")

    headline = text("h1[itemprop='headline']", "h1.headline__heading", "h1.e-headline")
    published = date(
        "time.article-date-published[datetime], time.e-published-date[datetime], "
        "article time[itemprop='datePublished'][datetime]",
        "datetime",
    )
    body = body("[itemprop='articleBody']", exclude=(".related-article", ".teaser"))
    _byline = byline(
        ".escenic-authors [itemprop='author']",
        ".article-author [itemprop='author']",
        ".byline__author-name",
    )

    def authors(self) -> tuple[Author, ...]:
        """The article's byline (not the cards of other stories), without desk credits."""
        found = self._byline()
        if not found:
            raw = self.page.meta_first("dcsext.author", "author")
            found = tuple(Author(name=n.strip()) for n in (raw or "").split(",") if n.strip())
        return tuple(a for a in found if not a.name.lower().startswith("telegraph"))
