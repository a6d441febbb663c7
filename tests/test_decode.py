"""Bytes are decoded the way browsers do; input that is not HTML gets one clear error."""

from __future__ import annotations

import codecs

import pytest

import newsparse
from newsparse import InvalidDocument, NewsparseError

PARAGRAPH = "Grüße aus Zürich, schön! Die Straßenbahn fährt über die Brücke, am Ufer öffnen die Cafés. " * 3
PAGE = (
    "<html><head><title>Café – Zürich</title></head><body><article>"
    + f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>"
    + "</article></body></html>"
)


@pytest.mark.parametrize(
    "data",
    [
        PAGE.encode("utf-8"),
        codecs.BOM_UTF8 + PAGE.encode("utf-8"),
        codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"),
        PAGE.replace("<head>", '<head><meta charset="windows-1252">').encode("windows-1252"),
        PAGE.replace(
            "<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">'
        )
        .replace("–", "-")
        .encode("iso-8859-15"),
        # declared windows-1252, saved as UTF-8: the bytes win
        PAGE.replace("<head>", '<head><meta charset="windows-1252">').encode("utf-8"),
    ],
)
def test_bytes_decode_like_browsers(data: bytes) -> None:
    article = newsparse.parse(data)
    assert article.headline in ("Café – Zürich", "Café - Zürich")
    assert "Grüße aus Zürich" in article.body.text


def test_str_and_bytes_give_the_same_article() -> None:
    assert newsparse.parse(PAGE) == newsparse.parse(PAGE.encode("utf-8"))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        ("", "empty"),
        ("   \n\t ", "whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (bytes(range(256)) * 8, "binary"),
        ("Just a sentence of plain text, no markup at all.", "no HTML markup"),
        ('{"headline": "not html"}', "JSON"),
    ],
)
def test_not_html_is_invalid_document(data: str | bytes, reason: str) -> None:
    with pytest.raises(InvalidDocument, match=reason):
        newsparse.parse(data)


def test_invalid_document_is_a_value_error() -> None:
    assert issubclass(InvalidDocument, ValueError)
    assert issubclass(InvalidDocument, NewsparseError)


@pytest.mark.parametrize(
    "html",
    [
        "<p>unclosed",
        "<div><div><span>text</div>",
        "<html><body></html>",
        "<title>only a title</title>",
        "<!-- comment --><p>x</p>",
    ],
)
def test_broken_html_still_gives_an_article(html: str) -> None:
    assert isinstance(newsparse.parse(html), newsparse.Article)


def test_import_is_cheap() -> None:
    import subprocess
    import sys

    code = "import sys, newsparse; print(sorted(m for m in ('bs4', 'dateparser') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "inside",
    [
        "plain text",
        "a private-use icon \uf09a and fullwidth \uff21 (0xEF lead bytes, no noncharacter)",
        "noncharacters \ufffe and \uffff",
        "a control \x0b and a noncharacter \uffff",
        "\ufeff\ufeff a zero-width no-break space inside",
    ],
)
@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_sanitize_reads_utf8_bytes_as_it_reads_their_text(inside: str, bom: bytes) -> None:
    from newsparse._decode import sanitize

    html = "\ufeff" * (not bom) + PAGE.replace("<article>", f"<article><p>{inside}</p>")
    expected = html.lstrip("\ufeff")
    for junk in "\x0b\ufffe\uffff":
        expected = expected.replace(junk, "")
    assert sanitize(html) == expected
    assert sanitize(bom + html.encode("utf-8")) == expected


@pytest.mark.parametrize(
    "html",
    [
        PAGE,
        PAGE.replace("<head>", '<head><meta charset="windows-1252">'),
        PAGE.replace("<head>", '<head><meta charset="shift_jis">').replace("Zürich", "日本語 😀"),
        '<?xml version="1.0" encoding="iso-8859-1"?>\n' + PAGE,
        PAGE.replace("<article>", "<article><p>C1 controls \x85\x9f stay</p>"),
    ],
)
def test_the_parser_reads_the_utf8_bytes_as_it_reads_the_text(html: str) -> None:
    from lxml import etree

    from newsparse._context import Page
    from newsparse._decode import sanitized

    text, utf8 = sanitized(html.encode("utf-8"))
    assert utf8 == text.encode("utf-8")
    from_bytes, from_text = Page(text, utf8=utf8), Page(text)
    assert etree.tostring(from_bytes.tree, encoding="unicode") == etree.tostring(
        from_text.tree, encoding="unicode"
    )
    assert "Zürich" in etree.tostring(from_text.tree, encoding="unicode") or "日本語" in text


def test_text_with_removed_characters_has_no_utf8_bytes() -> None:
    from newsparse._decode import sanitized

    text, utf8 = sanitized(PAGE.replace("<p>", "<p>\x0b", 1).encode("utf-8"))
    assert utf8 is None and "\x0b" not in text
