"""Tags versus categories: keywords and tag links of the article go to tags; sections, category
links and breadcrumbs go to categories; site navigation and sidebars never count."""

from __future__ import annotations

from _metadata_pages import generic, page_html


def ld(fields: str) -> str:
    return (
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "x", {fields}}}</script>'
    )


def test_article_tag_metas_split_when_comma_joined() -> None:
    head = (
        '<meta property="article:tag" content="Ferries, Harbour">'
        '<meta property="article:tag" content="Night &amp;amp; Day">'
    )
    ex = generic(page_html(head=head))
    assert ex.tags() == ("Ferries", "Harbour", "Night & Day")
    assert ex.provenance("tags") == "meta"


def test_jsonld_keywords_as_list_or_string() -> None:
    assert generic(page_html(head=ld('"keywords": ["Ferries", "Harbour"]'))).tags() == ("Ferries", "Harbour")
    assert generic(page_html(head=ld('"keywords": "Ferries,Harbour, Timetable"'))).tags() == (
        "Ferries",
        "Harbour",
        "Timetable",
    )


def test_sections_are_categories_not_tags() -> None:
    head = ld('"articleSection": "Transport", "keywords": "Ferries"')
    ex = generic(page_html(head=head))
    assert ex.categories() == ("Transport",)
    assert ex.tags() == ("Ferries",)
    meta = generic(page_html(head='<meta property="article:section" content="Local">'))
    assert meta.categories() == ("Local",)


def test_rel_tag_links_in_the_article_not_in_the_menu_or_sidebar() -> None:
    foot = (
        '<span class="cat-links"><a href="/category/transport/" rel="category tag">Transport</a></span>'
        '<span class="tags-links"><a href="/tag/ferries/" rel="tag">Ferries</a>, '
        '<a href="/tag/harbour/" rel="tag">Harbour</a></span>'
    )
    sidebar = '<div class="widget tagcloud"><a href="/tag/storms/" rel="tag">Storms</a></div>'
    ex = generic(page_html(article_foot=foot, sidebar=sidebar))
    # the menu's rel=tag "Weather" link and the sidebar's tag cloud are not the article's tags
    assert ex.tags() == ("Ferries", "Harbour")
    assert ex.categories() == ("Transport",)


def test_tag_list_without_rel_and_counts_stripped() -> None:
    foot = (
        '<div class="post-tags">Tags: <a href="/t/ferries">Ferries (12)</a> '
        '<a href="/t/harbour">#Harbour</a></div>'
    )
    assert generic(page_html(article_foot=foot)).tags() == ("Ferries", "Harbour")


def test_grouped_tag_page_links_count_but_a_link_in_the_prose_does_not() -> None:
    prose = page_html().replace(
        "residents, operators", 'residents, <a href="/thema/ferries/">ferry operators</a>', 1
    )
    assert generic(prose).tags() == ()
    foot = (
        '<div class="topics"><a href="/thema/ferries/">Ferries</a><a href="/thema/harbour/">Harbour</a></div>'
    )
    assert generic(page_html(article_foot=foot)).tags() == ("Ferries", "Harbour")


def test_breadcrumbs_without_home_and_the_article_itself() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": ['
        '{"@type": "ListItem", "position": 1, "name": "Home", "item": "/"},'
        '{"@type": "ListItem", "position": 2, "name": "News", "item": "/news/"},'
        '{"@type": "ListItem", "position": 3, "name": "Transport", "item": "/news/transport/"},'
        '{"@type": "ListItem", "position": 4, "name": "Harbour approves later ferries"}]}</script>'
    )
    assert generic(page_html(head=head)).categories() == ("News", "Transport")


def test_breadcrumb_markup() -> None:
    crumbs = (
        '<nav aria-label="breadcrumb" class="breadcrumbs"><a href="/">Startseite</a> › '
        '<a href="/lokales/">Lokales</a> › <a href="/lokales/hafen/">Hafen</a> › '
        "<span>Spätere Fähren</span></nav>"
    )
    html = page_html(header=crumbs)
    assert generic(html).categories() == ("Lokales", "Hafen")


def test_site_navigation_is_never_a_category() -> None:
    assert generic(page_html()).categories() == ()
    assert generic(page_html()).tags() == ()


def test_the_category_line_right_after_the_headline_is_read_whatever_its_class() -> None:
    head = (
        "<h1>Harbour approves later ferries</h1>"
        '<div class="date-comments"><p>3 May 2024</p><p><a href="/category/transport/" rel="category tag">'
        'Transport</a>, <a href="/category/council/" rel="category tag">Council</a></p></div>'
    )
    assert generic(page_html(article_head=head)).categories() == ("Transport", "Council")


def test_tag_lists_named_with_a_prefix_or_a_list_suffix() -> None:
    links = '<a href="/argomenti/ferries">ferries</a> <a href="/argomenti/harbour">harbour</a>'
    for cls in ("art_tags", "article_tags", "c-story__tags", "tags__list", "entry-keywords-wrap"):
        # a label ending in a colon is not a tag, even as a link
        foot = f'<div class="{cls}"><a href="/topics/">Related topics:</a> {links}</div>'
        assert generic(page_html(article_foot=foot)).tags() == ("ferries", "harbour"), cls
    # the site's lists of many posts' tags are not this article's
    for cls in ("popular-tags", "trending_tags", "tag-cloud", "stags"):
        foot = f'<div class="{cls}">{links}</div>'
        assert generic(page_html(article_foot=foot)).tags() == (), cls
