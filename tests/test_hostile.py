"""Hostile and broken input: every input gets an Article or ``InvalidDocument``, quickly, with
bounded memory, and nothing a page says makes newsparse read a file or open a connection.

No test here asserts a duration (machines differ); giant inputs assert that they finish, that the
rest of the page is still read, and that peak memory stays a small multiple of the input.
Durations are reported in docs/background/robustness.md.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

import newsparse
from newsparse import Article, Author, Body, Embed, Image, ImageBlock, InvalidDocument, Paragraph, Teaser
from newsparse._context import Page

URL = "https://news.example.org/2024/03/05/harbour-bridge-reopens"
STORY = (
    "The harbour bridge reopened on Tuesday after eleven weeks of repairs to its eastern span, "
    "and the first buses crossed shortly after six in the morning."
)
MARKER = "Engineers said the new bearings should last at least forty years with ordinary care."


def page(*, head: str = "", before: str = "", inside: str = "", after: str = "") -> str:
    """A plausible article page; hostile markup goes in ``before`` (chrome), ``inside`` (the
    article, before its last paragraph) or ``after`` (the footer)."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Harbour bridge reopens after repairs | The Example Courier</title>"
        '<meta property="og:title" content="Harbour bridge reopens after repairs">'
        '<meta property="article:published_time" content="2024-03-05T07:30:00+00:00">'
        f"{head}</head><body><header><nav><a href='/'>Home</a> <a href='/city'>City</a></nav></header>"
        f"{before}<main><article><h1>Harbour bridge reopens after repairs</h1>"
        f"<p>{STORY}</p><p>{STORY} Commuters welcomed the news.</p>{inside}<p>{MARKER}</p></article></main>"
        f"<footer><p>© The Example Courier</p>{after}</footer></body></html>"
    )


def article_json(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False)


