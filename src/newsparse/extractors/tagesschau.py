"""tagesschau (tagesschau.de), the news site of ARD.

Two layouts. The current one (since 2021) titles an article with ``h1.seitenkopf__headline``:
a ``seitenkopf__topline`` kicker and the headline text (``seitenkopf__headline--text``); the
"Stand:" line (``.metatextline``) gives the day and time in German notation; paragraphs are
``p.textabsatz``; the byline is ``.authorline__author``. The older one (``Layout2020``) has
``.meldungHead h1`` with ``span.dachzeile`` + ``span.headline``, ``span.stand`` and a byline
paragraph ``p.autorenzeile`` ("Von A, B und C, NDR": the broadcaster is credited too).
tagesschau's ``date`` meta is the time of the last export, not of publication.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import ClassVar

from newsparse import Author, Extractor, Rule, Version, body, register, text
from newsparse._extractor import split_names
from newsparse._text import text_of

_STAND = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*,?\s*(\d{1,2}):(\d{2}))?")


def stand(ex: Extractor, selector: str) -> datetime | None:
    """The "Stand: 28.04.2020 18:00 Uhr" line as a (local, naive) datetime."""
    for el in ex.page.css(selector):
        match = _STAND.search(text_of(el))
        if match:
            day, month, year, hh, mm = match.groups()
            try:
                return datetime(int(year), int(month), int(day), int(hh or 0), int(mm or 0))
            except ValueError:
                continue
    return None


def von(ex: Extractor, selector: str) -> tuple[Author, ...]:
    """Names of a "Von A, B und C, NDR" byline."""
    for el in ex.page.css(selector):
        names = split_names(text_of(el))
        if names:
            return tuple(Author(name=n) for n in names)
    return ()


@register
class Tagesschau(Extractor):
    """tagesschau.de articles."""

    name: ClassVar[str] = "tagesschau"
    domains: ClassVar[tuple[str, ...]] = ("tagesschau.de",)
    boilerplate: ClassVar[tuple[str, ...]] = (
        ".teaser-absatz",
        ".infobox",
        ".socialMedia",
        ".infokasten",
        ".mediaInfo",
        ".meldungsfooter",
    )

    headline = text(".seitenkopf__headline--text", "h1.seitenkopf__headline")
    published = Rule(lambda ex: stand(ex, ".metatextline"))
    authors = Rule(lambda ex: von(ex, ".authorline__author, .authorline"))
    body = body("article.container", exclude=(".seitenkopf", ".metatextline", ".authorline"))

    class Layout2020(Version):
        """The pre-2021 layout (``.meldungHead``, ``p.autorenzeile``, ``span.stand``)."""

        probe = ".meldungHead"
        headline = text(".meldungHead h1 span.headline", ".meldungHead h1")
        published = Rule(lambda ex: stand(ex, ".meldungHead span.stand, span.stand"))
        authors = Rule(lambda ex: von(ex, "p.autorenzeile"))
        body = body(
            ".storywrapper",
            # div.linklist: "Mehr zu diesem Thema", topic and atlas links after the text
            exclude=(
                ".meldungHead",
                "p.autorenzeile",
                "div.mod:not(.modParagraph)",
                "h3.ressort",
                "div.linklist",
            ),
        )
