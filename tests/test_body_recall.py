"""The generic body's recall rules: article text that sits outside the chosen element, or in
markup that reads like chrome, one hand-written page per rule.

Each page is a whole page (site header, navigation, sidebar, footer) built the way the pages the
rule was written for are built, with made-up text.
"""

from __future__ import annotations

import json

from newsparse._context import Page
from newsparse._model import Body, ListBlock
from newsparse.generic.body import main_body

HEADLINE = "Valley towns agree on a shared bus network"
LEDE = (
    "Four councils will run one timetable from September, with a single ticket valid on every "
    "line and late buses on weekends."
)
P1 = (
    "The agreement, signed on Monday evening in the old town hall, ends ten years of separate "
    "contracts, each with its own fares, its own operator and its own idea of a timetable."
)
P2 = (
    "Under the new plan, buses will run every fifteen minutes on the valley road, while the "
    "villages on the hillside get an hourly service, a demand-led minibus and a Sunday route."
)
P3 = (
    "Operators said the first months would be used to train drivers on the new routes, and that "
    "the old paper tickets would be accepted until the end of the year."
)
P4 = (
    "Residents of the upper villages, who lost their last direct line to the hospital in the "
    "spring, said the hourly buses would make appointments possible again, though not easy."
)
P5 = (
    "The councils will meet again in December to look at passenger numbers, fares for students "
    "and pensioners, and whether the night buses should also run on Thursdays."
)


def page_html(main: str, *, title: str = HEADLINE) -> str:
    """A whole page: head, site header and navigation, ``main``, a sidebar and a footer."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Valley Courier</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Valley Courier">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head><body class="article-page">
<header class="site-header"><a class="logo" href="/">Valley Courier</a>
<nav class="main-nav"><ul><li><a href="/local">Local</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
<div class="grid">
<div class="grid-left">
{main}
</div>
<aside class="sidebar"><h3>Most read</h3>
<ul><li><a href="/a">Bridge repairs to start in the spring</a></li>
<li><a href="/b">School choir wins the regional final</a></li>
<li><a href="/c">New cycle path opens along the river</a></li></ul></aside>
</div>
<footer class="site-footer"><p>Valley Courier, all rights reserved.
<a href="/privacy">Privacy</a> <a href="/contact">Contact</a></p></footer>
</body></html>"""


def body_of(html: str) -> Body:
    return main_body(Page(html, "https://courier.example/local/bus-network"))


def texts(body: Body) -> list[str]:
    return [b.text for b in body.blocks if b.text]


def paragraphs(*texts: str) -> str:
    return "\n".join(f"<p>{t}</p>" for t in texts)


# --- the standfirst above the body ---------------------------------------------------------------------


def test_standfirst_in_the_article_header_opens_the_body() -> None:
    # the <header> of the article holds headline, standfirst and byline; headers are dropped as
    # chrome, the standfirst is not chrome
    main = f"""<article class="story">
<header class="story-header">
<p class="kicker"><a href="/local">Local</a></p>
<h1>{HEADLINE}</h1>
<p>{LEDE}</p>
<p class="byline">By Mara Lind, transport reporter</p>
<p>Published 3 March 2025, 18:40</p>
</header>
<div class="story-body">{paragraphs(P1, P2, P3)}</div>
</article>"""
    assert texts(body_of(page_html(main))) == [LEDE, P1, P2, P3]


def test_standfirst_box_beside_the_body_is_found_across_layout_wrappers() -> None:
    # a BEM "lead" box in the article's head, the text in a column of the article's main part
    main = f"""<article>
<div class="article-head">
<h1 class="article-head__title">{HEADLINE}</h1>
<div class="article-head__lead"><p>{LEDE}</p></div>
<div class="article-head__meta"><span class="author">Mara Lind</span> <time>3 March 2025</time></div>
</div>
<div class="article-main"><div class="article-main__column">
<div class="article-text">{paragraphs(P1, P2, P3)}</div>
</div>
<div class="article-main__aside"><div class="newsletter-box"><p>Get the morning briefing in your
inbox every day.</p><a href="/newsletter">Sign up</a></div></div>
</div>
</article>"""
    assert texts(body_of(page_html(main))) == [LEDE, P1, P2, P3]


