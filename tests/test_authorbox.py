"""Author boxes: reading them, and merging them into the article's authors."""

from __future__ import annotations

import json
from typing import Any

import pytest

import newsparse
from newsparse._context import Page
from newsparse._model import Author
from newsparse.generic import authorbox

URL = "https://news.example/2025/03/04/this-story/"
TEXT = "<p>" + "A paragraph of the story that is long enough to count as article text. " * 4 + "</p>"


def page(inner: str, ld: Any = None, url: str | None = URL) -> Page:
    script = f"<script type='application/ld+json'>{json.dumps(ld)}</script>" if ld is not None else ""
    return Page(
        f"<!doctype html><html lang='en'><head><title>T</title>{script}</head><body>{inner}</body></html>",
        url=url,
    )


def sab(name: str, href: str, bio: str, website: str = "") -> str:
    web = f"<div class='saboxplugin-web'><a href='{website}'>{website}</a></div>" if website else ""
    return (
        "<div class='saboxplugin-wrap' itemtype='http://schema.org/Person' itemscope itemprop='author'>"
        "<div class='saboxplugin-gravatar'>"
        f"<img src='https://img.example/{name[0]}.jpg' class='avatar' itemprop='image'></div>"
        "<div class='saboxplugin-authorname'>"
        f"<a href='{href}' class='vcard author' rel='author' itemprop='url'>"
        f"<span class='fn' itemprop='name'>{name}</span></a></div>"
        f"<div class='saboxplugin-desc'><div itemprop='description'>{bio}</div></div>{web}"
        "<div class='saboxplugin-socials'><a href='https://x.example/a'>X</a></div></div>"
    )


def test_bio_paragraphs_are_kept_apart_and_links_around_them_left_out() -> None:
    p = page(
        f"<article>{TEXT}{sab('Kim Lee', '/author/kim/', '<p>First part.</p><p>Second part.</p>')}</article>"
    )
    (box,) = authorbox.author_boxes(p)
    assert box == Author(
        name="Kim Lee",
        url="https://news.example/author/kim/",
        bio="First part.\n\nSecond part.",
        avatar_url="https://img.example/K.jpg",
    )


def test_merge_by_name_ignores_case_and_accents() -> None:
    p = page(f"<article>{sab('Zoë Brandt', '/author/zoe/', 'Writes about trains.')}</article>")
    (author,) = authorbox.enrich(p, [Author(name="zoe brandt")])
    assert (author.name, author.bio) == ("zoe brandt", "Writes about trains.")


def test_merge_by_url_when_the_names_differ() -> None:
    p = page(f"<article>{sab('Dana R. Whitlock', '/author/dana/', 'City hall reporter.')}</article>")
    authors = (
        Author(name="Dana Whitlock", url="http://www.news.example/author/dana"),
        Author(name="Sam Ode"),
    )
    merged = authorbox.enrich(p, authors)
    assert merged[0].bio == "City hall reporter."
    assert merged[1] == Author(name="Sam Ode")


def test_merge_by_same_as_and_website() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Person",
                "@id": "https://news.example/#/schema/person/1",
                "name": "A. Morrow",
                "sameAs": ["https://awriter.example/", "https://social.example/@aw"],
                "description": "From the Person node.",
            }
        ],
    }
    p = page("<article><p>x</p></article>", ld)
    (author,) = authorbox.enrich(p, [Author(name="Alex Morrow", url="https://social.example/@aw")])
    assert author.bio == "From the Person node."
    p = page(
        f"<article>{sab('Alexandra Morrow', '/author/aw/', 'Box bio.', 'https://awriter.example')}</article>"
    )
    (author,) = authorbox.enrich(p, [Author(name="Alex Morrow", url="https://awriter.example/")])
    assert author.bio == "Box bio."


def test_values_the_author_has_are_never_replaced() -> None:
    p = page(f"<article>{sab('Kim Lee', '/author/kim-box/', 'Box bio.')}</article>")
    kept = Author(name="Kim Lee", url="https://news.example/author/kim/", bio="Own bio.", avatar_url=None)
    (author,) = authorbox.enrich(p, [kept])
    assert (author.url, author.bio, author.avatar_url) == (kept.url, "Own bio.", "https://img.example/K.jpg")


def test_the_box_bio_wins_over_a_json_ld_description() -> None:
    ld = {
        "@type": "Person",
        "name": "Kim Lee",
        "description": "Short.",
        "image": "https://img.example/ld.jpg",
    }
    p = page(f"<article>{sab('Kim Lee', '/author/kim/', 'The whole bio.')}</article>", ld)
    (author,) = authorbox.enrich(p, [Author(name="Kim Lee")])
    assert (author.bio, author.avatar_url) == ("The whole bio.", "https://img.example/K.jpg")


