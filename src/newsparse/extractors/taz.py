"""taz, die tageszeitung (taz.de).

taz marks its articles up with schema.org microdata: ``[itemprop=articleBody]`` holds the kicker
(``h4``), ``h1[itemprop=headline]``, the intro (``p.intro``, also ``itemprop=description``) and
the paragraphs (``p.article``); each author is a ``[itemprop=author]`` Person box with ``name``,
``jobTitle`` and ``image``; the tags are the ``li.tag`` links ("Themen") and ``taz:tag`` metas.
"""

from __future__ import annotations

from typing import ClassVar

from newsparse import Author, Extractor, body, register, text, texts
from newsparse._text import text_of


@register
class Taz(Extractor):
    """taz.de articles."""

    name: ClassVar[str] = "taz"
    domains: ClassVar[tuple[str, ...]] = ("taz.de",)
    boilerplate: ClassVar[tuple[str, ...]] = (
        "p.caption",
        ".sect_profile",
        ".sect_related",
        ".sect_tags",
        ".ad_bin",  # ad slots between the paragraphs
    )

    headline = text("[itemprop='articleBody'] h1[itemprop='headline']", "h1[itemprop='headline']")
    subheadline = text("[itemprop='articleBody'] p.intro", "p.intro[itemprop='description']")
    body = body("[itemprop='articleBody']", exclude=("h4", "h1", "p.intro"))
    tags = texts("li.tag a.tag", "ul.directory li.tag a")

    def authors(self) -> tuple[Author, ...]:
        """The Person boxes (name, profile, job title, picture), each author once."""
        out: dict[str, Author] = {}
        for box in self.page.css("[itemprop='author'][itemtype*='Person']"):
            name = text_of(self.page.css_first("[itemprop='name']", box))
            if not name or name.casefold() in out:
                continue
            link = self.page.css_first("a[rel~='author']", box)
            img = self.page.css_first("img[itemprop='image']", box)
            out[name.casefold()] = Author(
                name=name,
                url=self.page.absolute(link.get("href")) if link is not None else None,
                role=text_of(self.page.css_first("[itemprop='jobTitle']", box)) or None,
                avatar_url=self.page.absolute(img.get("src")) if img is not None else None,
            )
        return tuple(out.values())
