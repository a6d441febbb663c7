"""Networker extractor cases the two fixture pages do not cover: where the date comes from when
the page has no date meta, and the header's compact share meta when Powerkit's buttons are off."""

from __future__ import annotations

import newsparse

PAGE = """<!DOCTYPE html><html lang="en-US"><head><title>Mesh routers compared</title>{head}</head>
<body class="single single-post"><div id="page" class="cs-site"><main id="main" class="cs-site-primary">
<div id="primary" class="cs-content-area">
<div class="cs-entry__header cs-entry__header-standard"><div class="cs-entry__header-inner">
<div class="cs-entry__header-info">
<div class="cs-entry__post-meta">{meta}</div>
<h1 class="cs-entry__title"><span>Mesh routers compared</span></h1>
<div class="cs-entry__details cs-entry__header-details"><div class="cs-entry__details-data">
<div class="cs-entry__details-meta">
<div class="cs-entry__author-meta"><a href="/author/lee/">Lee Park</a></div>
<div class="cs-meta-date">June 3, 2025</div></div></div></div>
</div></div></div>
<div class="cs-entry__wrap"><div class="cs-entry__content-wrap"><div class="entry-content">
<p>We tested six mesh router kits in a three-storey house with thick interior walls for two weeks.</p>
<p>The cheapest kit kept up with the dearest one on every floor except the basement office.</p>
</div></div></div></div></main></div></body></html>"""

LD = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
    '"headline":"Mesh routers compared","datePublished":"2025-06-02T18:00:00+02:00"}</script>'
)
SHARES = (
    '<div class="cs-meta-shares"><div class="cs-meta-share-total"><div class="cs-meta-icon"></div>'
    '<div class="cs-total-number">12 shares</div></div></div>'
)


def test_header_date_when_the_page_has_no_structured_date() -> None:
    article = newsparse.parse(PAGE.format(head="", meta=""))
    assert article.extractor == "networker"
    assert article.published is not None and article.published.date().isoformat() == "2025-06-03"
    assert article.provenance["published"] == "site:networker"


def test_structured_date_beats_the_header_text() -> None:
    article = newsparse.parse(PAGE.format(head=LD, meta=""))
    assert article.published is not None and article.published.isoformat() == "2025-06-02T18:00:00+02:00"
    assert article.provenance["published"] == "jsonld"


def test_compact_share_meta_without_powerkit_buttons() -> None:
    article = newsparse.parse(PAGE.format(head="", meta=SHARES))
    assert article.share_counts == newsparse.ShareCounts(total=12)
    assert article.provenance["share_counts"] == "site:networker"
    assert newsparse.parse(PAGE.format(head="", meta="")).share_counts is None


def test_byline_author_without_author_box() -> None:
    article = newsparse.parse(PAGE.format(head="", meta=""), url="https://routerlab.example/mesh/")
    assert [(a.name, a.url, a.bio) for a in article.authors] == [
        ("Lee Park", "https://routerlab.example/author/lee/", None)
    ]
