"""Daily Mail / MailOnline (dailymail.co.uk, dailymail.com).

The visible headline is the long ``<h2>`` (``<h1>`` on newer pages) at the top of
``#js-article-text``; the JSON-LD ``headline`` and ``og:title`` carry a shorter social title.
Bylines credit the desk after the names ("By Ann Lee And Bo Park For Mailonline"), in the byline
link and in the JSON-LD ``author`` alike; the desk is not an author and is dropped.
"""

from __future__ import annotations

import re
from typing import ClassVar

from newsparse import Author, Extractor, body, date, register, text
from newsparse._extractor import split_names
from newsparse._text import text_of

# "... For The Mail On Sunday", "... For Dailymail.com": the desk credit after the names.
_DESK = re.compile(r"\s+for\s+\S.*$", re.IGNORECASE)
_NOT_TAGS = frozenset({"dailymail", "mailonline", "daily mail"})


def _names(raw: str) -> list[str]:
    out = []
    for name in split_names(_DESK.sub("", raw.strip())):
        name = _DESK.sub("", name)
        if name.isupper():  # older bylines are printed in capitals
            name = name.title()
        if name and name not in out:
            out.append(name)
    return out


@register
class DailyMail(Extractor):
    """MailOnline articles."""

    name: ClassVar[str] = "dailymail"
    domains: ClassVar[tuple[str, ...]] = ("dailymail.co.uk", "dailymail.com")
    boilerplate: ClassVar[tuple[str, ...]] = (
        ".mol-ads-label-container",
        ".adHolder",
        ".puff-ad",
        ".related-carousel",
        ".shareArticles",
        ".article-icon-links-container",
        ".moduleFull",
    )

    headline = text("#js-article-text > h1, #js-article-text > h2")
    published = date("#js-article-text .article-timestamp-published time[datetime]", "datetime")
    modified = date("#js-article-text .article-timestamp-updated time[datetime]", "datetime")
    body = body(
        "#js-article-text [itemprop='articleBody']",
        exclude=(".floatRHS", ".mol-page-break", ".imageCaption"),
    )

    def authors(self) -> tuple[Author, ...]:
        """Names from the byline links (else the JSON-LD author), without the desk credit."""
        found: list[Author] = []
        for link in self.page.css("#js-article-text .author-section a.author"):
            url = self.page.absolute(link.get("href"))
            names = _names(text_of(link))
            found += [Author(name=n, url=url if len(names) == 1 else None) for n in names]
        if not found:
            ld = self.page.ld_article or {}
            raw = ld.get("author")
            raw = raw.get("name") if isinstance(raw, dict) else raw
            if isinstance(raw, str):
                found = [Author(name=n) for n in _names(raw)]
        return tuple(found)

    def tags(self) -> tuple[str, ...]:
        """The ``keywords`` meta minus the site's own name (``article:tag`` is only a URL slug)."""
        raw = self.page.meta_first("news_keywords", "keywords") or ""
        return tuple(t.strip() for t in raw.split(",") if t.strip() and t.strip().lower() not in _NOT_TAGS)
