"""``parse()``: bytes -> text -> one tree and page context -> extractor fields -> Article.

Each field is asked of the extractors in the chain in turn (embedded chrome, site or theme,
generic); the first non-empty answer wins and ``provenance`` records who gave it. An extractor
that raises, answers with the wrong type or runs past the per-field time budget loses only that
field, recorded in ``errors``. URLs in the answer that are not absolute http(s) are dropped.
"""

from __future__ import annotations

import dataclasses
import signal
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from types import FrameType
from typing import Any
from urllib.parse import urlsplit

from ._context import Page
from ._decode import sanitized
from ._errors import ExtractorError
from ._extractor import Extractor, shared_generic
from ._model import FIELDS, Article, Author, Body, Embed, Image, ImageBlock, ShareCounts, Teaser
from ._registry import Registry, default_registry
from ._text import clean

__all__ = ["FIELD_TIMEOUT", "parse", "parse_page"]

#: Default time budget of one extractor on one field, in seconds per started megabyte of page
#: text (see :func:`parse`). Fields take milliseconds on ordinary pages; this only stops runaways.
FIELD_TIMEOUT = 5.0


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


def _http(page: Page, value: str | None) -> str | None:
    """An absolute http(s) URL with a host, resolved against the page; None for anything else."""
    url = page.absolute(value) if isinstance(value, str) else None
    if url is None:
        return None
    try:
        return url if urlsplit(url).hostname else None
    except ValueError:
        return None


def _teaser(page: Page, teaser: Teaser | None) -> Teaser | None:
    if teaser is None:
        return None
    url = _http(page, teaser.url)
    if url is None:
        return None
    image = _http(page, teaser.image_url)
    if url == teaser.url and image == teaser.image_url:
        return teaser
    return dataclasses.replace(teaser, url=url, image_url=image)


def _author(page: Page, author: Author) -> Author:
    url, avatar = _http(page, author.url), _http(page, author.avatar_url)
    if url == author.url and avatar == author.avatar_url:
        return author
    return dataclasses.replace(author, url=url, avatar_url=avatar)


def _body(page: Page, body: Body) -> Body:
    blocks = []
    changed = False
    for block in body.blocks:
        if isinstance(block, (ImageBlock, Embed)):
            url = _http(page, block.url)
            if url != block.url:
                changed = True
                if url is None:
                    continue
                block = dataclasses.replace(block, url=url)
        blocks.append(block)
    return Body(blocks=tuple(blocks)) if changed else body


def _safe_urls(page: Page, field: str, value: Any) -> Any:
    """The value with every URL it carries absolute http(s): ``javascript:``, ``data:`` and the
    like are dropped (with the teaser, image or body block they would link), whoever produced them.
    """
    if field in ("url", "canonical_url"):
        return _http(page, value)
    if field == "authors":
        return tuple(_author(page, a) for a in value)
    if field == "lead_image":
        url = _http(page, value.url) if value is not None else None
        if url is None:
            return None
        return value if url == value.url else dataclasses.replace(value, url=url)
    if field in ("previous", "next"):
        return _teaser(page, value)
    if field == "related":
        return tuple(t for t in (_teaser(page, t) for t in value) if t is not None)
    if field == "body" and value is not None:
        return _body(page, value)
    return value


class _FieldTimeout(BaseException):
    # BaseException: an extractor's own ``except Exception`` must not swallow its timeout
    pass


class _Budget:
    """A per-field time limit built on ``SIGALRM`` (no threads, no polling).

    It works in the main thread of a Unix process when nothing else uses ``SIGALRM`` or
    ``ITIMER_REAL``; elsewhere (other threads, Windows, a host program with its own alarm) it is
    off and fields run unbounded. The alarm interrupts Python code only: a single long C call
    (one huge regex or XPath) ends before the timeout is raised.

    One timer runs for the whole page and ticks every ``_TICK`` seconds (or a tenth of the budget
    when that is shorter); at a tick the field that has run past its budget is interrupted, and
    again at every later tick in case the extractor catches the first one. A field therefore
    ends within a tick of its budget. Two timer calls a page, not two a field: those system calls
    were 2% of a ``parse()``.
    """

    _TICK = 0.05

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.armed = False
        self.active = False
        self.started = 0.0
        self._previous: Any = None

    def __enter__(self) -> _Budget:
        if (
            self.seconds is not None
            and self.seconds > 0
            and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
            # None: a handler installed from C (a fuzzer, an embedding host) that is not ours
            and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN)
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0
        ):
            self._previous = signal.signal(signal.SIGALRM, self._alarm)
            self.active = True
            tick = min(self._TICK, self.seconds / 10)
            signal.setitimer(signal.ITIMER_REAL, tick, tick)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.active:
            self.armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            # a tick still pending (an emulator such as valgrind delivers signals late) is
            # discarded by ignoring the signal, before the previous action (often: terminate) is back
            signal.signal(signal.SIGALRM, signal.SIG_IGN)
            signal.signal(signal.SIGALRM, self._previous)
            self.active = False

    def arm(self) -> None:
        """Start the clock for one extractor on one field."""
        if self.active:
            self.started = time.monotonic()
            self.armed = True

    def disarm(self) -> None:
        """Stop the clock (idempotent)."""
        self.armed = False

    def _alarm(self, signum: int, frame: FrameType | None) -> None:
        # Never raise inside this module's own code (between two fields, or while recording
        # a result): only the extractor's code is interrupted; a later tick catches it there.
        if not self.armed or (frame is not None and frame.f_globals.get("__name__") == __name__):
            return
        if self.seconds is not None and time.monotonic() - self.started >= self.seconds:
            raise _FieldTimeout


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == () or (isinstance(value, Body) and not value.blocks)


