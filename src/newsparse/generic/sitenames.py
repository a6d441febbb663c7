"""The names a site goes by, to recognise them where a page prints them: a logo ``<h1>``, a
title's ``" | Site"`` suffix, a byline that is the publisher. The names are the ones the site
declares (``og:site_name``, ``application-name``, the JSON-LD publisher) and its host's, compared
squashed (letters and digits only, casefolded).

With them the two helpers those declared values are read with: ``unescape`` (meta and JSON-LD
values a CMS escaped twice; the authors and taxonomy finders use it too) and ``_ld_text`` (a
JSON-LD text).
This is the lowest of the generic finder modules: it imports none of them, so ``landmarks``
(the logo ``<h1>``) and the field finders can all use it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from .._context import Page
from .._text import clean, host_of

__all__ = ["unescape"]

_SQUASH = re.compile(r"[\W_]+")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.IGNORECASE)


def unescape(value: str) -> str:
    """Undo entities a CMS escaped twice (``&#039;``, ``&amp;``) in a meta or JSON-LD value."""
    if "&" in value and _ENTITY.search(value):
        value = html.unescape(value)
    return clean(value)


def _ld_text(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, str):
        return unescape(value) or None
    return None


def _squash(value: str) -> str:
    return _SQUASH.sub("", value.casefold())


def _declared_names(page: Page, site: str | None = None) -> set[str]:
    """Squashed names the site declares: ``og:site_name``, ``application-name``, the publisher."""
    names = [site, page.meta_first("og:site_name"), page.meta_first("application-name")]
    article = page.ld_article
    if article and isinstance(article.get("publisher"), Mapping):
        publisher = page.ld_by_id(article["publisher"]) or article["publisher"]
        names.append(_ld_text(publisher.get("name")))
    return {k for k in (_squash(unescape(n)) for n in names if n) if len(k) >= 2}


def _host_keys(page: Page) -> set[str]:
    """Squashed forms of the page's host: ``"examplenews"`` and ``"examplenewscom"``."""
    keys: set[str] = set()
    host = host_of(page.url) or page.host
    if host:
        labels = host.split(".")
        keys.add(_squash(".".join(labels[-2:])))  # "example.com"
        main = labels[-2] if len(labels) >= 2 else labels[0]
        if len(main) >= 3:
            keys.add(_squash(main))
    return {k for k in keys if len(k) >= 2}


def _site_keys(page: Page, site: str | None) -> set[str]:
    """Squashed names the site goes by: declared names and the host's main label."""
    return _declared_names(page, site) | _host_keys(page)


def _is_site(segment: str, keys: set[str]) -> bool:
    squashed = _squash(segment)
    if not squashed:
        return True
    for key in keys:
        # "brand eins online" for brandeins.de, "Genossenschaftsverband Bayern (GVB)" for "GVB"
        if squashed == key:
            return True
        if len(key) >= 4 and key in squashed and len(squashed) <= 2 * len(key) + 4:
            return True
        if len(squashed) >= 4 and squashed in key and len(key) <= 2 * len(squashed) + 4:
            return True
    return False
