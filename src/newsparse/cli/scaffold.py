"""``newsparse new-extractor``: start a site extractor from one saved page.

Writes three files, all meant to be edited:

- ``<dir>/<module>.py``: an extractor with the rules it could infer from the page's markup. A rule
  is written active only when, on the saved page, it gives what the generic extractor gives
  (so the new extractor starts no worse than the generic one); other candidates are written
  as comments with what they found.
- ``<fixtures>/<name>/<name>.html``: the page (to be replaced by a page you write, see the how-to);
- ``<fixtures>/<name>/<name>.json``: the expected output, pre-filled from the generic extractor.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .._context import Page
from .._decode import read_saved_page, sanitize
from .._errors import NewsparseError
from .._extractor import split_names
from .._text import clean, host_of, text_of

__all__ = ["Inferred", "infer", "render_module"]

_UNSTABLE_CLASS = re.compile(r"\d|^(?:css|sc|jsx|svelte|emotion|styled)-|__[a-z0-9]{5,}$", re.IGNORECASE)
_BYLINE_HINT = re.compile(r"byline|author", re.IGNORECASE)
#: Fields the expected file is pre-filled with (those the generic extractor found), and the keys
#: of their dict values worth checking.
_EXPECTED_SHAPES: dict[str, object] = {
    "headline": None,
    "description": None,
    "authors": [{"name": None}],
    "published": None,
    "language": None,
    "categories": None,
    "tags": None,
    "lead_image": {"url": None},
    "body": {"text": None},
}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the sub-command."""
    p = sub.add_parser(
        "new-extractor",
        help="write a new site extractor, fixture and expected file from a saved page",
        description="Write a site extractor module with the selectors inferred from a saved page, "
        "plus a fixture and an expected file pre-filled from the generic extractor's output.",
    )
    p.add_argument("domain", help="the site's domain, e.g. example.com")
    p.add_argument("--from", dest="source", required=True, metavar="FILE", help="a saved .html/.html.gz page")
    p.add_argument("--url", help="the saved page's URL (default: its canonical URL, else https://DOMAIN/)")
    p.add_argument("--name", help="extractor name (default: the domain's first label, e.g. 'example')")
    p.add_argument(
        "--dir",
        type=Path,
        help="folder of the extractor module (default: src/newsparse/extractors if present, else .)",
    )
    p.add_argument(
        "--fixtures",
        type=Path,
        default=Path("tests/fixtures"),
        help="fixture folder (default: tests/fixtures)",
    )
    p.add_argument("--force", action="store_true", help="overwrite existing files")
    p.set_defaults(run=run)


@dataclass
class Inferred:
    """What the scaffold learnt from a page: rule lines (active or commented) and notes."""

    rules: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    imports: set[str] = field(default_factory=set)


def _stable_classes(el: etree._Element) -> list[str]:
    return [c for c in (el.get("class") or "").split() if not _UNSTABLE_CLASS.search(c)]


def _selector_for(page: Page, el: etree._Element) -> str | None:
    """A short CSS selector whose first match is ``el``: ``tag#id``, ``tag[itemprop]``, ``tag.class``."""
    tag = el.tag if isinstance(el.tag, str) else None
    if tag is None:
        return None
    candidates: list[str] = []
    ident = el.get("id")
    if ident and not _UNSTABLE_CLASS.search(ident) and re.fullmatch(r"[A-Za-z][\w-]*", ident):
        candidates.append(f"{tag}#{ident}")
    if el.get("itemprop"):
        candidates.append(f"{tag}[itemprop='{el.get('itemprop')}']")
    for attr_name in ("data-testid", "data-component", "data-gu-name"):
        value = el.get(attr_name)
        if value and re.fullmatch(r"[\w-]+", value):
            candidates.append(f"{tag}[{attr_name}='{value}']")
    candidates += [f"{tag}.{c}" for c in _stable_classes(el)]
    candidates.append(tag)
    for sel in candidates:
        if page.css_first(sel) is el:
            return sel
    return None


def _same(a: str | None, b: str | None) -> bool:
    return clean(a).casefold() == clean(b).casefold()


