"""The registry and the per-field chain: which extractor serves a page, and what happens when one
fails. Small extractors are registered on private registries so the built-ins stay out of the way,
except where dispatch of the built-in Networker / The Record extractors is the point."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest

import newsparse
from newsparse import Extractor, ExtractorError, Registry, ShareCounts, parse, text
from newsparse._context import Page
from newsparse._registry import DISABLE_AUTOLOAD_ENV, default_registry

FIXTURES = Path(__file__).parent / "fixtures"

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Harbour bridge reopens after repairs | Coastline Courier</title>
<meta property="og:title" content="Harbour bridge reopens after repairs">
<meta property="article:published_time" content="2024-05-03T09:00:00+02:00">
<meta name="author" content="Ines Duarte">
</head><body class="{body_class}">
<header><nav><a href="/">Home</a> <a href="/local/">Local</a></nav></header>
<main><article>
<h1 class="story-title">Harbour bridge reopens after repairs</h1>
<div class="entry-content">
<p>The harbour bridge reopened to traffic on Friday morning after eight months of repairs to its
lifting mechanism, the port authority said, ahead of the summer ferry season.</p>
<p>Engineers replaced both counterweight cables and the control cabinet, which had been flooded in
the winter storms. Cyclists will have a separate lane for the first time.</p>
</div>
{extra}
</article></main>
<footer>Coastline Courier</footer>
</body></html>"""


def page(body_class: str = "", extra: str = "") -> str:
    return PAGE.format(body_class=body_class, extra=extra)


class Courier(Extractor):
    name: ClassVar[str] = "courier"
    domains: ClassVar[tuple[str, ...]] = ("coastlinecourier.example",)
    headline = text("h1.story-title")


class Theme(Extractor):
    name: ClassVar[str] = "harbourtheme"
    fingerprint: ClassVar[str | None] = "body.theme-harbour"

    def headline(self) -> str:
        return "from the theme"


class BetterTheme(Extractor):
    name: ClassVar[str] = "harbourtheme-pro"
    fingerprint: ClassVar[str | None] = "body.theme-harbour"
    priority: ClassVar[int] = 10

    def headline(self) -> str:
        return "from the pro theme"


class Wire(Extractor):
    """Embedded chrome of a news agency inside the post."""

    name: ClassVar[str] = "wire"
    embedded: ClassVar[bool] = True
    fingerprint: ClassVar[str | None] = ".wire-credit"
    boilerplate: ClassVar[tuple[str, ...]] = (".wire-credit",)

    def headline(self) -> str:
        return "from the wire"

    def tags(self) -> tuple[str, ...]:
        return tuple(self.page.texts(".wire-credit a"))


def registry(*classes: type[Extractor]) -> Registry:
    reg = Registry(autoload=False)
    for cls in classes:
        reg.register(cls)
    return reg


def chain(reg: Registry, html: str, url: str | None = None) -> list[str]:
    return [c.name for c in reg.resolve(Page(html, url=url)).chain]


# --- resolution ----------------------------------------------------------------------------------------


def test_host_picks_the_site_extractor() -> None:
    reg = registry(Courier)
    assert chain(reg, page(), "https://coastlinecourier.example/local/bridge") == ["courier", "generic"]
    assert chain(reg, page(), "https://www.coastlinecourier.example/local/bridge") == ["courier", "generic"]
    article = parse(page(), "https://coastlinecourier.example/local/bridge", registry=reg)
    assert article.extractor == "courier"
    assert article.provenance["headline"] == "site:courier"


def test_subdomains_are_served_but_lookalike_hosts_are_not() -> None:
    reg = registry(Courier)
    assert reg.for_host("edition.coastlinecourier.example") is Courier
    assert reg.for_host("notcoastlinecourier.example") is None
    assert reg.for_host("coastlinecourier.example.evil.test") is None


def test_most_specific_domain_wins() -> None:
    class Sport(Extractor):
        name: ClassVar[str] = "courier-sport"
        domains: ClassVar[tuple[str, ...]] = ("sport.coastlinecourier.example",)

    reg = registry(Courier, Sport)
    assert reg.for_host("live.sport.coastlinecourier.example") is Sport
    assert reg.for_host("coastlinecourier.example") is Courier


def test_fingerprint_without_url() -> None:
    reg = registry(Courier, Theme)
    assert chain(reg, page("theme-harbour")) == ["harbourtheme", "generic"]
    assert chain(reg, page("other-theme")) == ["generic"]
    assert parse(page("theme-harbour"), registry=reg).headline == "from the theme"


def test_host_beats_fingerprint() -> None:
    reg = registry(Courier, Theme)
    html = page("theme-harbour")
    assert chain(reg, html, "https://coastlinecourier.example/x") == ["courier", "generic"]
    assert parse(html, "https://coastlinecourier.example/x", registry=reg).headline == (
        "Harbour bridge reopens after repairs"
    )


