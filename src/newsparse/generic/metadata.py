"""Page-level metadata: headline, subheadline, description, site name, language, canonical URL,
lead image.

The headline is chosen by agreement: the visible ``<h1>`` (or a heading the metadata titles
agree with) is what readers see and what annotators copy, while ``og:title`` and ``<title>``
often carry a site name, a shortened SEO variant or a kicker. Metadata titles are used, with the
site name removed, when no heading agrees with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from lxml import etree

from .._context import Page
from .._model import Image
from .._text import _SKIP_TEXT, clean, text_of
from .landmarks import in_chrome
from .sitenames import _is_site, _ld_text, _site_keys, unescape

__all__ = [
    "canonical_url",
    "description",
    "headline",
    "language",
    "lead_image",
    "site_name",
    "strip_site_name",
    "subheadline",
]

Found = tuple[str, str]

# Separators between a title and a site name. A bare hyphen counts only with spaces around it:
# "Covid-19" is one word.
_SEPARATOR = re.compile(r"\s+(?:[|\-–—·•»«/~]|::)\s+|\s*[|»«•·]\s*|:\s+")
_SUBHEAD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:sub-?title|sub-?headline|subhead|dek|standfirst|strapline|sub-?heading|"
    r"article-?lead|intro|lede|summary|teaser-?text|excerpt)(?:$|[\s_-])",
    re.IGNORECASE,
)


def _norm(value: str) -> str:
    """Comparison form of a title: casefolded, quotes and dashes unified, spaces collapsed."""
    value = value.casefold().translate(_FOLD)
    return " ".join(value.split())


_FOLD = str.maketrans(dict.fromkeys("“”„«»″", '"') | dict.fromkeys("‘’‚‹›′`", "'") | {"–": "-", "—": "-"})


def site_name(page: Page) -> Found | None:
    """``og:site_name``, the JSON-LD publisher or WebSite name, ``application-name``."""
    value = page.meta_first("og:site_name")
    if value:
        return unescape(value), "meta"
    article = page.ld_article
    if article:
        publisher = article.get("publisher")
        if isinstance(publisher, list):
            publisher = publisher[0] if publisher else None
        if isinstance(publisher, Mapping):
            full = page.ld_by_id(publisher) or publisher
            name = _ld_text(full.get("name"))
            if name:
                return name, "jsonld"
    for node in page.ld_nodes("WebSite", "NewsMediaOrganization"):
        name = _ld_text(node.get("name"))
        if name:
            return name, "jsonld"
    value = page.meta_first("application-name", "apple-mobile-web-app-title")
    return (unescape(value), "meta") if value else None


# Segments CMS themes add to every title ("Site » Blog Archive » Title").
_CMS_SEGMENT = re.compile(r"^\s*(?:blog archive|archive|archiv|blog|home|startseite)\s*$", re.IGNORECASE)


def strip_site_name(title: str, keys: set[str]) -> str:
    """Remove site-name prefixes and suffixes ("Title | Site", "Site: Title") from a title.

    ``keys`` are squashed site names (see :func:`_site_keys`); only segments that match one are
    removed, so a dash inside a headline survives.
    """
    cuts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(title)]
    if not cuts or not keys:
        return title
    start, end = 0, len(title)
    # strip from the end first ("Title - Section | Site"), then from the front ("Site: Title")
    for cut_start, cut_end in reversed(cuts):
        if cut_start <= start:
            break
        if _is_site(title[cut_end:end], keys) or _CMS_SEGMENT.match(title[cut_end:end]):
            end = cut_start
        else:
            break
    for cut_start, cut_end in cuts:
        if cut_end >= end:
            break
        if cut_start >= start and (
            _is_site(title[start:cut_start], keys) or _CMS_SEGMENT.match(title[start:cut_start])
        ):
            start = cut_end
        else:
            break
    result = clean(title[start:end])
    return result or title


# A kicker (overline) printed inside the headline element: "<h1><span class=kicker>Transport</span>
# Later ferries</h1>". Its text is not part of the headline.
_KICKER_CLASS = re.compile(
    r"kicker|dachzeile|overline|topline|roofline|eyebrow|supertitle|spitzmarke|overtitle|"
    r"headline-intro|title-intro|pretitle|pre-title|label|rubric|category",
    re.IGNORECASE,
)


def _heading_text(el: etree._Element) -> str:
    """A heading's text without a kicker child, with a space between its child elements."""
    kicker = [c for c in el if isinstance(c.tag, str) and _KICKER_CLASS.search(c.get("class") or "")]
    if not kicker and len(el) == 0:
        return text_of(el)
    parts: list[str] = [el.text or ""]
    for child in el:
        # what text_of leaves out of an element's text (inline CSS-in-JS styles, scripts, icons)
        if child not in kicker and isinstance(child.tag, str) and child.tag not in _SKIP_TEXT:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    text = clean(" ".join(parts))
    # the separator printed between the kicker and the title ("Kicker - Title") goes with it
    return text.lstrip(" -–—:|·•") if kicker else text


