"""The generic extractor: every field of every page, from structured data and common markup.

Each field has its own finder module (``metadata``, ``authors``, ``dates``, ``taxonomy``,
``body``...). A finder returns ``(value, source)`` where source is ``"jsonld"``, ``"meta"``,
``"url"`` or ``"generic"`` (markup heuristics); the source becomes the field's provenance.
What the finders share lives below them: ``landmarks`` (where chrome, the main element, the
headline and the hint-marked elements are) and ``sitenames`` (the names a site goes by).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar, TypeVar

from .._extractor import Extractor
from .._model import Author, Body, Image, ShareCounts, Teaser
from . import authorbox as _authorbox
from . import authors as _authors
from . import body as _body
from . import dates as _dates
from . import metadata as _metadata
from . import navigation as _navigation
from . import related as _related
from . import shares as _shares
from . import taxonomy as _taxonomy

__all__ = ["GenericExtractor"]

T = TypeVar("T")


class GenericExtractor(Extractor):
    """Reads any page; the last link of every extractor chain."""

    name: ClassVar[str] = "generic"

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self._sources: dict[str, str] = {}
        self._memo: dict[str, Any] = {}

    def provenance(self, field: str) -> str:
        """``"jsonld"``, ``"meta"``, ``"url"`` or ``"generic"``: where the value was found."""
        return self._sources.get(field, "generic")

    def _found(self, field: str, finder: Callable[[], tuple[T, str] | None], default: T) -> T:
        # memoised: site extractors may ask the generic one for the same field again
        if field in self._memo:
            return self._memo[field]  # type: ignore[no-any-return]
        result = finder()
        value = default
        if result is not None:
            value, self._sources[field] = result
        self._memo[field] = value
        return value

    def url(self) -> str | None:
        """The URL given to parse(), else the canonical URL."""
        return self.page.url or self.page.canonical_hint

    def canonical_url(self) -> str | None:
        """``<link rel=canonical>`` or ``og:url``."""
        return self._found("canonical_url", lambda: _metadata.canonical_url(self.page), None)

    def site_name(self) -> str | None:
        """Name of the publication."""
        return self._found("site_name", lambda: _metadata.site_name(self.page), None)

    def language(self) -> str | None:
        """Declared language of the page."""
        return self._found("language", lambda: _metadata.language(self.page), None)

    def headline(self) -> str | None:
        """The article's title, without the site name."""
        return self._found("headline", lambda: _metadata.headline(self.page, self.site_name()), None)

    def subheadline(self) -> str | None:
        """The standfirst printed under the headline."""
        return self._found("subheadline", lambda: _metadata.subheadline(self.page), None)

    def description(self) -> str | None:
        """The page's summary."""
        return self._found("description", lambda: _metadata.description(self.page), None)

    def authors(self) -> tuple[Author, ...]:
        """The article's authors, with bio, profile URL and avatar from the page's author boxes."""

        def find() -> tuple[tuple[Author, ...], str] | None:
            found = _authors.authors(self.page)
            names, source = found if found is not None else ((), "generic")
            enriched = _authorbox.enrich(self.page, names)
            return (enriched, source) if enriched else None

        return self._found("authors", find, ())

    def published(self) -> datetime | None:
        """When the article was first published."""
        return self._found("published", lambda: _dates.published(self.page), None)

    def modified(self) -> datetime | None:
        """When the article was last changed."""
        return self._found("modified", lambda: _dates.modified(self.page), None)

    def body(self) -> Body:
        """The article text as blocks."""

        def find() -> tuple[Body, str] | None:
            found = _body.main_body(self.page, skip=_related.block_elements(self.page))
            return (found, "generic") if found else None

        return self._found("body", find, Body())

    def categories(self) -> tuple[str, ...]:
        """Sections the article is filed under."""
        return self._found("categories", lambda: _taxonomy.categories(self.page), ())

    def tags(self) -> tuple[str, ...]:
        """Free keywords of the article."""
        return self._found("tags", lambda: _taxonomy.tags(self.page), ())

    def share_counts(self) -> ShareCounts | None:
        """Share counts of a share plugin's widget or of schema.org ``ShareAction`` counters."""
        return self._found("share_counts", lambda: _shares.share_counts(self.page), None)

    def related(self) -> tuple[Teaser, ...]:
        """Teasers of the related-posts block (plugin, theme, or a "Related" heading over links)."""
        return self._found("related", lambda: _related.related(self.page), ())

    def previous(self) -> Teaser | None:
        """The previous post, from the post navigation or a ``rel=prev`` link to a post."""
        return self._found("previous", lambda: _navigation.previous(self.page), None)

    def next(self) -> Teaser | None:
        """The next post, from the post navigation or a ``rel=next`` link to a post."""
        return self._found("next", lambda: _navigation.next(self.page), None)

    def lead_image(self) -> Image | None:
        """The article's main image."""
        return self._found("lead_image", lambda: _metadata.lead_image(self.page), None)
