"""Bytes to text, the way browsers do it, and the one check for "is this HTML at all"."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import re
from pathlib import Path

from ._errors import InvalidDocument

__all__ = ["decode", "gunzipped", "read_saved_page", "sanitize"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)""", re.IGNORECASE)
_XML_CHARSET = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_:.+-]+)""", re.IGNORECASE)
# Browsers read these labels as the wider encoding (WHATWG Encoding Standard): pages labelled
# latin-1 are written in windows-1252, "Shift_JIS" pages use Microsoft's superset, and so on.
_WHATWG = {
    "iso-8859-1": "windows-1252",
    "iso8859-1": "windows-1252",
    "latin-1": "windows-1252",
    "latin1": "windows-1252",
    "l1": "windows-1252",
    "us-ascii": "windows-1252",
    "ascii": "windows-1252",
    "iso-8859-9": "windows-1254",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "ms_kanji": "cp932",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "big5": "big5hkscs",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    # a meta-declared UTF-16 without a BOM is read as UTF-8: the declaration itself was ASCII
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"RIFF", "a RIFF media file"),
)
# lxml refuses NUL and most C0 controls; browsers drop or replace them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The same characters in UTF-8: the C0 controls are single bytes there (never inside a multi-byte
# sequence), U+FFFE and U+FFFF three fixed bytes each.
_CONTROL_BYTE_LIST = tuple(bytes([b]) for b in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)))
_NONCHARACTERS_UTF8 = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")
_ELEMENTS = (
    "html head body meta title link base style script noscript template div p span a article main section "
    "aside header footer nav h1 h2 h3 h4 h5 h6 table thead tbody tfoot tr td th caption ul ol li dl dt dd "
    "img picture source video audio iframe embed object figure figcaption blockquote pre code br hr b i u "
    "em strong small sup sub time address form input button label select option textarea svg math font "
    "center frameset frame"
)
# A start or end tag of a real HTML element, a doctype or a comment: the least a page has.
_MARKUP = re.compile(
    r"<\s*/?\s*(?:!doctype|!--|" + "|".join(_ELEMENTS.split()) + r")(?=[\s>/])", re.IGNORECASE
)
_SNIFF = 64 * 1024
# Python codecs no browser accepts as a page's charset: a page declaring one is not obeyed
# (UTF-7 hides markup in "+ADw-", the escape codecs turn backslashes into any character).
_NOT_WEB = frozenset({"utf-7", "unicode-escape", "raw-unicode-escape", "punycode", "idna", "undefined"})
_NOT_WEB_LABELS = _NOT_WEB | {n.replace("-", "_") for n in _NOT_WEB} | {"utf7", "x-unicode-escape"}
_ASCII = bytes(range(128))


def _charset(label: str | None) -> str | None:
    """The Python codec for a charset label, browsers' aliases applied; None when unknown."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _WHATWG.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_WEB:
        return None
    return name


def _label(data: bytes) -> str | None:
    head = data[:4096]
    match = _XML_CHARSET.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "ignore").lower() if match else None


def _declared(data: bytes) -> str | None:
    return _charset(_label(data))


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the bytes are ASCII markup with every other byte NUL."""
    sample = head[:512]
    if len(sample) < 16 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, text, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= len(zeros) * 0.9 and text.lstrip()[:1] == b"<":
            return name
    return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode page bytes: BOM, then UTF-8 when the bytes are valid UTF-8, then the declared
    charset (HTTP header, ``<meta charset>``), then detection.

    Valid UTF-8 beats a declaration because legacy encodings almost never form valid multi-byte
    UTF-8 by chance, while pages that declare one charset and are saved in another are common.
    """
    return _decoded(data, declared)[0]


def _decoded(data: bytes, declared: str | None) -> tuple[str, bool]:
    # and whether the text is the strict UTF-8 decoding of the bytes (then they are its UTF-8)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace"), False
    for name, what in _MAGIC:
        if data.startswith(name):
            raise InvalidDocument(f"input is {what}, not an HTML document")
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    return _legacy(data, declared), False


