"""The New York Times (nytimes.com).

Class names on nytimes.com are generated (``css-1fanzo5``), so the extractor reads the stable
attributes: ``section[name=articleBody]`` for the body, ``data-testid`` (``headline``,
``byline``) and microdata (``itemprop=author``/``name``) for the header, and the ``byl`` meta
("By Ann Lee and Bo Park"), which every layout since 2014 carries, for authors. The 2014-2017
layout (``Layout2017``: ``p.story-body-text`` paragraphs, ``span.byline-author``) is a version.
"""

from __future__ import annotations

from dataclasses import replace

from newsparse import Author, Extractor, Version, body, byline, register, text
from newsparse._extractor import split_names

_NOT_TEXT = (
    "[id^='story-ad']",
    "[data-testid='ad']",
    "[data-testid='brand-bar']",
    "[data-testid='photoviewer-wrapper'] figcaption",
    ".ad",
    "#NYT_INLINE_RECIRC",
    "[data-testid='inline-message']",
)


@register
class NYTimes(Extractor):
    """New York Times articles."""

    name = "nytimes"
    domains = ("nytimes.com",)
    boilerplate = _NOT_TEXT

    headline = text("h1[data-testid='headline']", "h1[itemprop='headline']", "header h1")
    subheadline = text("p#article-summary", "[data-testid='article-summary']")
    _byline = byline(
        "[data-testid='byline'] [itemprop='name']",
        "[itemprop='author'] [itemprop='name']",
        "span.last-byline",
    )
    body = body("section[name='articleBody']", exclude=_NOT_TEXT)

    def authors(self) -> tuple[Author, ...]:
        """The byline's people (with their profile links), else the ``byl`` meta."""
        found = self._byline() or tuple(
            Author(name=n) for n in split_names(self.page.meta_first("byl") or "")
        )
        # bylines were printed in capitals until 2017 ("By RUTH KALMAN")
        return tuple(replace(a, name=a.name.title()) if a.name.isupper() else a for a in found)

    class Layout2017(Version):
        """The 2014-2017 "story-body" layout."""

        probe = "p.story-body-text"
        headline = text("h1#headline", "h1[itemprop='headline']")
        _byline = byline("span.byline-author", "[itemprop='author creator'] [itemprop='name']")
        body = body("article#story, div.story-body", exclude=(*_NOT_TEXT, "header", "footer", ".story-info"))
