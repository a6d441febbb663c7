"""``newsparse parse``: print the Article of one saved page."""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

from .._errors import NewsparseError
from .._parse import parse

FORMATS = ("json", "jsonl", "markdown")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the sub-command."""
    p = sub.add_parser(
        "parse",
        help="parse a saved page and print the article",
        description="Parse a saved HTML page (or - for stdin) and print the article.",
    )
    p.add_argument("input", metavar="INPUT", help="an .html or .html.gz file, or - for stdin")
    p.add_argument("--url", help="the page's URL (picks the site extractor, resolves links)")
    p.add_argument("--format", choices=FORMATS, default="json", help="output format (default: json)")
    p.add_argument("--extractor", help="force an extractor by name ('generic' for the generic one)")
    p.set_defaults(run=run)


def _read(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read()
    data = Path(source).read_bytes()
    return gzip.decompress(data) if source.endswith(".gz") else data


def run(args: argparse.Namespace) -> int:
    """Run the sub-command."""
    try:
        data = _read(args.input)
    except OSError as exc:
        print(f"newsparse: cannot read {args.input}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    try:
        article = parse(data, url=args.url, extractor=args.extractor)
    except (NewsparseError, KeyError) as exc:
        print(f"newsparse: {args.input}: {exc}", file=sys.stderr)
        return 1
    if args.format == "markdown":
        sys.stdout.write(article.to_markdown())
    else:
        sys.stdout.write(article.to_json(indent=2 if args.format == "json" else None) + "\n")
    return 0
