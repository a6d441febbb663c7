"""The compiled walks (``newsparse._speedups``) against their pure-Python twins.

Each compiled function must give exactly what its twin gives: the attribute index, the long-tag
scan and the body's measuring walk, on every fixture page, on generated pages and on the markup
the twins treat specially (namespaced attributes, elements beside the root, text split across
nodes, Unicode whitespace, hiding attributes, depth past the walk's limit). Skipped when the
extension is not built (no compiler at install time): the Python twins run then, and the rest of
the suite tests them. CI builds it and checks that it loads.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import newsparse
from newsparse import _context, _native, _text
from newsparse._context import INDEXED_TAGS, WORD_ATTRIBUTES, Page
from newsparse.generic import dates, landmarks
from newsparse.generic.body import measure

speedups = pytest.importorskip("newsparse._speedups")
pytestmark = pytest.mark.skipif(
    not _native.ENABLED, reason="the compiled walks are off (NEWSPARSE_PURE_PYTHON, or another lxml)"
)

FIXTURES = Path(__file__).parent / "fixtures"


def _fixture_pages() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*") if p.name.endswith((".html", ".html.gz")))


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _page(html: str | bytes) -> Page:
    text = html if isinstance(html, str) else html.decode("utf-8", "replace")
    return Page(text)


def _analyses(page: Page, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """The body's measurements of a page by the Python walk and by the compiled one."""
    body = page.tree.find("body")
    root = body if body is not None else page.tree
    selectors = measure._selectors((*measure._GENERIC_BOILERPLATE, *page.boilerplate))
    excluded = measure._selector_matches(page, root, selectors.other)
    runs = []
    for compiled in (False, True):
        monkeypatch.setattr(measure, "_COMPILED", compiled)
        runs.append(measure._Analysis(page, root, set(excluded), selectors))
    return runs[0], runs[1]


def _same_analysis(python: Any, compiled: Any) -> None:
    assert compiled.chars == python.chars
    assert compiled.linked == python.linked
    assert compiled.flags == python.flags
    assert compiled.prose == python.prose
    assert compiled.paras == python.paras
    assert compiled.excluded == python.excluded
    assert compiled.para_total == python.para_total
    # element by element, not only equal as dicts: the same objects in the same order
    assert list(compiled.chars) == list(python.chars)


def _same_index(root: etree._Element) -> None:
    texts, word_text, holders = _context._index_in_python(root, WORD_ATTRIBUTES)
    tagged = _context._tag_index_in_python(root, INDEXED_TAGS)
    assert speedups.index_page(root, WORD_ATTRIBUTES, INDEXED_TAGS) == (texts, word_text, *tagged)
    indexes = range(len(holders))
    assert speedups.word_holders(root, WORD_ATTRIBUTES, indexes) == holders
    assert speedups.word_holders(root, WORD_ATTRIBUTES, indexes[1::3]) == holders[1::3]