def test_priority_breaks_fingerprint_ties() -> None:
    reg = registry(Theme, BetterTheme)
    assert chain(reg, page("theme-harbour")) == ["harbourtheme-pro", "generic"]
    assert reg.resolve(Page(page("theme-harbour"))).reason.startswith("fingerprint")


def test_embedded_extractor_goes_first() -> None:
    reg = registry(Courier, Wire)
    credit = '<p class="wire-credit">Filed by <a href="https://wire.example/t/transport">Transport</a></p>'
    html = page(extra=credit)
    assert chain(reg, html, "https://coastlinecourier.example/x") == ["wire", "courier", "generic"]
    article = parse(html, "https://coastlinecourier.example/x", registry=reg)
    assert article.headline == "from the wire"
    assert article.provenance["headline"] == "site:wire"
    assert article.tags == ("Transport",)
    # the site is still the page's extractor, and the embedded chrome's boilerplate left the body
    assert article.extractor == "courier"
    assert "Filed by" not in article.body.text
    # not matched: not in the chain
    assert chain(reg, page(), "https://coastlinecourier.example/x") == ["courier", "generic"]


# --- registration and plugins --------------------------------------------------------------------------


def test_register_rejects_bad_classes() -> None:
    reg = registry(Courier)
    with pytest.raises(TypeError):
        reg.register(object)  # type: ignore[type-var]

    class Nameless(Extractor):
        pass

    with pytest.raises(ValueError, match="no name"):
        reg.register(Nameless)

    class Clash(Extractor):
        name: ClassVar[str] = "courier"

    with pytest.raises(ValueError, match="already registered"):
        reg.register(Clash)
    assert reg.register(Courier) is Courier  # re-registering the same class is a no-op


class _EntryPoint:
    def __init__(self, name: str, value: str, load: Any) -> None:
        self.name, self.value, self.load = name, value, load


def test_broken_plugin_is_reported_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode() -> Any:
        raise ImportError("No module named 'lxml_plus'")

    class Plugged(Extractor):
        name: ClassVar[str] = "plugged"
        domains: ClassVar[tuple[str, ...]] = ("plugged.example",)

    points = [
        _EntryPoint("broken", "broken_pkg.extractor:Broken", explode),
        _EntryPoint("plugged", "plugged_pkg:Plugged", lambda: Plugged),
    ]
    monkeypatch.delenv(DISABLE_AUTOLOAD_ENV, raising=False)
    monkeypatch.delenv("NEWSPARSE_STRICT_PLUGINS", raising=False)
    monkeypatch.setattr("importlib.metadata.entry_points", lambda group=None: points)
    reg = Registry()
    with pytest.warns(RuntimeWarning, match="broken"):
        reg.load()
    assert [(b.name, b.source) for b in reg.broken] == [("broken", "entry point broken_pkg.extractor:Broken")]
    assert "ImportError" in reg.broken[0].error
    # the healthy plugin and the built-ins still load and serve pages
    assert reg.for_host("plugged.example") is Plugged
    assert "networker" in reg
    article = parse(page(), "https://plugged.example/a", registry=reg)
    assert article.extractor == "plugged"


def test_strict_plugins_env_makes_a_broken_plugin_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode() -> Any:
        raise RuntimeError("bad plugin")

    monkeypatch.delenv(DISABLE_AUTOLOAD_ENV, raising=False)
    monkeypatch.setenv("NEWSPARSE_STRICT_PLUGINS", "1")
    monkeypatch.setattr(
        "importlib.metadata.entry_points", lambda group=None: [_EntryPoint("bad", "bad:X", explode)]
    )
    with pytest.raises(RuntimeError, match="bad plugin"):
        Registry().load()


# --- per-field fallback --------------------------------------------------------------------------------


def test_unimplemented_and_empty_fields_fall_back_to_generic() -> None:
    class Sparse(Extractor):
        name: ClassVar[str] = "sparse"
        domains: ClassVar[tuple[str, ...]] = ("sparse.example",)
        headline = text("h1.story-title")
        subheadline = text(".no-such-thing")  # empty: falls back (and generic has none either)

        def tags(self) -> tuple[str, ...]:
            return ()

    article = parse(page(), "https://sparse.example/a", registry=registry(Sparse))
    assert article.provenance["headline"] == "site:sparse"
    assert article.published is not None and article.published.isoformat() == "2024-05-03T09:00:00+02:00"
    assert article.provenance["published"] in ("meta", "jsonld")
    assert article.provenance["body"] == "generic"
    assert "harbour bridge reopened" in article.body.text
    assert "subheadline" not in article.provenance
    assert article.errors == {}


def test_a_raising_field_loses_only_that_field() -> None:
    class Flaky(Extractor):
        name: ClassVar[str] = "flaky"
        domains: ClassVar[tuple[str, ...]] = ("flaky.example",)

        def headline(self) -> str:
            raise ZeroDivisionError("selector arithmetic")

        def tags(self) -> tuple[str, ...]:
            return ("Bridges",)

    article = parse(page(), "https://flaky.example/a", registry=registry(Flaky))
    assert article.headline == "Harbour bridge reopens after repairs"
    assert article.provenance["headline"] != "site:flaky"
    assert "flaky" in article.errors["headline"]
    assert "ZeroDivisionError" in article.errors["headline"]
    assert article.tags == ("Bridges",)
    assert article.provenance["tags"] == "site:flaky"
    assert set(article.errors) == {"headline"}


