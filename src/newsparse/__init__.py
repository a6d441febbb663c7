"""newsparse: turn saved news-article pages into typed, frozen dataclasses.

>>> import newsparse
>>> article = newsparse.parse(html_bytes, url="https://example.com/2024/05/03/story")
>>> article.headline, [a.name for a in article.authors], article.published

One extractor per site (and per widespread theme or CMS), a generic extractor for every other
page, and per-field fallback between them.
"""

import logging as _logging
from typing import TYPE_CHECKING as _TYPE_CHECKING

from ._errors import ExtractorError, InvalidDocument, NewsparseError
from ._extractor import Extractor, Rule, Version, attr, body, byline, date, image, link, meta, text, texts
from ._model import (
    Article,
    Author,
    Block,
    Body,
    Embed,
    Heading,
    Image,
    ImageBlock,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    ShareCounts,
    Teaser,
)
from ._parse import parse
from ._registry import BrokenPlugin, Registry, default_registry, register

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Author",
    "Block",
    "Body",
    "BrokenPlugin",
    "Embed",
    "Extractor",
    "ExtractorError",
    "Heading",
    "Image",
    "ImageBlock",
    "InvalidDocument",
    "ListBlock",
    "NewsparseError",
    "Paragraph",
    "Preformatted",
    "Quote",
    "Registry",
    "Rule",
    "ShareCounts",
    "Teaser",
    "Version",
    "__version__",
    "attr",
    "body",
    "byline",
    "date",
    "default_registry",
    "image",
    "link",
    "meta",
    "parse",
    "parse_many",
    "register",
    "text",
    "texts",
]

_logging.getLogger("newsparse").addHandler(_logging.NullHandler())

if _TYPE_CHECKING:
    from .batch import parse_many


def __getattr__(name: str) -> object:
    # parse_many pulls in multiprocessing and concurrent.futures: loaded only by those who batch.
    if name == "parse_many":
        from .batch import parse_many

        globals()["parse_many"] = parse_many
        return parse_many
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
