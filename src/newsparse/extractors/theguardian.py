"""The Guardian (theguardian.com).

The current layout ("dotcom-rendering", 2020-) names its regions with ``data-gu-name``
(``headline``, ``standfirst``, ``meta``, ``body``); the older "frontend" layout (``Layout2019``,
recognised by ``.content__article-body``) uses ``content__*`` classes and microdata. In both,
authors are ``rel=author`` profile links and topics are links whose ``data-link-name`` starts with
``keyword:`` (plus the article's ``tone:`` link), listed in the "Topics" block under the article.
Dates come from ``article:published_time`` (generic).
"""

from __future__ import annotations

from newsparse import Extractor, Version, body, byline, register, text, texts

_NOT_TEXT = (
    ".submeta",
    "aside",
    "[data-component='rich-link']",
    ".element-rich-link",
    ".ad-slot",
)


@register
class Guardian(Extractor):
    """The Guardian's articles."""

    name = "theguardian"
    domains = ("theguardian.com", "guardian.co.uk")
    boilerplate = (".ad-slot", "[data-component='rich-link']", ".element-rich-link", ".submeta")

    headline = text("[data-gu-name='headline'] h1", "h1[itemprop='headline']", "h1.content__headline")
    subheadline = text(
        "[data-gu-name='standfirst'] p", "[data-gu-name='standfirst']", ".content__standfirst p"
    )
    authors = byline(
        "[data-gu-name='meta'] a[rel='author']",
        "address a[rel='author']",
        ".content__meta-container a[rel='author']",
        "[itemprop='author'] [itemprop='name']",
    )
    tags = texts(
        ".submeta__keywords a",
        "a[data-link-name^='keyword:'], a[data-link-name^='tone:']",
    )
    body = body("#maincontent", exclude=_NOT_TEXT)

    class Layout2019(Version):
        """The "frontend" layout (until 2020): ``content__*`` classes and microdata."""

        probe = "div.content__article-body"
        headline = text("h1.content__headline", "h1[itemprop='headline']")
        subheadline = text(".content__standfirst p", ".content__standfirst")
        body = body("div.content__article-body", exclude=_NOT_TEXT)
