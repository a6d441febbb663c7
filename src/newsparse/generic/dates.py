"""Published and modified dates: a ladder from structured markup to visible text.

1. JSON-LD ``datePublished`` of the article, date ``<meta>`` tags, ``itemprop=datePublished``;
   parsed with :func:`~newsparse._dates.parse_iso` (``fromisoformat`` and regexes).
2. ``<time datetime>`` in the article (not in teasers, comments or sidebars).
3. A date in the URL path.
4. A date written in an element whose class says it holds one ("entry-date", "post-meta",
   "byline"...) in the article area, read by fast regexes; dateparser only for what they miss,
   restricted to the page's language and with the fetch time as the only base for relative
   dates. Then a date line right above the headline, the first dates under it and near the
   top of the page.
5. Metas named only ``date``/``created`` (often the time the page was generated), then a date in
   the ``<title>``.

When the machine-readable publication dates (JSON-LD, metas, ``<time datetime>``) disagree on
the day, the one the page also prints near its headline wins over ladder order.
``modified`` has its own ladder and never fills or overwrites ``published``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from itertools import islice

from lxml import etree

from .._context import Page
from .._dates import date_from_url, find_text_date, parse_date, parse_iso, parse_structured
from .._memo import class_key, remember
from .._native import ENABLED as _COMPILED
from .._text import first_below, text_of
from .landmarks import chrome_class, follows_headline, headline_element, in_chrome, main_path

__all__ = ["modified", "published"]

Found = tuple[datetime, str]
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "og:published_time",
    "published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "pub_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "prism.publicationdate",
    "datecreated",
    "article.published",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "article:modified",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
    "revised",
)
# Class/id words of elements that print the article's date.
_DATE_HINT = re.compile(
    r"date|time|publi|posted|post-?meta|entry-meta|article-meta|byline|dateline|datum|"
    r"meta-?info|metadata|info|stamp|subline|signature|created|fecha|data",
    re.IGNORECASE,
)
_UPDATED_HINT = re.compile(r"modif|updat|aktualisiert|edited|geändert", re.IGNORECASE)
# hAtom marks the one date of a post "published updated": published wins
_PUBLISHED_HINT = re.compile(r"publi|entry-date|post-date|meta-date|date-update|created", re.IGNORECASE)
_UPDATED_TEXT = re.compile(
    r"\s*(?:updated|last updated|last modified|last edited|modified|aktualisiert|zuletzt aktualisiert|"
    r"zuletzt geändert|letzte änderung|letzte aktualisierung|geändert|mis à jour|modifié|"
    r"actualizado|aggiornato)\b",
    re.IGNORECASE,
)
_COMMENT_HINT = re.compile(
    r"(?:^|[\s_-])(?:comment|(?:reply|replies|respond|responses|reviews?)(?:$|[\s_-]))", re.IGNORECASE
)


def _ld_date(page: Page, key: str) -> datetime | None:
    article = page.ld_article
    if article:
        found = parse_structured(article.get(key))
        if found:
            return found
    # a page whose article node has no date may still date itself in another node (WebPage)
    for node in page.jsonld:
        if node is article:
            continue
        found = parse_iso(node.get(key))
        if found:
            return found
    return None


def _itemprop(page: Page, prop: str) -> datetime | None:
    if prop not in page.html:
        return None  # a substring search costs microseconds, the selector a walk of the tree
    # microdata, and RDFa (``property="schema:datePublished"``)
    for el in page.css(f"[itemprop~='{prop}'], [property$=':{prop}'], [property~='{prop}']")[:5]:
        for raw in (el.get("datetime"), el.get("content"), el.get("title"), text_of(el)):
            found = parse_iso(raw) or (find_text_date(raw, page.language) if raw else None)
            if found:
                return found
    return None


def _time_elements(page: Page, *, naive_only: bool = False) -> datetime | None:
    # the tag index, not the selector "time[datetime]": a query is a walk of the whole page
    stamped = [el for el in page.elements("time") if el.get("datetime") is not None]
    for el in stamped[:30]:
        if (in_chrome(el, page) and not _in_own_column(el)) or _in_comment(el):
            continue
        words = f"{el.get('class') or ''} {el.get('itemprop') or ''}"
        if _UPDATED_HINT.search(words):
            continue
        found = parse_iso(el.get("datetime"))
        if found and naive_only:
            # a local wall-clock time: naive, with a time of day
            if found.tzinfo is None and (found.hour or found.minute):
                return found
            continue
        if found:
            return found
    return None


def _in_comment(el: etree._Element) -> bool:
    node = el.getparent()
    depth = 0
    while node is not None and depth < 12:
        words = f"{node.get('class') or ''} {node.get('id') or ''}"
        if words.strip() and _COMMENT_HINT.search(words):
            return True
        node = node.getparent()
        depth += 1
    return False


# figcaptions date the photo, not the article
_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "nav",
        "footer",
        "aside",
        "select",
        "figcaption",
        "blockquote",
    }
)
_SCRIPT_DATE = re.compile(
    r'"(?:datePublished|published_at|publishedAt|publishedDate|publishDate|date_published|'
    r'createdAt|created_at|pubDate|firstPublished)"\s*:\s*"(\d{4}-\d{2}-\d{2}[^"]{0,30})"'
)
_AFTER_H1 = 25  # text snippets read after the headline when no date-classed element had a date
_BROAD = 200
_UNDER_H1 = 4  # the headline's own text and the next three snippets
_SHORT_LINE = 40  # a line that is little more than a date and a place
_DATE_LINE = 80  # longer texts are sentences or captions, not date lines
_MAX_SNIPPETS = 1500
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_WORD = re.compile(r"[^\W\d_]{3,}")
_RELATIVE = re.compile(
    r"\b(?:ago|vor|hace|il y a|fa|temu|назад|geleden|sedan|siden|önce|před|yesterday|gestern|hier|ayer|"
    r"ieri|today|heute|aujourd'hui|hoy|oggi)\b",
    re.IGNORECASE,
)


def _worth_dateparser(text: str, relative_ok: bool) -> bool:
    """Whether a short text the regexes could not read may be a date dateparser can: a word and
    a year (a month name in a language the table lacks), or a relative date when there is a
    fetch time to resolve it against. Everything else would cost milliseconds for nothing."""
    if len(text) > 40 or not any(c.isdigit() for c in text) or not _WORD.search(text):
        return False
    return bool(_YEAR.search(text)) or (
        relative_ok and bool(_RELATIVE.search(text))
    )  # text snippets read from the top of the page as the last visible rung


def _script_date(page: Page) -> datetime | None:
    """A publication date in a page's inline JSON state (not JSON-LD), by a cheap regex."""
    match = _SCRIPT_DATE.search(page.html)
    return parse_iso(match.group(1)) if match else None


