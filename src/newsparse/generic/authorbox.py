"""Author boxes: the bio, profile link and avatar that plugins and themes print about an author.

:func:`author_boxes` reads every author box of the page (Simple Author Box, theme boxes, the
Powerkit widget, schema.org Person microdata) and the JSON-LD ``Person`` nodes SEO plugins write
(Yoast, Rank Math). :func:`enrich` merges them into the article's authors: a box belongs to the
author with the same name or the same URL (profile, website or ``sameAs``), and fills only
what the author lacks. Boxes in the sidebar (an "About me" widget) are merged by name like the
others but never add an author of their own.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from .._context import Page
from .._model import Author
from .._text import clean
from .authors import clean_name
from .related import find_blocks, image_of, in_site_chrome

__all__ = ["SUPPORTED", "author_boxes", "enrich"]

_BREAK_TAG = re.compile(r"<(?:br|/?p|/?div|/?li|/?h\d)\b[^>]{0,400}>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,400}>")
_BLOCK_TAGS = frozenset(
    {"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote"}
)


@dataclass(frozen=True, slots=True)
class _Box:
    """An author box: its container and where its parts sit (comma lists: first match wins)."""

    name: str
    block: str
    person: str
    url: str
    bio: str
    avatar: str
    requires: str | None = None
    websites: str | None = None
    #: parts of the bio element that are not bio text (a "View all posts" link, social icons)
    skip: str = (
        ".author-link, .saboxplugin-socials, .td-author-social, .jeg_author_socials, .screen-reader-text"
    )


_BOXES: tuple[_Box, ...] = (
    _Box(
        "Simple Author Box",
        ".saboxplugin-wrap",
        ".saboxplugin-authorname [itemprop='name'], .saboxplugin-authorname a, .saboxplugin-authorname",
        ".saboxplugin-authorname a[href]",
        ".saboxplugin-desc [itemprop='description'], .saboxplugin-desc",
        ".saboxplugin-gravatar img",
        websites=".saboxplugin-web a[href]",
    ),
    _Box(
        "Networker / Code Supply Co. themes",
        ".cs-entry__author-inner",
        ".cs-entry__author-name",
        "a.cs-entry__author-name, a.cs-entry__author-photo",
        ".cs-entry__author-description",
        ".cs-entry__author-photo img, img.avatar",
    ),
    _Box(
        "JNews",
        ".jeg_authorbox",
        ".jeg_author_name a, .jeg_author_name",
        ".jeg_author_name a[href]",
        ".jeg_author_desc",
        ".jeg_author_image img, img.avatar",
    ),
    _Box(
        "Newspaper (tagDiv)",
        ".author-box-wrap",
        ".td-author-name a, .td-author-name",
        ".td-author-name a[href]",
        ".td-author-description",
        "img.avatar, img",
        websites=".td-author-url a[href]",
    ),
    _Box(
        "Twenty Twenty-One",
        ".author-bio",
        ".author-title",
        "a.author-link[href], a[rel~='author'][href]",
        ".author-description",
        "img.avatar",
        requires=".author-bio-content",
    ),
    _Box(
        "Newspack",
        ".author-bio",
        ".author-bio-header h2, .author-bio-header h3, .accent-header",
        "a.author-link[href], .author-bio-header a[href^='http'], a[rel~='author'][href]",
        ".author-bio-text > p, .author-bio-text > div:not(.author-bio-header)",
        "img.avatar",
        requires=".author-bio-text",
    ),
    _Box(
        "Powerkit author widget / block",
        ".pk-widget-author",
        ".pk-author-title a, .pk-author-title",
        ".pk-author-title a[href], .pk-author-avatar a[href]",
        ".pk-author-data .author-description, .author-description",
        ".pk-author-avatar img, img.avatar",
    ),
)

_PERSON = "[itemscope][itemtype*='schema.org/Person']"

#: (plugin or theme, CSS selector of its box) pairs this module reads, for the docs.
SUPPORTED: tuple[tuple[str, str], ...] = (
    *((b.name, b.block + (f" (with {b.requires})" if b.requires else "")) for b in _BOXES),
    ("schema.org Person microdata (itemprop=author)", _PERSON),
    ("Yoast SEO / Rank Math JSON-LD Person (description, image, url, sameAs)", "@graph Person node"),
)


@dataclass(frozen=True, slots=True)
class _Entry:
    author: Author
    #: normalised URLs that identify the person: profile, website, ``sameAs``
    keys: frozenset[str]
    #: a box in the article (not in a sidebar widget, not only metadata): may add an author
    in_article: bool


def _norm_name(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", clean(name).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _norm_url(url: str) -> str:
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:  # "http://[::1": a malformed URL matches nothing
        return ""
    return f"{host}{parts.path.rstrip('/')}".casefold()


def _bio_text(el: etree._Element, skip: set[etree._Element]) -> str:
    """Text of a bio element, stepping over ``skip``; paragraphs are kept apart by a blank line."""
    paragraphs: list[str] = []
    current: list[str] = []
    _bio_parts(el, skip, paragraphs, current)
    paragraphs.append(" ".join(current))
    return "\n\n".join(p for p in (clean(p) for p in paragraphs) if p)


def _bio_parts(
    node: etree._Element, skip: set[etree._Element], paragraphs: list[str], current: list[str]
) -> None:
    # module-level: a nested recursive function is a reference cycle only the collector frees
    tag = node.tag if isinstance(node.tag, str) else ""
    if node in skip or tag in ("script", "style", "noscript", "svg"):
        return
    block = tag in _BLOCK_TAGS
    if block:
        paragraphs.append(" ".join(current))
        current.clear()
    if node.text:
        current.append(node.text)
    for child in node:
        _bio_parts(child, skip, paragraphs, current)
        if child.tail:
            current.append(child.tail)
    if block:
        paragraphs.append(" ".join(current))
        current.clear()


def _strip_tags(value: str) -> str:
    return clean(html.unescape(_TAG.sub("", _BREAK_TAG.sub(" ", value))))


def _box_entries(page: Page) -> list[_Entry]:
    out: list[_Entry] = []
    for spec in _BOXES:
        for box in find_blocks(page, spec.block):
            if spec.requires and page.css_first(spec.requires, box) is None:
                continue
            name_el = page.first_of(spec.person, box)
            name = (
                clean_name(name_el.get("content") or _bio_text(name_el, set()))
                if name_el is not None
                else None
            )
            if not name:
                continue
            link = page.first_of(spec.url, box)
            url = page.absolute(link.get("href")) if link is not None else None
            bio_el = page.first_of(spec.bio, box)
            skip = set(page.css(spec.skip, bio_el)) if bio_el is not None else set()
            bio = _bio_text(bio_el, skip) if bio_el is not None else ""
            avatar = image_of(page, page.first_of(spec.avatar, box))
            sites = (
                [page.absolute(a.get("href")) for a in page.css(spec.websites, box)] if spec.websites else []
            )
            keys = {_norm_url(u) for u in (url, *sites) if u} - {""}
            author = Author(name=name, url=url, bio=bio or None, avatar_url=avatar)
            out.append(_Entry(author, frozenset(keys), not in_site_chrome(box)))
    return out


def _prop(page: Page, scope: etree._Element, name: str) -> etree._Element | None:
    """The first ``itemprop`` of a microdata item, not one of a nested item."""
    for el in page.css(f"[itemprop~='{name}']", scope):
        owner = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
        if owner is scope:
            return el
    return None


def _microdata_entries(page: Page) -> list[_Entry]:
    out: list[_Entry] = []
    for person in find_blocks(page, _PERSON):
        name_el = _prop(page, person, "name")
        if name_el is None:
            continue
        name = clean_name(name_el.get("content") or _bio_text(name_el, set()))
        if not name:
            continue
        url_el = _prop(page, person, "url")
        url = page.absolute((url_el.get("href") or url_el.get("content")) if url_el is not None else None)
        bio_el = _prop(page, person, "description")
        bio = (bio_el.get("content") or _bio_text(bio_el, set())) if bio_el is not None else ""
        image_el = _prop(page, person, "image")
        avatar = None
        if image_el is not None:
            avatar = page.absolute(image_el.get("content") or image_el.get("href")) or image_of(
                page, image_el
            )
        is_author = "author" in (person.get("itemprop") or "").split()
        out.append(
            _Entry(
                Author(name=name, url=url, bio=clean(bio) or None, avatar_url=avatar),
                frozenset({_norm_url(url)} - {""} if url else set()),
                is_author and not in_site_chrome(person),
            )
        )
    return out


def _ld_url(value: Any) -> str | None:
    """A URL from a JSON-LD value: a string, an ImageObject, or a list of either."""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        for key in ("url", "contentUrl", "@id"):
            found = value.get(key)
            if isinstance(found, str) and found.startswith(("http://", "https://", "//")):
                return found
    if isinstance(value, list):
        return next((u for u in (_ld_url(v) for v in value[:5]) if u), None)
    return None


def _ld_entries(page: Page) -> list[_Entry]:
    out: list[_Entry] = []
    for node in page.ld_nodes("Person"):
        raw = node.get("name")
        name = clean_name(raw) if isinstance(raw, str) else None
        if not name:
            continue
        url = page.absolute(node.get("url")) if isinstance(node.get("url"), str) else None
        description = node.get("description")
        # some plugins put the bio's HTML in the description ("<b>*1973</b>, editor...")
        bio = _strip_tags(description) if isinstance(description, str) else ""
        image = node.get("image")
        avatar = page.absolute(_ld_url(page.ld_by_id(image) or image))
        same_as = node.get("sameAs")
        links = [same_as] if isinstance(same_as, str) else same_as if isinstance(same_as, list) else []
        keys = {_norm_url(u) for u in (url, *links) if isinstance(u, str) and u} - {""}
        out.append(
            _Entry(Author(name=name, url=url, bio=bio or None, avatar_url=avatar), frozenset(keys), False)
        )
    return out


def _entries(page: Page) -> list[_Entry]:
    cached = page.cache.get("_author_box_entries")
    if isinstance(cached, list):
        return cached
    # markup first: a box prints the whole bio, JSON-LD descriptions are stripped or truncated
    found = [*_box_entries(page), *_microdata_entries(page), *_ld_entries(page)]
    page.cache["_author_box_entries"] = found
    return found


def _fill(author: Author, other: Author) -> Author:
    return replace(
        author,
        url=author.url or other.url,
        bio=author.bio or other.bio,
        avatar_url=author.avatar_url or other.avatar_url,
    )


def _merge(entries: Iterable[_Entry]) -> list[Author]:
    """One Author per person (same name), the first entry's values winning."""
    merged: dict[str, Author] = {}
    for entry in entries:
        key = _norm_name(entry.author.name)
        merged[key] = _fill(merged[key], entry.author) if key in merged else entry.author
    return list(merged.values())


def author_boxes(page: Page) -> list[Author]:
    """Every author the page describes in an author box, microdata or a JSON-LD ``Person``, one
    per name, with the bio, profile URL and avatar found for it."""
    return _merge(_entries(page))


def _matches(author: Author, entry: _Entry) -> bool:
    if _norm_name(author.name) == _norm_name(entry.author.name):
        return True
    return bool(author.url) and _norm_url(author.url or "") in entry.keys - {""}


def enrich(page: Page, authors: Iterable[Author]) -> tuple[Author, ...]:
    """The authors with bio, URL and avatar filled in from the page's author boxes.

    When the page names no author, the authors of the boxes inside the article are used.
    """
    entries = _entries(page)
    base = tuple(authors)
    if not base:
        base = tuple(_merge(e for e in entries if e.in_article))
    out: list[Author] = []
    for author in base:
        for entry in entries:
            if _matches(author, entry):
                author = _fill(author, entry.author)
        out.append(author)
    return tuple(out)
