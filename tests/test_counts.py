"""``parse_count``: every count format the share plugins of the field guide print."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._counts import parse_count

CASES: list[tuple[str | None, int | None, bool]] = [
    # plain
    ("0", 0, False),
    ("7", 7, False),
    ("987", 987, False),
    ("  42\n", 42, False),
    # thousands separators: number_format, ESSB fulldot / fullspace, narrow no-break space
    ("3,456", 3456, False),
    ("3.456", 3456, False),
    ("3 456", 3456, False),
    ("3\u00a0456", 3456, False),
    ("3\u202f456", 3456, False),
    ("1,234,567", 1234567, False),
    ("1.234.567", 1234567, False),
    # Powerkit (floored), Social Warfare, ESSB, Sassy
    ("1K", 1000, True),
    ("2K", 2000, True),
    ("1.2K", 1200, True),
    ("1.0K", 1000, True),
    ("1,5K", 1500, True),
    ("298.4K", 298400, True),
    ("3.4M", 3400000, True),
    ("1M", 1000000, True),
    # Shared Counts: lower-case, 2 significant digits
    ("1.2k", 1200, True),
    ("16k", 16000, True),
    ("1m", 1000000, True),
    # Elegant Themes compact
    ("3.4Mil", 3400000, True),
    ("3,4 mil", 3400000, True),
    # Jetpack, AddToAny
    ("3K+", 3000, True),
    ("10K+", 10000, True),
    ("80k", 80000, True),
    ("999+", 999, True),
    ("0.0+", None, False),  # no count, so nothing to be approximate about (found by hypothesis)
    # labels around the number
    ("Total 0 Shares", 0, False),
    ("Total\n0\nShares", 0, False),
    ("12 shares", 12, False),
    ("1 Share", 1, False),
    ("Shares 1.8K", 1800, True),
    ("298.4K Shares", 298400, True),
    ("Total: 3,456 shares", 3456, False),
    ("12 Kommentare", 12, False),
    # labels printed without a space (ESSB's essb_t_nb_after span, Sassy's total text)
    ("9shares", 9, False),
    ("201.0Klikes", 201000, True),
    ("1.2KShares", 1200, True),
    # empty counters, to be filled by JavaScript
    ("", None, False),
    (None, None, False),
    ("\u00a0", None, False),
    ("\u00a0 \u00a0", None, False),
    ("-", None, False),
    ("Shares", None, False),
    # not a count
    ("1.5", None, False),
    ("1,5", None, False),
    ("12,34", None, False),
    ("1234567890123456", None, False),
    ("12 345 678 901 234", None, False),
]


@pytest.mark.parametrize(("text", "value", "approximate"), CASES, ids=[repr(c[0]) for c in CASES])
def test_parse_count(text: str | None, value: int | None, approximate: bool) -> None:
    assert parse_count(text) == (value, approximate)


def test_table_covers_at_least_thirty_strings() -> None:
    assert len(CASES) >= 30


_COUNTISH = st.text(alphabet=st.sampled_from("0123456789 ,.'+kKmMil\u00a0Shares"), max_size=24)


@given(_COUNTISH | st.text(max_size=24))
def test_any_string_gives_a_count_or_none(text: str) -> None:
    value, approximate = parse_count(text)
    assert value is None or (isinstance(value, int) and value >= 0)
    assert isinstance(approximate, bool)
    assert value is not None or not approximate
