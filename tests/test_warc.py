"""newsparse.warc: the HTML responses of a WARC, with both readers behind the one interface."""

from __future__ import annotations

import gzip
import importlib.util
import io
from pathlib import Path

import pytest

from newsparse.warc import Record, is_warc, iter_records
from test_batch import article_page, write_warc

pytest.importorskip("warcio")

READERS = [
    "warcio",
    pytest.param(
        "fastwarc",
        marks=pytest.mark.skipif(
            importlib.util.find_spec("fastwarc") is None, reason="fastwarc not installed"
        ),
    ),
]


@pytest.fixture
def warc(tmp_path: Path) -> Path:
    path = tmp_path / "crawl.warc.gz"
    write_warc(
        path,
        [
            ("https://courier.example/2024/05/01/a", article_page(1), "text/html; charset=utf-8"),
            ("https://courier.example/feed.json", b'{"items": []}', "application/json"),
            ("https://courier.example/2024/05/03/c", article_page(3), "application/xhtml+xml"),
            (
                "https://courier.example/2024/05/04/d",
                article_page(4).encode("cp1252"),
                "text/html;charset=cp1252",
            ),
        ],
    )
    return path


@pytest.mark.parametrize("reader", READERS)
def test_only_html_responses_with_their_metadata(warc: Path, reader: str) -> None:
    records = list(iter_records(warc, reader=reader))  # type: ignore[arg-type]
    assert [r.url for r in records] == [
        "https://courier.example/2024/05/01/a",
        "https://courier.example/2024/05/03/c",
        "https://courier.example/2024/05/04/d",
    ]
    first = records[0]
    assert isinstance(first, Record)
    assert first.content == article_page(1).encode()
    assert first.charset == "utf-8"
    assert first.date is not None and first.date.isoformat() == "2024-05-01T10:00:00+00:00"
    assert first.record_id and first.record_id.startswith("<urn:uuid:")
    assert records[1].charset is None and records[1].content_type == "application/xhtml+xml"
    assert records[2].charset == "cp1252"
    assert all(r.path == str(warc) for r in records)


def test_readers_agree_on_offsets(warc: Path) -> None:
    pytest.importorskip("fastwarc")
    by_warcio = [(r.offset, r.url, r.content) for r in iter_records(warc, reader="warcio")]
    by_fastwarc = [(r.offset, r.url, r.content) for r in iter_records(warc, reader="fastwarc")]
    assert by_warcio == by_fastwarc


def test_offset_points_at_the_record(warc: Path) -> None:
    # The (path, offset) pair is enough to fetch the record again, as with Common Crawl's index.
    from warcio.archiveiterator import ArchiveIterator

    for record in iter_records(warc):
        with warc.open("rb") as fh:
            fh.seek(record.offset)
            again = next(iter(ArchiveIterator(fh)))
            assert again.rec_headers.get_header("WARC-Target-URI") == record.url


@pytest.mark.parametrize("reader", READERS)
def test_content_encoding_is_undone(tmp_path: Path, reader: str) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "gz.warc"
    html = article_page(2).encode()
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        http = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
            protocol="HTTP/1.1",
        )
        writer.write_record(
            writer.create_warc_record(
                "https://courier.example/2",
                "response",
                payload=io.BytesIO(gzip.compress(html)),
                http_headers=http,
            )
        )
    [record] = iter_records(path, reader=reader)  # type: ignore[arg-type]
    assert record.content == html


def test_identified_payload_type_wins_over_the_server(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "cc.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, served, identified in [
            ("https://courier.example/page", "application/octet-stream", "text/html"),
            ("https://courier.example/pic", "text/html", "image/jpeg"),
        ]:
            http = StatusAndHeaders("200 OK", [("Content-Type", served)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(article_page(1).encode()),
                    http_headers=http,
                    warc_headers_dict={"WARC-Identified-Payload-Type": identified},
                )
            )
    assert [r.url for r in iter_records(path)] == ["https://courier.example/page"]


@pytest.mark.parametrize("reader", READERS)
def test_broken_and_missing_files_raise_oserror(tmp_path: Path, reader: str) -> None:
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is not a WARC file at all\r\n\r\n" * 10)
    with pytest.raises(OSError):
        list(iter_records(junk, reader=reader))  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError):
        list(iter_records(tmp_path / "missing.warc.gz", reader=reader))  # type: ignore[arg-type]


def test_unknown_reader_is_refused(warc: Path) -> None:
    with pytest.raises(ValueError, match="unknown WARC reader"):
        list(iter_records(warc, reader="nope"))  # type: ignore[arg-type]


def test_is_warc() -> None:
    assert is_warc("a/CC-NEWS-2024.warc.gz") and is_warc("x.WARC")
    assert not is_warc("page.html.gz") and not is_warc("x.warc.json")
