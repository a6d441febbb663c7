"""Many pages at once: files, directories, WARC archives and stdin, parsed in worker processes.

>>> for source, result in newsparse.parse_many(["saved/", "CC-NEWS-1.warc.gz"], jobs=4):
...     if isinstance(result, Exception):
...         print(source, "failed:", result)
...     else:
...         print(source, result.headline)

Inputs are expanded lazily (a directory is walked, a WARC read record by record) and at most a
bounded window of pages is in flight, so memory stays flat however many pages there are. Results
come back in input order. A page that fails yields its exception instead of an Article; nothing
is raised for one bad page or one unreadable input.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from itertools import chain, islice
from os import PathLike
from typing import Any, BinaryIO, TypeVar

from ._decode import gunzipped, read_saved_page
from ._model import Article
from ._parse import parse

__all__ = [
    "HTML_SUFFIXES",
    "Document",
    "Source",
    "Unreadable",
    "default_jobs",
    "iter_documents",
    "parse_document",
    "parse_many",
    "run_ordered",
]

#: File names a directory walk picks up as saved pages (WARC files are picked up too).
HTML_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".html.gz", ".htm.gz")

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Source:
    """Where a page came from: a file (``offset`` None), a WARC record (its byte offset), or ``-``."""

    path: str
    offset: int | None = None

    def __str__(self) -> str:
        return self.path if self.offset is None else f"{self.path}@{self.offset}"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, as the ``source`` of a JSONL record."""
        return {"path": self.path, "offset": self.offset}


@dataclass(frozen=True, slots=True)
class Document:
    """A page to parse and what is known about it.

    ``html`` None means "read ``source.path`` when parsing", which lets worker processes read and
    decompress files themselves instead of the parent shipping the bytes to them.
    """

    source: Source
    html: bytes | str | None = None
    url: str | None = None
    fetched: datetime | None = None
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Unreadable:
    """An input (or the rest of one) that could not be read: reported in order, never parsed."""

    source: Source
    error: Exception


