"""WELT (welt.de).

WELT's article pages carry a ``NewsArticle`` JSON-LD object (headline, authors as Persons,
dates), which the generic extractor reads; the page's own markup adds the ``c-`` components:
``h2.c-headline`` for the title, ``.c-author__by-line`` for the byline, ``div.c-article-text``
for the text, with inline teasers (``.c-inline-teaser``) and embedded lists to drop. Some
regional pages under welt.de are served by partners with other markup; there every field falls
back to the generic extractor.
"""

from __future__ import annotations

import re
from typing import ClassVar

from newsparse import Author, Extractor, body, byline, register, text

# Agency copy opens with a dateline: "Hamburg (dpa/lno) – ...", "Cuxhaven/Helgoland (dpa) - ...",
# "Berlin (dpa/AFP) - ...": a place of up to four words, the agencies in parentheses, a dash.
_DATELINE = re.compile(
    r"^[A-ZÄÖÜ][\w.\-/]*(?: [\w.\-/]+){0,3} \(([A-Za-z]{2,8}(?:/[A-Za-z]{2,8}){0,2})\) [–—-]"
)


def dateline_agency(text: str) -> str | None:
    """The agency credit of an opening dateline ("Hamburg (dpa/lno) – ..." -> "dpa/lno")."""
    match = _DATELINE.match(text)
    return match.group(1) if match else None


@register
class Welt(Extractor):
    """welt.de articles."""

    name: ClassVar[str] = "welt"
    domains: ClassVar[tuple[str, ...]] = ("welt.de",)
    boilerplate: ClassVar[tuple[str, ...]] = (
        ".c-inline-teaser",
        ".c-inline-element",
        ".c-article-text aside",
    )

    headline = text("h2.c-headline", "[data-qa='Article.Headline']")
    subheadline = text(".c-summary", "[data-qa='Article.Summary']")
    _byline = byline(".c-author__by-line a", "[data-qa='Article.Author']")
    body = body("div.c-article-text", exclude=(".c-article-text__ad",))

    def authors(self) -> tuple[Author, ...]:
        """The byline; for agency copy without one, the agency of the opening dateline."""
        found = self._byline() or self.generic.authors()
        if found:
            return found
        blocks = self.body().blocks or self.generic.body().blocks
        first = next((text for b in blocks if (text := getattr(b, "text", None))), "")
        agency = dateline_agency(first)
        return (Author(name=agency),) if agency else ()
