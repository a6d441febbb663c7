"""Authors: structured data first, then bylines in the article; precision over recall.

The ladder: JSON-LD ``author`` of the article (Person or Organization, ``@id`` references
followed), the ``author`` metas, then byline markup outside page chrome and comments
(``itemprop=author``, ``rel=author``, hCard ``.fn``, byline/author classes). A source whose only
"author" is the publication itself (``"Example News"`` on example.com) does not count, so the
next rung is tried: the publisher is not the writer.

Names are cleaned, not guessed: "By"/"Von"/"Par" and "Written by:" labels, dates, times, emails,
handles and agency suffixes ("for The Daily Mail") are cut; lists are split on commas and
"and"/"und"/"et"/"&" without breaking "Smith, John"; anything that does not look like a name
is dropped.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from typing import Any

from lxml import etree

from .._context import Page
from .._dates import _MONTHS
from .._model import Author
from .._text import clean
from .landmarks import hint_index, in_chrome
from .sitenames import _declared_names, _host_keys, _site_keys, _squash, unescape

__all__ = ["authors", "clean_name", "names_from_text"]

Found = tuple[tuple[Author, ...], str]

_LABEL = re.compile(
    r"^(?:[~\-–—|•·:]+\s*)?(?:(?:written|posted|published|reported|story|text|photos?|"
    r"geschrieben|eingestellt|gespeichert|erstellt|verfasst|veröffentlicht|publié|publiée|écrit|"
    r"escrito|publicado|scritto|pubblicato|napisane)\s+)?"
    r"(?:by|von|vom|par|por|di|da|door|av|af|autor(?:in|en)?|author(?:s)?|auteur(?:s)?|"
    r"redaktion|redakteur(?:in)?|text|texte|verfasser(?:in)?|interview|gastbeitrag|kommentar|"
    r"eine analyse von|ein kommentar von|ein gastbeitrag von|pressemitteilung von|im wortlaut von|"
    r"ein beitrag von|beitrag von|artikel von|interview von|kommentar von)\b\s*:?\s*(?=\w)|"
    r"^(?:责任编辑|编辑|作者|记者)\s*[:：]\s*",
    re.IGNORECASE,
)
# Where a byline stops being a name: a date or time, a separator, "on"/"am"/"le" + date, "for"
# + outlet (agency suffix), a parenthesis.
_WEEKDAYS = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
)
_CUT = re.compile(
    r"\s*(?:(?<=\s)\d|,\s*\d|\||•|·|\(|\[|—|–|\s-\s|\s/\s|"
    r"(?-i:\b(?:am|on|le|el|il|op|den|vom|du)\s+(?=[^|]{0,24}\d))|"
    r"\b(?:for|für|pour|para)\s|(?-i:\b(?:per|in|im|auf|at|en|aus|from)\s)|"
    r"\b(?:updated|aktualisiert|stand|veröffentlicht|published|posted|publiziert|mis à jour|publiée?|"
    r"publicad[oa]|pubblicato|gepubliceerd|actualizado|aggiornato)\b|"
    rf"\s{_WEEKDAYS}\b\.?,?\s*(?=\d|$)).*$",
    re.IGNORECASE,
)
_BY_MID = re.compile(r"\b(?:by|von|par|por|door)\s+", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|;|&|\+|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\bu\.)\s*", re.IGNORECASE)
_JUNK = re.compile(r"@|https?://|www\.|\.(?:com|de|org|net)\b|:", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# a social handle after the name ("Jane Doe @janedoe"): the name is the byline, the handle goes
_TRAILING_HANDLE = re.compile(r"(?<=\w)\s+@[\w.]{1,30}$")
# a news agency printed after the name without a separator ("Jane Doe Associated Press")
_TRAILING_AGENCY = re.compile(
    r"\s+(?:The\s+)?(?:Associated\s+Press|Reuters|AFP|dpa|USA\s+TODAY|Bloomberg)$", re.IGNORECASE
)
_NOT_NAMES = frozenset(
    {
        "admin",
        "administrator",
        "anonymous",
        "anónimo",
        "anonym",
        "anonyme",
        "publisher",
        "guest",
        "unknown",
        "staff",
        "editor",
        "editors",
        "author",
        "autor",
        "reporter",
        "writer",
        "contributor",
        "team",
        "home",
        "by",
        "von",
        "text",
        "por",
        "par",
        "de",
        "di",
        "more",
        "mehr",
        "no author",
        "vor",
        "ca",
        "über",
        "about",
        "nachricht",
        "news",
        "pressemitteilung",
        "geschichte",
    }
)
# Words that show a text is a link label or a role, not a name.
_NOT_NAME_WORDS = re.compile(
    r"\b(?:posts?|articles?|artikel|beiträge|email|e-mail|mail|follow|folgen|profil|profile|view|"
    r"alle|all|more|mehr|weitere|contact|kontakt|share|teilen|comments?|kommentare?|read|lesen|"
    r"minutes?|minuten|min|senior|correspondent|korrespondent(?:in)?|editor|redakteur(?:in)?|"
    r"reporter(?:in)?|chefredakteur(?:in)?|photographer|fotograf(?:in)?|columnist|kolumnist(?:in)?|"
    r"journalist(?:in)?|writer|staff|newsletter|abonnieren|subscribe|login|anmelden|"
    r"copyright|rights|reserved|impressum|datenschutz|privacy|foto|fotos|photo|photos|bild|bilder|"
    r"quelle|source|credit|credits|autorenseite|publiziert|übersicht|zur|shares?|übersetzt|фото|"
    r"translated|translation|traduit|traducción)\b",
    re.IGNORECASE,
)
# degrees and professional credentials after a name ("Jane Doe, MS, RDN"), each also alone
_DEGREES = re.compile(
    r",?\s*\b(?:PhD|Ph\.D\.|MD|M\.D\.|MBA|MSc|BSc|MA|BA|MS|RD|RDN|RN|CPA|CFA|JD|MPH|MSW|DDS|PharmD)\s*$"
)
_SLUG = re.compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)+$")
_MAX_AUTHORS = 8
_PARTICLES = frozenset(
    {"von", "van", "de", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "zu", "ter", "y"}
)

# Byline markup, most specific first; every match is read in document order.
# Byline markup: class/id substrings, itemprop and rel tokens (matched on the page's hint index).
_BYLINE_WORDS = re.compile(r"author|byline|autor|auteur|writer|contributor")


def _is_byline(el: etree._Element, words: str) -> bool:
    classes = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('data-testid') or ''}".lower()
    if _BYLINE_WORDS.search(classes):
        return True
    props = (el.get("itemprop") or "").split()
    return "author" in props or "creator" in props or "author" in (el.get("rel") or "").split()


_NAME_INSIDE = (
    "[itemprop~='name'], .fn, a[rel~='author'], [class*='author-name'], [class*='authorName'], "
    "[class*='author__name'], [class*='byline__name'], [class*='name']:not([class*='username'])"
)
_NOT_BYLINE_CLASS = re.compile(
    r"(?:bio|description|avatar|image|img|photo|picture|thumb|social|follow|more|posts|about|"
    r"box-text|desc|title-wrap|comment)",
    re.IGNORECASE,
)
_COMMENT = re.compile(
    r"(?:^|[\s_-])(?:comment|(?:reply|replies|respond|responses|reviews?|forum|discussion)(?:$|[\s_-]))",
    re.IGNORECASE,
)


def clean_name(raw: str) -> str | None:
    """A person's name from a byline fragment ("By Jane Doe, 3 May 2024" → "Jane Doe"), or None
    if the fragment is not a name."""
    name = unescape(raw)
    name = _LABEL.sub("", name)
    name = _LABEL.sub("", name)  # "Written by: Von ..."
    name = _CUT.sub("", name)
    name = _DEGREES.sub("", name)
    name = _TRAILING_HANDLE.sub("", name.strip())
    agency = _TRAILING_AGENCY.search(name)
    if agency and len(name[: agency.start()].split()) >= 2:
        name = name[: agency.start()]  # "The Associated Press" alone is the credit: kept
    words = name.split()
    half = len(words) // 2
    if half >= 2 and len(words) == 2 * half and words[:half] == words[half:]:
        name = " ".join(words[:half])  # the same name printed twice (a visible and a hidden copy)
    name = name.strip(" ,;:|-–—/~*·•\"'()[]")
    if not name or len(name) < 2 or len(name) > 60 or _JUNK.search(name):
        return None
    words = name.split()
    if len(words) > 5 or name.casefold() in _NOT_NAMES or _NOT_NAME_WORDS.search(name):
        return None
    if len(words) == 1 and len(name) >= 4 and name.casefold() in _MONTHS:
        return None  # what is left of a date line next to the byline ("November 9, 2023")
    # digits only in a one-word handle ("freeman1984"), never in a person's written name
    if _DIGIT.search(name) and (len(words) > 1 or sum(c.isalpha() for c in name) < 2):
        return None
    if not name[0].isalpha():
        return None
    # a phrase, not a name: a lowercase word before capitalised ones ("em São Paulo", "deinen
    # Hochzeitsbloggern"); a name written all in lowercase stays
    if words[0][0].islower() and words[0] not in _PARTICLES and any(w[0].isupper() for w in words[1:]):
        return None
    # a sentence, not a name: several lowercase words ("das ist ein Test")
    lower = [w for w in words if w[0].islower()]
    if len(words) >= 3 and len(lower) >= 2 and any(w.casefold() not in _PARTICLES for w in lower):
        return None
    return name


def names_from_text(raw: str) -> list[str]:
    """Names in a byline text: labels and trailing dates cut, lists split, "Smith, John" kept."""
    text = unescape(raw)
    mid = _BY_MID.search(text)
    if mid and _DIGIT.search(text[: mid.start()]):
        text = text[mid.end() :]  # "Posted on 3 May 2024 by Jane Doe"
    text = _LABEL.sub("", text)
    text = _CUT.sub("", text)
    parts = [p for p in _SPLIT.split(text) if p and p.strip()]
    # "Smith, John": two single words around one comma are one inverted name
    inverted = "," in text and len(parts) == 2 and all(len(p.split()) == 1 for p in parts)
    if inverted and not re.search(r"\band\b|\bund\b|&|\bet\b", text, re.IGNORECASE):
        parts = [f"{parts[1]} {parts[0]}"]
    out: list[str] = []
    for part in parts:
        name = clean_name(part)
        if name:
            out.append(name)
    return out


def _dedupe(names: Iterable[str]) -> list[str]:
    """Case-insensitively unique names; a name contained in a fuller one is dropped."""
    out: list[str] = []
    for name in names:
        key = name.casefold()
        if any(key == o.casefold() for o in out):
            continue
        fuller = [i for i, o in enumerate(out) if key in o.casefold().split() or o.casefold() in key]
        if fuller:
            i = fuller[0]
            if len(name) > len(out[i]) and out[i].casefold() in key:
                out[i] = name
            continue
        out.append(name)
    initials = {"".join(w[0] for w in n.split() if w[0].isupper()) for n in out if len(n.split()) > 1}
    out = [n for n in out if not (n.isupper() and len(n) <= 3 and n in initials)]
    return out[:_MAX_AUTHORS]


_ORGANIZATION = frozenset(
    {"Organization", "NewsMediaOrganization", "Corporation", "NGO", "GovernmentOrganization"}
)


def _is_org(value: Any, page: Page) -> bool:
    """Whether every JSON-LD author is an organisation (often the publisher or an agency)."""
    items = value if isinstance(value, list) else [value]
    types: list[bool] = []
    for item in items:
        if not isinstance(item, Mapping):
            return False
        node = page.ld_by_id(item) or item
        raw = node.get("@type")
        names = raw if isinstance(raw, list) else [raw]
        types.append(any(isinstance(n, str) and n in _ORGANIZATION for n in names))
    return bool(types) and all(types)


def _from_ld(value: Any, page: Page) -> list[Author]:
    out: list[Author] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        if isinstance(item, str):
            for name in names_from_text(item):
                out.append(Author(name=name))
        elif isinstance(item, Mapping):
            node = page.ld_by_id(item) or item
            raw = node.get("name")
            if isinstance(raw, list):
                raw = raw[0] if raw else None
            if not isinstance(raw, str):
                given, family = node.get("givenName"), node.get("familyName")
                raw = " ".join(p for p in (given, family) if isinstance(p, str))
            names = names_from_text(raw) if isinstance(raw, str) else []
            if len(names) == 1 and " " not in names[0]:
                names = [_named_by_bio(names[0], node.get("description"))]
            url = node.get("url") or node.get("sameAs")
            if isinstance(url, list):
                url = next((u for u in url if isinstance(u, str)), None)
            url = page.absolute(url) if isinstance(url, str) else None
            for i, name in enumerate(names):
                out.append(Author(name=name, url=url if i == 0 and len(names) == 1 else None))
    return out


def _named_by_bio(name: str, bio: Any) -> str:
    """A one-word display name ("Nils") completed by the author's own bio when it starts with
    the full name ("Nils Pickert ist freier Autor..."); else the name as it is."""
    if not isinstance(bio, str) or not bio.startswith(name + " "):
        return name
    words = [name]
    for word in bio[len(name) :].split()[:2]:
        if not word[:1].isupper() or not word.isalpha():
            break
        words.append(word)
    return " ".join(words)


def _is_publication(name: str, keys: set[str], declared: set[str]) -> bool:
    """Whether an "author" is the publication: its host or declared name, or a name that
    contains the declared one ("Example News Redaktion"). A personal blog named after its
    author (janedoe.com by Jane Doe) keeps its author: a host label alone never removes one."""
    squashed = _squash(name)
    if squashed in keys:
        return True
    return any(len(d) >= 5 and d in squashed for d in declared)


def _not_site(found: list[Author], keys: set[str], declared: set[str]) -> list[Author]:
    """Authors that are not the publication itself (nor a handle-like slug)."""
    return [a for a in found if not _is_publication(a.name, keys, declared) and not _SLUG.match(a.name)]


def _in_comment(el: etree._Element) -> bool:
    node: etree._Element | None = el
    depth = 0
    while node is not None and depth < 15:
        words = f"{node.get('class') or ''} {node.get('id') or ''}"
        if node.tag in ("article", "main") and not _COMMENT.search(words):
            return False
        if words.strip() and _COMMENT.search(words):
            return True
        node = node.getparent()
        depth += 1
    return False


def _in_teaser_link(el: etree._Element) -> bool:
    """Whether a byline candidate sits in a link around a teaser card (title, summary and the
    other article's byline): a link to an author's page holds little more than the name."""
    node = el.getparent()
    for _ in range(4):
        if node is None or node.tag in ("body", "article", "main"):
            return False
        if node.tag == "a":
            return _longer_than(node, 100)
        node = node.getparent()
    return False


def _longer_than(el: etree._Element, limit: int) -> bool:
    """Whether an element holds more than ``limit`` characters of text, read only that far (a
    hostile link may wrap the whole page around dozens of byline candidates)."""
    total = 0
    for piece in el.itertext():
        total += len(piece)
        if total > limit:
            return True
    return False


_OWN_TEXTS = etree.XPath(".//text()[not(ancestor::script)][not(ancestor::style)]", smart_strings=False)


def _spaced_text(el: etree._Element) -> str:
    """An element's text with a space between child elements ("By<a>Jane</a>" → "By Jane")."""
    if el.tag in ("script", "style"):
        return ""
    return clean(" ".join(_OWN_TEXTS(el)))


def _link_url(el: etree._Element, page: Page) -> str | None:
    link = el if el.tag == "a" else el.find(".//a[@href]")
    if link is None:
        parent = el.getparent()
        link = parent if parent is not None and parent.tag == "a" else None
    if link is None:
        return None
    href = link.get("href")
    url = page.absolute(href)
    if url and page.host and page.host not in url:
        return None  # a link to another site (a social profile) is not the author page here
    return url


def _names_in(el: etree._Element, page: Page) -> list[tuple[str, str | None]]:
    """(name, profile URL) pairs a byline element holds."""
    meta = el.get("content") if el.tag == "meta" else None
    if meta:
        return [(n, None) for n in names_from_text(meta)]
    inner = [e for e in page.css(_NAME_INSIDE, el) if e is not el]
    if inner:
        out: list[tuple[str, str | None]] = []
        for e in inner:
            for name in names_from_text(_spaced_text(e)):
                out.append((name, _link_url(e, page)))
        if out:
            return out
    text = _spaced_text(el)
    if not text or len(text) > 120:
        return []
    return [(n, _link_url(el, page)) for n in names_from_text(text)]


def _bylines(page: Page) -> list[Author]:
    """Names from byline markup in the article area, from the first byline that has any and the
    bylines next to it (co-authors printed as separate elements)."""
    found: list[tuple[str, str | None]] = []
    container: etree._Element | None = None
    candidates = [el for el, words in hint_index(page) if _is_byline(el, words)]
    for el in candidates[:80]:
        if el.tag in ("body", "html", "article", "main", "section", "img", "script", "style", "link"):
            continue
        words = f"{el.get('class') or ''} {el.get('id') or ''}"
        if _NOT_BYLINE_CLASS.search(words) and el.get("itemprop") is None and el.get("rel") is None:
            continue
        if container is not None and not _within(el, container):
            continue
        if in_chrome(el, page) or _in_comment(el) or _in_teaser_link(el):
            continue
        names = _names_in(el, page)
        if not names:
            continue
        found.extend(names)
        if container is None:
            container = _byline_container(el)
    by_name: dict[str, str | None] = {}
    for name, url in found:
        by_name.setdefault(name, url)
        if url and not by_name[name]:
            by_name[name] = url
    return [Author(name=n, url=by_name.get(n)) for n in _dedupe(by_name)]


_LABELLED = re.compile(
    r"^\s*(?:[-~–—]+\s*)?(?:(?:written|posted|text|story)\s+(?:by|von)\b|by\b|BY\b|By\b|Von\b|VON\b|"
    r"Par\b|PAR\b|Por\b|POR\b|(?:text|autor|autorin|author|auteur|texte|verfasser)\s*:|"
    # the label without a colon, right before a capitalised name ("Autoren Jana Müller und ...")
    r"(?:autor(?:in|en|innen)?|authors?)\s+(?-i:[A-ZÄÖÜ]))",
    re.IGNORECASE,
)
# what ``_LABELLED`` can start with after blanks: a dash, or the first letter of one of its words
# in either case ("ſ" is an "s" to a case-insensitive match)
_LABEL_START = frozenset("-~–—wptsbvaWPTSBVA\u017f")
_LABEL_TAGS = (
    "p",
    "span",
    "em",
    "strong",
    "address",
    "small",
    "div",
    "b",
    "i",
    "h4",
    "h5",
    "h6",
    "font",
    "cite",
)
_MAX_LABEL_SCAN = 3000


def _labelled(page: Page) -> list[Author]:
    """A byline written as text ("Von Jane Doe", "By Jane Doe | 3 May", "Text: Jane Doe") in
    a short element of the article: the last rung, for pages without byline markup."""
    for count, el in enumerate(page.tree.iter(*_LABEL_TAGS)):
        if count > _MAX_LABEL_SCAN:
            break
        own = el.text
        # the pattern starts, after blanks, with a dash or a word's first letter: most texts are
        # ruled out by one character, before the case-insensitive match (slow in ``re``)
        if not own or own.lstrip()[:1] not in _LABEL_START or not _LABELLED.match(own):
            continue
        text = _spaced_text(el)
        if len(text) > 100 or in_chrome(el, page) or _in_comment(el) or _in_teaser_link(el):
            continue
        names = names_from_text(text)
        if names and all(_capitalised(n) for n in names):
            return [Author(name=n, url=_link_url(el, page)) for n in _dedupe(names)]
    return []


def _capitalised(name: str) -> bool:
    # a written-out byline names people: every main word capitalised ("Jane Doe", "Walter von Aachen")
    words = [w for w in name.split() if w.casefold() not in _PARTICLES]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


_INLINE = frozenset({"a", "span", "strong", "em", "b", "i", "small", "li"})


def _byline_container(el: etree._Element) -> etree._Element:
    # co-authors sit next to each other: climb out of inline wrappers to the byline's block
    node = el.getparent()
    if node is None:
        return el
    while node.tag in _INLINE:
        parent = node.getparent()
        if parent is None:
            break
        node = parent
    return node


def _within(el: etree._Element, container: etree._Element) -> bool:
    node: etree._Element | None = el
    while node is not None:
        if node is container:
            return True
        node = node.getparent()
    return False


# Yoast SEO's Twitter card pairs a label with a value: twitter:label1 "Written by" (in the site's
# language), twitter:data1 the author's display name.
_WRITTEN_BY = re.compile(
    r"^(?:written by|verfasst von|geschrieben von|escrito por|écrit par|scritto da|geschreven door|"
    r"napisane przez|skrevet av|skrivet av)$",
    re.IGNORECASE,
)


def _card_author(page: Page) -> str | None:
    """The value the Twitter card labels "Written by", if any."""
    for n in ("1", "2", "3"):
        label = page.meta_first(f"twitter:label{n}")
        if label and _WRITTEN_BY.match(label.strip()):
            return page.meta_first(f"twitter:data{n}")
    return None


def _meta_names(page: Page, keys: set[str], declared: set[str]) -> list[str]:
    metas = [
        page.meta_first(meta)
        for meta in ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
    ]
    for raw in [*metas, _card_author(page)]:
        if not raw or raw.startswith("http") or _is_publication(raw, keys, declared):
            continue
        found = _not_site([Author(name=n) for n in _dedupe(names_from_text(raw))], keys, declared)
        if found:
            return [a.name for a in found]
    return []


def _same(a: Iterable[str], b: Iterable[str]) -> bool:
    return bool({_squash(n) for n in a} & {_squash(n) for n in b})


def authors(page: Page) -> Found | None:
    """JSON-LD authors of the article, the ``author`` metas, then byline markup; the publication
    itself is never taken for an author."""
    keys = _site_keys(page, None)
    declared = _declared_names(page)
    article = page.ld_article
    organisation: list[Author] = []
    meta = _meta_names(page, keys, declared)
    if article and article.get("author") is not None:
        found = _not_site(_from_ld(article.get("author"), page), keys, declared)
        if found and _is_org(article.get("author"), page):
            # an organisation credited in structured data: a byline naming a person beats it
            organisation = found
        elif found:
            names = [a.name for a in found]
            if len(meta) > len(names) and all(_same([n], meta) for n in names):
                # JSON-LD that lists only the first of several authors the metas name
                by_key = {_squash(a.name): a for a in found}
                return tuple(by_key.get(_squash(n)) or Author(name=n) for n in meta), "jsonld"
            return tuple(_merge(_printed_names(found, page))), "jsonld"
    # byline markup names the writer on purpose: a personal blog's owner stays its author
    bylines = _not_site(_bylines(page), _host_keys(page), set())
    if meta:
        if bylines and not _same(meta, (a.name for a in bylines)):
            # the meta credits someone the visible byline does not (an outlet, a desk): the
            # byline readers see wins
            return tuple(bylines), "generic"
        by_key = {_squash(a.name): a for a in bylines}
        return tuple(by_key.get(_squash(n)) or Author(name=n) for n in meta), "meta"
    if bylines:
        return tuple(bylines), "generic"
    if organisation:
        return tuple(_merge(organisation)), "jsonld"
    found = _not_site(_labelled(page), keys, declared)
    if found:
        return tuple(found), "generic"
    return None


def _printed_names(found: list[Author], page: Page) -> list[Author]:
    """JSON-LD authors whose name is a login ("janedoe": a CMS without a display name) take the
    name the byline prints for the same person ("Jane Doe")."""
    if not any(a.name.islower() and " " not in a.name for a in found):
        return found
    printed = {_squash(b.name): b.name for b in _bylines(page)}
    return [
        dataclasses.replace(a, name=printed[_squash(a.name)])
        if a.name.islower() and " " not in a.name and _squash(a.name) in printed
        else a
        for a in found
    ]


def _merge(found: list[Author]) -> list[Author]:
    names = _dedupe(a.name for a in found)
    by_name = {a.name: a for a in found}
    return [by_name.get(n) or Author(name=n) for n in names]
