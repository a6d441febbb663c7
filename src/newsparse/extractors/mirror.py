"""The Mirror (mirror.co.uk), on Reach plc's publishing platform.

The article header is microdata (``itemprop="headline name"``, ``itemprop=description`` on the
standfirst, ``itemprop=articleBody``); the byline is ``.author`` in
``.author-information-container`` and the times are ``time.date-published`` /
``time.date-updated`` with ``datetime``. Tags are the "More On" links (``.tag-list``). A
newsletter form and a video player open the body.
"""

from __future__ import annotations

from typing import ClassVar

from newsparse import Extractor, body, byline, date, register, text, texts


@register
class Mirror(Extractor):
    """The Mirror's articles."""

    name: ClassVar[str] = "mirror"
    domains: ClassVar[tuple[str, ...]] = ("mirror.co.uk",)
    boilerplate: ClassVar[tuple[str, ...]] = (
        ".skinny-signup",
        ".read-more-links",
        ".embedded-image-grid",
        ".mod-video",
        ".sharebar",
    )

    headline = text("h1[itemprop~='headline']", "article h1")
    subheadline = text("p.sub-title", "[itemprop='description'].sub-title")
    authors = byline(".author-information-container .author a", ".author-information-container .author")
    published = date("time.date-published[datetime]", "datetime")
    modified = date("time.date-updated[datetime]", "datetime")
    body = body(".article-body[itemprop='articleBody'], .article-body", exclude=("form", "aside"))
    tags = texts(".tag-list a")
