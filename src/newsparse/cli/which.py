"""``newsparse which``: which extractor would read a page, and why."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .._context import Page
from .._decode import read_saved_page, sanitize
from .._errors import NewsparseError
from .._registry import default_registry


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the sub-command."""
    p = sub.add_parser(
        "which",
        help="explain which extractor would read a URL or a saved page",
        description="Explain which extractors would read a page and why: the host of a URL, or the "
        "URL and markup of a saved page (its fingerprints, embedded chrome, layout version).",
    )
    p.add_argument("target", metavar="URL-OR-FILE", help="a URL, or an .html / .html.gz file")
    p.add_argument("--url", help="the saved page's URL (when TARGET is a file)")
    p.set_defaults(run=run)


def _page(target: str, url: str | None) -> Page:
    path = Path(target)
    if "://" in target and not path.exists():
        return Page("<html><body></body></html>", url=target)
    return Page(sanitize(read_saved_page(path), None), url=url)


def run(args: argparse.Namespace) -> int:
    """Run the sub-command."""
    try:
        page = _page(args.target, args.url)
    except (OSError, NewsparseError) as exc:
        print(f"newsparse: cannot read {args.target}: {exc}", file=sys.stderr)
        return 1
    resolution = default_registry.resolve(page)
    out = sys.stdout
    site = next((c for c in resolution.chain if not c.embedded), resolution.chain[-1])
    out.write(f"extractor: {site.name}\n")
    out.write(f"why:       {resolution.reason}\n")
    if page.host and not page.url:
        out.write(f"host:      {page.host} (from the page's canonical URL)\n")
    for cls in resolution.chain[:-1]:
        chosen = cls.select(page)
        fields = ", ".join(chosen.fields()) or "none"
        out.write(f"{cls.name}: fields {fields}\n")
        if cls.versions():
            known = ", ".join(v.version or "" for v in cls.versions())
            if page.url is not None and page.url == args.target:
                # only a URL: probes and page dates need the page itself
                out.write(f"{cls.name}: layouts {known}, current: chosen from a saved page's markup\n")
            else:
                layout = chosen.version or "current"
                out.write(f"{cls.name}: layout {layout} (of {known}, current)\n")
    out.write("chain:     " + " -> ".join(c.name for c in resolution.chain) + "\n")
    out.write("every other field comes from the next extractor in the chain, ending with generic\n")
    for broken in default_registry.broken:
        print(f"newsparse: broken plugin {broken.name} ({broken.source}): {broken.error}", file=sys.stderr)
    return 0