def url_values(value: Any, key: str = "") -> Iterator[str]:
    """Every string in the article's dict form stored under a key naming a URL."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in ("provenance", "errors"):  # these map field names to sources and messages
                yield from url_values(v, k)
    elif isinstance(value, list):
        for item in value:
            yield from url_values(item, key)
    elif isinstance(value, str) and (key == "url" or key.endswith("_url")):
        yield value


# --- not HTML: one clear error --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        ("", "empty"),
        (b" \r\n\t  \n", "empty"),
        ("\n\n   \t", "whitespace"),
        ("\ufeff  ", "whitespace"),
        (os.urandom(0) + bytes(range(256)) * 40, "binary"),
        (b"\x00" * 5000, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        ("The council met on Tuesday. Nothing was decided.\nMinutes follow next week.", "no HTML markup"),
        (b"Plain text saved as bytes, with a < sign and a > sign but no tags.", "no HTML markup"),
        ('{"headline": "Not a page", "body": "<p>json holding markup</p>"}', "JSON"),
        ('[{"@type": "NewsArticle"}]', "JSON"),
    ],
)
def test_not_html_raises_invalid_document_with_a_reason(data: str | bytes, reason: str) -> None:
    with pytest.raises(InvalidDocument, match=reason):
        newsparse.parse(data)


def test_wrong_input_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        newsparse.parse(12345)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "html",
    [
        "<p>",
        "<html>",
        "</html>",
        "<!DOCTYPE html>",
        "<!-- only a comment -->",
        "<div><span><p>interleaved</div></span></p>",
        "<table><tr><td>cell<td>cell<tr><p>stray paragraph in a table</table>",
        "<html><head><title>t</title><body><head><body><p>two heads</p>",
        "<p>" + "&#xD800;&#0;&#x110000;&#99999999999;&amp&lt&bogus;",
        "<a href='unterminated><p>quote never closes",
        "<script>document.write('<p>never closed script",
        "<style>p { color: red",
        "<!-- comment never closes <p>text",
        "<![CDATA[ cdata in html ]]><p>x</p>",
        "<?php echo 'x'; ?><p>processing instruction</p>",
        "<svg><foreignObject><p>inside svg</p></foreignObject></svg>",
        "<math><mi>x</mi></math><p>after math</p>",
        "<p>x</p>" + "</div>" * 1000,
        "<" * 10000 + "p>x",
        ">" * 10000 + "<p>x</p>",
        "<p " + "a=" * 5000 + ">x</p>",
        '<meta charset="x-no-such-charset"><p>unknown charset</p>',
        '<base href="javascript:alert(1)"><a href="/x">relative</a>',
        "<html><body><p>\u202e\u200f\u200b\ufeff bidi and zero-width</p></body></html>",
    ],
)
def test_any_html_however_broken_gives_an_article(html: str) -> None:
    assert isinstance(newsparse.parse(html), Article)
    assert isinstance(newsparse.parse(html.encode("utf-8"), url=URL), Article)


# --- characters libxml2 refuses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "junk",
    [
        "\x00",
        "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x1f",
        "\x7f\x80\x9f",
        "\ud800",  # lone surrogates stop libxml2 dead: everything after would be lost
        "\udfff\ud83d",
        "\ufffe\uffff",
        "\ud83d\ude00",  # a surrogate pair that is a real emoji once joined
    ],
)
@pytest.mark.parametrize("as_bytes", [False, True])
def test_control_characters_are_dropped_and_the_rest_is_read(junk: str, as_bytes: bool) -> None:
    html = page(inside=f"<p>Before the junk {junk} and after it, the sentence goes on as usual.</p>")
    data: str | bytes = html.encode("utf-8", "surrogatepass") if as_bytes else html
    article = newsparse.parse(data, url=URL)
    assert article.headline == "Harbour bridge reopens after repairs"
    assert MARKER in article.body.text
    assert "and after it, the sentence goes on" in article.body.text
    for ch in "\x00\x01\x08\x0b\x1f":
        assert ch not in article_json(article)


def test_nul_bytes_in_utf8_bytes_are_stripped() -> None:
    html = page(inside="<p>Null\x00bytes\x00inside\x00a paragraph do not end the page.</p>")
    article = newsparse.parse(html.encode("utf-8"), url=URL)
    assert "Nullbytesinsidea paragraph" in article.body.text
    assert MARKER in article.body.text


# --- giant and deep input: finishes, reads the rest, bounded memory -----------------------------------

_MEASURE = textwrap.dedent(
    """
    import json, resource, sys, time
    import newsparse
    sys.path.insert(0, {tests!r})
    from test_hostile import hostile_case, MARKER
    html = hostile_case({name!r})
    newsparse.parse("<html><body><p>warm up the imports</p></body></html>")
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    start = time.perf_counter()
    # no field budget: on a heavily loaded machine a field could run out of it, and
    # this test is about finishing and memory (the budget has tests of its own)
    article = newsparse.parse(html, url="https://news.example.org/a/b", field_timeout=None)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({{
        "size": len(html.encode("utf-8")), "seconds": seconds, "rss_growth": max(0, peak - base),
        "headline": article.headline, "marker": MARKER in article.body.text,
        "errors": dict(article.errors),
    }}))
    """
)


def hostile_case(name: str) -> str:
    """The hostile pages of the issue, built on demand (they are large)."""
    if name == "nesting-100k":
        return page(before="<div>" * 100_000 + "deep" + "</div>" * 100_000)
    if name == "unclosed-50k":  # the article ends up inside all of them
        return page(before="<div class='wrap'>" + "<div><font>" * 25_000 + "never closed")
    if name == "page-20mb":
        para = "<p>" + "Sentence of a very long article, repeated to make the page large. " * 16 + "</p>"
        return page(inside=para * (20_000_000 // len(para)))
    if name == "attribute-5mb":
        return page(before=f'<div data-state="{"x" * 5_000_000}">widget</div>')
    if name == "jsonld-5000":
        blocks = "".join(
            f'<script type="application/ld+json">{{"@type": "Thing", "name": "item {i}", '
            f'"author": {{"@id": "#p{i}"}}}}</script>'
            for i in range(5000)
        )
        return page(head=blocks)
    if name == "attributes-200k":
        return page(before="<div " + " ".join(f"a{i}='>'" for i in range(200_000)) + ">x</div>")
    if name == "text-12mb":  # past libxml2's 10 MB text limit, where it used to stop reading
        return page(before="<div hidden>" + "z" * 12_000_000 + "</div>")
    raise KeyError(name)


@pytest.mark.parametrize(
    "name",
    [
        "nesting-100k",
        "unclosed-50k",
        "page-20mb",
        "attribute-5mb",
        "jsonld-5000",
        "attributes-200k",
        "text-12mb",
    ],
)
def test_giant_and_deep_pages_finish_with_bounded_memory(name: str) -> None:
    code = _MEASURE.format(tests=str(Path(__file__).parent), name=name)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["headline"] == "Harbour bridge reopens after repairs"
    assert result["marker"], "the article after the hostile part was lost"
    assert "RecursionError" not in json.dumps(result["errors"])
    # memory (peak RSS: libxml2's tree and every Python object): a small multiple of the input
    # plus a fixed allowance for per-element costs
    size = result["size"]
    assert result["rss_growth"] <= 12 * size + 64_000_000, result


# --- DTDs, entities, external resources ---------------------------------------------------------------

_LOL = (
    '<?xml version="1.0"?><!DOCTYPE html ['
    '<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + "]>"
)


def test_billion_laughs_is_not_expanded() -> None:
    html = _LOL + page(inside="<p>Laugh: &lol9; and &lol1; end.</p>")[len("<!DOCTYPE html>") :]
    for data in (html, html.encode("utf-8")):
        article = newsparse.parse(data, url=URL)
        text = article_json(article)
        assert "lollol" not in text
        assert len(text) < 20_000
        assert MARKER in article.body.text


def _xxe_page(target: str) -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html SYSTEM "{target}" ['
        f'<!ENTITY xxe SYSTEM "{target}"><!ENTITY % pe SYSTEM "{target}"> %pe;]>'
        f'<?xml-stylesheet href="{target}"?>'
        + page(
            head=f'<link rel="stylesheet" href="{target}"><base href="{target}">',
            inside=f"<p>Entity here: &xxe; and there.</p>"
            f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{target}"/>'
            f'<img src="{target}"><iframe src="{target}"></iframe><object data="{target}"></object>',
        )[len("<!DOCTYPE html>") :]
    )


@pytest.mark.filterwarnings("ignore:It looks like you.re using an HTML parser")
def test_external_entities_are_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:SECRET-FILE-CONTENT:/root:/bin/sh\n")
    html = _xxe_page(secret.as_uri())
    for data in (html, html.encode("utf-8")):
        article = newsparse.parse(data, url=URL)
        assert "SECRET-FILE-CONTENT" not in article_json(article)
        assert MARKER in article.body.text
        page_ = Page(html if isinstance(data, str) else data.decode())
        assert "SECRET-FILE-CONTENT" not in page_.soup.get_text()  # the BeautifulSoup view too


def test_external_entities_never_even_open_the_file(tmp_path: Path) -> None:
    """Proof that the file is not opened: a FIFO holds the secret; any reader would drain it."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    secret = b"SECRET-FROM-FIFO"
    # O_RDWR keeps the FIFO open without a separate reader, so the write does not block
    fd = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)
    try:
        os.write(fd, secret)
        code = (
            "import sys, newsparse\n"
            f"html = {_xxe_page(fifo.as_uri())!r}\n"
            "newsparse.parse(html); newsparse.parse(html.encode())\n"
            "from newsparse._context import Page; Page(html).soup\n"
            "print('done')\n"
        )
        # a reader would block on the FIFO for ever after draining it: the timeout only ends a failure
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
        assert out.stdout.strip() == "done", out.stderr[-2000:]
        assert os.read(fd, 1024) == secret  # still all there: nobody read it
    finally:
        os.close(fd)


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A TCP socket on loopback that records whether anything connected to it."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.setblocking(False)
    yield server
    server.close()


