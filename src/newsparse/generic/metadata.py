"""Page-level metadata: headline, description, site name, language, canonical URL, lead image."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .._context import Page
from .._model import Image
from .._text import clean, host_of, text_of

__all__ = ["canonical_url", "description", "headline", "language", "lead_image", "site_name"]

Found = tuple[str, str]
_SEPARATORS = re.compile(r"\s+[|\-–—·•:»«/]\s+|\s*[|»«•·]\s*")


def _ld_text(value: Any) -> str | None:
    if isinstance(value, str):
        return clean(value) or None
    if isinstance(value, list) and value and isinstance(value[0], str):
        return clean(value[0]) or None
    return None


def site_name(page: Page) -> Found | None:
    """``og:site_name``, the JSON-LD publisher or WebSite name, ``application-name``."""
    value = page.meta_first("og:site_name")
    if value:
        return value, "meta"
    article = page.ld_article
    if article:
        publisher = article.get("publisher")
        if isinstance(publisher, list):
            publisher = publisher[0] if publisher else None
        if isinstance(publisher, Mapping):
            full = page.ld_by_id(publisher) or publisher
            name = _ld_text(full.get("name"))
            if name:
                return name, "jsonld"
    for node in page.ld_nodes("WebSite", "NewsMediaOrganization"):
        name = _ld_text(node.get("name"))
        if name:
            return name, "jsonld"
    value = page.meta_first("application-name", "apple-mobile-web-app-title")
    return (value, "meta") if value else None


def strip_site_name(title: str, site: str | None, host: str | None) -> str:
    """Remove a site name prefix or suffix ("Title | Site", "Site: Title") from a title."""
    names = {n.casefold() for n in (site,) if n}
    if host:
        names.add(host.casefold())
        names.add(host.split(".")[0].casefold())
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    kept = [p for p in parts if p.strip().casefold() not in names]
    if len(kept) == len(parts):
        # an unknown name: drop a short trailing segment that looks like a brand ("Title | Foo News")
        return title
    return clean(" - ".join(kept)) or title


def headline(page: Page, site: str | None) -> Found | None:
    """JSON-LD ``headline``, ``og:title``, the ``h1``, ``<title>``; the site name removed."""
    article = page.ld_article
    candidates: list[tuple[str, str]] = []
    if article:
        value = _ld_text(article.get("headline")) or _ld_text(article.get("name"))
        if value:
            candidates.append((value, "jsonld"))
    for name, source in (("og:title", "meta"), ("twitter:title", "meta")):
        value = page.meta_first(name)
        if value:
            candidates.append((value, source))
    h1s = [t for t in (text_of(h) for h in page.tree.iter("h1")) if t]
    if len(h1s) == 1:
        candidates.append((h1s[0], "generic"))
    title = page.tree.find(".//title")
    if title is not None and text_of(title):
        candidates.append((text_of(title), "generic"))
    for value, source in candidates:
        stripped = strip_site_name(value, site, page.host)
        if stripped:
            return stripped, source
    return None


def description(page: Page) -> Found | None:
    """``og:description``, the description ``<meta>``, JSON-LD ``description``."""
    value = page.meta_first("og:description", "description", "twitter:description")
    if value:
        return value, "meta"
    if page.ld_article:
        value = _ld_text(page.ld_article.get("description"))
        if value:
            return value, "jsonld"
    return None


def canonical_url(page: Page) -> Found | None:
    """``<link rel=canonical>`` or ``og:url``."""
    return (page.canonical_hint, "meta") if page.canonical_hint else None


def language(page: Page) -> Found | None:
    """The declared language of the page."""
    if page.language:
        return page.language, "meta"
    if page.ld_article:
        value = _ld_text(page.ld_article.get("inLanguage"))
        if value:
            return value, "jsonld"
    return None


def _ld_image(value: Any, page: Page) -> Image | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        url = page.absolute(value)
        return Image(url=url) if url else None
    if isinstance(value, Mapping):
        value = page.ld_by_id(value) or value
        url = page.absolute(_ld_text(value.get("url")) or _ld_text(value.get("contentUrl")))
        if url:

            def num(v: Any) -> int | None:
                return v if isinstance(v, int) and not isinstance(v, bool) and v > 0 else None

            return Image(
                url=url,
                caption=_ld_text(value.get("caption")),
                width=num(value.get("width")),
                height=num(value.get("height")),
            )
    return None


def lead_image(page: Page) -> tuple[Image, str] | None:
    """``og:image`` (with its declared size), else the JSON-LD ``image``."""
    url = page.absolute(
        page.meta_first(
            "og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src"
        )
    )
    if url:

        def num(name: str) -> int | None:
            raw = page.meta_first(name)
            return int(raw) if raw and raw.isdigit() else None

        return Image(
            url=url,
            caption=page.meta_first("og:image:alt"),
            width=num("og:image:width"),
            height=num("og:image:height"),
        ), "meta"
    if page.ld_article:
        image = _ld_image(page.ld_article.get("image"), page)
        if image:
            return image, "jsonld"
    return None


def page_host(page: Page) -> str | None:
    """The page's host, for stripping it from titles."""
    return host_of(page.url) or page.host
