"""Bytes are decoded as a browser would, and ``str`` and ``bytes`` of one page give one Article."""

from __future__ import annotations

import codecs

import pytest

import newsparse
from newsparse._decode import decode, sanitize

URL = "https://zeitung.example.de/2024/06/01/markt"
HEADLINE = "Größere Märkte für Käse – „Zürich“ öffnet"
PARA = (
    "Die Händler auf dem Münsterplatz verkaufen seit Samstag wieder Käse, Brötchen und Blumen; "
    "die Öffnungszeiten ändern sich über den Sommer nicht, sagte die Marktleiterin."
)


def page(charset_tag: str = "", lang: str = "de", headline: str = HEADLINE, para: str = PARA) -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head>{charset_tag}<title>{headline}</title>"
        f'<meta property="og:title" content="{headline}"></head><body><header><nav>'
        f"<a href='/'>Start</a></nav></header><main><article><h1>{headline}</h1>"
        f"<p>{para}</p><p>{para}</p></article></main><footer><p>Impressum</p></footer></body></html>"
    )


def assert_same(data: bytes, text: str, encoding: str | None = None) -> newsparse.Article:
    from_bytes = newsparse.parse(data, url=URL, encoding=encoding)
    from_text = newsparse.parse(text, url=URL)
    assert from_bytes == from_text
    return from_bytes


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("utf-8", lambda t: t.encode("utf-8")),
        ("utf-8 with BOM", lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
        ("utf-16-le with BOM", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le")),
        ("utf-16-be with BOM", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
        ("utf-16 without BOM", lambda t: t.encode("utf-16-le")),
        ("utf-32 with BOM", lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le")),
    ],
)
def test_unicode_encodings(name: str, make: object) -> None:
    text = page('<meta charset="utf-8">')
    article = assert_same(make(text), text)  # type: ignore[operator]
    assert article.headline == HEADLINE
    assert "Münsterplatz verkaufen seit Samstag" in article.body.text


def test_windows_1252_declared_in_a_meta_tag() -> None:
    headline = "Café owners’ “summer” plans – more tables outside"
    para = "The café’s owner said “we’re ready” – and served crème brûlée to the first guests… " * 2
    text = page(
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "en", headline, para
    )
    data = text.encode("windows-1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the bytes really are not UTF-8
    article = assert_same(data, text)
    assert article.headline == headline
    assert "crème brûlée" in article.body.text and "“we’re ready”" in article.body.text


def test_latin1_label_means_windows_1252_like_browsers() -> None:
    text = page(
        '<meta charset="iso-8859-1">', "en", "Quotes “curly” – and a dash", "It’s “fine” – truly. " * 8
    )
    article = assert_same(text.encode("windows-1252"), text)
    assert article.headline == "Quotes “curly” – and a dash"


@pytest.mark.parametrize("label", ["Shift_JIS", "shift-jis", "x-sjis", "windows-31j"])
def test_shift_jis_declared(label: str) -> None:
    headline = "東京の市場で新しい橋が開通"
    para = "新しい橋は火曜日に開通し、朝六時過ぎに最初のバスが渡りました。工事は十一週間続きました。" * 2
    text = page(f'<meta charset="{label}">', "ja", headline, para)
    data = text.encode("cp932")
    article = assert_same(data, text)
    assert article.headline == headline
    assert "最初のバスが渡りました" in article.body.text


def test_shift_jis_undeclared_is_detected() -> None:
    headline = "東京の市場で新しい橋が開通"
    para = "新しい橋は火曜日に開通し、朝六時過ぎに最初のバスが渡りました。工事は十一週間続きました。" * 4
    text = page("", "ja", headline, para)
    assert decode(text.encode("shift_jis")) == text


def test_http_header_charset_is_used_for_bytes() -> None:
    text = page("", "en", "Naïve café reopens", "The naïve café reopened on the quay. " * 8)
    data = text.encode("windows-1252")
    article = assert_same(data, text, encoding="windows-1252")
    assert article.headline == "Naïve café reopens"


@pytest.mark.parametrize(
    ("declared", "actual"),
    [
        ("windows-1252", "utf-8"),  # a UTF-8 page that says it is windows-1252
        ("shift_jis", "utf-8"),
        ("iso-8859-2", "utf-8"),
        ("utf-8", "windows-1252"),  # says UTF-8, but the bytes are not
        ("no-such-charset", "utf-8"),
    ],
)
def test_a_wrong_declaration_loses_to_the_bytes(declared: str, actual: str) -> None:
    text = page(f'<meta charset="{declared}">')
    article = assert_same(text.encode(actual), text)
    assert article.headline == HEADLINE
    assert "Münsterplatz" in article.body.text


def test_xml_declaration_encoding_is_honoured() -> None:
    text = '<?xml version="1.0" encoding="windows-1252"?>\n' + page()
    article = newsparse.parse(text.encode("windows-1252"), url=URL)
    assert article.headline == HEADLINE
    assert article == newsparse.parse(text, url=URL)  # a str with an encoding declaration works too


def test_invalid_bytes_in_utf8_are_replaced_not_fatal() -> None:
    text = page('<meta charset="utf-8">')
    data = text.encode("utf-8").replace(b"Samstag", b"Sams\xfftag")
    article = newsparse.parse(data, url=URL)
    assert article.headline == HEADLINE
    assert "Münsterplatz" in article.body.text


def test_str_with_a_bom_is_the_same_page() -> None:
    text = page('<meta charset="utf-8">')
    assert newsparse.parse("\ufeff" + text, url=URL) == newsparse.parse(text, url=URL)
    assert sanitize("\ufeff" + text) == sanitize(text)


@pytest.mark.parametrize(
    "label", ["utf-7", "unicode_escape", "raw_unicode_escape", "base64", "rot13", "undefined"]
)
def test_charsets_no_browser_accepts_are_ignored(label: str) -> None:
    # windows-1252 bytes that are not UTF-8: the bogus label must not be obeyed, detection decides
    text = page(
        f'<meta charset="{label}">',
        "en",
        "Caf\u00e9 +ADw-script+AD4- opens",
        "The caf\u00e9 \\u0041 opened. " * 8,
    )
    data = text.encode("windows-1252")
    decoded = decode(data)
    assert "+ADw-script+AD4-" in decoded  # not turned into "<script>" by UTF-7
    assert "\\u0041" in decoded  # not turned into "A" by unicode_escape
    assert "<script>" not in decoded and "\x00" not in decoded
    assert (newsparse.parse(data, url=URL).headline or "").endswith("+ADw-script+AD4- opens")
