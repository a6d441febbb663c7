"""Categories (sections) and tags (free keywords), kept apart.

Tags: ``article:tag`` metas, JSON-LD ``keywords``, then tag links of the article (``rel=tag``,
links in a tag list such as ``.post-tags``, links to ``/tag/...`` pages inside the article).
Categories: JSON-LD ``articleSection``, ``article:section``, ``rel="category tag"`` links, then the
breadcrumb trail (JSON-LD ``BreadcrumbList`` or breadcrumb markup) without its home and current
page. Site-wide navigation and sidebars (tag clouds, category widgets) never count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from lxml import etree

from .._context import Page
from .._text import dedupe, text_of
from .landmarks import hint_index, in_chrome
from .metadata import _norm
from .sitenames import unescape

__all__ = ["categories", "tags"]

Found = tuple[tuple[str, ...], str]
_MAX = 40
# Class tokens of a post's tag list.
_TAG_LIST = frozenset(
    {
        "tags",
        "post-tags",
        "entry-tags",
        "tag-links",
        "article-tags",
        "tags-links",
        "tag-list",
        "taglist",
        "post-tag",
        "tagged",
        "keywords",
        "schlagworte",
        "article__tags",
        "tags-list",
        "meta-tags",
        "entry-tag",
        "td-tags",
        "single-tags",
        "post__tags",
        "story-tags",
    }
)
# and the same names with a prefix or a list suffix ("art_tags", "article_tags", "tags__list"),
# but not the site's own lists of many posts' tags ("popular-tags", "tag-cloud")
_TAG_LIST_TOKEN = re.compile(
    r"^(?:[a-z0-9]+(?:-|_|__))*(?:tags|keywords|schlagworte)(?:(?:-|_|__)(?:list|links|wrap|wrapper|container|box))?$",
    re.IGNORECASE,
)
_SITE_WIDE_TAGS = re.compile(r"popular|trending|hot|top|cloud|all|most", re.IGNORECASE)


def _tag_list_class(cls: str | None) -> bool:
    """Whether a class attribute names a post's tag list."""
    if not cls:
        return False
    tokens = cls.split()
    if _TAG_LIST.intersection(tokens):
        return True
    return any(_TAG_LIST_TOKEN.match(t) and not _SITE_WIDE_TAGS.search(t) for t in tokens)


_TAG_HREF = re.compile(
    r"/(?:tags?|schlagw[oö]rter?|stichw[oö]rter?|keywords?|topics?|thema|themen?)/[^/?#]+", re.I
)
_TAG_LABEL = re.compile(
    r"^(?:tags?|schlagw[oö]rter|stichw[oö]rter|themen|keywords|mots-clés|etiquetas)\s*:?\s*$", re.I
)
_HOME = re.compile(r"^(?:home|start|startseite|homepage|accueil|inicio|portada|hauptseite|index)$", re.I)


