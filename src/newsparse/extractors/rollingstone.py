"""Rolling Stone (rollingstone.com), a Penske Media WordPress site.

The 2018 theme has no JSON-LD: the ``<h1>`` sits in ``.l-article-header``, the byline is
``.c-byline`` with ``rel=author`` links, the time is ``time[datetime]`` in the header, the text
is ``.c-content`` and the tags are the "In This Article" links (``.c-tags__item``); breadcrumbs
(``.c-breadcrumbs``) give the sections. Later themes add a JSON-LD ``NewsArticle`` (read by the
generic extractor when these selectors find nothing) and ``.a-content`` / ``.pmc-paywall`` bodies.
"""

from __future__ import annotations

from typing import ClassVar

from newsparse import Extractor, body, byline, date, register, text, texts


@register
class RollingStone(Extractor):
    """Rolling Stone articles."""

    name: ClassVar[str] = "rollingstone"
    domains: ClassVar[tuple[str, ...]] = ("rollingstone.com",)
    boilerplate: ClassVar[tuple[str, ...]] = (
        ".admz",
        ".c-post-actions",
        ".c-related",
        ".l-article-content__pull",
        ".pmc-related-link",
        ".jwplayer",
    )

    headline = text(".l-article-header h1", "h1.article-title")
    subheadline = text(".l-article-header__row--lead", ".article-excerpt")
    authors = byline(".c-byline a.c-byline__link[rel~='author']", ".author a[rel~='author']")
    published = date(".l-article-header time[datetime]", "datetime")
    body = body(".c-content, .a-content, .pmc-paywall", exclude=("script",))
    tags = texts(".c-tags a.c-tags__item")

    def categories(self) -> tuple[str, ...]:
        """The breadcrumb trail, without "Home"."""
        crumbs = self.page.texts(".c-breadcrumbs a")
        return tuple(c for c in crumbs if c.lower() != "home")
