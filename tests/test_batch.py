"""newsparse.parse_many and the batch machinery: inputs, order, errors, worker processes.

The pages are small whole pages written here (see ``article_page``); the WARC files are written
with warcio, as a crawler would.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import Article, InvalidDocument
from newsparse.batch import Document, Source, iter_documents, parse_many, run_ordered


def article_page(n: int, *, title: str | None = None, charset: str = "utf-8") -> str:
    """A whole news page: chrome around one article numbered ``n``, with JSON-LD and metas."""
    headline = title or f"Harbour council approves plan number {n}"
    day = 1 + n % 28
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "datePublished": f"2024-03-{day:02d}T08:30:00+01:00",
        "author": {"@type": "Person", "name": f"Reporter {n}"},
    }
    paragraphs = "\n".join(
        f"<p>Paragraph {i} of story {n}: the council met on the quay and argued about moorings, "
        f"ferry timetables and the price of diesel for the better part of an afternoon.</p>"
        for i in range(1, 6)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="{charset}">
<title>{headline} | Coast Courier</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Coast Courier">
<meta name="description" content="What the council decided in meeting {n}.">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head><body>
<header class="site-header"><a href="/">Coast Courier</a>
<nav><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></nav></header>
<main><article class="post">
<h1 class="entry-title">{headline}</h1>
<div class="byline">By <a rel="author" href="/author/r{n}">Reporter {n}</a></div>
<div class="entry-content">
{paragraphs}
</div></article>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Other story</a></li></ul></aside>
</main>
<footer class="site-footer"><p>Copyright Coast Courier</p></footer>
</body></html>
"""