def test_subtitle_of_an_hgroup_opens_the_body() -> None:
    subtitle = "One ticket, four councils and buses every fifteen minutes on the valley road"
    main = f"""<article>
<header><hgroup><h1>{HEADLINE}</h1><h2>{subtitle}</h2></hgroup>
<p class="byline">By Mara Lind</p></header>
<div class="entry">{paragraphs(P1, P2, P3)}</div>
</article>"""
    assert texts(body_of(page_html(main))) == [subtitle, P1, P2, P3]


def test_no_standfirst_without_a_headline_before_the_body() -> None:
    # an "intro" box above the article, with no headline between it and the text, is the site's
    # promotion, not the article's standfirst; the headline here comes after the text
    promo = "Our spring campaign: read every story for a month, then decide whether to subscribe."
    main = f"""<div class="campaign-intro"><p>{promo}</p></div>
<div class="story"><div class="story-text">{paragraphs(P1, P2, P3)}</div>
<h2>{HEADLINE}</h2></div>"""
    assert texts(body_of(page_html(main))) == [P1, P2, P3]


def test_byline_and_date_inside_the_standfirst_box_are_left_out() -> None:
    main = f"""<article>
<h1>{HEADLINE}</h1>
<div class="story-subline"><span class="story-author">By Mara Lind</span>
<time datetime="2025-03-03">March 3, 2025 18:40</time>
<p>{LEDE}</p></div>
<div class="story-wrap"><div class="story-body">{paragraphs(P1, P2, P3)}</div>
<div class="share-bar"><a href="/share/fb">Share</a> <a href="/share/mail">Mail</a></div></div>
</article>"""
    assert texts(body_of(page_html(main))) == [LEDE, P1, P2, P3]


# --- a small "content" box outscoring the article ------------------------------------------------------


def test_small_content_box_does_not_win_over_the_article_text() -> None:
    # a hero box named "content" starts with a class bonus a few plain paragraphs cannot beat;
    # when the winner holds almost nothing of a page full of prose, the choice is made again
    # without the class bonuses and the longer answer kept
    hero = "Read the whole story below, with maps of every new line."
    main = f"""<div class="hero"><div class="hero-content"><p>{hero}</p></div></div>
<div class="wrap"><div class="inner"><div><h1>{HEADLINE}</h1>
{paragraphs(P1, P2, P3, P4, P5)}
</div><div class="tools"><a href="/print">Print</a> <a href="/save">Save</a></div></div></div>"""
    body = texts(body_of(page_html(main)))
    assert body[-5:] == [P1, P2, P3, P4, P5]


# --- several <article> sections, several text boxes ----------------------------------------------------


def test_article_sections_without_links_out_are_not_teasers() -> None:
    # CMSs wrap each content element of a page in an <article>: sections of this page. Teasers of
    # other stories link to them (headline, thumbnail) and are still left out
    sections = f"""<article class="content-element"><h2>The agreement</h2><p>{P1}</p></article>
<article class="content-element"><h2>The new timetable</h2>
{paragraphs(P2, P4, P5)}
<figure><a class="lightbox" href="/media/map-large.jpg"><img src="/media/map.jpg" alt="Map"></a></figure>
</article>
<article class="content-element"><h2>Tickets</h2><p>{P3} Fares are listed on the
<a href="/fares">councils' fare page</a> until the new ticket is sold.</p></article>"""
    teasers = "".join(
        f'<article class="card"><a href="/local/story-{i}"><img src="/t{i}.jpg" alt=""></a>'
        f'<h3><a href="/local/story-{i}">Another valley story, number {i}</a></h3>'
        f"<p>A short summary of another story the site shows under this one.</p></article>"
        for i in range(2)
    )
    main = f"""<div class="page-content"><h1>{HEADLINE}</h1>
{sections}
<div class="more">{teasers}</div></div>"""
    body = texts(body_of(page_html(main)))
    assert P1 in body and P3 in body[-1] and P2 in body
    assert not any("Another valley story" in t or "short summary" in t for t in body)


