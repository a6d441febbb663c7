"""Class/id word tests that are cached or run on lower-cased text answer as the plain
case-insensitive patterns do, for any class string."""

from __future__ import annotations

import pytest

from newsparse.generic import dates, landmarks, metadata

WORDS = [
    "",
    "   ",
    "entry-meta",
    "Entry-Meta POSTED-ON",
    "post-date updated",
    "Updated-Time",
    "last-modified published",
    "td-module-meta-info",
    "sub-title",
    "Article-Lead intro",
    "subtitlex",
    "x_Standfirst",
    "zuletzt-geändert",
    "GEÄNDERT",
    "Datum-\u212aopf",  # Kelvin sign: matches "k" case-insensitively
    "\u017fubhead",  # long s: matches "s" case-insensitively
    "s\u0131debar İnfo",  # dotless and dotted i
    "menu-item menu-item-type-post_type",
    "widget Sidebar-Left",
    "category-popular has-sidebar",
]


@pytest.mark.parametrize("words", WORDS)
@pytest.mark.parametrize("as_id", [False, True])
def test_date_word_hints_are_the_patterns(words: str, as_id: bool) -> None:
    cls, ident = (None, words) if as_id else (words, None)
    text = f"{cls or ''} {ident or ''}"  # how the date walk reads an element's class and id
    blank = not text.strip()
    updated = not blank and bool(dates._UPDATED_HINT.search(text)) and not dates._PUBLISHED_HINT.search(text)
    own = 3 if not blank and dates._DATE_HINT.search(text) else 0
    assert dates._word_hints(cls, ident) == (updated, own)
    assert dates._word_hints(cls, ident) == (updated, own)  # cached


@pytest.mark.parametrize("words", WORDS)
def test_subheadline_class_test_is_the_pattern(words: str) -> None:
    assert metadata._subhead_class(words) == bool(metadata._SUBHEAD_CLASS.search(words))


@pytest.mark.parametrize("words", WORDS)
def test_chrome_class_is_the_pattern(words: str) -> None:
    expected = bool(words.strip()) and bool(
        landmarks._CHROME_WORDS.search(landmarks._TAXONOMY_CLASS.sub(" ", words) if "-" in words else words)
    )
    assert landmarks.chrome_class(words) == expected


@pytest.mark.parametrize(
    "text",
    [
        "By Jane Doe",
        "\u00a0\n BY JANE DOE",
        "— Von Max Muster",
        "~ posted by Jane",
        "ſtory by Jane",  # long s: an "s" to a case-insensitive match
        "Text: Anna Schmidt",
        "AUTORIN: Eva",
        "par Jean",
        "Later ferries by the harbour",
        "The harbour by night",
        "",
        "   ",
    ],
)
def test_the_labelled_byline_prefilter_drops_no_match(text: str) -> None:
    from newsparse.generic import authors

    if authors._LABELLED.match(text):
        assert text.lstrip()[:1] in authors._LABEL_START
