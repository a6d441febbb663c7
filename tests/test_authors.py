"""Generic authors: structured data first, bylines scoped to the article, names cleaned and split
without breaking them, the publication never an author; precision over recall."""

from __future__ import annotations

import pytest

from _metadata_pages import generic, page_html
from newsparse.generic.authors import clean_name, names_from_text

# --- names from text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("Von Jana Müller und Piet Smit", ["Jana Müller", "Piet Smit"]),
        ("Par Louise Martin, 3 mai 2024", ["Louise Martin"]),
        ("Written by: Sam Okafor", ["Sam Okafor"]),
        ("Posted on May 3, 2024 by Sam Okafor", ["Sam Okafor"]),
        ("Jane Doe, Sam Okafor and Piet Smit", ["Jane Doe", "Sam Okafor", "Piet Smit"]),
        ("Jane Doe & Sam Okafor", ["Jane Doe", "Sam Okafor"]),
        # "Smith, John" is one inverted name, not two people
        ("Doe, Jane", ["Jane Doe"]),
        # agencies and desks appended to a name go
        ("Sam Okafor for The Coast Courier", ["Sam Okafor"]),
        ("VON JANA MÜLLER am 3. Mai 2024", ["JANA MÜLLER"]),
        ("Jana Müller | 03.05.2024", ["Jana Müller"]),
        ("Walter von Aachen", ["Walter von Aachen"]),
        ("Loïc Le Clerc", ["Loïc Le Clerc"]),
        ("Interview: Jana Müller", ["Jana Müller"]),
        ("Redaktion", ["Redaktion"]),
        # degrees go, suffixes that are part of the name stay
        ("Jane Doe, PhD and Perry Bacon Jr.", ["Jane Doe", "Perry Bacon Jr."]),
        # a social handle after the name goes, the name stays
        ("Ruth Albers @ruth.albers", ["Ruth Albers"]),
        # a name written all in lowercase stays
        ("ruth albers", ["ruth albers"]),
        # an agency printed after the name goes; the agency alone is the credit
        ("Ruth Albers Associated Press", ["Ruth Albers"]),
        ("The Associated Press", ["The Associated Press"]),
        # the same name printed twice (a visible and a hidden copy) is one name
        ("Ruth Albers Ruth Albers", ["Ruth Albers"]),
        # credentials after a name, and "published" in other languages, are not names
        ("Ruth Albers, MS, RDN", ["Ruth Albers"]),
        ("Par AFP publié le 26 décembre 2020", ["AFP"]),
        ("Por María Pérez publicado el 3 de mayo", ["María Pérez"]),
    ],
)
def test_names_from_text(text: str, expected: list[str]) -> None:
    assert names_from_text(text) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "jane@coastcourier.example",
        "@janedoe",
        "https://twitter.com/janedoe",
        "Senior Reporter",
        "View all posts",
        "Foto: Jana Müller",
        "Email the author",
        "admin",
        "das ist ein ganzer Satz über nichts",
        # a phrase, not a name: a lowercase word before capitalised ones
        "em São Paulo",
        "publisher",
        "anónimo",
        "deinen Hochzeitsbloggern",
        # what is left of a date line printed beside the byline
        "November",
        "MÄRZ",
        "",
    ],
)
def test_clean_name_rejects_what_is_not_a_name(raw: str) -> None:
    assert clean_name(raw) is None


def test_a_handle_with_digits_is_a_name_but_a_written_name_with_digits_is_not() -> None:
    assert clean_name("freeman1984") == "freeman1984"
    assert clean_name("J4ne Doe") is None
    assert clean_name("Jane Doe 2024") == "Jane Doe"  # a trailing year is cut, not the name


# --- the ladder on pages ----------------------------------------------------------------------


def ld(author: str) -> str:
    return (
        '<script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "headline": "x", "author": {author}}}</script>'
    )


def names(ex: object) -> list[str]:
    return [a.name for a in ex.authors()]  # type: ignore[attr-defined]


