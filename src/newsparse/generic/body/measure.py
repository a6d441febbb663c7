"""Measuring and scoring: ``_Analysis`` measures every element of the page in one bottom-up pass,
``_Choice`` scores the candidates, chooses the main-content element (widened, joined by its
siblings, chosen again without the class weights when it holds almost nothing)."""

from __future__ import annotations

import re

from lxml import etree

from ..._context import Page
from ..._native import ENABLED as _COMPILED
from ..._text import first_below, text_of
from ..boilerplate import SELECTORS as _GENERIC_BOILERPLATE
from ._common import _INLINE, _MAX_DEPTH, _NOT_MEASURED, _STRUCTURAL, _TEXT, _compact, _compact_head
from .hints import (
    _ALL_HIDING,
    _ARIA_HIDDEN,
    _CONTENT,
    _DROP,
    _HIDDEN_ATTR,
    _HIDING_STYLE,
    _STRONG,
    _TEASER,
    _WEAK,
    _classify,
    _hidden,
    _page_hiding,
    _plain_text_box,
    _selector_matches,
    _Selectors,
    _selectors,
)

if _COMPILED:
    from ..._speedups import measure as _compiled_measure
    from ..._speedups import paragraph_chars as _compiled_paragraph_chars

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
_INVISIBLE = frozenset({"script", "style", "noscript"})


def _visible_chars(root: etree._Element) -> int:
    """Characters of the text nodes under ``root`` outside scripts and styles, each stripped.

    A walk that skips those subtrees: the XPath ``.//text()[not(ancestor::script ...)]`` gave the
    same counts but tested every text node's ancestors, a cost of depth times nodes (40 ms on
    one deeply nested page, 1.3 ms on an average one against 0.6 ms for the walk)."""
    total = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if node.tag in _INVISIBLE or not isinstance(node.tag, str):
                walker.skip_subtree()  # its "end" still comes: the tail after it is counted
            elif node.text:
                total += len(node.text.strip())
        elif node is not root and node.tail:
            total += len(node.tail.strip())
    return total


_SENTENCE_END = re.compile(r"[.!?…\"'”»)]\s*$")


def _blank(text: str | None) -> bool:
    return not text or text.isspace()


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
            self.page_para_chars = _visible_chars(root)
        if _COMPILED:
            _compiled_measure(self, root, _TAG_KINDS, _HELPERS, _CONSTANTS)
        else:
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


# What the compiled twin of ``_Analysis._measure`` (``newsparse._speedups.measure``) is given: the
# bits of each tag the walk tests, the Python functions it consults, and its constants.
_KIND_BITS = ((1, _NOT_MEASURED), (2, _STRUCTURAL), (4, _INLINE), (8, _PARA_TAGS), (16, {"a"}), (32, {"li"}))
_TAG_KINDS = {
    tag: sum(bit for bit, tags in _KIND_BITS if tag in tags) for _, tags in _KIND_BITS for tag in tags
}


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
        or first_below(el, "h1") is not None
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
        and first_below(heading, "a") is None
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
    return len(_TEXT(el)) < limit and first_below(el, "article") is None


def _paragraph_chars(root: etree._Element) -> int:
    """Characters of text in the ``<p>`` elements under ``root`` (each text node stripped)."""
    if _COMPILED:
        found = _compiled_paragraph_chars(root)
        if found is not None:
            return found
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


_HELPERS = (_classify, _hidden, _plain_text_box, _drop_share, _surely_below)
_CONSTANTS = (_MAX_DEPTH, _DROP, _STRONG, _TEASER, _HIDDEN_ATTR, _ARIA_HIDDEN, _HIDING_STYLE, _CONTENT)


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
                key = _compact_head(_head_text(el), 60)
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
                key = _compact_head(text_of(sib), 60)
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
