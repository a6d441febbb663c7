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

from collections.abc import Iterable
from typing import Any

from lxml import etree

from ..._context import Page
from ..._model import Block, Body, Heading, Paragraph
from ..._text import clean
from ._common import _compact_within
from .blocks import _Walker, blocks_of
from .continuations import _continuations, _sections
from .measure import _Choice
from .standfirst import _headlines, _is_dateline, _ledes

__all__ = ["blocks_of", "find_main", "main_body"]


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


def _drop_headline(page: Page, blocks: list[Block]) -> list[Block]:
    """Without the headline repeated at the top of the body (and the empty blocks before it)."""
    headlines: list[str] | None = None
    for i, block in enumerate(blocks[:4]):
        if not isinstance(block, Heading | Paragraph):
            continue
        if headlines is None:
            headlines = _headlines(page)
        # a key longer than every headline neither equals nor starts one
        key = _compact_within(block.text, max(map(len, headlines), default=0))
        if key and any(key == h or (len(key) >= 15 and h.startswith(key)) for h in headlines):
            return blocks[:i] + blocks[i + 1 :]
    return blocks


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