def _check_page(html: str | bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(html)
    _same_index(page.tree)
    text = page.html
    assert speedups.long_tags(text, _context._LONG_TAG_UNITS) == _context._long_tags_in_python(text)
    python, compiled = _analyses(page, monkeypatch)
    _same_analysis(python, compiled)
    _same_sizes(page, monkeypatch)
    _same_snippets(page)
    assert speedups.main_element(page.tree, landmarks._MAIN_WORDS, landmarks._main_class) is (
        landmarks._main_in_python(page.tree)
    )


def _same_snippets(page: Page) -> None:
    """The date walk's text snippets, all of them, in the same order with the same elements."""
    start = dates._walk_start(page)
    if start is None:
        return
    python = list(dates._snippets_in_python(*start))
    compiled = list(speedups.snippets(*start, dates._MAX_SNIPPETS, dates._SKIP_TAGS, dates._SNIPPET_HELPERS))
    assert compiled == python
    assert all(a[3] is b[3] for a, b in zip(compiled, python, strict=True))


def _same_sizes(page: Page, monkeypatch: pytest.MonkeyPatch) -> None:
    """The subtree sizes: paragraph text under every element, the chrome pre-check at several limits."""
    monkeypatch.setattr(measure, "_COMPILED", False)
    for el in page.tree.iter("body", "div", "p", "nav", "footer", "aside", "section"):
        found = speedups.paragraph_chars(el)
        assert found is None or found == measure._paragraph_chars(el)
        for limit in (-1.0, 0.0, 10.0, 40.5, 300.0, 1e9):
            found = speedups.surely_below(el, limit)
            assert found is None or found == measure._surely_below(el, limit)


@pytest.mark.parametrize("path", _fixture_pages(), ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_pages(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _check_page(_read(path), monkeypatch)


# --- markup the twins treat specially ---------------------------------------------------------------------

STORY = "The ferry timetable changes on Monday, the council said, and night crossings stop for winter."


@pytest.mark.parametrize(
    "html",
    [
        # text split across nodes and Unicode whitespace around it
        f"<html><body><article><p>\u00a0\u2003{STORY}\u3000</p>"
        f"<p>caf\u00e9, na\u00efve, \U0001f600, {STORY}</p></article></body></html>",
        # hiding attributes of every kind, on blocks and inline elements
        f"<html><body><div hidden><p>{STORY}</p></div><div aria-hidden='true'><p>{STORY}</p></div>"
        f"<span aria-hidden='true'>{STORY}</span><div style='DISPLAY: none'><p>{STORY}</p></div>"
        f"<div style='color: red'><p>{STORY}</p></div><main><p>{STORY}</p></main></body></html>",
        # chrome to drop, a teaser box of the article's own text, structural tags holding the story
        f"<html><body><nav class='menu'><a href='/a'>A</a></nav><header><h2>Part one</h2></header>"
        f"<div class='article-teaser'><p>{STORY}</p></div><div class='related'><a href='/x'>{STORY}</a></div>"
        f"<aside><p>{STORY} {STORY} {STORY}</p></aside><footer><p>{STORY}</p></footer></body></html>",
        # text directly in divs between blocks, links inside paragraphs, a paragraph in a link
        f"<html><body><div>{STORY}<div><p>{STORY} <a href='/b'>more</a></p></div>{STORY}</div>"
        f"<a href='/c'><p>{STORY}</p></a><td>{STORY}</td></body></html>",
        # a tag far past the walk's depth limit, with text at every level
        "<html><body>" + "<div>x, y" * 200 + "</div>" * 200 + "</body></html>",
        # a long tag, quotes holding brackets, and one without its closing quote
        "<html><body><div " + " ".join(f'a{i}="<{i}>"' for i in range(300)) + f"><p>{STORY}</p></div>"
        "<span title='open>" + "x " * 500 + "</span></body></html>",
        # text beyond Latin-1 (the scan reads the page's 2- and 4-byte forms)
        "<html><body><p>\u4e2d\u6587 <b>\u6d4b\u8bd5</b></p><div "
        + "b='\U0001f600' " * 140
        + "></div></body></html>",
    ],
    ids=["whitespace", "hidden", "chrome", "flow-text", "deep", "long-tags", "wide-text"],
)
def test_special_markup(html: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _check_page(html, monkeypatch)


def test_namespaced_attributes_and_elements_beside_the_root() -> None:
    # an XML tree: namespaced attributes are named "{uri}name", as lxml's .items() names them
    root = etree.fromstring(
        '<html xmlns:x="urn:x"><body x:class="one" class="two" xml:lang="de" id="b">'
        "<p x:id='i' data-testid='t'>text</p></body></html>"
    )
    _same_index(root)
    assert "{urn:x}class" in _context._index_in_python(root, WORD_ATTRIBUTES)[0]
    # a broken page whose second <html> stands beside the root: values come from both
    page = _page("<html><body><p class='a'>one</p></body></html><html><body><p class='b'>2</p></body></html>")
    _same_index(page.tree)
    assert page.attribute_text("class") == "a\0b"


# --- generated pages --------------------------------------------------------------------------------------

_TAGS = ["div", "p", "span", "a", "section", "article", "li", "ul", "nav", "aside", "header", "footer",
         "td", "table", "tr", "h2", "script", "form", "em", "main", "figure", "br"]  # fmt: skip
_CLASSES = ["content", "entry-content", "sidebar", "related", "share", "teaser-text", "meta", "byline",
            "comment", "post", "ad", "menu", "x1", "category-news", "sharedaddy", ""]  # fmt: skip
_TEXTS = ["", " ", "\u00a0", "word", "a, b, c", STORY, "\u6f22\u5b57, \u304b\u306a", " \U0001f600 ", "\n\t"]


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 4 if depth < 4 else 0))):
        kind = draw(st.integers(0, 9))
        if kind == 0:
            parts.append("<!-- note -->")
            continue
        tag = draw(st.sampled_from(_TAGS))
        attrs = ""
        if draw(st.booleans()):
            attrs += f" class='{draw(st.sampled_from(_CLASSES))} {draw(st.sampled_from(_CLASSES))}'"
        if draw(st.integers(0, 5)) == 0:
            attrs += draw(st.sampled_from([" hidden", " aria-hidden='true'", " style='display:none'",
                                           " style='margin:0'", " id='comments'", " itemprop='articleBody'",
                                           " href='/x'", " data-testid='byline'"]))  # fmt: skip
        inner = draw(_markup(depth + 1))
        text, tail = draw(st.sampled_from(_TEXTS)), draw(st.sampled_from(_TEXTS))
        parts.append(f"<{tag}{attrs}>{text}{inner}</{tag}>{tail}")
    return "".join(parts)


@given(body=_markup(), title=st.sampled_from(["", "<h1>A headline</h1>"]))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_generated_pages(body: str, title: str, monkeypatch: pytest.MonkeyPatch) -> None:
    page = f"<!DOCTYPE html><html><head><title>T</title></head><body>{title}{body}</body></html>"
    _check_page(page, monkeypatch)


def test_parse_gives_the_same_article_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole pipeline on the seed page, with the compiled walks and without them."""
    data = (FIXTURES / "networker" / "seed.html").read_bytes()
    compiled = newsparse.parse(data).to_dict()
    monkeypatch.setattr(measure, "_COMPILED", False)
    monkeypatch.setattr(_context, "_COMPILED", False)
    assert newsparse.parse(data).to_dict() == compiled


@given(
    text=st.text(alphabet=st.sampled_from(list("<>\"'/= aZ-\t\u00e9\u4e2d\U0001f600")), max_size=300),
    units=st.integers(1, 6),
)
@settings(max_examples=500, deadline=None)
def test_long_tag_scan(text: str, units: int) -> None:
    """The scan against the regex it replaces, with few units so that short texts reach them."""
    pattern = re.compile(_context._LONG_TAG.pattern.replace("{128}", f"{{{units}}}"))
    assert speedups.long_tags(text, units) == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("units", [127, 128])
@pytest.mark.parametrize("shape", ["double", "single", "pairs", "run"])
def test_long_tag_boundary(units: int, shape: str) -> None:
    """A tag of exactly 127 units is left alone, one of 128 is long (a unit: a quoted value, or up
    to 16 other characters)."""
    html = {
        "double": "<div " + '"x"' * (units - 1),  # the space, then quoted values
        "single": "<div " + "'y'" * (units - 1),
        "pairs": "<div" + ' b="<>"' * (units // 2) + '"z"' * (units % 2),  # " b=" and a value each
        "run": "<div " + "a" * (16 * units - 1),  # 16 characters a unit
    }[shape] + "><p>text</p></div>"
    expected = [(0, 4)] if units >= 128 else []
    assert _context._long_tags_in_python(html) == expected
    assert speedups.long_tags(html, _context._LONG_TAG_UNITS) == expected


def test_sizes_defer_to_python_for_comments_and_entities() -> None:
    """Nodes the compiled sizes do not read make them answer None (the caller then asks Python)."""
    root = etree.fromstring("<html><body><p>one <!-- note --> two</p></body></html>")
    assert speedups.paragraph_chars(root) is None
    assert measure._paragraph_chars(root) == len("one") + len("two")
    root = etree.fromstring(
        '<!DOCTYPE html [<!ENTITY w "word">]><html><body><div>&w; x</div></body></html>',
        etree.XMLParser(resolve_entities=False),
    )
    div = root.find(".//div")
    assert div is not None and any(isinstance(n, etree._Entity) for n in div)
    assert speedups.surely_below(div, 100.0) is None


def test_snippets_read_comments_as_lxml_does() -> None:
    """Comments (which pages parsed by newsparse never hold) are read as lxml shows them."""
    root = etree.fromstring(
        "<html><body><h1>Title</h1><!-- 12 May 2021 --><div class='date'>3 June<!--x-->2020"
        "<span>Tue</span> tail</div><nav>menu</nav> after</body></html>"
    )
    body = root.find("body")
    assert body is not None
    headline = body.find("h1")
    start = (body, headline, frozenset(), frozenset([headline, body]))
    python = list(dates._snippets_in_python(*start))
    args = (dates._MAX_SNIPPETS, dates._SKIP_TAGS, dates._SNIPPET_HELPERS)
    assert list(speedups.snippets(*start, *args)) == python
    assert any(text.strip() == "12 May 2021" for text, *_ in python)


@given(
    st.text(
        alphabet=st.sampled_from(
            list("ab \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2003\u200b\u2028\u3000\ufeffé€\U0001f600")
        ),
        max_size=40,
    )
)
@settings(max_examples=500, deadline=None)
def test_clean_is_the_python_clean(text: str) -> None:
    assert speedups.clean(text) == _text._clean_in_python(text)


def test_clean_of_nothing() -> None:
    assert speedups.clean(None) == speedups.clean("") == ""


_HINT_PIECES = [
    "ad",
    "s",
    "-",
    "nav",
    "bar",
    "share",
    "teaser",
    "text",
    "post",
    "tag",
    "list",
    "x",
    "1",
    "_",
    "img",
]


@given(st.lists(st.sampled_from(_HINT_PIECES), max_size=6).map("".join))
@settings(max_examples=800, deadline=None)
def test_hint_matcher_is_the_hint_regexes(word: str) -> None:
    from newsparse.generic.body import hints

    assert hints._FLAGS_OF_MATCHES[hints._MATCHER.matches(word)] == hints._word_flags_in_python(word)


_CLASS_SELECTORS = (".share-bar", ".Promo", "#sidebar", "#post-1", ".tag-cloud", ".x")
_CLASS_PIECES = [
    *_HINT_PIECES,
    "Share",
    "NAV",
    "category-",
    "tag-",
    "share-bar",
    "Promo",
    "sidebar",
    "post-1",
    "cloud",
    " ",
    "  ",
    "\t",
    "\n",
    "\x0b",
    "\x1c",
    "é",
    "\xa0",
    "a" * 70,
]
_class_values = st.one_of(st.none(), st.lists(st.sampled_from(_CLASS_PIECES), max_size=7).map("".join))


@given(_class_values, _class_values)
@settings(max_examples=1500, deadline=None)
def test_class_rules_are_classify(cls: str | None, ident: str | None) -> None:
    """The compiled verdict of a class and id is ``_classify``'s, or None (Python decides) for
    values not in ASCII and words too long for its buffer."""
    from newsparse.generic.body import hints

    selectors = hints._Selectors(_CLASS_SELECTORS)
    assert selectors.rules is not None
    found = selectors.rules(cls, ident)
    expected = hints._classify(selectors, cls, ident)
    if found is None:
        words = f"{cls or ''} {ident or ''}"
        assert not words.isascii() or max(len(word) for word in words.split()) > 64
    else:
        assert found == expected


def test_class_rules_cases() -> None:
    from newsparse.generic.body import hints

    selectors = hints._Selectors(_CLASS_SELECTORS)
    rules = selectors.rules
    assert rules is not None
    assert rules("entry-content share-bar", None) == -1  # a boilerplate selector's class
    assert rules("share-bar-x", None) == hints._classify(selectors, "share-bar-x", None) != -1
    assert rules(None, "post-1") == -1  # an id compared whole
    assert rules(None, "post-1 x") == hints._classify(selectors, None, "post-1 x") != -1
    assert rules("x y", None) == -1
    assert rules("category-advert", None) == 0  # WordPress's taxonomy classes are no hints
    assert rules(None, "category-advert") == hints._classify(selectors, None, "category-advert") != 0
    assert rules("", "") == 0
    assert rules("Sidebar", None) == hints._classify(selectors, "Sidebar", None) != 0  # hints ignore case
    assert rules("café", None) is None


def test_measure_drop_shares(monkeypatch: pytest.MonkeyPatch) -> None:
    """The compiled drop share on each of its cases: structural tags, a header holding a
    heading alone, the article's own containers, ``itemprop=articleBody``, an ``<h1>`` deep
    inside a chrome-named wrapper, strong and content words."""
    prose = "<p>" + "Words of the article, written out at length. " * 12 + "</p>"
    html = (
        "<html><body>"
        "<header><h2>Part one</h2></header>"
        "<header><h2>Part two</h2><p>with a line</p></header>"
        f"<nav class='menu'>{prose}</nav>"
        f"<div class='sidebar'><div><section><h1>Title</h1></section></div>{prose}</div>"
        f"<div class='related' itemprop='articleBody'>{prose}</div>"
        f"<div class='share-bar'>{prose}</div>"
        f"<div class='share-content'>{prose}</div>"
        f"<main class='promo'>{prose}</main>"
        f"<div class='newsletter'><p>Sign up</p></div>"
        f"{prose}{prose}"
        "</body></html>"
    )
    python, compiled = _analyses(_page(html), monkeypatch)
    _same_analysis(python, compiled)
    assert python.excluded  # the small newsletter box at least


def _xpath_select(root: etree._Element, selector: str) -> list[etree._Element]:
    return [el for el in _context.compile_css(selector)(root) if isinstance(el, etree._Element)]


def _asked_selectors() -> list[str]:
    """Every page-wide selector the finders and site extractors ask on the fixture pages."""
    asked: dict[str, None] = {}
    original = Page._select

    def record(
        self: Page, selector: str, query: Any, root: etree._Element | None = None
    ) -> list[etree._Element]:
        asked[selector] = None
        return original(self, selector, query, root)

    Page._select = record  # type: ignore[method-assign]
    try:
        for path in _fixture_pages():
            newsparse.parse(_read(path))
    finally:
        Page._select = original  # type: ignore[method-assign]
    return list(asked)


def test_select_is_the_xpath_on_every_fixture() -> None:
    """Every simple selector the code asks, from the root and from each ``<body>`` child."""
    selectors = _asked_selectors()
    simple = [s for s in selectors if _context.simple_selector(s) is not None]
    assert len(simple) > 20  # most of the finders' selectors take the compiled walk
    for path in _fixture_pages():
        page = _page(_read(path))
        body = page.tree.find("body")
        roots = [page.tree, *(body if body is not None else ())]
        for selector in simple:
            parts = _context.simple_selector(selector)
            assert parts is not None
            query = _context.compile_css(selector)
            for root in roots:
                expected = [el for el in query(root) if isinstance(el, etree._Element)]
                assert speedups.select(root, parts) == expected, (path.name, selector)


_SELECT_WORDS = ["a", "b", "ab", "nav", "post-nav", "x_1", "é", "B"]
_SELECT_SPACES = [" ", "  ", "\t", "\n", "\r", "\f", "\xa0"]


@st.composite
def _select_case(draw: st.DrawFn) -> tuple[str, str]:
    def value() -> str:
        words = draw(st.lists(st.sampled_from(_SELECT_WORDS), max_size=3))
        spaces = [draw(st.sampled_from(_SELECT_SPACES)) for _ in range(len(words) + 1)]
        return spaces[0] * draw(st.booleans()) + "".join(
            w + s for w, s in zip(words, spaces[1:], strict=True)
        )

    elements = []
    for _ in range(draw(st.integers(1, 8))):
        tag = draw(st.sampled_from(["div", "a", "link", "span", "p"]))
        attrs = "".join(
            f' {name}="{value()}"'
            for name in draw(st.lists(st.sampled_from(["class", "id", "rel", "data-x"]), unique=True))
        )
        elements.append(f"<{tag}{attrs}>t</{tag}>" if tag != "link" else f"<link{attrs}>")
    html = "<html><body><div>" + "".join(elements) + "</div></body></html>"
    word = draw(st.sampled_from(_SELECT_WORDS))
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        tag = draw(st.sampled_from(["", "div", "a", "link", "*"]))
        test = draw(
            st.sampled_from(
                [
                    f".{word}",
                    f"#{word}",
                    "[rel]",
                    f"[rel~='{word}']",
                    f"[data-x^='{word}']",
                    f"[data-x$='{word}']",
                    f"[class*='{word}']",
                    f"[id='{word}']",
                    f"[class|='{word}']",
                ]
            )
        )
        parts.append(tag + test * draw(st.integers(1, 2)))
    return html, ", ".join(parts)


@given(_select_case())
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_select_is_the_xpath(case: tuple[str, str]) -> None:
    html, selector = case
    parts = _context.simple_selector(selector)
    if parts is None:
        return  # left to the XPath
    page = _page(html)
    assert speedups.select(page.tree, parts) == _xpath_select(page.tree, selector)
    div = page.tree.find("body/div")
    assert div is not None
    assert speedups.select(div, parts) == _xpath_select(div, selector)


def test_select_leaves_values_of_several_nodes_to_the_xpath() -> None:
    root = etree.fromstring(
        '<!DOCTYPE html [<!ENTITY n "nav">]><html><body><div class="&n; x">t</div></body></html>',
        etree.XMLParser(resolve_entities=False),
    )
    assert speedups.select(root, ((None, ((b"class", 2, b"x"),)),)) is None
    assert speedups.select(root, ((b"body", ()),)) == [root[0]]


_HINT_VALUE_PIECES = [
    "author",
    "AUTHOR",
    "Byline",
    "tag",
    "ta",
    "g",
    "x",
    "-",
    "é",
    "ſ",
    "\u212a",
    "eyword",
    "\0",
    " ",
]


@given(st.lists(st.sampled_from(_HINT_VALUE_PIECES), max_size=12).map("".join))
@settings(max_examples=800, deadline=None)
def test_hint_values_are_the_python_ones(joined: str) -> None:
    """Hint words in any case, split across values, next to non-ASCII letters that fold to
    ASCII ones ("ſ" is an "s", the Kelvin sign a "k" for a case-insensitive regex)."""
    assert landmarks._hint_values(joined) == landmarks._hint_values_in_python(joined)


def test_hint_values_on_every_fixture() -> None:
    for path in _fixture_pages():
        joined = _page(_read(path)).word_text()
        assert landmarks._hint_values(joined) == landmarks._hint_values_in_python(joined), path.name


def _python_inline(el: etree._Element, skip: set[etree._Element]) -> str:
    from newsparse.generic.body import blocks

    parts: list[str] = []
    blocks._inline_parts(el, skip, parts, 0)
    return "".join(parts)


def _same_inline(root: etree._Element) -> None:
    from newsparse.generic.body import blocks

    elements = [el for el in root.iter() if isinstance(el.tag, str) and len(el)]
    skip = set(elements[1::7])  # every seventh element stepped over, as excluded ones are
    for el in elements:
        for chosen in (set(), skip):
            compiled = speedups.inline_text(el, chosen, blocks._STEPPED_OVER, blocks._MAX_DEPTH)
            assert compiled == _python_inline(el, chosen)


def test_inline_text_on_every_fixture() -> None:
    for path in _fixture_pages():
        _same_inline(_page(_read(path)).tree)


def test_inline_text_cases() -> None:
    from newsparse.generic.body import blocks

    page = _page(
        "<html><body><p>One <b>two<br>three</b><script>x()</script> four<br/>"
        "<span><i>deep</i> end</span>\u00a0é</p><p><![CDATA[c]]>x</p></body></html>"
    )
    p = page.tree.find(".//p")
    assert p is not None
    text = speedups.inline_text(p, set(), blocks._STEPPED_OVER, blocks._MAX_DEPTH)
    assert text == _python_inline(p, set()) == "One two\0three four\0deep end\u00a0é"
    # a comment is read by lxml as text: the Python walk decides
    root = etree.fromstring("<div>a<!-- note --><b>b</b></div>")
    assert speedups.inline_text(root, set(), blocks._STEPPED_OVER, blocks._MAX_DEPTH) is None
    assert blocks._inline_text(root, set()) == "a note b"
    # past the walk's depth limit, elements are stepped over (their tails are still read)
    deep = etree.fromstring("<div>" + "<span>x" * 160 + "</span>y" * 160 + "</div>")
    assert speedups.inline_text(deep, set(), blocks._STEPPED_OVER, blocks._MAX_DEPTH) == _python_inline(
        deep, set()
    )
