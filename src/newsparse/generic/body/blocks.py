"""From elements to blocks: ``_Walker`` turns chosen elements into paragraphs, headings, quotes,
lists, images, embeds and preformatted text, stepping over excluded elements and boilerplate;
``blocks_of`` is that step alone, for site extractors."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from ..._context import Page
from ..._model import Block, Body, Embed, Heading, ImageBlock, ListBlock, Paragraph, Preformatted, Quote
from ..._native import ENABLED as _COMPILED
from ..._text import clean, text_of
from ..boilerplate import SELECTORS as _GENERIC_BOILERPLATE
from ._common import _INLINE, _MAX_DEPTH, _NEVER, _STRUCTURAL
from .hints import _DROP, _WEAK, _hidden, _lede_words, _links_away, _selector_matches, _Selectors, _selectors
from .measure import _Analysis

if _COMPILED:
    from ..._speedups import inline_text as _compiled_inline_text

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_EMBED_HOSTS = re.compile(
    r"youtube|youtu\.be|vimeo|twitter|x\.com|instagram|facebook|tiktok|spotify|"
    r"soundcloud|dailymotion|podcast|player",
    re.IGNORECASE,
)
_SHORT = 200
#: Paragraph text a nested ``<article>`` holds beyond any teaser's summary.
_OWN_TEXT = 400


#: Block-level containers judged on link density once inside the article.
_CONTAINERS = frozenset({"div", "section", "ul", "ol", "table", "dl", "center", "span"})


#: Stands for a ``<br>`` while the text is collected: a control character lxml never holds (the
#: decoder removes them), so the newlines of the page's source stay mere whitespace.
_BR = "\x00"


#: The tags whose elements :func:`_inline_parts` steps over (their tails are still read).
_STEPPED_OVER = _NEVER - _STRUCTURAL


def _inline_parts(node: etree._Element, skip: set[etree._Element], parts: list[str], depth: int) -> None:
    # module-level, not nested in _inline_text: a nested recursive function is a reference cycle
    # (it refers to itself through its closure) that only the garbage collector frees
    if node.text:
        parts.append(node.text)
    for child in node:
        tag = child.tag if isinstance(child.tag, str) else ""
        if child in skip or tag in _STEPPED_OVER or depth > _MAX_DEPTH:
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
    text = _compiled_inline_text(el, skip, _STEPPED_OVER, _MAX_DEPTH) if _COMPILED else None
    if text is None:
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
