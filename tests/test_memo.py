"""The process-wide answer caches: bounded, keyed the same way by Python and the compiled walks."""

from __future__ import annotations

import gc

import pytest

from newsparse import _memo
from newsparse._memo import class_key, remember
from newsparse.generic import dates
from newsparse.generic.body import hints


def test_remember_stores_and_returns() -> None:
    cache: dict[str, int] = {}
    assert remember(cache, "a", 1) == 1
    assert cache == {"a": 1}


def test_remember_starts_again_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_memo, "MAX_ENTRIES", 3)
    cache: dict[str, int] = {}
    for i, key in enumerate("abc"):
        remember(cache, key, i)
    assert len(cache) == 3
    remember(cache, "d", 9)
    assert cache == {"d": 9}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("x", None), ("x", "")),
        (("x", None), (None, "x")),
        (("", "x"), ("x", None)),
        (("a b", "c"), ("a", "b c")),
    ],
)
def test_class_key_tells_class_and_id_apart(
    a: tuple[str | None, str | None], b: tuple[str | None, str | None]
) -> None:
    assert class_key(*a) != class_key(*b)


def test_class_key_treats_missing_and_empty_class_alike() -> None:
    # every cached rule reads a missing class as an empty one
    assert class_key(None, None) == class_key("", None) == ""
    assert class_key(None, "main") == class_key("", "main")


def test_caches_hold_nothing_the_garbage_collector_walks() -> None:
    selectors = hints._selectors(("#sidebar", ".share"))
    hints._classify(selectors, "entry-content share", "post-1")
    dates._class_verdict("site-footer", None)
    dates._word_hints("posted-on", "published")
    gc.collect()
    for cache in (selectors.verdicts, hints._WORD_FLAGS, dates._VERDICTS, dates._HINTS):
        assert cache
        assert not gc.is_tracked(cache)


def test_classify_answers_from_its_cache_as_it_computed() -> None:
    selectors = hints._selectors((".share",))
    first = hints._classify(selectors, "share-bar", None)
    assert hints._classify(selectors, "share-bar", None) == first
    assert hints._classify(selectors, "share", "x") == -1  # a boilerplate selector's class
    assert hints._classify(selectors, "share", None) == -1