def _connected(server: socket.socket) -> bool:
    try:
        conn, _ = server.accept()
    except BlockingIOError:
        return False
    conn.close()
    return True


@pytest.mark.filterwarnings("ignore:It looks like you.re using an HTML parser")
def test_no_network_access_ever(listener: socket.socket, monkeypatch: pytest.MonkeyPatch) -> None:
    host, port = listener.getsockname()
    target = f"http://{host}:{port}/evil.dtd"
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError(f"newsparse tried to use the network: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    html = _xxe_page(target)
    for data in (html, html.encode("utf-8")):
        article = newsparse.parse(data, url=URL)
        assert MARKER in article.body.text
    Page(html).soup  # noqa: B018  (building the view is the point)
    assert attempts == []
    assert not _connected(listener), "libxml2 connected to the DTD/entity URL"


# --- JSON-LD of every broken shape ----------------------------------------------------------------------

_GOOD_LD = {
    "@type": "NewsArticle",
    "headline": "Harbour bridge reopens after repairs",
    "author": {"@type": "Person", "name": "Mira Okafor"},
    "datePublished": "2024-03-05T07:30:00+00:00",
}


def _ld_page(*blocks: str) -> str:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return page(head=scripts + '<meta name="author" content="Mira Okafor">')


@pytest.mark.parametrize(
    "bad",
    [
        '{"@type": "NewsArticle", "headline": "Trunc',
        "{'@type': 'NewsArticle'}",
        '{"@type": "NewsArticle", "headline": {"@value": {"nested": [1, 2]}}}',
        '{"@type": "NewsArticle", "headline": 42, "author": 7, "datePublished": ["2024", {"x": 1}]}',
        '{"@type": "NewsArticle", "author": [5, null, true, {"name": {"a": 1}}, [[]]]}',
        '{"@type": "NewsArticle", "datePublished": 1e999, "dateModified": -1e999, "wordCount": 1e999}',
        '{"@type": "NewsArticle", "datePublished": NaN, "image": Infinity}',
        '{"@type": "NewsArticle", "image": {"url": 5, "width": "wide"}, "publisher": 3}',
        '{"@type": "NewsArticle", "keywords": {"k": 1}, "articleSection": 17, "inLanguage": []}',
        '{"@type": "NewsArticle", "headline": "' + "x" * 100 + '", "datePublished": "' + "9" * 5000 + '"}',
        '{"@type": "NewsArticle", "wordCount": ' + "9" * 10000 + "}",
        '{"@type": [5, null], "@graph": 7}',
        '{"@graph": [1, "two", null, [], {"@type": {"x": 1}}]}',
        '{"@type": "NewsArticle", "author": ' + "[" * 50_000 + "]" * 50_000 + "}",
        '{"@type": "NewsArticle", "author": ' + '{"a":' * 5_000 + "1" + "}" * 5_000 + "}",
        "[" * 200_000,
        '{"@type": "NewsArticle", "author": {"@id": "#me"}}',  # a reference to nothing
        '{"@id": "#loop", "@type": "NewsArticle", "author": {"@id": "#loop"}}',  # to itself
        "<!--",
        "",
        "null",
        '"a string"',
    ],
)
def test_broken_jsonld_is_ignored_field_by_field(bad: str) -> None:
    # the broken block comes first (so it is the one read first), a good one after it
    article = newsparse.parse(_ld_page(bad, json.dumps(_GOOD_LD)), url=URL)
    assert article.headline == "Harbour bridge reopens after repairs"
    assert [a.name for a in article.authors] == ["Mira Okafor"]
    assert article.published is not None and article.published.isoformat() == "2024-03-05T07:30:00+00:00"
    assert MARKER in article.body.text
    assert "RecursionError" not in json.dumps(dict(article.errors))


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("headline", {"a": 1}),
        ("headline", 12),
        ("author", 7),
        ("author", [None, 3.5]),
        ("datePublished", ["2024-03-05"]),
        ("datePublished", float("inf")),
        ("image", {"url": {"deeper": True}}),
    ],
)
def test_one_wrong_typed_jsonld_field_leaves_the_others(field: str, bad: Any) -> None:
    ld = dict(_GOOD_LD)
    ld[field] = bad
    article = newsparse.parse(_ld_page(json.dumps(ld, allow_nan=True)), url=URL)
    assert article.errors == {}
    # the broken field falls back to the page's other sources; the rest still comes from JSON-LD
    assert article.headline == "Harbour bridge reopens after repairs"
    assert article.published is not None and article.published.year == 2024
    assert [a.name for a in article.authors] == ["Mira Okafor"]
    assert "{" not in (article.headline or "") and "[" not in (article.headline or "")


