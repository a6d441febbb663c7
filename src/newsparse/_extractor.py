"""The :class:`Extractor` base class and the declarative field rules site extractors use.

A site extractor declares which pages it serves (``domains`` and/or a ``fingerprint``) and
implements only the fields it knows, each as a rule (``headline = text("h1.title")``) or as a
method named after the :class:`~newsparse.Article` field. Every other field comes from the
next extractor in the chain, ending with the generic one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date as _date
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

from ._context import Page
from ._model import FIELDS, Author, Body, Image
from ._text import dedupe, text_of

if TYPE_CHECKING:
    from .generic import GenericExtractor

__all__ = [
    "Extractor",
    "Rule",
    "Version",
    "attr",
    "body",
    "byline",
    "date",
    "image",
    "link",
    "meta",
    "text",
    "texts",
]

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
        version: the name of the layout version serving the page (None for the base layout).
        final: fields this extractor answers alone: an empty answer is the answer, with no
            fallback to the next extractor. For fields the site is known not to have, where
            the generic extractor would find something misleading (analytics labels posing as
            keywords, a desk credit posing as an author).

    Layout versions: a site that changed its markup over the years declares each older layout as
    a nested :class:`Version` subclass overriding only what differs; the class body itself
    describes the current layout. Constructing the extractor picks the version for the page (see
    :meth:`select`), so the rest of the library never needs to know versions exist::

        class Guardian(Extractor):
            headline = text("h1[data-gu-name=headline]")   # current layout

            class Layout2019(Version):
                probe = "div.content__article-body"         # chosen when this matches, or
                valid_until = date(2020, 6, 1)              # pages fetched before this date
                headline = text("h1.content__headline")
    """

    name: ClassVar[str] = ""
    domains: ClassVar[tuple[str, ...]] = ()
    fingerprint: ClassVar[str | None] = None
    embedded: ClassVar[bool] = False
    priority: ClassVar[int] = 0
    boilerplate: ClassVar[tuple[str, ...]] = ()
    final: ClassVar[tuple[str, ...]] = ()
    api_version: ClassVar[int] = 1
    version: ClassVar[str | None] = None
    #: The layout versions declared in this very class body, built by ``__init_subclass__``.
    _versions: ClassVar[tuple[type[Extractor], ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if issubclass(cls, Version):
            return  # a built layout version: it serves its outer class, declares none itself
        declared = [
            v
            for v in vars(cls).values()
            if isinstance(v, type) and issubclass(v, Version) and not issubclass(v, Extractor)
        ]
        built: list[type[Extractor]] = []
        for v in declared:
            if v.probe is None and v.valid_until is None:
                raise TypeError(f"{cls.__qualname__}.{v.__name__} needs a probe or a valid_until")
            # the version's own attributes first, then the outer (current) layout's
            layout: type[Extractor] = type(
                f"{cls.__name__}.{v.__name__}",
                (v, cls),
                {"__module__": cls.__module__, "__qualname__": f"{cls.__qualname__}.{v.__name__}"},
            )
            layout.version = v.__name__
            built.append(layout)
        # probes first (evidence beats dates), then by date, oldest first
        built.sort(
            key=lambda c: (getattr(c, "probe", None) is None, getattr(c, "valid_until", None) or _date.max)
        )
        cls._versions = tuple(built)

    def __new__(cls, page: Page) -> Self:
        chosen = cls.select(page) if vars(cls).get("_versions") else cls
        return object.__new__(chosen)

    def __init__(self, page: Page) -> None:
        self.page = page

    @classmethod
    def versions(cls) -> tuple[type[Extractor], ...]:
        """The older layouts declared in this class (each a subclass of it), probes first."""
        return tuple(vars(cls).get("_versions", ()))

    @classmethod
    def select(cls, page: Page) -> type[Self]:
        """The class that serves ``page``: the first declared version that applies, else ``cls``.

        A version applies when its ``probe`` selector matches the page (if it has one) and the
        page is older than its ``valid_until`` (if it has one). The page's date is the fetch date
        when known (layouts change with time of rendering, not of writing), else the date the
        page says it was modified or published.
        """
        when: _date | None = None
        for layout in cls.versions():
            probe: str | None = getattr(layout, "probe", None)
            until: _date | None = getattr(layout, "valid_until", None)
            if probe is not None and not page.css(probe):
                continue
            if until is not None:
                if when is None:
                    when = _page_date(page)
                if when is None or when >= until:
                    continue
            return layout  # type: ignore[return-value]  # built as a subclass of cls
        return cls

    @classmethod
    def fields(cls) -> tuple[str, ...]:
        """The Article fields this extractor implements itself (in any of its layout versions)."""
        classes = (cls, *cls.versions())
        return tuple(f for f in FIELDS if any(getattr(c, f, None) is not None for c in classes))

    @classmethod
    def matches(cls, page: Page) -> bool:
        """Whether the fingerprint matches the page."""
        return bool(cls.fingerprint) and bool(page.css(cls.fingerprint or ""))

    @property
    def generic(self) -> GenericExtractor:
        """The generic extractor on the same page, to refine its answers (shared per page)."""
        return shared_generic(self.page)

    def provenance(self, field: str) -> str:
        """Where this extractor's value for ``field`` came from (for ``Article.provenance``)."""
        return f"site:{self.name}"


class Version:
    """Marker base of a layout version nested in an :class:`Extractor` (see its docstring).

    Class attributes:
        probe: a CSS selector; the version applies only to pages where it matches.
        valid_until: the version applies only to pages dated before this day.
    """

    probe: ClassVar[str | None] = None
    valid_until: ClassVar[_date | None] = None


def _page_date(page: Page) -> _date | None:
    if page.fetched is not None:
        return page.fetched.date()
    generic = shared_generic(page)
    stamp = generic.modified() or generic.published()
    return stamp.date() if stamp is not None else None


def shared_generic(page: Page) -> GenericExtractor:
    """The page's one generic extractor: the chain's last link and every site extractor's
    ``self.generic`` are the same instance, so each generic field is computed once per page."""
    from .generic import GenericExtractor

    found = page.cache.get("_generic")
    if not isinstance(found, GenericExtractor):
        found = GenericExtractor(page)
        page.cache["_generic"] = found
    return found


class Rule(Generic[T]):
    """A declarative field: a callable of the extractor, bound like a method."""

    def __init__(self, func: Callable[[Extractor], T]) -> None:
        self.func = func

    def __get__(self, obj: Extractor | None, owner: type | None = None) -> Callable[[], T]:
        if obj is None:
            return self  # type: ignore[return-value]  # class access: the rule itself
        return partial(self.func, obj)


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


def byline(*selectors: str) -> Rule[tuple[Author, ...]]:
    """Authors named by the elements of the first selector that matches.

    Each element's text is split on "and", commas and the like, a leading "By" is dropped, and
    fragments that are not a person's name (dates, e-mails, long phrases) are skipped. An element
    that is, holds exactly one, or sits inside a link gives its author the link's URL.
    """

    def get(ex: Extractor) -> tuple[Author, ...]:
        for sel in selectors:
            found: list[Author] = []
            seen: set[str] = set()
            for el in ex.page.css(sel):
                links = [el] if el.tag == "a" else el.findall(".//a[@href]")
                if not links:  # a name inside its profile link: <a href><span>Name</span></a>
                    links = [a for a in el.iterancestors("a") if a.get("href")][:1]
                url = ex.page.absolute(links[0].get("href")) if len(links) == 1 else None
                names = split_names(text_of(el))
                for name in names:
                    if name.casefold() not in seen:
                        seen.add(name.casefold())
                        found.append(Author(name=name, url=url if len(names) == 1 else None))
            if found:
                return tuple(found)
        return ()

    return Rule(get)


_NAME_SPLIT = re.compile(r"\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b)\s*", re.IGNORECASE)


def split_names(raw: str) -> list[str]:
    """People's names in a byline ("By Ann Lee and Bo Park" -> ["Ann Lee", "Bo Park"])."""
    from .generic.authors import clean_name

    out: list[str] = []
    for part in _NAME_SPLIT.split(clean_name(raw) or raw):
        name = clean_name(part)
        if name and name not in out:
            out.append(name)
    return out


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


def body(*selectors: str, exclude: Sequence[str] = ()) -> Rule[Body]:
    """The body: blocks of the first element matching the first selector that gives any, minus
    ``exclude`` and the chain's boilerplate.

    Selectors are tried in the order given (a comma list inside one selector matches in document
    order instead, so an outer element would win over an inner one).
    """

    def get(ex: Extractor) -> Body:
        from .generic.body import blocks_of

        for sel in selectors:
            root = ex.page.css_first(sel)
            if root is not None:
                found = blocks_of(ex.page, root, extra_exclude=tuple(exclude))
                if found.blocks:
                    return found
        return Body()

    return Rule(get)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None