def _headings(page: Page, tag: str, limit: int) -> list[str]:
    out: list[str] = []
    for el in page.elements(tag):
        if len(out) >= limit:
            break
        text = _heading_text(el)
        if 3 <= len(text) <= 400 and not in_chrome(el, page):
            out.append(text)
    return out


def _meta_titles(page: Page) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    article = page.ld_article
    if article:
        value = _ld_text(article.get("headline"))
        if value:
            out.append((value, "jsonld"))
    for name in ("og:title", "twitter:title", "dc.title"):
        value = page.meta_first(name)
        if value:
            out.append((unescape(value), "meta"))
    title = next(iter(page.elements("title")), None)
    if title is not None:
        value = text_of(title)
        if value:
            out.append((value, "generic"))
    return out


def _agrees(heading: str, titles: Iterable[str]) -> bool:
    """A heading agrees with a metadata title when it is the title or a whole segment of it, or
    most of it (an SEO title that appends a few words)."""
    nh = _norm(heading)
    if len(nh) < 3:
        return False
    for title in titles:
        nt = _norm(title)
        if nh == nt:
            return True
        if nh in nt and len(nh) >= 0.6 * len(nt):
            return True
        if nh in (_norm(s) for s in _SEPARATOR.split(title)):
            return True
    return False


def headline(page: Page, site: str | None) -> Found | None:
    """The heading the metadata titles agree with, else the best metadata title with the site
    name removed, else the article's only ``<h1>``."""
    keys = _site_keys(page, site)
    metas = _meta_titles(page)
    stripped = [(strip_site_name(v, keys), s) for v, s in metas]
    titles = [v for v, _ in metas] + [v for v, _ in stripped]
    h1s = _headings(page, "h1", 8)
    h1s = [h for h in h1s if not _is_site(h, keys)]
    for heading in h1s:
        # a kicker inside the h1 ("Kicker Title") when a metadata title is the rest of it
        nh = _norm(heading)
        for value, source in stripped:
            nv = _norm(value)
            if nv != nh and nh.endswith(nv) and len(nv) >= 0.6 * len(nh) and nh[-len(nv) - 1] in " :|":
                return value, source
            # and a date, meta line or site name printed inside the h1 after the title ("Title
            # 02.02.2022 • News", "Title | Site"); a colon or dash there goes on with the headline
            rest = nh[len(nv) :].lstrip() if len(nv) >= 10 and nh.startswith(nv) else ""
            if rest and (rest[0].isdigit() or rest[0] in "•·|"):
                return value, source
        if _agrees(heading, titles):
            return heading, "generic"
    for heading in _headings(page, "h2", 20):
        if _norm(heading) in {_norm(t) for t in titles} and not _is_site(heading, keys):
            return heading, "generic"
    if len(h1s) == 1:
        return h1s[0], "generic"
    for value, source in stripped:
        if value and not _is_site(value, keys):
            return _drop_pipe_suffix(value), source
    for heading in _headings(page, "h2", 3):
        return heading, "generic"
    return None


def _drop_pipe_suffix(title: str) -> str:
    """Drop a short last ``" | "`` segment: a site or section name the site keys did not catch
    ("Title | Some Magazine"). A pipe is almost never part of a headline's wording."""
    head, sep, tail = title.rpartition(" | ")
    if sep and len(tail.split()) <= 5 and len(tail) < len(head):
        return head.strip()
    return title


_SUBHEAD_LOWER = re.compile(_SUBHEAD_CLASS.pattern)


def _subhead_class(words: str) -> bool:
    # lower-cased ASCII searched case-sensitively: the same test, twice as fast
    if words.isascii():
        return bool(_SUBHEAD_LOWER.search(words.lower()))
    return bool(_SUBHEAD_CLASS.search(words))