def test_story_text_split_across_layout_rows_is_read_whole() -> None:
    # the first box of the story's text sits in the page's top row, beside an advertisement;
    # the rest in the main row: two boxes of one class that says "text", in different branches
    main = f"""<div class="story-page">
<div class="story-row story-row--top"><div class="story-column">
<h1>{HEADLINE}</h1>
<div class="story-column__inner"><div class="story-text">{paragraphs(P1)}</div></div>
</div><div class="story-column story-column--aside"><div class="ad-slot">Advertisement</div></div></div>
<div class="story-row"><div class="story-column">
<div class="story-text">{paragraphs(P2, P3, P4, P5)}</div>
</div><div class="story-column story-column--aside sidebar"><p>Most shared this week</p></div></div>
</div>"""
    assert texts(body_of(page_html(main))) == [P1, P2, P3, P4, P5]


def test_text_boxes_of_a_layout_class_are_not_joined() -> None:
    # "row" repeats all over a page: a box of that class elsewhere is not more of the story
    other = "Community notices: the library opens late on Thursdays through the winter months."
    main = f"""<div class="row"><h1>{HEADLINE}</h1>{paragraphs(P1, P2, P3)}</div>
<div class="wrap"><div class="row">{paragraphs(other)}</div></div>"""
    body = texts(body_of(page_html(main)))
    assert other not in body


# --- a box named "teaser" that is the article's own text -----------------------------------------------


def test_teaser_text_box_without_links_is_article_text() -> None:
    # CMSs name the standfirst inside the article "teaser-text"; a teaser of another story links
    # to it (and usually shows its picture)
    main = f"""<article class="news-single">
<h1>{HEADLINE}</h1>
<div class="news-text">
<div class="teaser-text"><p>{LEDE}</p></div>
{paragraphs(P1, P2, P3)}
<div class="article-teaser"><a href="/local/timetable"><img src="/t.jpg" alt=""></a>
<p><a href="/local/timetable">All the new timetables</a></p></div>
</div></article>"""
    body = texts(body_of(page_html(main)))
    assert body == [LEDE, P1, P2, P3]


# --- second round: markup that hid text from the walk -------------------------------------------------


def ld_page(main: str, ld: dict[str, object]) -> str:
    """``page_html`` with a JSON-LD block in the head."""
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    return page_html(main).replace("</head>", f"{script}\n</head>", 1)


def test_split_article_widening_stops_below_a_link_heavy_wrapper() -> None:
    # the post's own wrappers score close to it, and one short "text" box beside it makes a third
    # strong candidate: the split-article rule took their common ancestor, a row holding the
    # widget column's long link lists, whose walk drops everything as link lists
    links = "".join(
        f'<li><a href="/category/topic-{i}">Local services and businesses, part {i}</a></li>'
        for i in range(14)
    )
    main = f"""<div class="page-body"><div class="container"><div class="row">
<div class="main-inner col-md-8"><article class="post">
<h1>{HEADLINE}</h1>
<div class="entry-content">{paragraphs(P1, P2)}</div>
</article></div>
<div class="col-md-4"><div class="box-text"><p>Rated four out of five stars</p></div>
<ul class="cat-list">{links}</ul></div>
</div></div></div>"""
    assert texts(body_of(page_html(main))) == [P1, P2]


def test_ruby_readings_are_not_read_as_text() -> None:
    # furigana: the reading printed above a word; read inline it splits the word from its reading
    annotated = (
        "The line will also stop at <ruby>東<rt>ひがし</rt>町<rt>まち</rt></ruby> station, where the "
        "<ruby>市場<rp>(</rp><rt>いちば</rt><rp>)</rp></ruby> opens on Saturday mornings for farmers."
    )
    main = f"""<article><h1>{HEADLINE}</h1>
<div class="story-body">{paragraphs(P1, P2)}<p>{annotated}</p>{paragraphs(P3)}</div></article>"""
    body = texts(body_of(page_html(main)))
    assert body[2] == (
        "The line will also stop at 東町 station, where the 市場 opens on Saturday mornings for farmers."
    )


def test_standfirst_box_with_a_label_modifier_stays() -> None:
    # CMS fields carry a class word about their label ("field-label-hidden"): the weak word is not
    # the box's name, the other class word says it is the intro
    main = f"""<article class="node node-article"><h1>{HEADLINE}</h1>
<div class="node-content">
<div class="field field-name-field-intro field-label-hidden"><p>{LEDE}</p></div>
{paragraphs(P1, P2, P3)}
</div></article>"""
    assert texts(body_of(page_html(main))) == [LEDE, P1, P2, P3]


