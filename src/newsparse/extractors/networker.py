"""Networker, Code Supply Co.'s "Tech News WordPress Theme", with its Powerkit share buttons.

Markup from the field guide §1 (theme 1.1.6): the header (``.cs-entry__header``) holds the
categories, ``h1.cs-entry__title``, the byline (avatar links, names, a plain-text date); the body
is ``.cs-entry__content-wrap > .entry-content``; after it come the tags, Powerkit's
``after-post`` share buttons (with the total), the optional author box, previous/next cards and
the related posts. Networker drops the ``hentry`` class, so none of this is hAtom.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from lxml import etree

from .._counts import parse_count
from .._dates import parse_iso
from .._extractor import Extractor, body, text, texts
from .._model import Author, Image, ShareCounts, Teaser
from .._registry import register
from .._text import text_of
from ..generic import shares
from ..generic.related import date_of, image_of, teaser_of

__all__ = ["Networker"]

_BYLINE = ".cs-entry__header .cs-entry__header-details"
_STRUCTURED = ("jsonld", "meta")


@register
class Networker(Extractor):
    """Sites on the Networker theme, recognised by its markup or its stylesheet."""

    name: ClassVar[str] = "networker"
    fingerprint: ClassVar[str | None] = (
        ".cs-entry__header .cs-entry__title, link[href*='/wp-content/themes/networker/']"
    )
    boilerplate: ClassVar[tuple[str, ...]] = (
        ".cs-entry__tags",
        ".cs-entry__after-share-buttons",
        ".cs-entry__author",
        ".cs-entry__prev-next",
        ".cs-entry__post-related",
        ".cs-entry__metabar",
        ".pk-share-buttons-wrap",
    )

    headline = text("h1.cs-entry__title")
    categories = texts(".cs-entry__header .cs-meta-category a")
    tags = texts(".cs-entry__tags a[rel~='tag']", ".cs-entry__tags a")
    body = body(".cs-entry__content-wrap > .entry-content")

    def authors(self) -> tuple[Author, ...]:
        """The byline's named authors (else the author box's), with avatar and the box's bio."""
        links = self.page.css(f"{_BYLINE} .cs-entry__author-meta a[href]") or self.page.css(
            ".cs-entry__author-inner a.cs-entry__author-name[href]"
        )
        found: list[Author] = []
        for link in links:
            name, href = text_of(link), link.get("href")
            if not name or any(a.name == name for a in found):
                continue
            photo = self._linked(f"{_BYLINE} a.cs-author-avatar, a.cs-entry__author-photo", href)
            name_link = self._linked(".cs-entry__author-inner a.cs-entry__author-name", href)
            box = _ancestor(name_link, "cs-entry__author-inner")
            found.append(
                Author(
                    name=name,
                    url=self.page.absolute(href),
                    bio=self.page.text(".cs-entry__author-description", box) if box is not None else None,
                    avatar_url=image_of(self.page, photo),
                )
            )
        return tuple(found)

    def published(self) -> datetime | None:
        """The Yoast ``article:published_time`` meta, else the header's plain-text date.

        The header shows the modified date when the theme's ``misc_published_date`` is off, so
        any structured date the generic extractor finds (JSON-LD) is preferred to it: then this
        answers None and the generic value comes with its own provenance.
        """
        found = parse_iso(self.page.meta_first("article:published_time"))
        if found is not None:
            return found
        if self.generic.published() is not None and self.generic.provenance("published") in _STRUCTURED:
            return None
        return date_of(self.page, self.page.css_first(f"{_BYLINE} .cs-meta-date"))

    def share_counts(self) -> ShareCounts | None:
        """Powerkit's after-post (or metabar) buttons, else the header's compact share meta."""
        found = shares.share_counts(self.page, within=".cs-entry__after-share-buttons, .cs-entry__metabar")
        if found is not None:
            return found[0]
        total, approximate = parse_count(self.page.text(".cs-entry__header .cs-meta-shares .cs-total-number"))
        return ShareCounts(total=total, approximate=approximate) if total is not None else None

    def previous(self) -> Teaser | None:
        """The previous-post card (absent on the oldest post)."""
        return self._card(".cs-entry__prev-next .cs-entry__prev")

    def next(self) -> Teaser | None:
        """The next-post card (absent on the newest post)."""
        return self._card(".cs-entry__prev-next .cs-entry__next")

    def related(self) -> tuple[Teaser, ...]:
        """The "Related Posts" section's cards."""
        cards = (_teaser(self, el) for el in self.page.css(".cs-entry__post-related article"))
        return tuple(t for t in cards if t is not None)

    def lead_image(self) -> Image | None:
        """The header's featured image with its caption; the generic answer (og:image) otherwise."""
        img = self.page.css_first(
            ".cs-entry__header .cs-entry__post-media img, .cs-entry__media-large img.wp-post-image"
        )
        url = image_of(self.page, img)
        if url is None or img is None:
            return None
        caption = self.page.text(".cs-entry__header .cs-entry__caption-text")
        return Image(url=url, caption=caption, width=_int(img.get("width")), height=_int(img.get("height")))

    # --- helpers -----------------------------------------------------------------------------------

    def _linked(self, selector: str, href: str | None) -> etree._Element | None:
        """The first link matching ``selector`` that points at ``href``."""
        return next((a for a in self.page.css(selector) if href and a.get("href") == href), None)

    def _card(self, selector: str) -> Teaser | None:
        el = self.page.css_first(selector)
        return _teaser(self, el) if el is not None else None


def _teaser(ex: Networker, card: etree._Element) -> Teaser | None:
    """A post card of the theme: title link, excerpt, thumbnail, author, date."""
    return teaser_of(
        ex.page,
        card,
        link=".cs-entry__title a[href], a.cs-entry__prev-next-link, a.cs-overlay-link",
        title=".cs-entry__title",
        excerpt=".cs-entry__excerpt",
        image=".cs-entry__thumbnail img",
        author=".cs-entry__author-meta a, .cs-meta-author .cs-author",
        date=".cs-meta-date",
    )


def _ancestor(el: etree._Element | None, cls: str) -> etree._Element | None:
    """The nearest ancestor of ``el`` with the class ``cls``."""
    if el is None:
        return None
    return next((a for a in el.iterancestors() if cls in (a.get("class") or "").split()), None)


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None
