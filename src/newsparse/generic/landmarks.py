"""Landmarks: where things are on the page, the notions every finder shares.

- chrome: what is the site's rather than the article's (navigation, sidebars, widgets, the
  site's header and footer): ``in_chrome``, ``chrome_class``;
- the article's main element and the path to it, never chrome: ``main_path``;
- the headline element and the block right after it (the article's date and byline line):
  ``headline_element``, ``follows_headline``;
- the hint index: the elements whose class, id and kindred attributes hold an author, tag or
  breadcrumb word: ``hint_index``.

The name is the accessibility term for the same idea (ARIA landmarks: main, navigation,
complementary, banner, contentinfo): the regions a reader, or a finder, orients by before
reading any field. The field finders (``metadata``, ``authors``, ``dates``, ``taxonomy``) ask
this module where to look and what to skip; it imports none of them (only ``sitenames``, to
tell a logo ``<h1>`` from the headline).
"""

from __future__ import annotations

import re

from lxml import etree

from .._context import Page
from .._memo import remember
from .._native import ENABLED as _COMPILED
from .._text import text_of
from .sitenames import _is_site, _site_keys, _squash

if _COMPILED:
    from .._speedups import hint_values as _compiled_hint_values
    from .._speedups import main_element as _compiled_main_element

__all__ = [
    "chrome_class",
    "follows_headline",
    "headline_element",
    "hint_index",
    "in_chrome",
    "main_path",
]

# Containers that are page chrome, never the article: class/id words and tags.
_CHROME_TAGS = frozenset({"nav", "aside"})
# A class or id token that names chrome: the word itself, or it starting or ending the token
# ("sidebar", "sidebar-left", "site-footer"), not buried inside one ("sticky-sidebar-parent").
_CHROME_WORD = (
    r"(?:sidebar|widgets?|menu|navbar|nav|navigation|breadcrumbs?|related|teasers?|comments?|"
    r"cookie|newsletter|popular|trending|most-?read|recommended|promo|topbar|offcanvas|drawer)"
)
# the site's header and footer, not an article's own ("entry-footer" holds its tags)
_CHROME_START = r"(?:footer|site-?header|masthead|(?:site|page|global|main)[_-]footer)"
_CHROME_WORDS = re.compile(
    rf"(?:^|\s)(?:{_CHROME_WORD}(?:[_-][\w-]+)?|[\w-]+[_-]{_CHROME_WORD}|{_CHROME_START}(?:[_-][\w-]+)?)"
    r"(?:$|\s)",
    re.IGNORECASE,
)


# Class tokens of the article body's container (checked on block elements in one walk: a CSS
# selector group of this size costs several milliseconds per page).
_MAIN_WORDS = (
    "entry-content",
    "post-body",
    "article-body",
    "post-content",
    "article-content",
    "story-body",
    "article__body",
    "post-entry",
    "entry-body",
)
_MAIN_CLASS = re.compile(rf"(?:^|\s)(?:{'|'.join(_MAIN_WORDS)})(?:$|\s)")


def _main_element(page: Page) -> etree._Element | None:
    classes = page.attribute_text("class")
    if "articleBody" not in page.attribute_text("itemprop") and not any(w in classes for w in _MAIN_WORDS):
        # no element can pass the tests below (the attribute index says): the first <article>
        return next(iter(page.elements("article")), None)
    if _COMPILED:
        return _compiled_main_element(page.tree, _MAIN_WORDS, _main_class)
    return _main_in_python(page.tree)


def _main_class(cls: str | None) -> bool:
    return cls is not None and _MAIN_CLASS.search(cls) is not None


def _main_in_python(root: etree._Element) -> etree._Element | None:
    """The first block whose ``itemprop`` or class names the article body, else the first
    ``<article>`` (the reference for ``_speedups.main_element``)."""
    first_article: etree._Element | None = None
    for el in root.iter("div", "section", "article", "main"):
        if "articleBody" in (el.get("itemprop") or "").split():
            return el
        if _main_class(el.get("class")):
            return el
        if first_article is None and el.tag == "article":
            first_article = el
    return first_article


# Words in class/id/itemprop/rel/aria-label/data-testid that the author, tag and breadcrumb finders look for.
_HINT_WORDS = re.compile(
    r"author|byline|autor|auteur|writer|contributor|creator|tag|keyword|schlagw|breadcrumb", re.I
)


_HINT_WORD_LIST = tuple(_HINT_WORDS.pattern.split("|"))