def test_headline_named_by_microdata_bounds_the_standfirst() -> None:
    # no <h1>: the headline is a styled <div> with itemprop="headline"; the paragraph under it, in
    # the article's <header> (dropped with the page's headers), is the standfirst
    main = f"""<article class="post-full" itemscope itemtype="https://schema.org/NewsArticle">
<header class="post-head"><div class="post-head__title" itemprop="headline">{HEADLINE}</div>
<p>{LEDE}</p>
<div class="post-author">Mara Lind</div></header>
<div class="post-body" itemprop="articleBody">{paragraphs(P1, P2, P3)}</div></article>"""
    assert texts(body_of(page_html(main))) == [LEDE, P1, P2, P3]


def test_standfirst_named_by_microdata_opens_the_body() -> None:
    main = f"""<article><h1>{HEADLINE}</h1>
<p class="byline">By Mara Lind</p>
<div class="big bold" itemprop="description"><p>{LEDE}</p></div>
<div class="story-wrap"><div class="story-body">{paragraphs(P1, P2, P3)}</div></div></article>"""
    assert texts(body_of(page_html(main))) == [LEDE, P1, P2, P3]


def test_sentence_in_a_heading_under_the_headline_is_the_subtitle() -> None:
    subtitle = "Four councils sign one timetable, one ticket and a night bus for the valley"
    main = f"""<article><h1>{HEADLINE}</h1>
<h2>{subtitle}</h2>
<p class="byline">By Mara Lind</p>
<div class="story-wrap"><div class="story-body">{paragraphs(P1, P2, P3)}</div></div></article>"""
    assert texts(body_of(page_html(main))) == [subtitle, P1, P2, P3]


def test_key_points_under_the_headline_open_the_body() -> None:
    points = [
        "One timetable and one ticket for the four valley councils",
        "Buses every fifteen minutes on the valley road from September",
    ]
    topics = "<ul><li>Transport</li><li>Councils</li><li>Valley</li></ul>"
    main = f"""<article><header class="story-header"><h1>{HEADLINE}</h1>
<ul>{"".join(f"<li>{p}</li>" for p in points)}</ul>
<p class="byline">By Mara Lind</p></header>
<div class="story-body">{paragraphs(P1, P2, P3)}</div>
<footer class="story-footer">{topics}</footer></article>"""
    body = body_of(page_html(main))
    assert texts(body) == ["\n".join(points), P1, P2, P3]
    assert isinstance(body.blocks[0], ListBlock)


def test_key_points_list_of_single_words_is_not_a_standfirst() -> None:
    main = f"""<article><header class="story-header"><h1>{HEADLINE}</h1>
<ul><li>Transport</li><li>Councils</li><li>Valley</li></ul></header>
<div class="story-body">{paragraphs(P1, P2, P3)}</div></article>"""
    assert texts(body_of(page_html(main))) == [P1, P2, P3]


def test_header_holding_only_a_heading_titles_its_section() -> None:
    # an accordion of questions, each item's question in a <header> of its own
    items = "".join(
        f'<section class="faq-item"><header class="faq-item__head"><h3>{q}</h3></header>'
        f'<div class="faq-item__body"><p>{a}</p></div></section>'
        for q, a in (("Which lines change first?", P2), ("What happens to old tickets?", P3))
    )
    main = f"""<article><h1>{HEADLINE}</h1>
<div class="story-body">{paragraphs(P1)}<div class="faq">{items}</div>{paragraphs(P4)}</div></article>"""
    assert texts(body_of(page_html(main))) == [
        P1,
        "Which lines change first?",
        P2,
        "What happens to old tickets?",
        P3,
        P4,
    ]


def test_article_sections_of_a_page_builder_are_read_whole() -> None:
    # a page builder prints the text as a row of full-width sections named for text, each with
    # its heading and paragraphs inside layout wrappers; the longest section's column wins
    more = [
        f"Line {n}, which runs from the station to the {place}, gets new buses, new stops and, "
        f"from the spring, a later last departure on Fridays, Saturdays and holidays."
        for n, place in ((4, "hospital"), (5, "upper villages"), (6, "lake"), (7, "industrial park"))
    ]

    def section(heading: str, *texts: str) -> str:
        return f"""<div class="band band-with-text"><div class="container">
<div class="row"><div class="col-md-12 band-label">Bus network</div></div><div class="row">
<div class="col-md-8"><h2>{heading}</h2>{paragraphs(*texts)}</div></div></div></div>"""

    main = f"""<div class="band band-title"><div class="container"><h1>{HEADLINE}</h1></div></div>
{section("The agreement", P1)}
{section("The new timetable", P2, P3, P4, *more)}
<div class="band band-table"><div class="container"><table><tr><th>Line</th><th>Every</th></tr>
<tr><td>Valley road</td><td>15 min</td></tr></table></div></div>
{section("What comes next", P5)}"""
    body = texts(body_of(page_html(main)))
    assert [t for t in body if t in (P1, P2, P5)] == [P1, P2, P5]
    assert body.index(P5) == len(body) - 1


