"""The body: find the main-content element, then turn it into blocks.

Two steps, both on the shared lxml tree and neither changing it:

1. ``_Analysis`` walks the page once, bottom-up, measuring every element (characters, characters
   inside links, commas) and skipping what is never article text (scripts, navigation, hidden
   elements, plugin boilerplate, elements whose class or id says comment/sidebar/share/related...).
   Paragraph-like elements score their ancestors (readability's scheme: more text and more commas
   score higher, the parent gets the full score, the grandparent half, further ancestors less); the
   best candidate after a link-density penalty is the article, widened to its ancestor when several
   strong candidates share it, and joined by the siblings that read like article text. A choice
   holding almost nothing of a page full of prose is made again without the class weights.
2. ``_Walker`` turns the chosen elements into blocks (paragraphs, headings, quotes, lists,
   images, embeds, preformatted text), stepping over excluded elements and over containers the
   measurements mark as boilerplate (link lists, short bylines/datelines, captions).

``main_body`` also reads what belongs to the article outside the chosen element: other boxes of
its text elsewhere on the page (``_continuations``), the sibling sections of a text printed as a
row of sections (``_sections``) and the standfirst between the headline and the text
(``_ledes``), all found from the choice, without a walk over the page. A choice that reads as
almost nothing is read again with its link lists (a post of links); an article whose text is
only in its JSON-LD ``articleBody`` (printed by a script) gets that text.

``blocks_of`` is the second step alone, shared with site extractors: they pick the root, this
module turns it into blocks minus the chain's boilerplate selectors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from lxml import etree

from .._context import Page
from .._model import (
    Block,
    Body,
    Embed,
    Heading,
    ImageBlock,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
)
from .._text import clean, host_of, text_of
from .boilerplate import SELECTORS as _GENERIC_BOILERPLATE

__all__ = ["blocks_of", "find_main", "main_body"]

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: Elements never read as body text, wherever they are.
_NEVER = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "form",
        "button",
        "input",
        "select",
        "textarea",
        "nav",
        "aside",
        "footer",
        "header",
        "object",
        "canvas",
        "label",
        "head",
        "title",
        "meta",
        "link",
        "dialog",
        "menu",
        "option",
        # ruby annotations: the reading printed above a word (furigana), not words of the text;
        # read inline they split every annotated word in two
        "rt",
        "rp",
    }
)
# Measured like _NEVER except <form>: ASP.NET pages wrap the whole page in one.
# Sectioning tags that usually hold chrome but sometimes wrap the whole page: measured, then dropped
# unless they hold most of the page's text.
_STRUCTURAL = frozenset({"nav", "aside", "footer", "header", "menu", "noscript"})
_NOT_MEASURED = _NEVER - {"form"} - _STRUCTURAL
_INLINE = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "i",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
        "wbr",
        "font",
        "br",
        "del",
        "ins",
        "big",
        "tt",
        "strike",
        "nobr",
    }
)
_MAX_DEPTH = 150
_EMBED_HOSTS = re.compile(
    r"youtube|youtu\.be|vimeo|twitter|x\.com|instagram|facebook|tiktok|spotify|"
    r"soundcloud|dailymotion|podcast|player",
    re.IGNORECASE,
)

# --- class/id hints ------------------------------------------------------------------------------------
# Matched against "class id" lower-cased. Short words need boundaries ("ad" must not hit "head").
_W = r"(?<![a-z0-9])(?:{})(?![a-z0-9])"
#: Never article text: removed before scoring and from the output.
_DROP_HINT = re.compile(
    r"comment|disqus|sidebar|related|recommend|newsletter|cookie|consent|gdpr|outbrain|taboola|"
    r"breadcrumb|share|sharing|social|sponsor|advert|promo|popup|subscribe|signup|sign-up|"
    r"trending|most-?popular|more-?stories|read-?more|readmore|also-?read|"
    + _W.format(
        r"nav|navbar|navigation|menu|footer|ads?|adv|ad-?slot|banner|skyscraper|masthead|"
        r"pagination|pager|toolbar|tools|jump|login|modal|overlay|teaser|teasers|"
        r"sr-only|visually-hidden|screen-reader-text|offscreen|"
        r"tags|tag-?list|keywords|topics|byline|bylines|dateline|credits?"
    )
)
#: Whole-element dropping is vetoed for these (``article-footer`` is not a site footer) unless the
#: negative word is one that is never content even inside an article.
_CONTENT_HINT = re.compile(
    r"article|content|entry|post|story|body|text|main|prose|copy|" + _W.format(r"blog|page|column")
)
_STRONG_DROP = re.compile(
    r"comment|disqus|related|recommend|newsletter|cookie|consent|outbrain|taboola|breadcrumb|share|"
    r"sharing|social|sponsor|advert|" + _W.format(r"ads?|ad-?slot")
)
#: Lowers a candidate's score; inside the article, drops the element when it is short.
_WEAK_HINT = re.compile(
    r"meta|author|date|time|caption|credit|byline|info|label|hint|footnote|email|rss|contact|"
    r"header|masthead|extra|aux|shopping|"
    + _W.format(r"tag|tags|media|photo|image|img|video|gallery|figure|rating|disclaimer")
)
_SHORT = 200
#: Paragraph text a nested ``<article>`` holds beyond any teaser's summary.
_OWN_TEXT = 400
_DROP, _STRONG, _CONTENT, _WEAK, _TEASER = 1, 2, 4, 8, 16
#: The one drop word a box of the article's own text often carries: "teaser-text", "article-teaser"
#: (CMSs name the standfirst so); a teaser of another story links to it, the standfirst does not.
#: Only with a content word in the same class word: a bare "teaser" is a card.
_TEASER_WORD = re.compile(_W.format(r"teasers?"))


@lru_cache(maxsize=16384)
def _classify(selectors: _Selectors, cls: str | None, ident: str | None) -> int:
    """-1 when a boilerplate selector matches the class/id, else the hint flags of the class and
    id words (cached: class strings repeat within and across pages).

    Read word by word: no hint pattern can match across whitespace (they hold letters and "-"
    only, and their boundaries treat whitespace like the ends of the string), so the flags of the
    "class id" string are the union of its words' flags, and words ("container", "entry-content")
    repeat across elements and sites far more than whole class strings do.
    """
    flags = 0
    if cls:
        for word in cls.split():
            if word in selectors.classes:
                return -1
            # WordPress prints the post's categories and tags as classes ("category-ads"): not hints
            if not word.startswith(("category-", "tag-")):
                flags |= _word_flags(word)
    if ident is not None:
        if ident in selectors.ids:
            return -1
        for word in ident.split():
            flags |= _word_flags(word)
    return flags


@lru_cache(maxsize=16384)
def _word_flags(word: str) -> int:
    """The hint classes of one class or id word (the hints are matched lower-cased)."""
    word = word.lower()
    flags = 0
    if _DROP_HINT.search(word):
        flags = _DROP
        if _TEASER_WORD.search(word) and _CONTENT_HINT.search(word):
            flags |= _TEASER  # "teaser-text", "article-teaser": not a bare "teaser" card
        # every strong word is a drop word too: a word that is not one cannot be the other
        if _STRONG_DROP.search(word):
            flags |= _STRONG
    if _CONTENT_HINT.search(word):
        flags |= _CONTENT
    if _WEAK_HINT.search(word):
        flags |= _WEAK
    return flags


#: Block-level containers judged on link density once inside the article.
_CONTAINERS = frozenset({"div", "section", "ul", "ol", "table", "dl", "center", "span"})
#: Tags whose text scores its ancestors (readability's paragraph set).
_PARA_TAGS = frozenset({"p", "pre", "td"})
_TAG_BASE = {
    "div": 5,
    "article": 5,
    "main": 5,
    "section": 2,
    "pre": 3,
    "td": 3,
    "blockquote": 3,
    "address": -3,
    "ol": -3,
    "ul": -3,
    "dl": -3,
    "dd": -3,
    "dt": -3,
    "li": -3,
    "form": -3,
    "th": -5,
    "h1": -5,
    "h2": -5,
    "h3": -5,
    "h4": -5,
    "h5": -5,
    "h6": -5,
}
_TABLE_PARTS = frozenset({"tr", "tbody", "thead", "tfoot"})
_NONWORD = re.compile(r"\W+")
_VISIBLE_TEXT = etree.XPath(
    ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]", smart_strings=False
)
#: All the text inside an element (its string value), in one call into libxml2.
_TEXT = etree.XPath("string()", smart_strings=False)
_SENTENCE_END = re.compile(r"[.!?…\"'”»)]\s*$")


def _compact(text: str) -> str:
    return _NONWORD.sub("", text.casefold())


# What _hidden reads: the checks a page needs (most pages use one of the three attributes or none).
_HIDDEN_ATTR, _ARIA_HIDDEN, _HIDING_STYLE = 1, 2, 4
_ALL_HIDING = _HIDDEN_ATTR | _ARIA_HIDDEN | _HIDING_STYLE


def _blank(text: str | None) -> bool:
    return not text or text.isspace()


def _hidden(el: etree._Element, tag: str, checks: int = _ALL_HIDING) -> bool:
    if checks & _HIDDEN_ATTR and el.get("hidden") is not None:
        return True
    if checks & _ARIA_HIDDEN and el.get("aria-hidden") == "true" and tag not in _INLINE:
        return True
    style = el.get("style") if checks & _HIDING_STYLE else None
    if style and ("none" in style or "hidden" in style):
        compact = style.replace(" ", "").lower()
        return "display:none" in compact or "visibility:hidden" in compact
    return False


def _page_hiding(page: Page) -> int:
    """The checks of :func:`_hidden` some element of the page may pass, by the page's attribute
    index (0 when no element can be hidden)."""
    checks = 0
    if page.attribute_text("hidden"):
        checks |= _HIDDEN_ATTR
    if "true" in page.attribute_text("aria-hidden"):
        checks |= _ARIA_HIDDEN
    style = page.attribute_text("style")
    if "none" in style or "hidden" in style:
        checks |= _HIDING_STYLE
    return checks


_SIMPLE_SELECTOR = re.compile(r"^([.#])(-?[_a-zA-Z][\w-]*)$")


class _Selectors:
    """Boilerplate selectors split for speed: bare ``.class`` and ``#id`` selectors are checked on
    the elements the walk visits anyway (a combined CSS query over the page costs more than the
    whole walk); only the other selectors are run as queries."""

    __slots__ = ("classes", "ids", "other")

    def __init__(self, selectors: tuple[str, ...]) -> None:
        classes: set[str] = set()
        ids: set[str] = set()
        other: list[str] = []
        for sel in dict.fromkeys(s.strip() for s in selectors):
            match = _SIMPLE_SELECTOR.match(sel)
            if match:
                (classes if match.group(1) == "." else ids).add(match.group(2))
            elif sel:
                other.append(sel)
        self.classes = frozenset(classes)
        self.ids = frozenset(ids)
        self.other = tuple(other)

    def hit(self, cls: str | None, ident: str | None) -> bool:
        """Whether an element with this class and id attribute matches a simple selector."""
        if cls and self.classes and not self.classes.isdisjoint(cls.split()):
            return True
        return ident is not None and ident in self.ids


@lru_cache(maxsize=256)
def _selectors(selectors: tuple[str, ...]) -> _Selectors:
    return _Selectors(selectors)


def _selector_matches(page: Page, root: etree._Element, selectors: Iterable[str]) -> set[etree._Element]:
    """Elements under ``root`` matching any selector: one combined query, per-selector on error."""
    sels = [s for s in dict.fromkeys(selectors) if s and s.strip()]
    if not sels:
        return set()
    try:
        return set(page.css(", ".join(sels), root))
    except Exception:  # one bad selector from an extractor must not cost the body: try them one by one
        out: set[etree._Element] = set()
        for sel in sels:
            try:
                out.update(page.css(sel, root))
            except Exception:
                continue
        return out


# --- measuring and scoring -------------------------------------------------------------------------------


class _Analysis:
    """One bottom-up pass over a subtree: text and link sizes, exclusions, paragraph scores."""

    def __init__(
        self, page: Page, root: etree._Element, excluded: set[etree._Element], selectors: _Selectors
    ) -> None:
        self.page = page
        self.root = root
        self.excluded = excluded
        self.selectors = selectors
        #: element -> characters (every measured element); plain ints, no tuple per element: the
        #: walk allocates less, so garbage collection runs less often
        self.chars: dict[etree._Element, int] = {}
        #: element -> characters inside links (elements holding any)
        self.linked: dict[etree._Element, int] = {}
        #: paragraph-like elements: (element, characters, links, commas, first element scored)
        self.paras: list[tuple[etree._Element, int, int, int, etree._Element | None]] = []
        #: element -> hint flags (_DROP, _STRONG, _CONTENT, _WEAK) of its class and id, when any
        self.flags: dict[etree._Element, int] = {}
        self.para_total = 0
        #: element -> characters of the paragraphs inside it (elements holding any)
        self.prose: dict[etree._Element, int] = {}
        # The page's attribute index tells which of the three hiding attributes any element
        # carries (most pages use one or none): the walk reads only those, per element.
        self.hiding = _ALL_HIDING if root.getroottree().getroot() is not page.tree else _page_hiding(page)
        self.page_para_chars = _paragraph_chars(root)
        if self.page_para_chars < 500:  # pages without <p>: all visible text
            self.page_para_chars = sum(len(t.strip()) for t in _VISIBLE_TEXT(root))
        self._measure(root, 0)

    def _measure(self, el: etree._Element, depth: int) -> tuple[int, int, int]:
        start_total = self.para_total
        text = el.text
        chars = commas = 0
        if text:
            chars = len(text.strip())
            if chars:
                commas = text.count(",")
        flow = chars  # running text of this element itself: its text nodes and inline children
        flow_commas = commas
        links = flow_links = 0
        block_children = False
        excluded = self.excluded
        hiding = self.hiding
        sizes = self.chars
        linked = self.linked
        selectors = self.selectors
        for child in el:
            tag = child.tag
            if tag.__class__ is str and depth < _MAX_DEPTH:
                if tag in _NOT_MEASURED or child in excluded or (hiding and _hidden(child, tag, hiding)):
                    excluded.add(child)
                else:
                    flags = 0
                    cls = child.get("class")
                    ident = child.get("id")
                    if cls is not None or ident is not None:
                        flags = _classify(selectors, cls, ident)
                        if flags == -1:
                            excluded.add(child)
                        elif flags:
                            if flags & _TEASER and not flags & _STRONG and _plain_text_box(child):
                                flags &= ~(_DROP | _TEASER)  # a "teaser" leading nowhere: text
                            self.flags[child] = flags
                    # chrome is measured, then dropped when it holds less paragraph text than this
                    # (its paragraphs go with it); None: kept whatever it holds
                    limit = None
                    if (flags & _DROP or tag in _STRUCTURAL) and flags != -1:
                        share = _drop_share(child, tag, flags)
                        if share is not None:
                            limit = self.page_para_chars * share
                    if flags == -1:
                        pass
                    elif limit is not None and tag != "li" and _surely_below(child, limit):
                        # chrome too small to hold the article: dropped without measuring inside
                        excluded.add(child)
                    else:
                        if not len(child):
                            # a leaf (most <a>, <span>, <li>, <img>): measured here, without the call
                            c = cm = 0
                            text = child.text
                            if text:
                                c = len(text.strip())
                                if c:
                                    cm = text.count(",")
                            lk = c if tag == "a" else 0
                            sizes[child] = c
                            if lk:
                                linked[child] = lk
                            if c < 25 or tag in _INLINE:
                                drop = limit is not None and limit > 0  # no paragraph text
                            else:  # a paragraph by itself
                                drop = limit is not None and c < limit
                                if not drop:
                                    self.paras.append((child, c, lk, cm, el))
                                    self.para_total += c
                                    self.prose[child] = c
                        elif limit is not None:
                            mark = len(self.paras)
                            before = self.para_total
                            c, lk, cm = self._measure(child, depth + 1)
                            drop = self.para_total - before < limit
                            if drop:
                                del self.paras[mark:]
                                self.para_total = before
                        else:
                            c, lk, cm = self._measure(child, depth + 1)
                            drop = False
                        if drop:
                            excluded.add(child)
                        else:
                            chars += c
                            links += lk
                            commas += cm
                            if tag in _INLINE:
                                flow += c
                                flow_links += lk
                                flow_commas += cm
                            elif c:  # empty spacer <div>s do not make a container
                                block_children = True
            tail = child.tail
            if tail:
                n = len(tail.strip())
                if n:
                    chars += n
                    flow += n
                    n = tail.count(",")
                    commas += n
                    flow_commas += n
        tag = el.tag
        if tag == "a":
            links = chars
        sizes[el] = chars
        if links:
            linked[el] = links
        if tag in _PARA_TAGS:
            if chars >= 25:
                self.paras.append((el, chars, links, commas, el.getparent()))
                self.para_total += chars
        elif flow >= 25 and tag not in _INLINE:
            # Text directly in a <div> is a paragraph: of its parent when the div holds nothing else
            # (readability's div-to-p), of the div itself when it runs between the div's blocks.
            self.paras.append((el, flow, flow_links, flow_commas, el if block_children else el.getparent()))
            self.para_total += flow
        if self.para_total != start_total:
            self.prose[el] = self.para_total - start_total
        return chars, links, commas

    def links(self, el: etree._Element) -> float:
        """The link density of a measured element (0 when unmeasured or empty)."""
        chars = self.chars.get(el, 0)
        return self.linked.get(el, 0) / chars if chars else 0.0


def _drop_share(el: etree._Element, tag: str, flags: int) -> float | None:
    """The share of the page's paragraph text below which a droppable element is dropped, or
    None when it is never dropped (a wrapper holding most of the page's text is not chrome,
    whatever it is called)."""
    if tag in _STRUCTURAL:
        # a <header> holding a heading alone titles the section it opens (an accordion's item,
        # a part of the story): it is not the page's header, nor the article's with its byline
        return None if tag == "header" and _title_only(el) else 0.4
    if (
        tag in ("body", "html", "article", "main")
        or el.get("itemprop") == "articleBody"
        # a layout wrapper ("has-sidebar", "with-right-rail") may hold the article: never drop the h1
        or el.find(".//h1") is not None
    ):
        return None
    # "entry-content no-share", "article__content js-truncate-related": a content block with a
    # modifier is dropped only when small; chrome words alone need more text to be doubted
    return 0.8 if flags & _STRONG and not flags & _CONTENT else 0.4


def _title_only(el: etree._Element) -> bool:
    """Whether ``el`` holds one ``<h2>``-``<h6>`` without a link, and no other text."""
    if len(el) != 1 or not _blank(el.text):
        return False
    heading = el[0]
    return (
        heading.tag in ("h2", "h3", "h4", "h5", "h6")
        and _blank(heading.tail)
        and heading.find(".//a") is None
    )


def _surely_below(el: etree._Element, limit: float) -> bool:
    """Whether a chrome element holds less paragraph text than ``limit`` whatever its measures:
    all its text together is already less.

    Deciding before the walk inside saves most of the measuring (navigation, footers and share
    bars are a large part of a page's elements). It is the decision the measures would give,
    except that they count a paragraph nested in another paragraph-like element twice. Subtrees
    holding an ``<article>`` are always measured: the teaser test reads their sizes even when
    dropped (as the link-list test reads ``<li>`` sizes, which the caller leaves to the walk).
    """
    return len(_TEXT(el)) < limit and el.find(".//article") is None


def _paragraph_chars(root: etree._Element) -> int:
    """Characters of text in the ``<p>`` elements under ``root`` (each text node stripped)."""
    # iter + itertext, not the XPath ".//p//text()": libxml2 merges the node sets of the two
    # "//" steps with a duplicate check quadratic in the number of paragraphs
    total = 0
    for p in root.iter("p"):
        if len(p):
            total += sum(len(t.strip()) for t in p.itertext())
        elif p.text:  # a paragraph of text only (most): no iterator
            total += len(p.text.strip())
    return total


def _weight(el: etree._Element, flags: int) -> int:
    weight = 50 if el.get("itemprop") == "articleBody" else 0
    if flags & _CONTENT:
        weight += 25
    if flags & (_DROP | _WEAK):
        weight -= 25
    return weight


def _head_text(el: etree._Element, size: int = 160) -> str:
    """The first ``size`` or so characters of an element's text (enough for a comparison key),
    without reading the rest of a long paragraph."""
    parts: list[str] = []
    total = 0
    for piece in el.itertext():
        parts.append(piece)
        total += len(piece)
        if total >= size:
            break
    return "".join(parts)


def _ld_body(page: Page) -> str:
    node = page.ld_article
    value = node.get("articleBody") if node else None
    if isinstance(value, str) and len(value) >= 150:
        return _compact(value)
    return ""


class _Choice:
    """The main-content candidate of a page and the siblings that belong with it."""

    def __init__(self, page: Page) -> None:
        self.page = page
        body = page.tree.find("body")
        self.body = body if body is not None else page.tree
        self.selectors = selectors = _selectors((*_GENERIC_BOILERPLATE, *page.boilerplate))
        self.excluded = _selector_matches(page, self.body, selectors.other)
        self.analysis = _Analysis(page, self.body, self.excluded, selectors)
        self.scores: dict[etree._Element, float] = {}
        self.ld = ""
        #: the smallest element holding every paragraph found in the JSON-LD articleBody
        self.ld_root: etree._Element | None = None
        self.top: etree._Element | None = None
        self.parts: list[etree._Element] = []
        #: the best-scoring candidate (``top`` is it or an ancestor of it)
        self.core: etree._Element | None = None
        self._score()
        self._choose()
        self._retry_short()

    def _init_score(self, el: etree._Element) -> float:
        tag = el.tag if isinstance(el.tag, str) else ""
        return _TAG_BASE.get(tag, 0) + _weight(el, self.analysis.flags.get(el, 0))

    def _score(self) -> None:
        self.ld = ld = _ld_body(self.page)
        scores = self.scores
        paras = self.analysis.paras
        in_ld: list[bool] = []
        if ld:
            for el, *_ in paras:
                key = _compact(_head_text(el))[:60]
                in_ld.append(len(key) >= 20 and key in ld)
            if not any(in_ld):  # the articleBody is not on the page (another text, or a summary)
                in_ld = []
            else:
                self.ld_root = self._common_ancestor(
                    [p[4] for p, hit in zip(paras, in_ld, strict=True) if hit]
                )
        for i, (_el, chars, _links, commas, parent) in enumerate(paras):
            score = 1.0 + commas + min(chars // 100, 3)
            if in_ld:
                # JSON-LD articleBody locates the text: paragraphs it contains count for more, the
                # others for less (not nothing: the articleBody is often truncated)
                score = score * 2 + 3 if in_ld[i] else score / 2
            level = 0
            while parent is not None and level < 5:
                if parent.tag in _TABLE_PARTS:  # rows and row groups are not articles: their table is
                    parent = parent.getparent()
                    continue
                if parent not in scores:
                    scores[parent] = self._init_score(parent)
                scores[parent] += score / (1 if level == 0 else 2 if level == 1 else level * 3)
                if parent is self.body:
                    break
                parent = parent.getparent()
                level += 1
        for el in scores:
            scores[el] *= 1.0 - self.analysis.links(el)

    @staticmethod
    def _common_ancestor(elements: list[etree._Element | None]) -> etree._Element | None:
        found = [e for e in elements if e is not None]
        if not found:
            return None
        common: etree._Element | None = found[0]
        for other in found[1:]:
            line = {other, *other.iterancestors()}
            while common is not None and common not in line:
                common = common.getparent()
        return common

    def _choose(self) -> None:
        scores = self.scores
        if not scores:
            return
        ranked = sorted(scores, key=scores.__getitem__, reverse=True)
        top = core = ranked[0]
        top_score = scores[top]
        if top_score <= 0:
            return
        # several strong candidates inside one ancestor: the article is split, take the ancestor
        alternatives = [set(a.iterancestors()) for a in ranked[1:6] if scores[a] / top_score >= 0.75]
        if len(alternatives) >= 3:
            parent = top.getparent()
            while parent is not None and parent is not self.body:
                if self.analysis.links(parent) > 0.5:
                    # a wrapper this link-heavy is the page's column of widgets and link lists, not
                    # an article split in sections: the walk would read nothing of it
                    break
                if sum(parent in anc for anc in alternatives) >= 3:
                    top = parent
                    break
                parent = parent.getparent()
        # climb while the parent scores better (readability): the candidate was one section of it
        parent = top.getparent()
        last = scores.get(top, 0.0)
        threshold = last / 3
        while parent is not None and parent is not self.body:
            if parent not in scores:
                parent = parent.getparent()
                continue
            parent_score = scores[parent]
            if parent_score < threshold:
                break
            if parent_score > last:
                top = parent
                break
            last = parent_score
            parent = parent.getparent()
        ld_root = self.ld_root
        if ld_root is not None and ld_root is not self.body and ld_root.tag != "html":
            # the paragraphs the articleBody names outrank the scores: they are the article
            top = ld_root
        else:
            top = self._widen(top)
        parent = top.getparent()
        while parent is not None and parent is not self.body and len(parent) == 1:
            top, parent = parent, parent.getparent()
        self.top = top
        self.core = core
        self.parts = self._siblings(top)

    def _retry_short(self) -> None:
        """Choose again without the class and id weights when the choice holds under 500
        characters of a page with much more paragraph text, and keep the longer choice
        (readability's retry): a "content" class gives a small box (a gallery caption, a hero
        text, the headline's wrapper) a head start that a few paragraphs cannot outscore."""
        if self.top is None or self.ld_root is not None:
            return
        chars = self.analysis.chars
        held = sum(chars.get(p, 0) for p in self.parts)
        if held >= 500 or self.analysis.para_total < 2 * held + 500:
            return
        first = (self.top, self.parts, self.core)
        flags = self.analysis.flags
        weighted = self.scores
        self.scores = {
            el: score - _weight(el, flags.get(el, 0)) * (1.0 - self.analysis.links(el))
            for el, score in weighted.items()
        }
        self._choose()
        if self.top is None or sum(chars.get(p, 0) for p in self.parts) <= held:
            self.top, self.parts, self.core = first
        self.scores = weighted

    def _widen(self, top: etree._Element) -> etree._Element:
        """Climb while the parent holds much more prose with few links: the candidate was one
        section of an article split into many (each scoring its own container, none winning)."""
        prose = self.analysis.prose
        own = prose.get(top, 0)
        parent = top.getparent()
        while parent is not None and parent is not self.body and parent.tag != "html":
            more = prose.get(parent, 0)
            if more < 2 * own or more - own < 500 or self.analysis.links(parent) > 0.2:
                break
            top, own = parent, more
            parent = parent.getparent()
        return top

    def _siblings(self, top: etree._Element) -> list[etree._Element]:
        parent = top.getparent()
        if parent is None or top is self.body:
            return [top]
        scores = self.scores
        top_score = scores.get(top, 0.0)
        threshold = max(10.0, top_score * 0.2)
        top_class = top.get("class") or ""
        parts: list[etree._Element] = []
        before = True
        for sib in parent:
            if sib is top:
                parts.append(sib)
                before = False
                continue
            tag = sib.tag
            if not isinstance(tag, str) or sib in self.excluded or sib not in self.analysis.chars:
                continue
            if before and self.ld:
                # articleBody says where the text starts; it may be truncated, so only what comes
                # before the candidate must be in it
                key = _compact(text_of(sib))[:60]
                if len(key) < 20 or key not in self.ld:
                    continue
            bonus = top_score * 0.2 if top_class and sib.get("class") == top_class else 0.0
            if sib in scores and scores[sib] + bonus >= threshold:
                parts.append(sib)
                continue
            if tag == "p" or (tag == "div" and all(c.tag in _INLINE for c in sib)):
                chars = self.analysis.chars[sib]
                density = self.analysis.links(sib)
                long_prose = chars > 80 and density < 0.25
                if long_prose or (0 < chars <= 80 and density == 0 and _SENTENCE_END.search(text_of(sib))):
                    parts.append(sib)
            elif before and tag in ("div", "section"):
                # a container of prose just before the article: a standfirst or a lede (after it,
                # such containers are more often author bios and "more on this" boxes)
                chars = self.analysis.chars[sib]
                prose = self.analysis.prose.get(sib, 0)
                if chars > 150 and prose >= 0.8 * chars and self.analysis.links(sib) < 0.1:
                    parts.append(sib)
        return parts


# --- from elements to blocks -------------------------------------------------------------------------------


#: Stands for a ``<br>`` while the text is collected: a control character lxml never holds (the
#: decoder removes them), so the newlines of the page's source stay mere whitespace.
_BR = "\x00"


def _inline_parts(node: etree._Element, skip: set[etree._Element], parts: list[str], depth: int) -> None:
    # module-level, not nested in _inline_text: a nested recursive function is a reference cycle
    # (it refers to itself through its closure) that only the garbage collector frees
    if node.text:
        parts.append(node.text)
    for child in node:
        tag = child.tag if isinstance(child.tag, str) else ""
        if child in skip or (tag in _NEVER and tag not in _STRUCTURAL) or depth > _MAX_DEPTH:
            pass
        elif tag == "br":
            parts.append(_BR)
        else:
            _inline_parts(child, skip, parts, depth + 1)
        if child.tail:
            parts.append(child.tail)


def _inline_text(el: etree._Element, skip: set[etree._Element]) -> str:
    """Text of an element whose children are inline, with ``<br>`` kept as a line break."""
    if not len(el):  # a leaf (most paragraphs and list items): no <br> inside
        return clean(el.text)
    parts: list[str] = []
    _inline_parts(el, skip, parts, 0)
    text = "".join(parts)
    if _BR not in text:
        return clean(text)
    lines = [clean(line) for line in text.split(_BR)]
    return "\n".join(line for line in lines if line)


def _is_inline_only(el: etree._Element) -> bool:
    return all(isinstance(c.tag, str) and c.tag in _INLINE for c in el)


def _image_block(page: Page, el: etree._Element, skip: set[etree._Element]) -> ImageBlock | None:
    img = el if el.tag == "img" else next((i for i in el.iter("img") if i not in skip), None)
    if img is None:
        return None
    src = img.get("data-src") or img.get("data-lazy-src") or img.get("src")
    url = page.absolute(src)
    if not url:
        return None
    caption = None
    if el.tag == "figure":
        cap = el.find(".//figcaption")
        caption = text_of(cap) or None
    return ImageBlock(url=url, caption=caption or (img.get("alt") or "").strip() or None)


def _is_data_table(table: etree._Element) -> bool:
    """A table of data (rows of short cells) rather than a layout table holding the article."""
    for cell in table.iter("td", "th"):
        for child in cell:
            if child.tag in ("p", "div", "table", "ul", "ol", "h2", "h3", "blockquote"):
                return False
    return True


def _plain_text_box(el: etree._Element) -> bool:
    """A box of text alone: no link out of it (see :func:`_links_away`) and no picture (a teaser
    card, a gallery)."""
    return el.find(".//img") is None and not _links_away(el)


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])", re.IGNORECASE)


