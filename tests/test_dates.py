"""The date ladder: ISO parsing, fast visible-date regexes, the URL, dateparser only as the last
rung; published versus modified; offsets kept; relative dates only against the fetch time."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone

import pytest

from _metadata_pages import generic, page_html
from newsparse._dates import date_from_url, find_text_date, parse_date, parse_iso, parse_structured

# --- parsing ---------------------------------------------------------------------------------------


def test_parse_iso_keeps_the_offset() -> None:
    value = parse_iso("2024-05-03T18:19:08+02:00")
    assert value == datetime(2024, 5, 3, 18, 19, 8, tzinfo=timezone(timedelta(hours=2)))
    assert parse_iso("2024-05-03T18:19:08Z") == datetime(2024, 5, 3, 18, 19, 8, tzinfo=UTC)
    assert parse_iso("2024-05-03 18:19") == datetime(2024, 5, 3, 18, 19)
    assert parse_iso("20240503") == datetime(2024, 5, 3)


def test_parse_iso_tolerates_one_digit_seconds_and_keeps_the_zone() -> None:
    assert parse_iso("2020-12-05T23:15:0Z") == datetime(2020, 12, 5, 23, 15, tzinfo=UTC)


def test_parse_structured_reads_rfc_2822_as_feeds_write_it() -> None:
    assert parse_structured("Sun, 11 Oct 2020 07:34:36 GMT") == datetime(2020, 10, 11, 7, 34, 36, tzinfo=UTC)
    value = parse_structured("Tue, Sep 15 2020 10:01:41 EDT")
    assert value == datetime(2020, 9, 15, 10, 1, 41, tzinfo=timezone(timedelta(hours=-4)))
    assert parse_structured("2024-05-03") == datetime(2024, 5, 3)
    # written dates are for the visible rungs, not for machine-readable fields
    assert parse_structured("10/05/2022 05:22 pm") is None


@pytest.mark.parametrize("raw", ["", "yesterday", "3. Mai 2024", "1850-01-01", "2999-01-01", None, 20240503])
def test_parse_iso_rejects_what_is_not_a_plausible_iso_date(raw: object) -> None:
    assert parse_iso(raw) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Veröffentlicht am 3. Mai 2024, 18:19 Uhr", "de", (2024, 5, 3)),
        ("Posted on May 3rd, 2024 by Jane Doe", "en", (2024, 5, 3)),
        ("Sept. 3, 2024", "en-US", (2024, 9, 3)),
        ("le 07 mai 2020", "fr", (2020, 5, 7)),
        ("3 de mayo de 2024", "es", (2024, 5, 3)),
        ("15 августа 2016, 13:43", "ru", (2016, 8, 15)),
        ("2019年6月24日", "ja", (2019, 6, 24)),
        ("Stand: 2024-05-03", "de", (2024, 5, 3)),
        # numeric: day first, unless the page is in US English or the values forbid it
        ("05/03/2024", "de", (2024, 3, 5)),
        ("05/03/2024", "en-US", (2024, 5, 3)),
        ("13/10/2020", "en-US", (2020, 10, 13)),
        ("10/13/2020", "de", (2020, 10, 13)),
        ("03.05.2024", "en", (2024, 5, 3)),
    ],
)
def test_find_text_date(text: str, language: str, expected: tuple[int, int, int]) -> None:
    assert find_text_date(text, language) == datetime(*expected)


@pytest.mark.parametrize(
    "text", ["Lesen Sie auch: Kommentar zur Wahl", "Seite 3 von 12", "March 2024", "31.02.2024"]
)
def test_find_text_date_finds_nothing_in_non_dates(text: str) -> None:
    assert find_text_date(text, "de") is None


def test_date_from_url() -> None:
    assert date_from_url("https://example.com/2024/05/03/later-ferries/") == datetime(2024, 5, 3)
    assert date_from_url("https://example.com/news/20240503-later-ferries") == datetime(2024, 5, 3)
    assert date_from_url("https://example.com/news/later-ferries-123456") is None


def test_relative_dates_only_against_the_fetch_time() -> None:
    fetched = datetime(2024, 5, 3, 12, 0)
    assert parse_date("vor 2 Stunden", language="de", base=fetched) == datetime(2024, 5, 3, 10, 0)
    # no fetch time: not resolved at all, never against today
    assert parse_date("vor 2 Stunden", language="de") is None


def test_structured_dates_do_not_import_dateparser() -> None:
    code = (
        "import sys, newsparse\n"
        "from newsparse.generic import GenericExtractor\n"
        "from newsparse._context import Page\n"
        'html = \'<html><head><meta property="article:published_time" content="2024-05-03T10:00:00Z">\''
        " '</head><body><p class=\"date\">3. Mai 2024</p></body></html>'\n"
        "g = GenericExtractor(Page(html, url='https://example.com/a'))\n"
        "assert g.published() is not None\n"
        "assert 'dateparser' not in sys.modules, 'dateparser imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- the ladder on pages ----------------------------------------------------------------------


LD = '<script type="application/ld+json">{{"@type": "NewsArticle", {}}}</script>'


def test_jsonld_beats_metas_and_visible_dates() -> None:
    head = LD.format('"datePublished": "2024-05-03T08:00:00+02:00"') + (
        '<meta property="article:published_time" content="2024-05-01T08:00:00+02:00">'
    )
    ex = generic(page_html(head=head, article_head='<h1>T</h1><span class="entry-date">1. April 2024</span>'))
    assert ex.published() == datetime(2024, 5, 3, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    assert ex.provenance("published") == "jsonld"


def test_meta_published_time() -> None:
    ex = generic(
        page_html(head='<meta property="article:published_time" content="2024-05-03T08:00:00+02:00">')
    )
    assert ex.published() == datetime(2024, 5, 3, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    assert ex.provenance("published") == "meta"


def test_a_bare_date_meta_yields_to_the_printed_date() -> None:
    head = '<meta name="date" content="2024-06-01T08:00:00">'
    printed = page_html(
        head=head, article_head='<h1>T</h1><span class="entry-date">3. Mai 2024</span>', lang="de"
    )
    assert generic(printed).published() == datetime(2024, 5, 3)
    only_meta = generic(page_html(head=head))
    assert only_meta.published() == datetime(2024, 6, 1, 8, 0)
    assert only_meta.provenance("published") == "meta"


def test_time_element_in_the_article_not_the_sidebar() -> None:
    sidebar = '<time datetime="2019-01-02T10:00:00+01:00">2 January 2019</time>'
    article_head = (
        '<h1>T</h1><time class="entry-date published" datetime="2024-05-03T08:00:00+02:00">3 May</time>'
    )
    html = page_html(article_head=article_head, sidebar=sidebar).replace("<aside", "<aside", 1)
    # the sidebar comes after the article here; put it first to be sure order is not what decides
    html = html.replace('<div class="site-content">', f'<div class="site-content"><aside>{sidebar}</aside>')
    assert generic(html).published() == datetime(2024, 5, 3, 8, 0, tzinfo=timezone(timedelta(hours=2)))


def test_url_date_before_visible_text() -> None:
    html = page_html(article_head='<h1>T</h1><span class="entry-date">1. April 2024</span>')
    ex = generic(html, url="https://coastcourier.example/2024/05/03/later-ferries/")
    assert ex.published() == datetime(2024, 5, 3)
    assert ex.provenance("published") == "url"


def test_visible_date_in_a_date_element() -> None:
    html = page_html(
        article_head='<h1>T</h1><div class="post-meta"><span>Veröffentlicht am 3. Mai 2024</span></div>',
        lang="de",
    )
    assert generic(html).published() == datetime(2024, 5, 3)


def test_visible_date_under_the_headline_without_a_date_class() -> None:
    html = page_html(article_head="<h1>T</h1><p>Hamburg, 03.05.2024</p>", lang="de")
    assert generic(html).published() == datetime(2024, 5, 3)


def test_sidebar_and_comment_dates_are_not_the_article_date() -> None:
    comments = '<div class="comment"><span class="comment-date">4. Mai 2024</span></div>'
    html = page_html(comments=comments, lang="de")
    assert generic(html).published() is None


def test_modified_never_fills_or_overwrites_published() -> None:
    head = LD.format('"datePublished": "2024-05-03T08:00:00Z", "dateModified": "2024-06-01T08:00:00Z"')
    ex = generic(page_html(head=head))
    assert ex.published() == datetime(2024, 5, 3, 8, 0, tzinfo=UTC)
    assert ex.modified() == datetime(2024, 6, 1, 8, 0, tzinfo=UTC)
    only_modified = generic(
        page_html(head='<meta property="article:modified_time" content="2024-06-01T08:00:00Z">')
    )
    assert only_modified.published() is None
    assert only_modified.modified() == datetime(2024, 6, 1, 8, 0, tzinfo=UTC)


def test_an_updated_stamp_is_not_the_published_date() -> None:
    html = page_html(
        article_head='<h1>T</h1><span class="updated">Aktualisiert: 4. Mai 2024</span>', lang="de"
    )
    assert generic(html).published() is None


def test_a_last_changed_line_under_the_headline_is_not_the_published_date() -> None:
    article_head = "<h1>T</h1><p>Letzte Änderung: 31.10.2023</p><p>Erschienen am: 01.11.2023</p>"
    assert generic(page_html(article_head=article_head, lang="de")).published() == datetime(2023, 11, 1)


def test_utc_metadata_shown_in_the_local_time_the_page_prints() -> None:
    # the metadata says 23:00 UTC on the 2nd; the page prints 00:00 on the 3rd: same instant
    head = '<meta property="article:published_time" content="2024-05-02T23:00:00Z">'
    article_head = '<h1>T</h1><time datetime="2024-05-03T01:00:00">3 May 2024, 01:00</time>'
    value = generic(page_html(head=head, article_head=article_head)).published()
    assert value is not None
    assert value.date().isoformat() == "2024-05-03"
    assert value.utcoffset() == timedelta(hours=2)
    assert value == datetime(2024, 5, 2, 23, 0, tzinfo=UTC)


def test_utc_metadata_stays_utc_without_a_local_clue() -> None:
    head = '<meta property="article:published_time" content="2024-05-02T23:00:00Z">'
    value = generic(page_html(head=head)).published()
    assert value == datetime(2024, 5, 2, 23, 0, tzinfo=UTC)
    assert value is not None and value.utcoffset() == timedelta(0)


def test_relative_visible_date_uses_the_fetch_time() -> None:
    html = page_html(article_head='<h1>T</h1><span class="date">vor 3 Stunden</span>', lang="de")
    assert generic(html, fetched=datetime(2024, 5, 3, 12, 0)).published() == datetime(2024, 5, 3, 9, 0)
    assert generic(html).published() is None


# --- disagreeing machine-readable dates ------------------------------------------------------------


def test_disagreeing_structured_dates_resolved_by_the_printed_date() -> None:
    # JSON-LD says the 4th, the published meta the 6th; the page prints the 6th under the headline
    head = LD.format('"datePublished": "2022-01-04T07:29:00Z"') + (
        '<meta property="article:published_time" content="2022-01-06T08:29:34">'
    )
    article_head = '<h1>T</h1><div class="article-info">06.01.2022</div>'
    ex = generic(page_html(head=head, article_head=article_head, lang="de"))
    assert ex.published() == datetime(2022, 1, 6, 8, 29, 34)
    assert ex.provenance("published") == "meta"


def test_agreeing_structured_dates_are_not_second_guessed_by_text() -> None:
    # one machine date: a different printed date (here a past event) does not replace it
    head = '<meta property="article:published_time" content="2022-01-04T07:29:00+01:00">'
    article_head = '<h1>T</h1><div class="article-info">06.01.2022</div>'
    ex = generic(page_html(head=head, article_head=article_head, lang="de"))
    assert ex.published() == datetime(2022, 1, 4, 7, 29, tzinfo=timezone(timedelta(hours=1)))


def test_a_datetime_attribute_is_no_witness_for_itself() -> None:
    # the <time> element is one of the disagreeing candidates: only its printed text may confirm
    # it, and here it prints only a clock time
    head = '<meta property="article:published_time" content="2020-05-16T09:00:40-04:00">'
    article_head = '<h1>T</h1><time class="date" datetime="2020-10-19T11:00:03Z">7:00 a.m.</time>'
    ex = generic(page_html(head=head, article_head=article_head))
    assert ex.published() == datetime(2020, 5, 16, 9, 0, 40, tzinfo=timezone(timedelta(hours=-4)))


def test_microdata_teasers_do_not_add_candidates() -> None:
    # teasers repeat itemprop=datePublished metas; only the first of a name is a candidate
    head = '<meta itemprop="datePublished" content="2021-11-19">'
    teasers = "".join(
        f'<div class="teaser"><meta itemprop="datePublished" content="2021-11-{d}">'
        f'<span class="date">{d}. November 2021</span></div>'
        for d in (16, 12)
    )
    ex = generic(page_html(head=head, article_foot=teasers, lang="de"))
    assert ex.published() == datetime(2021, 11, 19)


def test_a_date_inside_a_quoted_embed_is_not_the_article_date() -> None:
    embed = (
        '<blockquote class="instagram-media"><p>A post shared by someone</p>'
        '<p class="date">Apr 21, 2019 at 4:47 PDT</p></blockquote>'
    )
    ex = generic(page_html(article_head=f"<h1>T</h1>{embed}<p class='date'>May 3, 2024</p>"))
    assert ex.published() == datetime(2024, 5, 3)


def test_a_web_archive_capture_time_is_not_a_url_date() -> None:
    capture = "https://web.archive.org/web/20131110121040/http://blog.example/why-grades/"
    assert date_from_url(capture) is None
    archived = "https://web.archive.org/web/20120216182711im_/http://news.example/2012/02/14/verdict/"
    assert date_from_url(archived) == datetime(2012, 2, 14)
    assert date_from_url("https://news.example/20120216182711/") is None


def test_a_short_date_line_beats_a_caption_that_mentions_a_date() -> None:
    caption = (
        '<div class="photo-credit">FILE PHOTO: The mayor speaks at the harbour office, '
        "in Portside, January 16, 2020. REUTERS/Someone</div>"
    )
    article_head = (
        f'<h1 class="entry-title">T</h1><div class="article-meta">{caption}<p>January 18, 2020</p></div>'
    )
    html = page_html(article_head=article_head)
    assert generic(html).published() == datetime(2020, 1, 18)


def test_arabic_month_names_both_calendars_of_names() -> None:
    assert find_text_date("تم نشره الجمعة 24 نيسان / أبريل 2020 09:30") == datetime(2020, 4, 24)
    assert find_text_date("3 مايو 2021") == datetime(2021, 5, 3)
    assert find_text_date("15 تشرين الأول 2019") == datetime(2019, 10, 15)


def test_a_date_line_right_under_the_headline_beats_dated_teasers_below() -> None:
    teasers = "".join(
        f'<li class="item"><span class="date">Nr. {n} vom 0{d}. November 2021</span></li>'
        for n, d in ((34, 8), (32, 5))
    )
    article_head = f'<h1>T</h1><p><em>10.11.2021</em></p><ul class="press-list">{teasers}</ul>'
    html = page_html(article_head=article_head, lang="de")
    assert generic(html).published() == datetime(2021, 11, 10)


def test_a_sentence_under_the_headline_is_not_a_date_line() -> None:
    article_head = (
        "<h1>T</h1><p>The council first discussed the ferry timetable on 1 March 2021, "
        'and again last week.</p><span class="entry-date">3 May 2024</span>'
    )
    assert generic(page_html(article_head=article_head, lang="en-GB")).published() == datetime(2024, 5, 3)


def test_the_articles_own_sidebar_column_is_read_the_sites_is_not() -> None:
    own = (
        '<h1>T</h1><div class="story__sidebar"><ul class="credits"><li><p class="title">Mise en ligne</p>'
        '<p class="content">23 mai 2019</p></li></ul></div>'
    )
    assert generic(page_html(article_head=own, lang="fr")).published() == datetime(2019, 5, 23)
    site = page_html(lang="fr").replace(
        '<div class="site-content">',
        '<div class="site-content"><div class="sidebar-left"><p class="content">24 mai 2019</p></div>',
    )
    assert generic(site).published() is None


def test_the_site_headers_today_is_not_the_article_date() -> None:
    today = (
        '<div class="topline"><span class="mod_datetime"><time>Mittwoch, 01. November 2023</time>'
        "</span></div>"
    )
    article_head = '<h2>T</h2><p><span class="text_datum">31. Oktober 2023.</span> Ein Text.</p>'
    html = page_html(article_head=article_head, header=today, lang="de").replace(
        '<header class="site-header" id="masthead">', "<header>"
    )
    assert generic(html).published() == datetime(2023, 10, 31)


def test_a_header_holding_the_headline_is_read() -> None:
    html = page_html(article_head="<p>Ein Text.</p>", lang="de").replace(
        '<div class="site-content">',
        '<header class="story-top"><h1>T</h1><p class="date">31. Oktober 2023</p></header>'
        '<div class="site-content">',
    )
    assert generic(html).published() == datetime(2023, 10, 31)


def test_an_aside_inside_the_article_is_its_own_meta_column() -> None:
    head = '<meta name="date" content="2022-01-26T14:32:06+02:00">'
    column = (
        '<aside class="meta"><div class="meta__row"><p class="meta__content">'
        '<time datetime="2022-01-21">21.01.2022</time></p></div></aside>'
    )
    ex = generic(page_html(head=head, article_head=f"<h1>T</h1>{column}", lang="de"))
    assert ex.published() == datetime(2022, 1, 21)
    # the same markup in an aside of the page, outside the article, is the site's
    site = page_html(head=head, lang="de").replace(
        '<div class="site-content">', f'<div class="site-content">{column}'
    )
    assert generic(site).published() == datetime(2022, 1, 26, 14, 32, 6, tzinfo=timezone(timedelta(hours=2)))


def test_a_two_digit_year_with_dots_is_read_a_version_number_is_not() -> None:
    assert find_text_date("Von: Redaktion | 31.10.23") == datetime(2023, 10, 31)
    assert find_text_date("am 5.1.21 um 10 Uhr") == datetime(2021, 1, 5)
    assert find_text_date("Version 1.2.10 ist da") is None
    assert find_text_date("v1.2.10") is None
    assert find_text_date("10.1.2.3") is None
    # a full four-digit year is still preferred
    assert find_text_date("31.10.23 / 1.11.2023") == datetime(2023, 11, 1)


def test_a_date_classed_element_far_down_the_page_is_not_the_article_stamp() -> None:
    head = '<meta name="date" content="2020-02-11">'
    paragraphs = "".join(f"<p>Absatz {n} über die Weinregion.</p>" for n in range(210))
    events = (
        '<div class="col-md-3"><ul><li><span class="datum">29.02.2020 18:00 Uhr</span> Weinprobe</li>'
        "</ul></div>"
    )
    html = page_html(head=head, article_head=f"<h1>T</h1>{paragraphs}", lang="de").replace(
        "</main>", f"</main>{events}"
    )
    assert generic(html).published() == datetime(2020, 2, 11)


def test_a_web_archive_toolbar_date_is_not_the_article_date() -> None:
    toolbar = (
        '<div id="wm-ipp-base"><div id="wm-ipp"><div id="wm-capinfo"><a href="#">1 capture</a>'
        "<div>10 Nov 2013</div></div></div></div>"
    )
    html = page_html(article_head="<h1>T</h1>", lang="de").replace(
        '<body class="single post-template-default">', f'<body class="single">{toolbar}'
    )
    url = "https://web.archive.org/web/20131110121040/http://coastcourier.example/news/later-ferries/"
    assert generic(html, url=url).published() is None


def test_a_calendar_badge_with_one_part_per_element_is_read() -> None:
    badge = (
        '<div class="date"><span class="month">Apr</span> <span class="day">04</span>'
        '<span class="year">2013</span></div>'
    )
    html = page_html(article_head=f"<h1>T</h1>{badge}", lang="de")
    assert generic(html).published() == datetime(2013, 4, 4)


_NOTICE = (
    '<div id="browser-notice"><h1>Dear readers, your browser is out of date</h1>'
    "<p>Please switch to a current browser.</p></div>"
)


def test_the_headline_in_a_teaser_classed_figure_is_the_articles_header() -> None:
    top = (
        '<figure class="teaser"><img src="/lead.jpg" alt=""><figcaption>Photo: Ann Example</figcaption>'
        '<div class="info"><span class="date">02.02.2022</span> <span class="category">Region</span></div>'
        "<h1>Harbour approves later ferries</h1></figure>"
    )
    html = page_html(article_head=top, lang="de").replace(
        '<body class="single post-template-default">', f'<body class="single">{_NOTICE}'
    )
    assert generic(html).published() == datetime(2022, 2, 2)


def test_a_figcaption_holding_the_headline_is_not_a_photo_caption() -> None:
    hero = (
        '<header><div class="lead"><figure><img src="/lead.jpg" alt=""><figcaption>'
        "<small>31.01.2022 Region</small><h1>Harbour approves later ferries</h1>"
        "<p>The council agreed after months of talks.</p></figcaption></figure></div></header>"
    )
    html = page_html(article_head="", lang="de").replace(
        '<div class="site-content">', f'{hero}<div class="site-content">'
    )
    assert generic(html).published() == datetime(2022, 1, 31)
    # a real photo caption still dates the photo, not the article
    caption = '<figure><img src="/a.jpg" alt=""><figcaption>Aufnahme vom 31.01.2022</figcaption></figure>'
    photo = page_html(article_head=f"<h1>T</h1>{caption}", lang="de")
    assert generic(photo).published() is None


def test_a_date_line_right_above_the_headline_beats_the_sites_today_and_the_body() -> None:
    today = '<div class="topbar"><span>Donnerstag, 16. Februar 2012</span></div>'
    head = (
        '<div class="kicker"><span>14. Februar 2012</span> <span class="category">Politik</span></div>'
        "<h1>T</h1><p>Das Gericht hatte den Antrag am 3. Januar 2012 schon einmal verhandelt und die "
        "Entscheidung damals vertagt.</p>"
    )
    html = page_html(article_head=head, lang="de").replace(
        '<body class="single post-template-default">', f'<body class="single">{today}'
    )
    assert generic(html).published() == datetime(2012, 2, 14)


def test_a_nav_classed_meta_list_right_after_the_headline_is_read() -> None:
    head = (
        '<div class="post-info"><div class="title"><h1>T</h1></div><ul class="nav meta">'
        '<li><a href="/time/2020-10-13" title="13 Oct 2020 18:29">13 Oct 2020 18:29</a></li>'
        "<li><span>1479</span></li></ul></div>"
    )
    assert generic(page_html(article_head=head)).published() == datetime(2020, 10, 13)
    # the same list elsewhere in the article is still navigation
    elsewhere = (
        '<div class="post-info"><div class="title"><h1>T</h1></div><p>A standfirst.</p>'
        '<ul class="nav meta"><li><a href="/time/2020-10-13">13 Oct 2020 18:29</a></li></ul></div>'
    )
    assert generic(page_html(article_head=elsewhere)).published() is None


def test_a_sidebar_right_after_the_column_holding_the_headline_is_still_skipped() -> None:
    page = """<!DOCTYPE html><html lang="en"><head><title>Harbour approves later ferries</title></head>
