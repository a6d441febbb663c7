"""Process-wide caches of answers that depend on a short string alone (class words, class
strings): plain dicts of strings and ints, bounded by clearing.

Not ``functools.lru_cache``: its entries are objects the garbage collector walks at every full
collection (tens of thousands of them after a few hundred pages, a collection costing 30 ms),
while a dict holding only strings and ints is never tracked. The lookups are written inline where
they are hot (a dict lookup, and the compiled body walk does it without calling Python)."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

#: Entries a cache holds before it starts again (about 3 MB of short strings); a page brings a
#: few hundred new class strings and words, so a cache holds the last hundred pages' or so.
MAX_ENTRIES = 32768


def remember(cache: dict[K, V], key: K, value: V) -> V:
    """Store ``value`` under ``key`` in ``cache`` (emptied first when full) and return it."""
    if len(cache) >= MAX_ENTRIES:
        cache.clear()
    cache[key] = value
    return value


def class_key(cls: str | None, ident: str | None) -> str:
    """The key of an element's class and id attributes in the caches of answers about them: the
    class alone, or class, NUL, id (no attribute value holds a NUL). The compiled walks build
    the same key (``_speedups._class_key``) and read these caches without calling Python."""
    if ident is None:
        return cls or ""
    return f"{cls or ''}\0{ident}"
