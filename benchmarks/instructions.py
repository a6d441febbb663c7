#!/usr/bin/env python3
"""Count the CPU instructions newsparse spends per page, optionally against another revision.

Usage (from the project root; needs valgrind)::

    python benchmarks/instructions.py [--every 16] [--against REV]

CPU time on a shared machine moves by several percent between two runs of the same code;
instruction counts from ``valgrind --tool=callgrind`` do not depend on the load, so they show
changes of a few percent that timing cannot. Every ``--every``-th page of the shared corpora is
parsed under callgrind twice: once only loading the pages, once loading and parsing them; the
difference is the parses' cost. With ``--against REV`` the same is done for that git revision
(checked out in a temporary worktree) and the ratio is printed.

Repeat runs of the same code still differ by up to about 2% (allocation and garbage-collection
timing), so only larger differences mean something. Instructions are not time: treat them as a
guide for the next timed comparison (``benchmarks/compare.py``), not as its replacement.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpus"

# Run in the child interpreter: read every N-th page of each corpus, parse them if asked.
_CHILD = """
import gzip, json, sys
from pathlib import Path
corpora, every, parse = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "parse"
pages = []
for corpus in sorted(p for p in corpora.iterdir() if (p / "truth.jsonl").is_file()):
    for i, line in enumerate(open(corpus / "truth.jsonl", encoding="utf-8")):
        if i % every == 0:
            record = json.loads(line)
            data = (corpus / record["html"]).read_bytes()
            pages.append((gzip.decompress(data) if data[:2] == b"\\x1f\\x8b" else data, record.get("url")))
import newsparse
if parse:
    for html, url in pages:
        newsparse.parse(html, url=url).to_dict()
print(len(pages))
"""


def _instructions(src: Path, corpora: Path, every: int, mode: str) -> tuple[int, int]:
    """Instructions of one child run, and the number of pages it read."""
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            _CHILD,
            str(corpora),
            str(every),
            mode,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    refs = re.search(r"refs:\s*([\d,]+)", done.stderr)
    if refs is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    pages = int(done.stdout.strip())
    return int(refs.group(1).replace(",", "")), pages


def per_page(src: Path, corpora: Path, every: int) -> tuple[float, int]:
    """Instructions per page of ``parse()`` for the package under ``src``, and the page count."""
    load, pages = _instructions(src, corpora, every, "load")
    full, _ = _instructions(src, corpora, every, "parse")
    return (full - load) / max(pages, 1), pages


def _build(tree: Path) -> None:
    """Build a checked-out revision's compiled walks in place, as an install would (revisions
    before them have no setup.py; a failed build leaves the Python walks, as on an install)."""
    if (tree / "setup.py").exists():
        build = [sys.executable, "setup.py", "build_ext", "--inplace", "--quiet"]
        subprocess.run(build, cwd=tree, check=False, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--every", type=int, default=16, help="parse every N-th page of each corpus")
    ap.add_argument("--against", metavar="REV", help="also count a git revision and print the ratio")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt install valgrind)")
    if not args.corpora.is_dir():
        raise SystemExit(f"no corpora at {args.corpora}")
    here, pages = per_page(ROOT / "src", args.corpora, args.every)
    print(f"working tree: {here / 1e6:.1f} M instructions per page ({pages} pages)")
    if args.against:
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "tree"
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), args.against],
                check=True,
                capture_output=True,
            )
            try:
                _build(tree)
                there, _ = per_page(tree / "src", args.corpora, args.every)
            finally:
                remove = ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)]
                subprocess.run(remove, check=False)
        print(f"{args.against}: {there / 1e6:.1f} M instructions per page")
        print(f"working tree / {args.against}: {here / there:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
