from collections.abc import Callable, Iterator, Sequence

from lxml import etree

def usable() -> bool: ...
def index_page(
    root: etree._Element, word_names: frozenset[str], tags: tuple[str, ...]
) -> tuple[dict[str, str], str, list[etree._Element], list[str], dict[str, list[etree._Element]]]: ...
def word_holders(
    root: etree._Element, word_names: frozenset[str], indexes: Sequence[int]
) -> list[etree._Element]: ...
def measure(
    analysis: object,
    root: etree._Element,
    kinds: dict[str, int],
    helpers: tuple[object, ...],
    constants: tuple[int, ...],
) -> tuple[int, int, int]: ...
def long_tags(html: str, units: int) -> list[tuple[int, int]]: ...
def surely_below(el: etree._Element, limit: float) -> bool | None: ...
def paragraph_chars(root: etree._Element) -> int | None: ...
def snippets(
    body: etree._Element,
    headline: etree._Element | None,
    safe: frozenset[etree._Element],
    head_block: frozenset[etree._Element | None],
    most: int,
    skip_tags: frozenset[str],
    helpers: tuple[object, ...],
) -> Iterator[tuple[str, bool, bool, etree._Element]]: ...
def main_element(
    root: etree._Element, words: tuple[str, ...], search: Callable[[str | None], object]
) -> etree._Element | None: ...
def clean(value: str | None) -> str: ...
