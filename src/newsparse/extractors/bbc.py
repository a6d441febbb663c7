"""BBC News (bbc.com, bbc.co.uk).

The current layout (2020-) is built from components named in ``data-component`` attributes:
``headline-block`` (``h1#main-heading``), ``byline-block``, ``text-block``, ``image-block``,
``links-block``, ``tag-list``/``topic-list``; their class names are generated and never relied on.
The older "story-body" layout (``Layout2019``, recognised by ``.story-body__inner``) has
``h1.story-body__h1``, ``.byline__name`` and a ``.tags-list``. Both carry a JSON-LD
``ReportageNewsArticle`` (dates, headline) whose ``author`` is the BBC itself, so people come from
the byline only; pages without one fall back to the generic answer.
"""

from __future__ import annotations

from newsparse import Extractor, Version, body, byline, register, text, texts

#: Components of the current layout that are never running text of the article.
_NOT_TEXT = (
    "[data-component='headline-block']",
    "[data-component='byline-block']",
    "[data-component='timestamp-block']",
    "[data-component='links-block']",
    "[data-component='tag-list']",
    "[data-component='topic-list']",
    "[data-component='related-internet-links']",
    "[data-component='ad-slot']",
    "[data-component='see-alsos']",
)


@register
class BBC(Extractor):
    """BBC News articles."""

    name = "bbc"
    domains = ("bbc.com", "bbc.co.uk")
    boilerplate = (
        ".bbccom_slot",
        ".mpu-ad",
        "[data-component='ad-slot']",
        ".off-screen",
        ".story-image-copyright",
        ".social-embed",
        ".embed-report-js",
    )

    headline = text("h1#main-heading", "[data-component='headline-block'] h1", "article h1")
    authors = byline(
        "[data-testid='byline-name']",
        "[data-component='byline-block'] [class*='TextContributorName']",
        "[data-component='byline-block'] p > span:first-child",
    )
    tags = texts(
        "[data-component='tag-list'] a",
        "[data-component='topic-list'] a",
        ".tags-list a",
    )
    body = body("main#main-content article, article[class*='ArticleWrapper'], article", exclude=_NOT_TEXT)

    class Layout2019(Version):
        """The "story-body" layout (until 2020)."""

        probe = "div.story-body__inner"
        headline = text("h1.story-body__h1", "h1.story-headline")
        authors = byline(".byline__name", ".byline .byline__title ~ .byline__name")
        body = body("div.story-body__inner", exclude=(".story-footer", ".share"))
