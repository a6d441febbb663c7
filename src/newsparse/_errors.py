"""The exceptions newsparse raises."""

from __future__ import annotations

__all__ = ["ExtractorError", "InvalidDocument", "NewsparseError"]


class NewsparseError(Exception):
    """Base class of every exception newsparse raises on purpose."""


class InvalidDocument(NewsparseError, ValueError):
    """The input is not an HTML document at all (empty, binary, plain text, JSON...).

    Any HTML, however broken, parses to an :class:`~newsparse.Article`; this is the one error
    that bad input gets. The message says why the input was refused.
    """


class ExtractorError(NewsparseError):
    """An extractor failed on one field; raised only by ``parse(..., strict=True)``.

    Without ``strict`` the field falls back to the next extractor and the failure is recorded
    in ``Article.errors``.
    """

    def __init__(self, extractor: str, field: str, cause: BaseException | str) -> None:
        self.extractor = extractor
        self.field = field
        self.cause = cause
        super().__init__(f"extractor {extractor!r} failed on field {field!r}: {cause}")