# --- URLs: absolute http(s) only, in every URL-bearing field ----------------------------------------------

_BAD_URLS = (
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "mailto:desk@example.org",
)


def test_generic_output_has_only_http_urls() -> None:
    bad = _BAD_URLS
    ld = {
        "@type": "NewsArticle",
        "headline": "Harbour bridge reopens after repairs",
        "url": bad[0],
        "mainEntityOfPage": bad[3],
        "image": [{"@type": "ImageObject", "url": bad[1]}],
        "author": [
            {"@type": "Person", "name": "Mira Okafor", "url": bad[2], "image": bad[3]},
            {"@type": "Person", "name": "Tom Reyes", "url": "/people/tom", "image": {"url": bad[4]}},
        ],
        "publisher": {"@type": "Organization", "name": "Courier", "logo": {"url": bad[5]}},
    }
    head = (
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        f'<link rel="canonical" href="{bad[0]}"><meta property="og:url" content="{bad[3]}">'
        f'<meta property="og:image" content="{bad[4]}"><meta name="twitter:image" content="{bad[1]}">'
        f'<link rel="prev" href="{bad[0]}"><link rel="next" href="{bad[3]}">'
    )
    inside = "".join(
        f'<figure><img src="{u}" alt="pic"><figcaption>Caption {i}</figcaption></figure>'
        f'<iframe src="{u}"></iframe><p>Read <a href="{u}">this link {i}</a> for more on the works.</p>'
        for i, u in enumerate(bad)
    )
    related = "".join(
        f'<li><a href="{u}"><img src="{u}">Related story number {i} about the bridge</a></li>'
        for i, u in enumerate(bad)
    )
    html = page(
        head=head,
        inside=inside,
        after=f'<section class="related"><h2>Related</h2><ul>{related}</ul></section>'
        f'<div class="author-box"><a href="{bad[0]}" rel="author">Mira Okafor</a>'
        f'<img class="avatar" src="{bad[3]}"></div>',
    )
    for url in (URL, None):
        article = newsparse.parse(html, url=url)
        for value in url_values(article.to_dict()):
            assert value.startswith(("http://", "https://")), value


