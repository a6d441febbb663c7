"""The page's attribute index: ``Page.css`` skips selectors the page cannot match, and only those."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from lxml import etree

from newsparse._context import _CLASS_TOKEN, Page, compile_css, selector_needs
from newsparse._decode import sanitize

FIXTURES = Path(__file__).parent / "fixtures"

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tide tables</title>
<meta property="article:published_time" content="2024-05-04T08:00:00Z"></head>
<body>
<nav class="site-nav" ID="Top"><a href="/" REL="home">Home</a></nav>
<article class="post entry-content" itemprop="articleBody">
  <span ITEMPROP="datePublished" content="2024-05-04">4 May</span>
  <p class="lead">The harbour master printed new tide tables.</p>
  <div class="sd-sharing"><a class="share-x" href="https://example.org/share">Share</a></div>
  <p hidden>Not shown.</p>
</article>
</body></html>"""

SELECTORS = [
    ".lead",
    ".missing",
    "p.lead, .missing",
    ".missing, .also-missing",
    "#Top",
    "#top",
    "a[rel~='home']",
    "a[rel~='tag']",
    "[itemprop~='datePublished'], [property$=':datePublished']",
    "[property$=':published_time']",
    "[property^='article:']",
    "[property*='modified']",
    ".sd-sharing a[href*='share']",
    ".sd-sharing a[href*='nothing']",
    ".post:not(.missing) p",
    "div:not(.sd-sharing)",
    "p[hidden]",
    "[data-none]",
    "h2, h3",
    "a[href|='https']",
    "[class='post entry-content']",
    "[rel!='home']",
]


def _unfiltered(page: Page, selector: str) -> list[etree._Element]:
    found = compile_css(selector)(page.tree)
    assert isinstance(found, list)
    return [el for el in found if isinstance(el, etree._Element)]


@pytest.mark.parametrize("selector", SELECTORS)
def test_css_finds_what_the_plain_query_finds(selector: str) -> None:
    page = Page(PAGE)
    assert page.css(selector) == _unfiltered(page, selector)


def test_class_tokens_are_tested_as_tokens() -> None:
    page = Page('<html><body><p class="lead\tstory  wide">x</p><p class="a\u00a0b">y</p></body></html>')
    assert page.may_match(".story") and page.may_match(".wide") and page.may_match("p.lead")
    assert not page.may_match(".sto")  # a piece of a token is no token
    assert page.may_match("[class*='sto']")  # the substring test still holds for substring selectors
    assert page.css(".story") == _unfiltered(page, ".story")


def test_absent_classes_ids_and_values_rule_a_selector_out() -> None:
    page = Page(PAGE)
    assert not page.may_match(".missing, .also-missing")
    assert not page.may_match("#top")  # ids compare case-sensitively
    assert not page.may_match("a[rel~='tag']")
    assert not page.may_match("[data-none]")
    # attribute names are matched whatever case the markup spells them in
    assert page.may_match("[itemprop~='datePublished']")
    assert page.may_match("a[rel~='home']")
    # a part without any class, id or attribute requirement may always match
    assert page.may_match(".missing, h2")


def test_selector_needs_reads_the_main_chain_only() -> None:
    needs = selector_needs(".a b#c[x~='y']")
    assert needs is not None and len(needs) == 1
    assert set(needs[0]) == {(_CLASS_TOKEN, "a"), ("x", "y"), ("id", "c")}
    # negated and :has() arguments need nothing: the selector may match without them
    assert selector_needs("div:not(.gone)") is None
    assert selector_needs(".box:has(.inner)") == (((_CLASS_TOKEN, "box"),),)
    # a class test by substring stays a substring test
    assert selector_needs("[class*='box']") == ((("class", "box"),),)
    assert selector_needs("[data-x]") == ((("data-x", ""),),)
    assert selector_needs("[rel!='home']") is None
    assert selector_needs("h2, .a") is None


def test_an_untranslatable_selector_still_raises() -> None:
    page = Page(PAGE)
    with pytest.raises(Exception, match="foo"):
        page.css(".missing:foo")


