"""Page-level metadata: headline, subheadline, description, site name, language, canonical URL,
lead image.

The headline is chosen by agreement: the visible ``<h1>`` (or a heading the metadata titles
agree with) is what readers see and what annotators copy, while ``og:title`` and ``<title>``
often carry a site name, a shortened SEO variant or a kicker. Metadata titles are used, with the
site name removed, when no heading agrees with them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from lxml import etree

from .._context import Page
from .._model import Image
from .._text import clean, host_of, text_of

__all__ = [
    "canonical_url",
    "description",
    "headline",
    "in_chrome",
    "language",
    "lead_image",
    "site_name",
    "strip_site_name",
    "subheadline",
    "unescape",
]

Found = tuple[str, str]

# Separators between a title and a site name. A bare hyphen counts only with spaces around it:
# "Covid-19" is one word.
_SEPARATOR = re.compile(r"\s+(?:[|\-–—·•»«/~]|::)\s+|\s*[|»«•·]\s*|:\s+")
_SQUASH = re.compile(r"[\W_]+")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.IGNORECASE)
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
_SUBHEAD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:sub-?title|sub-?headline|subhead|dek|standfirst|strapline|sub-?heading|"
    r"article-?lead|intro|lede|summary|teaser-?text|excerpt)(?:$|[\s_-])",
    re.IGNORECASE,
)


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


def _norm(value: str) -> str:
    """Comparison form of a title: casefolded, quotes and dashes unified, spaces collapsed."""
    value = value.casefold().translate(_FOLD)
    return " ".join(value.split())


_FOLD = str.maketrans(dict.fromkeys("“”„«»″", '"') | dict.fromkeys("‘’‚‹›′`", "'") | {"–": "-", "—": "-"})


def _squash(value: str) -> str:
    return _SQUASH.sub("", value.casefold())


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
    first_article: etree._Element | None = None
    for el in page.tree.iter("div", "section", "article", "main"):
        if "articleBody" in (el.get("itemprop") or "").split():
            return el
        cls = el.get("class")
        if cls and _MAIN_CLASS.search(cls):
            return el
        if first_article is None and el.tag == "article":
            first_article = el
    return first_article


# Words in class/id/itemprop/rel/aria-label/data-testid that the author, tag and breadcrumb finders look for.
_HINT_WORDS = re.compile(
    r"author|byline|autor|auteur|writer|contributor|creator|tag|keyword|schlagw|breadcrumb", re.I
)


_HINT_WORDS_LOWERED = re.compile(_HINT_WORDS.pattern)


def hint_index(page: Page) -> list[tuple[etree._Element, str]]:
    """Elements whose ``class``, ``id``, ``itemprop``, ``rel``, ``aria-label`` or ``data-testid`` (React
    sites with generated class names name their parts there) holds a word the
    metadata finders look for, with those attributes joined and lower-cased, in document order.

    Computed once per page, shared, from the values the page's attribute index recorded with
    their elements (:meth:`Page.word_attributes`): a CSS selector group of substring matches
    (``[class*=author]``) costs several milliseconds per page, once per finder.
    """
    cached = page.cache.get("generic.hint_index")
    if cached is None:
        cached = []
        holders, values = page.word_attributes()
        last: etree._Element | None = None
        for i in _hint_values(values):
            el = holders[i]
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


def _hint_values(values: list[str]) -> list[int]:
    """Indexes of the values that hold a hint word, ascending.

    The words hold no space, so an element's attributes joined by spaces hold one exactly when
    one of its values does. The values are searched joined by NUL (never in an attribute), ASCII
    lower-cased and searched case-sensitively: the same test at a fraction of the cost. Other
    values are searched one by one as they are (case-insensitive Unicode matching is not
    lower-casing: "ſ" matches "s").
    """
    odd: list[int] = []
    joined = "\0".join(values)
    if not joined.isascii():
        odd = [i for i, v in enumerate(values) if not v.isascii() and _HINT_WORDS.search(v)]
        joined = "\0".join(v if v.isascii() else "" for v in values)
    text = joined.lower()
    search = _HINT_WORDS_LOWERED.search
    found: list[int] = []
    index = pos = 0  # pos: where value number ``index`` starts
    match = search(text)
    while match is not None:
        start = match.start()
        index += text.count("\0", pos, start)
        found.append(index)
        end = text.find("\0", start)
        if end < 0:
            break
        pos, index = end + 1, index + 1
        match = search(text, pos)
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


@lru_cache(maxsize=16384)
def chrome_class(words: str) -> bool:
    """Whether class/id words name page chrome (see ``_CHROME_WORDS``).

    Cached: the same class strings come back on many elements of a page (list items, menu
    entries) and across the pages of a site, and each test is a substitution and a search.
    """
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


def site_name(page: Page) -> Found | None:
    """``og:site_name``, the JSON-LD publisher or WebSite name, ``application-name``."""
    value = page.meta_first("og:site_name")
    if value:
        return unescape(value), "meta"
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
    return (unescape(value), "meta") if value else None


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


# Segments CMS themes add to every title ("Site » Blog Archive » Title").
_CMS_SEGMENT = re.compile(r"^\s*(?:blog archive|archive|archiv|blog|home|startseite)\s*$", re.IGNORECASE)


def strip_site_name(title: str, keys: set[str]) -> str:
    """Remove site-name prefixes and suffixes ("Title | Site", "Site: Title") from a title.

    ``keys`` are squashed site names (see :func:`_site_keys`); only segments that match one are
    removed, so a dash inside a headline survives.
    """
    cuts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(title)]
    if not cuts or not keys:
        return title
    start, end = 0, len(title)
    # strip from the end first ("Title - Section | Site"), then from the front ("Site: Title")
    for cut_start, cut_end in reversed(cuts):
        if cut_start <= start:
            break
        if _is_site(title[cut_end:end], keys) or _CMS_SEGMENT.match(title[cut_end:end]):
            end = cut_start
        else:
            break
    for cut_start, cut_end in cuts:
        if cut_end >= end:
            break
        if cut_start >= start and (
            _is_site(title[start:cut_start], keys) or _CMS_SEGMENT.match(title[start:cut_start])
        ):
            start = cut_end
        else:
            break
    result = clean(title[start:end])
    return result or title


# A kicker (overline) printed inside the headline element: "<h1><span class=kicker>Transport</span>
# Later ferries</h1>". Its text is not part of the headline.
_KICKER_CLASS = re.compile(
    r"kicker|dachzeile|overline|topline|roofline|eyebrow|supertitle|spitzmarke|overtitle|"
    r"headline-intro|title-intro|pretitle|pre-title|label|rubric|category",
    re.IGNORECASE,
)


# inline CSS-in-JS styles and scripts inside a heading: not its text
_NOT_TEXT = frozenset({"style", "script", "noscript", "template"})


def _heading_text(el: etree._Element) -> str:
    """A heading's text without a kicker child, with a space between its child elements."""
    kicker = [c for c in el if isinstance(c.tag, str) and _KICKER_CLASS.search(c.get("class") or "")]
    if not kicker and len(el) == 0:
        return text_of(el)
    parts: list[str] = [el.text or ""]
    for child in el:
        if child not in kicker and isinstance(child.tag, str) and child.tag not in _NOT_TEXT:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    text = clean(" ".join(parts))
    # the separator printed between the kicker and the title ("Kicker - Title") goes with it
    return text.lstrip(" -–—:|·•") if kicker else text