def _links_away(el: etree._Element, home: str | None = None) -> bool:
    """Whether ``el`` holds a link other than one inside the running text of a paragraph: a
    linked headline, thumbnail, "read more" or share button (what teasers and cards are made
    of; the links an author writes into a sentence are not). With ``home`` (a host), only links
    to a page of that host count."""
    for a in el.iter("a"):
        href = a.get("href")
        if href is None or href.startswith("#") or _IMAGE_FILE.search(href):
            continue  # a named anchor, a jump within the page, an image's zoom
        if home is not None and "//" in href[:8] and host_of(href) != home:
            continue
        parent = a.getparent()
        while parent is not None and parent is not el and parent.tag in _INLINE:
            parent = parent.getparent()
        if parent is None or parent.tag != "p" or len(_TEXT(parent).strip()) < len(_TEXT(a).strip()) + 20:
            return True
    return False


class _Walker:
    def __init__(
        self,
        page: Page,
        skip: set[etree._Element],
        images: bool,
        analysis: _Analysis | None = None,
        root: etree._Element | None = None,
        selectors: _Selectors | None = None,
    ) -> None:
        self.page = page
        self.selectors = selectors
        self.skip = skip
        self.images = images
        self.analysis = analysis
        self.top = root
        self._largest_for: etree._Element | None = None
        self._largest: etree._Element | None = None
        self.blocks: list[Block] = []
        self.loose: list[str] = []
        #: whether link-heavy containers are dropped as link lists (off for a post of links)
        self.link_lists = True

    def flush(self) -> None:
        text = clean(" ".join(self.loose))
        self.loose.clear()
        if text:
            self.blocks.append(Paragraph(text))

    def walk(self, el: etree._Element, depth: int = 0) -> None:
        if el.text and el.text.strip():
            self.loose.append(el.text)
        for child in el:
            self.visit(child, depth + 1)
            if child.tail and child.tail.strip():
                self.loose.append(child.tail)

    def _boilerplate(self, el: etree._Element, tag: str) -> bool:
        """Inside the article: link lists, short bylines/datelines/captions and their like."""
        analysis = self.analysis
        if analysis is None:
            return False
        chars = analysis.chars.get(el)
        if chars is None:  # not measured: excluded while measuring
            return True
        links = analysis.linked.get(el, 0)
        flags = analysis.flags.get(el, 0)
        # a short box named as the standfirst ("field-intro-text field-label-hidden": the weak
        # word is another class word's) is the article's, unless a drop word names it
        if (
            chars < _SHORT
            and flags & (_WEAK | _DROP)
            and (flags & _DROP or not _lede_words(el.get("class"), el.get("id")))
        ):
            return True
        if tag == "article" and self._teaser(el, chars):
            return True
        if not self.link_lists:
            return False
        if chars and tag in _CONTAINERS:
            density = links / chars
            if density > 0.5 or (tag in ("ul", "ol") and density > 0.3 and self._link_list(el)):
                return True
        return tag == "p" and chars > 0 and links / chars > 0.8 and chars < _SHORT

    def _teaser(self, el: etree._Element, chars: int) -> bool:
        """An ``<article>`` inside the part being walked that is neither the part nor the one article
        standing out in it, and holds less than half of it: a teaser of another story."""
        top = self.top
        analysis = self.analysis
        if top is None or el is top or analysis is None:
            return False
        if top is not self._largest_for:
            self._largest_for = top
            sized = sorted(
                ((analysis.chars.get(a, 0), i, a) for i, a in enumerate(top.iter("article")) if a is not top),
                key=lambda item: (-item[0], item[1]),
            )
            # the one article that stands out is the story; several of a size are a list of teasers
            stands_out = len(sized) == 1 or (len(sized) > 1 and sized[0][0] >= 2 * sized[1][0])
            self._largest = sized[0][2] if sized and stands_out else None
        if el is self._largest or chars >= analysis.chars.get(top, 0) / 2:
            return False
        if analysis.prose.get(el, 0) >= _OWN_TEXT and self.page.host:
            # an <article> with paragraphs of its own is a teaser when it leads to a story of
            # this site (long excerpts of other posts); linking only to other sites (the place's,
            # the shop's "more info"), it is an item of this page, a listicle's entry
            return _links_away(el, self.page.host)
        # a teaser leads to its story. An <article> without a link out of its text is a section of
        # this page (CMSs wrap each content element in one), not a teaser
        return _links_away(el)

    def _link_list(self, el: etree._Element) -> bool:
        """A list whose items are mostly links (navigation, related stories), not prose with links."""
        assert self.analysis is not None
        items = linked = 0
        for li in el:
            chars = self.analysis.chars.get(li)
            if li.tag != "li" or not chars:
                continue
            items += 1
            linked += self.analysis.linked.get(li, 0) / chars > 0.7
        return items > 0 and linked / items >= 0.6

    def visit(self, el: etree._Element, depth: int) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or el in self.skip or depth > _MAX_DEPTH:
            return
        # the measuring pass decided which sectioning elements are chrome; without it, all are
        if tag in _NEVER and (tag not in _STRUCTURAL or self.analysis is None):
            return
        # the measuring pass already set hidden elements aside (with the checks the page needs)
        if self.analysis is None and _hidden(el, tag):
            return
        if self.selectors is not None and self.selectors.hit(el.get("class"), el.get("id")):
            return
        if tag in _INLINE:
            if tag == "br":
                self.loose.append("\n")
                return
            if any(isinstance(c.tag, str) and c.tag not in _INLINE for c in el):
                if not self._boilerplate(el, tag):
                    self.walk(el, depth)  # an inline element wrapping blocks (a <span> around <p>s)
            else:
                self.loose.append(_inline_text(el, self.skip))
            return
        if tag == "img":
            if self.images:
                self.flush()
                block = _image_block(self.page, el, self.skip)
                if block:
                    self.blocks.append(block)
            return
        if self._boilerplate(el, tag):
            return
        self.flush()
        if tag == "p" or (tag in ("div", "section", "dd", "td") and len(el) and _is_inline_only(el)):
            text = _inline_text(el, self.skip)
            if text:
                self.blocks.append(Paragraph(text))
            elif self.images:
                block = _image_block(self.page, el, self.skip)
                if block:
                    self.blocks.append(block)
        elif tag in _HEADINGS:
            text = _inline_text(el, self.skip).replace("\n", " ")
            if text:
                self.blocks.append(Heading(text, _HEADINGS[tag]))
        elif tag == "blockquote":
            inner = _Walker(self.page, self.skip, False, self.analysis, self.top, self.selectors)
            inner.walk(el, depth)
            inner.flush()
            text = "\n".join(b.text for b in inner.blocks if b.text)
            cite_el = el.find(".//cite")
            if text:
                self.blocks.append(
                    Quote(text, cite=text_of(cite_el) or None if cite_el is not None else None)
                )
        elif tag in ("ul", "ol"):
            items = tuple(
                t
                for t in (
                    _inline_text(li, self.skip).replace("\n", " ")
                    for li in el
                    if li.tag == "li" and li not in self.skip
                )
                if t
            )
            if items:
                self.blocks.append(ListBlock(items, ordered=tag == "ol"))
        elif tag == "pre":
            text = "".join(el.itertext()).strip("\n")
            if text.strip():
                self.blocks.append(Preformatted(text))
        elif tag == "figure":
            if self.images:
                block = _image_block(self.page, el, self.skip)
                if block:
                    self.blocks.append(block)
                    return
            self.walk(el, depth)
        elif tag in ("iframe", "video", "audio", "embed"):
            src = el.get("src") or el.get("data-src")
            if src is None:
                source = el.find(".//source")
                src = source.get("src") if source is not None else None
            url = self.page.absolute(src)
            if url:
                kind = (
                    "video"
                    if tag == "video"
                    else "audio"
                    if tag == "audio"
                    else ("social" if _EMBED_HOSTS.search(url) else None)
                )
                self.blocks.append(Embed(url, kind=kind))
        elif tag == "figcaption":
            return
        elif tag == "table" and _is_data_table(el):
            for row in el.iter("tr"):
                cells = [text_of(c) for c in row if c.tag in ("td", "th") and c not in self.skip]
                line = " | ".join(c for c in cells if c)
                if line:
                    self.blocks.append(Paragraph(line))
        else:
            self.walk(el, depth)
        self.flush()


