"""The Washington Post (washingtonpost.com).

Since 2019 the Post marks the parts of an article with ``data-qa`` attributes (``headline``,
``author-name``, ``article-body``, ``interstitial-link-wrapper`` for the "Read more" links set
between paragraphs); its CSS classes are utility classes (``font--headline pb-sm``) shared with
every other element, so they are not used. The 2014-2018 layout (``Layout2018``, recognised by its
``article[itemprop=articleBody]``) used microdata and ``pb-*`` classes. Dates and authors are also
in the JSON-LD the generic extractor reads.
"""

from __future__ import annotations

from newsparse import Extractor, Version, body, byline, register, text

_NOT_TEXT = (
    "[data-qa='interstitial-link-wrapper']",
    ".interstitial-link",
    "[data-qa='subscribe-promo']",
    "[data-qa='article-body-ad']",
    ".inline-video",
    ".hide-for-print",
    "[data-qa='correction']",
)


@register
class WashingtonPost(Extractor):
    """Washington Post articles."""

    name = "washingtonpost"
    domains = ("washingtonpost.com",)
    boilerplate = _NOT_TEXT

    headline = text("h1[data-qa='headline']", "h1[itemprop='headline']", "h1#main-content")
    subheadline = text("[data-qa='subheadline']", "h2[data-qa='sub-headline']")
    authors = byline(
        "[data-qa='author-name']",
        "a.author-name-link",
        "[data-qa='attribution-text'] a",
    )
    body = body("[data-qa='article-body']", "div.article-body", exclude=_NOT_TEXT)

    class Layout2018(Version):
        """The 2014-2018 "pb" layout: microdata and ``pb-*`` classes."""

        probe = "article[itemprop='articleBody']"
        headline = text("h1[itemprop='headline']", "#top-content h1")
        authors = byline(".pb-byline [itemprop='name']", "span.pb-byline a", "span.pb-byline")
        body = body("article[itemprop='articleBody']", exclude=(*_NOT_TEXT, ".pb-timestamp", ".pb-sig-line"))
