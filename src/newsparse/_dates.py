"""The date ladder: structured dates first (ISO 8601, fast regexes), dateparser last.

``dateparser`` costs milliseconds per call (and tens of them on strings that are not dates), so
it is imported only when a free-text date reaches the last rung, restricted to the page's
language, and never with "now" as the silent base for relative dates.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

__all__ = ["date_from_url", "find_text_date", "parse_date", "parse_iso", "parse_structured"]

_ISO_LIKE = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{1,2})(?:[.,]\d+)?)?\s*"
    r"(Z|z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?"
)
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*$")
_URL_DATE = re.compile(
    r"(?:^|[/_.-])((?:19|20)\d{2})[/_.-]?(0[1-9]|1[0-2])[/_.-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-]|\D)"
)
# /2017/7/12/: single-digit parts only between slashes, where they cannot be an id's digits
_URL_SLASHED = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")
_HAS_DIGIT = re.compile(r"\d")
_MIN_YEAR = 1990
# A web archive's capture path (``/web/20131110121040/http://...``, Wayback and Memento-style
# archives): its timestamp is when the page was captured, not published; the archived URL follows.
_ARCHIVE_CAPTURE = re.compile(r"^[a-z][a-z0-9+.-]*://[^/]+/(?:web/)?\d{14}(?:[a-z]{2}_)?/", re.IGNORECASE)


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


_RFC2822 = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?(?:\d{1,2}\s+[A-Za-z]{3}|[A-Za-z]{3}\s+\d{1,2})\s+\d{4}\s+\d")


def parse_structured(raw: Any) -> datetime | None:
    """A date a page gives in markup meant for machines (JSON-LD, metas): ISO 8601 first, then
    RFC 2822 (``Sun, 11 Oct 2020 07:34:36 GMT``, as feeds write it). Free text is not read here:
    a meta holding "10/05/2022" is as often the day the page was generated as the day it was
    published, and the visible rungs come first for those."""
    found = parse_iso(raw)
    if found is not None or not isinstance(raw, str) or len(raw) > 64:
        return found
    if _RFC2822.match(raw):
        try:
            found = parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            found = None
        if found is not None and _plausible(found):
            return found
    return None


def date_from_url(url: str | None) -> datetime | None:
    """A publication day written in a URL path (``/2024/05/03/``, ``/20240503-``), or None."""
    if not url:
        return None
    url = _ARCHIVE_CAPTURE.sub("", url, count=1)
    path = url.split("?", 1)[0].split("#", 1)[0]
    match = _URL_DATE.search(path) or _URL_SLASHED.search(path)
    if not match:
        return None
    try:
        value = datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return value if _plausible(value) else None


# Month names (full and abbreviated, nominative and genitive) of the languages news is mostly
# written in; enough for the fast rung. Anything else goes to dateparser, restricted to the page's
# language.
_MONTH_WORDS: dict[int, tuple[str, ...]] = {
    1: (
        "january",
        "jan",
        "januar",
        "jänner",
        "janvier",
        "janv",
        "enero",
        "ene",
        "gennaio",
        "gen",
        "janeiro",
        "januari",
        "styczeń",
        "stycznia",
        "января",
        "январь",
        "ocak",
        "leden",
        "ledna",
    ),
    2: (
        "february",
        "feb",
        "februar",
        "feber",
        "février",
        "fevrier",
        "févr",
        "fev",
        "febrero",
        "febbraio",
        "fevereiro",
        "februari",
        "luty",
        "lutego",
        "февраля",
        "февраль",
        "şubat",
        "únor",
    ),
    3: (
        "march",
        "mar",
        "märz",
        "maerz",
        "mars",
        "marzo",
        "março",
        "marco",
        "maart",
        "marzec",
        "marca",
        "марта",
        "март",
        "mart",
        "mrt",
        "mär",
        "březen",
        "března",
    ),
    4: (
        "april",
        "apr",
        "avril",
        "avr",
        "abril",
        "abr",
        "aprile",
        "kwiecień",
        "kwietnia",
        "апреля",
        "апрель",
        "nisan",
        "duben",
        "dubna",
    ),
    5: (
        "may",
        "mai",
        "mayo",
        "maggio",
        "mag",
        "maio",
        "mei",
        "maj",
        "maja",
        "мая",
        "май",
        "mayıs",
        "květen",
        "května",
    ),
    6: (
        "june",
        "jun",
        "juni",
        "juin",
        "junio",
        "giugno",
        "giu",
        "junho",
        "czerwiec",
        "czerwca",
        "июня",
        "июнь",
        "haziran",
        "červen",
        "června",
    ),
    7: (
        "july",
        "jul",
        "juli",
        "juillet",
        "juil",
        "julio",
        "luglio",
        "lug",
        "julho",
        "lipiec",
        "lipca",
        "июля",
        "июль",
        "temmuz",
        "červenec",
        "července",
    ),
    8: (
        "august",
        "aug",
        "août",
        "aout",
        "agosto",
        "ago",
        "augustus",
        "sierpień",
        "sierpnia",
        "августа",
        "август",
        "ağustos",
        "srpen",
        "srpna",
    ),
    9: (
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "set",
        "settembre",
        "setembro",
        "wrzesień",
        "września",
        "сентября",
        "сентябрь",
        "eylül",
        "září",
    ),
    10: (
        "october",
        "oct",
        "oktober",
        "okt",
        "octobre",
        "octubre",
        "ottobre",
        "ott",
        "outubro",
        "out",
        "październik",
        "października",
        "октября",
        "октябрь",
        "ekim",
        "říjen",
        "října",
    ),
    11: (
        "november",
        "nov",
        "novembre",
        "noviembre",
        "novembro",
        "listopad",
        "listopada",
        "ноября",
        "ноябрь",
        "kasım",
    ),
    12: (
        "december",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "déc",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
        "grudzień",
        "grudnia",
        "декабря",
        "декабрь",
        "aralık",
        "prosinec",
        "prosince",
    ),
}
# Arabic: the Gregorian month names used in Egypt and the Gulf, and the Syriac names used in the
# Levant and Iraq; Levantine pages often print both ("24 نيسان / أبريل 2020").
_ARABIC_MONTHS = (
    ("يناير", "كانون الثاني"),
    ("فبراير", "شباط"),
    ("مارس", "آذار"),
    ("أبريل", "ابريل", "نيسان"),
    ("مايو", "أيار", "ايار"),
    ("يونيو", "حزيران"),
    ("يوليو", "تموز"),
    ("أغسطس", "اغسطس", "آب"),
    ("سبتمبر", "أيلول", "ايلول"),
    ("أكتوبر", "اكتوبر", "تشرين الأول"),
    ("نوفمبر", "تشرين الثاني"),
    ("ديسمبر", "كانون الأول"),
)
for _number, _names in enumerate(_ARABIC_MONTHS, start=1):
    _MONTH_WORDS[_number] += _names
_MONTHS: dict[str, int] = {w: n for n, words in _MONTH_WORDS.items() for w in words}
_MONTH_RE = "|".join(sorted((re.escape(w) for w in _MONTHS), key=len, reverse=True))
_YEAR = r"((?:19|20)\d{2})"
_TEXT_DATES: tuple[tuple[re.Pattern[str], str], ...] = (
    # 2024-05-03, 2024/05/03, 2024.05.03
    (re.compile(r"(?<!\d)" + _YEAR + r"([-/.])(\d{1,2})\2(\d{1,2})(?!\d)"), "ymd"),
    # 2024年5月3日
    (re.compile(r"(?<!\d)" + _YEAR + r"\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"), "ymd-cjk"),
    # 3.5.2024, 03/05/2024, 3-5-2024 (order decided by the values and the language)
    (re.compile(r"(?<!\d)(\d{1,2})([./-])\s?(\d{1,2})\2\s?" + _YEAR + r"(?!\d)"), "dmy-num"),
    # 3. Mai 2024, 3 May 2024, 3 de mayo de 2024, 15 августа 2016
    (
        re.compile(
            r"(?<![\d\w])(\d{1,2})(?:\.|er|st|nd|rd|th|º)?\s*(?:de\s+)?("
            + _MONTH_RE
            # a second name for the same month ("24 نيسان / أبريل 2020")
            + r")\.?(?:\s*/\s*(?:"
            + _MONTH_RE
            + r"))?,?\s+(?:de\s+)?"
            + _YEAR
            + r"(?!\d)",
            re.IGNORECASE,
        ),
        "dmy",
    ),
    # May 3, 2024; May 3rd 2024; Sept. 3, 2024
    (
        re.compile(
            r"(?<!\w)(" + _MONTH_RE + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR + r"(?!\d)",
            re.IGNORECASE,
        ),
        "mdy",
    ),
)
_MONTH_FIRST_LANGS = ("en-us", "en", "")


def _month_first(language: str | None) -> bool:
    # US English writes 05/03/2024 for May 3; most of the world means 5 March
    lang = (language or "").lower()
    return lang in _MONTH_FIRST_LANGS or lang.startswith("en-us")


def _make_day(year: int, month: int, day: int) -> datetime | None:
    try:
        value = datetime(year, month, day)
    except ValueError:
        return None
    return value if _plausible(value) else None


@lru_cache(maxsize=8192)
def find_text_date(text: str, language: str | None = None) -> datetime | None:
    """The first calendar date written in a short visible text ("Posted on 3. Mai 2024 by ...",
    "05/03/2024", "May 3rd, 2024"), by fast regexes; None when there is none.

    All-numeric dates are read day first unless the values forbid it or the page is in (US)
    English. No dateparser here: this is the cheap rung.
    """
    if len(text) > 300:
        text = text[:300]
    if not _HAS_YEAR.search(text):
        return _short_year_date(text)
    best: tuple[int, datetime] | None = None
    for pattern, kind in _TEXT_DATES:
        match = pattern.search(text)
        if not match or (best is not None and match.start() >= best[0]):
            continue
        groups = match.groups()
        value: datetime | None = None
        if kind == "ymd":
            value = _make_day(int(groups[0]), int(groups[2]), int(groups[3]))
        elif kind == "ymd-cjk":
            value = _make_day(int(groups[0]), int(groups[1]), int(groups[2]))
        elif kind == "dmy-num":
            first, second, year = int(groups[0]), int(groups[2]), int(groups[3])
            slash = groups[1] == "/"
            month_first = slash and (first <= 12 < second or (second <= 12 and _month_first(language)))
            if slash and second <= 12 < first:
                month_first = False
            value = _make_day(year, first, second) if month_first else _make_day(year, second, first)
        elif kind == "dmy":
            month = _MONTHS.get(groups[1].lower().rstrip("."))
            value = _make_day(int(groups[2]), month, int(groups[0])) if month else None
        else:
            month = _MONTHS.get(groups[0].lower().rstrip("."))
            value = _make_day(int(groups[2]), month, int(groups[1])) if month else None
        if value is not None:
            best = (match.start(), value)
    return best[1] if best else None


_HAS_YEAR = re.compile(r"(?:19|20)\d{2}")
# "31.10.23": day, month and a two-digit year, with dots only (as German, Swiss and Nordic sites
# print it); slashes and dashes are too ambiguous without a four-digit year.
_SHORT_DMY = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])")


_VERSION_BEFORE = re.compile(r"(?:version|release|update|v)\s*$", re.IGNORECASE)


def _short_year_date(text: str) -> datetime | None:
    match = _SHORT_DMY.search(text)
    if not match or _VERSION_BEFORE.search(text, 0, match.start()):
        return None
    day, month, year = (int(g) for g in match.groups())
    return _make_day(2000 + year, month, day)


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