def blocks_of(
    page: Page,
    root: etree._Element,
    *,
    extra_exclude: tuple[str, ...] = (),
    skip: Iterable[etree._Element] = (),
    images: bool = True,
) -> Body:
    """The body blocks of a content element, minus boilerplate: the generic plugin selectors, the
    chain's ``boilerplate``, ``extra_exclude`` and the elements in ``skip``."""
    selectors = _selectors((*_GENERIC_BOILERPLATE, *page.boilerplate, *extra_exclude))
    excluded = _selector_matches(page, root, selectors.other)
    excluded.update(skip)
    walker = _Walker(page, excluded, images, selectors=selectors)
    walker.walk(root)
    walker.flush()
    return Body(tuple(walker.blocks))


# --- the generic body ------------------------------------------------------------------------------------


def _choice(page: Page) -> _Choice:
    cached: Any = page.cache.get("generic.body.choice")
    if isinstance(cached, _Choice):
        return cached
    choice = _Choice(page)
    page.cache["generic.body.choice"] = choice
    return choice


def find_main(page: Page) -> etree._Element | None:
    """The element holding the article text: the best-scoring candidate (see the module docstring)."""
    return _choice(page).top


def _headlines(page: Page) -> list[str]:
    """The page's headline candidates, compacted (cached: the standfirst search and the
    headline drop both read them)."""
    cached: Any = page.cache.get("generic.body.headlines")
    if isinstance(cached, list):
        return cached
    found: list[str] = []
    node = page.ld_article
    if node and isinstance(node.get("headline"), str):
        found.append(node["headline"])
    for name in ("og:title", "twitter:title"):
        found.extend(page.meta.get(name, ()))
    h1 = page.tree.find(".//h1")
    if h1 is not None:
        found.append(text_of(h1))
    title = page.tree.find(".//title")
    if title is not None:
        found.append(text_of(title))
    headlines = [c for c in (_compact(h) for h in found) if len(c) >= 8]
    page.cache["generic.body.headlines"] = headlines
    return headlines


