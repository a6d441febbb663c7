"""Previous/next post: label stripping, pagination vs posts, and which links count."""

from __future__ import annotations

import pytest

from newsparse._context import Page
from newsparse.generic import navigation as nav

URL = "https://news.example/2025/03/04/this-story/"


def page(inner: str, url: str | None = URL, head: str = "") -> Page:
    return Page(
        f"<!doctype html><html lang='en'><head><title>T</title>{head}</head><body>{inner}</body></html>",
        url=url,
    )


def pair(p: Page) -> tuple[str | None, str | None]:
    prev, nxt = nav.previous(p), nav.next(p)
    return (prev[0].title if prev else None, nxt[0].title if nxt else None)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Previous Post Council votes", "Council votes"),
        ("← Previous Post: Harbour reopens", "Harbour reopens"),
        ("Next Article Ferry timetable", "Ferry timetable"),
        ("Budget talks Next Post", "Budget talks"),
        ("Budget talks →", "Budget talks"),
        ("« Budget talks", "Budget talks"),
        ("Next: Budget talks", "Budget talks"),
        ("Previous article — Budget talks", "Budget talks"),
        ("Nächster Beitrag Stadtrat tagt", "Stadtrat tagt"),
        ("Vorheriger Beitrag: Stadtrat tagt", "Stadtrat tagt"),
        ("Article précédent Le conseil vote", "Le conseil vote"),
        ("Entrada anterior El consejo vota", "El consejo vota"),
        ("Read next A story", "A story"),
        # titles that merely start with a label word keep it
        ("Next steps for the council", "Next steps for the council"),
        ("Newer buses for the valley", "Newer buses for the valley"),
        ("Previously unseen letters found", "Previously unseen letters found"),
        # labels alone, and themes saying there is nothing
        ("Previous Post", ""),
        ("Next", ""),
        ("« Older posts", ""),
        ("→", ""),
        ("No previous article", ""),
        ("No new articles", ""),
        ("Kein weiterer Beitrag", ""),
    ],
)
def test_strip_label(raw: str, title: str) -> None:
    assert nav.strip_label(raw) == title


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2025/03/04/this-story/2/", True),
        ("https://news.example/2025/03/04/this-story/3", True),
        ("https://news.example/2025/03/04/this-story/?page=2", True),
        ("https://news.example/2025/03/04/this-story/?paged=2", True),
        ("https://news.example/2025/03/04/this-story/comment-page-2/", True),
        ("https://news.example/page/2/", True),
        ("https://news.example/2025/03/04/this-story/", True),
        ("https://news.example/2025/03/01/older-story/", False),
        ("https://news.example/archives/1234", False),
        ("https://news.example/?p=4821", False),
        ("https://other.example/2025/03/04/this-story/2/", False),
    ],
)
def test_is_pagination(url: str, expected: bool) -> None:
    assert nav.is_pagination(page(""), url) is expected


def test_is_pagination_without_a_page_url_guards_short_trailing_numbers() -> None:
    p = page("", url=None)
    assert nav.is_pagination(p, "https://news.example/story/2/")
    assert not nav.is_pagination(p, "https://news.example/2025/03/01/older-story/")


def core_nav(items: str, cls: str = "navigation post-navigation") -> str:
    return (
        f"<nav class='{cls}'><h2 class='screen-reader-text'>Post navigation</h2><div class='nav-links'>"
        f"{items}</div></nav>"
    )


def test_a_navigation_block_is_authoritative() -> None:
    # the block has no previous item: the post has none, whatever else links with rel=prev
    p = page(
        core_nav("<div class='nav-next'><a href='/2025/03/09/newer/' rel='next'>Ferry returns</a></div>")
        + "<p><a href='/2025/02/01/other/' rel='prev'>An older story</a></p>",
        head="<link rel='prev' title='Head older' href='https://news.example/2025/02/02/head/'>",
    )
    assert pair(p) == (None, "Ferry returns")


def test_core_navigation_with_meta_nav_labels() -> None:
    p = page(
        core_nav(
            "<div class='nav-previous'><a href='/2025/03/01/older/' rel='prev'><span class='meta-nav'>"
            "Previous Post</span> <span class='post-title'>Harbour reopens</span></a></div>"
            "<div class='nav-next'><a href='/2025/03/09/newer/' rel='next'>Next Post<br>Ferry returns</a>"
            "</div>"
        )
    )
    prev, nxt = nav.previous(p), nav.next(p)
    assert prev is not None and nxt is not None
    assert (prev[0].title, prev[0].url) == ("Harbour reopens", "https://news.example/2025/03/01/older/")
    assert nxt[0].title == "Ferry returns"


def test_comment_and_archive_navigation_are_not_post_navigation() -> None:
    p = page(
        core_nav(
            "<div class='nav-previous'><a href='/2025/03/04/this-story/comment-page-1/'>Older comments</a>"
            "</div>",
            "navigation comment-navigation",
        )
        + core_nav(
            "<div class='nav-next'><a href='/page/2/'>Older posts</a></div>", "navigation posts-navigation"
        )
    )
    assert pair(p) == (None, None)


