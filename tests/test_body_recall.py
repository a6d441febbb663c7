"""The generic body's recall rules: article text that sits outside the chosen element, or in
markup that reads like chrome, one hand-written page per rule.

Each page is a whole page (site header, navigation, sidebar, footer) built the way the pages the
rule was written for are built, with made-up text.
"""

from __future__ import annotations

from newsparse._context import Page
from newsparse._model import Body
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
