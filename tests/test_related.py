"""Related-post teasers: the tricky cases of ``newsparse.generic.related`` (the fixtures in
``tests/fixtures/wordpress/related-*`` cover each plugin and theme on a whole page)."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsparse
from newsparse._context import Page
from newsparse._model import Heading, ListBlock
from newsparse.generic import related as rel
from newsparse.generic.body import main_body

URL = "https://news.example/2025/03/04/this-story/"
TEXT = "<p>" + "A paragraph of the story that is long enough to count as article text. " * 4 + "</p>"


def page(inner: str, url: str | None = URL, head: str = "") -> Page:
    return Page(
        f"<!doctype html><html lang='en'><head><title>T</title>{head}</head><body>{inner}</body></html>",
        url=url,
    )


def titles(p: Page) -> list[str]:
    found = rel.related(p)
    return [t.title for t in found[0]] if found else []


def test_jetpack_classic_placeholder_gives_nothing() -> None:
    p = page(
        f"<article><div class='entry-content'>{TEXT}<div id='jp-relatedposts' class='jp-relatedposts'>"
        "<h3 class='jp-relatedposts-headline'><em>Related</em></h3></div></div></article>"
    )
    assert rel.related(p) is None


def test_jetpack_classic_items_lose_the_tracking_parameters() -> None:
    p = page(
        "<div id='jp-relatedposts' class='jp-relatedposts'><h3 class='jp-relatedposts-headline'><em>"
        "Related</em></h3>"
        "<div class='jp-relatedposts-items jp-relatedposts-items-visual'>"
        "<div class='jp-relatedposts-post jp-relatedposts-post0' data-post-id='11'>"
        "<a class='jp-relatedposts-post-a' href='/2025/01/02/older/"
        "?relatedposts_hit=1&amp;relatedposts_origin=9&amp;relatedposts_position=0&amp;lang=en'"
        " title='Older'>"
        "<img class='jp-relatedposts-post-img' src='/img/o.jpg' alt='Older'></a>"
        "<h4 class='jp-relatedposts-post-title'><a class='jp-relatedposts-post-a' href='/2025/01/02/older/"
        "?relatedposts_hit=1&amp;relatedposts_origin=9&amp;relatedposts_position=0&amp;lang=en'>"
        "Older story</a></h4>"
        "<p class='jp-relatedposts-post-excerpt'>What happened before.</p>"
        "<time class='jp-relatedposts-post-date' datetime='2025-01-02'>January 2, 2025</time>"
        "<p class='jp-relatedposts-post-context'>In &quot;News&quot;</p></div></div></div>"
    )
    found = rel.related(p)
    assert found is not None
    (teaser,) = found[0]
    assert teaser.url == "https://news.example/2025/01/02/older/?lang=en"
    assert (teaser.title, teaser.excerpt) == ("Older story", "What happened before.")
    assert teaser.image_url == "https://news.example/img/o.jpg"
    assert teaser.published == datetime(2025, 1, 2)


def test_empty_yarpp_does_not_hand_over_to_the_heading_rule() -> None:
    # the heading "Related posts:" sits in the empty block; the list after the block is not its list
    p = page(
        f"<article>{TEXT}<div class='yarpp yarpp-related yarpp-related-none'><h3>Related posts:</h3>"
        "<p>No related posts.</p></div><ul><li><a href='/2025/01/01/x/'>A post about something else</a></li>"
        "</ul>"
        "</article>"
    )
    assert rel.related(p) is None


@pytest.mark.parametrize(
    "href", ["javascript:void(0)", "mailto:desk@news.example", "data:text/html,hi", "#comments", "tel:123"]
)
def test_links_that_are_not_http_are_dropped(href: str) -> None:
    p = page(
        "<div class='yarpp-related'><h3>Related posts:</h3><ol>"
        f"<li><a href='{href}' rel='bookmark'>Bad link</a></li>"
        "<li><a href='/2025/02/01/good/' rel='bookmark'>Good link</a></li></ol></div>"
    )
    assert titles(p) == ["Good link"]


def test_relative_links_need_a_base() -> None:
    html = (
        "<div class='yarpp-related'><h3>Related posts:</h3><ol><li><a href='/a/'>Post A</a></li></ol></div>"
    )
    assert titles(page(html)) == ["Post A"]
    assert rel.related(page(html, url=None)) is None
    # a canonical link is a base when parse() got no URL
    assert titles(page(html, url=None, head=f"<link rel='canonical' href='{URL}'>")) == ["Post A"]


def test_the_page_itself_and_duplicates_are_not_teasers() -> None:
    p = page(
        "<div class='crp_related'><h2>Related Posts:</h2><ul>"
        f"<li><a class='crp_link' href='{URL}'><span class='crp_title'>This very story</span></a></li>"
        "<li><a class='crp_link' href='/b/'><span class='crp_title'>Post B</span></a></li>"
        "<li><a class='crp_link' href='/b/'><span class='crp_title'>Post B again</span></a></li></ul></div>"
    )
    assert titles(p) == ["Post B"]


def test_a_known_block_wins_over_a_related_heading() -> None:
    p = page(
        f"<article>{TEXT}<h3>Read more</h3><ul><li><a href='/2025/01/05/inline/'>An inline pick</a></li></ul>"
        "<div class='crp_related'><h2>Related Posts:</h2><ul><li><a class='crp_link' href='/2025/01/06/crp/'>"
        "<span class='crp_title'>The plugin's pick</span></a></li></ul></div></article>"
    )
    assert titles(p) == ["The plugin's pick"]


@pytest.mark.parametrize(
    "heading",
    [
        "Related",
        "Related Posts",
        "Related articles:",
        "You may also like",
        "You might also like",
        "Read more",
        "Weiterlesen",
        "Mehr zum Thema",
        "Lesen Sie auch",
        "À lire aussi",
        "Leggi anche",
    ],
)
def test_related_headings(heading: str) -> None:
    p = page(
        f"<article>{TEXT}<h3>{heading}</h3><ul><li><a href='/2025/01/05/one/'>The first story</a></li>"
        "<li><a href='/2025/01/06/two/'>The second story</a></li></ul></article>"
    )
    assert titles(p) == ["The first story", "The second story"]


@pytest.mark.parametrize(
    "heading",
    ["Most read", "Popular", "Trending now", "Latest news", "Related stories are everywhere in our lives"],
)
def test_other_headings_over_links_are_not_related(heading: str) -> None:
    p = page(
        f"<article>{TEXT}<h3>{heading}</h3><ul><li><a href='/2025/01/05/one/'>The first story</a></li></ul>"
        "</article>"
    )
    assert rel.related(p) is None


@pytest.mark.parametrize(
    "container",
    [
        "<aside>{}</aside>",
        "<div id='sidebar'>{}</div>",
        "<div class='widget widget_recent_entries'>{}</div>",
        "<nav class='menu'>{}</nav>",
        "<footer class='site-footer'>{}</footer>",
        "<div class='td-pb-span4 td-main-sidebar' role='complementary'>{}</div>",
    ],
)
def test_a_related_heading_in_the_chrome_is_ignored(container: str) -> None:
    widget = "<h3>Related</h3><ul><li><a href='/2025/01/05/one/'>The first story</a></li></ul>"
    p = page(f"<article>{TEXT}</article>" + container.format(widget))
    assert rel.related(p) is None


def test_a_heading_wrapped_alone_speaks_for_what_follows_its_wrapper() -> None:
    p = page(
        f"<article>{TEXT}<div class='block-title'><h4><span>Related</span></h4></div>"
        "<div class='cards'><article><h5><a href='/2025/01/05/one/'>The first story</a></h5>"
        "<time datetime='2025-01-05'>Jan 5</time></article></div></article>"
    )
    found = rel.related(p)
    assert found is not None
    assert [(t.title, t.published) for t in found[0]] == [("The first story", datetime(2025, 1, 5))]


def test_archive_and_offsite_links_under_a_heading_are_not_posts() -> None:
    p = page(
        f"<article>{TEXT}<h3>Related</h3><ul><li><a href='/category/news/'>All the news</a></li>"
        "<li><a href='/tag/rail/'>More on rail</a></li><li><a href='https://other.example/a/'>"
        "Elsewhere story</a></li>"
        "<li><a href='/'>Home page</a></li><li><a href='/2025/01/05/one/'>The first story</a></li></ul>"
        "</article>"
    )
    assert titles(p) == ["The first story"]


def test_lazy_images_and_css_backgrounds() -> None:
    p = page(
        "<div class='td_block_related_posts'><div class='td_module_related_posts'>"
        "<div class='td-module-thumb'>"
        "<a href='/p/1/'>"
        "<span class='entry-thumb td-thumb-css' style=\"background-image: url('/img/1.jpg')\">"
        "</span></a></div><h3 class='entry-title'><a href='/p/1/'>One</a></h3></div>"
        "<div class='td_module_related_posts'><div class='td-module-thumb'><a href='/p/2/'>"
        "<img class='entry-thumb' src='data:image/gif;base64,R0lGOD' data-src='/img/2.jpg'></a></div>"
        "<h3 class='entry-title'><a href='/p/2/'>Two</a></h3></div></div>"
    )
    found = rel.related(p)
    assert found is not None
    assert [t.image_url for t in found[0]] == [
        "https://news.example/img/1.jpg",
        "https://news.example/img/2.jpg",
    ]


def test_heading_found_list_is_stepped_over_by_the_body() -> None:
    p = page(
        f"<article>{TEXT}<h3>Read more</h3><ul><li><a href='/2025/01/05/one/'>The first story</a></li>"
        "<li><a href='/2025/01/06/two/'>The second story</a></li></ul>"
        "<h2>Background</h2><ul><li>A list of facts</li><li>that stays</li></ul>"
        f"{TEXT}</article>"
    )
    assert [el.tag for el in rel.block_elements(p)] == ["h3", "ul"]
    blocks = main_body(p, skip=rel.block_elements(p)).blocks
    assert Heading("Read more", 3) not in blocks
    assert ListBlock(("The first story", "The second story")) not in blocks
    assert Heading("Background", 2) in blocks
    assert ListBlock(("A list of facts", "that stays")) in blocks


def test_the_related_block_ends_with_its_last_teaser() -> None:
    p = page(
        f"<article>{TEXT}<h4>Auch interessant</h4><ul><li><a href='/2025/01/05/one/'>The first story</a>"
        "</li></ul><p>" + "Article text goes on after the list of picks. " * 5 + "</p></article>"
    )
    assert [el.tag for el in rel.block_elements(p)] == ["h4", "ul"]


def test_related_posts_are_not_body_text_end_to_end() -> None:
    html = (
        "<!doctype html><html lang='en'><head><title>T</title></head><body><article><h1>T</h1>"
        "<div class='entry-content'>" + TEXT + TEXT + "<h3>Read more</h3><ul><li><a href='/2025/01/05/one/'>"
        "The first story</a></li><li><a href='/2025/01/06/two/'>The second story</a></li></ul>"
        "<div class='yarpp-related'><h3>Related posts:</h3><ol><li><a href='/2025/02/01/y/'>A YARPP pick</a>"
        "</li>"
        "</ol></div></div></article></body></html>"
    )
    article = newsparse.parse(html, url=URL)
    assert [t.title for t in article.related] == ["A YARPP pick"]
    assert "Read more" not in article.body.text
    assert "first story" not in article.body.text
    assert "YARPP pick" not in article.body.text
    assert "Related posts" not in article.body.text


def test_picture_credits_and_kickers_are_not_titles() -> None:
    p = page(
        f"<article>{TEXT}<h3>Das könnte Sie auch interessieren:</h3><div class='row'>"
        "<div class='col' role='article'><a href='/news/one-1/'><picture><img src='/1.jpg'></picture>"
        "<div class='image-credit'>© Agency</div>"
        "<div class='teaser-title'>Forester attacked in the woods</div></a>"
        "</div><div class='col' role='article'><a href='/news/two-2/'><h4 class='kicker'>Law</h4>"
        "A court rules on forest paths</a></div></div></article>"
    )
    assert titles(p) == ["Forester attacked in the woods", "A court rules on forest paths"]


def test_an_image_link_and_a_title_link_to_one_post_make_one_teaser() -> None:
    p = page(
        f"<article>{TEXT}<h3>Related</h3><div><a href='/2025/01/05/one/'><img src='/1.jpg'></a>"
        "<a href='/2025/01/05/one/'>The first story</a></div></article>"
    )
    assert titles(p) == ["The first story"]


def test_a_read_more_button_is_not_the_title() -> None:
    p = page(
        f"<article>{TEXT}<h3>Ähnliche Beiträge</h3><ul><li><a href='/2025/01/05/one/'>Mehr lesen...</a>"
        "<a href='/2025/01/05/one/'>Neue Regeln für Dünger</a></li>"
        "<li><a href='/2025/01/06/two/'>Mehr lesen...</a></li></ul></article>"
    )
    assert titles(p) == ["Neue Regeln für Dünger"]
