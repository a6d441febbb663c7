"""Property-based fuzzing: random HTML trees and random mutations of the fixture pages.

Every input must give an Article or ``InvalidDocument``, and the Article must be well formed: it
survives ``to_dict``/``from_dict``, its URLs are absolute http(s), and no extractor failed on it
(an ``errors`` entry is a crash that the per-field fallback hid).

In CI the example count is small and the examples are derandomised (the same inputs each run). For
a long local run, give a budget and let hypothesis draw fresh inputs::

    NEWSPARSE_FUZZ_EXAMPLES=20000 .venv/bin/pytest tests/test_fuzz.py -p no:cacheprovider

or run the coverage-guided atheris target (``pip install atheris``) for as long as you like::

    .venv/bin/python tests/test_fuzz.py -atheris_runs=200000 -max_len=200000

The inputs tried and what they found are recorded in docs/background/robustness.md.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, InvalidDocument

EXAMPLES = int(os.environ.get("NEWSPARSE_FUZZ_EXAMPLES", "0"))
LONG_RUN = EXAMPLES > 0
FUZZ = settings(
    max_examples=EXAMPLES or 60,
    deadline=None,
    derandomize=not LONG_RUN,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

FIXTURES = Path(__file__).parent / "fixtures"
URL = "https://news.example.org/2024/03/05/story"


def _seed_pages() -> list[bytes]:
    pages = []
    for path in sorted(FIXTURES.rglob("*.html*")):
        data = path.read_bytes()
        pages.append(gzip.decompress(data) if path.suffix == ".gz" else data)
    # a page of our own, so the suite has seeds even without fixtures
    sys.path.insert(0, str(Path(__file__).parent))
    from test_hostile import page

    pages.append(page(head='<script type="application/ld+json">{"@type": "NewsArticle"}</script>').encode())
    # big pages make each example slow; mutations of a prefix exercise the same parser paths
    return [p[:200_000] for p in pages]


SEEDS = _seed_pages()


def url_values(value: Any, key: str = "") -> Iterator[str]:
    """Every string stored under a key naming a URL in an article's dict form."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in ("provenance", "errors"):
                yield from url_values(v, k)
    elif isinstance(value, list):
        for item in value:
            yield from url_values(item, key)
    elif isinstance(value, str) and (key == "url" or key.endswith("_url")):
        yield value


def check(
    data: str | bytes, url: str | None = URL, *, failed_fields: dict[str, bytes] | None = None
) -> Article | None:
    """The properties every input must have; returns the Article (None for InvalidDocument).

    With ``failed_fields``, an extractor failure (an ``errors`` entry) is collected there (its
    message -> the first input) instead of failing, so a long run goes on past a known bug.
    """
    try:
        article = newsparse.parse(data, url=url)
    except InvalidDocument as exc:
        assert str(exc)  # a reason is given
        return None
    assert isinstance(article, Article)
    if failed_fields is None:
        assert article.errors == {}, article.errors
    else:
        for field, message in article.errors.items():
            key = f"{field}: {message.split(':', 2)[1].strip()}: {message.rsplit(':', 1)[-1].strip()[:60]}"
            if key not in failed_fields:
                failed_fields[key] = data if isinstance(data, bytes) else data.encode("utf-8", "replace")
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    for value in url_values(article.to_dict()):
        assert value.startswith(("http://", "https://")), value
    return article


# --- random HTML trees --------------------------------------------------------------------------------

TAGS = [
    "html",
    "head",
    "body",
    "title",
    "meta",
    "link",
    "base",
    "script",
    "style",
    "noscript",
    "template",
    "div",
    "p",
    "span",
    "a",
    "article",
    "main",
    "section",
    "aside",
    "header",
    "footer",
    "nav",
    "h1",
    "h2",
    "h3",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "img",
    "picture",
    "source",
    "figure",
    "figcaption",
    "blockquote",
    "pre",
    "code",
    "br",
    "hr",
    "b",
    "i",
    "em",
    "strong",
    "time",
    "address",
    "form",
    "input",
    "textarea",
    "svg",
    "math",
    "iframe",
    "video",
    "embed",
    "object",
    "select",
    "option",
    "frameset",
    "frame",
    "plaintext",
    "xmp",
    "font",
    "center",
]
ATTRS = [
    "class",
    "id",
    "href",
    "src",
    "srcset",
    "content",
    "name",
    "property",
    "itemprop",
    "itemscope",
    "itemtype",
    "rel",
    "datetime",
    "lang",
    "charset",
    "type",
    "style",
    "data-src",
    "alt",
    "title",
    "dir",
    "hidden",
    "role",
]
NASTY = [
    "javascript:alert(1)",
    "data:text/html,<script>x</script>",
    "vbscript:x",
    "//cdn.example.org/x.jpg",
    "/relative/path",
    "http://",
    "https://[::1",
    "ftp://x",
    "\x00",
    "\ud800",
    "\ufeff",
    "&amp;&#0;&#xD800;&#99999999;&bogus",
    "<!--",
    "-->",
    "]]>",
    "<![CDATA[",
    "</script>",
    "NewsArticle",
    "og:title",
    "article:published_time",
    "2024-02-30T25:61:00Z",
    "1e999",
    "author",
    "\u202e",
    "a" * 3000,
]
text = st.one_of(st.text(max_size=40), st.sampled_from(NASTY))

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | text,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "@type",
                    "@graph",
                    "@id",
                    "headline",
                    "name",
                    "author",
                    "datePublished",
                    "dateModified",
                    "image",
                    "url",
                    "publisher",
                    "keywords",
                    "articleSection",
                    "description",
                    "logo",
                    "@value",
                ]
            )
            | text,
            inner,
            max_size=5,
        )
    ),
    max_leaves=20,
)