def hint_index(page: Page) -> list[tuple[etree._Element, str]]:
    """Elements whose ``class``, ``id``, ``itemprop``, ``rel``, ``aria-label`` or ``data-testid`` (React
    sites with generated class names name their parts there) holds a word the
    metadata finders look for, with those attributes joined and lower-cased, in document order.

    Computed once per page, shared, from the values the page's attribute index recorded
    (:meth:`Page.word_text`; :meth:`Page.word_holders` gives their elements): a CSS selector
    group of substring matches (``[class*=author]``) costs several milliseconds per page, once
    per finder.
    """
    cached = page.cache.get("generic.hint_index")
    if cached is None:
        cached = []
        last: etree._Element | None = None
        for el in page.word_holders(_hint_values(page.word_text())):
            if el is not last:
                last = el
                get = el.get
                words = (
                    f"{get('class') or ''} {get('id') or ''} {get('itemprop') or ''} "
                    f"{get('rel') or ''} {get('aria-label') or ''} {get('data-testid') or ''}"
                )
                cached.append((el, words.lower()))
        page.cache["generic.hint_index"] = cached
    return cached


def _hint_values(joined: str) -> list[int]:
    """Indexes of the NUL-separated values of ``joined`` that hold a hint word, ascending."""
    if not _COMPILED:
        return _hint_values_in_python(joined)
    found, odd = _compiled_hint_values(joined, _HINT_WORD_LIST)
    matched = [i for i, value in odd if _HINT_WORDS.search(value)]
    return sorted(found + matched) if matched else found


def _hint_values_in_python(joined: str) -> list[int]:
    """:func:`_hint_values` in Python, the reference for ``_speedups.hint_values``.

    The words hold no space, so an element's attributes joined by spaces hold one exactly when
    one of its values does. The values are searched joined by NUL (never in an attribute), ASCII
    lower-cased, each word found by ``str.find`` (a scan in C per word, where the regex's
    alternation stepped through the text): the same test at a fraction of the cost. Other values
    are searched one by one with the regex as they are (case-insensitive Unicode matching is not
    lower-casing: "ſ" matches "s").
    """
    odd: list[int] = []
    if not joined.isascii():
        values = joined.split("\0")
        odd = [i for i, v in enumerate(values) if not v.isascii() and _HINT_WORDS.search(v)]
        joined = "\0".join(v if v.isascii() else "" for v in values)
    text = joined.lower()
    find = text.find
    starts: list[int] = []
    for word in _HINT_WORD_LIST:
        at = find(word)
        while at >= 0:
            starts.append(at)
            at = find(word, at + len(word))
    found: list[int] = []
    if starts:
        starts.sort()
        index = pos = 0  # the value at ``pos`` is number ``index``
        end = -1  # where the value of the last hit ends
        for at in starts:
            if at < end:
                continue  # another word in the same value
            index += text.count("\0", pos, at)
            pos = at
            found.append(index)
            end = find("\0", at)
            if end < 0:
                break
    return sorted(found + odd) if odd else found


def headline_element(page: Page) -> etree._Element | None:
    """The article's ``<h1>``: the only one, else the first of the first five whose text is most
    of a title the page gives (``og:title``, ``<title>``) or holds it, else the first. A page
    may have a logo or a browser notice in an earlier ``<h1>``. Computed once per page."""
    if "generic.headline_element" not in page.cache:
        page.cache["generic.headline_element"] = _find_headline(page)
    found: etree._Element | None = page.cache["generic.headline_element"]
    return found


def _find_headline(page: Page) -> etree._Element | None:
    h1s = page.elements("h1")[:5]
    if len(h1s) < 2:
        return h1s[0] if h1s else None
    titled = next((h1 for h1 in h1s if _titled(page, h1)), None)
    if titled is not None:
        return titled
    # else the first that is not a logo (empty, or the site's name)
    keys = _site_keys(page, None)
    return next((h1 for h1 in h1s if text_of(h1) and not _is_site(text_of(h1), keys)), h1s[0])


def _titled(page: Page, h1: etree._Element) -> bool:
    """Whether a heading's text is most of a title the page gives, or holds one (compared by
    letters and digits: "Kicker - Title" in the title, "Kicker Title" in the heading)."""
    if "generic.titles" not in page.cache:
        title_el = next(iter(page.elements("title")), None)
        titles = [_squash(t) for t in (page.meta_first("og:title"), text_of(title_el)) if t]
        page.cache["generic.titles"] = [t for t in titles if len(t) >= 3]
    text = _squash(text_of(h1))
    if len(text) < 3:
        return False
    known: list[str] = page.cache["generic.titles"]
    return any(title in text or (text in title and len(text) >= 0.5 * len(title)) for title in known)


