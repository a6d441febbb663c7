"""The body: find the main-content element, then turn it into blocks.

``blocks_of`` is shared by every extractor: it walks a content element and yields paragraphs,
headings, quotes, lists, images and embeds, skipping what the page's extractor chain declared
as boilerplate. It never changes the tree: exclusions are a set of elements to step over.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
from .._text import clean, text_of

__all__ = ["blocks_of", "find_main"]

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
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
    }
)
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


def _excluded(page: Page, root: etree._Element, selectors: Iterable[str]) -> set[etree._Element]:
    out: set[etree._Element] = set()
    for sel in selectors:
        try:
            out.update(page.css(sel, root))
        except Exception:  # a bad selector from an extractor must not cost the body
            continue
    return out


def _inline_text(el: etree._Element, skip: set[etree._Element]) -> str:
    """Text of an element whose children are inline, with ``<br>`` kept as a line break."""
    parts: list[str] = []

    def walk(node: etree._Element, depth: int) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if child in skip or tag in _NEVER or depth > _MAX_DEPTH:
                pass
            elif tag == "br":
                parts.append("\n")
            else:
                walk(child, depth + 1)
            if child.tail:
                parts.append(child.tail)

    walk(el, 0)
    lines = [clean(line) for line in "".join(parts).split("\n")]
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


class _Walker:
    def __init__(self, page: Page, skip: set[etree._Element], images: bool) -> None:
        self.page = page
        self.skip = skip
        self.images = images
        self.blocks: list[Block] = []
        self.loose: list[str] = []

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

    def visit(self, el: etree._Element, depth: int) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or el in self.skip or tag in _NEVER or depth > _MAX_DEPTH:
            return
        if el.get("hidden") is not None or (el.get("aria-hidden") == "true" and tag not in _INLINE):
            return
        if tag in _INLINE:
            if tag == "br":
                self.loose.append("\n")
                return
            if any(isinstance(c.tag, str) and c.tag not in _INLINE for c in el):
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
            inner = _Walker(self.page, self.skip, images=False)
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
        elif tag == "table":
            for row in el.iter("tr"):
                cells = [text_of(c) for c in row if c.tag in ("td", "th")]
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
    """The body blocks of a content element, minus the chain's boilerplate and ``extra_exclude``."""
    excluded = _excluded(page, root, (*page.boilerplate, *extra_exclude))
    excluded.update(skip)
    walker = _Walker(page, excluded, images)
    walker.walk(root)
    walker.flush()
    return Body(tuple(walker.blocks))


# --- finding the main content -----------------------------------------------------------------------

_CONTENT_HINTS = (
    "[itemprop='articleBody']",
    "article .entry-content",
    ".entry-content",
    ".post-content",
    ".article-body",
    ".article__body",
    ".story-body",
    "article",
    "main",
    "[role='main']",
)


def find_main(page: Page) -> etree._Element | None:
    """The element holding the article text (first version: markup hints, then most ``<p>`` text)."""
    for sel in _CONTENT_HINTS:
        for el in page.css(sel):
            if sum(len(text_of(p)) for p in el.iter("p")) > 200:
                return el
    best, best_score = None, 0
    for el in page.tree.iter("body", "div", "section", "td", "article", "main"):
        score = sum(len(text_of(p)) for p in el.iterchildren("p"))
        if score > best_score:
            best, best_score = el, score
    return best