def test_jsonld_person_with_url() -> None:
    ex = generic(page_html(head=ld('{"@type": "Person", "name": "Jane Doe", "url": "/author/jane-doe/"}')))
    authors = ex.authors()
    assert [(a.name, a.url) for a in authors] == [
        ("Jane Doe", "https://coastcourier.example/author/jane-doe/")
    ]
    assert ex.provenance("authors") == "jsonld"


def test_jsonld_author_by_reference_in_a_graph() -> None:
    head = (
        '<script type="application/ld+json">{"@graph": ['
        '{"@type": "NewsArticle", "headline": "x", "author": [{"@id": "#p1"}, {"@id": "#p2"}]},'
        '{"@type": "Person", "@id": "#p1", "name": "Jane Doe"},'
        '{"@type": "Person", "@id": "#p2", "givenName": "Sam", "familyName": "Okafor"}]}</script>'
    )
    assert names(generic(page_html(head=head))) == ["Jane Doe", "Sam Okafor"]


def test_the_publication_is_never_an_author() -> None:
    head = '<meta property="og:site_name" content="Coast Courier">' + ld(
        '{"@type": "Organization", "name": "Coast Courier"}'
    )
    assert names(generic(page_html(head=head))) == []
    meta = (
        '<meta property="og:site_name" content="Coast Courier"><meta name="author" content="Coast Courier">'
    )
    assert names(generic(page_html(head=meta))) == []


def test_a_byline_naming_a_person_beats_an_organisation_in_jsonld() -> None:
    head = ld('{"@type": "Organization", "name": "Harbour News Agency"}')
    article_head = (
        '<h1>T</h1><div class="byline">By <a href="/author/jane-doe/" rel="author">Jane Doe</a></div>'
    )
    assert names(generic(page_html(head=head, article_head=article_head))) == ["Jane Doe"]
    # without a byline the organisation credited is kept
    assert names(generic(page_html(head=head))) == ["Harbour News Agency"]


def test_author_meta_split() -> None:
    head = '<meta name="author" content="Jane Doe, Sam Okafor">'
    ex = generic(page_html(head=head))
    assert names(ex) == ["Jane Doe", "Sam Okafor"]
    assert ex.provenance("authors") == "meta"


def test_visible_byline_beats_a_meta_that_credits_someone_else() -> None:
    head = '<meta name="author" content="Coastal Desk Team Berlin">'
    article_head = '<h1>T</h1><p class="byline">Von <span class="author-name">Jana Müller</span></p>'
    assert names(generic(page_html(head=head, article_head=article_head))) == ["Jana Müller"]


def test_hcard_byline_with_profile_url() -> None:
    article_head = (
        '<h1>T</h1><div class="entry-meta"><span class="byline">Posted by <span class="author vcard">'
        '<a class="url fn n" href="/author/piet/">Piet Smit</a></span></span></div>'
    )
    authors = generic(page_html(article_head=article_head)).authors()
    assert [(a.name, a.url) for a in authors] == [("Piet Smit", "https://coastcourier.example/author/piet/")]


def test_coauthors_in_separate_elements() -> None:
    article_head = (
        '<h1>T</h1><div class="article-authors">'
        '<span class="author"><a href="/author/jane/">Jane Doe</a></span> and '
        '<span class="author"><a href="/author/sam/">Sam Okafor</a></span></div>'
    )
    assert names(generic(page_html(article_head=article_head))) == ["Jane Doe", "Sam Okafor"]


def test_sidebar_and_comment_authors_are_not_the_articles() -> None:
    sidebar = '<div class="widget"><span class="author">Sidebar Person</span></div>'
    comments = (
        '<div class="comment"><div class="comment-author vcard"><b class="fn">Comment Person</b></div></div>'
    )
    assert names(generic(page_html(sidebar=sidebar, comments=comments))) == []


def test_byline_written_as_text_in_the_article() -> None:
    html = page_html().replace("<p>The harbour", "<p><em>Von Jana Müller</em></p><p>The harbour", 1)
    assert names(generic(html)) == ["Jana Müller"]


def test_an_authors_label_without_a_colon_before_capitalised_names() -> None:
    html = page_html().replace("<p>The harbour", "<p>Autoren Ruth Albers und Piet Smit</p><p>The harbour", 1)
    assert names(generic(html)) == ["Ruth Albers", "Piet Smit"]
    sentence = page_html().replace(
        "<p>The harbour", "<p>Autor des Plans ist die Hafenbehörde.</p><p>The harbour", 1
    )
    assert names(generic(sentence)) == []


