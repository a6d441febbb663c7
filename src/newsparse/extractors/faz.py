"""Frankfurter Allgemeine Zeitung (faz.net).

FAZ.NET prefixes its BEM classes by component: ``atc-`` for the article (``header.atc-Header``,
``.atc-MetaAuthor`` per author, ``time.atc-MetaTime``, the intro ``p.atc-IntroText`` in
``div.atc-Intro``, text in ``div.atc-Text`` of ``p.atc-TextParagraph``), ``cbx-Author`` for the
author box with name, position and avatar.
Its JSON-LD writes dates the Java way ("Tue Jan 28 15:28:56 CET 2020"), which this module reads.
Its ``og:title`` carries the kicker ("Nutzerbasierte Abrechnung: Musik-Stars fordern...") that
the page shows above the title, and is the headline as readers see it.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import ClassVar

from newsparse import Author, Extractor, body, byline, meta, register, text
from newsparse._dates import parse_iso
from newsparse._text import text_of

_JAVA_DATE = re.compile(r"^\w{3} (\w{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (CET|CEST|UTC|GMT) (\d{4})$")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_ZONES = {"CET": 1, "CEST": 2, "UTC": 0, "GMT": 0}


def java_date(raw: object) -> datetime | None:
    """A date as Java's ``Date.toString()`` prints it, with its Central European offset."""
    match = _JAVA_DATE.match(raw.strip()) if isinstance(raw, str) else None
    if not match or match.group(1) not in _MONTHS:
        return None
    month, day, hh, mm, ss, zone, year = match.groups()
    tz = timezone(timedelta(hours=_ZONES[zone]))
    try:
        return datetime(int(year), _MONTHS[month], int(day), int(hh), int(mm), int(ss), tzinfo=tz)
    except ValueError:  # "Feb 30", "25:00:00"
        return None


@register
class FAZ(Extractor):
    """faz.net articles."""

    name: ClassVar[str] = "faz"
    domains: ClassVar[tuple[str, ...]] = ("faz.net",)
    boilerplate: ClassVar[tuple[str, ...]] = (
        ".atc-ContainerInfo",  # the author box after the text
        ".atc-ReadTime",
        ".ctn-PlaceholderContent",
        ".tsr-Base",  # teasers between paragraphs
        ".js-ctn-PaywallInfo",
    )

    headline = meta("og:title")
    subheadline = text(".atc-Intro .atc-IntroText", "p.atc-IntroText")
    _byline = byline("header.atc-Header .atc-MetaAuthor", ".atc-MetaItem-author")
    body = body("div.atc-Text")

    def authors(self) -> tuple[Author, ...]:
        """The header's byline, each author completed from the author box (role, avatar)."""
        found = self._byline() or self.generic.authors()
        boxes = {}
        for box in self.page.css(".cbx-Author"):
            name = text_of(self.page.css_first(".cbx-Author_Name", box))
            img = self.page.css_first("img.cbx-Author_Avatar", box)
            avatar = (
                self.page.absolute(img.get("data-retina-src") or img.get("src")) if img is not None else None
            )
            role = text_of(self.page.css_first(".cbx-Author_Position", box)).rstrip(".") or None
            if name:
                boxes[name.casefold()] = (role, avatar)
        out = []
        for author in found:
            role, avatar = boxes.get(author.name.casefold(), (None, None))
            out.append(
                Author(
                    name=author.name,
                    url=author.url,
                    bio=author.bio,
                    avatar_url=author.avatar_url or avatar,
                    role=author.role or role,
                )
            )
        return tuple(out)

    def published(self) -> datetime | None:
        """JSON-LD ``datePublished`` (ISO or Java format), else the header's ``time``.

        The header's time is the last update's when it says "Aktualisiert am", so it comes last.
        """
        article = self.page.ld_article
        raw = article.get("datePublished") if article else None
        found = java_date(raw) or parse_iso(raw)
        if found is None:
            el = self.page.css_first("header.atc-Header time[datetime]")
            found = parse_iso(el.get("datetime")) if el is not None else None
        return found

    def modified(self) -> datetime | None:
        """JSON-LD ``dateModified`` in Java's format, when the generic ISO reader cannot."""
        article = self.page.ld_article
        return java_date(article.get("dateModified")) if article else None
