"""``newsparse parse``: saved pages, directories, WARC archives or stdin in; articles out.

One page in the default format prints the Article as pretty JSON. Anything more streams one
record per page (JSONL by default) in input order, parsed in ``--jobs`` worker processes; logs,
errors and the progress bar go to stderr.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import sys
import time
import zlib
from collections.abc import Generator
from functools import partial
from typing import IO, Any

from ..batch import Document, Source, default_jobs, iter_documents, parse_document, run_ordered

FORMATS = ("json", "jsonl", "markdown", "csv")

#: CSV columns, one a flat value per article; lists are joined with "; ".
CSV_COLUMNS: tuple[str, ...] = (
    "source",
    "url",
    "canonical_url",
    "site_name",
    "language",
    "headline",
    "subheadline",
    "description",
    "authors",
    "published",
    "modified",
    "categories",
    "tags",
    "share_count",
    "lead_image",
    "related",
    "extractor",
    "body",
    "errors",
)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the sub-command."""
    p = sub.add_parser(
        "parse",
        help="parse saved pages, directories or WARC files and print the articles",
        description=(
            "Parse saved HTML pages (.html, .htm, .html.gz), directories of them (recursively), "
            "WARC files (.warc, .warc.gz) or - for stdin, and print the articles in input order."
        ),
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="a page, a directory, a WARC file, or -")
    p.add_argument("--url", help="the page's URL (picks the site extractor, resolves links); one page only")
    p.add_argument(
        "--format",
        choices=FORMATS,
        help="output format (default: pretty json for one page, jsonl for more)",
    )
    p.add_argument("-o", "--output", metavar="OUT", help="write the data to this file (default: stdout)")
    p.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help=f"worker processes (default: the number of cores, here {default_jobs()})",
    )
    p.add_argument(
        "--errors",
        choices=("skip", "fail"),
        default="skip",
        help="on a page that fails: report it and go on (skip, the default) or stop (fail)",
    )
    p.add_argument("--extractor", help="force an extractor by name ('generic' for the generic one)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    p.set_defaults(run=run)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


# --- rendering (runs in the workers) -----------------------------------------------------------------


def _joined(values: Any) -> str:
    return "; ".join(str(v) for v in values)


def _csv_row(record: dict[str, Any]) -> list[str]:
    shares = record["share_counts"]
    image = record["lead_image"]
    source = record["source"]
    flat: dict[str, Any] = {
        **{k: record[k] for k in CSV_COLUMNS if k in record},
        "source": source["path"] if source["offset"] is None else f"{source['path']}@{source['offset']}",
        "authors": _joined(a["name"] for a in record["authors"]),
        "categories": _joined(record["categories"]),
        "tags": _joined(record["tags"]),
        "share_count": shares["total"] if shares else None,
        "lead_image": image["url"] if image else None,
        "related": _joined(t["url"] for t in record["related"]),
        "body": record["body"]["text"],
        "errors": json.dumps(record["errors"], ensure_ascii=False) if record["errors"] else None,
    }
    return ["" if flat.get(k) is None else str(flat[k]) for k in CSV_COLUMNS]


def render(doc: Document, *, fmt: str, single: bool, extractor: str | None) -> str:
    """Parse one page and render its record in ``fmt`` (done in the worker, off the parent)."""
    article = parse_document(doc, extractor=extractor)
    if single:  # one page: exactly what `newsparse parse page.html` always printed
        return article.to_markdown() if fmt == "markdown" else article.to_json(indent=2) + "\n"
    if fmt == "markdown":
        return f"<!-- source: {doc.source} -->\n\n{article.to_markdown()}"
    record = {**article.to_dict(), "source": doc.source.to_dict()}
    if fmt == "csv":
        buf = io.StringIO()
        csv.writer(buf).writerow(_csv_row(record))  # RFC 4180: minimal quoting, CRLF
        return buf.getvalue()
    return json.dumps(record, ensure_ascii=False, indent=2 if fmt == "json" else None)


class _Writer:
    """Frames rendered records: JSON array brackets, Markdown separators, the CSV header."""

    def __init__(self, out: IO[str], fmt: str, single: bool) -> None:
        self.out, self.fmt, self.single, self.count = out, fmt, single, 0
        if fmt == "csv":
            buf = io.StringIO()
            csv.writer(buf).writerow(CSV_COLUMNS)
            out.write(buf.getvalue())

    def write(self, text: str) -> None:
        if self.single:
            self.out.write(text)
        elif self.fmt == "json":
            self.out.write(("[\n" if self.count == 0 else ",\n") + text)
        elif self.fmt == "jsonl":
            self.out.write(text + "\n")
        elif self.fmt == "markdown":
            self.out.write(("" if self.count == 0 else "\n---\n\n") + text)
        else:
            self.out.write(text)
        self.count += 1
        self.out.flush()  # records reach a pipe (jq, head) as they are made

    def close(self) -> None:
        if self.fmt == "json" and not self.single:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


# --- progress and messages ---------------------------------------------------------------------------


class _Progress:
    """Pages done, pages/s and errors on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.bar: Any = None
        if enabled and sys.stderr.isatty():
            try:
                import tqdm
            except ImportError:  # the progress bar is optional (extra newsparse[progress])
                return
            tqdm.tqdm.monitor_interval = 0  # no monitor thread: workers are forked after this
            self.bar = tqdm.tqdm(
                desc="parsing", unit=" pages", file=sys.stderr, dynamic_ncols=True, disable=None
            )

    def update(self, errors: int) -> None:
        if self.bar is not None:
            self.bar.set_postfix(errors=errors, refresh=False)
            self.bar.update(1)

    def write(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot read: {exc.strerror}"
    if isinstance(exc, EOFError | zlib.error | gzip.BadGzipFile):  # a damaged .gz
        return f"cannot read: {exc}"
    if isinstance(exc, OSError | ImportError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _single(inputs: list[str]) -> bool:
    """One input that is one page (not a directory or a WARC)."""
    from ..warc import is_warc

    return len(inputs) == 1 and (inputs[0] == "-" or not (os.path.isdir(inputs[0]) or is_warc(inputs[0])))


def _open_output(path: str | None) -> IO[str]:
    if path is None:
        return sys.stdout
    # newline="": CSV rows carry their own CRLF (RFC 4180); other formats write "\n".
    return open(path, "w", encoding="utf-8", newline="")


def run(args: argparse.Namespace) -> int:
    """Run the sub-command: 0 on success, 1 when every page failed (or one did under
    ``--errors fail``) or an input is missing, 130 on Ctrl-C."""
    inputs: list[str] = args.inputs
    for name in inputs:
        if name != "-" and not os.path.exists(name):
            print(f"newsparse: {name}: no such file or directory", file=sys.stderr)
            return 1
    single = _single(inputs)
    if args.url and not single:
        print("newsparse: --url needs a single page as input", file=sys.stderr)
        return 2
    fmt = args.format or ("json" if single else "jsonl")
    single_json = single and args.format in (None, "json", "markdown")
    try:
        out = _open_output(args.output)
    except OSError as exc:
        print(f"newsparse: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    progress = _Progress(enabled=not args.quiet)
    pages = failed = 0
    started = time.perf_counter()
    writer = _Writer(out, fmt, single_json)
    work = partial(render, fmt=fmt, single=single_json, extractor=args.extractor)
    results: Generator[tuple[Source, str | Exception], None, None] = run_ordered(
        work, iter_documents(inputs, url=args.url), jobs=1 if single else args.jobs
    )
    try:
        for source, result in results:
            pages += 1
            if isinstance(result, Exception):
                failed += 1
                progress.write(f"newsparse: {source}: {_describe(result)}")
                if args.errors == "fail":
                    break
            else:
                writer.write(result)
            progress.update(failed)
        writer.close()
    finally:
        # On Ctrl-C too (the command's main() reports it): cancel pending pages, stop the workers.
        progress.close()
        results.close()
        if out is not sys.stdout:
            out.close()
    elapsed = time.perf_counter() - started
    if pages == 0:
        print("newsparse: no pages found in the input", file=sys.stderr)
        return 1
    if not args.quiet and pages > 1:
        rate = pages / elapsed if elapsed > 0 else 0.0
        print(
            f"newsparse: {pages} pages, {pages - failed} parsed, {failed} failed "
            f"in {elapsed:.1f} s ({rate:.1f} pages/s)",
            file=sys.stderr,
        )
    if failed and (args.errors == "fail" or failed == pages):
        return 1
    return 0
