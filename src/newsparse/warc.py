"""Reading web archives (WARC): the HTML responses of a ``.warc`` or ``.warc.gz`` file.

>>> from newsparse.warc import iter_records
>>> for record in iter_records("CC-NEWS-20240503.warc.gz"):
...     article = newsparse.parse(record.content, url=record.url, fetched=record.date,
...                               encoding=record.charset)

Only ``response`` records whose payload is HTML are yielded: the record's ``WARC-Target-URI`` is
the page URL, ``WARC-Date`` the fetch time, the HTTP ``Content-Type`` charset the declared
encoding, and ``offset`` the byte offset of the record in the (compressed) file, which with the
path identifies the record the way Common Crawl's index does.

Two readers sit behind this one interface: `warcio <https://pypi.org/project/warcio/>`_ (the
reference, pure Python; extra ``newsparse[warc]``) and `FastWARC
<https://pypi.org/project/fastwarc/>`_ (compiled). ``reader="auto"`` takes warcio when it is
installed, else FastWARC: measured here the two differ by well under a millisecond per record,
a few percent of parsing the page (see ``docs/howto/batch-and-warc.md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from os import PathLike
from typing import IO, Any, Literal

__all__ = ["READERS", "Record", "is_warc", "iter_records", "open_warc"]

#: The WARC readers :func:`iter_records` knows, in the order ``reader="auto"`` tries them.
READERS: tuple[str, ...] = ("warcio", "fastwarc")

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_:.+-]+)""", re.IGNORECASE)
_WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True, slots=True)
class Record:
    """One HTML response of a WARC file: what :func:`newsparse.parse` needs, and where it is."""

    path: str
    offset: int
    url: str | None
    date: datetime | None
    content_type: str | None
    charset: str | None
    record_id: str | None
    content: bytes


def is_warc(path: str | PathLike[str]) -> bool:
    """Whether a file name is a WARC file's (``.warc`` or ``.warc.gz``)."""
    return str(path).lower().endswith(_WARC_SUFFIXES)


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _charset(content_type: str | None) -> str | None:
    match = _CHARSET.search(content_type or "")
    return match.group(1).lower() if match else None


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def _is_html(http_type: str | None, identified: str | None) -> bool:
    # Common Crawl's own detection (WARC-Identified-Payload-Type) first: servers lie about types.
    if identified:
        return _mime(identified) in _HTML_TYPES
    return _mime(http_type) in _HTML_TYPES


def open_warc(path: str | PathLike[str]) -> IO[bytes]:
    """Open a WARC for reading: a local path or ``file://`` URI, or any URL :mod:`fsspec` can
    open (``s3://``, ``https://``...) when fsspec is installed."""
    name = str(path)
    if "://" in name and not name.startswith("file://"):
        import importlib

        try:
            fsspec: Any = importlib.import_module("fsspec")
        except ImportError:
            raise OSError(f"reading {name} needs fsspec (pip install fsspec s3fs)") from None
        return fsspec.open(name, "rb").open()  # type: ignore[no-any-return]
    return open(name.removeprefix("file://"), "rb")


def _warcio(path: str, stream: IO[bytes]) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(stream)
    for rec in records:
        if rec.format != "warc":  # warcio reads anything as a legacy ARC record, even junk
            raise OSError(f"{path}: not a WARC file (a {rec.format} record at {records.get_record_offset()})")
        if rec.rec_type != "response" or rec.http_headers is None:
            continue
        http_type = rec.http_headers.get_header("Content-Type")
        if not _is_html(http_type, rec.rec_headers.get_header("WARC-Identified-Payload-Type")):
            continue
        # content_stream() undoes chunked transfer and Content-Encoding, as a browser would. The
        # offset is asked for after reading: asking before leaves warcio's stream at the end.
        content = rec.content_stream().read()
        offset = records.get_record_offset()
        yield Record(
            path=path,
            offset=int(offset),
            url=rec.rec_headers.get_header("WARC-Target-URI"),
            date=_date(rec.rec_headers.get_header("WARC-Date")),
            content_type=http_type,
            charset=_charset(http_type),
            record_id=rec.rec_headers.get_header("WARC-Record-ID"),
            content=content,
        )


def _fastwarc(path: str, stream: IO[bytes]) -> Iterator[Record]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    records: Any = ArchiveIterator(
        stream, record_types=WarcRecordType.response, parse_http=True, auto_decode="all"
    )
    for rec in records:
        headers = rec.headers
        http_type = rec.http_headers.get("Content-Type") if rec.http_headers is not None else None
        if not _is_html(http_type, headers.get("WARC-Identified-Payload-Type")):
            continue
        yield Record(
            path=path,
            offset=int(rec.stream_pos),
            url=headers.get("WARC-Target-URI"),
            date=_date(headers.get("WARC-Date")),
            content_type=http_type,
            charset=_charset(http_type),
            record_id=headers.get("WARC-Record-ID"),
            content=rec.reader.read(),
        )


def _pick(reader: str) -> str:
    if reader != "auto":
        if reader not in READERS:
            raise ValueError(f"unknown WARC reader {reader!r}; choose one of {', '.join(READERS)}")
        return reader
    import importlib.util

    for name in READERS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ImportError("reading WARC files needs warcio: pip install 'newsparse[warc]'")


def iter_records(
    path: str | PathLike[str],
    *,
    reader: Literal["auto", "warcio", "fastwarc"] = "auto",
) -> Iterator[Record]:
    """The HTML ``response`` records of a WARC file, in file order.

    Args:
        path: a ``.warc`` or ``.warc.gz`` file (a local path, a ``file://`` URI, or a URL fsspec
            opens).
        reader: the WARC library to read it with; ``"auto"`` prefers warcio.

    Raises:
        OSError: the file cannot be opened or is not a readable WARC (raised while iterating for
            damage past the start).
        ImportError: no WARC reader is installed.
    """
    name = str(path)
    backend = _warcio if _pick(reader) == "warcio" else _fastwarc
    with open_warc(path) as stream:
        try:
            yield from backend(name, stream)
        except OSError:
            raise
        except Exception as exc:  # the readers' own parse errors: one type for callers to catch
            raise OSError(f"{name}: not a readable WARC file: {type(exc).__name__}: {exc}") from exc
