"""What every step of the body reads: the tag sets (never text, chrome-like sections, inline),
the walks' depth limit and the small text helpers."""

from __future__ import annotations

import re

from lxml import etree

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
_NONWORD = re.compile(r"\W+")
#: All the text inside an element (its string value), in one call into libxml2.
_TEXT = etree.XPath("string()", smart_strings=False)


def _compact(text: str) -> str:
    return _NONWORD.sub("", text.casefold())


def _compact_head(text: str, size: int) -> str:
    """``_compact(text)[:size]``, compacting only as much of ``text`` as that needs: case folding
    and dropping non-word characters go character by character, so the key of a prefix is a
    prefix of the key (a paragraph's first lines decide whether it repeats the headline)."""
    window = 2 * size + 32
    while True:
        key = _compact(text[:window])
        if len(key) >= size or window >= len(text):
            return key[:size]
        window *= 4


def _compact_within(text: str, size: int) -> str | None:
    """``_compact(text)`` when it holds at most ``size`` characters, else None (it cannot equal
    or start a key of that size), without compacting a long text whole."""
    key = _compact_head(text, size + 1)
    return key if len(key) <= size else None
