"""The page context: one parse of a page, shared by every extractor that reads it.

Built once per page: the lxml tree, the URL, a normalised ``<meta>`` map, the JSON-LD objects
(``@graph`` flattened, grouped by ``@type``), and a lazily built BeautifulSoup view for extractor
authors who prefer its API. Extractors read from it; none may change the tree.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

import lxml.html
from cssselect import HTMLTranslator, SelectorError
from cssselect import parse as parse_css
from cssselect.parser import Attrib, Class, CombinedSelector, Element, Hash
from lxml import etree

from ._native import ENABLED as _COMPILED
from ._text import absolute_url, clean, host_of, text_of

if _COMPILED:
    from ._speedups import index_page as _compiled_index_page
    from ._speedups import long_tags as _compiled_long_tags
    from ._speedups import select as _compiled_select
    from ._speedups import word_holders as _compiled_word_holders

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

__all__ = ["ARTICLE_TYPES", "Page", "compile_css"]

#: schema.org types that describe the article itself.
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "BlogPosting",
        "ReportageNews",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "BackgroundNewsArticle",
        "AskPublicNewsArticle",
        "LiveBlogPosting",
        "ScholarlyArticle",
        "TechArticle",
        "Report",
        "SatiricalArticle",
        "SocialMediaPosting",
        "DiscussionForumPosting",
        "MedicalScholarlyArticle",
        "Blog",
        "WebPage",
        "VideoObject",
        "Recipe",
    }
)
_PRIMARY_ARTICLE_TYPES = ARTICLE_TYPES - {"WebPage", "Blog", "VideoObject"}

# The HTML parser never loads a DTD or an external entity and never expands entities declared in
# a DOCTYPE's internal subset (billion laughs, XXE); no_network is kept as a second lock.
_PARSER_OPTIONS: dict[str, Any] = {
    "remove_comments": True,
    "remove_pis": True,
    "no_network": True,
    "default_doctype": False,
    "collect_ids": False,
}
#: Kept for callers that parse a fragment the way pages are parsed (never for a whole page: see
#: ``_parse_tree``, which needs a parser of its own to read its error log).
_PARSER = lxml.html.HTMLParser(**_PARSER_OPTIONS)
_XML_DECL = re.compile(r"^\s*(?:<!--.*?-->\s*)*<\?xml[^>]*>", re.DOTALL)
# libxml2's limits (depth 256, 10 MB text or attribute) make it stop and drop the rest of the page.
_RESOURCE_LIMIT = "ERR_RESOURCE_LIMIT"
# A tag this long may hide thousands of attributes; libxml2 checks duplicates pairwise (quadratic).
# Length counts a quoted value as one unit (values holding ">" cannot hide attributes) and 16
# other characters as one: a tag of 128 units has 64 quoted attributes or is 2 KB long.
_LONG_TAG_UNITS = 128
_LONG_TAG = re.compile(
    rf"""<[a-zA-Z][^\s<>/]*+(?=(?:[^<>"']{{1,16}}+|"[^"]*+"|'[^']*+'){{{_LONG_TAG_UNITS}}})"""
)
_ATTRIBUTE = re.compile(r"""\s*(?:[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?|/(?!>))""")
_TAG_END = re.compile(r"\s*/?>")
_MAX_ATTRIBUTES = 256
# Nesting kept when a page went past libxml2's depth limit; real pages stay well under it.
_MAX_DEPTH = 100
_TAG = re.compile(r"<(/?)([a-zA-Z][^\s/>]*)[^>]*>")
_VOID = frozenset(
    {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen"}
    | {"link", "meta", "param", "source", "track", "wbr"}
)
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "noembed", "noframes", "template"})
# elements a second start tag of the same name closes (a list item ends at the next one)
_SELF_CLOSING_SIBLINGS = frozenset({"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rt"})
_LD_TYPE = re.compile(r"ld\+json", re.IGNORECASE)
_MAX_LD_BLOCKS = 200
_MAX_LD_BYTES = 2_000_000
_MAX_LD_NODES = 5_000


_CSS = HTMLTranslator()


@lru_cache(maxsize=4096)
def compile_css(selector: str) -> etree.XPath:
    """A compiled CSS selector, cached: translating CSS to XPath costs more than running it.

    The XPath comes from cssselect's own translator, not lxml's ``CSSSelector``: lxml's adds a
    ``:contains()`` that calls an XPath extension function, and a compiled expression calling it
    fails (or reads freed memory) when it runs on a second document, as cached selectors do.
    """
    return etree.XPath(_CSS.css_to_xpath(selector))


# attribute names an XPath ``//@name`` step can spell
_XPATH_NAME = re.compile(r"^[A-Za-z_][\w.-]*$")

#: Tags whose elements :meth:`Page.elements` lists, from one walk on first use: the head's
#: metadata, headings and articles, which several finders look for (each ``tree.iter(tag)`` is a
#: walk over the whole page in libxml2, about 0.1 ms; one walk for all of them costs the same).
INDEXED_TAGS = (
    "meta", "link", "base", "script", "title", "h1", "h2", "h3", "h4", "h5", "h6", "article", "time"
)  # fmt: skip
_INDEXED = frozenset(INDEXED_TAGS)

#: Attributes whose values the page's attribute index keeps with their elements
#: (:meth:`Page.word_text`): the ones finders search for words such as "author" or "tag".
WORD_ATTRIBUTES = frozenset({"class", "id", "itemprop", "rel", "aria-label", "data-testid"})


# The need of a ``.x`` selector: some element's class holds the token x (not an attribute name:
# no attribute can be called so).
_CLASS_TOKEN = " class"


def _needs_of(tree: Any, out: list[tuple[str, str]]) -> None:
    # the attributes the main chain of a parsed selector requires; negated and :has()/:is()
    # arguments are left out (they may match nothing and the selector still match)
    while tree is not None:
        if isinstance(tree, Class):
            # a class token: tested against the page's set of class tokens (see may_match),
            # unless the name holds a character a token cannot
            name = tree.class_name
            out.append((_CLASS_TOKEN if name and not any(c.isspace() for c in name) else "class", name))
        elif isinstance(tree, Hash):
            out.append(("id", tree.id))
        elif isinstance(tree, Attrib):
            name = tree.attrib.lower()
            if tree.namespace is None and tree.operator != "!=" and _XPATH_NAME.match(name):
                value = tree.value.value if tree.value is not None and tree.flag is None else ""
                out.append((name, value if isinstance(value, str) else ""))
        elif isinstance(tree, CombinedSelector):
            _needs_of(tree.subselector, out)
        tree = getattr(tree, "selector", None)


@lru_cache(maxsize=4096)
def selector_needs(selector: str) -> tuple[tuple[tuple[str, str], ...], ...] | None:
    """What a page must hold for a CSS selector to match anything: for each comma part, the
    ``(attribute, text)`` pairs it requires (some element's attribute contains the text; an empty
    text asks only for the attribute). None when some part requires nothing that can be checked.

    Class ``.x`` requires ``("class", "x")``, ``#x`` ``("id", "x")``, ``[a~='x']`` ``("a", "x")``
    and so on: every operator but ``!=`` matches only values containing its text.
    """
    try:
        parsed = parse_css(selector)
    except SelectorError:
        return None
    parts = []
    for part in parsed:
        needs: list[tuple[str, str]] = []
        _needs_of(part.parsed_tree, needs)
        if not needs:
            return None
        parts.append(tuple(dict.fromkeys(needs)))
    return tuple(parts)


# the attribute operators a simple selector may use, numbered as the compiled matcher numbers them
_OPERATORS = {"exists": 0, "=": 1, "~=": 2, "^=": 3, "$=": 4, "*=": 5}
# what cssselect's XPath treats as whitespace in a ~= value (such a value never matches), and NUL
_NOT_IN_VALUES = re.compile(r"[ \t\r\n\f\x00]")

_SimpleTests = tuple[tuple[bytes, int, bytes], ...]


@lru_cache(maxsize=4096)
def simple_selector(selector: str) -> tuple[tuple[bytes | None, _SimpleTests], ...] | None:
    """A selector group whose every part is a tag (or none) with class, id and attribute tests,
    as ``(tag, tests)`` pairs for ``_speedups.select``; None for any other selector (combinators,
    pseudo-classes, namespaces, case flags: left to the XPath).

    ``.x`` is ``[class~=x]`` and ``#x`` is ``[id=x]``, as cssselect translates them. A test of
    an empty value (``[a=""]``, ``[a^=""]``...) or of a value holding whitespace is left to the
    XPath too: cssselect gives most of those a condition of its own (``0``: never)."""
    try:
        parsed = parse_css(selector)
    except SelectorError:
        return None
    parts: list[tuple[bytes | None, _SimpleTests]] = []
    for part in parsed:
        if part.pseudo_element is not None:
            return None
        tests: list[tuple[bytes, int, bytes]] = []
        tree = part.parsed_tree
        while not isinstance(tree, Element):
            if isinstance(tree, Class):
                name, op, value = "class", "~=", tree.class_name
            elif isinstance(tree, Hash):
                name, op, value = "id", "=", tree.id
            elif isinstance(tree, Attrib) and tree.namespace is None and getattr(tree, "flag", None) is None:
                name, op = tree.attrib.lower(), tree.operator
                value = (tree.value.value if tree.value is not None else None) or ""
                if op not in _OPERATORS or not _XPATH_NAME.match(name) or (op == "exists") != (not value):
                    return None
            else:
                return None
            if op != "exists" and (not value or _NOT_IN_VALUES.search(value)):
                return None
            tests.append((name.encode(), _OPERATORS[op], value.encode()))
            tree = tree.selector
        if tree.namespace is not None or (tree.element and not _XPATH_NAME.match(tree.element)):
            return None
        tag = tree.element.lower().encode() if tree.element else None
        parts.append((tag, tuple(reversed(tests))))
    return tuple(parts)


# lxml.html picks each element's class in a Python method (form controls get classes of their
# own), called for every element object the finders create: about a tenth of a parse() in all.
# This lookup runs in C and gives every element the same HtmlElement class (text_content(),
# cssselect() and the rest stay; only the form helpers of <form>, <input>... are missing).
_HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def _new_parser(*, huge: bool = False, encoding: str | None = None) -> lxml.html.HTMLParser:
    # one parser per page: its error log belongs to this parse alone (threads share nothing)
    parser = lxml.html.HTMLParser(**_PARSER_OPTIONS, huge_tree=huge, encoding=encoding)
    parser.set_element_class_lookup(_HTML_CLASSES)
    return parser


def _tag_index_in_python(
    root: etree._Element, tags: tuple[str, ...]
) -> tuple[list[etree._Element], list[str], dict[str, list[etree._Element]]]:
    """The elements of ``tags`` under ``root`` (itself included) in document order, the tag of
    each, and the elements of each tag: the reference for ``_speedups.tag_index``."""
    elements = list(root.iter(*tags))
    names = [str(el.tag) for el in elements]
    by_name: dict[str, list[etree._Element]] = {}
    for el, name in zip(elements, names, strict=True):
        by_name.setdefault(name, []).append(el)
    return elements, names, by_name


def _long_tags(html: str) -> list[tuple[int, int]]:
    """Where ``_LONG_TAG`` matches: the start of each long tag and the end of its name."""
    if _COMPILED:
        return _compiled_long_tags(html, _LONG_TAG_UNITS)
    return _long_tags_in_python(html)


def _long_tags_in_python(html: str) -> list[tuple[int, int]]:
    """The reference for ``_speedups.long_tags`` (a scan of the text without a regex engine)."""
    return [match.span() for match in _LONG_TAG.finditer(html)]


def _index_in_python(
    root: etree._Element, word_names: frozenset[str]
) -> tuple[dict[str, str], str, list[etree._Element]]:
    """The attribute index (see :meth:`Page.attribute_text`): every attribute's values joined by
    NUL in document order, by name; the values of ``word_names`` joined the same way, and the
    element carrying each. The reference for ``_speedups.index_attributes`` and
    ``word_holders``, which give the same without an object per element and attribute."""
    values: defaultdict[str, list[str]] = defaultdict(list)
    holders: list[etree._Element] = []
    words: list[str] = []
    for el in root.iter():
        for name, value in el.items():
            values[name].append(value)
            if name in word_names:
                holders.append(el)
                words.append(value)
    # "//@name" also saw top-level elements beside the root (a broken page's second <html>)
    before = list(root.itersiblings(preceding=True))
    after = list(root.itersiblings())
    if before or after:
        values = defaultdict(list)
        for top in (*reversed(before), root, *after):
            for el in top.iter():
                for name, value in el.items():
                    values[name].append(value)
    # one empty value still says the attribute is there: "\0"
    texts = {name: "\0".join(found) or "\0" for name, found in values.items()}
    return texts, "\0".join(words), holders


def _cap_attributes(html: str) -> str:
    """Keep the first ``_MAX_ATTRIBUTES`` attributes of a tag that has more.

    Only long tags are looked at (one fast regex scan), so ordinary pages pay nothing.
    """
    pieces: list[str] = []
    start = 0
    for tag_start, pos in _long_tags(html):
        if tag_start < start:
            continue  # inside a tag already rewritten
        count = 0
        cut = -1
        while True:
            attr = _ATTRIBUTE.match(html, pos)
            if attr is None or attr.end() == pos:
                break
            count += 1
            if count == _MAX_ATTRIBUTES:
                cut = attr.end()
            pos = attr.end()
        if cut == -1:
            continue
        end = _TAG_END.match(html, pos)
        resume = end.start() if end is not None else pos
        pieces.append(html[start:cut])
        start = resume
    if not pieces:
        return html
    pieces.append(html[start:])
    return "".join(pieces)


def _limit_depth(html: str) -> str:
    """Bound the nesting of the markup to ``_MAX_DEPTH`` by closing elements early.

    When a start tag would go deeper, the innermost half of the open elements are closed just
    before it (their own end tags, when they come, are dropped). Nothing is removed, the deep
    part becomes a run of shallower siblings, and what follows keeps its structure. An
    approximation of the HTML tree builder, used only for pages past libxml2's limits.
    """
    pieces: list[str] = []
    stack: list[str] = []  # never deeper than _MAX_DEPTH
    open_count: dict[str, int] = {}  # how often each name is on the stack
    closed_early: dict[str, int] = {}
    start = 0
    pos = 0
    while True:
        match = _TAG.search(html, pos)
        if match is None:
            break
        pos = match.end()
        closing, name = match.group(1), match.group(2).lower()
        if closing:
            # end tags come innermost first: an open element of the name owns this one
            if open_count.get(name):
                while stack:
                    top = stack.pop()
                    open_count[top] -= 1
                    if top == name:
                        break
            elif closed_early.get(name):
                closed_early[name] -= 1
                pieces.append(html[start : match.start()])
                start = match.end()
            continue
        if name in _VOID or match.group(0).endswith("/>"):
            continue
        if name in _SELF_CLOSING_SIBLINGS and stack and stack[-1] == name:
            open_count[stack.pop()] -= 1
        if len(stack) >= _MAX_DEPTH:
            ends = []
            while len(stack) > _MAX_DEPTH // 2:
                top = stack.pop()
                open_count[top] -= 1
                closed_early[top] = closed_early.get(top, 0) + 1
                ends.append(f"</{top}>")
            pieces.append(html[start : match.start()])
            pieces.append("".join(ends))
            start = match.start()
        if name in _RAW_TEXT:
            # raw text holds no tags: jump to its end tag
            end = re.compile(rf"</{name}", re.IGNORECASE).search(html, pos)
            pos = end.start() if end is not None else len(html)
        else:
            stack.append(name)
            open_count[name] = open_count.get(name, 0) + 1
    pieces.append(html[start:])
    return "".join(pieces)


def _parse_tree(html: str, utf8: bytes | None = None) -> lxml.html.HtmlElement:
    # An XML declaration with an encoding makes lxml refuse a str; the text is already decoded.
    if "<?xml" in html[:4096]:
        html = _XML_DECL.sub("", html, count=1)
        utf8 = None
    capped = _cap_attributes(html)
    if capped is not html:
        html, utf8 = capped, None
    # The text's UTF-8 bytes, when the caller has them, are parsed as they are: lxml hands a str
    # to libxml2 in its internal form (Latin-1, UTF-16, UCS-4), which libxml2 converts to UTF-8.
    source: str | bytes = html if utf8 is None else utf8
    parser = _new_parser(encoding=None if utf8 is None else "utf-8")
    try:
        root = lxml.html.document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError):
        root = None
    if any(entry.type_name == _RESOURCE_LIMIT for entry in parser.error_log):
        # libxml2 stopped early: parse again with nesting bounded by us and its size limits lifted
        with contextlib.suppress(etree.ParserError, ValueError):
            root = lxml.html.document_fromstring(_limit_depth(html), parser=_new_parser(huge=True))
    if root is None:
        root = lxml.html.document_fromstring("<html><body></body></html>", parser=_PARSER)
    return root