class _BadUrls(newsparse.Extractor):
    """A site extractor that answers every URL-bearing field with dangerous URLs."""

    name: ClassVar[str] = "test-bad-urls"
    domains: ClassVar[tuple[str, ...]] = ("news.example.org",)

    def url(self) -> str:
        return "javascript:alert(1)"

    def canonical_url(self) -> str:
        return "data:text/html,x"

    def authors(self) -> tuple[Author, ...]:
        return (
            Author(name="Mira Okafor", url="javascript:x", avatar_url="data:image/png;base64,AA"),
            Author(name="Tom Reyes", url="/people/tom", avatar_url="https://cdn.example.org/t.jpg"),
        )

    def lead_image(self) -> Image:
        return Image(url="vbscript:msgbox(1)", caption="x")

    def related(self) -> tuple[Teaser, ...]:
        return (
            Teaser(title="Bad", url="javascript:x"),
            Teaser(title="Good", url="/2024/03/04/other", image_url="data:image/gif;base64,R0"),
        )

    def previous(self) -> Teaser:
        return Teaser(title="Prev", url="javascript:history.back()")

    def next(self) -> Teaser:
        return Teaser(title="Next", url="https://news.example.org/next", image_url="javascript:x")

    def body(self) -> Body:
        return Body(
            blocks=(
                Paragraph("A paragraph of the site's own body text, long enough to matter."),
                ImageBlock(url="javascript:alert(1)"),
                ImageBlock(url="/img/bridge.jpg", caption="The bridge"),
                Embed(url="data:text/html,<script>x</script>"),
                Embed(url="https://video.example.org/v/1", kind="video"),
            )
        )