def follows_headline(el: etree._Element, head_block: frozenset[etree._Element | None]) -> bool:
    """Whether an element comes right after the headline (or after the element holding it): a
    chrome-classed block there ("nav", "teaser" meta lines) is the article's date, byline and
    section line, not the site's chrome (the callers leave chrome tags out)."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev is not None and prev in head_block


def main_path(page: Page) -> frozenset[etree._Element]:
    """The article body's container and its ancestors: never chrome, whatever their classes say
    (Blogger wraps every post in ``div.widget.Blog``; some themes call the content column
    ``sidebar-right``). Computed once per page."""
    cached = page.cache.get("generic.main_path")
    if cached is None:
        found: set[etree._Element] = set()
        el = _main_element(page)
        while el is not None:
            found.add(el)
            el = el.getparent()
        # and the headline's ancestors, unless it sits in the site's header or navigation
        for h1 in page.elements("h1")[:1]:
            chain = list(h1.iterancestors())
            if not any(a.tag in ("header", "nav") for a in chain):
                found.update(chain)
            break
        cached = page.cache["generic.main_path"] = frozenset(found)
    return cached


# WordPress prints a post's own categories and tags as classes ("category-popular",
# "tag-related-news"): they say what the post is about, not what the element is.
# Layout modifiers ("has-sidebar", "no-sidebar", "with-right-rail") describe the page grid.
_TAXONOMY_CLASS = re.compile(
    r"(?:^|\s)(?:category|tag|post_tag|cat|has|with|without|no|show|hide)-[\w-]+", re.IGNORECASE
)


_TAXONOMY_LOWER = re.compile(_TAXONOMY_CLASS.pattern)
_CHROME_LOWER = re.compile(_CHROME_WORDS.pattern)


_CHROME_CLASSES: dict[str, bool] = {}


def chrome_class(words: str) -> bool:
    """Whether class/id words name page chrome (see ``_CHROME_WORDS``).

    Kept: the same class strings come back on many elements of a page (list items, menu
    entries) and across the pages of a site, and each test is a substitution and a search.
    """
    found = _CHROME_CLASSES.get(words)
    if found is None:
        found = remember(_CHROME_CLASSES, words, _names_chrome(words))
    return found


def _names_chrome(words: str) -> bool:
    if not words.strip():
        return False
    taxonomy, chrome = _TAXONOMY_CLASS, _CHROME_WORDS
    if words.isascii():
        # lower-cased ASCII searched case-sensitively: the same tests, faster
        words, taxonomy, chrome = words.lower(), _TAXONOMY_LOWER, _CHROME_LOWER
    if "-" in words:
        words = taxonomy.sub(" ", words)
    return bool(chrome.search(words))


def in_chrome(el: etree._Element, page: Page | None = None) -> bool:
    """Whether an element sits in page chrome (nav, footer, sidebar, widgets, site header).

    With the page given, the article body's ancestors (:func:`main_path`) never count as chrome.
    """
    safe = main_path(page) if page is not None else frozenset()
    node = el.getparent()
    in_article = False
    chain: list[etree._Element] = []
    while node is not None and node.tag not in ("body", "html"):
        chain.append(node)
        if node.tag in ("article", "main"):
            in_article = True
        node = node.getparent()
    above_article = False
    for node in chain:
        tag = node.tag
        if not isinstance(tag, str):
            continue
        if tag in _CHROME_TAGS:
            return True
        if tag in ("article", "main"):
            # layout classes above the article ("content-area sidebar-right") describe the page
            # grid, not the article: only chrome tags count from here up
            above_article = True
            continue
        if above_article or node in safe:
            continue
        # an article's own header and footer (byline, tags) are not the site's
        if tag in ("header", "footer") and not in_article:
            return True
        words = f"{node.get('class') or ''} {node.get('id') or ''}"
        if chrome_class(words) and not (page is not None and follows_headline(node, _head_block(page))):
            return True
    return False


def _head_block(page: Page) -> frozenset[etree._Element | None]:
    # only a headline the page's titles agree with: a site-name <h1> in the header is followed
    # by the site's menu
    if "generic.head_block" not in page.cache:
        headline = headline_element(page)
        page.cache["generic.head_block"] = (
            frozenset([headline, headline.getparent()])
            if headline is not None and _titled(page, headline)
            else frozenset()
        )
    found: frozenset[etree._Element | None] = page.cache["generic.head_block"]
    return found