def _jsonld(value: Any) -> str:
    raw = json.dumps(value, allow_nan=True)
    return f'<script type="application/ld+json">{raw}</script>'


@st.composite
def html_trees(draw: st.DrawFn, depth: int = 0) -> str:
    """A random element: any tag, random attributes, children or text, end tag sometimes left out."""
    if depth > 6 or draw(st.integers(0, 3)) == 0:
        choice = draw(st.integers(0, 9))
        if choice == 0:
            return _jsonld(draw(JSON))
        if choice == 1:
            return draw(st.sampled_from(NASTY))
        return draw(text)
    tag = draw(st.sampled_from(TAGS))
    attrs = draw(st.lists(st.tuples(st.sampled_from(ATTRS) | st.text(max_size=8), text), max_size=4))
    rendered = "".join(f' {k}="{v}"' if draw(st.booleans()) else f" {k}={v}" for k, v in attrs)
    children = draw(st.lists(html_trees(depth + 1), max_size=4))
    closing = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", "", f"</{draw(st.sampled_from(TAGS))}>"]))
    return f"<{tag}{rendered}>{''.join(children)}{closing}"


@FUZZ
@given(st.lists(html_trees(), min_size=1, max_size=6), st.booleans(), st.sampled_from([URL, None]))
def test_random_html_trees(parts: list[str], doctype: bool, url: str | None) -> None:
    html = ("<!DOCTYPE html>" if doctype else "") + "".join(parts)
    article = check(html, url)
    if article is not None:
        assert check(html.encode("utf-8", "surrogatepass"), url) is not None


# --- mutations of real-looking pages ---------------------------------------------------------------------


@st.composite
def mutated_pages(draw: st.DrawFn) -> bytes:
    """A fixture page, truncated, with bytes flipped, chunks spliced in from another page or dropped."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        kind = draw(st.sampled_from(["truncate", "flip", "splice", "delete", "duplicate", "insert"]))
        at = draw(st.integers(0, len(data) - 1))
        if kind == "truncate":
            del data[at:]
        elif kind == "flip":
            for _ in range(draw(st.integers(1, 16))):
                pos = draw(st.integers(0, len(data) - 1))
                data[pos] ^= 1 << draw(st.integers(0, 7))
        elif kind == "splice":
            other = draw(st.sampled_from(SEEDS))
            start = draw(st.integers(0, len(other)))
            data[at:at] = other[start : start + draw(st.integers(1, 5000))]
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 5000))]
        elif kind == "duplicate":
            data[at:at] = data[at : at + draw(st.integers(1, 2000))]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
    return bytes(data)


@FUZZ
@given(mutated_pages(), st.sampled_from([URL, None]))
def test_mutated_fixture_pages(data: bytes, url: str | None) -> None:
    check(data, url)


@FUZZ
@given(mutated_pages())
def test_str_and_bytes_agree_on_mutated_pages(data: bytes) -> None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        assume(False)
        return
    try:
        from_bytes = newsparse.parse(data, url=URL)
    except InvalidDocument:
        with pytest.raises(InvalidDocument):
            newsparse.parse(text, url=URL)
        return
    assert newsparse.parse(text, url=URL) == from_bytes


@FUZZ
@given(st.binary(max_size=2000) | st.text(max_size=2000))
def test_arbitrary_input(data: str | bytes) -> None:
    check(data)


# --- the long, coverage-guided target ------------------------------------------------------------------


def atheris_main() -> None:  # pragma: no cover - a local tool
    """Run atheris on ``parse()``: each input is a page (seeded by the fixtures), with or without URL."""
    import atheris

    corpus = Path(os.environ.get("NEWSPARSE_FUZZ_CORPUS", "/tmp/newsparse-fuzz-corpus"))
    corpus.mkdir(parents=True, exist_ok=True)
    for i, seed in enumerate(SEEDS):
        (corpus / f"seed-{i}.html").write_bytes(seed[:50_000])
    found: dict[str, bytes] = {}
    counter = {"runs": 0}

    def one(data: bytes) -> None:
        counter["runs"] += 1
        url = URL if data[:1] and data[0] & 1 else None
        before = len(found)
        check(data[1:], url, failed_fields=found)
        if len(found) > before:
            key = list(found)[-1]
            print(f"\nFIELD FAILURE after {counter['runs']} runs: {key}", flush=True)
            (corpus.parent / f"field-failure-{len(found)}.html").write_bytes(found[key])
        if counter["runs"] % 1000 == 0:
            print(f"\nRUNS {counter['runs']} field failures {len(found)}", flush=True)

    atheris.Setup([sys.argv[0], str(corpus), *sys.argv[1:]], one)
    atheris.Fuzz()


if __name__ == "__main__":  # pragma: no cover
    import atheris

    atheris.instrument_all()  # coverage feedback from newsparse, lxml's Python side and the rest
    atheris_main()
