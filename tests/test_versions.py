"""Layout versions (``Version`` nested in an extractor) and the ``byline``/``body`` rules."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

import newsparse
from newsparse import Extractor, Registry, Version, body, byline, text

PAGE = """<!doctype html><html lang="en"><head><title>t</title>{head}</head><body>
<h1 class="new">New layout headline</h1><h1 class="old">Old layout headline</h1>
{extra}
<div class="story"><p>The first paragraph of the story has enough words to be running text.</p></div>
<div class="wrapper">
<div class="inner"><p>Inner paragraph with enough words to count as a paragraph.</p></div>
<p>Outer paragraph that only the wrapper holds, also long enough to be text.</p></div>
</body></html>"""
LD = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "%s"}</script>'


class Site(Extractor):
    """A site with a probed layout and a dated one."""

    name = "versions_site"
    domains = ("versions.example",)
    headline = text("h1.new")

    class Legacy(Version):
        probe = "div.legacy-marker"
        headline = text("h1.old")
        subheadline = text("div.legacy-marker")

    class Before2020(Version):
        valid_until = date(2020, 1, 1)
        headline = text("h1.old")


def _parse(html: str, fetched: datetime | None = None) -> newsparse.Article:
    reg = Registry(autoload=False)
    reg.register(Site)
    return newsparse.parse(html, url="https://versions.example/a", fetched=fetched, registry=reg)


def test_no_probe_and_no_date_means_the_current_layout() -> None:
    assert _parse(PAGE.format(head="", extra="")).headline == "New layout headline"


def test_probe_selects_its_layout_and_adds_its_fields() -> None:
    article = _parse(PAGE.format(head="", extra='<div class="legacy-marker">Legacy standfirst</div>'))
    assert article.headline == "Old layout headline"
    assert article.subheadline == "Legacy standfirst"
    assert article.provenance["headline"] == "site:versions_site"


@pytest.mark.parametrize(
    ("fetched", "expected"),
    [
        (datetime(2019, 12, 31, tzinfo=UTC), "Old layout headline"),
        (datetime(2020, 1, 1, tzinfo=UTC), "New layout headline"),
    ],
)
def test_fetch_date_against_valid_until(fetched: datetime, expected: str) -> None:
    assert _parse(PAGE.format(head="", extra=""), fetched=fetched).headline == expected


def test_without_fetch_date_the_page_date_decides() -> None:
    old = PAGE.format(head=LD % "2018-05-01T10:00:00Z", extra="")
    new = PAGE.format(head=LD % "2023-05-01T10:00:00Z", extra="")
    assert _parse(old).headline == "Old layout headline"
    assert _parse(new).headline == "New layout headline"
    # the fetch date wins over what the page says
    assert _parse(old, fetched=datetime(2024, 1, 1, tzinfo=UTC)).headline == "New layout headline"


def test_versions_are_built_subclasses_probes_first() -> None:
    versions = Site.versions()
    assert [v.version for v in versions] == ["Legacy", "Before2020"]
    assert all(issubclass(v, Site) and v.name == "versions_site" for v in versions)
    assert Site.version is None
    assert "subheadline" in Site.fields()  # a field only a version implements
    assert Site.select(newsparse._context.Page(PAGE.format(head="", extra=""))) is Site


def test_a_version_needs_a_probe_or_a_date() -> None:
    with pytest.raises(TypeError, match="needs a probe or a valid_until"):

        class Broken(Extractor):
            name = "broken_versions"

            class Nothing(Version):
                headline = text("h1")


def test_byline_splits_names_and_takes_profile_links() -> None:
    class Bylines(Extractor):
        name = "bylines"
        one = byline("p.one")
        two = byline("p.two")
        around = byline("p.around span")

    html = """<html><body>
    <p class="one">By <a href="/people/ann">Ann Lee</a></p>
    <p class="two">By <a href="/people/ann">Ann Lee</a> and <a href="/people/bo">Bo Park</a></p>
    <p class="around"><a href="/people/cy"><span>Cy Dunn</span></a></p></body></html>"""
    ex = Bylines(newsparse._context.Page(html, url="https://x.example/a"))
    assert [(a.name, a.url) for a in ex.one()] == [("Ann Lee", "https://x.example/people/ann")]
    # two names in one element: which link is whose is not known, so neither gets one
    assert [(a.name, a.url) for a in ex.two()] == [("Ann Lee", None), ("Bo Park", None)]
    assert [(a.name, a.url) for a in ex.around()] == [("Cy Dunn", "https://x.example/people/cy")]


def test_body_tries_its_selectors_in_order() -> None:
    class Bodies(Extractor):
        name = "bodies"
        in_order = body("div.missing", "div.inner", "div.wrapper")
        comma = body("div.inner, div.wrapper")

    ex = Bodies(newsparse._context.Page(PAGE.format(head="", extra="")))
    assert ex.in_order().text.startswith("Inner paragraph")
    assert "Outer paragraph" not in ex.in_order().text
    # a comma list matches in document order: the wrapper comes first
    assert "Outer paragraph" in ex.comma().text
