"""The Independent (independent.co.uk).

Its JSON-LD ``NewsArticle`` is complete (headline, author, dates); ``og:title`` is a separate
social title, so the headline comes from the JSON-LD or the ``<h1>``. The tags are the
``keywords`` meta (the "More about" topic links under the article). The body is ``#main``
(2020s) or the older ``itemprop=articleBody`` / ``.body-content``; galleries, related links and
ad slots sit inside it.
"""

from __future__ import annotations

from typing import ClassVar

from newsparse import Extractor, body, register, text


@register
class Independent(Extractor):
    """The Independent's articles."""

    name: ClassVar[str] = "independent"
    domains: ClassVar[tuple[str, ...]] = ("independent.co.uk",)
    boilerplate: ClassVar[tuple[str, ...]] = (
        ".teads",
        "[data-mpu]",
        "#article-im-prompt",
        ".gallery-btn",
        "[data-gallery-length]",
        "aside.related",
    )

    headline = text("#articleHeader h1", "header h1[data-testid='headline']", "article h1")
    body = body("#main, [itemprop='articleBody'], .body-content", exclude=("aside",))

    def tags(self) -> tuple[str, ...]:
        """The ``keywords`` meta, else the topic links under the article."""
        raw = self.page.meta_first("keywords", "news_keywords") or ""
        found = tuple(t.strip() for t in raw.split(",") if t.strip())
        return found or tuple(self.page.texts("nav.topics a"))
