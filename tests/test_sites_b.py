"""Site-specific rules of the businessinsider ... nature extractors that their fixtures leave out.

Small pages written for one rule each; the whole-page fixtures live in ``tests/fixtures/<site>/``.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import newsparse
from newsparse._context import Page
from newsparse.extractors.dailymail import _names
from newsparse.extractors.nature import _first_last
from newsparse.extractors.telegraph import Telegraph


def _page(head: str = "", body: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>t</title>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("By Ann Lee And Bo Park For The Mail On Sunday", ["Ann Lee", "Bo Park"]),
        ("Ann Lee For Mailonline", ["Ann Lee"]),
        ("By ANN LEE FOR DAILYMAIL.COM", ["Ann Lee"]),
        ("Ann Lee, Bo Park and Cy Moss", ["Ann Lee", "Bo Park", "Cy Moss"]),
    ],
)
def test_dailymail_byline_drops_the_desk_credit(raw: str, names: list[str]) -> None:
    assert _names(raw) == names


def test_dailymail_falls_back_to_the_jsonld_byline() -> None:
    ld = (
        '{"@type":"NewsArticle","headline":"h",'
        '"author":{"@type":"Person","name":"By Ann Lee For Mailonline"}}'
    )
    html = _page(f'<script type="application/ld+json">{ld}</script>', '<div id="js-article-text"></div>')
    article = newsparse.parse(html, "https://www.dailymail.co.uk/news/article-1/x.html")
    assert [a.name for a in article.authors] == ["Ann Lee"]
    assert article.provenance["authors"] == "site:dailymail"


def test_independent_tags_fall_back_to_the_topic_links() -> None:
    html = _page(
        body='<nav class="topics"><span>More about</span>'
        '<a href="/t/a">Rail</a><a href="/t/b">Strikes</a></nav>'
    )
    article = newsparse.parse(html, "https://www.independent.co.uk/news/uk/x-b1.html")
    assert article.tags == ("Rail", "Strikes")


def test_businessinsider_drops_the_publication_and_reads_the_unix_time() -> None:
    html = _page(
        '<meta name="author" content="Ann Lee, Business Insider">',
        '<span data-bi-format="date" rel="1600000000"> 13.09.2020 </span>',
    )
    article = newsparse.parse(html, "https://www.businessinsider.com/some-story-2020-9")
    assert [a.name for a in article.authors] == ["Ann Lee"]
    assert article.published == datetime(2020, 9, 13, 12, 26, 40, tzinfo=UTC)


def test_techcrunch_tags_from_jsonld_without_cms_markers() -> None:
    ld = '{"@type":"NewsArticle","headline":"h","keywords":["@post-id:1","tc","robots","Funding"]}'
    html = _page(f'<script type="application/ld+json">{ld}</script>')
    article = newsparse.parse(html, "https://techcrunch.com/2020/01/01/x/")
    assert article.tags == ("robots", "Funding")


def test_theintercept_categories_from_subject_labels_only() -> None:
    ld = '{"@type":"NewsArticle","headline":"h","keywords":["Day: Monday","Subject: Politics","Long"]}'
    html = _page(f'<script type="application/ld+json">{ld}</script>')
    article = newsparse.parse(html, "https://theintercept.com/2024/01/01/x/")
    assert article.categories == ("Politics",)


def test_telegraph_picks_the_2019_layout_by_its_markup() -> None:
    old = Telegraph(
        Page(_page(body='<h1 class="headline__heading">h</h1>'), "https://www.telegraph.co.uk/x/")
    )
    new = Telegraph(Page(_page(body='<h1 class="e-headline">h</h1>'), "https://www.telegraph.co.uk/x/"))
    assert old.version == "Layout2019"
    assert new.version is None


def test_telegraph_desk_credit_alone_gives_no_site_author() -> None:
    html = _page(
        body='<div class="escenic-authors"><span itemprop="author">'
        'By <a href="/authors/t/">Telegraph Reporters</a></span></div>'
    )
    ex = Telegraph(Page(html, "https://www.telegraph.co.uk/news/x/"))
    assert ex.authors() == ()


@pytest.mark.parametrize(
    ("raw", "name"),
    [("Haddad, Leila", "Leila Haddad"), ("Leila Haddad", "Leila Haddad"), ("Haddad,", "Haddad,")],
)
def test_nature_names_in_reading_order(raw: str, name: str) -> None:
    assert _first_last(raw) == name
