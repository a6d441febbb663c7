"""The date ladder: structured dates first (ISO 8601, fast regexes), dateparser last.

``dateparser`` costs milliseconds per call (and tens of them on strings that are not dates), so
it is imported only when a free-text date reaches the last rung, restricted to the page's
language, and never with "now" as the silent base for relative dates.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

__all__ = ["date_from_url", "parse_date", "parse_iso"]

_ISO_LIKE = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*"
    r"(Z|z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?"
)
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*$")
_URL_DATE = re.compile(
    r"(?:^|[/_.-])((?:19|20)\d{2})[/_.-]?(0[1-9]|1[0-2])[/_.-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-]|\D)"
)
_URL_YM = re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])/(?!\d)")
_HAS_DIGIT = re.compile(r"\d")
_MIN_YEAR = 1990


def _tz(raw: str | None) -> timezone | None:
    if not raw:
        return None
    if raw in ("Z", "z", "UTC", "GMT"):
        return UTC
    sign = -1 if raw[0] == "-" else 1
    digits = raw[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _plausible(value: datetime, base: datetime | None = None) -> bool:
    if value.year < _MIN_YEAR:
        return False
    limit = (base or datetime.now(UTC)).replace(tzinfo=None) + timedelta(days=2)
    return value.replace(tzinfo=None) <= limit


def parse_iso(raw: Any) -> datetime | None:
    """An ISO 8601-like date or datetime (``2024-05-03``, ``2024-05-03T18:19:08+02:00``,
    ``20240503``); the offset is kept when given. None when the string is not one."""
    if not isinstance(raw, str):
        return None
    raw = raw.strip()
    if not raw or len(raw) > 64:
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        value = None
    if value is None:
        match = _ISO_LIKE.match(raw)
        if match:
            y, mo, d, h, mi, s, tz = match.groups()
            try:
                value = datetime(
                    int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0), tzinfo=_tz(tz)
                )
            except ValueError:
                return None
        else:
            match = _COMPACT.match(raw)
            if not match:
                return None
            y, mo, d, h, mi, s = match.groups()
            try:
                value = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0))
            except ValueError:
                return None
    return value if _plausible(value) else None


def date_from_url(url: str | None) -> datetime | None:
    """A publication day written in a URL path (``/2024/05/03/``, ``/20240503-``), or None."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    match = _URL_DATE.search(path)
    if not match:
        return None
    try:
        value = datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return value if _plausible(value) else None


@lru_cache(maxsize=16)
def _date_parser(language: str | None) -> Any:
    from dateparser.date import DateDataParser

    languages = [language] if language else None
    settings = {
        "PREFER_DATES_FROM": "past",
        "STRICT_PARSING": True,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["custom-formats", "absolute-time"],
    }
    try:
        return DateDataParser(languages=languages, settings=settings)
    except ValueError:  # a language dateparser does not know: let it detect
        return DateDataParser(settings=settings)


@lru_cache(maxsize=16)
def _relative_parser(language: str | None, base: datetime) -> Any:
    from dateparser.date import DateDataParser

    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": base,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["relative-time"],
    }
    try:
        return DateDataParser(languages=[language] if language else None, settings=settings)
    except ValueError:
        return DateDataParser(settings=settings)


def _short_language(language: str | None) -> str | None:
    if not language:
        return None
    return language.split("-")[0].lower() or None


@lru_cache(maxsize=4096)
def _free_text(raw: str, language: str | None, base: datetime | None) -> datetime | None:
    if not _HAS_DIGIT.search(raw) and base is None:
        return None
    parser = _date_parser(language)
    try:
        found = parser.get_date_data(raw)
    except Exception:  # dateparser raises assorted errors on odd input; a non-date is no date
        found = None
    value = found.date_obj if found is not None else None
    if value is None and base is not None:
        try:
            found = _relative_parser(language, base.replace(tzinfo=None)).get_date_data(raw)
        except Exception:
            found = None
        value = found.date_obj if found is not None else None
    if not isinstance(value, datetime) or not _plausible(value, base):
        return None
    return value


def parse_date(raw: Any, *, language: str | None = None, base: datetime | None = None) -> datetime | None:
    """Any date string a page may hold: ISO first, then free text with dateparser.

    ``language`` restricts dateparser to the page's language (``"de"``, ``"en-GB"``); ``base``
    is the fetch time, the only base used for relative dates ("vor 2 Stunden"): without it,
    relative dates are not resolved at all rather than resolved against today.
    """
    if isinstance(raw, datetime):
        return raw
    if isinstance(raw, date):
        return datetime(raw.year, raw.month, raw.day)
    if not isinstance(raw, str):
        return None
    raw = " ".join(raw.split())
    if not raw or len(raw) > 80:
        return None
    found = parse_iso(raw)
    if found is not None:
        return found
    return _free_text(raw, _short_language(language), base)