@pytest.mark.parametrize(
    "image",
    [
        "https://img.example/p.jpg",
        {"@type": "ImageObject", "url": "https://img.example/p.jpg"},
        {"@type": "ImageObject", "contentUrl": "https://img.example/p.jpg"},
        [{"@type": "ImageObject", "url": "https://img.example/p.jpg"}, "https://img.example/q.jpg"],
        {"@id": "https://news.example/#/schema/person/image/1"},
    ],
)
def test_json_ld_person_image_forms(image: Any) -> None:
    ld = {
        "@graph": [
            {"@type": "Person", "name": "Kim Lee", "image": image},
            {
                "@type": "ImageObject",
                "@id": "https://news.example/#/schema/person/image/1",
                "url": "https://img.example/p.jpg",
            },
        ]
    }
    (author,) = authorbox.enrich(page("<p>x</p>", ld), [Author(name="Kim Lee")])
    assert author.avatar_url == "https://img.example/p.jpg"


def test_a_box_in_the_article_names_the_author_when_nothing_else_does() -> None:
    p = page(
        f"<article>{TEXT}<div class='jnews_author_box_container'><div class='jeg_authorbox'>"
        "<div class='jeg_author_image'><img class='avatar' src='/a.jpg' alt='Ola Berg'></div>"
        "<div class='jeg_author_content'><h3 class='jeg_author_name'><a href='/author/ola/'>Ola Berg</a></h3>"
        "<p class='jeg_author_desc'>Outdoors editor.</p></div></div></div></article>"
    )
    assert authorbox.enrich(p, []) == (
        Author(
            name="Ola Berg",
            url="https://news.example/author/ola/",
            bio="Outdoors editor.",
            avatar_url="https://news.example/a.jpg",
        ),
    )


def test_a_sidebar_widget_never_adds_an_author_but_still_enriches_one() -> None:
    widget = (
        "<aside id='secondary' class='widget-area'><div class='widget'><div class='pk-widget-author'>"
        "<h5 class='pk-author-title'><a href='/author/site-owner/' rel='author'>Site Owner</a></h5>"
        "<div class='pk-author-avatar'><a href='/author/site-owner/'><img class='avatar' src='/o.jpg'></a>"
        "</div>"
        "<div class='pk-author-data'><div class='author-description'>I run this blog.</div></div>"
        "</div></div></aside>"
    )
    p = page(f"<article>{TEXT}</article>{widget}")
    assert authorbox.enrich(p, []) == ()
    (author,) = authorbox.enrich(p, [Author(name="Site Owner")])
    assert author.bio == "I run this blog."


def test_microdata_reads_the_persons_own_properties_only() -> None:
    p = page(
        "<article><div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        "<span itemprop='name'>Kim Lee</span><meta itemprop='description' content='Microdata bio.'>"
        "<div itemprop='worksFor' itemscope itemtype='https://schema.org/Organization'>"
        "<span itemprop='name'>The Paper</span><a itemprop='url' href='https://paper.example/'>site</a></div>"
        "</div></article>"
    )
    (box,) = authorbox.author_boxes(p)
    assert box == Author(name="Kim Lee", url=None, bio="Microdata bio.", avatar_url=None)


def test_theme_boxes_are_told_apart_by_their_inner_markup() -> None:
    tt1 = (
        "<div class='author-bio show-avatars'><img class='avatar' src='/t.jpg'>"
        "<div class='author-bio-content'>"
        "<h2 class='author-title'>By Rae Moss</h2><p class='author-description'>Rae writes.</p>"
        "<a class='author-link' href='/author/rae/' rel='author'>View all of Rae Moss's posts.</a></div>"
        "</div>"
    )
    newspack = (
        "<div class='author-bio'><img class='avatar' src='/n.jpg'><div class='author-bio-text'>"
        "<div class='author-bio-header'><div><h2 class='accent-header'>Noa Pike</h2></div></div>"
        "<p>Noa reports. <a class='author-link' href='/author/noa/' rel='author'>More by Noa Pike</a></p>"
        "</div></div>"
    )
    boxes = authorbox.author_boxes(page(f"<article>{tt1}{newspack}</article>"))
    assert [(a.name, a.url, a.bio) for a in boxes] == [
        ("Rae Moss", "https://news.example/author/rae/", "Rae writes."),
        ("Noa Pike", "https://news.example/author/noa/", "Noa reports."),
    ]


def test_no_boxes_leaves_the_authors_alone() -> None:
    authors = (Author(name="Kim Lee", url="https://news.example/author/kim/"),)
    assert authorbox.enrich(page(f"<article>{TEXT}</article>"), authors) == authors


def test_author_boxes_are_not_body_text_end_to_end() -> None:
    html = (
        "<!doctype html><html lang='en'><head><title>T</title><meta name='author' content='Kim Lee'></head>"
        "<body>"
        f"<article><h1>T</h1><div class='entry-content'>{TEXT}{TEXT}"
        f"{sab('Kim Lee', '/author/kim/', '<p>Kim covers the harbour.</p>')}</div></article></body></html>"
    )
    article = newsparse.parse(html, url=URL)
    assert [(a.name, a.bio) for a in article.authors] == [("Kim Lee", "Kim covers the harbour.")]
    assert "harbour" not in article.body.text


def test_html_in_a_json_ld_description_is_dropped() -> None:
    ld = {
        "@type": "Person",
        "name": "Kim Lee",
        "description": "<b>*1973</b>, editor &amp; blogger<br/>Berlin",
    }
    (author,) = authorbox.enrich(page("<p>x</p>", ld), [Author(name="Kim Lee")])
    assert author.bio == "*1973, editor & blogger Berlin"