def _finite(text: str) -> float | None:
    # 1e999 parses as infinity, which no date, count or dimension can hold
    value = float(text)
    return value if math.isfinite(value) else None


def _no_constant(text: str) -> None:
    return None  # NaN, Infinity, -Infinity: not JSON, and never a usable value


def _walk_ld(value: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    """Flatten JSON-LD: top-level objects, lists and ``@graph`` members (not nested values)."""
    if depth > 4 or len(out) >= _MAX_LD_NODES:
        return
    if isinstance(value, list):
        for item in value:
            _walk_ld(item, out, depth + 1)
    elif isinstance(value, dict):
        graph = value.get("@graph")
        if isinstance(graph, list):
            _walk_ld(graph, out, depth + 1)
        if "@type" in value or graph is None:
            out.append(value)


def ld_types(node: Mapping[str, Any]) -> tuple[str, ...]:
    """The ``@type`` of a JSON-LD node as a tuple of bare names (``schema:`` prefixes removed)."""
    raw = node.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return tuple(v.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for v in values if isinstance(v, str))


def _in_head(el: etree._Element) -> bool:
    parent = el.getparent()
    return parent is not None and parent.tag == "head"


class Page:
    """Everything an extractor may read about one page.

    Attributes:
        html: the decoded text of the page.
        url: the URL given to :func:`newsparse.parse` (None when parsing a file without one).
        fetched: when the page was fetched, if known (e.g. a WARC record's date); the base for
            relative dates such as "2 hours ago".
        tree: the root ``<html>`` element (lxml). Read it, never change it.
    """

    def __init__(
        self, html: str, url: str | None = None, fetched: datetime | None = None, *, utf8: bytes | None = None
    ) -> None:
        """``utf8``: ``html.encode("utf-8")``, when the caller has it already (parsed directly)."""
        self.html = html
        self.url = url
        self.fetched = fetched
        self.tree: lxml.html.HtmlElement = _parse_tree(html, utf8)
        self.cache: dict[str, Any] = {}  # for extractors to share derived values within one page
        #: CSS selectors of blocks that are never body text, gathered from the extractor chain.
        self.boilerplate: tuple[str, ...] = ()
        self._attribute_texts: dict[str, str] | None = None
        self._word_text = ""
        self._word_holders: list[etree._Element] | None = None  # kept by the Python index only
        self._held: dict[tuple[str, str], bool] = {}  # may_match's answers per (attribute, text)
        self._tokens: frozenset[str] | None = None  # the class tokens, for may_match
        self._absolute: dict[str | None, str | None] = {}
        self._page_wide: dict[str, list[etree._Element]] = {}  # css() results without a root
        self._tagged: list[etree._Element] | None = None
        self._tags: list[str] = []
        self._by_tag: dict[str, list[etree._Element]] = {}

    # --- the attribute index --------------------------------------------------------------------------

    def attribute_text(self, name: str) -> str:
        """Every value of attribute ``name`` on the page, joined by NUL ("" when none carries it,
        "\\0" when only empty values do).

        A substring test on it tells whether any element's attribute can contain a text. The
        values of every attribute come from one walk over the page, on first use.
        """
        texts = self._attribute_texts
        if texts is None:
            texts = self._index_attributes()
        return texts.get(name, "")

    def _class_tokens(self) -> frozenset[str]:
        # every token of every class value (split as str.split() does: on more characters than
        # a selector's class test, so a token it matches is always here); testing a set member
        # replaced a substring search over all the class values for each ``.x`` pre-check
        tokens = self._tokens
        if tokens is None:
            tokens = self._tokens = frozenset(self.attribute_text("class").replace("\0", " ").split())
        return tokens

    def word_text(self) -> str:
        """Every :data:`WORD_ATTRIBUTES` value (``class``, ``id``, ``itemprop``, ``rel``,
        ``aria-label``, ``data-testid``) of the elements under the root, joined by NUL in document
        order (an element's values next to each other); :meth:`word_holders` gives their elements.

        Recorded by the attribute index's walk: finders searching these attributes for words
        test the values instead of walking the page again.
        """
        if self._attribute_texts is None:
            self._index_attributes()
        return self._word_text

    def word_holders(self, indexes: Sequence[int]) -> list[etree._Element]:
        """The element carrying each of the values of :meth:`word_text` numbered ``indexes``
        (ascending; the first value is 0)."""
        if self._attribute_texts is None:
            self._index_attributes()
        if self._word_holders is None:  # the compiled index keeps no elements: it finds them again
            return _compiled_word_holders(self.tree, WORD_ATTRIBUTES, indexes) if indexes else []
        holders = self._word_holders
        return [holders[i] for i in indexes]

    def _index_attributes(self) -> dict[str, str]:
        # One walk collects every attribute's values in document order, what one "//@name" XPath
        # per attribute gave: a page needs about ten of those, each a walk of its own inside
        # libxml2 (0.1 ms or more), and the word attributes come with it.
        if _COMPILED:
            return self._index_compiled()
        texts, self._word_text, self._word_holders = _index_in_python(self.tree, WORD_ATTRIBUTES)
        self._attribute_texts = texts
        return texts

    def _index_compiled(self) -> dict[str, str]:
        # the compiled walk fills the attribute index and the tag index at once: a walk over
        # the page's nodes costs about 0.1 ms for its memory reads alone, whatever it does
        texts, self._word_text, tagged, tags, by_tag = _compiled_index_page(
            self.tree, WORD_ATTRIBUTES, INDEXED_TAGS
        )
        self._attribute_texts = texts
        if self._tagged is None:
            self._tagged, self._tags, self._by_tag = tagged, tags, by_tag
        return texts

    def may_match(self, selector: str) -> bool:
        """False when the page cannot hold a match of a CSS selector: every comma part needs a
        class, id or attribute value (see :func:`selector_needs`) no element carries.

        A page-wide selector query walks every element (about a millisecond on a news page, more
        for substring tests on classes), and most pages carry none of the dozens of plugin and
        theme blocks the finders look for: this check costs a few substring tests instead.
        """
        parts = selector_needs(selector)
        if parts is None:
            return True
        # each substring test scans the attribute's joined values (tens of KB for classes), and
        # the finders' selectors share needs: answers are kept per page
        held = self._held
        for needs in parts:
            for need in needs:
                found = held.get(need)
                if found is None:
                    name, text = need
                    if name == _CLASS_TOKEN:
                        found = held[need] = text in self._class_tokens()
                    else:
                        values = self.attribute_text(name)
                        found = held[need] = bool(values) and (not text or text in values)
                if not found:
                    break
            else:
                return True
        return False

    # --- selection ------------------------------------------------------------------------------------

    def elements(self, *tags: str) -> list[etree._Element]:
        """The elements of the given tags under the root, in document order: what
        ``page.tree.iter(*tags)`` gives, from one walk shared by the finders. Only the tags of
        :data:`INDEXED_TAGS` are listed (ValueError for others)."""
        tagged = self._tagged
        if tagged is None:
            if _COMPILED:
                self._index_compiled()
            else:
                self._tagged, self._tags, self._by_tag = _tag_index_in_python(self.tree, INDEXED_TAGS)
            tagged = self._tagged
            assert tagged is not None
        if not _INDEXED.issuperset(tags):
            raise ValueError(f"not an indexed tag: {sorted(set(tags) - _INDEXED)}")
        if len(tags) == 1:
            return list(self._by_tag.get(tags[0], ()))
        wanted = set(tags)
        return [el for el, tag in zip(tagged, self._tags, strict=True) if tag in wanted]

    def css(self, selector: str, root: etree._Element | None = None) -> list[etree._Element]:
        """Elements matching a CSS selector (compiled once per process).

        Skipped when the page holds none of the classes, ids or attribute values the selector needs
        (:meth:`may_match`). Page-wide results are kept per page (the tree never changes, and
        finders ask for the same blocks: post navigation for both sides, author boxes...).
        """
        query = compile_css(selector)  # first: a selector cssselect cannot translate still raises
        if root is None:
            found = self._page_wide.get(selector)
            if found is None:
                found = self._page_wide[selector] = (
                    self._select(selector, query) if self.may_match(selector) else []
                )
            return list(found)
        if root.getroottree().getroot() is not self.tree:
            return [el for el in query(root) if isinstance(el, etree._Element)]
        if not self.may_match(selector):
            return []
        return self._select(selector, query, root)

    def _select(
        self, selector: str, query: etree.XPath, root: etree._Element | None = None
    ) -> list[etree._Element]:
        # a selector of tags, classes, ids and attribute tests is matched by one compiled walk:
        # libxml2's XPath spends about 0.3 us on each element for each part of a group
        top = self.tree if root is None else root
        simple = simple_selector(selector) if _COMPILED else None
        found = _compiled_select(top, simple) if simple is not None else None
        if found is None:
            found = [el for el in query(top) if isinstance(el, etree._Element)]
        return found

    def css_first(self, selector: str, root: etree._Element | None = None) -> etree._Element | None:
        """The first element matching a CSS selector, or None."""
        found = self.css(selector, root)
        return found[0] if found else None

    def first_of(self, selectors: str, root: etree._Element | None = None) -> etree._Element | None:
        """The first match of the first selector of a ``", "``-separated list that matches.

        The list's order is a preference (a plugin's newer markup before its older), where a
        CSS selector group would give whichever comes first in the document.
        """
        for sel in selectors.split(", "):
            found = self.css_first(sel, root)
            if found is not None:
                return found
        return None

    def text(self, selector: str, root: etree._Element | None = None) -> str | None:
        """Text of the first match with any text, or None."""
        for el in self.css(selector, root):
            value = text_of(el)
            if value:
                return value
        return None

    def texts(self, selector: str, root: etree._Element | None = None) -> list[str]:
        """Non-empty texts of all matches, in document order."""
        return [t for t in (text_of(el) for el in self.css(selector, root)) if t]

    def attr(self, selector: str, name: str, root: etree._Element | None = None) -> str | None:
        """The attribute of the first match that has it (non-empty), or None."""
        for el in self.css(selector, root):
            value = el.get(name)
            if value and value.strip():
                return value.strip()
        return None

    def absolute(self, href: str | None) -> str | None:
        """Resolve a link against the page URL; only http(s) URLs survive."""
        # kept per page: finders resolve the same links (author pages, teasers) more than once,
        # and each resolution is a urljoin and a urlsplit
        try:
            return self._absolute[href]
        except KeyError:
            found = self._absolute[href] = absolute_url(href, self.base_url)
            return found

    # --- derived, computed once ------------------------------------------------------------------------

    @cached_property
    def base_url(self) -> str | None:
        """What relative links resolve against: ``<base href>``, the page URL, or its canonical URL."""
        base = next((el for el in self.elements("base") if el.get("href") is not None and _in_head(el)), None)
        href = base.get("href") if base is not None else None
        start = self.url or self.canonical_hint
        if href:
            return absolute_url(href, start) or start
        return start

    @cached_property
    def canonical_hint(self) -> str | None:
        """``<link rel=canonical>`` or ``og:url`` when absolute: a base when no URL was given."""
        for link in self.elements("link"):
            rel, href = link.get("rel"), link.get("href")
            if rel is not None and href is not None and "canonical" in rel.lower().split():
                found = absolute_url(href, self.url)
                if found:
                    return found
        return absolute_url(self.meta_first("og:url"), self.url)

    @cached_property
    def host(self) -> str | None:
        """Host of the page URL (or of its canonical URL when none was given), without ``www.``."""
        return host_of(self.url) or host_of(self.canonical_hint)

    @cached_property
    def meta(self) -> Mapping[str, tuple[str, ...]]:
        """``<meta>`` contents keyed by lower-cased ``name``, ``property``, ``itemprop`` or ``http-equiv``."""
        found: dict[str, list[str]] = {}
        for el in self.elements("meta"):
            content = el.get("content")
            if content is None:
                continue
            content = clean(content)
            if not content:
                continue
            for key_attr in ("name", "property", "itemprop", "http-equiv"):
                key = el.get(key_attr)
                if key:
                    for part in key.lower().split():
                        found.setdefault(part.strip(), []).append(content)
        return {k: tuple(v) for k, v in found.items()}

    def meta_first(self, *names: str) -> str | None:
        """The first non-empty ``<meta>`` content among the names, in the order given."""
        for name in names:
            values = self.meta.get(name.lower())
            if values:
                return values[0]
        return None

    @cached_property
    def jsonld(self) -> tuple[dict[str, Any], ...]:
        """All JSON-LD objects of the page, ``@graph`` members flattened. Broken blocks are skipped."""
        nodes: list[dict[str, Any]] = []
        total = 0
        for count, script in enumerate(self.elements("script")):
            if count > 5 * _MAX_LD_BLOCKS:
                break
            if not _LD_TYPE.search(script.get("type") or ""):
                continue
            raw = script.text or ""
            total += len(raw)
            if total > _MAX_LD_BYTES or len(nodes) >= _MAX_LD_NODES:
                break
            raw = raw.strip().removeprefix("<!--").removesuffix("-->").strip()
            raw = raw.removeprefix("//<![CDATA[").removesuffix("//]]>").strip()
            if not raw:
                continue
            try:
                data = json.loads(raw, strict=False, parse_float=_finite, parse_constant=_no_constant)
            except (ValueError, RecursionError):
                continue
            _walk_ld(data, nodes)
        return tuple(nodes)

    @cached_property
    def jsonld_by_type(self) -> Mapping[str, tuple[dict[str, Any], ...]]:
        """JSON-LD objects grouped by each of their ``@type`` names."""
        groups: dict[str, list[dict[str, Any]]] = {}
        for node in self.jsonld:
            for name in ld_types(node):
                groups.setdefault(name, []).append(node)
        return {k: tuple(v) for k, v in groups.items()}

    @cached_property
    def ld_article(self) -> Mapping[str, Any] | None:
        """The JSON-LD node describing the article (NewsArticle, BlogPosting...), if any."""
        best: Mapping[str, Any] | None = None
        for node in self.jsonld:
            types = set(ld_types(node))
            if types & _PRIMARY_ARTICLE_TYPES:
                return node
            if best is None and types & ARTICLE_TYPES:
                best = node
        return best

    def ld_nodes(self, *types: str) -> Iterator[dict[str, Any]]:
        """JSON-LD objects of any of the given types, in page order, each once."""
        wanted = set(types)
        for node in self.jsonld:
            if wanted & set(ld_types(node)):
                yield node

    def ld_by_id(self, ref: Any) -> Mapping[str, Any] | None:
        """Follow an ``{"@id": ...}`` reference to the full node of the graph, if present."""
        if not isinstance(ref, Mapping):
            return None
        ident = ref.get("@id")
        if not isinstance(ident, str):
            return None
        for node in self._ld_ids.get(ident, ()):
            if node is not ref:
                return node
        return None

    @cached_property
    def _ld_ids(self) -> Mapping[str, tuple[dict[str, Any], ...]]:
        # an index: pages with thousands of nodes and references would make lookups quadratic
        found: dict[str, list[dict[str, Any]]] = {}
        for node in self.jsonld:
            ident = node.get("@id")
            if isinstance(ident, str):
                found.setdefault(ident, []).append(node)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def language(self) -> str | None:
        """The page's declared language (``<html lang>``, content-language, ``og:locale``)."""
        lang = self.tree.get("lang") or self.tree.get("xml:lang")
        if not lang:
            lang = self.meta_first("content-language", "language", "og:locale", "dc.language")
        if not lang:
            return None
        lang = lang.strip().replace("_", "-").split(",")[0].strip()
        return lang or None

    @cached_property
    def soup(self) -> BeautifulSoup:
        """A BeautifulSoup view of the page, built on first use (slow: keep it off hot paths)."""
        from bs4 import BeautifulSoup

        return BeautifulSoup(self.html, "lxml")
