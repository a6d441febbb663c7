"""The Record (therecord.media, Recorded Future News): its own article pages, and its article
chrome (tag list, promo unit, "No previous article" navigation, author box) that republishing
sites carry inside their posts.

Markup from the field guide §3: the body sits in ``div.article__content`` (``span.wysiwyg-
parsed-content``), followed by ``div.article__tags``, the Recorded Future promo unit, ad images,
``div.article__pagination`` and the ``div.editor`` author box. Everything after the tag list is
chrome. Republishers that dropped the classes are matched by the chrome's exact texts and links.

Author bios: the box prints the linked name, then a bio that starts with the verb ("is the
founding editor-in-chief of ..."). ``Author.bio`` joins the two ("Adam Janofsky is the founding
editor-in-chief of ...") so the bio reads as a sentence on its own.
"""

from __future__ import annotations

from typing import ClassVar

from lxml import etree

from .._context import Page
from .._extractor import Extractor, body, date, text, texts
from .._model import Author
from .._text import absolute_url, clean, text_of
from ..generic.authors import clean_name

__all__ = ["TheRecord", "TheRecordEmbedded"]

#: Relative links of The Record's chrome point at The Record, not at the republishing site.
HOME = "https://therecord.media/"
_AUTHOR_LINK = "a[href*='/author/']"
_PROMO_LINK = "a[href*='recordedfuture.com/platform?mtm_campaign=ad-unit-record']"
_PROMO_FIRST = "p:contains('Get more insights with the')"

_CHROME: tuple[str, ...] = (
    ".article__tags",
    ".article__pagination",
    ".editor",
    ".social-share-icons",
    # after the tag list come only the promo unit, ads, pagination and the author box
    ".article__tags ~ *",
    # the same parts where the republisher dropped the classes: their exact texts and links
    f"p:has({_PROMO_LINK})",
    _PROMO_LINK,
    _PROMO_FIRST,
    f"{_PROMO_FIRST} + p:contains('Recorded Future')",
    f"{_PROMO_FIRST} + p + p:contains('Intelligence Cloud.')",
    "p:contains('No previous article')",
    "p:contains('No new articles')",
    "a:has(img[src*='cms.therecord.media/uploads/headshot_'])",
)
_INLINE = frozenset({"a", "b", "strong", "em", "i", "span", "small", "abbr", "sup", "sub", "br"})


def _text_without(root: etree._Element, skip: set[etree._Element]) -> str:
    """Visible text of ``root`` minus the ``skip`` elements; block boundaries become spaces."""
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            if isinstance(child.tag, str) and child not in skip and child.tag not in ("script", "style"):
                gap = "" if child.tag in _INLINE else " "
                parts.append(gap)
                walk(child)
                parts.append(gap)
            if child.tail:
                parts.append(child.tail)

    walk(root)
    return clean("".join(parts))


def _author(page: Page, box: etree._Element) -> Author | None:
    """The author of one ``div.editor`` box: linked name, bio, headshot."""
    links = page.css(_AUTHOR_LINK, box)
    named = next((a for a in links if text_of(a)), None)
    name = clean_name(text_of(named)) if named is not None else None
    if named is None or not name:
        return None
    bio = _text_without(box, set(links)) or None
    if bio and bio[0].islower():  # "is the founding editor..." continues the linked name
        bio = f"{name} {bio}"
    img = next(iter(page.css("img[src]", box)), None)
    return Author(
        name=name,
        url=absolute_url(named.get("href"), HOME),
        bio=bio,
        avatar_url=absolute_url(img.get("src"), HOME) if img is not None else None,
    )


class _Chrome(Extractor):
    """What The Record's article chrome tells, wherever it is printed (no name: not registered)."""

    boilerplate: ClassVar[tuple[str, ...]] = _CHROME
    tags = texts(".article__tags a")

    def authors(self) -> tuple[Author, ...]:
        """Authors of the ``div.editor`` boxes (one per author), with bio and headshot."""
        return tuple(a for a in (_author(self.page, box) for box in self.page.css(".editor")) if a)


class TheRecord(_Chrome):
    """Article pages of therecord.media."""

    name: ClassVar[str] = "therecord"
    domains: ClassVar[tuple[str, ...]] = ("therecord.media",)

    headline = text(".article__content > h1", ".article__content h1")
    published = date("span.article__date")
    body = body(".article__content .wysiwyg-parsed-content")

    def authors(self) -> tuple[Author, ...]:
        """The author boxes; the byline names when the page has none."""
        return super().authors() or tuple(Author(name=n) for n in self.page.texts("a.article__editor"))


class TheRecordEmbedded(_Chrome):
    """The Record's chrome inside a republished post on another site."""

    name: ClassVar[str] = "therecord-embedded"
    embedded: ClassVar[bool] = True
    fingerprint: ClassVar[str | None] = (
        f".editor a[href*='therecord.media/author/'], .article__pagination, {_PROMO_LINK}"
    )

    @classmethod
    def matches(cls, page: Page) -> bool:
        """On therecord.media itself the chrome is the site's own (see :class:`TheRecord`)."""
        host = page.host or ""
        own = any(host == d or host.endswith("." + d) for d in TheRecord.domains)
        return not own and super().matches(page)
