"""Authors: structured data first, then bylines in the article; precision over recall."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .._context import Page
from .._model import Author
from .._text import clean, text_of

__all__ = ["authors", "clean_name"]

Found = tuple[tuple[Author, ...], str]
_BY = re.compile(r"^(?:by|von|par|por|di|door|av|af|de)\s+", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.IGNORECASE)
_JUNK = re.compile(r"@|https?://|\d{3,}")


def clean_name(raw: str) -> str | None:
    """A person's name from a byline fragment, or None if it is not one."""
    name = _BY.sub("", clean(raw)).strip(" ,;:|-–—")
    if not name or _JUNK.search(name) or len(name) > 60 or len(name.split()) > 5:
        return None
    return name


def _from_ld(value: Any, page: Page) -> list[Author]:
    out: list[Author] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        if isinstance(item, str):
            for part in _SPLIT.split(item):
                name = clean_name(part)
                if name:
                    out.append(Author(name=name))
        elif isinstance(item, Mapping):
            node = page.ld_by_id(item) or item
            raw = node.get("name")
            if not isinstance(raw, str):
                given, family = node.get("givenName"), node.get("familyName")
                raw = " ".join(p for p in (given, family) if isinstance(p, str))
            name = clean_name(raw) if isinstance(raw, str) else None
            if name:
                url = node.get("url")
                url = page.absolute(url) if isinstance(url, str) else None
                out.append(Author(name=name, url=url))
    return out


def authors(page: Page) -> Found | None:
    """JSON-LD authors of the article, the ``author`` meta, then ``rel=author`` links."""
    article = page.ld_article
    if article and article.get("author") is not None:
        found = _from_ld(article.get("author"), page)
        if found:
            return tuple(found), "jsonld"
    raw = page.meta_first("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
    if raw and not raw.startswith("http"):
        names = [n for n in (clean_name(p) for p in _SPLIT.split(raw)) if n]
        if names:
            return tuple(Author(name=n) for n in names), "meta"
    links = page.css("article a[rel~='author'], a[rel~='author']")
    names = []
    for link in links[:5]:
        name = clean_name(text_of(link))
        if name and name not in names:
            names.append(name)
    if names:
        return tuple(Author(name=n) for n in names), "generic"
    return None
