"""ZEIT ONLINE (zeit.de).

``h1.article-heading`` splits into ``__kicker`` and ``__title`` (the headline proper); the intro
is ``div.summary``; authors are schema.org Persons in ``div.byline``; the text is
``div.article-body`` of ``p.paragraph`` blocks, one ``section.article-page`` per page.
Articles of the print edition carry the date they first appeared (the issue's day) base64-encoded
in ``time.encoded-date[data-obfuscated]`` ("16. Oktober 2019, 17:05 Uhr"), while the visible
``time`` and the metadata give the day the web page was last edited. The first is the
publication date. The encoded text is Latin-1 (the source line's no-break space is one byte, as is
the "ä" of "März"), though plain ASCII dates decode either way.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from typing import ClassVar

from newsparse import Extractor, body, byline, register, text
from newsparse._dates import parse_date


def first_appeared(encoded: str | None) -> datetime | None:
    """The date of a ``data-obfuscated`` attribute: base64 of "16. Oktober 2019, 17:05 Uhr"."""
    try:
        raw = base64.b64decode(encoded or "", validate=True)
    except (binascii.Error, ValueError):
        return None
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        decoded = raw.decode("latin-1")
    return parse_date(decoded.replace(" Uhr", ""), language="de") if decoded.strip() else None


@register
class Zeit(Extractor):
    """zeit.de articles."""

    name: ClassVar[str] = "zeit"
    domains: ClassVar[tuple[str, ...]] = ("zeit.de",)
    boilerplate: ClassVar[tuple[str, ...]] = (
        "aside.gate",  # the paywall notice
        "#paywall",
        ".article-toc",
        ".article-pagination",
        "aside.article__item",
    )

    headline = text(
        "h1.article-heading .article-heading__title", ".article-header h1 .article-heading__title"
    )
    subheadline = text(".article__intro .summary", ".article-header .summary")
    authors = byline(".article__intro .byline a[rel~='author']", ".byline [itemprop='name']")
    body = body("div.article-body")

    def published(self) -> datetime | None:
        """The first appearance (print edition) when the page encodes it, else the generic date."""
        for el in self.page.css("time.encoded-date[data-obfuscated]"):
            found = first_appeared(el.get("data-obfuscated"))
            if found is not None:
                return found
        return None