def _skip(el: etree._Element, headline: etree._Element | None = None) -> bool:
    tag = el.tag
    if not isinstance(tag, str):
        return True
    if tag in _SKIP_TAGS:
        # an <aside> inside the article is its own column (date, author, credits), unless its
        # class names chrome ("related", "newsletter")
        return not (tag == "aside" and not chrome_class(_words(el)) and _in_article(el))
    if tag in ("main", "article"):
        return False  # as in ``in_chrome``: named for the content, whatever their classes say
    if tag == "div" and (el.get("id") or "").startswith("wm-ipp"):
        # a web archive's injected toolbar: its dates are the capture's, not the article's
        return True
    if tag == "header" and not _holds_headline(el, headline) and not _in_article(el):
        # the site's header: its date is "today" ("Mittwoch, 01. November 2023"), not the article's
        return True
    verdict = _class_verdict(el.get("class"), el.get("id"))
    return verdict == _SKIP or (verdict == _SKIP_OUTSIDE_ARTICLE and not _in_article(el))


_SIDEBAR = re.compile(r"side-?bar", re.IGNORECASE)
_KEEP, _SKIP, _SKIP_OUTSIDE_ARTICLE = 0, 1, 2


#: :func:`_class_verdict`'s answers by :func:`class_key` (the compiled date walk reads it too).
_VERDICTS: dict[str, int] = {}