def _drop_headline(page: Page, blocks: list[Block]) -> list[Block]:
    """Without the headline repeated at the top of the body (and the empty blocks before it)."""
    headlines: list[str] | None = None
    for i, block in enumerate(blocks[:4]):
        if not isinstance(block, Heading | Paragraph):
            continue
        if headlines is None:
            headlines = _headlines(page)
        key = _compact(block.text)
        if key and any(key == h or (len(key) >= 15 and h.startswith(key)) for h in headlines):
            return blocks[:i] + blocks[i + 1 :]
    return blocks


# "Updated 5:27 am CST, Wednesday", "By Jane Doe - 11/18/19 11:04 PM": a byline or date line
# written as a paragraph (a date or time within a short line that starts like one).
_DATELINE = re.compile(
    r"^(?:updated|last updated|published|posted|by|von|par|aktualisiert|veröffentlicht|publié|"
    r"mis à jour|actualizado|publicado|aggiornato|pubblicato)\b.{0,80}?\d{1,2}[:/.]\d{2}",
    re.IGNORECASE,
)


def _is_dateline(block: Block) -> bool:
    return isinstance(block, Paragraph) and len(block.text) < 120 and bool(_DATELINE.match(block.text))


# --- the standfirst -------------------------------------------------------------------------------------