def default_jobs() -> int:
    """The number of worker processes by default: the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _is_page_file(name: str) -> bool:
    lower = name.lower()
    return lower.endswith(HTML_SUFFIXES)


def _stdin_document(stdin: BinaryIO | None, url: str | None) -> Document:
    data = gunzipped((stdin or sys.stdin.buffer).read())
    return Document(Source("-"), html=data, url=url)


def _walk(root: str) -> Iterator[str | Unreadable]:
    # Sorted, so that output order does not depend on the file system; symlinked directories are
    # not followed (no loops), as os.walk does by default. A directory that cannot be listed is
    # reported where it would have been, and the walk goes on.
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        while errors:
            exc = errors.pop(0)
            yield Unreadable(Source(exc.filename or root), exc)
        dirnames.sort()
        for name in sorted(filenames):
            if _is_page_file(name) or name.lower().endswith((".warc", ".warc.gz")):
                yield os.path.join(dirpath, name)
    for exc in errors:
        yield Unreadable(Source(exc.filename or root), exc)


def _warc_documents(path: str) -> Iterator[Document | Unreadable]:
    from .warc import iter_records

    last = 0
    try:
        for rec in iter_records(path):
            last = rec.offset
            yield Document(
                Source(path, rec.offset),
                html=rec.content,
                url=rec.url,
                fetched=rec.date,
                encoding=rec.charset,
            )
    except (OSError, ImportError) as exc:
        yield Unreadable(Source(path, last or None), exc)


def _expand(
    item: str | PathLike[str] | Document, *, url: str | None, stdin: BinaryIO | None
) -> Iterator[Document | Unreadable]:
    from .warc import is_warc

    if isinstance(item, Document):
        yield item
        return
    name = os.fspath(item)
    if name == "-":
        try:
            yield _stdin_document(stdin, url)
        except (OSError, EOFError) as exc:
            yield Unreadable(Source("-"), exc)
        return
    if os.path.isdir(name):
        for path in _walk(name):
            if isinstance(path, Unreadable):
                yield path
            elif is_warc(path):
                yield from _warc_documents(path)
            else:
                yield Document(Source(path), url=url)
        return
    if not os.path.exists(name):
        yield Unreadable(Source(name), FileNotFoundError(2, "No such file or directory", name))
    elif is_warc(name):
        yield from _warc_documents(name)
    else:
        yield Document(Source(name), url=url)


def iter_documents(
    inputs: Iterable[str | PathLike[str] | Document],
    *,
    url: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | Unreadable]:
    """Expand inputs, lazily and in order, into the pages to parse.

    A path is a saved page (``.html``, ``.htm``, optionally gzipped), a directory (walked
    recursively, sorted, for those and for WARC files), a WARC file (its HTML responses), or
    ``-`` for standard input. ``url`` applies to pages that do not carry their own (not to WARC
    records). An input that cannot be read yields a marker with the error instead of raising.
    """
    for item in inputs:
        yield from _expand(item, url=url, stdin=stdin)


def parse_document(doc: Document, *, extractor: str | None = None) -> Article:
    """Parse one :class:`Document` (reading its file when it has no bytes yet)."""
    html = read_saved_page(doc.source.path) if doc.html is None else doc.html
    return parse(html, url=doc.url, fetched=doc.fetched, encoding=doc.encoding, extractor=extractor)


def _init_worker() -> None:
    # Ctrl-C reaches the whole process group: only the parent reacts, and it stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool(jobs: int) -> ProcessPoolExecutor:
    # fork: workers start in milliseconds with newsparse and the registry already imported, and
    # a main module without a __main__ guard is never re-run in them.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker)


def _outcome(future: Future[Any]) -> Any:
    try:
        return future.result()
    except Exception as exc:
        return exc


def run_ordered(
    work: Callable[[Document], R],
    items: Iterable[Document | Unreadable],
    *,
    jobs: int | None = None,
    window: int | None = None,
) -> Generator[tuple[Source, R | Exception], None, None]:
    """Apply ``work`` to each document in ``jobs`` processes; yield results in input order.

    At most ``window`` documents (default ``8 * jobs``) are in flight, so inputs are read only as
    fast as results are consumed. ``work`` must be a picklable module-level callable (or a
    :func:`functools.partial` of one) when ``jobs > 1``. Closing the generator (or an exception
    in the consumer, such as Ctrl-C) cancels pending work and stops the workers.
    """
    jobs = default_jobs() if jobs is None else max(1, jobs)
    stream = iter(items)
    head = list(islice(stream, 2))
    if len(head) < 2:  # one page: not worth starting processes for
        jobs = 1
    stream = chain(head, stream)
    if jobs == 1:
        for item in stream:
            if isinstance(item, Unreadable):
                yield item.source, item.error
                continue
            try:
                yield item.source, work(item)
            except Exception as exc:
                yield item.source, exc
        return
    limit = window or 8 * jobs
    pending: deque[tuple[Source, Future[Any] | Exception]] = deque()
    pool: ProcessPoolExecutor | None = None
    try:
        for item in stream:
            if isinstance(item, Unreadable):
                pending.append((item.source, item.error))
            else:
                pool = pool or _pool(jobs)
                pending.append((item.source, pool.submit(work, item)))
            while len(pending) >= limit or (pending and _ready(pending[0][1])):
                yield _pop(pending)
        while pending:
            yield _pop(pending)
    finally:
        if pool is not None:
            # Workers ignore SIGINT, so they finish at most the page in hand and exit.
            pool.shutdown(wait=True, cancel_futures=True)


def _ready(entry: Future[Any] | Exception) -> bool:
    return not isinstance(entry, Future) or entry.done()


def _pop(pending: deque[tuple[Source, Future[Any] | Exception]]) -> tuple[Source, Any]:
    source, entry = pending.popleft()
    return source, (_outcome(entry) if isinstance(entry, Future) else entry)


def parse_many(
    sources: Iterable[str | PathLike[str] | Document],
    jobs: int | None = None,
    *,
    url: str | None = None,
    extractor: str | None = None,
) -> Iterator[tuple[Source, Article | Exception]]:
    """Parse many pages, in parallel, yielding ``(source, Article or exception)`` in input order.

    Args:
        sources: paths of saved pages, directories, WARC files, ``-`` for stdin, or
            :class:`Document` objects (bytes already in hand, e.g. from another archive reader).
        jobs: worker processes (default: the number of cores); 1 parses in this process.
        url: the URL of pages that carry none (meant for a single page).
        extractor: force an extractor by name for every page.

    A page that fails (not HTML, unreadable, an error in parsing) yields the exception in place
    of the Article; an input that cannot be read yields one ``OSError``. Nothing is raised.
    """
    work = partial(parse_document, extractor=extractor)
    return run_ordered(work, iter_documents(sources, url=url), jobs=jobs)