def subheadline(page: Page) -> Found | None:
    """A standfirst printed under the headline: an element with a subtitle-like class next to the
    article's ``<h1>`` (not the meta description, which is often an SEO text)."""
    for h1 in page.elements("h1"):
        if in_chrome(h1, page):
            continue
        parent = h1.getparent()
        scopes = [parent] if parent is None else [parent, parent.getparent()]
        for scope in scopes:
            if scope is None:
                continue
            for el in scope.iter("p", "h2", "div", "span"):
                words = f"{el.get('class') or ''} {el.get('id') or ''}"
                if el is h1 or not words.strip() or not _subhead_class(words):
                    continue
                text = text_of(el)
                if 10 <= len(text) <= 600 and not _meta_line(text):
                    return text, "generic"
        break
    return None


# A byline or date line under the headline, in a block a theme also calls "subtitle" or "meta"
_META_LINE = re.compile(
    r"^(?:by|von|par|por|door|posted|published|updated|aktualisiert|veröffentlicht|publié)\b|"
    r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def _meta_line(text: str) -> bool:
    """Whether a subtitle candidate is the article's byline or date line, not a standfirst."""
    return bool(_META_LINE.match(text)) or (len(text) < 120 and bool(_CLOCK.search(text)))


def description(page: Page) -> Found | None:
    """``og:description``, the description ``<meta>``, JSON-LD ``description``."""
    value = page.meta_first("og:description", "description", "twitter:description")
    if value:
        return unescape(value), "meta"
    if page.ld_article:
        value = _ld_text(page.ld_article.get("description"))
        if value:
            return value, "jsonld"
    return None


def canonical_url(page: Page) -> Found | None:
    """``<link rel=canonical>`` or ``og:url``."""
    return (page.canonical_hint, "meta") if page.canonical_hint else None


def language(page: Page) -> Found | None:
    """The declared language of the page."""
    if page.language:
        return page.language, "meta"
    if page.ld_article:
        value = _ld_text(page.ld_article.get("inLanguage"))
        if value:
            return value, "jsonld"
    return None


def _num(value: Any) -> int | None:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _ld_image(value: Any, page: Page) -> Image | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        url = page.absolute(value)
        return Image(url=url) if url else None
    if isinstance(value, Mapping):
        value = page.ld_by_id(value) or value
        url = page.absolute(_ld_text(value.get("url")) or _ld_text(value.get("contentUrl")))
        if url:
            return Image(
                url=url,
                caption=_ld_text(value.get("caption")),
                width=_num(value.get("width")),
                height=_num(value.get("height")),
            )
    return None


def lead_image(page: Page) -> tuple[Image, str] | None:
    """``og:image`` (with its declared size), else the JSON-LD ``image``; the site's own icons,
    logo and placeholder are skipped (a page without a picture of its own shares those)."""
    url = page.absolute(
        page.meta_first(
            "og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src"
        )
    )
    if url:
        image = Image(
            url=url,
            caption=page.meta_first("og:image:alt"),
            width=_num(page.meta_first("og:image:width")),
            height=_num(page.meta_first("og:image:height")),
        )
        if not _site_image(page, image):
            return image, "meta"
    if page.ld_article:
        found = _ld_image(page.ld_article.get("image"), page)
        if found and not _site_image(page, found):
            return found, "jsonld"
    return None


_ICON_NAME = re.compile(r"favicon|apple-touch-icon|placeholder|no-?image|no-img", re.IGNORECASE)


def _site_image(page: Page, image: Image) -> bool:
    """Whether an image is the site's rather than the article's: an icon (by format, name or a
    declared size under 100 pixels) or the publisher's logo in JSON-LD. (Not by the icon
    ``<link>``: some CMSs point it at the article's picture.)"""
    path = image.url.split("?")[0]
    if path.lower().endswith((".ico", ".svg")) or _ICON_NAME.search(path.rsplit("/", 1)[-1]):
        return True
    if (image.width is not None and image.width < 100) or (image.height is not None and image.height < 100):
        return True
    return image.url in _site_image_urls(page)


def _site_image_urls(page: Page) -> set[str]:
    """The publisher logos of the page's JSON-LD (per page)."""
    cached = page.cache.get("generic.site_images")
    if cached is None:
        cached = set()
        for node in page.jsonld:
            for holder in (node, node.get("publisher")):
                if isinstance(holder, Mapping):
                    holder = page.ld_by_id(holder) or holder
                    logo = _ld_image(holder.get("logo"), page) if isinstance(holder, Mapping) else None
                    if logo:
                        cached.add(logo.url)
        page.cache["generic.site_images"] = cached
    return cached
