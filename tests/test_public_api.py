"""The public API is what ``newsparse.__all__`` says, no more, no less."""

from __future__ import annotations

import newsparse


def test_all_is_sorted_and_complete() -> None:
    public = {n for n in dir(newsparse) if not n.startswith("_")}
    # submodules are reachable as attributes once imported; they are not part of __all__
    modules = {n for n in public if type(getattr(newsparse, n)).__name__ == "module"}
    assert newsparse.__all__ == sorted(set(newsparse.__all__))
    assert public - modules <= set(newsparse.__all__)
    for name in newsparse.__all__:
        assert hasattr(newsparse, name), name


def test_every_public_name_has_a_docstring() -> None:
    for name in newsparse.__all__:
        obj = getattr(newsparse, name)
        if callable(obj) or isinstance(obj, type):
            assert obj.__doc__ and obj.__doc__.strip(), name
