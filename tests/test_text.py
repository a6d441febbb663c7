"""The text helpers every extractor uses."""

from __future__ import annotations

import re

import lxml.html
from hypothesis import given
from hypothesis import strategies as st

from newsparse._text import clean, text_of

_WHITESPACE = re.compile(r"\s+")


def test_clean_collapses_and_trims_every_kind_of_space() -> None:
    assert (
        clean("  Breaking:\xa0the\u2003council\n\tvotes\u200b today  ") == "Breaking: the council votes today"
    )
    assert clean("\u3000\xa0 \n") == ""
    assert clean(None) == ""


@given(
    st.text(
        alphabet=st.sampled_from(list(" \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2000\u2009\u200b\u2028\u3000ab,."))
    )
)
def test_clean_splits_on_exactly_what_regex_whitespace_matches(text: str) -> None:
    # clean() joins str.split(): it must collapse the same characters a \s+ substitution would
    assert clean(text) == _WHITESPACE.sub(" ", text.replace("\u200b", "")).strip()


def test_text_of_separates_words_at_line_breaks_and_block_edges_only() -> None:
    def text(html: str) -> str:
        return text_of(lxml.html.fragment_fromstring(html))

    assert text("<h1><small>Unit of the week</small><br>Pyramid sets</h1>") == "Unit of the week Pyramid sets"
    assert text("<div><div>Harbour</div><div>news</div></div>") == "Harbour news"
    assert text("<ul><li>one</li><li>two</li></ul>") == "one two"
    # inline elements join as a browser shows them
    assert text("<p>ferr<b>ies</b> and <a href='#'>boats</a>.</p>") == "ferries and boats."
    assert text("<p>a<script>var x = 1;</script>b</p>") == "ab"
