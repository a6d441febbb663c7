"""What an element's own markup says of it: the hint words of its class and id (drop, strong
drop, content, weak, teaser, standfirst), whether it is hidden, whether a boilerplate selector
matches it, and whether it links away like a teaser card."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from lxml import etree

from ..._context import Page
from ..._memo import class_key, remember
from ..._native import ENABLED as _COMPILED
from ..._text import first_below, host_of
from ._common import _INLINE, _TEXT

# Matched against "class id" lower-cased. Short words need boundaries ("ad" must not hit "head").
# Each pattern is written as two alternations of words ("x?" makes one letter optional): the words
# found anywhere, and the words found only between boundaries.
_W = r"(?<![a-z0-9])(?:{})(?![a-z0-9])"


def _hint_pattern(free: str, bounded: str = "") -> re.Pattern[str]:
    return re.compile("|".join(part for part in (free, _W.format(bounded) if bounded else "") if part))


def _literals(source: str) -> tuple[str, ...]:
    """The words an alternation of these sources stands for: "read-?more" is "read-more" and
    "readmore" (the compiled matcher looks for each word as it is)."""
    out: list[str] = []
    for alternative in source.split("|") if source else ():
        variants = [""]
        i = 0
        while i < len(alternative):
            char = alternative[i]
            if alternative[i + 1 : i + 2] == "?":
                variants = [v + char for v in variants] + variants
                i += 2
            else:
                variants = [v + char for v in variants]
                i += 1
        out.extend(variants)
    return tuple(dict.fromkeys(out))


_DROP_FREE = (
    "comment|disqus|sidebar|related|recommend|newsletter|cookie|consent|gdpr|outbrain|taboola|"
    "breadcrumb|share|sharing|social|sponsor|advert|promo|popup|subscribe|signup|sign-up|"
    "trending|most-?popular|more-?stories|read-?more|readmore|also-?read"
)
_DROP_BOUNDED = (
    "nav|navbar|navigation|menu|footer|ads?|adv|ad-?slot|banner|skyscraper|masthead|"
    "pagination|pager|toolbar|tools|jump|login|modal|overlay|teaser|teasers|"
    "sr-only|visually-hidden|screen-reader-text|offscreen|"
    "tags|tag-?list|keywords|topics|byline|bylines|dateline|credits?"
)
_CONTENT_FREE = "article|content|entry|post|story|body|text|main|prose|copy"
_CONTENT_BOUNDED = "blog|page|column"
_STRONG_FREE = (
    "comment|disqus|related|recommend|newsletter|cookie|consent|outbrain|taboola|breadcrumb|share|"
    "sharing|social|sponsor|advert"
)
_STRONG_BOUNDED = "ads?|ad-?slot"
_WEAK_FREE = (
    "meta|author|date|time|caption|credit|byline|info|label|hint|footnote|email|rss|contact|"
    "header|masthead|extra|aux|shopping"
)
_WEAK_BOUNDED = "tag|tags|media|photo|image|img|video|gallery|figure|rating|disclaimer"
#: Never article text: removed before scoring and from the output.
_DROP_HINT = _hint_pattern(_DROP_FREE, _DROP_BOUNDED)
#: Whole-element dropping is vetoed for these (``article-footer`` is not a site footer) unless the
#: negative word is one that is never content even inside an article.
_CONTENT_HINT = _hint_pattern(_CONTENT_FREE, _CONTENT_BOUNDED)
_STRONG_DROP = _hint_pattern(_STRONG_FREE, _STRONG_BOUNDED)
#: Lowers a candidate's score; inside the article, drops the element when it is short.
_WEAK_HINT = _hint_pattern(_WEAK_FREE, _WEAK_BOUNDED)
_DROP, _STRONG, _CONTENT, _WEAK, _TEASER = 1, 2, 4, 8, 16
#: The one drop word a box of the article's own text often carries: "teaser-text", "article-teaser"
#: (CMSs name the standfirst so); a teaser of another story links to it, the standfirst does not.
#: Only with a content word in the same class word: a bare "teaser" is a card.
_TEASER_BOUNDED = "teasers?"
_TEASER_WORD = _hint_pattern("", _TEASER_BOUNDED)


def _classify(selectors: _Selectors, cls: str | None, ident: str | None) -> int:
    """-1 when a boilerplate selector matches the class/id, else the hint flags of the class and
    id words (kept per selectors: class strings repeat within and across pages).

    Read word by word: no hint pattern can match across whitespace (they hold letters and "-"
    only, and their boundaries treat whitespace like the ends of the string), so the flags of the
    "class id" string are the union of its words' flags, and words ("container", "entry-content")
    repeat across elements and sites far more than whole class strings do.
    """
    key = class_key(cls, ident)
    verdicts = selectors.verdicts
    found = verdicts.get(key)
    if found is not None:
        return found
    flags = 0
    if cls:
        for word in cls.split():
            if word in selectors.classes:
                flags = -1
                break
            # WordPress prints the post's categories and tags as classes ("category-ads"): not hints
            if not word.startswith(("category-", "tag-")):
                flags |= _word_flags(word)
    if flags != -1 and ident is not None:
        if ident in selectors.ids:
            flags = -1
        else:
            for word in ident.split():
                flags |= _word_flags(word)
    remember(verdicts, key, flags)
    return flags


#: The hint flags of each class or id word seen (a plain dict of strings and ints: the garbage
#: collector never walks it, as it walks an lru_cache's entries).
_WORD_FLAGS: dict[str, int] = {}


def _word_flags(word: str) -> int:
    """The hint classes of one class or id word (the hints are matched lower-cased)."""
    found = _WORD_FLAGS.get(word)
    if found is not None:
        return found
    lowered = word.lower()
    if _COMPILED and lowered.isascii() and "\0" not in lowered:
        # the same patterns as lists of words, each found by strstr: a regex call costs more to
        # start than to scan a word, and a page brings about a hundred words never seen before
        found = _FLAGS_OF_MATCHES[_MATCHER.matches(lowered)]
    else:
        found = _word_flags_in_python(lowered)
    return remember(_WORD_FLAGS, word, found)


def _word_flags_in_python(word: str) -> int:
    """The hint classes of a lower-cased word, by the regexes (the reference for the matcher)."""
    drop = _DROP_HINT.search(word) is not None
    matches = (
        drop | (_CONTENT_HINT.search(word) is not None) << 3 | (_WEAK_HINT.search(word) is not None) << 4
    )
    if drop:  # the strong and teaser words count only for drop words (see _flags_of)
        matches |= (_STRONG_DROP.search(word) is not None) << 1 | (_TEASER_WORD.search(word) is not None) << 2
    return _FLAGS_OF_MATCHES[matches]


#: The patterns in the matcher's order: bit n of an answer says pattern n matches.
_MATCHED = (
    (_DROP_FREE, _DROP_BOUNDED),
    (_STRONG_FREE, _STRONG_BOUNDED),
    ("", _TEASER_BOUNDED),
    (_CONTENT_FREE, _CONTENT_BOUNDED),
    (_WEAK_FREE, _WEAK_BOUNDED),
)


def _flags_of(matches: int) -> int:
    """The hint flags of a word whose patterns ``matches`` (bits in :data:`_MATCHED` order)."""
    drop, strong, teaser, content, weak = (bool(matches & 1 << n) for n in range(5))
    flags = 0
    if drop:
        flags = _DROP
        if teaser and content:
            flags |= _TEASER  # "teaser-text", "article-teaser": not a bare "teaser" card
        # every strong word is a drop word too: a word that is not one cannot be the other
        if strong:
            flags |= _STRONG
    if content:
        flags |= _CONTENT
    if weak:
        flags |= _WEAK
    return flags


_FLAGS_OF_MATCHES = tuple(_flags_of(m) for m in range(32))
if _COMPILED:
    from ..._speedups import ClassRules, HintMatcher

    _MATCHER = HintMatcher(tuple((_literals(free), _literals(bounded)) for free, bounded in _MATCHED))


# What _hidden reads: the checks a page needs (most pages use one of the three attributes or none).
_HIDDEN_ATTR, _ARIA_HIDDEN, _HIDING_STYLE = 1, 2, 4
_ALL_HIDING = _HIDDEN_ATTR | _ARIA_HIDDEN | _HIDING_STYLE


def _hidden(el: etree._Element, tag: str, checks: int = _ALL_HIDING) -> bool:
    if checks & _HIDDEN_ATTR and el.get("hidden") is not None:
        return True
    if checks & _ARIA_HIDDEN and el.get("aria-hidden") == "true" and tag not in _INLINE:
        return True
    style = el.get("style") if checks & _HIDING_STYLE else None
    if style and ("none" in style or "hidden" in style):
        compact = style.replace(" ", "").lower()
        return "display:none" in compact or "visibility:hidden" in compact
    return False


def _page_hiding(page: Page) -> int:
    """The checks of :func:`_hidden` some element of the page may pass, by the page's attribute
    index (0 when no element can be hidden)."""
    checks = 0
    if page.attribute_text("hidden"):
        checks |= _HIDDEN_ATTR
    if "true" in page.attribute_text("aria-hidden"):
        checks |= _ARIA_HIDDEN
    style = page.attribute_text("style")
    if "none" in style or "hidden" in style:
        checks |= _HIDING_STYLE
    return checks


_SIMPLE_SELECTOR = re.compile(r"^([.#])(-?[_a-zA-Z][\w-]*)$")


class _Selectors:
    """Boilerplate selectors split for speed: bare ``.class`` and ``#id`` selectors are checked on
    the elements the walk visits anyway (a combined CSS query over the page costs more than the
    whole walk); only the other selectors are run as queries."""

    __slots__ = ("classes", "ids", "other", "rules", "verdicts")

    def __init__(self, selectors: tuple[str, ...]) -> None:
        classes: set[str] = set()
        ids: set[str] = set()
        other: list[str] = []
        for sel in dict.fromkeys(s.strip() for s in selectors):
            match = _SIMPLE_SELECTOR.match(sel)
            if match:
                (classes if match.group(1) == "." else ids).add(match.group(2))
            elif sel:
                other.append(sel)
        self.classes = frozenset(classes)
        self.ids = frozenset(ids)
        self.other = tuple(other)
        #: :func:`_classify`'s answers by class (and id), for these selectors
        self.verdicts: dict[str, int] = {}
        #: the same rules compiled, for the body's walk to read ASCII values in place
        self.rules = ClassRules(_MATCHER, _FLAGS_OF_MATCHES, self.classes, self.ids) if _COMPILED else None

    def hit(self, cls: str | None, ident: str | None) -> bool:
        """Whether an element with this class and id attribute matches a simple selector."""
        if cls and self.classes and not self.classes.isdisjoint(cls.split()):
            return True
        return ident is not None and ident in self.ids


@lru_cache(maxsize=256)
def _selectors(selectors: tuple[str, ...]) -> _Selectors:
    return _Selectors(selectors)


def _selector_matches(page: Page, root: etree._Element, selectors: Iterable[str]) -> set[etree._Element]:
    """Elements under ``root`` matching any selector: one combined query, per-selector on error."""
    sels = [s for s in dict.fromkeys(selectors) if s and s.strip()]
    if not sels:
        return set()
    try:
        return set(page.css(", ".join(sels), root))
    except Exception:  # one bad selector from an extractor must not cost the body: try them one by one
        out: set[etree._Element] = set()
        for sel in sels:
            try:
                out.update(page.css(sel, root))
            except Exception:
                continue
        return out


def _plain_text_box(el: etree._Element) -> bool:
    """A box of text alone: no link out of it (see :func:`_links_away`) and no picture (a teaser
    card, a gallery)."""
    return first_below(el, "img") is None and not _links_away(el)


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])", re.IGNORECASE)


def _links_away(el: etree._Element, home: str | None = None) -> bool:
    """Whether ``el`` holds a link other than one inside the running text of a paragraph: a
    linked headline, thumbnail, "read more" or share button (what teasers and cards are made
    of; the links an author writes into a sentence are not). With ``home`` (a host), only links
    to a page of that host count."""
    for a in el.iter("a"):
        href = a.get("href")
        if href is None or href.startswith("#") or _IMAGE_FILE.search(href):
            continue  # a named anchor, a jump within the page, an image's zoom
        if home is not None and "//" in href[:8] and host_of(href) != home:
            continue
        parent = a.getparent()
        while parent is not None and parent is not el and parent.tag in _INLINE:
            parent = parent.getparent()
        if parent is None or parent.tag != "p" or len(_TEXT(parent).strip()) < len(_TEXT(a).strip()) + 20:
            return True
    return False


#: Class or id words of a standfirst set apart from the body text: a lede, intro, summary or deck.
_LEDE_HINT = re.compile(
    _W.format(
        r"lead|lede|intro|standfirst|abstract|summary|excerpt|teaser|subtitle|sub-?headline|subline|"
        r"dek|deck|chapo"
    )
)


@lru_cache(maxsize=4096)
def _lede_words(cls: str | None, ident: str | None) -> bool:
    """Whether a class or id word names a standfirst. A BEM name is read by its last part
    ("article-header__lead" is the lead of the header); a lede word with a weak one ("lead-image",
    "intro-meta") names something else."""
    for word in f"{cls or ''} {ident or ''}".split():
        part = word.lower().rsplit("__", 1)[-1]
        if _LEDE_HINT.search(part) and not _word_flags(part) & _WEAK:
            return True
    return False
