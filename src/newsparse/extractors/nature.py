"""Nature (nature.com): news, comment and research articles.

Every article carries Dublin Core and PRISM metas: ``dc.title``, one ``dc.creator`` per author,
``dc.date`` / ``prism.publicationDate`` and ``dc.subject`` (the subject terms); research papers
add the ``citation_*`` metas. The 2019 news layout has ``h1.article-item__title`` and
``.article__body``; the current one ``h1.c-article-magazine-title`` / ``h1.c-article-title`` and
``.c-article-body``. The body is followed by the author list with "Search for this author"
links, references and newsletter promos.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from newsparse import Author, Extractor, body, register, text
from newsparse._dates import parse_iso


@register
class Nature(Extractor):
    """Nature's journal and magazine articles."""

    name: ClassVar[str] = "nature"
    domains: ClassVar[tuple[str, ...]] = ("nature.com",)
    boilerplate: ClassVar[tuple[str, ...]] = (
        ".c-article-author-list",
        ".c-author-popup",
        ".c-nature-box",
        ".nature-briefing",
        ".js-ad",
        ".c-article-references",
        ".c-article-further-reading",
    )

    headline = text("h1.article-item__title", "h1.c-article-magazine-title", "h1.c-article-title")
    body = body(".c-article-body, .article__body, .article-item__body", exclude=("figure .caption",))

    def authors(self) -> tuple[Author, ...]:
        """One ``dc.creator`` (news) or ``citation_author`` (papers) meta per author."""
        for key in ("dc.creator", "citation_author"):
            names = self.page.meta.get(key, ())
            if names:
                return tuple(Author(name=_first_last(n)) for n in names)
        return ()

    def published(self) -> datetime | None:
        """``citation_publication_date``, ``prism.publicationDate`` or ``dc.date``."""
        raw = self.page.meta_first("citation_publication_date", "prism.publicationdate", "dc.date")
        return parse_iso(raw.replace("/", "-")) if raw else None

    def tags(self) -> tuple[str, ...]:
        """The subject terms (one ``dc.subject`` meta each)."""
        return tuple(self.page.meta.get("dc.subject", ()))


def _first_last(name: str) -> str:
    """Papers list authors as "Family, Given"; the library gives names in reading order."""
    family, sep, given = name.partition(", ")
    return f"{given} {family}" if sep and given else name
