"""WIRED (wired.com), on Condé Nast's Verso platform.

The JSON-LD ``NewsArticle`` gives authors and dates. The headline is the ``<h1>``
(``.content-header__hed``), which may differ from the social ``og:title``. The story text is
split in chunks (``.article__chunks`` holding several ``.article__body`` blocks) with ad rails,
a paywall barrier and callouts in between. The ``keywords`` meta holds the editorial tags; the
JSON-LD keywords add the section and internal flags (``_no-apple-news``).
"""

from __future__ import annotations

from typing import ClassVar

from newsparse import Extractor, body, byline, register, text


@register
class Wired(Extractor):
    """WIRED stories."""

    name: ClassVar[str] = "wired"
    domains: ClassVar[tuple[str, ...]] = ("wired.com",)
    boilerplate: ClassVar[tuple[str, ...]] = (
        ".ad",
        ".paywall-inline-barrier",
        ".consumer-marketing-unit",
        ".body__inline-barrier",
        ".body__truncation-message",
        ".content-footer-related-video",
    )

    headline = text("h1.content-header__hed", "h1[data-testid='ContentHeaderHed']")
    subheadline = text(".content-header__dek")
    authors = byline(".bylines .byline__name-link", ".bylines .byline__name")
    # the "More Great WIRED Stories" list closing older stories: a classless <ul> after its title
    body = body(".article__chunks, .body__inner-container", exclude=("div.heading-h3", "div.heading-h3 + ul"))

    def tags(self) -> tuple[str, ...]:
        """The ``keywords`` meta (the JSON-LD keywords add the section and internal flags)."""
        raw = self.page.meta_first("keywords", "news_keywords") or ""
        return tuple(t.strip() for t in raw.split(",") if t.strip())
