"""The ``newsparse.testing`` pytest plugin, run on throw-away projects with ``pytester``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Plugin page - The Test Times</title>
<meta property="og:title" content="Plugin page">
<meta property="og:site_name" content="The Test Times">
</head><body><header><nav><a href="/">Home</a></nav></header>
<article><h1 class="story-title">Plugin page</h1>
<p class="byline">By <a href="/people/ann">Ann Lee</a></p>
<div class="story-body"><p>The first paragraph is long enough to count as running text in a body.</p>
<p>The second paragraph carries on with a few more words of ordinary prose here.</p></div>
</article><footer>Footer text</footer></body></html>"""

# A site extractor the throw-away project registers, as a third-party package would.
CONFTEST = """
import pytest
import newsparse
from newsparse import Extractor, byline, text

class TestTimes(Extractor):
    name = "testtimes_plugin"
    domains = ("testtimes.example",)
    headline = text("h1.story-title")
    authors = byline("p.byline")

# registered on import, as an installed package's entry point would be (fixture items are not
# functions: autouse fixtures do not run for them)
newsparse.default_registry.register(TestTimes)

def pytest_unconfigure(config):
    newsparse.default_registry.unregister(TestTimes.name)
"""


def _write(folder: Path, name: str, spec: dict[str, object], page: str = PAGE, gz: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if gz:
        import gzip

        (folder / f"{name}.html.gz").write_bytes(gzip.compress(page.encode()))
    else:
        (folder / f"{name}.html").write_text(page, encoding="utf-8")
    path = folder / f"{name}.json"
    path.write_text(json.dumps(spec, indent=2), encoding="utf-8")
    return path


GOOD = {
    "url": "https://testtimes.example/2024/plugin-page",
    "expected": {
        "headline": "Plugin page",
        "authors": [{"name": "Ann Lee", "url": "https://testtimes.example/people/ann"}],
        "site_name": "The Test Times",
    },
}


def test_one_test_per_field_in_the_default_folder(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    _write(pytester.path / "tests" / "fixtures" / "testtimes", "story", GOOD)
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["*story.json::headline PASSED*", "*story.json::authors PASSED*"])


def test_a_wrong_field_fails_alone_with_a_readable_diff(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    spec = json.loads(json.dumps(GOOD))
    spec["expected"]["headline"] = "Another headline"
    _write(pytester.path / "tests" / "fixtures" / "testtimes", "story", spec)
    result = pytester.runpytest()
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*headline (from site:testtimes_plugin)*",
            '*expected: "Another headline"*',
            '*actual:   "Plugin page"*',
        ]
    )


def test_ini_option_points_at_another_folder_and_gz_pages(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makeini("[pytest]\nnewsparse_fixtures = pages\n")
    _write(pytester.path / "pages" / "testtimes", "story", GOOD, gz=True)
    # outside the configured folder: not a fixture, even though it looks like one
    _write(pytester.path / "tests" / "fixtures" / "testtimes", "ignored", GOOD)
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=3)
    result.stdout.no_fnmatch_line("*ignored.json*")


def test_json_without_page_or_expected_is_not_collected(pytester: pytest.Pytester) -> None:
    folder = pytester.path / "tests" / "fixtures" / "misc"
    folder.mkdir(parents=True)
    (folder / "lonely.json").write_text(json.dumps(GOOD), encoding="utf-8")
    _write(folder, "config", {"something": "else"})
    result = pytester.runpytest()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_also_without_url_checks_the_fields_again(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    spec = {"url": GOOD["url"], "also_without_url": True, "expected": {"headline": "Plugin page"}}
    _write(pytester.path / "tests" / "fixtures" / "testtimes", "story", spec)
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*story.json::headline[[]no-url[]] PASSED*"])


def test_regen_rewrites_values_but_keeps_fields_and_keys(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    spec = {
        "url": GOOD["url"],
        "note": "kept as written",
        "expected": {"headline": "Old headline", "authors": [{"name": "Nobody"}], "language": None},
    }
    path = _write(pytester.path / "tests" / "fixtures" / "testtimes", "story", spec)
    result = pytester.runpytest("--regen")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["*newsparse --regen*", "rewrote tests/fixtures/testtimes/story.json"])
    rewritten = json.loads(path.read_text(encoding="utf-8"))
    assert rewritten["note"] == "kept as written"
    # same fields, same dict keys (only "name": the fixture did not check the author URL)
    assert rewritten["expected"] == {
        "headline": "Plugin page",
        "authors": [{"name": "Ann Lee"}],
        "language": "en",
    }
    # without --regen the rewritten file now passes, and a second --regen changes nothing
    pytester.runpytest().assert_outcomes(passed=3)
    before = path.read_text(encoding="utf-8")
    pytester.runpytest("--regen").stdout.no_fnmatch_line("*rewrote*")
    assert path.read_text(encoding="utf-8") == before


def test_fetched_date_selects_a_layout_version(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        CONFTEST.replace(
            '    authors = byline("p.byline")\n',
            '    authors = byline("p.byline")\n'
            "    class Old(newsparse.Version):\n"
            "        valid_until = __import__('datetime').date(2020, 1, 1)\n"
            '        headline = text("footer")\n',
        )
    )
    old = {
        "url": GOOD["url"],
        "fetched": "2019-06-01T00:00:00+00:00",
        "expected": {"headline": "Footer text"},
    }
    new = {
        "url": GOOD["url"],
        "fetched": "2024-06-01T00:00:00+00:00",
        "expected": {"headline": "Plugin page"},
    }
    _write(pytester.path / "tests" / "fixtures" / "testtimes", "old", old)
    _write(pytester.path / "tests" / "fixtures" / "testtimes", "new", new)
    pytester.runpytest().assert_outcomes(passed=2)


def test_plugin_can_be_switched_off(pytester: pytest.Pytester) -> None:
    _write(pytester.path / "tests" / "fixtures" / "testtimes", "story", GOOD)
    result = pytester.runpytest("-p", "no:newsparse")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED
