"""Related-post teasers: the plugin and theme blocks that list other posts under an article.

Known blocks are read by their own markup (Jetpack, YARPP, Contextual Related Posts, theme
blocks); otherwise a heading such as "Related posts" or "Weiterlesen" over a list of post links
is taken. Sidebar widgets ("Most read", "Popular") are never read: they are not about the
article. The elements a heading-found block occupies are reported by :func:`block_elements` so
that the body can step over them (plugin blocks are removed by their boilerplate selectors).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lxml import etree

from .._context import Page
from .._dates import parse_date, parse_iso
from .._model import Teaser
from .._text import clean, host_of, text_of

__all__ = [
    "SUPPORTED",
    "block_elements",
    "find_blocks",
    "image_of",
    "in_site_chrome",
    "is_post_link",
    "related",
    "spaced_text",
    "teaser_of",
]

Found = tuple[tuple[Teaser, ...], str]
_MAX_TEASERS = 30


@dataclass(frozen=True, slots=True)
class _Block:
    """Where a plugin or theme prints its related posts, and where each field sits in an item.

    ``item`` is relative to the block; the others are relative to the item (empty: the item
    itself). The first selector of a comma list that matches wins.
    """

    name: str
    block: str
    item: str
    link: str
    title: str = ""
    excerpt: str | None = None
    image: str | None = None
    author: str | None = None
    date: str | None = None


_BLOCKS: tuple[_Block, ...] = (
    _Block(
        "Jetpack Related Posts (block)",
        ".wp-block-jetpack-related-posts",
        ".jp-related-posts-i2__post",
        ".jp-related-posts-i2__post-link a",
        image=".jp-related-posts-i2__post-img-link img, img",
        date=".jp-related-posts-i2__post-date",
    ),
    _Block(
        "Jetpack Related Posts (classic)",
        "#jp-relatedposts, .jp-relatedposts",
        ".jp-relatedposts-post",
        ".jp-relatedposts-post-title a, a.jp-relatedposts-post-a",
        excerpt=".jp-relatedposts-post-excerpt",
        image="img.jp-relatedposts-post-img, img",
        date=".jp-relatedposts-post-date",
    ),
    _Block(
        "YARPP (thumbnails template)",
        ".yarpp-related:not(.yarpp-related-none) .yarpp-thumbnails-horizontal, "
        ".yarpp:not(.yarpp-related-none) .yarpp-thumbnails-horizontal",
        "a.yarpp-thumbnail",
        "",
        title=".yarpp-thumbnail-title",
        image="img",
    ),
    _Block(
        "YARPP (list template)",
        ".yarpp-related:not(.yarpp-related-none), .yarpp.yarpp-related:not(.yarpp-related-none)",
        "li",
        "a[rel~='bookmark'], a",
        excerpt="small",
        image="img",
    ),
    _Block(
        "Contextual Related Posts",
        ".crp_related, #crp_related",
        "li, a.crp_link",
        "a.crp_link, a",
        title=".crp_title",
        excerpt=".crp_excerpt",
        image="img.crp_thumb, img",
        author=".crp_author a, .crp_author",
        date=".crp_date",
    ),
    _Block(
        "Networker / Code Supply Co. themes",
        ".cs-entry__post-related",
        "article",
        ".cs-entry__title a",
        excerpt=".cs-entry__excerpt",
        image=".cs-entry__thumbnail img, img.wp-post-image",
        author=".cs-entry__author-meta a, .cs-meta-author .cs-author",
        date=".cs-meta-date",
    ),
    _Block(
        "Newspaper (tagDiv)",
        ".td_block_related_posts",
        ".td_module_related_posts, .td_module_wrap",
        ".entry-title a, .td-module-title a",
        excerpt=".td-excerpt",
        image=".td-module-thumb img, .td-module-thumb .entry-thumb, .entry-thumb",
        author=".td-post-author-name a",
        date=".td-post-date time, .td-post-date",
    ),
    _Block(
        "JNews",
        ".jnews_related_post_container",
        "article.jeg_post, .jeg_post",
        ".jeg_post_title a",
        excerpt=".jeg_post_excerpt",
        image=".jeg_thumb img",
        author=".jeg_meta_author a",
        date=".jeg_meta_date",
    ),
)

#: Headings that introduce a list of related posts (English, German, French, Spanish, Italian, Dutch).
_HEADING = re.compile(
    r"^(?:related(?:\s+(?:posts?|articles?|stories|content|news|reading|links))?|"
    r"more\s+related\s+(?:posts|articles|stories)|similar\s+(?:posts|articles|stories)|"
    r"you\s+(?:may|might)\s+also\s+(?:like|enjoy)|read\s+(?:more|also|next)|see\s+also|"
    r"weiterlesen|mehr\s+zum\s+thema|lesen\s+sie\s+auch|auch\s+interessant|"
    r"(?:das|dies)\s+könnte\s+sie\s+auch\s+interessieren|(?:ähnliche|verwandte)\s+(?:beiträge|artikel)|"
    r"à\s+lire\s+aussi|lire\s+aussi|articles?\s+(?:similaires|liés|connexes)|"
    r"artículos\s+relacionados|te\s+puede\s+interesar|leggi\s+anche|articoli\s+correlati|"
    r"lees\s+ook|gerelateerde\s+(?:berichten|artikelen))\s*[:.!…]*$",
    re.IGNORECASE,
)
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
# Containers that are not about the article: a heading inside them never starts a related list.
_CHROME_TAGS = frozenset({"aside", "nav", "header", "footer", "form"})
_CHROME_WORDS = re.compile(
    r"(?:^|[\s_-])(?:sidebar|widgets?|widget-area|secondary|menu|navbar|masthead|colophon|"
    r"site-?header|site-?footer|comments?|popular|trending|most-?read|breadcrumbs?)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Archive, pagination and feed links are never posts.
_NOT_POST = re.compile(
    r"/(?:category|categories|tags?|author|topics?|section|page|feed|search|thema|themen|schlagworte?|"
    r"stichworte?|dossiers?|wp-login\.php|wp-admin)(?:/|$)|"
    r"[?&](?:s|cat|tag|author|paged?|cpage|replytocom)=",
    re.IGNORECASE,
)
_TRACKING_PARAMS = ("relatedposts_", "utm_")
# Links to tag and topic pages, by rel or class ("rel=tag", "TopicList-item--tag").
_TAG_LINK = re.compile(r"\btag\b|topic|[\s_-]tag[\s_-]|--tag\b|category", re.IGNORECASE)
_BG_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")

#: (plugin or theme, CSS selector of its block) pairs this module reads, for the docs.
SUPPORTED: tuple[tuple[str, str], ...] = (
    *((b.name, b.block) for b in _BLOCKS),
    (
        "Any theme: a “Related posts”, “You may also like”, “Read more”, “Weiterlesen”, “Mehr zum "
        "Thema”… heading over a list of post links, outside sidebars and menus",
        "h2, h3, h4, h5, h6",
    ),
)


def find_blocks(page: Page, selector: str) -> list[etree._Element]:
    """``page.css(selector)`` over the whole page (skipped, like every ``Page.css`` query, when the
    page holds none of the classes, ids or attribute values the selector needs)."""
    return page.css(selector)


def _first(page: Page, root: etree._Element, selectors: str | None) -> etree._Element | None:
    """The first match of the first selector in a comma list that matches (order = preference)."""
    if selectors is None:
        return None
    if not selectors:
        return root
    return page.first_of(selectors, root)


def image_of(page: Page, el: etree._Element | None) -> str | None:
    """An absolute image URL from an ``<img>`` (lazy-load attributes first) or a CSS background."""
    if el is None:
        return None
    if el.tag != "img":
        inner = next(iter(el.iter("img")), None)
        if inner is not None:
            el = inner
    for name in ("data-src", "data-lazy-src", "data-img-url", "data-original", "src"):
        url = page.absolute(el.get(name))
        if url:
            return url
    match = _BG_URL.search(el.get("style") or "")
    return page.absolute(match.group(1)) if match else None


def date_of(page: Page, el: etree._Element | None) -> datetime | None:
    """A date from ``<time datetime>`` (or a ``datetime`` descendant), else from the element's text."""
    if el is None:
        return None
    stamp = el if el.get("datetime") else next((t for t in el.iter("time") if t.get("datetime")), None)
    if stamp is not None:
        found = parse_iso(stamp.get("datetime"))
        if found:
            return found
    return parse_date(text_of(el), language=page.language)