def _headings(page: Page, tag: str, limit: int) -> list[str]:
    out: list[str] = []
    for el in page.elements(tag):
        if len(out) >= limit:
            break
        text = _heading_text(el)
        if 3 <= len(text) <= 400 and not in_chrome(el, page):
            out.append(text)
    return out


def _meta_titles(page: Page) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    article = page.ld_article
    if article:
        value = _ld_text(article.get("headline"))
        if value:
            out.append((value, "jsonld"))
    for name in ("og:title", "twitter:title", "dc.title"):
        value = page.meta_first(name)
        if value:
            out.append((unescape(value), "meta"))
    title = next(iter(page.elements("title")), None)
    if title is not None:
        value = text_of(title)
        if value:
            out.append((value, "generic"))
    return out


def _agrees(heading: str, titles: Iterable[str]) -> bool:
    """A heading agrees with a metadata title when it is the title or a whole segment of it, or
    most of it (an SEO title that appends a few words)."""
    nh = _norm(heading)
    if len(nh) < 3:
        return False
    for title in titles:
        nt = _norm(title)
        if nh == nt:
            return True
        if nh in nt and len(nh) >= 0.6 * len(nt):
            return True
        if nh in (_norm(s) for s in _SEPARATOR.split(title)):
            return True
    return False


def headline(page: Page, site: str | None) -> Found | None:
    """The heading the metadata titles agree with, else the best metadata title with the site
    name removed, else the article's only ``<h1>``."""
    keys = _site_keys(page, site)
    metas = _meta_titles(page)
    stripped = [(strip_site_name(v, keys), s) for v, s in metas]
    titles = [v for v, _ in metas] + [v for v, _ in stripped]
    h1s = _headings(page, "h1", 8)
    h1s = [h for h in h1s if not _is_site(h, keys)]
    for heading in h1s:
        # a kicker inside the h1 ("Kicker Title") when a metadata title is the rest of it
        nh = _norm(heading)
        for value, source in stripped:
            nv = _norm(value)
            if nv != nh and nh.endswith(nv) and len(nv) >= 0.6 * len(nh) and nh[-len(nv) - 1] in " :|":
                return value, source
            # and a date, meta line or site name printed inside the h1 after the title ("Title
            # 02.02.2022 • News", "Title | Site"); a colon or dash there goes on with the headline
            rest = nh[len(nv) :].lstrip() if len(nv) >= 10 and nh.startswith(nv) else ""
            if rest and (rest[0].isdigit() or rest[0] in "•·|"):
                return value, source
        if _agrees(heading, titles):
            return heading, "generic"
    for heading in _headings(page, "h2", 20):
        if _norm(heading) in {_norm(t) for t in titles} and not _is_site(heading, keys):
            return heading, "generic"
    if len(h1s) == 1:
        return h1s[0], "generic"
    for value, source in stripped:
        if value and not _is_site(value, keys):
            return _drop_pipe_suffix(value), source
    for heading in _headings(page, "h2", 3):
        return heading, "generic"
    return None