def test_rel_links_in_the_head_need_a_title_and_a_post() -> None:
    head = (
        "<link rel='prev' href='https://news.example/2025/03/01/older/'>"  # no title: nothing to show
        "<link rel='next' title='Page two' href='https://news.example/2025/03/04/this-story/2/'>"
    )
    assert pair(page("", head=head)) == (None, None)
    head = "<link rel='prev' title='Harbour reopens' href='https://news.example/2025/03/01/older/'>"
    found = nav.previous(page("", head=head))
    assert found is not None
    assert (found[0].title, found[1]) == ("Harbour reopens", "meta")


def test_rel_anchors_in_menus_and_pagination_do_not_count() -> None:
    p = page(
        "<header class='site-header'><nav class='menu'><a href='/2025/01/01/x/' rel='next'>Menu story</a>"
        "</nav></header>"
        "<article><p>Text</p><div class='page-links'>Pages: <a class='post-page-numbers' rel='next' "
        "href='/2025/03/07/elsewhere/'>2</a></div></article>"
        "<div class='pagination'><a class='next page-numbers' rel='next' href='/2025/03/08/x/'>Next story</a>"
        "</div>"
    )
    assert pair(p) == (None, None)


def test_rel_anchors_to_posts_count() -> None:
    p = page(
        "<article><p>Text</p><div class='post-links'><a href='/2025/03/01/older/' rel='prev'>"
        "&laquo; Harbour reopens</a>"
        " <a href='/2025/03/09/newer/' rel='next'>Ferry returns &raquo;</a></div></article>"
    )
    assert pair(p) == ("Harbour reopens", "Ferry returns")


def test_a_theme_saying_there_is_none() -> None:
    p = page(
        "<div class='td-post-next-prev'><div class='td-post-prev-post'>"
        "<div class='td-post-next-prev-content'>"
        "<span>Previous article</span><a href='/2025/03/01/older/'>Harbour reopens</a></div></div>"
        "<div class='td-post-next-post'><div class='td-post-next-prev-content'><span>Next article</span>"
        "<a href='/2025/03/04/this-story/#'>No new articles</a></div></div></div>"
    )
    assert pair(p) == ("Harbour reopens", None)


def test_networker_cards_carry_image_author_and_date() -> None:
    p = page(
        "<div class='cs-entry__prev-next'><div class='cs-entry__prev-next-item cs-entry__next'>"
        "<a class='cs-entry__prev-next-link' href='/2025/03/09/newer/'></a>"
        "<div class='cs-entry__prev-next-label'><h5 class='cs-section-heading'>"
        "<span class='cs-section-subheadings'>"
        "Next Post</span></h5></div><div class='cs-entry'><div class='cs-entry__outer'>"
        "<div class='cs-entry__inner cs-entry__thumbnail'><div class='cs-overlay-background'>"
        "<img src='/n.jpg'></div></div>"
        "<div class='cs-entry__inner cs-entry__content'><h2 class='cs-entry__title'>"
        "<a href='/2025/03/09/newer/'>"
        "Ferry returns</a></h2><div class='cs-entry__post-meta'><div class='cs-meta-author'>"
        "<a class='cs-meta-author-inner url fn n' href='/author/kim/'><span class='cs-by'>by</span>"
        "<span class='cs-author'>Kim Lee</span></a></div><div class='cs-meta-date'>2025-03-09</div></div>"
        "</div></div></div></div></div>"
    )
    assert nav.previous(p) is None
    found = nav.next(p)
    assert found is not None
    teaser = found[0]
    assert (teaser.title, teaser.image_url, teaser.author) == (
        "Ferry returns",
        "https://news.example/n.jpg",
        "Kim Lee",
    )
    assert teaser.published is not None and teaser.published.date().isoformat() == "2025-03-09"


def test_hidden_and_visible_labels_inside_the_link_are_not_the_title() -> None:
    # Twenty Fifteen-style markup as wordpress.com prints it
    p = page(
        core_nav(
            "<div class='nav-previous'><a href='/2025/03/01/older/' rel='prev'>"
            "<span class='meta-nav' aria-hidden='true'>Vorheriger</span> "
            "<span class='screen-reader-text'>Vorheriger Beitrag:</span> "
            "<span class='navigation-post-title'>Harbour reopens</span></a></div>"
            "<div class='nav-next'><a href='/2025/03/09/newer/' rel='next'>"
            "<span class='meta-nav' aria-hidden='true'>Weiter</span> "
            "<span class='screen-reader-text'>Nächster Beitrag:</span> Ferry returns</a></div>"
        )
    )
    assert pair(p) == ("Harbour reopens", "Ferry returns")


def test_stacked_labels_are_all_stripped() -> None:
    assert nav.strip_label("Vorheriger Vorheriger Beitrag: Harbour reopens") == "Harbour reopens"
    assert nav.strip_label("Previous Previous post: Harbour reopens") == "Harbour reopens"


@pytest.mark.parametrize("label", ["❮ Previous", "Next ❯", "vor »", "« zurück", "◀ Back"])
def test_arrow_and_word_labels_alone_are_no_title(label: str) -> None:
    assert nav.strip_label(label) == ""


def test_a_rel_link_to_the_home_page_or_an_archive_is_no_post() -> None:
    p = page(
        "<article><p>Text</p><p><a href='/' rel='prev'>Zurück zur Startseite</a> "
        "<a href='/category/news/' rel='next'>More news stories</a></p></article>"
    )
    assert pair(p) == (None, None)