def test_listicle_entries_linking_to_other_sites_are_read() -> None:
    # each entry of the list is an <article> with a paragraph of its own and a "more info" button
    # to the place's own site: an item of this page, not a teaser of another story
    entries = "".join(
        f"""<article class="entry-card" id="tip-{i}"><h3>{name}</h3>
<div class="entry-card__text"><p>{text} {P4} {P5}</p></div>
<div class="button-wrap"><a class="button" href="https://{name.lower().replace(" ", "")}.example/">
More info</a></div></article>"""
        for i, (name, text) in enumerate((("Lake Baths", P1), ("Hill Farm Cafe", P2), ("Old Mill", P3)))
    )
    main = f"""<article class="listicle"><h1>{HEADLINE}</h1>
<p>Three places to visit along the new bus lines this autumn, chosen by our readers, with the
stop to get off at and what to bring along for a day out in the valley.</p>
<p>The first bus leaves the station at seven; the last one back leaves the lake at nine.</p>
<div class="entries">{entries}</div></article>"""
    body = texts(body_of(page_html(main)))
    assert [t for t in body if t.startswith((P1, P2, P3))] == [f"{t} {P4} {P5}" for t in (P1, P2, P3)]


def test_long_excerpts_of_this_sites_stories_stay_teasers() -> None:
    # the same cards linking to stories of this site are teasers, however long their excerpts
    teasers = "".join(
        f"""<article class="entry-card"><h3>Another story, number {i}</h3>
<div class="entry-card__text"><p>{P4} {P5}</p></div>
<a class="button" href="https://courier.example/local/story-{i}">Read more</a></article>"""
        for i in range(3)
    )
    main = f"""<article class="story"><h1>{HEADLINE}</h1>
<div class="story-body">{paragraphs(P1, P2, P3)}</div>
<div class="more-stories">{teasers}</div></article>"""
    assert texts(body_of(page_html(main))) == [P1, P2, P3]


def test_a_post_that_is_a_list_of_links_keeps_its_links() -> None:
    # a "link roll": the post's text is links with a short note each, which the walk drops as
    # link lists; when that leaves nothing of the chosen element, it is read with them
    items = "".join(
        f'<li><p><a href="https://news{i}.example/story">Regional transport news item number {i} of the week'
        f'</a></p><p class="note">via News {i}</p></li>'
        for i in range(20)
    )
    main = f"""<article class="post"><h1>{HEADLINE}</h1>
<div class="entry-content"><ul class="linkroll">{items}</ul><p>Saved from my bookmarks.</p></div></article>"""
    body = body_of(page_html(main))
    assert "Regional transport news item number 0 of the week" in body.text
    assert "Regional transport news item number 19 of the week" in body.text


def test_article_text_only_in_json_ld_is_the_body() -> None:
    # a page whose text a script prints: the JSON-LD articleBody holds it, the page only a line
    article_body = "\n\n".join((P1, P2, P3, P4, P5))
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "articleBody": article_body,
    }
    main = f"""<div id="app"><h1>{HEADLINE}</h1><div class="story-body"><p>Loading the story for
you, one moment please, it will be here in a second.</p></div></div>"""
    assert texts(body_of(ld_page(main, ld))) == [P1, P2, P3, P4, P5]


def test_json_ld_article_body_on_the_page_is_not_used_instead() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "articleBody": "\n\n".join((P1, P2, P3)),
    }
    main = f"""<article><h1>{HEADLINE}</h1><div class="story-body">{paragraphs(P1, P2, P3)}
<p>Correction: an earlier version of this story gave the wrong start date.</p></div></article>"""
    body = texts(body_of(ld_page(main, ld)))
    assert body[-1].startswith("Correction:")
