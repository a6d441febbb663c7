"""Categories (sections) and tags (free keywords), kept apart."""

from __future__ import annotations

from typing import Any

from .._context import Page
from .._text import dedupe, text_of

__all__ = ["categories", "tags"]

Found = tuple[tuple[str, ...], str]


def _ld_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return value.split(",")
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def tags(page: Page) -> Found | None:
    """``article:tag`` metas, JSON-LD ``keywords``, ``rel=tag`` links inside the article."""
    found = dedupe(page.meta.get("article:tag", ()))
    if found:
        return found, "meta"
    if page.ld_article:
        found = dedupe(_ld_list(page.ld_article.get("keywords")))
        if found:
            return found, "jsonld"
    links = [a for a in page.css("a[rel~='tag']") if "category" not in (a.get("rel") or "")]
    found = dedupe(text_of(a) for a in links)
    if found:
        return found, "generic"
    return None


def categories(page: Page) -> Found | None:
    """JSON-LD ``articleSection``, ``article:section``, ``rel="category tag"`` links."""
    if page.ld_article:
        found = dedupe(_ld_list(page.ld_article.get("articleSection")))
        if found:
            return found, "jsonld"
    found = dedupe(page.meta.get("article:section", ()))
    if found:
        return found, "meta"
    found = dedupe(text_of(a) for a in page.css("a[rel~='category']"))
    if found:
        return found, "generic"
    return None