#: Class or id words of a standfirst set apart from the body text: a lede, intro, summary or deck.
_LEDE_HINT = re.compile(
    _W.format(
        r"lead|lede|intro|standfirst|abstract|summary|excerpt|teaser|subtitle|sub-?headline|subline|"
        r"dek|deck|chapo"
    )
)
#: Characters per item of a list of key points under the headline, at least (a short sentence).
_KEY_POINT = 30
#: How far above the body a standfirst is looked for: ancestor levels, and elements inspected.
_LEDE_LEVELS = 4
_LEDE_BUDGET = 150


@lru_cache(maxsize=4096)
def _lede_words(cls: str | None, ident: str | None) -> bool:
    """Whether a class or id word names a standfirst. A BEM name is read by its last part
    ("article-header__lead" is the lead of the header); a lede word with a weak one ("lead-image",
    "intro-meta") names something else."""
    for word in f"{cls or ''} {ident or ''}".split():
        part = word.lower().rsplit("__", 1)[-1]
        if _LEDE_HINT.search(part) and not _word_flags(part) & _WEAK:
            return True
    return False


def _after_headline(el: etree._Element) -> bool:
    """Whether the element before ``el`` (comments aside) is the page's ``<h1>``."""
    prev = el.getprevious()
    while prev is not None and prev.tag.__class__ is not str:
        prev = prev.getprevious()
    return prev is not None and prev.tag == "h1"


