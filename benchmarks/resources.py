#!/usr/bin/env python3
"""Peak memory and time of one ``newsparse.parse()`` against page size, 1 KB to 20 MB.

Usage (from the project root):

    python benchmarks/resources.py [--sizes 1e3 1e4 1e5 1e6 5e6 2e7] [--repeat 3] [--markdown]

Each size runs in a fresh interpreter, so one measurement's high-water mark cannot leak into the
next. Reported per size:

- ``seconds``: wall-clock time of ``parse()`` on bytes (decoding included), best of ``--repeat``;
- ``rss growth``: growth of the process's peak resident memory during the first parse, over the
  interpreter with newsparse imported, the page in memory and a small page already parsed (so
  lazy imports are not counted): libxml2's tree and every Python object;
- ``python peak``: the peak of Python allocations during one parse (tracemalloc; measured on a
  separate run, since tracing slows Python down).

The pages are synthetic but shaped like news pages (head metadata and JSON-LD, navigation, an
article of paragraphs, headings, figures and links, a related-links sidebar, a footer); larger
pages have a longer article and a longer sidebar. Growth is linear when ``seconds/MB`` and
``rss/input`` stay flat as the size grows.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, resource, sys, time, tracemalloc
sys.path.insert(0, {here!r})
import newsparse
from resources import make_page
data = make_page({size}).encode("utf-8")
newsparse.parse(b"<html><body><p>warm up the lazy imports</p></body></html>")
newsparse.parse(make_page(20_000).encode())
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
times = []
for i in range({repeat}):
    start = time.perf_counter()
    article = newsparse.parse(data, url="https://news.example.org/2024/03/05/story")
    times.append(time.perf_counter() - start)
    if i == 0:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - base
del article
tracemalloc.start()
newsparse.parse(data, url="https://news.example.org/2024/03/05/story")
python_peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
result = {{"bytes": len(data), "seconds": min(times), "rss": max(rss, 0), "python_peak": python_peak}}
print(json.dumps(result))
"""

_PARAGRAPH = (
    "<p>The council's transport committee met on {n} and agreed to extend the night bus trial "
    "for another six months, citing <a href='/news/{n}/buses'>rising late-evening ridership</a> "
    "and fewer complaints from residents near the depot; the decision still needs a full vote.</p>"
)


def make_page(size: int) -> str:
    """A news-shaped page of about ``size`` bytes (UTF-8)."""
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Night buses stay for six more months | The Example Courier</title>"
        '<meta property="og:title" content="Night buses stay for six more months">'
        '<meta property="og:image" content="https://cdn.example.org/bus.jpg">'
        '<meta property="article:published_time" content="2024-03-05T07:30:00+00:00">'
        '<link rel="canonical" href="https://news.example.org/2024/03/05/story">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Night buses stay '
        'for six more months", "author": {"@type": "Person", "name": "Mira Okafor"}, '
        '"datePublished": "2024-03-05T07:30:00+00:00"}</script></head><body>'
        "<header><nav><a href='/'>Home</a> <a href='/city'>City</a> <a href='/sport'>Sport</a></nav></header>"
        "<main><article><h1>Night buses stay for six more months</h1>"
        "<p class='byline'>By <a rel='author' href='/people/mira'>Mira Okafor</a></p>"
    )
    tail_article = "</article></main>"
    footer = "<footer><p>© The Example Courier</p></footer></body></html>"
    room = max(0, size - len(head) - len(tail_article) - len(footer))
    article_room, sidebar_room = room * 4 // 5, room // 5
    parts: list[str] = []
    used = 0
    n = 0
    while used < article_room:
        n += 1
        if n % 12 == 0:
            chunk = f"<h2>Part {n // 12}</h2>"
        elif n % 9 == 0:
            chunk = (
                f"<figure><img src='/img/{n}.jpg' alt='Bus {n}'><figcaption>A night bus, stop {n}"
                "</figcaption></figure>"
            )
        else:
            chunk = _PARAGRAPH.format(n=n)
        chunk = chunk[: article_room - used] if used + len(chunk) > article_room and n > 1 else chunk
        parts.append(chunk)
        used += len(chunk)
    related: list[str] = []
    used = 0
    while used < sidebar_room:
        k = len(related)
        item = f"<li><a href='/2024/03/{k % 28 + 1:02d}/other-{k}'>Another story {k}</a></li>"
        related.append(item)
        used += len(item)
    sidebar = f"<aside class='related'><h2>Related</h2><ul>{''.join(related)}</ul></aside>" if related else ""
    return head + "".join(parts) + tail_article + sidebar + footer


def measure(size: int, repeat: int) -> dict[str, float]:
    """One size in a fresh interpreter."""
    code = _CHILD.format(here=str(Path(__file__).parent), size=size, repeat=repeat)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    """Measure every size and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", nargs="+", type=float, default=[1e3, 1e4, 1e5, 1e6, 5e6, 2e7])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)
    with open("/proc/loadavg") as f:
        load = f.read().split()[:3]
    print(f"load average before: {' '.join(load)}", file=sys.stderr)
    rows = []
    for size in args.sizes:
        r = measure(int(size), args.repeat if size <= 1e6 else 1)
        mb = r["bytes"] / 1e6
        rows.append(
            (
                f"{r['bytes'] / 1e3:,.0f} KB" if r["bytes"] < 1e6 else f"{mb:,.1f} MB",
                f"{r['seconds'] * 1e3:,.1f} ms",
                f"{r['seconds'] / mb:,.2f} s/MB",
                f"{r['rss'] / 1e6:,.1f} MB",
                f"{r['rss'] / r['bytes']:,.1f}x",
                f"{r['python_peak'] / 1e6:,.1f} MB",
                f"{r['python_peak'] / r['bytes']:,.1f}x",
            )
        )
        print(json.dumps(r), file=sys.stderr, flush=True)
    header = ("page", "time", "time per MB", "rss growth", "rss / page", "python peak", "python / page")
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
        for row in (header, *rows):
            print("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))
    with open("/proc/loadavg") as f:
        print(f"load average after: {' '.join(f.read().split()[:3])}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
