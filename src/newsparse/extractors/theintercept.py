"""The Intercept (theintercept.com), a WordPress site.

Headline ``h1.post__title`` (``h1.Post-title`` before the 2023 redesign), dek ``.post__excerpt``,
byline ``.article-byline__authors`` with ``rel=author`` links and a ``<time datetime>``. The
text is ``.entry-content__content`` (``.PostContent`` before), followed in ``.entry-content``
by a donation promo, the author footer and related posts. The JSON-LD ``keywords`` are
analytics labels ("Day: Wednesday", "WC: 2000-2999"), not tags; their "Subject: World" label
names the desk, a better category than the ``articleSection`` ("Articles"). The site shows no
tags, so ``tags`` is final: the generic extractor would take the labels for keywords.
"""

from __future__ import annotations

from typing import ClassVar

from newsparse import Extractor, body, byline, date, register, text


@register
class TheIntercept(Extractor):
    """The Intercept's articles."""

    name: ClassVar[str] = "theintercept"
    domains: ClassVar[tuple[str, ...]] = ("theintercept.com",)
    boilerplate: ClassVar[tuple[str, ...]] = (
        ".inline-donation-promo",
        ".emailwall",
        ".article-toc",
        ".author-footer",
        ".related-posts",
    )
    final: ClassVar[tuple[str, ...]] = ("tags",)

    headline = text("h1.post__title", "h1.Post-title")
    subheadline = text(".post__excerpt", ".Post-excerpt")
    authors = byline(".article-byline__authors a[rel~='author']", ".PostByline-author .PostByline-link")
    published = date(".article-byline time[datetime], .PostByline time[datetime]", "datetime")
    body = body(".entry-content__content, .PostContent")

    def categories(self) -> tuple[str, ...]:
        """The desks named by the JSON-LD "Subject: ..." labels."""
        keywords = (self.page.ld_article or {}).get("keywords")
        items = keywords if isinstance(keywords, list) else []
        return tuple(
            k.split(":", 1)[1].strip()
            for k in items
            if isinstance(k, str) and k.lower().startswith("subject:") and k.split(":", 1)[1].strip()
        )

    def tags(self) -> tuple[str, ...]:
        """None: the page's keywords are analytics labels (see the module docstring)."""
        return ()