def _lede_scan(
    el: etree._Element,
    choice: _Choice,
    found: list[etree._Element | None],
    budget: list[int],
    in_header: bool,
) -> None:
    """Collect in ``found``, in document order, the standfirst candidates in and under ``el``
    (elements with a lede word in their class or id, paragraphs of a ``<header>``, the subtitle
    of an ``<hgroup>``), and ``None`` for the headline (an ``<h1>``, or a lower heading saying
    the page's title)."""
    tag = el.tag
    if tag.__class__ is not str:
        return
    budget[0] -= 1
    if budget[0] < 0:
        return
    if tag == "h1" or el.get("itemprop") == "headline":
        # the headline; a page that prints it in a styled <div> names it with microdata
        found.append(None)
        return
    if (tag in _NEVER and tag != "header") or _hidden(el, tag):
        return
    cls = el.get("class")
    ident = el.get("id")
    flags = 0
    if cls is not None or ident is not None:
        flags = _classify(choice.selectors, cls, ident)
        if flags == -1 or flags & _STRONG:
            return  # share bars, related stories, ads
        # an "intro" holding the headline is the article's heading, not its standfirst
        if _lede_words(cls, ident) and el.find(".//h1") is None:
            found.append(el)
            return
    if el.get("itemprop") in ("description", "abstract"):
        found.append(el)  # the standfirst, named with microdata
        return
    if tag == "p" and in_header:
        if not flags & (_WEAK | _DROP):  # a "byline" or "meta" paragraph is not the standfirst
            found.append(el)
        return
    if tag in ("ul", "ol") and in_header:
        # the story's key points listed under the headline, in sentences; a list of links is the
        # header's menu, a list of single words its topics
        items = [li for li in el if li.tag == "li"]
        if (
            items
            and not flags & (_WEAK | _DROP)
            and el.find(".//a") is None
            and len(_TEXT(el).strip()) >= _KEY_POINT * len(items)
        ):
            found.append(el)
        return
    if tag in ("h2", "h3", "h4"):
        key = _compact(text_of(el))
        parent = el.getparent()
        if key and any(key == h or (len(key) >= 15 and h.startswith(key)) for h in _headlines(choice.page)):
            found.append(None)  # the headline, in a lower heading
        elif parent is not None and parent.tag == "hgroup":
            found.append(el)  # the subtitle grouped with the headline
        elif len(key) >= 40 and _after_headline(el):
            found.append(el)  # a sentence in a heading right under the headline: its subtitle
        return
    in_header = in_header or tag == "header"
    for child in el:
        _lede_scan(child, choice, found, budget, in_header)