def test_site_extractor_urls_are_filtered_too() -> None:
    reg = newsparse.Registry(autoload=False)
    reg.register(_BadUrls)
    article = newsparse.parse(page(), url=URL, registry=reg)
    for value in url_values(article.to_dict()):
        assert value.startswith(("http://", "https://")), value
    assert article.url == URL  # the bad answer lost the field to the generic extractor
    assert [(a.name, a.url, a.avatar_url) for a in article.authors] == [
        ("Mira Okafor", None, None),
        ("Tom Reyes", "https://news.example.org/people/tom", "https://cdn.example.org/t.jpg"),
    ]
    assert [t.url for t in article.related] == ["https://news.example.org/2024/03/04/other"]
    assert article.related[0].image_url is None
    assert article.next is not None and article.next.image_url is None
    assert article.previous is None or article.previous.url.startswith("http")
    assert [type(b).__name__ for b in article.body.blocks] == ["Paragraph", "ImageBlock", "Embed"]
    assert article.body.blocks[1].url == "https://news.example.org/img/bridge.jpg"  # type: ignore[union-attr]


# --- failing site extractors: per-field fallback, errors, strict --------------------------------------------


class _Faulty(newsparse.Extractor):
    """Raises on one field, answers another with the wrong type, loops on a third."""

    name: ClassVar[str] = "test-faulty"
    domains: ClassVar[tuple[str, ...]] = ("news.example.org",)
    loop_for: ClassVar[float] = 60.0

    def headline(self) -> str:
        raise RuntimeError("selector broke")

    def published(self) -> str:
        return "yesterday"  # a str, not a datetime

    def description(self) -> str:
        # spins (catching everything an extractor might catch) until the budget stops it; if the
        # budget never came, it would give up after loop_for seconds and the test would fail
        end = time.monotonic() + self.loop_for
        while time.monotonic() < end:
            try:  # noqa: SIM105  (a swallowing handler, as careless extractors have)
                sum(range(1000))
            except Exception:
                pass
        return "the looping extractor finished unhindered"

    def site_name(self) -> str:
        return "Courier (from the site extractor)"


def _faulty_registry(cls: type[newsparse.Extractor] = _Faulty) -> newsparse.Registry:
    reg = newsparse.Registry(autoload=False)
    reg.register(cls)
    return reg


def test_failing_fields_fall_back_one_by_one_and_are_recorded() -> None:
    article = newsparse.parse(page(), url=URL, registry=_faulty_registry(), field_timeout=0.5)
    assert article.extractor == "test-faulty"
    assert article.headline == "Harbour bridge reopens after repairs"  # the generic answer
    assert article.provenance["headline"] != "site:test-faulty"
    assert article.published is not None and article.published.year == 2024
    assert article.description != "the looping extractor finished unhindered"
    assert article.site_name == "Courier (from the site extractor)"  # its working field is kept
    assert article.provenance["site_name"] == "site:test-faulty"
    assert article.errors["headline"] == "test-faulty: RuntimeError: selector broke"
    assert article.errors["published"].startswith("test-faulty: TypeError: expected datetime")
    assert article.errors["description"].startswith("test-faulty: TimeoutError")
    assert set(article.errors) == {"headline", "published", "description"}
    assert Article.from_dict(article.to_dict()) == article  # errors travel with the article


