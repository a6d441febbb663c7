"""The Record (therecord.media, Recorded Future News): its own article pages, and its article
chrome (tag list, promo unit, "No previous article" navigation, author box) that republishing
sites carry inside their posts.

Markup from the field guide §3: the body sits in ``div.article__content`` (``span.wysiwyg-
parsed-content``), followed by ``div.article__tags``, the Recorded Future promo unit, ad images,
``div.article__pagination`` and the ``div.editor`` author box. Everything after the tag list is
chrome. Where a republisher dropped the classes, the chrome is found from the promo unit's link:
its four lines, the tag paragraph before it and everything after it.

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
from .._registry import register
from .._text import absolute_url, clean, text_of
from ..generic.authors import clean_name

__all__ = ["TheRecord", "TheRecordEmbedded"]

#: Relative links of The Record's chrome point at The Record, not at the republishing site.
HOME = "https://therecord.media/"
_AUTHOR_LINK = "a[href*='/author/']"
_PROMO_LINK = "a[href*='recordedfuture.com/platform?mtm_campaign=ad-unit-record']"
# The promo unit is four lines, "Get more insights with the" / "Recorded Future" / "Intelligence
# Cloud." / "Learn more." (the link). Matched by position from its link, not by text: lxml's
# ``:contains()`` calls an XPath extension function that breaks when a compiled selector is reused
# (lxml 6.1), and every selector here is compiled once and cached.
_PROMO = f"p:has(> {_PROMO_LINK})"
# class-less copies: the tag links sit in the paragraph just before the promo unit, the author's
# name in a paragraph of its own followed by the bio
_LOOSE_TAGS = f"p:has(+ p + p + p + {_PROMO}):has(> a[href*='therecord.media/'])"
_LOOSE_NAME = "p:has(> a[href*='therecord.media/author/']:only-child)"

_CHROME: tuple[str, ...] = (
    ".article__tags",
    ".article__pagination",
    ".editor",
    ".social-share-icons",
    # after the tag list come only the promo unit, ads, pagination and the author box
    ".article__tags ~ *",
    # the same parts where the republisher dropped the classes
    _PROMO,
    f"p:has(+ {_PROMO})",
    f"p:has(+ p + {_PROMO})",
    f"p:has(+ p + p + {_PROMO})",
    f"{_PROMO} ~ *",
    _PROMO_LINK,
    "a:has(img[src*='cms.therecord.media/uploads/headshot_'])",
    _LOOSE_TAGS,
    _LOOSE_NAME,
    f"{_LOOSE_NAME} + p:not(:has(a))",
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


def _author(page: Page, box: etree._Element, bio_from: etree._Element | None = None) -> Author | None:
    """The author of one ``div.editor`` box (linked name, bio, headshot); ``bio_from``: where the
    bio is when it is not in the box (a class-less copy)."""
    links = page.css(_AUTHOR_LINK, box)
    named = next((a for a in links if text_of(a)), None)
    name = clean_name(text_of(named)) if named is not None else None
    if named is None or not name:
        return None
    bio = _text_without(box, set(links)) or (text_of(bio_from) if bio_from is not None else "") or None
    if bio and bio[0].islower():  # "is the founding editor..." continues the linked name
        bio = f"{name} {bio}"
    elif bio_from is not None:
        bio = None  # a class-less neighbour that does not continue the name is not a bio
    url = absolute_url(named.get("href"), HOME)
    # the headshot links to the same profile (possibly written relative to The Record)
    img = next(
        (
            i
            for a in page.css(_AUTHOR_LINK)
            if absolute_url(a.get("href"), HOME) == url
            for i in a.iter("img")
        ),
        None,
    )
    img = img if img is not None else next(iter(page.css("img[src]", box)), None)
    return Author(
        name=name,
        url=url,
        bio=bio,
        avatar_url=absolute_url(img.get("src"), HOME) if img is not None else None,
    )


class _Chrome(Extractor):
    """What The Record's article chrome tells, wherever it is printed (no name: not registered)."""

    boilerplate: ClassVar[tuple[str, ...]] = _CHROME
    tags = texts(".article__tags a", f"{_LOOSE_TAGS} > a")

    def authors(self) -> tuple[Author, ...]:
        """Authors of the ``div.editor`` boxes (one per author), with bio and headshot; in a
        class-less copy, the name paragraph and the paragraph after it."""
        boxes = [_author(self.page, box) for box in self.page.css(".editor")]
        if not boxes:
            boxes = [_author(self.page, p, p.getnext()) for p in self.page.css(_LOOSE_NAME)]
        return tuple(a for a in boxes if a)


@register
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


@register
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