def _ledes(page: Page, choice: _Choice, first: etree._Element, skip: set[etree._Element]) -> list[Block]:
    """The standfirst between the headline and the body's ``first`` element, when it sits outside
    the body's elements: in the article's ``<header>`` (dropped with the page's headers) or in a
    box of its own ("lede", "intro", "teaser-text": "teaser" is otherwise a word of chrome).

    A standfirst follows the headline: the search reads the siblings before the body and before
    its ancestors, nearest first, a few levels up and within a budget of elements, and stops at
    the headline (or at the article's ``<header>``, which holds it). What it found is kept only
    when the headline bounded it: without one, the stretch read may be the page's chrome."""
    node: etree._Element | None = first
    budget = [_LEDE_BUDGET]
    picked: list[etree._Element] = []
    headline = False
    levels = 0
    while node is not None and node is not choice.body and levels < _LEDE_LEVELS and not headline:
        for sib in node.itersiblings(preceding=True):
            if sib.tag.__class__ is not str:
                continue
            levels += sib is node.getprevious()  # single-child wrappers do not count as a level
            found: list[etree._Element | None] = []
            _lede_scan(sib, choice, found, budget, False)
            if None in found:  # the headline: what follows it, up to the body, is the standfirst
                last = len(found) - found[::-1].index(None)
                picked[:0] = [f for f in found[last:] if f is not None]
                headline = True
            else:
                picked[:0] = [f for f in found if f is not None]
            if headline or budget[0] < 0:
                break
        if budget[0] < 0:
            break
        node = node.getparent()
    if not headline or not picked:
        return []
    blocks: list[Block] = []
    skip = set(skip)
    for el in picked:
        # a byline or a date inside the standfirst's box ("article-subline": author, time) is not
        # part of it: what the measuring pass would drop as short meta inside the article
        for sub in el.iterdescendants():
            tag = sub.tag
            if tag == "time" or (
                tag.__class__ is str
                and (sub.get("class") is not None or sub.get("id") is not None)
                and _classify(choice.selectors, sub.get("class"), sub.get("id")) & (_WEAK | _DROP)
            ):
                skip.add(sub)
    walker = _Walker(page, skip, False, selectors=choice.selectors)
    for el in picked:
        if el.tag in ("ul", "ol"):
            walker.visit(el, 1)  # one list block, not a paragraph per item
        else:
            walker.walk(el)
        walker.flush()
        text = " ".join(b.text for b in walker.blocks)
        links = sum(len(text_of(a)) for a in el.iter("a"))
        if len(text) >= (20 if el.tag != "p" else 60) and links < 0.3 * len(text):
            blocks.extend(b for b in walker.blocks if not _is_dateline(b))
        walker.blocks = []
    return blocks


