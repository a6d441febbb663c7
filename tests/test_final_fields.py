"""``Extractor.final``: an empty answer from the site is the answer, with no generic fallback."""

from __future__ import annotations

from typing import ClassVar

import newsparse
from newsparse import Extractor, Registry

PAGE = """<!doctype html><html lang="en"><head><title>Story</title>
<meta name="keywords" content="Day: Monday, WC: 500-999">
<meta property="article:tag" content="Day: Monday">
</head><body><article><h1>Story</h1><p>{}</p></article></body></html>""".format("Some text. " * 40)


class _Site(Extractor):
    name = "final-site"
    domains: ClassVar[tuple[str, ...]] = ("final.example",)

    def tags(self) -> tuple[str, ...]:
        return ()


class _FinalSite(_Site):
    name = "final-site-strict"
    domains: ClassVar[tuple[str, ...]] = ("strict.final.example",)
    final: ClassVar[tuple[str, ...]] = ("tags",)


def _registry() -> Registry:
    reg = Registry(autoload=False)
    reg.register(_Site)
    reg.register(_FinalSite)
    return reg


def test_empty_answer_falls_back_by_default() -> None:
    article = newsparse.parse(PAGE, url="https://final.example/story", registry=_registry())
    assert article.tags == ("Day: Monday",)
    assert article.provenance["tags"] == "meta"


def test_empty_answer_of_a_final_field_stands() -> None:
    article = newsparse.parse(PAGE, url="https://strict.final.example/story", registry=_registry())
    assert article.tags == ()
    assert "tags" not in article.provenance
    assert article.headline == "Story"  # other fields still fall back


def test_a_final_field_that_raises_still_falls_back() -> None:
    class Broken(_FinalSite):
        name = "final-broken"
        domains: ClassVar[tuple[str, ...]] = ("broken.final.example",)

        def tags(self) -> tuple[str, ...]:
            raise RuntimeError("selector exploded")

    reg = _registry()
    reg.register(Broken)
    article = newsparse.parse(PAGE, url="https://broken.final.example/story", registry=reg)
    assert article.tags == ("Day: Monday",)
    assert "RuntimeError" in article.errors["tags"]
