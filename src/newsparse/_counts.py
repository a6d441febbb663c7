"""Share-count strings as WordPress share plugins print them, read back into integers.

Formats (field guide §4 and §7): plain ("987"), grouped ("3,456", ESSB's "3.456" and "3 456"),
suffixed ("1K" Powerkit floors, "1.2K", "1,5K" with a comma decimal, "16k", "3.4M", Elegant
Themes' "3.4Mil"), Jetpack's "10K+". A separator followed by exactly three digits groups
thousands; with a suffix, a separator followed by one or two digits is the decimal point.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["parse_count"]

_SEPARATORS = " ,.'\u00a0\u202f\u2009"
# A suffix must end the word, except before a label printed without a space ("201.0Klikes"); the
# number must not stop inside a longer one (no "201" out of "201.0").
_COUNT = re.compile(
    r"(?<![\w.,])(?P<num>\d+(?:[ ,.'\u00a0\u202f\u2009]\d+)*)(?![.,]?\d)"
    r"(?:\s*(?P<suffix>mil|mio|mln|[kmb])(?:(?![a-z])|(?=(?:shares?|likes?|pins?|tweets?|views?)\b)))?"
    r"\s*(?P<plus>\+)?",
    re.IGNORECASE,
)
_SPLIT = re.compile(f"[{_SEPARATORS}]")
_MULTIPLIERS = {
    "k": 1_000,
    "m": 1_000_000,
    "mil": 1_000_000,
    "mio": 1_000_000,
    "mln": 1_000_000,
    "b": 1_000_000_000,
}
# a count that long is not a share count (an ID, a phone number, a year range)
_MAX_DIGITS = 12


def _grouped(parts: list[str]) -> int | None:
    """``["3", "456"]`` -> 3456; None unless every group after the first has three digits."""
    if not 1 <= len(parts[0]) <= 3 or any(len(p) != 3 for p in parts[1:]):
        return None
    return int("".join(parts))


def parse_count(text: str | None) -> tuple[int | None, bool]:
    """A share count and whether it is approximate: ``"1,5K"`` -> ``(1500, True)``.

    Label words ("Total", "Shares", "Share"...) around the number are ignored; an empty counter
    (``&nbsp;``, a lone dash) or a string with no count in it gives ``(None, False)``, as does
    a number that cannot be a count (a bare decimal such as "1.5" with no suffix).
    """
    if not text:
        return None, False
    found = _COUNT.search(text.replace("\u00a0", " "))
    if found is None:
        return None, False
    parts = _SPLIT.split(found["num"].strip(_SEPARATORS))
    if sum(len(p) for p in parts) > _MAX_DIGITS:
        return None, False
    suffix = (found["suffix"] or "").lower()
    approximate = bool(suffix) or bool(found["plus"])
    if not suffix:
        value = _grouped(parts) if len(parts) > 1 else int(parts[0])
        return value, approximate and value is not None
    if len(parts) > 1 and len(parts[-1]) <= 2:
        whole = _grouped(parts[:-1]) if len(parts) > 2 else int(parts[0])
        if whole is None:
            return None, False
        number = Decimal(f"{whole}.{parts[-1]}")
    else:
        grouped = _grouped(parts) if len(parts) > 1 else int(parts[0])
        if grouped is None:
            return None, False
        number = Decimal(grouped)
    return int(number * _MULTIPLIERS[suffix]), approximate