def _precedes(a: etree._Element, b: etree._Element) -> bool:
    """Whether ``a`` comes before ``b`` in the document (neither holding the other)."""
    path = {b: b}
    child = b
    for anc in b.iterancestors():
        path[anc] = child
        child = anc
    child = a
    for anc in a.iterancestors():
        if anc in path:
            return anc.index(child) < anc.index(path[anc])
        child = anc
    return False


def _continuations(choice: _Choice) -> tuple[list[etree._Element], list[etree._Element]]:
    """Other boxes of the article's text outside the chosen element, before and after it: elements
    of the same tag and class as the best-scoring one holding paragraphs of their own, with few
    links. Pages cut a story into several text boxes (ads, a pull quote or a newsletter box
    between them, each box in its own layout row); the class is the page's name for "the text of
    the story" only when it says so ("story-text", "article-content"): layout classes ("row",
    "col-8") repeat all over a page."""
    core = choice.core
    top = choice.top
    cls = core.get("class") if core is not None else None
    if core is None or top is None or not cls or not _classify(choice.selectors, cls, None) & _CONTENT:
        return [], []
    if _classify(choice.selectors, cls, None) & (_DROP | _WEAK):
        return [], []
    analysis = choice.analysis
    before: list[etree._Element] = []
    after: list[etree._Element] = []
    seen: set[etree._Element] = set()
    for *_, parent in analysis.paras:
        if (
            parent is None
            or parent is core
            or parent in seen
            or parent.tag != core.tag
            or parent.get("class") != cls
        ):
            continue
        seen.add(parent)
        if analysis.prose.get(parent, 0) < 80 or analysis.links(parent) > 0.25:
            continue
        ancestors = set(parent.iterancestors())
        if top in ancestors or any(p in ancestors or p is parent for p in choice.parts):
            continue  # already in the body
        if any(parent in set(p.iterancestors()) for p in choice.parts):
            continue  # holds the body: not another box of it
        (before if _precedes(parent, top) else after).append(parent)
    return before, after


def _sections(choice: _Choice) -> tuple[list[etree._Element], list[etree._Element]]:
    """Sections of the article beside the one holding the chosen element, before and after it:
    siblings with the tag and class of the nearest element around the choice (itself or one of
    its few nearest ancestors) whose class names content ("headline-with-text", "story-section"),
    holding prose with few links. Page builders print a long text as a row of such sections,
    each with its heading and its paragraphs; one of them wins the scoring."""
    analysis = choice.analysis
    node = choice.top
    for _ in range(_SECTION_LEVELS):
        if node is None or node is choice.body:
            break
        flags = analysis.flags.get(node, 0)
        if flags & _CONTENT and not flags & (_DROP | _WEAK):
            cls = node.get("class")
            if not cls:
                break
            found: tuple[list[etree._Element], list[etree._Element]] = ([], [])
            for side, sibs in enumerate((node.itersiblings(preceding=True), node.itersiblings())):
                for sib in sibs:
                    if (
                        sib.tag == node.tag
                        and sib.get("class") == cls
                        and analysis.prose.get(sib, 0) >= 80
                        and analysis.links(sib) <= 0.25
                    ):
                        found[side].append(sib)
            found[0].reverse()
            return found
        node = node.getparent()
    return [], []


#: How many levels above the chosen element a section of the article is looked for.
_SECTION_LEVELS = 5


def _read(walker: _Walker, choice: _Choice, parts: list[etree._Element]) -> _Walker:
    """Walk the body's parts into ``walker``'s blocks (the chosen element's children, the other
    parts whole) and return the walker."""
    for part in parts:
        walker.top = part  # nested articles are judged against the part they are in
        if part is choice.top:
            walker.walk(part)
        else:
            walker.visit(part, 1)
        walker.flush()
    return walker


def main_body(page: Page, skip: Iterable[etree._Element] = ()) -> Body:
    """The generic body of a page: the main content found by scoring, cleaned, as blocks.

    ``skip`` holds elements other finders know are not body text though no selector names them
    (a related-posts list found by its heading).
    """
    choice = _choice(page)
    if choice.top is None:
        return Body()
    before, after = _continuations(choice)
    above, below = _sections(choice)
    parts = list(dict.fromkeys([*above, *before, *choice.parts, *after, *below]))
    walker = _read(_Walker(page, choice.excluded | set(skip), True, choice.analysis), choice, parts)
    held = sum(len(b.text) for b in walker.blocks if b.text)
    if held < 200 and choice.analysis.chars.get(choice.top, 0) >= 4 * held + 500:
        # the chosen element, read, left almost nothing: its text is links (a post that is a list
        # of links with notes, a "link roll"), which the walk drops as link lists. Read it again
        # with them: the element won the scoring on that text
        again = _Walker(page, walker.skip, True, choice.analysis)
        again.link_lists = False
        walker = _read(again, choice, parts)
    blocks = _ledes(page, choice, parts[0], walker.skip) + walker.blocks
    blocks = [b for b in _drop_headline(page, blocks) if not _is_dateline(b)]
    while blocks and isinstance(blocks[-1], Heading):
        # a heading with nothing under it introduced a block that was dropped ("Read more", "Related")
        blocks.pop()
    if choice.ld and choice.ld_root is None:
        text = _ld_text(page)
        if len(text) >= 500 and 4 * sum(len(b.text) for b in blocks if b.text) < len(text):
            # the article's text is in its JSON-LD and not on the page (printed by a script): the
            # page's own text, a quarter of it or less, is what surrounds the article
            return Body(tuple(Paragraph(line) for line in (clean(x) for x in text.splitlines()) if line))
    return Body(tuple(blocks))


def _ld_text(page: Page) -> str:
    """The JSON-LD ``articleBody`` as plain text ("" when it holds markup: a page's HTML, which
    this module does not parse a second time)."""
    node = page.ld_article
    value = node.get("articleBody") if node else None
    if not isinstance(value, str) or ("</" in value and ">" in value):
        return ""
    return value.strip()
