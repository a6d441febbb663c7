"""Previous and next post: theme and core post-navigation blocks, then ``rel=prev/next`` links.

A recognised navigation block is authoritative: when it has no "previous" item the post has no
previous post, and no other link is consulted. ``rel=prev/next`` links count only when they
point to another post: in-article pagination (``/2/``, ``?page=2``), comment pages, archive
pages and links in the site menu are not previous or next posts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qsl, urlsplit

from lxml import etree

from .._context import Page
from .._model import Teaser
from .._text import clean
from .related import find_blocks, in_site_chrome, is_post_link, spaced_text, teaser_of

__all__ = ["SUPPORTED", "is_pagination", "next", "previous", "strip_label"]

Found = tuple[Teaser, str]
Side = Literal["prev", "next"]


@dataclass(frozen=True, slots=True)
class _Nav:
    """A navigation block: its container, the previous and next items, and the parts of an item."""

    name: str
    block: str
    prev: str
    next: str
    link: str
    title: str = ""
    image: str | None = None
    author: str | None = None
    date: str | None = None


_NAVS: tuple[_Nav, ...] = (
    _Nav(
        "Networker / Code Supply Co. themes",
        ".cs-entry__prev-next",
        ".cs-entry__prev",
        ".cs-entry__next",
        "a.cs-entry__prev-next-link, .cs-entry__title a",
        title=".cs-entry__title",
        image=".cs-entry__thumbnail img, img.wp-post-image",
        author=".cs-meta-author .cs-author, .cs-entry__author-meta a",
        date=".cs-meta-date",
    ),
    _Nav(
        "Newspaper (tagDiv)",
        ".td-post-next-prev",
        ".td-post-prev-post",
        ".td-post-next-post",
        "a",
    ),
    _Nav(
        "JNews",
        ".jeg_prevnext_post",
        "a.prev-post",
        "a.next-post",
        "",
        title=".post-title",
    ),
    _Nav(
        "Twenty Twenty",
        ".pagination-single",
        "a.previous-post",
        "a.next-post",
        "",
        title=".title",
    ),
    _Nav(
        "Block themes (core Post Navigation Link block)",
        ".wp-block-post-navigation-link",
        ".post-navigation-link-previous",
        ".post-navigation-link-next",
        "a",
        title=".post-navigation-link__title, a",
    ),
    _Nav(
        "WordPress core post navigation (the_post_navigation)",
        ".post-navigation, #nav-below, #nav-single, .single-navigation",
        ".nav-previous",
        ".nav-next",
        "a",
        title=".post-title, .navigation-post-title, .nav-title, .entry-title, a",
        image="img",
    ),
)

#: (theme or source, CSS selector) pairs this module reads, for the docs.
SUPPORTED: tuple[tuple[str, str], ...] = (
    *((n.name, f"{n.block} (previous: {n.prev}; next: {n.next})") for n in _NAVS),
    (
        "Any page: link and a elements with rel=prev / rel=next that point to another post",
        "link[rel~=prev], link[rel~=next], a[rel~=prev], a[rel~=next]",
    ),
)

# Labels of two or more words: stripped wherever they touch the title.
_PHRASES = (
    r"(?:previous|prev|next|older|newer)\s+(?:posts?|articles?|stor(?:y|ies)|entry|entries|read)\b",
    r"read\s+next|up\s+next",
    r"(?:vorheriger|vorherige|voriger|vorige|nächster|nächste|naechster)\s+(?:beitrag|artikel|eintrag|post)",
    r"(?:article|billet)\s+(?:précédent|suivant)",
    r"(?:artículo|entrada|noticia)\s+(?:anterior|siguiente)|siguiente\s+(?:artículo|entrada)",
    r"(?:articolo|post)\s+(?:precedente|successivo)",
    r"(?:vorige|volgende)\s+(?:bericht|artikel)",
)
# Single words ("Next", "Older"): stripped only when a separator or an arrow sets them apart,
# so that a title such as "Next steps for the council" keeps its first word.
_WORDS = (
    r"previous|prev|next|older|newer|back|forward|zurück|weiter|vor|vorheriger|nächster|précédent|"
    r"suivant|anterior|siguiente|precedente|successivo|vorige|volgende"
)
_ARROWS = r"[«»‹›←→⟵⟶⇐⇒❮❯❰❱◀▶◄►⟨⟩<>—–\-:|·]"
_LABEL_START = re.compile(
    rf"^\s*{_ARROWS}*\s*(?:(?:{'|'.join(_PHRASES)})\s*{_ARROWS}*|(?:{_WORDS})\s*{_ARROWS}+|"
    rf"(?:{_WORDS})\s+(?=(?:{'|'.join(_PHRASES)})))\s*",
    re.IGNORECASE,
)
_LABEL_END = re.compile(
    rf"\s*(?:{_ARROWS}*\s*(?:{'|'.join(_PHRASES)})|{_ARROWS}+\s*(?:{_WORDS}))\s*{_ARROWS}*\s*$",
    re.IGNORECASE,
)
_ONLY_LABEL = re.compile(
    rf"^\s*{_ARROWS}*\s*(?:{'|'.join(_PHRASES)}|{_WORDS})?\s*{_ARROWS}*\s*$", re.IGNORECASE
)
# Elements inside a navigation link that hold its label, not the title.
_LABEL_ELEMENTS = ".meta-nav, .screen-reader-text, .nav-subtitle, .post-navigation-link__label, .caption"
# "No previous article", "No new articles": a theme saying there is nothing there.
_NOTHING = re.compile(r"^\s*(?:no|keine?|aucun|ningún|nessun)\b", re.IGNORECASE)
# Classes of pagination (and of its links) that uses rel=prev/next but never links posts.
_PAGINATION = frozenset(
    {
        "pagination",
        "page-links",
        "post-page-numbers",
        "page-numbers",
        "posts-navigation",
        "comment-navigation",
        "comments-pagination",
        "wp-pagenavi",
        "wp-block-query-pagination",
    }
)
_PAGE_PARAMS = frozenset({"page", "paged", "pg", "cpage", "pagenum", "seite", "p_page"})
_PAGED_PATH = re.compile(r"/(?:page|seite|comment-page-)[/-]?\d+/?$|/comment-page-\d+/?$", re.IGNORECASE)
_TRAILING_NUMBER = re.compile(r"/\d{1,3}/?$")


def strip_label(text: str) -> str:
    """A post title without the navigation label around it ("Previous Post", "Nächster Beitrag", "→")."""
    text = clean(text)
    if _ONLY_LABEL.match(text) or _NOTHING.match(text):
        return ""
    for _ in range(3):  # "Vorheriger Vorheriger Beitrag: Title" stacks a visible and a hidden label
        before = text
        for pattern in (_LABEL_START, _LABEL_END):
            stripped = pattern.sub("", text, count=1)
            if stripped and not _ONLY_LABEL.match(stripped):
                text = stripped
        if text == before:
            break
    return clean(text).strip(" «»‹›←→⟵⟶⇐⇒❮❯❰❱◀▶◄►⟨⟩<>—–:|·")


def _from_nav(page: Page, side: Side) -> tuple[bool, Teaser | None]:
    """(found a navigation block, its item for this side)."""
    for nav in _NAVS:
        blocks = [b for b in find_blocks(page, nav.block) if not _in_pagination(b)]
        if not blocks:
            continue
        for block in blocks:
            item = page.css_first(nav.prev if side == "prev" else nav.next, block)
            if item is None:
                continue
            teaser = teaser_of(
                page,
                item,
                link=nav.link,
                title=nav.title,
                image=nav.image,
                author=nav.author,
                date=nav.date,
                clean_title=strip_label,
                labels=_LABEL_ELEMENTS,
            )
            if teaser is not None:
                return True, teaser
        return True, None
    return False, None


def _in_pagination(el: etree._Element) -> bool:
    node: etree._Element | None = el
    while node is not None:
        classes = set((node.get("class") or "").split())
        if classes & _PAGINATION:
            return True
        node = node.getparent()
    return False


def _path_base(path: str) -> str:
    return _TRAILING_NUMBER.sub("/", _PAGED_PATH.sub("/", path)).rstrip("/")


def is_pagination(page: Page, url: str) -> bool:
    """Whether a URL is another page of the same post, a comment page or an archive page."""
    parts = urlsplit(url)
    if any(k.lower() in _PAGE_PARAMS for k, _ in parse_qsl(parts.query)):
        return True
    if _PAGED_PATH.search(parts.path):
        return True
    own = page.url or page.canonical_hint
    if own:
        mine = urlsplit(own)
        if (mine.hostname or "").removeprefix("www.") == (parts.hostname or "").removeprefix("www."):
            return _path_base(mine.path) == _path_base(parts.path)
        return False
    # without a URL of our own, a short trailing number is more likely a page than a post
    return bool(_TRAILING_NUMBER.search(parts.path))


def _from_rel(page: Page, side: Side) -> Found | None:
    rel = "prev" if side == "prev" else "next"
    for link in find_blocks(page, f"link[rel~='{rel}'][href]"):
        url = page.absolute(link.get("href"))
        title = strip_label(link.get("title") or "")
        if url and title and _is_other_post(page, url):
            return Teaser(title=title, url=url), "meta"
    for anchor in find_blocks(page, f"a[rel~='{rel}'][href]"):
        if _in_pagination(anchor) or in_site_chrome(anchor):
            continue
        url = page.absolute(anchor.get("href"))
        title = strip_label(spaced_text(anchor)) or strip_label(anchor.get("title") or "")
        if url and title and _is_other_post(page, url):
            return Teaser(title=title, url=url), "generic"
    return None


def _is_other_post(page: Page, url: str) -> bool:
    # the home page ("Zurück zur Startseite") or an archive is no post; nor is this post's page 2
    return is_post_link(page, url) and not is_pagination(page, url)


def _find(page: Page, side: Side) -> Found | None:
    found, teaser = _from_nav(page, side)
    if found:
        return (teaser, "generic") if teaser is not None else None
    return _from_rel(page, side)


def previous(page: Page) -> Found | None:
    """The previous (older) post, or None when the page shows none."""
    return _find(page, "prev")


# Named after the Article field; this module never needs the builtin ``next``.
def next(page: Page) -> Found | None:
    """The next (newer) post, or None when the page shows none."""
    return _find(page, "next")