def _drop_pipe_suffix(title: str) -> str:
    """Drop a short last ``" | "`` segment: a site or section name the site keys did not catch
    ("Title | Some Magazine"). A pipe is almost never part of a headline's wording."""
    head, sep, tail = title.rpartition(" | ")
    if sep and len(tail.split()) <= 5 and len(tail) < len(head):
        return head.strip()
    return title


_SUBHEAD_LOWER = re.compile(_SUBHEAD_CLASS.pattern)


def _subhead_class(words: str) -> bool:
    # lower-cased ASCII searched case-sensitively: the same test, twice as fast
    if words.isascii():
        return bool(_SUBHEAD_LOWER.search(words.lower()))
    return bool(_SUBHEAD_CLASS.search(words))


def subheadline(page: Page) -> Found | None:
    """A standfirst printed under the headline: an element with a subtitle-like class next to the
    article's ``<h1>`` (not the meta description, which is often an SEO text)."""
    for h1 in page.elements("h1"):
        if in_chrome(h1, page):
            continue
        parent = h1.getparent()
        scopes = [parent] if parent is None else [parent, parent.getparent()]
        for scope in scopes:
            if scope is None:
                continue
            for el in scope.iter("p", "h2", "div", "span"):
                words = f"{el.get('class') or ''} {el.get('id') or ''}"
                if el is h1 or not words.strip() or not _subhead_class(words):
                    continue
                text = text_of(el)
                if 10 <= len(text) <= 600 and not _meta_line(text):
                    return text, "generic"
        break
    return None


# A byline or date line under the headline, in a block a theme also calls "subtitle" or "meta"
_META_LINE = re.compile(
    r"^(?:by|von|par|por|door|posted|published|updated|aktualisiert|veröffentlicht|publié)\b|"
    r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def _meta_line(text: str) -> bool:
    """Whether a subtitle candidate is the article's byline or date line, not a standfirst."""
    return bool(_META_LINE.match(text)) or (len(text) < 120 and bool(_CLOCK.search(text)))


def description(page: Page) -> Found | None:
    """``og:description``, the description ``<meta>``, JSON-LD ``description``."""
    value = page.meta_first("og:description", "description", "twitter:description")
    if value:
        return unescape(value), "meta"
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


def _num(value: Any) -> int | None:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


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
            return Image(
                url=url,
                caption=_ld_text(value.get("caption")),
                width=_num(value.get("width")),
                height=_num(value.get("height")),
            )
    return None


def lead_image(page: Page) -> tuple[Image, str] | None:
    """``og:image`` (with its declared size), else the JSON-LD ``image``; the site's own icons,
    logo and placeholder are skipped (a page without a picture of its own shares those)."""
    url = page.absolute(
        page.meta_first(
            "og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src"
        )
    )
    if url:
        image = Image(
            url=url,
            caption=page.meta_first("og:image:alt"),
            width=_num(page.meta_first("og:image:width")),
            height=_num(page.meta_first("og:image:height")),
        )
        if not _site_image(page, image):
            return image, "meta"
    if page.ld_article:
        found = _ld_image(page.ld_article.get("image"), page)
        if found and not _site_image(page, found):
            return found, "jsonld"
    return None


_ICON_NAME = re.compile(r"favicon|apple-touch-icon|placeholder|no-?image|no-img", re.IGNORECASE)


def _site_image(page: Page, image: Image) -> bool:
    """Whether an image is the site's rather than the article's: an icon (by format, name or a
    declared size under 100 pixels) or the publisher's logo in JSON-LD. (Not by the icon
    ``<link>``: some CMSs point it at the article's picture.)"""
    path = image.url.split("?")[0]
    if path.lower().endswith((".ico", ".svg")) or _ICON_NAME.search(path.rsplit("/", 1)[-1]):
        return True
    if (image.width is not None and image.width < 100) or (image.height is not None and image.height < 100):
        return True
    return image.url in _site_image_urls(page)


def _site_image_urls(page: Page) -> set[str]:
    """The publisher logos of the page's JSON-LD (per page)."""
    cached = page.cache.get("generic.site_images")
    if cached is None:
        cached = set()
        for node in page.jsonld:
            for holder in (node, node.get("publisher")):
                if isinstance(holder, Mapping):
                    holder = page.ld_by_id(holder) or holder
                    logo = _ld_image(holder.get("logo"), page) if isinstance(holder, Mapping) else None
                    if logo:
                        cached.add(logo.url)
        page.cache["generic.site_images"] = cached
    return cached
