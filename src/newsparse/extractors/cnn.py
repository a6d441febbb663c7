"""CNN (cnn.com, edition.cnn.com).

Two layouts: the "pg"/"zn" layout (``Layout2021``, recognised by ``.pg-headline`` or
``.zn-body__paragraph``, until 2022) with ``.metadata__byline__author`` and the body in
``[itemprop=articleBody]``; and the current layout with BEM classes (``headline__text``,
``byline__name``, ``article__content``, ``paragraph``). Bylines name the desk after the person
("By Ann Lee, CNN Business"; "Analysis by Bo Park, CNN Editor-at-large"): the desk is not an
author. The displayed "Updated ..." time is the last change, not the publication: the published
date comes from the ``pubdate`` meta / JSON-LD (generic).
"""

from __future__ import annotations

import re

from newsparse import Author, Extractor, Version, body, register, text
from newsparse._extractor import split_names
from newsparse._text import text_of

#: "By", "Analysis by", "Opinion by", "Review by"... in front of the names.
_LEAD = re.compile(r"^.*?\bby\s+", re.IGNORECASE)
#: Desk and title fragments: "CNN", "CNN Business", "CNN Editor-at-large", "for CNN".
_DESK = re.compile(r"^(?:for\s+)?CNN\b|^Updated\b", re.IGNORECASE)

_NOT_TEXT = (
    ".el__embedded",
    ".zn-body__read-more",
    ".el__video--standard",
    ".el__leafmedia--sourced-paragraph .el__video",
    ".ad",
    ".ad-slot",
    "[data-component-name='ad-slot-header']",
    ".related-content",
    ".source",
)


@register
class CNN(Extractor):
    """CNN articles."""

    name = "cnn"
    domains = ("cnn.com",)
    boilerplate = _NOT_TEXT

    headline = text("h1.headline__text", "h1#maincontent", "h1.pg-headline")
    body = body("div.article__content", "main.article__main", exclude=_NOT_TEXT)
    _byline_selectors: tuple[str, ...] = (".byline__names .byline__name", ".byline__name")

    def authors(self) -> tuple[Author, ...]:
        """People of the byline, without the desk credit after them."""
        for sel in self._byline_selectors:
            names: list[str] = []
            links: dict[str, str] = {}
            for el in self.page.css(sel):
                for link in (el, *el.iterancestors("a"), *el.iter("a")):
                    url = self.page.absolute(link.get("href")) if link.tag == "a" else None
                    if url:
                        links.setdefault(text_of(link), url)
                for name in split_names(_LEAD.sub("", text_of(el))):
                    if not _DESK.search(name) and name not in names:
                        names.append(name)
            if names:
                return tuple(Author(name=n, url=links.get(n)) for n in names)
        return ()

    class Layout2021(Version):
        """The "pg" / "zn" layout (until 2022)."""

        probe = "h1.pg-headline, .zn-body__paragraph"
        headline = text("h1.pg-headline")
        body = body("div[itemprop='articleBody']", "section#body-text", exclude=_NOT_TEXT)
        _byline_selectors = (".metadata__byline__author", "p.metadata__byline")
