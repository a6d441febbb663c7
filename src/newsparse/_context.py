"""The page context: one parse of a page, shared by every extractor that reads it.

Built once per page: the lxml tree, the URL, a normalised ``<meta>`` map, the JSON-LD objects
(``@graph`` flattened, grouped by ``@type``), and a lazily built BeautifulSoup view for extractor
authors who prefer its API. Extractors read from it; none may change the tree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

from ._text import absolute_url, clean, host_of, text_of

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

# One parser for every page: no network, no DTD loading, comments and PIs dropped up front.
_PARSER = lxml.html.HTMLParser(
    remove_comments=True, remove_pis=True, no_network=True, default_doctype=False, collect_ids=False
)
_LD_TYPE = re.compile(r"ld\+json", re.IGNORECASE)
_MAX_LD_BLOCKS = 200
_MAX_LD_BYTES = 2_000_000
_MAX_LD_NODES = 5_000


@lru_cache(maxsize=2048)
def compile_css(selector: str) -> CSSSelector:
    """A compiled CSS selector, cached: translating CSS to XPath costs more than running it."""
    return CSSSelector(selector, translator="html")


def _parse_tree(html: str) -> lxml.html.HtmlElement:
    # XML declarations with an encoding make lxml refuse a str; the text is already decoded.
    if html.startswith("<?xml"):
        end = html.find("?>")
        html = html[end + 2 :] if end != -1 else html
    try:
        root = lxml.html.document_fromstring(html, parser=_PARSER)
    except (etree.ParserError, ValueError):
        root = None
    if root is None:
        root = lxml.html.document_fromstring("<html><body></body></html>", parser=_PARSER)
    return root


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


class Page:
    """Everything an extractor may read about one page.

    Attributes:
        html: the decoded text of the page.
        url: the URL given to :func:`newsparse.parse` (None when parsing a file without one).
        fetched: when the page was fetched, if known (e.g. a WARC record's date); the base for
            relative dates such as "2 hours ago".
        tree: the root ``<html>`` element (lxml). Read it, never change it.
    """

    def __init__(self, html: str, url: str | None = None, fetched: datetime | None = None) -> None:
        self.html = html
        self.url = url
        self.fetched = fetched
        self.tree: lxml.html.HtmlElement = _parse_tree(html)
        self.cache: dict[str, Any] = {}  # for extractors to share derived values within one page
        #: CSS selectors of blocks that are never body text, gathered from the extractor chain.
        self.boilerplate: tuple[str, ...] = ()

    # --- selection ------------------------------------------------------------------------------------

    def css(self, selector: str, root: etree._Element | None = None) -> list[etree._Element]:
        """Elements matching a CSS selector (compiled once per process)."""
        result = compile_css(selector)(self.tree if root is None else root)
        return [el for el in result if isinstance(el, etree._Element)]

    def css_first(self, selector: str, root: etree._Element | None = None) -> etree._Element | None:
        """The first element matching a CSS selector, or None."""
        found = self.css(selector, root)
        return found[0] if found else None

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
        return absolute_url(href, self.base_url)

    # --- derived, computed once ------------------------------------------------------------------------

    @cached_property
    def base_url(self) -> str | None:
        """What relative links resolve against: ``<base href>``, the page URL, or its canonical URL."""
        base = self.tree.find(".//head/base[@href]")
        href = base.get("href") if base is not None else None
        start = self.url or self.canonical_hint
        if href:
            return absolute_url(href, start) or start
        return start

    @cached_property
    def canonical_hint(self) -> str | None:
        """``<link rel=canonical>`` or ``og:url`` when absolute: a base when no URL was given."""
        for link in self.tree.iterfind(".//link[@rel][@href]"):
            if "canonical" in (link.get("rel") or "").lower().split():
                found = absolute_url(link.get("href"), self.url)
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
        for el in self.tree.iter("meta"):
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
        for count, script in enumerate(self.tree.iter("script")):
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
                data = json.loads(raw, strict=False)
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
        for node in self.jsonld:
            if node.get("@id") == ident and node is not ref:
                return node
        return None

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
