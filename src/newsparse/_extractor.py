"""The :class:`Extractor` base class and the declarative field rules site extractors use.

A site extractor declares which pages it serves (``domains`` and/or a ``fingerprint``) and
implements only the fields it knows, each as a rule (``headline = text("h1.title")``) or as a
method named after the :class:`~newsparse.Article` field. Every other field comes from the
next extractor in the chain, ending with the generic one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from lxml import etree

from ._context import Page
from ._model import FIELDS, Body, Image
from ._text import dedupe, text_of

if TYPE_CHECKING:
    from .generic import GenericExtractor

__all__ = ["Extractor", "Rule", "attr", "body", "date", "image", "link", "meta", "text", "texts"]

T = TypeVar("T")


class Extractor:
    """Base class of every extractor.

    Class attributes:
        name: unique, short id (``"bbc"``, ``"networker"``); shown in ``Article.extractor``.
        domains: hosts served, subdomains included (``("bbc.com", "bbc.co.uk")``).
        fingerprint: a CSS selector that recognises the site or theme by its markup, used when
            no domain matches (a theme's classes, a generator ``<meta>``...).
        embedded: true for a publisher's chrome that other sites carry inside their posts
            (a republished article with its original tag list and author box). An embedded
            extractor whose fingerprint matches goes first in the chain, before the site's own.
        priority: breaks ties between extractors that match the same page (higher wins).
        boilerplate: CSS selectors of blocks that are never body text; they are removed from
            the body whichever extractor in the chain produces it.
    """

    name: ClassVar[str] = ""
    domains: ClassVar[tuple[str, ...]] = ()
    fingerprint: ClassVar[str | None] = None
    embedded: ClassVar[bool] = False
    priority: ClassVar[int] = 0
    boilerplate: ClassVar[tuple[str, ...]] = ()
    api_version: ClassVar[int] = 1

    def __init__(self, page: Page) -> None:
        self.page = page

    @classmethod
    def fields(cls) -> tuple[str, ...]:
        """The Article fields this extractor implements itself."""
        return tuple(f for f in FIELDS if getattr(cls, f, None) is not None)

    @classmethod
    def matches(cls, page: Page) -> bool:
        """Whether the fingerprint matches the page."""
        return bool(cls.fingerprint) and bool(page.css(cls.fingerprint or ""))

    @property
    def generic(self) -> GenericExtractor:
        """The generic extractor on the same page, to refine its answers (shared per page)."""
        from .generic import GenericExtractor

        found = self.page.cache.get("_generic")
        if not isinstance(found, GenericExtractor):
            found = GenericExtractor(self.page)
            self.page.cache["_generic"] = found
        return found

    def provenance(self, field: str) -> str:
        """Where this extractor's value for ``field`` came from (for ``Article.provenance``)."""
        return f"site:{self.name}"


class Rule(Generic[T]):
    """A declarative field: a callable of the extractor, bound like a method."""

    def __init__(self, func: Callable[[Extractor], T]) -> None:
        self.func = func

    def __get__(self, obj: Extractor | None, owner: type | None = None) -> Callable[[], T]:
        if obj is None:
            return self  # type: ignore[return-value]  # class access: the rule itself
        return partial(self.func, obj)


def _first(selectors: str | Sequence[str]) -> tuple[str, ...]:
    return (selectors,) if isinstance(selectors, str) else tuple(selectors)


def text(*selectors: str) -> Rule[str | None]:
    """Text of the first element matching the first selector that matches."""

    def get(ex: Extractor) -> str | None:
        for sel in selectors:
            found = ex.page.text(sel)
            if found:
                return found
        return None

    return Rule(get)


def texts(*selectors: str) -> Rule[tuple[str, ...]]:
    """Texts of all elements matching the first selector that matches, deduplicated."""

    def get(ex: Extractor) -> tuple[str, ...]:
        for sel in selectors:
            found = dedupe(ex.page.texts(sel))
            if found:
                return found
        return ()

    return Rule(get)


def attr(selector: str, name: str) -> Rule[str | None]:
    """An attribute of the first matching element that has it."""
    return Rule(lambda ex: ex.page.attr(selector, name))


def link(selector: str, name: str = "href") -> Rule[str | None]:
    """An absolute http(s) URL from an attribute of the first matching element."""
    return Rule(lambda ex: ex.page.absolute(ex.page.attr(selector, name)))


def meta(*names: str) -> Rule[str | None]:
    """The first non-empty ``<meta>`` content among the names."""
    return Rule(lambda ex: ex.page.meta_first(*names))


def date(selector: str, attribute: str | None = None) -> Rule[datetime | None]:
    """A date read from an element's attribute (``datetime``, ``content``) or text."""

    def get(ex: Extractor) -> datetime | None:
        from ._dates import parse_date

        for el in ex.page.css(selector):
            raw = el.get(attribute) if attribute else text_of(el)
            found = parse_date(raw, language=ex.page.language, base=ex.page.fetched)
            if found:
                return found
        return None

    return Rule(get)


def image(selector: str, attribute: str = "src") -> Rule[Image | None]:
    """An :class:`Image` from the first matching ``<img>`` (or any element with the attribute)."""

    def get(ex: Extractor) -> Image | None:
        for el in ex.page.css(selector):
            url = ex.page.absolute(el.get(attribute) or el.get("data-src") or el.get("src"))
            if url:
                return Image(
                    url=url, caption=None, width=_int(el.get("width")), height=_int(el.get("height"))
                )
        return None

    return Rule(get)


def body(selector: str, exclude: Sequence[str] = ()) -> Rule[Body]:
    """The body: blocks of the first element matching ``selector``, minus ``exclude`` and the
    chain's boilerplate."""

    def get(ex: Extractor) -> Body:
        from .generic.body import blocks_of

        root = ex.page.css_first(selector)
        if root is None:
            return Body()
        return blocks_of(ex.page, root, extra_exclude=tuple(exclude))

    return Rule(get)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


def element_text(el: etree._Element | None) -> str:
    """Visible text of an element (re-exported for extractor modules)."""
    return text_of(el)


def is_rule(value: Any) -> bool:
    """Whether a class attribute is a declarative rule."""
    return isinstance(value, Rule)