def clean_url(url: str) -> str:
    """The URL without the tracking parameters related-post plugins append."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.startswith(_TRACKING_PARAMS)
    ]
    return urlunsplit(parts._replace(query=urlencode(query)))


_SPACED = frozenset(
    {"br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "figcaption", "time"}
)
_UNSEEN = frozenset({"script", "style", "noscript", "template", "svg"})


def spaced_text(el: etree._Element | None, skip: frozenset[etree._Element] = frozenset()) -> str:
    """Visible text where line breaks and block elements separate words ("Next Post<br>Title"),
    without the elements in ``skip``."""
    if el is None:
        return ""
    parts: list[str] = []
    _spaced_parts(el, 0, skip, parts)
    return clean("".join(parts))


def _spaced_parts(
    node: etree._Element, depth: int, skip: frozenset[etree._Element], parts: list[str]
) -> None:
    # a module-level function: a nested recursive one is a reference cycle (function and closure
    # cell) that only the garbage collector frees, with the elements it saw
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in _UNSEEN or depth > 60 or node in skip:
        return
    if tag in _SPACED:
        parts.append(" ")
    if node.text:
        parts.append(node.text)
    for child in node:
        _spaced_parts(child, depth + 1, skip, parts)
        if child.tail:
            parts.append(child.tail)
    if tag in _SPACED:
        parts.append(" ")


def teaser_of(
    page: Page,
    item: etree._Element,
    *,
    link: str,
    title: str = "",
    excerpt: str | None = None,
    image: str | None = None,
    author: str | None = None,
    date: str | None = None,
    clean_title: Callable[[str], str] = clean,
    labels: str | None = None,
) -> Teaser | None:
    """A :class:`Teaser` from one card: ``link`` finds the ``<a>`` (empty: the item itself), the
    other selectors the optional parts; the text of ``labels`` ("Previous post") is not part of
    the title. None when the card has no http(s) link or no title."""
    anchor = _first(page, item, link)
    if anchor is None:
        return None
    url = page.absolute(anchor.get("href"))
    if not url:
        return None
    title_el = _first(page, item, title) if title else anchor
    skip = frozenset(page.css(labels, title_el)) if labels and title_el is not None else frozenset()
    name = clean_title(spaced_text(title_el, skip))
    if not name:
        name = clean_title(clean(anchor.get("title")))
    if not name:
        return None
    excerpt_text = clean(text_of(_first(page, item, excerpt))) if excerpt else ""
    author_text = text_of(_first(page, item, author)) if author else ""
    author_text = re.sub(r"^(?:by|von|par|por)\s+", "", author_text, flags=re.IGNORECASE).strip()
    return Teaser(
        title=name,
        url=clean_url(url),
        excerpt=excerpt_text or None,
        image_url=image_of(page, _first(page, item, image)) if image else None,
        author=author_text or None,
        published=date_of(page, _first(page, item, date)) if date else None,
    )


def _unique(page: Page, teasers: Iterable[Teaser | None]) -> tuple[Teaser, ...]:
    own = {u.rstrip("/") for u in (page.url, page.canonical_hint) if u}
    seen: set[str] = set()
    out: list[Teaser] = []
    for teaser in teasers:
        if teaser is None:
            continue
        key = teaser.url.rstrip("/")
        if key in seen or key in own:
            continue
        seen.add(key)
        out.append(teaser)
        if len(out) >= _MAX_TEASERS:
            break
    return tuple(out)


def _from_blocks(page: Page) -> tuple[Teaser, ...]:
    for spec in _BLOCKS:
        for block in find_blocks(page, spec.block):
            items = next((found for sel in spec.item.split(", ") if (found := page.css(sel, block))), [])
            teasers = _unique(
                page,
                (
                    teaser_of(
                        page,
                        item,
                        link=spec.link,
                        title=spec.title,
                        excerpt=spec.excerpt,
                        image=spec.image,
                        author=spec.author,
                        date=spec.date,
                    )
                    for item in items
                ),
            )
            if teasers:
                return teasers
    return ()


# --- the generic pattern: a related heading over post links ----------------------------------------------


def in_site_chrome(el: etree._Element) -> bool:
    """Whether an element sits in page chrome (sidebar, menus, site header/footer, comments).

    The teaser finders' notion (related posts, post navigation, author boxes). It differs from
    :func:`~newsparse.generic.landmarks.in_chrome`, which the metadata finders share: no
    ancestor of the article is exempt, its class words are its own list, and landmark roles
    (``complementary``, ``navigation``, ``banner``) count."""
    node = el.getparent()
    inside_article = False
    chain = []
    while node is not None:
        chain.append(node)
        if node.tag == "article":
            inside_article = True
        node = node.getparent()
    for node in chain:
        tag = node.tag if isinstance(node.tag, str) else ""
        # an article's own <header>/<footer> is part of it; the site's are chrome
        if tag in _CHROME_TAGS and not (tag in ("header", "footer") and inside_article):
            return True
        words = f"{node.get('class') or ''} {node.get('id') or ''}"
        if _CHROME_WORDS.search(words) or node.get("role") in ("complementary", "navigation", "banner"):
            return True
    return False


def _known_block(page: Page) -> set[etree._Element]:
    return {el for spec in _BLOCKS for el in find_blocks(page, spec.block)}


def is_post_link(page: Page, url: str) -> bool:
    """Whether a URL can be a post of this site: not the home page, an archive, a feed or a search."""
    parts = urlsplit(url)
    if _NOT_POST.search(parts.path + ("?" + parts.query if parts.query else "")):
        return False
    if parts.path.strip("/") == "" and not parts.query:
        return False  # the home page
    own_host = page.host
    return own_host is None or host_of(url) == own_host


def _list_after(heading: etree._Element) -> list[etree._Element]:
    """The elements that follow a heading up to the next heading: where its list of links lives.

    A heading wrapped alone in a container (``div.title > h3``) speaks for the container's
    following siblings instead.
    """
    anchor = heading
    for _ in range(2):
        if anchor.getnext() is not None:
            break
        parent = anchor.getparent()
        if parent is None or clean(text_of(parent)) != clean(text_of(heading)):
            break
        anchor = parent
    out: list[etree._Element] = []
    sibling = anchor.getnext()
    while sibling is not None and len(out) < 4:
        tag = sibling.tag if isinstance(sibling.tag, str) else ""
        if tag in ("h1", *_HEADING_TAGS):
            break
        if tag:
            out.append(sibling)
        sibling = sibling.getnext()
    return out


def _heading_blocks(page: Page) -> list[tuple[list[etree._Element], tuple[Teaser, ...]]]:
    """Each related heading found in the page with the elements it spans and its teasers."""
    cached = page.cache.get("_related_heading_blocks")
    if isinstance(cached, list):
        return cached
    found: list[tuple[list[etree._Element], tuple[Teaser, ...]]] = []
    known = _known_block(page)
    # the page's tag index (one shared walk); the CSS group "h2, h3, ..." was five walks
    for heading in page.elements(*_HEADING_TAGS):
        text = text_of(heading)
        if not text or len(text) > 60 or not _HEADING.match(text):
            continue
        if in_site_chrome(heading) or any(a in known for a in heading.iterancestors()):
            continue
        spanned = _list_after(heading)
        # the block ends with the last element holding a teaser: what follows is article text
        holding = [i for i, el in enumerate(spanned) if any(t is not None for t in _links_in(page, [el]))]
        spanned = spanned[: holding[-1] + 1] if holding else []
        teasers = _unique(page, _links_in(page, spanned))
        if teasers:
            found.append(([heading, *spanned], teasers))
    page.cache["_related_heading_blocks"] = found
    return found


# The "Read more" button of a card: never its title.
_READ_MORE = re.compile(
    r"^\W*(?:read\s+more|more|continue\s+reading|mehr(?:\s+lesen)?|weiterlesen|zum\s+artikel|lire\s+la\s+suite|"
    r"en\s+savoir\s+plus|leer\s+m[aá]s|seguir\s+leyendo|leggi\s+(?:tutto|di\s+più))\W*$",
    re.IGNORECASE,
)
_CREDIT = re.compile(r"credit|copyright|caption|photo-?by|quelle|bildnachweis|image-?source", re.IGNORECASE)


def _not_title(anchor: etree._Element) -> frozenset[etree._Element]:
    """Parts of a teaser link that are not its title: the picture, its credit and caption."""
    return frozenset(
        el
        for el in anchor.iterdescendants()
        if isinstance(el.tag, str)
        and (el.tag in ("figure", "figcaption", "picture") or _CREDIT.search(el.get("class") or ""))
    )


def _title_of(el: etree._Element, anchor: etree._Element) -> str:
    heading = next((h for h in el.iter(*_HEADING_TAGS) if text_of(h)), None)
    skip = _not_title(anchor)
    if heading is not None:
        if any(a is anchor for a in heading.iterancestors()):
            # a heading inside the link that is only part of its text is a kicker ("Fotorecht")
            rest = spaced_text(anchor, skip | {heading})
            if len(rest) > len(text_of(heading)):
                return rest
        return spaced_text(heading)
    return spaced_text(anchor, skip) or clean(anchor.get("title"))


def _is_card(el: etree._Element) -> bool:
    return el.tag in ("li", "article") or el.get("role") == "article"


def _outermost(card: etree._Element, container: etree._Element) -> bool:
    """No other card between ``card`` and ``container`` (a list item inside a card is part of it)."""
    if card is container:
        return True
    for ancestor in card.iterancestors():
        if ancestor is container:
            return True
        if _is_card(ancestor):
            return False
    return True


def _links_in(page: Page, elements: list[etree._Element]) -> Iterable[Teaser | None]:
    for el in elements:
        cards = [c for c in el.iter("li", "article", "div", "section") if _is_card(c) and _outermost(c, el)]
        if cards:
            for card in cards:
                yield _card(page, card)
            continue
        # bare links: an image link and a title link to the same post are one teaser
        best: dict[str, etree._Element] = {}
        for anchor in el.iter("a"):
            href = anchor.get("href") or ""
            if href not in best or len(_title_of(anchor, anchor)) > len(_title_of(best[href], best[href])):
                best[href] = anchor
        for anchor in best.values():
            yield _card(page, anchor)


def _card(page: Page, el: etree._Element) -> Teaser | None:
    anchors = [a for a in ([el] if el.tag == "a" else el.iter("a")) if a.get("href")]
    if not anchors:
        return None
    # the link that holds the card's heading, else the one with the most title text
    heading = next(iter(el.iter(*_HEADING_TAGS)), None)
    holding = [
        a
        for a in anchors
        if heading is not None
        and (any(x is a for x in heading.iterancestors()) or any(x is heading for x in a.iterancestors()))
    ]
    titled = [a for a in anchors if not _READ_MORE.match(_title_of(a, a))] or anchors
    anchor = holding[0] if holding else max(titled, key=lambda a: len(_title_of(a, a)))
    url = page.absolute(anchor.get("href"))
    if (
        not url
        or not is_post_link(page, url)
        or _TAG_LINK.search(f"{anchor.get('rel')} {anchor.get('class')}")
    ):
        return None
    title = _title_of(el, anchor)
    # a one-word link under a "More on this" heading is a topic page, not a post
    if not title or len(title) < 4 or len(title.split()) < 2 or _READ_MORE.match(title):
        return None
    return Teaser(
        title=title,
        url=clean_url(url),
        image_url=image_of(page, next(iter(el.iter("img")), None)),
        published=date_of(page, next((t for t in el.iter("time")), None)),
    )


def block_elements(page: Page) -> list[etree._Element]:
    """Elements of heading-found related lists (heading and list), for the body to step over."""
    return [el for elements, _ in _heading_blocks(page) for el in elements]


def related(page: Page) -> Found | None:
    """Teasers of the page's related-posts block: a known plugin or theme block first, then the
    first related heading over post links outside the page chrome."""
    teasers = _from_blocks(page)
    if teasers:
        return teasers, "generic"
    blocks = _heading_blocks(page)
    if blocks:
        return blocks[0][1], "generic"
    return None
