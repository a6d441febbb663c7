"""Generic page metadata: headline (agreement and site-name stripping), subheadline, description,
site name, language, canonical URL and lead image; one hand-written page per rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _metadata_pages import generic, page_html
from newsparse._context import Page
from newsparse.generic.landmarks import in_chrome
from newsparse.generic.metadata import strip_site_name
from newsparse.generic.sitenames import _site_keys, unescape


def keys(site: str | None = None, url: str = "https://coastcourier.example/a/") -> set[str]:
    return _site_keys(Page("<html><head></head><body></body></html>", url=url), site)


# --- site-name stripping --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Harbour approves later ferries | Coast Courier", "Harbour approves later ferries"),
        ("Harbour approves later ferries - Coast Courier", "Harbour approves later ferries"),
        ("Coast Courier: Harbour approves later ferries", "Harbour approves later ferries"),
        (
            "Harbour approves later ferries – News – Coast Courier Online",
            "Harbour approves later ferries – News",
        ),
        # the host names the site when no name is declared
        ("Harbour approves later ferries » coastcourier.example", "Harbour approves later ferries"),
        # a dash inside the headline is not a separator
        ("Covid-19 - what the new rules mean | Coast Courier", "Covid-19 - what the new rules mean"),
        # a segment that is not the site stays
        ("Ferries: later boats from June", "Ferries: later boats from June"),
    ],
)
def test_strip_site_name(title: str, expected: str) -> None:
    assert strip_site_name(title, keys("Coast Courier")) == expected


def test_strip_site_name_keeps_a_title_that_is_only_the_site() -> None:
    assert strip_site_name("Coast Courier", keys("Coast Courier")) == "Coast Courier"


def test_a_headline_containing_the_site_name_is_not_cut() -> None:
    title = "Why the Coast Courier moved its printing press to the harbour | Coast Courier"
    assert strip_site_name(title, keys("Coast Courier")) == (
        "Why the Coast Courier moved its printing press to the harbour"
    )


# --- headline -----------------------------------------------------------------------------------


def test_headline_is_the_h1_the_metadata_agrees_with() -> None:
    head = (
        '<meta property="og:site_name" content="Coast Courier">'
        '<meta property="og:title" content="Harbour approves later ferries | Coast Courier">'
    )
    ex = generic(page_html(head=head))
    assert ex.headline() == "Harbour approves later ferries"
    assert ex.provenance("headline") == "generic"


def test_headline_keeps_the_h1_wording_over_an_seo_title_it_is_a_segment_of() -> None:
    head = '<meta property="og:title" content="Ferries: Harbour approves later ferries - Coast Courier">'
    ex = generic(page_html(head=head))
    assert ex.headline() == "Harbour approves later ferries"


def test_headline_drops_a_kicker_inside_the_h1() -> None:
    head = '<meta property="og:title" content="Harbour approves later ferries">'
    article_head = '<h1><span class="kicker">Transport</span> Harbour approves later ferries</h1>'
    assert generic(page_html(head=head, article_head=article_head)).headline() == (
        "Harbour approves later ferries"
    )


def test_headline_leaves_out_a_kicker_element_by_its_class() -> None:
    # the metadata title is something else entirely: the kicker is known by its class alone
    head = '<meta property="og:title" content="Ferry news">'
    article_head = (
        '<h1><span class="headline__kicker">Transport</span><span>Later ferries from June</span></h1>'
    )
    assert generic(page_html(head=head, article_head=article_head)).headline() == "Later ferries from June"


def test_headline_text_leaves_out_styles_and_the_kickers_separator() -> None:
    head = '<meta property="og:title" content="Ferry news">'
    article_head = (
        '<h1><style>.k{font-size:16px}</style><span class="headline__kicker">Transport</span>'
        '<span class="visually-hidden"> - </span><span>Later ferries from June</span></h1>'
    )
    assert generic(page_html(head=head, article_head=article_head)).headline() == "Later ferries from June"


def test_a_date_or_site_name_printed_in_the_h1_after_the_title_is_left_out() -> None:
    head = '<meta property="og:title" content="Harbour approves later ferries">'
    for h1 in (
        "<h1>Harbour approves later ferries <span>03.05.2024</span> • News, Local</h1>",
        "<h1>Harbour approves later ferries | Coast Courier</h1>",
    ):
        assert (
            generic(page_html(head=head, article_head=h1)).headline() == "Harbour approves later ferries"
        ), h1
    # what follows a colon is the headline's own second part
    longer = "<h1>Harbour approves later ferries: what changes in June</h1>"
    assert generic(page_html(head=head, article_head=longer)).headline() == (
        "Harbour approves later ferries: what changes in June"
    )


def test_a_short_last_pipe_segment_of_a_metadata_title_is_a_site_name() -> None:
    # no <h1>, and a site name the page declares nowhere else
    head = '<meta property="og:title" content="Later ferries from June | Harbour Life Magazine">'
    assert generic(page_html(head=head, article_head="")).headline() == "Later ferries from June"


def test_cms_segments_are_stripped_like_site_names() -> None:
    assert strip_site_name("Coast Courier » Blog Archive » Later ferries", keys("Coast Courier")) == (
        "Later ferries"
    )


def test_logo_h1_in_the_site_header_is_not_the_headline() -> None:
    head = (
        '<meta property="og:site_name" content="Coast Courier">'
        '<meta property="og:title" content="Later ferries from June | Coast Courier">'
    )
    html = page_html(head=head, article_head="<h2>Later ferries from June</h2>")
    html = html.replace('<div class="site-branding">', '<div class="site-branding"><h1>Coast Courier</h1>')
    assert generic(html).headline() == "Later ferries from June"


def test_headline_from_metadata_without_a_heading_has_the_site_name_removed() -> None:
    head = (
        '<meta property="og:site_name" content="Coast Courier">'
        '<meta property="og:title" content="Night buses return &amp;amp; trams run later | Coast Courier">'
    )
    ex = generic(page_html(head=head, article_head=""))
    # two h1-less metadata titles: og:title wins and its double-escaped entity is undone
    assert ex.headline() == "Night buses return & trams run later"
    assert ex.provenance("headline") == "meta"


def test_headline_from_title_uses_the_host_when_no_site_name_is_declared() -> None:
    html = page_html(article_head="").replace(
        "<title>Harbour approves later ferries</title>", "<title>Tide tables for May - CoastCourier</title>"
    )
    assert generic(html).headline() == "Tide tables for May"


def test_jsonld_headline_agrees_with_the_h1() -> None:
    head = (
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Harbour approves later ferries"}</script>'
    )
    assert generic(page_html(head=head)).headline() == "Harbour approves later ferries"


def test_unescape_only_touches_entities() -> None:
    assert unescape("Tom &amp; Jerry&#039;s") == "Tom & Jerry's"
    assert unescape("R&D budget") == "R&D budget"


# --- chrome --------------------------------------------------------------------------------------


def test_in_chrome() -> None:
    page = Page(page_html(sidebar='<p class="x">side</p>'), url="https://coastcourier.example/a/")
    assert in_chrome(page.css_first("aside p.x"), page)
    assert in_chrome(page.css_first("nav a"), page)
    assert in_chrome(page.css_first(".site-footer p"), page)
    assert not in_chrome(page.css_first("article h1"), page)
    assert not in_chrome(page.css_first("article .entry-footer"), page)


def test_layout_classes_on_the_articles_ancestors_are_not_chrome() -> None:
    # a theme calling the content column "sidebar-layout widget Blog" (Blogger does)
    html = page_html().replace(
        '<main class="site-main">', '<main class="site-main"><div class="widget Blog">'
    )
    html = html.replace('<div class="comments-area"', '</div><div class="comments-area"')
    html = html.replace("<article ", "<div ").replace("</article>", "</div>")
    page = Page(html, url="https://coastcourier.example/a/")
    assert not in_chrome(page.css_first(".entry-content p"), page)
    assert in_chrome(page.css_first(".entry-content p"))  # without the page: the class decides


# --- the other page metadata --------------------------------------------------------------------


def test_subheadline_is_the_standfirst_next_to_the_h1() -> None:
    article_head = (
        "<h1>Harbour approves later ferries</h1>"
        '<p class="standfirst">Boats every twenty minutes at peak hours and a later last crossing.</p>'
    )
    ex = generic(page_html(article_head=article_head))
    assert ex.subheadline() == "Boats every twenty minutes at peak hours and a later last crossing."


def test_a_byline_or_date_line_in_a_subtitle_block_is_not_the_standfirst() -> None:
    for line in ("by Ruth Albers May 3, 2024 | 6:03 pm", "03.05.2024 - Portside", "Von Ruth Albers"):
        article_head = (
            f'<h1>Harbour approves later ferries</h1><div class="post-subtitle">{line}</div>'
            '<p class="standfirst">Boats every twenty minutes at peak hours and a later last crossing.</p>'
        )
        subheadline = generic(page_html(article_head=article_head)).subheadline()
        assert subheadline == "Boats every twenty minutes at peak hours and a later last crossing.", line


def test_no_subheadline_without_a_standfirst() -> None:
    assert generic(page_html()).subheadline() is None


def test_description_site_name_language_canonical() -> None:
    head = (
        '<meta name="description" content="The council&amp;#039;s plan, explained.">'
        '<link rel="canonical" href="/news/later-ferries/">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",'
        ' "publisher": {"@type": "NewsMediaOrganization", "name": "Coast Courier"}}</script>'
    )
    ex = generic(page_html(head=head, lang="en-GB"))
    assert ex.description() == "The council's plan, explained."
    assert ex.site_name() == "Coast Courier"
    assert ex.provenance("site_name") == "jsonld"
    assert ex.language() == "en-GB"
    assert ex.canonical_url() == "https://coastcourier.example/news/later-ferries/"


def test_lead_image_with_its_declared_size_and_no_favicons() -> None:
    head = (
        '<meta property="og:image" content="/img/ferry.jpg">'
        '<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">'
    )
    image = generic(page_html(head=head)).lead_image()
    assert image is not None
    assert (image.url, image.width, image.height) == ("https://coastcourier.example/img/ferry.jpg", 1200, 630)
    icon = '<meta property="og:image" content="/favicon.ico">'
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"image": {"@type": "ImageObject", "url": "/img/ld.jpg", "width": "800"}}</script>'
    )
    image = generic(page_html(head=icon + ld)).lead_image()
    assert image is not None
    assert (image.url, image.width) == ("https://coastcourier.example/img/ld.jpg", 800)


def test_the_sites_logo_placeholder_or_icon_is_not_the_lead_image() -> None:
    logo = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
        '"publisher": {"@type": "Organization", "name": "Coast Courier", '
        '"logo": {"@type": "ImageObject", "url": "https://coastcourier.example/img/cc-share.png"}}}</script>'
    )
    shared = '<meta property="og:image" content="/img/cc-share.png">'
    assert generic(page_html(head=logo + shared)).lead_image() is None
    for og in (
        '<meta property="og:image" content="/img/social_placeholder.png">',
        '<meta property="og:image" content="/assets/apple-touch-icon@2.png">',
        '<meta property="og:image" content="/img/badge.png"><meta property="og:image:width" content="48">',
    ):
        assert generic(page_html(head=og)).lead_image() is None, og
    # the article's own picture, named like anything, stays
    own = '<meta property="og:image" content="/img/2024/05/harbour-logo-unveiled.jpg">'
    image = generic(page_html(head=logo + own)).lead_image()
    assert image is not None and image.url.endswith("harbour-logo-unveiled.jpg")


# --- the hint index ----------------------------------------------------------------------------------

_HINT_PAGE = """<!DOCTYPE html><html><head><title>Hints</title></head><body>
<div class="site-header" id="top"><a rel="home" href="/">Home</a></div>
<article class="post">
  <p class="Byline"><a REL="author" href="/a/jane">Jane Doe</a></p>
  <span itemprop="author" class="x" id="AUTOR-box">Jane</span>
  <div aria-label="Schlagwörter" class="tag-list"><a href="/t/x">x</a></div>
  <div class="\u212aeyword-cloud">Kelvin-sign K: matches "k" case-insensitively</div>
  <div class="\u017fchlagworte">long s: matches "s" case-insensitively</div>
  <div class="caf\u00e9 writers">non-ASCII value with a hint word</div>
  <div class="plain" id="main" data-author="not searched">nothing</div>
  <nav class="breadcrumbs"><a href="/">Home</a></nav>
  <section class="q7x" data-testid="story-byline">generated classes, a named part</section>
</article></body></html>"""


def test_hint_index_is_every_element_whose_words_hold_a_hint_in_document_order() -> None:
    from newsparse.generic.landmarks import _HINT_WORDS, hint_index

    page = Page(_HINT_PAGE)
    expected = []
    for el in page.tree.iter():
        words = " ".join(
            el.get(n) or "" for n in ("class", "id", "itemprop", "rel", "aria-label", "data-testid")
        )
        if _HINT_WORDS.search(words):
            expected.append((el, words.lower()))
    found = hint_index(page)
    assert found == expected
    assert [el.tag for el, _ in found] == ["p", "a", "span", "div", "div", "div", "div", "nav", "section"]
    assert hint_index(page) is found  # once per page


@given(
    st.lists(
        st.text(alphabet=st.sampled_from(list("autAUThorTAGgs-_ \u017f\u212a\u00e9bylinekw")), max_size=14),
        max_size=12,
    )
)
def test_hint_values_are_the_values_a_case_insensitive_search_finds(values: list[str]) -> None:
    from newsparse.generic.landmarks import _HINT_WORDS, _hint_values

    expected = [i for i, v in enumerate(values) if _HINT_WORDS.search(v)]
    assert _hint_values("\0".join(values)) == (expected if values else [])
