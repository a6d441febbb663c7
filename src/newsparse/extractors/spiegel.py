"""DER SPIEGEL (spiegel.de).

The current layout (since 2019) marks regions with ``data-area``: ``header[data-area='intro']``
holds the headline (``h2 span.align-middle`` after the kicker) and the byline links to author
pages (``/impressum/autor-...``); the text is ``div[data-area='text_block']`` blocks inside
``section[data-area='body']``. The older layout (``Layout2018``) used ``h2.article-title``
(``span.headline-intro`` + ``span.headline``), ``p.article-intro``, ``div.article-section``, and
the print archive ``div.dig-artikel`` (``span.dig-oberzeile`` + ``span.dig-ueberschrift``, intro
``div.dig-vorspann``, ``div.dig-absatz`` paragraphs) with ``div.dig-autoren`` ("Von ...").
"""

from __future__ import annotations

from typing import ClassVar

from newsparse import Extractor, Version, body, byline, register, text


@register
class Spiegel(Extractor):
    """spiegel.de articles."""

    name: ClassVar[str] = "spiegel"
    domains: ClassVar[tuple[str, ...]] = ("spiegel.de",)
    boilerplate: ClassVar[tuple[str, ...]] = (
        "[data-area='related_articles']",
        "[data-area='paywall']",
        "[data-area='article-teaser-list']",
        ".article-function-box",
        ".asset-box",
    )

    headline = text("header[data-area='intro'] h2 span.align-middle", "article header h2 span.align-middle")
    subheadline = text("header[data-area='intro'] .RichText", "header[data-area='intro'] div.leading-loose")
    authors = byline("header[data-area='intro'] a[href*='/impressum/autor-']")
    body = body("section[data-area='body']")

    class Layout2018(Version):
        """The pre-2019 layout and the print archive."""

        probe = "h2.article-title, div.dig-artikel"
        # the print archive's h2 holds an (often empty) kicker span before the title
        headline = text("h2.article-title span.headline", "div.dig-artikel .dig-ueberschrift", "h1.so-hdln")
        subheadline = text("p.article-intro", "div.dig-artikel .dig-vorspann")
        authors = byline("p.author", "div.dig-autoren")
        body = body(
            "div.article-section, div.dig-artikel",
            exclude=("h2.dig-artikel-hgroup", ".dig-autoren", ".dig-vorspann"),
        )
