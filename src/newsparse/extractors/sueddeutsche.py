"""Süddeutsche Zeitung (sueddeutsche.de).

Two layouts. Since 2020 the article is ``article[data-manual=...]`` style markup with
``h2[data-manual='title']`` (``span[data-manual='title']`` after the kicker
``span[data-manual='topline']``), authors in ``[data-manual='author']`` and the date in
``time[data-manual='date-time']``, text in ``div[itemprop='articleBody']``. The older layout
(``Layout2019``: ``article#sitecontent``) has ``section.header > h2 > strong`` (kicker) + title,
``section.authors`` ("Von Name, Ort") and ``section.body#article-body``. The location after a
byline's comma ("Von Markus Balser, Berlin") is a dateline, not a second author.
"""

from __future__ import annotations

from typing import ClassVar

from lxml import etree

from newsparse import Author, Extractor, Rule, Version, body, byline, date, register, text
from newsparse._text import clean


def _title_without_kicker(heading: etree._Element | None) -> str | None:
    if heading is None:
        return None
    parts = [heading.text or ""]
    for child in heading:
        if child.tag != "strong":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return clean("".join(parts)) or None


def _names(raw: str) -> tuple[Author, ...]:
    raw = clean(raw)
    for prefix in ("Von ", "von "):
        raw = raw.removeprefix(prefix)
    # "A und B, Ort" / "A, Ort": the part after the last comma is a place when it is one word
    head, _, tail = raw.rpartition(",")
    if head and len(tail.split()) == 1:
        raw = head
    names = [clean(n) for n in raw.replace(" und ", ",").split(",")]
    return tuple(Author(name=n) for n in names if n and len(n.split()) >= 2)


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
    _byline = byline("[data-manual='author']")
    published = date("time[data-manual='date-time']", "datetime")
    body = body("div[itemprop='articleBody']")

    def authors(self) -> tuple[Author, ...]:
        """The byline, its dateline dropped; the author pop-up's text as bio (older layout)."""
        found = self._byline()
        if found:
            return found
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
        el = self.page.css_first(".authorContainer .moreInfo")
        return _names("".join(el.itertext())) if el is not None else ()

    class Layout2019(Version):
        """The pre-2020 layout: ``article#sitecontent`` with ``section.header`` and ``section.body``."""

        probe = "article#sitecontent section.header"
        headline = Rule(lambda ex: _title_without_kicker(ex.page.css_first("section.header h2")))
        published = date("section.header time[datetime]", "datetime")
        body = body("section.body#article-body")