def test_a_sentence_starting_with_von_is_not_a_byline() -> None:
    html = page_html().replace(
        "<p>The harbour", "<p>Von Montag an fahren die Boote später.</p><p>The harbour", 1
    )
    assert names(generic(html)) == []


def test_a_chrome_classed_meta_line_right_after_the_headline_is_the_articles() -> None:
    # "teaser" names chrome elsewhere; right under the headline it is the article's meta line
    head = (
        "<h1>Harbour approves later ferries</h1>"
        '<div class="teaser-small__meta"><p class="byline__author">Von <a href="/autoren/ruth-albers/">'
        "Ruth Albers</a> am 3. Mai 2024</p></div>"
    )
    assert names(generic(page_html(article_head=head))) == ["Ruth Albers"]
    # the same line under a heading the page's titles do not name is left alone
    other = head.replace("Harbour approves later ferries", "Latest from the coast")
    assert names(generic(page_html(article_head=other))) == []


def test_a_byline_named_only_by_its_test_id_is_read() -> None:
    # React sites with generated class names name their parts in data-testid
    head = (
        '<div class="kq3 zz1" data-testid="story-headline">'
        '<h1 class="a9f">Harbour approves later ferries</h1></div>'
        '<div class="p0x r7y" data-testid="story-byline"><span class="t1c">By</span> '
        '<a class="z2z" href="/staff/ruth-albers">Ruth Albers</a></div>'
    )
    assert names(generic(page_html(article_head=head))) == ["Ruth Albers"]


def test_a_byline_inside_a_teaser_card_link_is_the_other_articles() -> None:
    card = (
        '<ul class="media-box"><li><a class="media-box__link" href="/news/brass-bands/">'
        "<strong>Young, loud, brass</strong><span>Why three villages still keep a brass band going, "
        "and what the players get out of the long rehearsals every week.</span>"
        '<span class="media-box__autor">Von Piet Smit</span></a></li></ul>'
    )
    byline = '<p class="article__autor">Von <a href="/autoren/ruth-albers/">Ruth Albers</a></p>'
    assert names(generic(page_html(article_head="<h1>Harbour approves later ferries</h1>" + card))) == []
    head = "<h1>Harbour approves later ferries</h1>" + card + byline
    assert names(generic(page_html(article_head=head))) == ["Ruth Albers"]


def test_a_one_word_display_name_is_completed_by_the_authors_own_bio() -> None:
    def person(bio: str) -> str:
        return ld(f'{{"@type": "Person", "name": "Ruth", "description": "{bio}"}}')

    full = person("Ruth Albers writes about ferries, harbours and the people who run them.")
    assert names(generic(page_html(head=full))) == ["Ruth Albers"]
    assert names(generic(page_html(head=person("Ruth writes about ferries.")))) == ["Ruth"]
    assert names(generic(page_html(head=person("Ruthless editing is her trade.")))) == ["Ruth"]


def test_the_twitter_card_written_by_label_names_the_author() -> None:
    head = (
        '<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Ruth Albers">'
        '<meta name="twitter:label2" content="Geschätzte Lesezeit">'
        '<meta name="twitter:data2" content="3 Minuten">'
    )
    assert names(generic(page_html(head=head, lang="de"))) == ["Ruth Albers"]
    other = head.replace("Verfasst von", "Geschätzte Lesezeit")
    assert names(generic(page_html(head=other, lang="de"))) == []


def test_a_login_name_in_jsonld_takes_the_name_the_byline_prints() -> None:
    head = ld('{"@type": "Person", "name": "ruthalbers"}')
    byline = (
        '<h1>Harbour approves later ferries</h1><div class="post-header__author"><span>von</span> '
        '<a href="/creator/ruth-albers/">Ruth Albers</a></div>'
    )
    assert names(generic(page_html(head=head, article_head=byline))) == ["Ruth Albers"]
    # with no byline to say otherwise, the login stays
    assert names(generic(page_html(head=head))) == ["ruthalbers"]
