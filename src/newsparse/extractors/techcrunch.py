"""TechCrunch (techcrunch.com), a WordPress VIP site.

The JSON-LD ``NewsArticle`` carries headline, authors and dates (``og:title`` appends
" – TechCrunch"). The ``<h1>`` is ``.article__title`` (2017-2023 theme) or
``.wp-block-post-title`` (block theme). The JSON-LD ``keywords`` mix the tags with internal
markers (``@post-id:…``, ``tc``); the ``sailthru.tags`` meta holds the tags alone.
"""

from __future__ import annotations

from typing import ClassVar

from newsparse import Extractor, body, byline, register, text

_INTERNAL = frozenset({"tc", "tc-newsletter"})


@register
class TechCrunch(Extractor):
    """TechCrunch posts."""

    name: ClassVar[str] = "techcrunch"
    domains: ClassVar[tuple[str, ...]] = ("techcrunch.com",)
    boilerplate: ClassVar[tuple[str, ...]] = (".ad-unit", ".piano-inline-promo", ".wp-block-tc-ads-ad-slot")

    headline = text("h1.article__title", "h1.wp-block-post-title")
    authors = byline(".article__byline > a", ".wp-block-tc23-author-card-name")
    body = body(".article-content, .wp-block-post-content", exclude=(".embed-tc-newsletter",))

    def tags(self) -> tuple[str, ...]:
        """``sailthru.tags``, else the JSON-LD keywords without the CMS's markers."""
        raw = self.page.meta_first("sailthru.tags")
        if raw:
            return tuple(t.strip() for t in raw.split(",") if t.strip())
        keywords = (self.page.ld_article or {}).get("keywords")
        items = keywords.split(",") if isinstance(keywords, str) else keywords or []
        return tuple(
            k.strip()
            for k in items
            if isinstance(k, str) and k.strip() and not k.startswith("@") and k.strip() not in _INTERNAL
        )