def _class_verdict(cls: str | None, ident: str | None) -> int:
    """What an element's class and id say for the date walk: read it, skip it (comments, page
    chrome), or skip it unless it sits in the article (kept: class strings repeat)."""
    key = class_key(cls, ident)
    found = _VERDICTS.get(key)
    if found is None:
        found = remember(_VERDICTS, key, _read_verdict(f"{cls or ''} {ident or ''}"))
    return found


def _read_verdict(words: str) -> int:
    if not words.strip():
        return _KEEP
    if _COMMENT_HINT.search(words):
        return _SKIP
    if not chrome_class(words):
        return _KEEP
    # a "sidebar" inside the article element is the article's own column (date, author,
    # credits), not the site's: read it, unless its class names chrome on other grounds too
    if _SIDEBAR.search(words) and not chrome_class(_SIDEBAR.sub(" ", words)):
        return _SKIP_OUTSIDE_ARTICLE
    return _SKIP


def _holds_headline(header: etree._Element, headline: etree._Element | None) -> bool:
    """Whether a ``<header>`` holds the article's headline (any ``<h1>`` when it is not known);
    a header holding only the site's logo ``<h1>`` is the site's."""
    if headline is None:
        return first_below(header, "h1") is not None
    return any(node is header for node in headline.iterancestors())


def _in_article(el: etree._Element) -> bool:
    return any(node.tag == "article" for node in el.iterancestors())


