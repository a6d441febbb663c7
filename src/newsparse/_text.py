"""Small text and URL helpers shared by every extractor."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ._native import ENABLED as _COMPILED

__all__ = ["absolute_url", "clean", "dedupe", "host_of", "text_of"]

# Elements whose text is never visible prose.
_SKIP_TEXT = frozenset({"script", "style", "noscript", "template", "svg", "math", "head", "title"})


# Elements whose edges separate words: a line break and the block-level elements.
_BREAKS = frozenset(
    {"br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "dt", "dd"}
    | {"section", "article", "header", "footer", "blockquote", "figcaption", "figure", "table", "hr"}
)


def clean(value: str | None) -> str:
    """Collapse whitespace (including non-breaking spaces) and trim."""
    if not value:
        return ""
    # str.split() splits on exactly the characters regex \s matches (non-breaking spaces included),
    # at a quarter of the cost of a substitution
    return " ".join(value.replace("\u200b", "").split())


_clean_in_python = clean  # the reference for ``_speedups.clean``, which builds the text in one pass
if _COMPILED:
    from ._speedups import clean  # the same function, compiled


def text_of(el: etree._Element | None) -> str:
    """Visible text of an element, whitespace collapsed (scripts, styles and comments skipped)."""
    if el is None:
        return ""
    if not len(el):  # a leaf (most calls): its own text, no walk
        return clean(el.text) if isinstance(el.tag, str) else ""
    # iterwalk: iterative (hostile nesting cannot hit the recursion limit) and driven from C; a
    # skipped subtree still ends, so its tail is kept
    parts: list[str] = []
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            tag = node.tag
            # the element asked for is read whatever it is (a <title>); only its descendants are skipped
            if not isinstance(tag, str) or (node is not el and tag.lower() in _SKIP_TEXT):
                walker.skip_subtree()
                continue
            if tag in _BREAKS:
                parts.append(" ")  # a line break or a block's edge separates words as a browser shows them
            if node.text:
                parts.append(node.text)
        else:
            if node.tag in _BREAKS:
                parts.append(" ")
            if node is not el and node.tail:
                parts.append(node.tail)
    return clean("".join(parts))


def first_below(el: etree._Element, tag: str) -> etree._Element | None:
    """The first descendant of ``el`` named ``tag``: ``el.find(".//tag")`` without the path
    machinery (half the cost, for the many small tests of the finders)."""
    return next(el.iterdescendants(tag), None)


def absolute_url(href: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL, or None: ``javascript:``, ``data:``, ``mailto:`` and the like are dropped."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    try:
        joined = urljoin(base, href) if base else href
        scheme = urlsplit(joined).scheme.lower()
    except ValueError:
        return None
    if scheme not in ("http", "https"):
        return None
    return joined


def host_of(url: str | None) -> str | None:
    """Lower-case host of a URL without a leading ``www.``, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def dedupe(values: Iterable[str]) -> tuple[str, ...]:
    """Cleaned, non-empty values in first-seen order, case-insensitively unique."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        value = clean(value)
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return tuple(out)
