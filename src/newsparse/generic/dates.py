"""Published and modified dates: structured markup, then the URL, then visible text."""

from __future__ import annotations

from datetime import datetime

from .._context import Page
from .._dates import date_from_url, parse_date, parse_iso

__all__ = ["modified", "published"]

Found = tuple[datetime, str]
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "dc.date.issued",
    "dc.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "last-modified",
)


def published(page: Page) -> Found | None:
    """JSON-LD ``datePublished``, date metas, ``<time datetime>``, the URL, in that order."""
    if page.ld_article:
        found = parse_iso(page.ld_article.get("datePublished")) or parse_iso(
            page.ld_article.get("dateCreated")
        )
        if found:
            return found, "jsonld"
    for name in _PUBLISHED_META:
        found = parse_iso(page.meta_first(name))
        if found:
            return found, "meta"
    for el in page.css("article time[datetime], time[pubdate], time[itemprop='datePublished']"):
        found = parse_iso(el.get("datetime"))
        if found:
            return found, "generic"
    found = date_from_url(page.url)
    if found:
        return found, "url"
    for el in page.css("time[datetime]"):
        found = parse_iso(el.get("datetime"))
        if found:
            return found, "generic"
    return None


def modified(page: Page) -> Found | None:
    """JSON-LD ``dateModified`` and modified-time metas (never taken for the published date)."""
    if page.ld_article:
        found = parse_date(page.ld_article.get("dateModified"))
        if found:
            return found, "jsonld"
    for name in _MODIFIED_META:
        found = parse_iso(page.meta_first(name))
        if found:
            return found, "meta"
    return None