def _words(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _in_own_column(el: etree._Element) -> bool:
    """Whether an element sits in the article's own sidebar or aside: inside ``<article>``, with
    no ancestor up to it that the date walk skips."""
    for node in el.iterancestors():
        if node.tag == "article":
            return True
        if _skip(node):
            return False
    return False


_Snippet = tuple[str, bool, bool, etree._Element]


# the hint patterns lower-cased, without IGNORECASE: on lower-cased ASCII the same tests, several
# times faster (case-insensitive alternations are slow in ``re``)
_LOWER_HINTS = tuple(re.compile(p.pattern) for p in (_UPDATED_HINT, _PUBLISHED_HINT, _DATE_HINT))


#: :func:`_word_hints`'s answers by :func:`class_key` (the compiled date walk reads it too).
_HINTS: dict[str, tuple[bool, int]] = {}
#: Its four possible answers, made once: a cache of new tuples would be objects the garbage
#: collector walks.
_HINT_ANSWERS = {(updated, level): (updated, level) for updated in (False, True) for level in (0, 3)}


def _word_hints(cls: str | None, ident: str | None) -> tuple[bool, int]:
    """Whether class/id words mark an "updated" stamp, and the date-hint levels they give;
    kept (class strings repeat on a page and across a site's pages)."""
    key = class_key(cls, ident)
    found = _HINTS.get(key)
    if found is not None:
        return found
    words = f"{cls or ''} {ident or ''}"
    if words.isascii():
        text, (updated_hint, published_hint, date_hint) = words.lower(), _LOWER_HINTS
    else:
        text, updated_hint, published_hint, date_hint = words, _UPDATED_HINT, _PUBLISHED_HINT, _DATE_HINT
    blank = not text.strip()
    updated = not blank and bool(updated_hint.search(text)) and not published_hint.search(text)
    answer = _HINT_ANSWERS[updated, 3 if not blank and date_hint.search(text) else 0]
    return remember(_HINTS, key, answer)


_WalkStart = tuple[
    etree._Element, etree._Element | None, frozenset[etree._Element], frozenset[etree._Element | None]
]


def _snippets(page: Page) -> Iterator[_Snippet]:
    """Visible text snippets of the page outside chrome and comments, in document order, each
    with whether a near ancestor's class says "date" and whether it comes after the first h1
    (at most ``_MAX_SNIPPETS``)."""
    start = _walk_start(page)
    if start is None:
        return iter(())
    if _COMPILED:
        return _compiled_snippets(*start, _MAX_SNIPPETS, _SKIP_TAGS, _SNIPPET_HELPERS)
    return _snippets_in_python(*start)


def _walk_start(page: Page) -> _WalkStart | None:
    """Where the snippet walk starts and what it knows: the body, the headline, the elements
    never skipped, the headline's block (None without a body)."""
    body = page.tree.find("body")
    if body is None:
        return None
    headline = headline_element(page)
    above = frozenset(headline.iterancestors()) if headline is not None else frozenset()
    # the headline's container is the article's header, whatever its class or tag says (a
    # "teaser" figure, a figcaption laid over the lead photo)
    safe = main_path(page) | above
    # the headline and the block around it: what follows a larger ancestor (the main column)
    # may well be the site's sidebar
    head_block = frozenset([headline, headline.getparent()]) if headline is not None else frozenset()
    return body, headline, safe, head_block


def _snippets_in_python(
    body: etree._Element,
    headline: etree._Element | None,
    safe: frozenset[etree._Element],
    head_block: frozenset[etree._Element | None],
) -> Iterator[_Snippet]:
    """The walk of :func:`_snippets` (the reference for ``_speedups.snippets``, which walks
    libxml2's nodes and makes an element object only for what it yields or asks Python about)."""
    count = 0
    seen_h1 = False
    # (element, levels of date hint left, closing marker)
    stack: list[tuple[etree._Element, int, bool]] = [(body, 0, False)]
    while stack and count < _MAX_SNIPPETS:
        el, hint, closing = stack.pop()
        if closing:
            if el.tail and el.tail.strip():
                parent = el.getparent()
                count += 1
                yield (el.tail, hint > 0, seen_h1, parent if parent is not None else el)
            continue
        if (
            el is not body
            and el not in safe
            and _skip(el, headline)
            and not (el.tag not in _SKIP_TAGS and follows_headline(el, head_block))
        ):
            written = _written_date(el) if el.tag == "script" else None
            if written:
                # what the script prints stands where the script is, as printed text would
                count += 1
                yield (written, hint > 0, seen_h1, el)
            if el.tail and el.tail.strip():
                count += 1
                yield (el.tail, hint > 0, seen_h1, el)
            continue
        updated, own = _word_hints(el.get("class"), el.get("id"))
        if updated:
            # an "updated" stamp is the modified date: never read for the published one
            if el.tail and el.tail.strip():
                count += 1
                yield (el.tail, hint > 0, seen_h1, el)
            continue
        level = max(own, hint - 1)
        if el.tag == "time":
            level = max(level, 1)
        if el.tag == "h1" and (headline is None or el is headline):
            seen_h1 = True
        if el.text and el.text.strip():
            count += 1
            yield (el.text, level > 0, seen_h1, el)
        stack.append((el, hint, True))
        for child in reversed(el):
            stack.append((child, level, False))


#: A script that only prints a date: one call with one string argument, the date
#: (``<script>showDate("2020/04/17 01:43")</script>``, ``document.write('12.03.2019')``).
#: Older CMSs render the date line so; the literal is what a reader sees there.
_WRITTEN_DATE = re.compile(r"\s*[\w$.]+\(\s*([\"'])([^\"'<>]{6,40})\1\s*\)\s*;?\s*")


def _written_date(script: etree._Element) -> str | None:
    """The date string an inline script prints where it stands, or None."""
    code = script.text
    if not code or len(code) > 80 or script.get("src") is not None:
        return None
    match = _WRITTEN_DATE.fullmatch(code)
    if match is None or not _YEAR.search(match.group(2)):
        return None
    return match.group(2)


if _COMPILED:
    from .._speedups import snippets as _compiled_snippets

# what the compiled walk asks Python about (see ``_speedups.snippets``)
_SNIPPET_HELPERS = (_class_verdict, _word_hints, _skip, follows_headline, _written_date, _VERDICTS, _HINTS)


class _LazySnippets:
    """The page's snippets, walked only as far as a reader asks.

    The readers of :func:`_find_visible` need the first ``_BROAD`` snippets and the first few
    after the headline; a date is usually found among the first ones. Walking the rest of a long
    page (up to ``_MAX_SNIPPETS``) was most of the cost of the visible date, for nothing.
    """

    def __init__(self, page: Page) -> None:
        self._source = _snippets(page)
        self._done: list[_Snippet] = []

    def __iter__(self) -> Iterator[_Snippet]:
        i = 0
        while True:
            if i == len(self._done):
                nxt = next(self._source, None)
                if nxt is None:
                    return
                self._done.append(nxt)
            yield self._done[i]
            i += 1

    def first(self, n: int) -> list[_Snippet]:
        """The first ``n`` snippets (fewer when the page has fewer)."""
        missing = n - len(self._done)
        if missing > 0:  # taken from the walk in one call, not one generator step each
            self._done.extend(islice(self._source, missing))
        return self._done[:n]

    def before_h1(self, n: int) -> list[_Snippet]:
        """The last ``n`` snippets before the headline, nearest first (none when the first
        ``_BROAD`` snippets hold no headline)."""
        before: list[_Snippet] = []
        for snippet in islice(self, _BROAD):
            if snippet[2]:
                return before[::-1][:n]
            before.append(snippet)
        return []

    def after_h1(self, n: int) -> list[_Snippet]:
        """The first ``n`` snippets from the headline on."""
        return list(islice((s for s in self if s[2]), n))


_BADGE_TEXT = 40
_BADGE_PART = 12


def _badge_date(el: etree._Element, language: str | None) -> datetime | None:
    """A date printed as a calendar badge, one part per element (``<div class="date"><span
    class="month">Apr</span> <span class="day">04</span><span class="year">2013</span></div>``):
    no part holds a date, their parent's short text, parts joined by spaces, does."""
    parent = el.getparent()
    if parent is None or not 2 <= len(parent) <= 6:
        return None
    # the badge's shape: leaves with a few characters each, nothing else in the parent
    if any(len(part) or len((part.text or "").strip()) > _BADGE_PART for part in parent):
        return None
    parts = [part.strip() for part in parent.itertext()]
    joined = " ".join(part for part in parts if part)
    if len(joined) > _BADGE_TEXT:
        return None
    return find_text_date(joined, language)


def _visible(page: Page, *, attributes: bool = True) -> datetime | None:
    """The first date printed in a date-classed element, else right under the headline, else
    near the top of the page (computed once per page: the published ladder and the UTC
    localisation both ask). With ``attributes`` false, only printed text counts, not the
    ``datetime``/``title`` attributes of date-classed elements."""
    key = f"generic.visible_date.{attributes}"
    if key not in page.cache:
        page.cache[key] = _find_visible(page, attributes)
    found: datetime | None = page.cache[key]
    return found


def _find_visible(page: Page, attributes: bool = True) -> datetime | None:
    language = page.language
    short = (language or "").split("-")[0].lower() or None
    if "generic.date_snippets" not in page.cache:
        page.cache["generic.date_snippets"] = _LazySnippets(page)
    snippets: _LazySnippets = page.cache["generic.date_snippets"]
    # date-classed texts after the headline first: a date above it is often the site header's
    # "today" ("Tue, 14 Jan 2020")
    # a date line right under the headline ("10.11.2021", "Berlin, 28.10.2021") is the article's
    # own, whatever its class: it beats date-classed elements further down (teaser lists)
    under = [s[0] for s in snippets.after_h1(_UNDER_H1)][1:]
    for text in under:
        if len(text.strip()) <= _SHORT_LINE:
            if _UPDATED_TEXT.match(text):
                continue
            found = find_text_date(text, language)
            if found:
                return found
    # only near the top of the page: a date-classed element hundreds of snippets down is an
    # event list or a teaser column, not the article's stamp
    hinted = [s for s in snippets.first(_BROAD) if s[1]]
    # and a short text (a date line) before a long one: a caption or sentence that mentions a
    # date is about something else
    hinted.sort(key=lambda s: (not s[2], len(s[0]) > _DATE_LINE and len(s[0].strip()) > _DATE_LINE))
    for text, _, _, el in hinted:
        for attr in ("title", "content", "datetime", "data-date") if attributes else ():
            found = parse_iso(el.get(attr))
            if found:
                return found
        found = find_text_date(text, language) or _badge_date(el, language)
        if found:
            return found
        # the last resort: dateparser, only on short texts that hold digits, in the page's
        # language; relative dates only against the fetch time
        text = text.strip()
        if short and _worth_dateparser(text, page.fetched is not None):
            found = parse_date(text, language=short, base=page.fetched)
            if found:
                return found
    # a date line right above the headline ("14. Februar 2012" over the title): the article's
    # header, nearer than the site's "today" further up
    for text, _, _, _ in snippets.before_h1(_UNDER_H1):
        if len(text.strip()) <= _SHORT_LINE and not _UPDATED_TEXT.match(text):
            found = find_text_date(text, language)
            if found:
                return found
    after = [s[0] for s in snippets.after_h1(_AFTER_H1)]
    for text in after:
        if _UPDATED_TEXT.match(text):
            continue
        found = find_text_date(text, language)
        if found:
            return found
    # htmldate's "extensive search", bounded: the first date printed anywhere outside chrome
    # and comments, near the top of the page
    for text, _, _, _ in snippets.first(_BROAD):
        if _UPDATED_TEXT.match(text):
            continue
        found = find_text_date(text, language)
        if found:
            return found
    return None


def _localise(found: datetime, page: Page) -> datetime:
    """A UTC timestamp shown in the site's local time when the page prints that local time.

    Many CMSs write ``2022-11-06T23:00:00Z`` in metadata and "7.11.2022" on the page: the same
    instant, but the publication day readers (and archives) use is the local one. The instant is
    kept; only the offset is taken from the page: exactly from a local ``<time>`` value, else the
    smallest whole-hour offset that puts the instant on the printed day.
    """
    offset = found.utcoffset()
    if offset is None or offset != timedelta(0):
        return found
    utc = found.replace(tzinfo=None)
    if 8 <= utc.hour < 21:
        return found  # no usual offset moves this instant to another day (see below)
    local = _time_elements(page, naive_only=True)
    if local is not None:
        delta = local - utc
        hours = round(delta.total_seconds() / 900) * 900
        if delta and abs(delta) <= timedelta(hours=14) and abs(delta.total_seconds() - hours) < 120:
            return found.astimezone(timezone(timedelta(seconds=hours)))
        return found
    shown = _visible(page)
    if shown is None:
        return found
    day_gap = (shown.date() - utc.date()).days
    # only a shift a usual offset explains: late evening UTC is the next day in Europe and Asia,
    # early morning UTC still the previous day in the Americas
    if (day_gap == 1 and utc.hour < 21) or (day_gap == -1 and utc.hour >= 8):
        return found
    if day_gap == 1:
        need = datetime.combine(shown.date(), datetime.min.time()) - utc
        hours = -int(-need.total_seconds() // 3600)
    elif day_gap == -1:
        need = utc - datetime.combine(utc.date(), datetime.min.time())
        hours = -int(need.total_seconds() // 3600 + 1)
    else:
        return found
    if abs(hours) > 14:
        return found
    return found.astimezone(timezone(timedelta(hours=hours)))


# Metas named only "date"/"created": many CMSs fill them with the time the page was generated or
# last saved, so a date the page prints beats them.
_WEAK_META = ("date", "dc.date", "dcterms.date", "created")


def _weak_meta(page: Page) -> datetime | None:
    for name in _WEAK_META:
        found = parse_iso(page.meta_first(name))
        if found:
            return _localise(found, page)
    return None


def _structured_candidates(page: Page) -> list[Found]:
    """Every publication date the page gives for machines, in ladder order: JSON-LD nodes,
    published metas, bare date metas, ``<time datetime>``."""
    out: list[Found] = []
    article = page.ld_article
    nodes = ([article] if article else []) + [n for n in page.jsonld if n is not article]
    for key in ("datePublished", "dateCreated"):
        for node in nodes:
            found = parse_structured(node.get(key))
            if found:
                out.append((found, "jsonld"))
    # the first value of each name only: microdata teasers repeat ``datePublished`` metas
    for name in _PUBLISHED_META + _WEAK_META:
        found = parse_structured(page.meta_first(name))
        if found:
            out.append((found, "meta"))
    # (``itemprop=datePublished`` metas are among the metas above; other microdata elements are
    # left out: a selector walk of the whole tree on every page, for no measured gain)
    found = _time_elements(page)
    if found:
        out.append((found, "generic"))
    return out


def _corroborated(page: Page, chosen: Found) -> Found:
    """When the page's machine-readable publication dates disagree on the day, the one the page
    also prints near its headline: two independent sources agreeing beat ladder order (a CMS
    that copies an old draft's date into JSON-LD, a theme that writes the import date into a
    meta). The printed date is read only then, so agreeing pages pay nothing."""
    candidates = _structured_candidates(page)
    days = {value.date() for value, _ in candidates}
    if len(days) < 2:
        return chosen
    # the printed text only: a ``datetime`` attribute is one of the candidates, not a witness
    shown = _visible(page, attributes=False)
    if shown is None or shown.date() == chosen[0].date():
        return chosen
    for value, source in candidates:
        if value.date() == shown.date():
            return value, source
    return chosen


def published(page: Page) -> Found | None:
    """When the article was first published; see the module docstring for the ladder."""
    found = _published(page)
    if found is not None and found[1] != "url":
        return _corroborated(page, found)
    return found


def _published(page: Page) -> Found | None:
    found = _ld_date(page, "datePublished") or _ld_date(page, "dateCreated")
    if found:
        return _localise(found, page), "jsonld"
    for name in _PUBLISHED_META:
        found = parse_structured(page.meta_first(name))
        if found:
            return _localise(found, page), "meta"
    weak = _weak_meta(page)
    found = _itemprop(page, "datePublished") or _itemprop(page, "dateCreated")
    if found:
        return found, "generic"
    found = _time_elements(page)
    if found:
        return found, "generic"
    found = _script_date(page)
    if found:
        return found, "generic"
    found = date_from_url(page.url)
    if found:
        return found, "url"
    found = _visible(page)
    if found:
        return found, "generic"
    if weak is not None:
        return weak, "meta"
    title = page.tree.find(".//title")
    found = find_text_date(text_of(title), page.language) if title is not None else None
    if found:
        # "Report of 22.04.2020 - Site": a dated title is the last resort
        return found, "generic"
    return None


def modified(page: Page) -> Found | None:
    """JSON-LD ``dateModified``, modified-time metas, ``itemprop=dateModified``."""
    found = _ld_date(page, "dateModified")
    if found:
        return found, "jsonld"
    for name in _MODIFIED_META:
        found = parse_iso(page.meta_first(name))
        if found:
            return found, "meta"
    found = _itemprop(page, "dateModified")
    if found:
        return found, "generic"
    return None
