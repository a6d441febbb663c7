#!/usr/bin/env python3
"""Compare newsparse with trafilatura on the shared corpora, in one run, in one process.

Usage (from the project root)::

    python benchmarks/compare.py [--corpora ../shared/corpus] [--out benchmarks/out]
                                 [--limit N] [--only newsparse] [--plot docs/benchmarks.png]

For every corpus under ``--corpora`` (a folder with ``truth.jsonl`` and ``pages/``) the pages are
read into memory first, then the systems take turns on each page (bytes in, the page URL given),
in this one process; only the extraction call is timed, in wall and in CPU time. Predictions are written
to ``OUT/<corpus>.<system>.jsonl`` and scored with the shared scorer (``../shared/eval/score.py``,
imported from the corpus root's sibling ``eval`` folder), so both systems are judged by the same
code. Corpora with a ``snippets.jsonl`` (text that must / must not appear in the body) also get
the share of snippets each system gets right.

trafilatura is optional: when it is not installed only newsparse is run (no ratio then).
matplotlib is optional too: without it ``--plot`` is skipped with a note.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpus"

Extract = Callable[[bytes, str | None], dict[str, Any]]


def _load_scorer(corpora: Path) -> ModuleType:
    path = corpora.parent / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"shared scorer not found at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _read_page(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


# --- the systems ------------------------------------------------------------------------------------------


def _newsparse() -> Extract:
    import newsparse

    def extract(html: bytes, url: str | None) -> dict[str, Any]:
        return newsparse.parse(html, url=url).to_dict()

    return extract


def _split(value: Any, sep: str) -> list[str]:
    out: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            out.extend(part.strip() for part in item.split(sep) if part.strip())
    return out


def _trafilatura() -> Extract | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def extract(html: bytes, url: str | None) -> dict[str, Any]:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
        if doc is None:
            return {}
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        # trafilatura joins authors with "; " and may keep a keywords meta as one string
        return {
            "headline": data.get("title"),
            "authors": _split(data.get("author"), ";"),
            "published": data.get("date"),
            "body": data.get("text") or "",
            "tags": _split(data.get("tags"), ","),
            "categories": _split(data.get("categories"), ","),
        }

    return extract


# --- running and scoring ----------------------------------------------------------------------------------


def _run(
    systems: dict[str, Extract], pages: list[tuple[str, str | None, bytes]], outs: dict[str, Path]
) -> dict[str, tuple[float, float]]:
    """Run every system on every page, page by page, and return (wall, CPU) seconds per system.

    The systems take turns on each page (the order alternates), so a burst of load on a shared
    machine costs them alike; CPU time is reported beside wall time because it is less sensitive
    to other processes."""
    wall = dict.fromkeys(systems, 0.0)
    cpu = dict.fromkeys(systems, 0.0)
    handles = {name: open(outs[name], "w", encoding="utf-8") for name in systems}  # noqa: SIM115
    try:
        names = list(systems)
        for n, (ident, url, html) in enumerate(pages):
            for name in names if n % 2 == 0 else reversed(names):
                start, start_cpu = time.perf_counter(), time.process_time()
                try:
                    row = systems[name](html, url)
                except Exception as exc:  # a crash is a result too
                    row = {"error": f"{type(exc).__name__}: {exc}"}
                seconds = time.perf_counter() - start
                wall[name] += seconds
                cpu[name] += time.process_time() - start_cpu
                record = {"id": ident, "seconds": seconds, **row}
                handles[name].write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        for fh in handles.values():
            fh.close()
    return {name: (wall[name], cpu[name]) for name in systems}


def _warm_up(systems: dict[str, Extract], corpora: Path, count: int) -> None:
    """Let every system extract the first ``count`` pages of the first corpus, untimed.

    A system's one-time setup is not throughput: trafilatura's happens when it is imported,
    before the run; newsparse's (its generic extractor and site extractors, their compiled
    patterns) happens on its first page, because ``import newsparse`` is kept cheap. One page
    each moves that setup out of both timings alike. Lazy work a later page triggers (dateparser,
    imported on the first page that needs it) stays in the run.
    """
    first = next((p for p in sorted(corpora.iterdir()) if (p / "truth.jsonl").exists()), None)
    if first is None or count <= 0:
        return
    for record in _read_jsonl(first / "truth.jsonl")[:count]:
        html = _read_page(first / record["html"])
        for extract in systems.values():
            # a crash here is reported by the timed run, which extracts the page again
            with contextlib.suppress(Exception):
                extract(html, record.get("url"))


def _body_text(pred: dict[str, Any]) -> str:
    body = pred.get("body")
    if isinstance(body, dict):
        body = body.get("text")
    return body if isinstance(body, str) else ""


def snippet_rates(
    scorer: ModuleType, snippets: list[dict[str, Any]], preds: list[dict[str, Any]]
) -> dict[str, float]:
    """Share of "with" snippets found in the body and of "without" snippets kept out of it."""
    by_id = {str(p["id"]): scorer.norm_text(_body_text(p)) for p in preds if "id" in p}
    found = want = avoided = unwanted = 0
    for rec in snippets:
        text = by_id.get(str(rec["id"]), "")
        for snip in rec.get("with") or ():
            want += 1
            found += scorer.norm_text(snip) in text
        for snip in rec.get("without") or ():
            unwanted += 1
            avoided += scorer.norm_text(snip) not in text
    return {
        "with": found / want if want else float("nan"),
        "without": avoided / unwanted if unwanted else float("nan"),
        "n_with": want,
        "n_without": unwanted,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each corpus")
    ap.add_argument("--corpus", action="append", default=None, help="only this corpus (repeatable)")
    ap.add_argument("--only", choices=("newsparse", "trafilatura"), default=None)
    ap.add_argument("--plot", type=Path, default=None, help="write a PNG chart (needs matplotlib)")
    ap.add_argument("--json", type=Path, default=None, help="write the results as JSON")
    ap.add_argument("--from-json", type=Path, default=None, help="print and plot saved results, run nothing")
    ap.add_argument(
        "--warmup",
        type=int,
        default=1,
        help="pages each system extracts untimed before the run (its one-time setup; default 1)",
    )
    args = ap.parse_args(argv)
    if args.from_json:
        saved = json.loads(args.from_json.read_text(encoding="utf-8"))
        names = list(saved["seconds"])
        _print_table(saved, names)
        if args.plot:
            _plot(saved, names, args.plot)
        return 0

    scorer = _load_scorer(args.corpora)
    systems: dict[str, Extract] = {}
    if args.only in (None, "newsparse"):
        systems["newsparse"] = _newsparse()
    if args.only in (None, "trafilatura"):
        traf = _trafilatura()
        if traf is None:
            print("trafilatura is not installed: running newsparse alone", file=sys.stderr)
        else:
            systems["trafilatura"] = traf
    args.out.mkdir(parents=True, exist_ok=True)
    _warm_up(systems, args.corpora, args.warmup)

    results: dict[str, Any] = {
        "corpora": {},
        "seconds": dict.fromkeys(systems, 0.0),
        "cpu_seconds": dict.fromkeys(systems, 0.0),
        "pages": 0,
    }
    for corpus in sorted(p for p in args.corpora.iterdir() if (p / "truth.jsonl").exists()):
        if args.corpus and corpus.name not in args.corpus:
            continue
        truth = _read_jsonl(corpus / "truth.jsonl")[: args.limit]
        pages = [(str(t["id"]), t.get("url"), _read_page(corpus / t["html"])) for t in truth]
        snippets_path = corpus / "snippets.jsonl"
        snippets = _read_jsonl(snippets_path)[: args.limit] if snippets_path.exists() else []
        entry: dict[str, Any] = {"pages": len(pages), "systems": {}}
        results["pages"] += len(pages)
        outs = {name: args.out / f"{corpus.name}.{name}.jsonl" for name in systems}
        timings = _run(systems, pages, outs)
        for name in systems:
            seconds, cpu_seconds = timings[name]
            preds = _read_jsonl(outs[name])
            scored = scorer.score(truth, preds)
            scored.pop("per_page", None)
            row: dict[str, Any] = {"seconds": seconds, "cpu_seconds": cpu_seconds, "fields": scored["fields"]}
            if snippets:
                row["snippets"] = snippet_rates(scorer, snippets, preds)
            entry["systems"][name] = row
            results["seconds"][name] += seconds
            results["cpu_seconds"][name] += cpu_seconds
        print(f"{corpus.name}: done ({len(pages)} pages)", file=sys.stderr)
        results["corpora"][corpus.name] = entry

    _print_table(results, list(systems))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    if args.plot:
        _plot(results, list(systems), args.plot)
    return 0


def _print_table(results: dict[str, Any], systems: list[str]) -> None:
    print("| corpus | metric | " + " | ".join(systems) + " |")
    print("|---|---|" + "---|" * len(systems))
    for corpus, entry in results["corpora"].items():
        fields = entry["systems"][systems[0]]["fields"]
        for field, metrics in fields.items():
            label = f"{field} {'F1' if 'p' in metrics else 'accuracy'} (n={metrics['n']})"
            cells = [f"{entry['systems'][s]['fields'].get(field, {}).get('f1', 0):.3f}" for s in systems]
            print(f"| {corpus} | {label} | " + " | ".join(cells) + " |")
        if "snippets" in entry["systems"][systems[0]]:
            for key, label in (("with", "body snippets found"), ("without", "boilerplate snippets kept out")):
                cells = [f"{entry['systems'][s]['snippets'][key]:.3f}" for s in systems]
                n = entry["systems"][systems[0]]["snippets"]["n_" + key]
                print(f"| {corpus} | {label} (n={n}) | " + " | ".join(cells) + " |")
        rates = [entry["pages"] / entry["systems"][s]["seconds"] for s in systems]
        print(f"| {corpus} | pages/s | " + " | ".join(f"{v:.1f}" for v in rates) + " |")
    pages = results["pages"]
    for key, label in (("seconds", "wall"), ("cpu_seconds", "CPU")):
        speeds = {s: pages / results[key][s] for s in systems if results[key][s]}
        print(f"\nall corpora, {label} time: " + ", ".join(f"{s} {v:.1f} pages/s" for s, v in speeds.items()))
        if "newsparse" in speeds and "trafilatura" in speeds:
            ratio = speeds["newsparse"] / speeds["trafilatura"]
            print(f"speed ratio newsparse / trafilatura ({label}): {ratio:.2f}x")


def _plot(results: dict[str, Any], systems: list[str], path: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed: no plot", file=sys.stderr)
        return
    labels: list[str] = []
    values: dict[str, list[float]] = {s: [] for s in systems}
    for corpus, entry in results["corpora"].items():
        for field in entry["systems"][systems[0]]["fields"]:
            labels.append(f"{corpus}\n{field}")
            for s in systems:
                values[s].append(entry["systems"][s]["fields"].get(field, {}).get("f1", 0.0))
        if "snippets" in entry["systems"][systems[0]]:
            for key, label in (("with", "body snippets in"), ("without", "boilerplate out")):
                labels.append(f"{corpus}\n{label}")
                for s in systems:
                    values[s].append(entry["systems"][s]["snippets"][key])
    ratios = "newsparse" in systems and "trafilatura" in systems
    fig, axes = plt.subplots(
        1, 2 if ratios else 1, figsize=(13, 4.8), gridspec_kw={"width_ratios": [5, 1]} if ratios else None
    )
    ax = axes[0] if ratios else axes
    width = 0.8 / len(systems)
    for i, s in enumerate(systems):
        xs = [x + i * width for x in range(len(labels))]
        ax.bar(xs, values[s], width, label=s)
    ax.set_xticks([x + width * (len(systems) - 1) / 2 for x in range(len(labels))])
    ax.set_xticklabels(labels, fontsize=7)
    ax.set_ylim(0, 1)
    ax.set_ylabel("score (shared scorer)")
    ax.set_title("Quality per corpus and field")
    ax.legend(loc="lower left")
    if ratios:
        ax2 = axes[1]
        wall = results["seconds"]["trafilatura"] / results["seconds"]["newsparse"]
        cpu = results["cpu_seconds"]["trafilatura"] / results["cpu_seconds"]["newsparse"]
        ax2.bar(["wall", "CPU"], [wall, cpu], color="C0")
        ax2.axhline(1.0, color="C1", linewidth=1, label="trafilatura = 1")
        ax2.axhline(5.0, color="grey", linestyle="--", linewidth=1, label="target 5x")
        ax2.set_ylim(0, max(5.5, wall + 0.5, cpu + 0.5))
        ax2.set_ylabel("newsparse pages/s / trafilatura pages/s")
        ax2.set_title("Speed ratio (one run)")
        ax2.legend(fontsize=7)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    print(f"plot written to {path}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