def _infer_headline(page: Page, generic: str | None, out: Inferred) -> None:
    for h1 in page.css("h1"):
        sel = _selector_for(page, h1)
        if sel is None or not text_of(h1):
            continue
        if _same(text_of(h1), generic):
            out.rules.append(f'headline = text("{sel}")')
            out.imports.add("text")
        else:
            out.rules.append(f'# headline = text("{sel}")  # on the saved page: {text_of(h1)[:60]!r}')
        return
    out.notes.append("no <h1>: the headline comes from the generic extractor")


def _infer_authors(page: Page, generic: list[str], out: Inferred) -> None:
    seen: set[str] = set()
    for el in page.css("[class], a[rel~='author'], [itemprop='author']"):
        classes = " ".join(_stable_classes(el))
        if not (_BYLINE_HINT.search(classes) or "author" in (el.get("rel") or el.get("itemprop") or "")):
            continue
        sel = _selector_for(page, el)
        if sel is None or sel in seen:
            continue
        seen.add(sel)
        names: list[str] = []
        for match in page.css(sel):
            names += [n for n in split_names(text_of(match)) if n not in names]
        if not names:
            continue
        if [n.casefold() for n in names] == [n.casefold() for n in generic]:
            out.rules.append(f'authors = byline("{sel}")')
            out.imports.add("byline")
            return
        if len(seen) <= 3:
            out.rules.append(f'# authors = byline("{sel}")  # on the saved page: {names[:3]!r}')
    if not seen:
        out.notes.append("no byline element found: the authors come from the generic extractor")


def _infer_published(page: Page, generic: str | None, out: Inferred) -> None:
    from .._dates import parse_iso

    for el in page.css("time[datetime]")[:3]:
        found = parse_iso(el.get("datetime") or "")
        if found is None:
            continue
        sel = _selector_for(page, el) or "time[datetime]"
        if generic and found.isoformat() == generic:
            out.rules.append(f'published = date("{sel}", "datetime")')
            out.imports.add("date")
        else:
            out.rules.append(
                f'# published = date("{sel}", "datetime")  # on the saved page: {found.isoformat()}'
            )
        return


def _infer_body(page: Page, generic: str, out: Inferred) -> None:
    from ..generic.body import blocks_of, find_main

    main = find_main(page)
    sel = _selector_for(page, main) if main is not None else None
    if main is None or sel is None or sel in ("div", "article", "main", "section"):
        # a bare tag name would pick whatever comes first on another page of the site
        if sel:
            out.notes.append(f"the body is the first <{sel}>: give it a selector of the site's own")
        return
    if blocks_of(page, main).text == generic:
        out.rules.append(f'body = body("{sel}")')
        out.imports.add("body")
    else:
        out.rules.append(
            f'# body = body("{sel}")  # the generic extractor trims it further: add exclude=(...)'
        )


def infer(page: Page) -> Inferred:
    """Rules for the page's headline, authors, date and body, checked against the generic output."""
    from ..generic import GenericExtractor

    generic = GenericExtractor(page)
    out = Inferred()
    _infer_headline(page, generic.headline(), out)
    _infer_authors(page, [a.name for a in generic.authors()], out)
    published = generic.published()
    _infer_published(page, published.isoformat() if published else None, out)
    _infer_body(page, generic.body().text, out)
    article = page.ld_article
    if article is not None:
        keys = ", ".join(
            k for k in ("headline", "author", "datePublished", "dateModified", "image") if k in article
        )
        out.notes.append(
            f"JSON-LD {'/'.join(_ld_type(article))} with {keys or 'no article keys'}: "
            "the generic extractor reads it"
        )
    metas = [
        m
        for m in ("og:title", "description", "article:published_time", "author", "keywords")
        if m in page.meta
    ]
    if metas:
        out.notes.append("metas the generic extractor reads: " + ", ".join(metas))
    return out


def _ld_type(node: object) -> list[str]:
    raw = node.get("@type") if isinstance(node, dict) else None
    return [str(t) for t in (raw if isinstance(raw, list) else [raw]) if t]