def parse_page(
    page: Page,
    chain: tuple[type[Extractor], ...],
    *,
    strict: bool = False,
    field_timeout: float | None = FIELD_TIMEOUT,
) -> Article:
    """Run an extractor chain over a parsed page and assemble the Article."""
    page.boilerplate = tuple(sel for cls in chain for sel in cls.boilerplate)
    errors: dict[str, str] = {}
    from .generic import GenericExtractor

    instances: list[Extractor] = []
    for cls in chain:
        try:
            # the generic extractor is shared with the site extractors that refine its answers
            instances.append(shared_generic(page) if cls is GenericExtractor else cls(page))
        except Exception as exc:
            if strict:
                raise ExtractorError(cls.name, "extractor", exc) from exc
            errors.setdefault("extractor", f"{cls.name}: {type(exc).__name__}: {exc}")
    if not instances:
        instances.append(shared_generic(page))
    values: dict[str, Any] = {}
    provenance: dict[str, str] = {}
    if field_timeout is not None:
        # linear work grows with the page: a 20 MB page gets 20 times the budget
        field_timeout *= max(1, -(-len(page.html) // 1_000_000))
    with _Budget(field_timeout) as budget:
        for field in FIELDS:
            for ex in instances:
                if getattr(type(ex), field, None) is None:
                    continue
                try:
                    try:
                        budget.arm()
                        value = getattr(ex, field)()
                    finally:
                        budget.disarm()
                    if value is not None:
                        value = _safe_urls(page, field, _CHECKS[field](value))
                    source = ex.provenance(field) if not _empty(value) else ""
                except _FieldTimeout:
                    budget.disarm()
                    cause = TimeoutError(f"no answer within {field_timeout} s")
                    if strict:
                        raise ExtractorError(ex.name, field, cause) from None
                    errors.setdefault(field, f"{ex.name}: TimeoutError: {cause}")
                    continue
                except Exception as exc:
                    if strict:
                        raise ExtractorError(ex.name, field, exc) from exc
                    errors.setdefault(field, f"{ex.name}: {type(exc).__name__}: {exc}")
                    continue
                if _empty(value):
                    if field in ex.final:
                        break  # the site has none: the next extractor's find would mislead
                    continue
                values[field] = value
                provenance[field] = source
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
    field_timeout: float | None = FIELD_TIMEOUT,
) -> Article:
    """Parse one saved page into an :class:`~newsparse.Article`.

    Args:
        html: the page, as text or as the raw bytes (decoded the way browsers do: BOM,
            declared charset, detection).
        url: the page's URL, if known: it picks the site extractor and resolves relative links.
            Without it the extractor is chosen by the page's markup (fingerprints).
        extractor: force an extractor by name; ``"generic"`` forces the generic one alone (for
            comparisons), another name runs that extractor with the generic one behind it.
            Forcing skips resolution, embedded extractors included.
        fetched: when the page was fetched; the base for relative dates ("2 hours ago").
        encoding: the charset the HTTP response declared, if any (bytes input only).
        strict: re-raise an extractor's error as :class:`~newsparse.ExtractorError` instead of
            falling back (for extractor authors).
        registry: the registry to resolve extractors in (default: the global one).
        field_timeout: seconds one extractor may spend on one field, per started megabyte of
            page text (5 s on a 200 KB page, 100 s on a 20 MB one), before it loses the field to
            the next extractor (recorded in ``errors`` as a ``TimeoutError``); None for no
            limit. Enforced with ``SIGALRM`` in the main thread of Unix processes only (elsewhere,
            or when the host program uses ``SIGALRM`` itself, fields run unbounded).

    Failures: an extractor that raises, answers with the wrong type or runs out of time on a
    field loses that field only; ``Article.errors`` maps the field to ``"<extractor>:
    <ExceptionType>: <message>"`` (the first failure per field) and the next extractor in the
    chain answers instead. An extractor that cannot even be constructed is recorded under the key
    ``"extractor"``. With ``strict=True`` each of these raises :class:`~newsparse.ExtractorError`.

    Raises:
        InvalidDocument: the input is not an HTML document (empty, binary, plain text, JSON).
    """
    text, utf8 = sanitized(html, encoding)
    page = Page(text, url=url, fetched=fetched, utf8=utf8)
    reg = registry or default_registry
    if extractor is not None:
        forced = reg.get(extractor)
        from .generic import GenericExtractor

        chain: tuple[type[Extractor], ...] = (
            (forced,) if forced is GenericExtractor else (forced, GenericExtractor)
        )
    else:
        chain = reg.resolve(page).chain
    try:
        return parse_page(page, chain, strict=strict, field_timeout=field_timeout)
    finally:
        # The page is this call's own. Its cache holds the generic extractor and the finders'
        # element lists, which hold the page: a reference cycle that would keep the tree and a
        # few hundred objects alive until the garbage collector runs, and make it run more often.
        page.cache.clear()