def write_warc(path: Path, pages: Iterable[tuple[str, str | bytes, str]], *, extra: bool = True) -> None:
    """A gzipped WARC of ``(url, body, content type)`` responses; with ``extra``, also a
    warcinfo record, a request record and a non-HTML response that readers must skip."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        if extra:
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for i, (url, body, ctype) in enumerate(pages):
            data = body.encode("utf-8") if isinstance(body, str) else body
            if extra:
                req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
                writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            headers = {"WARC-Date": f"2024-05-0{1 + i % 9}T10:00:00Z"}
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(data), http_headers=http, warc_headers_dict=headers
            )
            writer.write_record(record)
        if extra:
            img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    "https://example.org/logo.png",
                    "response",
                    payload=io.BytesIO(b"\x89PNG\r\n\x1a\nnot really"),
                    http_headers=img,
                )
            )


@pytest.fixture
def pages_dir(tmp_path: Path) -> Path:
    """A directory tree of saved pages, plain and gzipped, plus files a walk must ignore."""
    root = tmp_path / "saved"
    (root / "b" / "deeper").mkdir(parents=True)
    (root / "a").mkdir()
    (root / "a" / "one.html").write_text(article_page(1), encoding="utf-8")
    (root / "a" / "two.htm").write_text(article_page(2), encoding="utf-8")
    (root / "b" / "three.html.gz").write_bytes(gzip.compress(article_page(3).encode()))
    (root / "b" / "deeper" / "four.html").write_text(article_page(4), encoding="utf-8")
    (root / "b" / "notes.txt").write_text("not a page", encoding="utf-8")
    (root / "b" / "style.css").write_text("body{}", encoding="utf-8")
    return root


def _headlines(results: Iterable[tuple[Source, Article | Exception]]) -> list[str | None]:
    out = []
    for _, result in results:
        assert isinstance(result, Article), result
        out.append(result.headline)
    return out


def test_directory_walk_is_recursive_sorted_and_filtered(pages_dir: Path) -> None:
    results = list(parse_many([pages_dir], jobs=1))
    assert [os.path.relpath(s.path, pages_dir) for s, _ in results] == [
        os.path.join("a", "one.html"),
        os.path.join("a", "two.htm"),
        os.path.join("b", "three.html.gz"),  # a directory's files, then its subdirectories
        os.path.join("b", "deeper", "four.html"),
    ]
    assert _headlines(results) == [f"Harbour council approves plan number {n}" for n in (1, 2, 3, 4)]


def test_single_file_and_url(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(article_page(7), encoding="utf-8")
    [(source, article)] = parse_many([str(page)], jobs=1, url="https://courier.example/2024/03/07/plan")
    assert source == Source(str(page))
    assert isinstance(article, Article)
    assert article.url == "https://courier.example/2024/03/07/plan"
    assert article.headline == "Harbour council approves plan number 7"


def test_order_is_input_order_with_two_workers(tmp_path: Path) -> None:
    # Big pages first and small ones after, so that workers finish out of order.
    paths = []
    for n in range(24):
        page = tmp_path / f"{n:02d}.html"
        body = article_page(n)
        if n % 3 == 0:
            filler = "".join(f"<p>Filler paragraph {i} about tides and harbours.</p>" for i in range(800))
            body = body.replace("</article>", f"<section class='more'>{filler}</section></article>")
        page.write_text(body, encoding="utf-8")
        paths.append(page)
    results = list(parse_many(paths, jobs=2))
    assert [s.path for s, _ in results] == [str(p) for p in paths]
    assert _headlines(results) == [f"Harbour council approves plan number {n}" for n in range(24)]


def test_a_failing_page_is_yielded_in_place(tmp_path: Path) -> None:
    good = tmp_path / "good.html"
    good.write_text(article_page(1), encoding="utf-8")
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    missing = tmp_path / "missing.html"
    for jobs in (1, 2):
        results = list(parse_many([good, bad, missing, good], jobs=jobs))
        assert [s.path for s, _ in results] == [str(good), str(bad), str(missing), str(good)]
        assert isinstance(results[0][1], Article)
        assert isinstance(results[1][1], InvalidDocument)
        assert isinstance(results[2][1], FileNotFoundError)
        assert isinstance(results[3][1], Article)


def test_warc_records_become_documents_with_url_date_charset(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    latin = article_page(5, title="Fjord café reopens", charset="iso-8859-1").encode("iso-8859-1")
    write_warc(
        warc,
        [
            ("https://courier.example/a", article_page(1), "text/html; charset=utf-8"),
            ("https://courier.example/b", latin, "text/html; charset=ISO-8859-1"),
        ],
    )
    docs = list(iter_documents([warc]))
    assert [d.url for d in docs if isinstance(d, Document)] == [
        "https://courier.example/a",
        "https://courier.example/b",
    ]
    second = docs[1]
    assert isinstance(second, Document)
    assert second.encoding == "iso-8859-1"
    assert second.fetched is not None and second.fetched.isoformat() == "2024-05-02T10:00:00+00:00"
    assert second.source.path == str(warc) and second.source.offset and second.source.offset > 0
    results = list(parse_many([warc], jobs=2))
    assert _headlines(results) == ["Harbour council approves plan number 1", "Fjord café reopens"]


def test_documents_and_stdin(tmp_path: Path) -> None:
    html = article_page(9).encode()
    doc = Document(Source("mem://9"), html=html, url="https://courier.example/9")
    [(source, article)] = parse_many([doc], jobs=1)
    assert source.path == "mem://9" and isinstance(article, Article)
    assert article.url == "https://courier.example/9"
    [stdin_doc] = list(iter_documents(["-"], stdin=io.BytesIO(gzip.compress(html))))
    assert isinstance(stdin_doc, Document) and stdin_doc.html == html


def test_inputs_are_consumed_lazily(tmp_path: Path) -> None:
    # A bounded window: after the first result only about `window` inputs have been pulled.
    page = tmp_path / "p.html"
    page.write_text(article_page(1), encoding="utf-8")
    pulled = 0

    def endless() -> Iterable[Document]:
        nonlocal pulled
        while True:
            pulled += 1
            yield Document(Source(str(page)))

    results = run_ordered(newsparse.batch.parse_document, endless(), jobs=2, window=6)
    for _ in range(3):
        next(results)
    results.close()
    assert pulled <= 3 + 6


def test_closing_stops_the_workers(tmp_path: Path) -> None:
    import multiprocessing

    page = tmp_path / "p.html"
    page.write_text(article_page(1), encoding="utf-8")
    results = parse_many([page] * 40, jobs=2)
    next(results)
    assert multiprocessing.active_children()
    results.close()
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not multiprocessing.active_children()


def test_parse_many_is_public_and_import_stays_light() -> None:
    import subprocess
    import sys

    assert "parse_many" in newsparse.__all__
    assert newsparse.parse_many is parse_many
    heavy = "('newsparse.batch', 'concurrent.futures', 'multiprocessing')"
    code = f"import sys, newsparse; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_an_unlistable_directory_is_reported_and_the_walk_goes_on(
    pages_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_walk = os.walk

    def walk(top: str, onerror: Any = None, **kwargs: Any) -> Iterator[tuple[str, list[str], list[str]]]:
        # What os.walk does when a subdirectory cannot be listed (as root, chmod cannot show it).
        for dirpath, dirnames, filenames in real_walk(top, onerror=onerror, **kwargs):
            if dirpath.endswith("deeper"):
                onerror(PermissionError(13, "Permission denied", dirpath))
                continue
            yield dirpath, dirnames, filenames

    monkeypatch.setattr(newsparse.batch.os, "walk", walk)
    results = list(parse_many([pages_dir], jobs=1))
    names = [os.path.relpath(s.path, pages_dir) for s, _ in results]
    assert names == ["a/one.html", "a/two.htm", "b/three.html.gz", "b/deeper"]
    assert isinstance(results[-1][1], PermissionError)