def _split(value: Any) -> list[str]:
    """Keywords given as a list, or as one comma-separated string."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    out: list[str] = []
    for item in value:
        if isinstance(item, str):
            out.extend(unescape(p) for p in item.split(","))
    return [v for v in out if v]


_COUNT = re.compile(r"\s*\(\d[\d.,]*(?:\s+\w+)?\)\s*$")


def _ok(values: Iterable[str]) -> tuple[str, ...]:
    cleaned = (_COUNT.sub("", v).strip().strip("\"'“”„«»#").strip() for v in values)
    # a text ending in a colon labels the list ("Tags:", "Temas relacionados:"): not a tag
    found = [v for v in dedupe(cleaned) if 1 < len(v) <= 80 and not _TAG_LABEL.match(v) and v[-1] != ":"]
    return tuple(found[:_MAX])


def _links(page: Page, elements: Iterable[etree._Element]) -> list[str]:
    out: list[str] = []
    for a in elements:
        if in_chrome(a, page):
            continue
        text = text_of(a).lstrip("#")
        if text:
            out.append(text)
    return out


def _unique(elements: Iterable[etree._Element]) -> list[etree._Element]:
    seen: set[etree._Element] = set()
    out: list[etree._Element] = []
    for el in elements:
        if el not in seen:
            seen.add(el)
            out.append(el)
    return out


def tags(page: Page) -> Found | None:
    """``article:tag`` metas, JSON-LD ``keywords``, tag links of the article."""
    found = _ok(v for raw in page.meta.get("article:tag", ()) for v in _split(raw))
    if found:
        return found, "meta"
    if page.ld_article:
        found = _ok(_split(page.ld_article.get("keywords")))
        if found:
            return found, "jsonld"
    rel = [a for a in page.css("a[rel~='tag']") if "category" not in (a.get("rel") or "")]
    found = _ok(_links(page, rel))
    if found:
        return found, "generic"
    lists = [el for el, _ in hint_index(page) if _tag_list_class(el.get("class"))]
    found = _ok(_links(page, _unique(a for el in lists for a in el.iter("a"))))
    if found:
        return found, "generic"
    found = _ok(_links(page, _tag_link_group(page)))
    if found:
        return found, "generic"
    return None


def _tag_link_group(page: Page) -> list[etree._Element]:
    """Links to tag pages (``/tag/...``) that sit together in one list of the article, not
    links to a tag page from inside the prose."""
    if not _TAG_HREF.search(page.attribute_text("href")):
        return []  # no link of the page goes to a tag page: no need to run the query
    groups: dict[etree._Element, list[etree._Element]] = {}
    for a in page.css("article a[href], main a[href]"):
        if not _TAG_HREF.search(a.get("href") or ""):
            continue
        parent = a.getparent()
        while parent is not None and parent.tag in ("li", "span", "strong", "em"):
            parent = parent.getparent()
        if parent is None or parent.tag == "p":
            continue
        groups.setdefault(parent, []).append(a)
    for links in groups.values():
        if len(links) >= 2:
            return links
    return []


def _breadcrumbs(page: Page) -> list[str]:
    """The trail's middle: neither the home page nor the article itself."""
    for node in page.ld_nodes("BreadcrumbList"):
        items = node.get("itemListElement")
        if not isinstance(items, list):
            continue
        names: list[tuple[int, str]] = []
        for i, item in enumerate(items):
            if not isinstance(item, Mapping):
                continue
            name = item.get("name")
            inner = item.get("item")
            if not isinstance(name, str) and isinstance(inner, Mapping):
                name = inner.get("name")
            position = item.get("position")
            if isinstance(name, str):
                names.append((position if isinstance(position, int) else i, unescape(name)))
        return _trail([n for _, n in sorted(names)], page)
    trails = [el for el, words in hint_index(page) if "breadcrumb" in words and el.tag != "a"]
    for crumbs in trails[:3]:
        texts = [text_of(a) for a in crumbs.iter("a")]
        if texts:
            return _trail([*texts, ""], page)
    return []


def _trail(names: list[str], page: Page) -> list[str]:
    headline = _norm(text_of(next(iter(page.elements("h1")), None)) or "")
    out = [n for n in names[:-1] if n and not _HOME.match(n.strip())]
    if out and _norm(out[0]) in (_norm(page.host or ""), _norm((page.host or "").split(".")[0])):
        out = out[1:]
    return [n for n in out if _norm(n) != headline]


def categories(page: Page) -> Found | None:
    """JSON-LD ``articleSection``, ``article:section``, ``rel="category tag"`` links, breadcrumbs."""
    if page.ld_article:
        found = _ok(_split(page.ld_article.get("articleSection")))
        if found:
            return found, "jsonld"
    found = _ok(unescape(v) for v in page.meta.get("article:section", ()))
    if found:
        return found, "meta"
    found = _ok(_links(page, page.css("a[rel~='category']")))
    if found:
        return found, "generic"
    found = _ok(_breadcrumbs(page))
    if found:
        return found, "generic"
    return None
