"""Business Insider (businessinsider.com; insider.com during the 2021-2023 rebrand).

The byline links the authors' pages next to a link to the publication itself ("Ann Lee,
Business Insider"); the ``author`` meta and some JSON-LD say the same, so the publication is
dropped from the authors. The byline time carries the exact publication instant as a Unix
timestamp (``data-bi-format="date" rel="1574150260"``) where the metas give only the day. Image
captions and credits (``.caption-source``, ``figcaption``) sit inside the text's paragraphs.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import ClassVar

from newsparse import Author, Extractor, body, byline, date, register, text, texts

_PUBLICATIONS = frozenset({"business insider", "insider", "markets insider", "business insider deutschland"})


@register
class BusinessInsider(Extractor):
    """Business Insider articles."""

    name: ClassVar[str] = "businessinsider"
    domains: ClassVar[tuple[str, ...]] = ("businessinsider.com", "insider.com")
    boilerplate: ClassVar[tuple[str, ...]] = (
        # tag-qualified: a bare class is not matched inside a paragraph's inline text
        "span.caption-source",
        ".rrssb-baseline",
        ".share-container",
        ".ad-wrapper",
        ".post-content-bottom",
    )

    headline = text("h1.post-headline", "[data-content-post] h1", "article h1")
    body = body(
        ".post-content, [data-piano-inline-content-wrapper], .content-lock-content",
        # "Related coverage" closing how-to guides: a heading and a list of linked headings
        exclude=("figcaption", ".image-source", "ul:has(> li > h3 > a)", "h3:has(+ ul > li > h3 > a)"),
    )
    tags = texts(".category-wrapper .tags-top a")
    _byline = byline(
        ".byline-author-name",
        ".byline-author a",
        ".publication-author a[href*='/autoren/'], .publication-author a[href*='/author/']",
    )
    _time = date("[data-e2e-name='byline-timestamp'] time[datetime], .byline-timestamp[datetime]", "datetime")

    def authors(self) -> tuple[Author, ...]:
        """The byline's people, else the JSON-LD or meta authors, never the publication."""
        found = self._byline() or self.generic.authors()
        return tuple(a for a in found if a.name.lower() not in _PUBLICATIONS)

    def published(self) -> datetime | None:
        """The byline's Unix timestamp (exact), else its ``time[datetime]``."""
        for el in self.page.css("[data-bi-format='date'][rel]"):
            stamp = (el.get("rel") or "").strip()
            if stamp.isdigit() and 9 <= len(stamp) <= 11:
                return datetime.fromtimestamp(int(stamp), tz=UTC)
        return self._time()
