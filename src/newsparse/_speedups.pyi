from lxml import etree

def usable() -> bool: ...
def index_attributes(
    root: etree._Element, word_names: frozenset[str]
) -> tuple[dict[str, list[str]], list[etree._Element], list[str]]: ...
def measure(
    analysis: object,
    root: etree._Element,
    kinds: dict[str, int],
    helpers: tuple[object, ...],
    constants: tuple[int, ...],
) -> tuple[int, int, int]: ...
def long_tags(html: str, units: int) -> list[tuple[int, int]]: ...