def _fixture_pages() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*.html*") if p.suffix in (".html", ".gz"))


@pytest.mark.parametrize("path", _fixture_pages()[:40], ids=lambda p: p.name)
def test_fixture_pages_lose_no_match(path: Path) -> None:
    data = path.read_bytes()
    page = Page(sanitize(gzip.decompress(data) if path.suffix == ".gz" else data))
    classes = {c for v in page.attribute_text("class").split("\0") for c in v.split()}
    plain = sorted(c for c in classes if c[0].isalpha() and c.replace("-", "").replace("_", "").isalnum())
    selectors = [f".{c}" for c in plain[:30]] + [f"div.{c} a, .{c}-absent" for c in plain[:5]]
    selectors += ["[itemprop~='author'] [itemprop~='name']", "a[rel~='author']", "time[datetime]"]
    for selector in selectors:
        assert page.css(selector) == _unfiltered(page, selector), selector


def _xpath_values(page: Page, name: str) -> str:
    values = etree.XPath(f"//@{name}", smart_strings=False)(page.tree)
    assert isinstance(values, list)
    return "\0".join(str(v) for v in values) or ("\0" if values else "")


@pytest.mark.parametrize("path", _fixture_pages()[:40], ids=lambda p: p.name)
def test_the_index_holds_what_an_attribute_xpath_finds(path: Path) -> None:
    data = path.read_bytes()
    page = Page(sanitize(gzip.decompress(data) if path.suffix == ".gz" else data))
    names = {name for el in page.tree.iter() for name in el.attrib} | {"data-absent"}
    for name in sorted(n for n in names if n.replace("-", "").replace("_", "").isalnum()):
        assert page.attribute_text(name) == _xpath_values(page, name), name


def test_the_index_sees_top_level_elements_beside_the_root() -> None:
    # markup after </html> gives libxml2 a second top-level <html>, outside page.tree
    page = Page(PAGE + '\n<div class="stray" data-stray="1">After the end</div>')
    assert [el.tag for el in page.tree.itersiblings()] == ["html"]
    assert page.attribute_text("data-stray") == _xpath_values(page, "data-stray") == "1"
    assert page.attribute_text("class").endswith("\0stray")
    # the word attributes belong to the root's elements only, as the finders walk them
    values = page.word_text().split("\0")
    holders = page.word_holders(range(len(values)))
    assert "stray" not in values
    assert all(el.getroottree().getroot() is page.tree for el in holders)


def test_word_values_pair_each_value_with_its_element_in_document_order() -> None:
    page = Page(PAGE)
    expected = [
        (el, value)
        for el in page.tree.iter()
        for name, value in el.items()
        if name in ("class", "id", "itemprop", "rel", "aria-label")
    ]
    values = page.word_text().split("\0")
    holders = page.word_holders(range(len(values)))
    assert list(zip(holders, values, strict=True)) == expected
    assert page.word_holders([1, 3]) == [holders[1], holders[3]]
    assert ("Top" in values) and ("articleBody" in values) and ("home" in values)


def test_page_wide_results_are_kept_and_handed_out_as_copies() -> None:
    page = Page(PAGE)
    first = page.css("p")
    assert [el.get("class") for el in first] == ["lead", None]
    first.clear()  # a caller's list is its own
    again = page.css("p")
    assert again == _unfiltered(page, "p") and len(again) == 2
    assert page.css("p") is not again


@pytest.mark.parametrize("path", _fixture_pages()[:40], ids=lambda p: p.name)
def test_the_tag_index_lists_what_iter_finds(path: Path) -> None:
    from newsparse._context import INDEXED_TAGS

    data = path.read_bytes()
    page = Page(sanitize(gzip.decompress(data) if path.suffix == ".gz" else data))
    for tags in [*((t,) for t in INDEXED_TAGS), ("h2", "h3", "h4", "h5", "h6"), ("h1", "article", "meta")]:
        assert page.elements(*tags) == list(page.tree.iter(*tags)), tags
    with pytest.raises(ValueError, match="div"):
        page.elements("div")
