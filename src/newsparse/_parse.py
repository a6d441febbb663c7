"""``parse()``: bytes -> text -> one tree and page context -> extractor fields -> Article.

Each field is asked of the extractors in the chain in turn (embedded chrome, site or theme,
generic); the first non-empty answer wins and ``provenance`` records who gave it. An extractor
that raises or answers with the wrong type loses only that field, recorded in ``errors``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from ._context import Page
from ._decode import sanitize
from ._errors import ExtractorError
from ._extractor import Extractor
from ._model import FIELDS, Article, Author, Body, Image, ShareCounts, Teaser
from ._registry import Registry, default_registry
from ._text import clean

__all__ = ["parse", "parse_page"]


def _str(value: Any) -> str | None:
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return clean(value) or None


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise TypeError(f"expected a sequence of str, got {type(value).__name__}")
    out: list[str] = []
    seen: set[str] = set()
    for item in value:
        text = _str(item)
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return tuple(out)


def _datetime(value: Any) -> datetime | None:
    if not isinstance(value, datetime):
        raise TypeError(f"expected datetime, got {type(value).__name__}")
    return value


def _of(cls: type[Any]) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if not isinstance(value, cls):
            raise TypeError(f"expected {cls.__name__}, got {type(value).__name__}")
        return value

    return check


def _many(cls: type[Any]) -> Callable[[Any], tuple[Any, ...]]:
    def check(value: Any) -> tuple[Any, ...]:
        if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
            raise TypeError(f"expected a sequence of {cls.__name__}, got {type(value).__name__}")
        items = tuple(value)
        for item in items:
            if not isinstance(item, cls):
                raise TypeError(f"expected {cls.__name__} items, got {type(item).__name__}")
        return items

    return check


def _authors(value: Any) -> tuple[Author, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise TypeError(f"expected a sequence of Author, got {type(value).__name__}")
    out = []
    for item in value:
        if isinstance(item, str):  # a bare name is an Author with nothing else known
            item = Author(name=clean(item)) if clean(item) else None
        if item is None:
            continue
        if not isinstance(item, Author):
            raise TypeError(f"expected Author items, got {type(item).__name__}")
        out.append(item)
    return tuple(out)


def _image(value: Any) -> Image | None:
    if isinstance(value, str):
        return Image(url=value) if value else None
    return _of(Image)(value)  # type: ignore[no-any-return]


_CHECKS: Mapping[str, Callable[[Any], Any]] = {
    "url": _str,
    "canonical_url": _str,
    "site_name": _str,
    "language": _str,
    "headline": _str,
    "subheadline": _str,
    "description": _str,
    "authors": _authors,
    "published": _datetime,
    "modified": _datetime,
    "body": _of(Body),
    "categories": _strings,
    "tags": _strings,
    "share_counts": _of(ShareCounts),
    "related": _many(Teaser),
    "previous": _of(Teaser),
    "next": _of(Teaser),
    "lead_image": _image,
}


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == () or (isinstance(value, Body) and not value.blocks)


def parse_page(page: Page, chain: tuple[type[Extractor], ...], *, strict: bool = False) -> Article:
    """Run an extractor chain over a parsed page and assemble the Article."""
    page.boilerplate = tuple(sel for cls in chain for sel in cls.boilerplate)
    instances = [cls(page) for cls in chain]
    values: dict[str, Any] = {}
    provenance: dict[str, str] = {}
    errors: dict[str, str] = {}
    for field in FIELDS:
        for ex in instances:
            if getattr(type(ex), field, None) is None:
                continue
            try:
                value = getattr(ex, field)()
                if value is not None:
                    value = _CHECKS[field](value)
            except Exception as exc:
                if strict:
                    raise ExtractorError(ex.name, field, exc) from exc
                errors.setdefault(field, f"{ex.name}: {type(exc).__name__}: {exc}")
                continue
            if _empty(value):
                continue
            values[field] = value
            provenance[field] = ex.provenance(field)
            break
    primary = next((ex.name for ex in instances if not ex.embedded), instances[-1].name)
    return Article(**values, extractor=primary, provenance=provenance, errors=errors)


def parse(
    html: str | bytes,
    url: str | None = None,
    *,
    extractor: str | None = None,
    fetched: datetime | None = None,
    encoding: str | None = None,
    strict: bool = False,
    registry: Registry | None = None,
) -> Article:
    """Parse one saved page into an :class:`~newsparse.Article`.

    Args:
        html: the page, as text or as the raw bytes (decoded the way browsers do: BOM,
            declared charset, detection).
        url: the page's URL, if known: it picks the site extractor and resolves relative links.
            Without it the extractor is chosen by the page's markup (fingerprints).
        extractor: force an extractor by name; ``"generic"`` forces the generic one.
        fetched: when the page was fetched; the base for relative dates ("2 hours ago").
        encoding: the charset the HTTP response declared, if any (bytes input only).
        strict: re-raise an extractor's error as :class:`~newsparse.ExtractorError` instead of
            falling back (for extractor authors).
        registry: the registry to resolve extractors in (default: the global one).

    Raises:
        InvalidDocument: the input is not an HTML document (empty, binary, plain text, JSON).
    """
    text = sanitize(html, encoding)
    page = Page(text, url=url, fetched=fetched)
    reg = registry or default_registry
    if extractor is not None:
        forced = reg.get(extractor)
        from .generic import GenericExtractor

        chain: tuple[type[Extractor], ...] = (
            (forced,) if forced is GenericExtractor else (forced, GenericExtractor)
        )
    else:
        chain = reg.resolve(page).chain
    return parse_page(page, chain, strict=strict)
