"""The standfirst between the headline and the body text when it sits outside the chosen element
(``_ledes``), with the page's headline candidates and the dateline test the body also uses."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from ..._context import Page
from ..._model import Block, Paragraph
from ..._text import first_below, text_of
from ._common import _NEVER, _TEXT, _compact
from .blocks import _Walker
from .hints import _DROP, _STRONG, _WEAK, _classify, _hidden, _lede_words
from .measure import _Choice


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
    # the first of each, from the page's tag index (``tree.find(".//h1")`` walks the page)
    for tag in ("h1", "title"):
        first = next(iter(page.elements(tag)), None)
        if first is not None:
            found.append(text_of(first))
    headlines = [c for c in (_compact(h) for h in found) if len(c) >= 8]
    page.cache["generic.body.headlines"] = headlines
    return headlines


# "Updated 5:27 am CST, Wednesday", "By Jane Doe - 11/18/19 11:04 PM": a byline or date line
# written as a paragraph (a date or time within a short line that starts like one).
_DATELINE = re.compile(
    r"^(?:updated|last updated|published|posted|by|von|par|aktualisiert|veröffentlicht|publié|"
    r"mis à jour|actualizado|publicado|aggiornato|pubblicato)\b.{0,80}?\d{1,2}[:/.]\d{2}",
    re.IGNORECASE,
)


def _is_dateline(block: Block) -> bool:
    return isinstance(block, Paragraph) and len(block.text) < 120 and bool(_DATELINE.match(block.text))


#: Characters per item of a list of key points under the headline, at least (a short sentence).
_KEY_POINT = 30
#: How far above the body a standfirst is looked for: ancestor levels, and elements inspected.
_LEDE_LEVELS = 4
_LEDE_BUDGET = 150


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
        if _lede_words(cls, ident) and first_below(el, "h1") is None:
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
            and first_below(el, "a") is None
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