def test_strict_reraises_the_first_failure() -> None:
    with pytest.raises(newsparse.ExtractorError) as info:
        newsparse.parse(page(), url=URL, registry=_faulty_registry(), strict=True, field_timeout=0.5)
    assert (info.value.extractor, info.value.field) == ("test-faulty", "headline")  # model order
    assert isinstance(info.value.cause, RuntimeError)
    assert isinstance(info.value.__cause__, RuntimeError)


def test_strict_reraises_a_wrong_type() -> None:
    class WrongType(_Faulty):
        name: ClassVar[str] = "test-wrong-type"

        def headline(self) -> str:
            return "fine"

        def description(self) -> str:
            return "fine too"

    with pytest.raises(newsparse.ExtractorError, match="published") as info:
        newsparse.parse(page(), url=URL, registry=_faulty_registry(WrongType), strict=True)
    assert isinstance(info.value.cause, TypeError)


def test_strict_reraises_a_timeout() -> None:
    class Slow(_Faulty):
        name: ClassVar[str] = "test-slow"

        def headline(self) -> str:
            return "fine"

        def published(self) -> None:
            return None

    with pytest.raises(newsparse.ExtractorError, match="description") as info:
        newsparse.parse(page(), url=URL, registry=_faulty_registry(Slow), strict=True, field_timeout=0.3)
    assert isinstance(info.value.cause, TimeoutError)


def test_an_extractor_that_cannot_be_built_loses_the_page_to_the_generic_one() -> None:
    class Unbuildable(newsparse.Extractor):
        name: ClassVar[str] = "test-unbuildable"
        domains: ClassVar[tuple[str, ...]] = ("news.example.org",)

        def __init__(self, page: Page) -> None:
            raise ValueError("constructor broke")

        def headline(self) -> str:
            return "never"

    reg = _faulty_registry(Unbuildable)
    article = newsparse.parse(page(), url=URL, registry=reg)
    assert article.headline == "Harbour bridge reopens after repairs"
    assert article.errors["extractor"] == "test-unbuildable: ValueError: constructor broke"
    with pytest.raises(newsparse.ExtractorError):
        newsparse.parse(page(), url=URL, registry=reg, strict=True)


def test_the_time_budget_leaves_other_alarm_users_alone() -> None:
    import signal

    fired: list[int] = []

    def host_handler(signum: int, frame: object) -> None:
        fired.append(signum)

    previous = signal.signal(signal.SIGALRM, host_handler)
    try:
        article = newsparse.parse(page(), url=URL, registry=_faulty_registry(_QuickFaulty))
        assert signal.getsignal(signal.SIGALRM) is host_handler
        assert article.headline == "Harbour bridge reopens after repairs"
        assert article.description == "the looping extractor finished unhindered"  # budget off
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert fired == []
    # and after a parse with the budget on, no timer is left running and the handler is restored
    newsparse.parse(page(), url=URL, field_timeout=5)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is previous


class _QuickFaulty(_Faulty):
    name: ClassVar[str] = "test-quick-faulty"
    loop_for: ClassVar[float] = 0.2


def test_parse_works_in_threads_without_the_budget() -> None:
    results: list[Article] = []

    def work() -> None:
        results.append(newsparse.parse(page(), url=URL, registry=_faulty_registry(_QuickFaulty)))

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 2
    for article in results:
        assert article.headline == "Harbour bridge reopens after repairs"
        # no budget off the main thread: the loop ran to its end and its answer was used
        assert article.description == "the looping extractor finished unhindered"
        assert "headline" in article.errors


def test_a_malformed_same_as_url_loses_nothing() -> None:
    ld = [
        {
            "@type": "NewsArticle",
            "headline": "Harbour bridge reopens after repairs",
            "author": {"@id": "#mo"},
        },
        {
            "@type": "Person",
            "@id": "#mo",
            "name": "Mira Okafor",
            "sameAs": ["http://[::1", "https://x.example/"],
        },
    ]
    html = page(head=f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    article = newsparse.parse(html, url=URL)
    assert article.errors == {}
    assert [a.name for a in article.authors] == ["Mira Okafor"]