def _legacy(data: bytes, declared: str | None) -> str:
    for charset in (_charset(declared), _declared(data)):
        if charset is not None:
            try:
                return data.decode(charset)
            except (UnicodeDecodeError, LookupError):
                continue
    # A UTF-8 page with a few corrupt bytes (a truncated download, a bad splice) stays UTF-8:
    # its valid multi-byte sequences could not have come from a legacy encoding by chance.
    text = data.decode("utf-8", "replace")
    high = len(data.translate(None, _ASCII))
    if high and text.count("\ufffd") * 20 < high:
        return text
    # Rare path: beautifulsoup4's UnicodeDammit knows the browsers' detection rules.
    from bs4 import UnicodeDammit

    # it reads the page's declaration itself: a label we refused must not be obeyed there either
    refused = {label for label in (declared, _label(data)) if label and _charset(label) is None}
    dammit = UnicodeDammit(data, is_html=True, exclude_encodings=sorted(_NOT_WEB_LABELS | refused))
    if dammit.unicode_markup is not None:
        return str(dammit.unicode_markup)
    return data.decode("windows-1252", "replace")


def _is_json(text: str) -> bool:
    # JSON may carry markup in its strings ({"body": "<p>..."}): it is still not a page
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def sanitize(html: str | bytes, declared: str | None = None) -> str:
    """Text of an HTML document, control characters removed; :class:`InvalidDocument` otherwise."""
    return sanitized(html, declared)[0]


def sanitized(html: str | bytes, declared: str | None = None) -> tuple[str, bytes | None]:
    """:func:`sanitize`'s text and its UTF-8 encoding (None when characters had to be removed):
    the parser reads those bytes as they are instead of converting the text again."""
    utf8: bytes | None = None  # the text's UTF-8 bytes when the input was exactly that
    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        if not data.strip():
            raise InvalidDocument("input is empty")
        head = data[:_SNIFF]
        for magic, what in _MAGIC:
            if head.startswith(magic):
                raise InvalidDocument(f"input is {what}, not an HTML document")
        if head.count(b"\x00") > len(head) // 4 and not any(head.startswith(b) for b, _ in _BOMS):
            wide = _utf16_without_bom(head)
            if wide is None:
                raise InvalidDocument("input is binary data (NUL bytes), not an HTML document")
            data = data[: len(data) - len(data) % 2].decode(wide, "replace").encode("utf-8")
        text, strict_utf8 = _decoded(data, declared)
        if strict_utf8:
            utf8 = data
    elif isinstance(html, str):
        text = html
    else:
        raise TypeError(f"parse() takes str or bytes, not {type(html).__name__}")
    text = text.lstrip("\ufeff")
    stripped = text.strip()
    if not stripped:
        raise InvalidDocument("input is empty" if not text else "input is only whitespace")
    head_text = stripped[:_SNIFF]
    if _CONTROL.search(head_text[:4096]) and len(_CONTROL.findall(head_text)) > len(head_text) // 10:
        raise InvalidDocument("input is binary data (control characters), not an HTML document")
    if stripped[0] in "{[" and stripped[-1] in "}]" and _is_json(stripped):
        raise InvalidDocument("input is JSON, not an HTML document")
    if not _MARKUP.search(head_text):
        if stripped[0] in "{[":
            raise InvalidDocument("input looks like JSON, not an HTML document")
        raise InvalidDocument("input has no HTML markup (plain text?)")
    # A lone surrogate (from a str built with errors="surrogateescape" or a broken JSON \\ud800
    # escape) makes libxml2 stop at it and drop the rest of the page.
    # Encoding to UTF-8 fails only on surrogates, and its bytes tell whether any control character
    # is there: both tests cost a fraction of a regex scan of the whole text. Bytes that decoded
    # as strict UTF-8 are that encoding already (no surrogate either); a stripped leading U+FEFF
    # changes no test.
    try:
        encoded = utf8 if utf8 is not None else text.encode("utf-8")
    except UnicodeEncodeError:
        # valid pairs (from UTF-16 round trips) are joined, lone halves become U+FFFD
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        return _CONTROL.sub("", text), None
    # One memchr scan per control byte (29 of them) costs a tenth of copying the page through
    # bytes.translate; U+FFFE and U+FFFF start with 0xEF: one more scan rules both out on most pages
    if not any(byte in encoded for byte in _CONTROL_BYTE_LIST) and not (
        b"\xef" in encoded and any(seq in encoded for seq in _NONCHARACTERS_UTF8)
    ):
        return text, encoded
    return _CONTROL.sub("", text), None


def gunzipped(data: bytes) -> bytes:
    """A saved page's bytes, decompressed when they are gzip (``.html.gz``, a gzipped pipe)."""
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def read_saved_page(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a saved page file, gunzipped when needed."""
    return gunzipped(Path(path).read_bytes())
