"""Reuters (reuters.com).

Three layouts, told apart by markup:

- current (2021-): parts named with ``data-testid`` (``Heading``, ``paragraph-N``, ``Body``),
  authors as ``rel=author`` links, the sign-off ("Reporting by ...") in a ``sign-off`` element;
- ``Layout2020``: CSS-module classes with a generated suffix (``ArticleHeader-headline-NlAqj``,
  ``Paragraph-paragraph-2Bgue``, ``Byline-author-2BSir``): matched on their stable prefix;
- ``Layout2019``: CSS-module classes without suffix (``ArticleHeader_headline``,
  ``StandardArticleBody_body``, ``BylineBar_byline``).

The sign-off and the "Our Standards" badge are credits, not article text. Dates and most
authors are in the JSON-LD / metas the generic extractor reads.
"""

from __future__ import annotations

from newsparse import Extractor, Version, body, byline, register, text

#: Credits and furniture inside the article body, in all three layouts.
_NOT_TEXT = (
    "[class*='sign-off']",
    "[class*='Attribution']",
    "[class*='trustBadge']",
    "[class*='TrustBadge']",
    "[class*='read-next']",
    "[class*='PrimaryAsset']",
)


@register
class Reuters(Extractor):
    """Reuters articles."""

    name = "reuters"
    domains = ("reuters.com",)
    boilerplate = _NOT_TEXT

    headline = text("h1[data-testid='Heading']", "article h1")
    authors = byline("[class*='article-header'] a[rel='author']", "a[rel='author']")
    body = body("[class*='article-body__content']", exclude=_NOT_TEXT)

    class Layout2020(Version):
        """Hashed CSS-module classes (2020)."""

        probe = "[class*='ArticlePage-article-body']"
        headline = text("h1[class*='ArticleHeader-headline']")
        authors = byline("a[class*='Byline-author']")
        body = body(
            "[class*='ArticlePage-article-body']", exclude=(*_NOT_TEXT, "[class*='ArticleBody-byline']")
        )

    class Layout2019(Version):
        """Plain CSS-module classes (until 2019)."""

        probe = "div.StandardArticleBody_body"
        headline = text("h1.ArticleHeader_headline")
        authors = byline(".BylineBar_byline a", ".BylineBar_byline")
        body = body("div.StandardArticleBody_body", exclude=_NOT_TEXT)