def _fit(rule: str) -> str:
    """A rule line within the project's line length (suggestions carry a truncated sample)."""
    if len(rule) <= 104:
        return rule
    code, _, comment = rule.partition("  # ")
    room = 104 - len(code) - 4
    return f"{code}  # {comment[: max(room - 3, 0)]}..." if room > 10 else code


def _class_name(name: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", name) if part) + "Extractor"


def render_module(domain: str, name: str, inferred: Inferred) -> str:
    """The source of the new extractor module."""
    imports = sorted({"Extractor", "register", *inferred.imports}, key=lambda s: (s[0].islower(), s))
    import_lines = f"from newsparse import {', '.join(imports)}\n"
    notes = "".join(
        textwrap.fill(n, width=100, initial_indent="- ", subsequent_indent="  ") + "\n"
        for n in inferred.notes
    )
    notes = notes or "- nothing notable\n"
    rules = "".join(f"    {_fit(r)}\n" for r in inferred.rules) or "    # no rule inferred: add your own\n"
    return f'''"""Extractor for {domain}.

Written by ``newsparse new-extractor`` from a saved page: review every rule. Active rules gave
the generic extractor's answer on that page; commented ones found something else. Any field not
implemented here (or empty on a page) comes from the generic extractor.

What the saved page offered:
{notes}"""

from __future__ import annotations

{import_lines}

@register
class {_class_name(name)}(Extractor):
    """{domain}."""

    name = "{name}"
    domains = ("{domain}",)

{rules}'''


def _expected(page_article: dict[str, object]) -> dict[str, object]:
    from ..testing import project

    out: dict[str, object] = {}
    for key, shape in _EXPECTED_SHAPES.items():
        value = page_article.get(key)
        if value in (None, "", [], {}) or (isinstance(value, dict) and not any(value.values())):
            continue
        out[key] = project(value, shape) if shape is not None else value
    return out


def _default_name(domain: str) -> str:
    labels = domain.lower().removeprefix("www.").split(".")
    return re.sub(r"\W", "_", labels[0] if len(labels) > 1 else domain)


def run(args: argparse.Namespace) -> int:
    """Run the sub-command."""
    from .._parse import parse

    domain = host_of(args.domain) or args.domain
    name = args.name or _default_name(domain)
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        print(f"newsparse: extractor name {name!r} must be a lower-case identifier", file=sys.stderr)
        return 2
    source = Path(args.source)
    try:
        text = sanitize(read_saved_page(source), None)
    except (OSError, NewsparseError) as exc:
        print(f"newsparse: cannot read {source}: {exc}", file=sys.stderr)
        return 1
    page = Page(text, url=args.url)
    url = args.url or (page.canonical_hint if host_of(page.canonical_hint) == domain else None)
    url = url or f"https://{domain}/"
    page = Page(text, url=url)
    folder = args.dir or (
        Path("src/newsparse/extractors") if Path("src/newsparse/extractors").is_dir() else Path(".")
    )
    module = folder / f"{name}.py"
    fixture_dir = args.fixtures / name
    html_out = fixture_dir / f"{name}.html"
    json_out = fixture_dir / f"{name}.json"
    existing = [p for p in (module, html_out, json_out) if p.exists()]
    if existing and not args.force:
        print(f"newsparse: {', '.join(map(str, existing))} exists (use --force)", file=sys.stderr)
        return 1
    inferred = infer(page)
    article = parse(text, url=url, extractor="generic").to_dict()
    spec = {"url": url, "also_without_url": False, "expected": _expected(article)}
    folder.mkdir(parents=True, exist_ok=True)
    fixture_dir.mkdir(parents=True, exist_ok=True)
    module.write_text(render_module(domain, name, inferred), encoding="utf-8")
    html_out.write_text(text, encoding="utf-8")
    json_out.write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for path in (module, html_out, json_out):
        print(f"wrote {path}")
    active = sum(1 for r in inferred.rules if not r.startswith("#"))
    print(
        f"{active} active rule(s), {len(inferred.rules) - active} suggestion(s); next: pytest {fixture_dir}"
    )
    return 0
