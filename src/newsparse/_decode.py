"""Bytes to text, the way browsers do it, and the one check for "is this HTML at all"."""

from __future__ import annotations

import codecs
import re

from ._errors import InvalidDocument

__all__ = ["decode", "sanitize"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)""", re.IGNORECASE)
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
_MARKUP = re.compile(
    r"<\s*(?:!doctype|html|head|body|meta|title|div|p|article|main|span|a|section|h[1-6]"
    r"|table|ul|ol|li|img|script|link|br|header|nav|footer|figure|!--)[\s>/]",
    re.IGNORECASE,
)
_SNIFF = 64 * 1024


def _declared(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode page bytes: BOM, then UTF-8 when the bytes are valid UTF-8, then the declared
    charset (HTTP header, ``<meta charset>``), then detection.

    Valid UTF-8 beats a declaration because legacy encodings almost never form valid multi-byte
    UTF-8 by chance, while pages that declare one charset and are saved in another are common.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace")
    for name, what in _MAGIC:
        if data.startswith(name):
            raise InvalidDocument(f"input is {what}, not an HTML document")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for charset in (declared, _declared(data)):
        if charset is not None:
            try:
                return data.decode(charset)
            except (UnicodeDecodeError, LookupError):
                continue
    # Rare path: beautifulsoup4's UnicodeDammit knows the browsers' detection rules.
    from bs4 import UnicodeDammit

    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is not None:
        return str(dammit.unicode_markup)
    return data.decode("windows-1252", "replace")


def sanitize(html: str | bytes, declared: str | None = None) -> str:
    """Text of an HTML document, control characters removed; :class:`InvalidDocument` otherwise."""
    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        if not data.strip():
            raise InvalidDocument("input is empty")
        head = data[:_SNIFF]
        if head.count(b"\x00") > len(head) // 4 and not any(head.startswith(b) for b, _ in _BOMS):
            raise InvalidDocument("input is binary data (NUL bytes), not an HTML document")
        text = decode(data, declared)
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
    if not _MARKUP.search(head_text):
        if stripped[0] in "{[":
            raise InvalidDocument("input looks like JSON, not an HTML document")
        raise InvalidDocument("input has no HTML markup (plain text?)")
    return _CONTROL.sub("", text)
