"""Other parts of the article's text outside the chosen element: boxes of the same text elsewhere
on the page (``_continuations``) and the sibling sections of a text printed as a row of sections
(``_sections``)."""

from __future__ import annotations

from lxml import etree

from .hints import _CONTENT, _DROP, _WEAK, _classify
from .measure import _Choice


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