<body><div class="layout"><div id="primary"><div class="post"><h1>Harbour approves later ferries</h1>
<p>The harbour authority approved the new ferry timetable after months of talks.</p></div></div>
<div class="sidebar"><h3>Recent</h3><ul><li><a href="/other/">Other story</a>
<span class="post-date">2 January 2019</span></li></ul></div></div></body></html>"""
    assert generic(page).published() is None


def test_a_date_a_script_prints_in_place_is_read() -> None:
    # older forum and blog CMSs print the date line with a one-call script
    meta = (
        '<h1>T</h1><table><tr><td class="main-text"><script>showDate("2020/04/17 01:43:09")</script>'
        " Views <strong>7</strong></td></tr></table>"
    )
    assert generic(page_html(article_head=meta, lang="zh-TW")).published() == datetime(2020, 4, 17)
    also = "<h1>T</h1><p class=\"byline\">Posted <script>document.write('12.03.2019');</script></p>"
    assert generic(page_html(article_head=also, lang="de")).published() == datetime(2019, 3, 12)


def test_dates_inside_other_scripts_are_not_read() -> None:
    for script in (
        # code, not a printed value: more than one argument, or more than one statement
        "<script>track('view', '2020-04-17');</script>",
        "<script>var built = '2020-04-17'; render(built);</script>",
        # an external script's text is not what it prints
        '<script src="/clock.js">showDate("2020/04/17")</script>',
        # no year: not a date
        '<script>showPanel("weather-box")</script>',
    ):
        html = page_html(article_head=f"<h1>T</h1><p>{script}</p>")
        assert generic(html).published() is None, script


def test_a_site_header_holding_only_the_logo_h1_is_the_sites() -> None:
    # the header's "today" is not the article's date, even with the logo in an <h1>
    header = (
        '<h1><a href="/" class="logo">Coast Courier</a></h1>'
        '<span class="site-date">Mittwoch, 26.02.2020</span>'
    )
    head = '<meta name="date" content="2017-05-01T17:05:00+02:00">'
    html = page_html(head=head, header=header, lang="de")
    html = html.replace('<header class="site-header" id="masthead">', "<header>")  # no chrome class
    assert generic(html).published() == datetime(2017, 5, 1, 17, 5, tzinfo=timezone(timedelta(hours=2)))


def test_the_headline_h1_is_found_past_logo_h1s_and_a_kicker() -> None:
    from newsparse._context import Page
    from newsparse.generic.landmarks import headline_element

    html = page_html(
        head='<meta property="og:title" content="Ferries - Harbour approves later ferries">',
        header=(
            '<h1><a href="/" class="menulogo"></a></h1><h1><a href="/" class="logo">Coast Courier</a></h1>'
        ),
        article_head='<h1><span class="overline">Ferries</span>Harbour approves later ferries</h1>',
    )
    found = headline_element(Page(html, url="https://coastcourier.example/news/later-ferries/"))
    assert found is not None and found.text_content().endswith("later ferries")
