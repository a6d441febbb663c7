"""``newsparse parse``: inputs, formats, order, errors and exit codes, through ``cli.main``."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.cli import main
from newsparse.cli.parse import CSV_COLUMNS
from test_batch import article_page, write_warc

HEADLINE = "Harbour council approves plan number {}"


@pytest.fixture
def pages(tmp_path: Path) -> list[Path]:
    """Twelve saved pages, the odd ones gzipped."""
    out = []
    for n in range(12):
        html = article_page(n).encode()
        if n % 2:
            path = tmp_path / f"page{n:02d}.html.gz"
            path.write_bytes(gzip.compress(html))
        else:
            path = tmp_path / f"page{n:02d}.html"
            path.write_bytes(html)
        out.append(path)
    return out


def _jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_one_page_prints_pretty_json(pages: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(pages[0]), "--url", "https://courier.example/2024/03/01/plan"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n  ")  # indented, as `newsparse parse page.html` always printed
    data = json.loads(out)
    assert data["headline"] == HEADLINE.format(0)
    assert data["url"] == "https://courier.example/2024/03/01/plan"
    assert "source" not in data


def test_many_pages_jsonl_in_input_order_with_two_jobs(
    pages: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    shuffled = pages[5:] + pages[:5]
    assert main(["parse", *map(str, shuffled), "--jobs", "2"]) == 0
    captured = capsys.readouterr()
    records = _jsonl(captured.out)
    assert [r["source"] for r in records] == [{"path": str(p), "offset": None} for p in shuffled]
    assert [r["headline"] for r in records] == [HEADLINE.format(int(p.name[4:6])) for p in shuffled]
    assert "12 pages, 12 parsed, 0 failed" in captured.err


def test_directory_with_output_file(
    pages: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "articles.jsonl"
    out.parent.mkdir()
    assert main(["parse", str(tmp_path), "-o", str(out), "--jobs", "2", "-q"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
    records = _jsonl(out.read_text(encoding="utf-8"))
    assert [r["headline"] for r in records] == [HEADLINE.format(n) for n in range(12)]


def test_stdin(
    pages: list[Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(pages[0].read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["parse", "-", "--format", "jsonl"]) == 0
    [record] = _jsonl(capsys.readouterr().out)
    assert record["headline"] == HEADLINE.format(0)
    assert record["source"] == {"path": "-", "offset": None}


def test_warc_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(
        warc,
        [
            ("https://courier.example/2024/03/01/a", article_page(1), "text/html; charset=utf-8"),
            ("https://courier.example/2024/03/02/b", article_page(2), "text/html"),
        ],
    )
    assert main(["parse", str(warc), "--jobs", "2"]) == 0
    records = _jsonl(capsys.readouterr().out)
    assert [r["url"] for r in records] == [
        "https://courier.example/2024/03/01/a",
        "https://courier.example/2024/03/02/b",
    ]
    offsets = [r["source"]["offset"] for r in records]  # type: ignore[index]
    assert all(isinstance(o, int) for o in offsets) and offsets == sorted(offsets) and offsets[0] > 0
    assert {r["source"]["path"] for r in records} == {str(warc)}  # type: ignore[index]


def test_csv_has_a_header_and_one_row_per_page(pages: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", *map(str, pages[:3]), "--format", "csv", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(",".join(CSV_COLUMNS) + "\r\n")  # RFC 4180 line breaks
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [r["headline"] for r in rows] == [HEADLINE.format(n) for n in range(3)]
    assert [r["source"] for r in rows] == [str(p) for p in pages[:3]]
    assert "\n\n" in rows[0]["body"]  # a multi-line field survives the quoting
    assert rows[0]["site_name"] == "Coast Courier"


def test_csv_header_even_without_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"")
    assert main(["parse", str(bad), str(bad), "--format", "csv"]) == 1
    assert capsys.readouterr().out == ",".join(CSV_COLUMNS) + "\r\n"


def test_json_array_and_markdown_for_many(pages: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", *map(str, pages[:3]), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["headline"] for d in data] == [HEADLINE.format(n) for n in range(3)]
    assert main(["parse", *map(str, pages[:2]), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n---\n") == 1
    assert f"<!-- source: {pages[1]} -->" in out and f"# {HEADLINE.format(1)}" in out


def test_failures_are_reported_counted_and_skipped(
    pages: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "zz-bad.html"
    bad.write_bytes(b"%PDF-1.7 not a page")
    assert main(["parse", str(pages[0]), str(bad), str(pages[1]), "--jobs", "2"]) == 0
    captured = capsys.readouterr()
    assert len(_jsonl(captured.out)) == 2
    error_lines = [line for line in captured.err.splitlines() if str(bad) in line]
    assert len(error_lines) == 1 and "InvalidDocument" in error_lines[0]
    assert "3 pages, 2 parsed, 1 failed" in captured.err
    assert "Traceback" not in captured.err


def test_errors_fail_stops_with_status_1(
    pages: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"")
    assert (
        main(["parse", str(pages[0]), str(bad), *map(str, pages[1:]), "--errors", "fail", "--jobs", "1"]) == 1
    )
    assert len(_jsonl(capsys.readouterr().out)) == 1


def test_every_page_failing_is_status_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("a.html", "b.html"):
        (tmp_path / name).write_bytes(b"\x89PNG\r\n\x1a\n")
    assert main(["parse", str(tmp_path)]) == 1
    assert capsys.readouterr().err.count("a PNG image") == 2


def test_missing_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path / "nope.html")]) == 1
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "nope.html" in err and "no such file" in err


def test_unreadable_page_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "cut.html.gz"
    broken.write_bytes(gzip.compress(article_page(1).encode())[:200])  # a truncated download
    assert main(["parse", str(broken)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(broken) in err and "Traceback" not in err


def test_empty_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path)]) == 1
    assert "no pages" in capsys.readouterr().err


def test_url_with_many_inputs_is_a_usage_error(pages: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", *map(str, pages[:2]), "--url", "https://courier.example/x"]) == 2
    assert "--url" in capsys.readouterr().err


def test_bad_jobs_is_a_usage_error(pages: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parse", str(pages[0]), "--jobs", "0"])
    assert exc.value.code == 2


def test_subprocess_smoke(pages: list[Path], tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [("https://courier.example/2024/03/09/w", article_page(9), "text/html")])
    done = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", str(pages[0]), str(warc), "-", "--jobs", "2"],
        input=pages[2].read_bytes(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    records = _jsonl(done.stdout.decode("utf-8"))
    assert [r["headline"] for r in records] == [HEADLINE.format(n) for n in (0, 9, 2)]
    assert b"3 pages, 3 parsed, 0 failed" in done.stderr
    missing = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", str(tmp_path / "gone.warc.gz")],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert missing.returncode == 1
    assert missing.stderr.decode().strip().count("\n") == 0


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT are POSIX")
def test_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    import signal

    filler = "".join(f"<p>Filler paragraph {i} about tides and harbours.</p>" for i in range(400))
    for n in range(300):
        html = article_page(n).replace("</article>", f"<section>{filler}</section></article>")
        (tmp_path / f"p{n:03d}.html").write_text(html, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsparse", "parse", str(tmp_path), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's foreground job has
        # A shell's background job (or a CI runner) may start us with SIGINT ignored, which the
        # child would inherit; a terminal's foreground job has the default disposition.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # parsing is under way
    assert first.startswith(b"{")
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole group gets it
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err and b"interrupted" in err
    with pytest.raises(ProcessLookupError):  # no worker outlives the command
        os.killpg(proc.pid, 0)


def test_reference_documents_every_option_format_and_column() -> None:
    import argparse

    from newsparse.cli import build_parser
    from newsparse.cli.parse import FORMATS

    doc = (Path(__file__).resolve().parents[1] / "docs" / "reference" / "cli.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    parse_cmd = sub.choices["parse"]
    flags = [s for a in parse_cmd._actions for s in a.option_strings]
    options = [s for s in flags if s.startswith("--") and s != "--help"]
    assert options, "no options found"
    for option in options:
        assert f"`{option}" in doc or f", {option}" in doc, option
    for fmt in FORMATS:
        assert f"`{fmt}`" in doc, fmt
    for column in CSV_COLUMNS:
        assert f"`{column}`" in doc, column
