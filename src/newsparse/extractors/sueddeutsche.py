"""Süddeutsche Zeitung (sueddeutsche.de).

Two layouts. Since 2020 the article is ``article[data-manual=...]`` style markup with
``h2[data-manual='title']`` (``span[data-manual='title']`` after the kicker
``span[data-manual='topline']``), authors in ``[data-manual='author']`` (linked names), the
local date in ``time[data-manual='date-time']`` (the JSON-LD one, with its zone, goes first),
text in ``div[itemprop='articleBody']``. The older layout
(``Layout2019``: ``article#sitecontent``) has ``section.header > h2 > strong`` (kicker) + title,
``section.authors`` ("Von Name, Ort") and ``section.body#article-body``. The location after a
byline's comma ("Von Markus Balser, Berlin") is a dateline, not a second author.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from lxml import etree

from newsparse import Author, Extractor, Rule, Version, body, date, register, text
from newsparse._dates import parse_iso
from newsparse._text import clean, text_of


def _title_without_kicker(heading: etree._Element | None) -> str | None:
    if heading is None:
        return None
    parts = [heading.text or ""]
    for child in heading:
        if child.tag != "strong":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return clean("".join(parts)) or None


def byline_names(raw: str) -> list[str]:
    """The people of a byline, its dateline dropped: "Von A und B, Berlin" -> [A, B].

    The part after the last comma is a place when it is one word ("A, Berlin") or when the names
    before it are already joined by "und" ("A und B, New York"); "A, B und C" lists three people.
    """
    raw = clean(raw)
    for prefix in ("Von ", "von "):
        raw = raw.removeprefix(prefix)
    head, _, tail = raw.rpartition(",")
    if head and (len(tail.split()) == 1 or " und " in head):
        raw = head
    names = [clean(n) for n in raw.replace(" und ", ",").split(",")]
    return [n for n in names if n and len(n.split()) >= 2]


def _names(raw: str) -> tuple[Author, ...]:
    return tuple(Author(name=n) for n in byline_names(raw))


@register
class SueddeutscheZeitung(Extractor):
    """sueddeutsche.de articles."""

    name: ClassVar[str] = "sueddeutsche"
    domains: ClassVar[tuple[str, ...]] = ("sueddeutsche.de",)
    boilerplate: ClassVar[tuple[str, ...]] = (
        "figure.teaserable-layout",  # "Mehr zum Thema" teasers inside the text
        ".sz-teaser",
        ".authors",
        "[data-manual='teaserable-layout']",
        ".article-sidebar-wrapper",  # share and feedback buttons beside the text
        ".article-sidebar",
        ".authorPopup",
    )

    headline = text("h2[data-manual='title'] [data-manual='title']", "[data-manual='title']")
    subheadline = text("[data-manual='teaserText']", "div.entry-summary")
    _time = date("time[data-manual='date-time']", "datetime")
    body = body("div[itemprop='articleBody']")

    def published(self) -> datetime | None:
        """JSON-LD ``datePublished`` (with its zone), else the header's local ``time``."""
        article = self.page.ld_article
        return (parse_iso(article.get("datePublished")) if article else None) or self._time()

    def authors(self) -> tuple[Author, ...]:
        """The byline, its dateline dropped; the author pop-up's text as bio (older layout)."""
        found: dict[str, Author] = {}
        for el in self.page.css("[data-manual='author']"):
            links = {text_of(a).casefold(): a.get("href") for a in el.iter("a")}
            for name in byline_names(text_of(el)):
                url = self.page.absolute(links.get(name.casefold()))
                found.setdefault(name.casefold(), Author(name=name, url=url))
        if found:
            return tuple(found.values())
        out = []
        for span in self.page.css(".authorContainer .moreInfo span[data-abbr]"):
            popup = self.page.css_first(f".authorPopup-{span.get('data-abbr')} .info")
            out.append(
                Author(
                    name=clean("".join(span.itertext())),
                    bio=clean(" ".join(popup.itertext())) or None if popup is not None else None,
                )
            )
        if out:
            return tuple(a for a in out if a.name)
        more = self.page.css_first(".authorContainer .moreInfo")
        return _names("".join(more.itertext())) if more is not None else ()

    class Layout2019(Version):
        """The pre-2020 layout: ``article#sitecontent`` with ``section.header`` and ``section.body``."""

        probe = "article#sitecontent section.header"
        headline = Rule(lambda ex: _title_without_kicker(ex.page.css_first("section.header h2")))
        published = date("section.header time[datetime]", "datetime")
        body = body("section.body#article-body")
