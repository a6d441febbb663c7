#!/usr/bin/env python3
"""Batch throughput: ``newsparse parse --jobs 1`` against ``--jobs N``, and warcio against FastWARC.

Usage (from the project root; the corpora are read from ../shared/corpus, never copied):

    python benchmarks/jobs.py [--pages 60] [--jobs 1 2] [--repeat 3] [--readers]

Timings are wall-clock for the whole command (interpreter start, reading, parsing in the
workers, writing JSONL to /dev/null), best of ``--repeat`` runs, as a user would see them. The
load average is printed before and after: on a shared machine, numbers taken under load say
more about the neighbours than about newsparse.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpus"


def corpus_pages(limit: int) -> list[tuple[str, Path]]:
    """(url, path) of the first ``limit`` pages, taken round-robin over the shared corpora."""
    per_corpus: list[list[tuple[str, Path]]] = []
    for truth in sorted(CORPORA.glob("*/truth.jsonl")):
        rows = [json.loads(line) for line in truth.read_text(encoding="utf-8").splitlines() if line.strip()]
        per_corpus.append([(r["url"], truth.parent / r["html"]) for r in rows])
    pages: list[tuple[str, Path]] = []
    while len(pages) < limit and any(per_corpus):
        for rows in per_corpus:
            if rows and len(pages) < limit:
                pages.append(rows.pop(0))
    return pages


def time_cli(paths: list[Path], jobs: int) -> tuple[float, float]:
    """Wall time and CPU time (user + system, the command and its workers) of
    ``newsparse parse PATHS --jobs JOBS`` writing JSONL to /dev/null."""
    cmd = [sys.executable, "-m", "newsparse", "parse", *map(str, paths), "--jobs", str(jobs)]
    cmd += ["--format", "jsonl", "-q", "-o", os.devnull]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(cmd, check=False, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:5])}... failed:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def time_jobs(paths: list[Path], jobs: list[int], repeat: int) -> dict[int, list[tuple[float, float]]]:
    """(wall, CPU) times per ``--jobs`` value; the settings alternate run by run, so that a burst
    of load from elsewhere hits them all alike."""
    times: dict[int, list[tuple[float, float]]] = {j: [] for j in jobs}
    for _ in range(repeat):
        for j in jobs:
            times[j].append(time_cli(paths, j))
    return times


def write_warc(pages: list[tuple[str, Path]], target: Path) -> None:
    """A gzipped WARC of HTTP responses, one per page (warcio writes WARCs)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with target.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, path in pages:
            body = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http)
            writer.write_record(record)


def time_readers(pages: list[tuple[str, Path]], repeat: int) -> dict[str, float]:
    """Milliseconds per record to read every HTML response (bodies included), per reader."""
    from newsparse.warc import READERS, iter_records

    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "bench.warc.gz"
        write_warc(pages, warc)
        print(f"WARC: {len(pages)} records, {warc.stat().st_size / 1e6:.1f} MB gzipped")
        for reader in READERS:
            try:
                best = float("inf")
                for _ in range(repeat):
                    started = time.perf_counter()
                    count = sum(len(r.content) > 0 for r in iter_records(warc, reader=reader))  # type: ignore[arg-type]
                    best = min(best, time.perf_counter() - started)
                out[reader] = best / count * 1000
            except ImportError as exc:
                print(f"{reader}: not installed ({exc})")
    return out


def time_parse(pages: list[tuple[str, Path]]) -> float:
    """Milliseconds per page for newsparse.parse alone, in this process (for scale)."""
    import newsparse

    blobs = [
        (url, gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes()) for url, p in pages
    ]
    started = time.perf_counter()
    for url, html in blobs:
        with contextlib.suppress(newsparse.NewsparseError):
            newsparse.parse(html, url=url)
    return (time.perf_counter() - started) / len(blobs) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, os.cpu_count() or 1])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--readers", action="store_true", help="also compare the WARC readers")
    args = ap.parse_args()
    pages = corpus_pages(args.pages)
    if not pages:
        print(f"no corpora under {CORPORA}", file=sys.stderr)
        return 1
    print(f"{len(pages)} pages from {CORPORA}; load average before: {os.getloadavg()}")
    print(f"parse() alone: {time_parse(pages):.1f} ms/page")
    times = time_jobs([p for _, p in pages], args.jobs, args.repeat)
    walls = {j: [w for w, _ in runs] for j, runs in times.items()}
    base = min(walls[args.jobs[0]])
    base_median = statistics.median(walls[args.jobs[0]])
    for jobs, runs in walls.items():
        best, median = min(runs), statistics.median(runs)
        cpu = statistics.median(c for _, c in times[jobs])
        print(
            f"--jobs {jobs}: best {best:.2f} s ({len(pages) / best:.1f} pages/s, "
            f"speed-up {base / best:.2f}x); median {median:.2f} s "
            f"(speed-up {base_median / median:.2f}x) over {len(runs)} runs; CPU {cpu:.2f} s"
        )
    if args.readers:
        for reader, ms in time_readers(pages, args.repeat).items():
            print(f"WARC reader {reader}: {ms:.3f} ms/record")
    print(f"load average after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