def test_strict_reraises_as_extractor_error() -> None:
    class Flaky(Extractor):
        name: ClassVar[str] = "flaky"
        domains: ClassVar[tuple[str, ...]] = ("flaky.example",)

        def headline(self) -> str:
            raise ZeroDivisionError("selector arithmetic")

    with pytest.raises(ExtractorError) as info:
        parse(page(), "https://flaky.example/a", strict=True, registry=registry(Flaky))
    assert info.value.extractor == "flaky"
    assert info.value.field == "headline"
    assert isinstance(info.value.__cause__, ZeroDivisionError)


def test_wrong_return_type_falls_back() -> None:
    class Sloppy(Extractor):
        name: ClassVar[str] = "sloppy"
        domains: ClassVar[tuple[str, ...]] = ("sloppy.example",)

        def headline(self) -> Any:
            return 42

        def share_counts(self) -> Any:
            return {"total": 3}

        def tags(self) -> Any:
            return "bridges, ferries"  # a str is not a sequence of tags

    article = parse(page(), "https://sloppy.example/a", registry=registry(Sloppy))
    assert article.headline == "Harbour bridge reopens after repairs"
    assert "TypeError" in article.errors["headline"]
    assert "TypeError" in article.errors["share_counts"]
    assert "TypeError" in article.errors["tags"]
    assert article.share_counts is None


def test_share_counts_from_a_site_extractor_keep_their_provenance() -> None:
    class Counted(Extractor):
        name: ClassVar[str] = "counted"
        domains: ClassVar[tuple[str, ...]] = ("counted.example",)

        def share_counts(self) -> ShareCounts:
            return ShareCounts(total=7, by_network={"facebook": 7})

    article = parse(page(), "https://counted.example/a", registry=registry(Counted))
    assert article.share_counts == ShareCounts(total=7, by_network={"facebook": 7})
    assert article.provenance["share_counts"] == "site:counted"


# --- forcing an extractor ------------------------------------------------------------------------------


def test_generic_can_be_forced() -> None:
    reg = registry(Courier)
    article = parse(page(), "https://coastlinecourier.example/x", extractor="generic", registry=reg)
    assert article.extractor == "generic"
    assert not any(v.startswith("site:") for v in article.provenance.values())


def test_a_named_extractor_can_be_forced() -> None:
    reg = registry(Courier, Theme)
    article = parse(page(), extractor="harbourtheme", registry=reg)
    assert article.extractor == "harbourtheme"
    assert article.headline == "from the theme"


def test_unknown_forced_name_is_a_clear_key_error() -> None:
    reg = registry(Courier)
    with pytest.raises(KeyError, match=r"no extractor named 'nope'.*courier"):
        parse(page(), extractor="nope", registry=reg)


# --- the built-in Networker / The Record extractors, dispatched by markup alone ------------------------


def test_seed_page_dispatches_without_url() -> None:
    html = (FIXTURES / "networker" / "seed.html").read_text(encoding="utf-8")
    resolution = default_registry.resolve(Page(html))
    assert [c.name for c in resolution.chain] == ["therecord-embedded", "networker", "generic"]
    article = newsparse.parse(html)
    assert article.extractor == "networker"
    assert article.provenance["authors"] == "site:therecord-embedded"


def test_record_chrome_is_not_embedded_on_therecord_itself() -> None:
    html = (FIXTURES / "networker" / "seed.html").read_text(encoding="utf-8")
    names = [c.name for c in default_registry.resolve(Page(html, url="https://therecord.media/x")).chain]
    assert names == ["therecord", "generic"]


def test_contains_selector_works_on_every_page() -> None:
    """``:contains()`` in a cached selector keeps working from one document to the next (lxml's
    own ``CSSSelector`` fails on the second document: its extension function goes missing)."""
    for i in range(4):
        page = Page(f"<html><body><p>Hello {i}</p><p>other</p></body></html>")
        assert [el.text for el in page.css("p:contains('Hello')")] == [f"Hello {i}"]


def test_record_chrome_leaves_the_body_whichever_extractor_produces_it() -> None:
    from newsparse.extractors.therecord import TheRecordEmbedded

    html = (FIXTURES / "networker" / "seed.html").read_bytes()
    with_theme = newsparse.parse(html)
    generic_only = parse(html, registry=registry(TheRecordEmbedded))
    assert with_theme.provenance["body"] == "site:networker"
    assert generic_only.provenance["body"] == "generic"
    for article in (with_theme, generic_only):
        assert len(article.body.blocks) == 6
        assert "No previous article" not in article.body.text
        assert "founding editor-in-chief" not in article.body.text
        assert "Intelligence Cloud" not in article.body.text
