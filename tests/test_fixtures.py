"""One test per (fixture page, field): every ``tests/fixtures/<group>/<name>.html(.gz)`` with a
``<name>.json`` beside it is parsed and compared with the expected values, field by field.

The expected file holds::

    {"url": "https://..." | null,          # passed to parse(); null parses without a URL
     "also_without_url": true,             # optional: check the same fields with url=None too
     "expected": {"headline": "...", ...}} # Article.to_dict() values; dicts compare on the keys given
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

import newsparse

FIXTURES = Path(__file__).parent / "fixtures"


def _pages() -> list[tuple[Path, Path]]:
    out = []
    for html in sorted(FIXTURES.rglob("*.htm*")):
        stem = html.name.removesuffix(".gz").removesuffix(".html").removesuffix(".htm")
        expected = html.with_name(stem + ".json")
        if expected.exists():
            out.append((html, expected))
    return out


def _cases() -> list[Any]:
    cases = []
    for html, expected in _pages():
        spec = json.loads(expected.read_text(encoding="utf-8"))
        urls = [spec.get("url")]
        if spec.get("also_without_url") and spec.get("url"):
            urls.append(None)
        for url in urls:
            for field in spec["expected"]:
                label = f"{html.relative_to(FIXTURES)}::{field}" + (
                    "" if url or not spec.get("url") else "::no-url"
                )
                cases.append(pytest.param(html, url, field, spec["expected"][field], id=label))
    return cases


def matches(actual: Any, expected: Any) -> bool:
    """``actual`` equals ``expected``; dicts compare on the keys ``expected`` gives."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            k in actual and matches(actual[k], v) for k, v in expected.items()
        )
    if isinstance(expected, list):
        return (
            isinstance(actual, list)
            and len(actual) == len(expected)
            and all(matches(a, e) for a, e in zip(actual, expected, strict=True))
        )
    return bool(actual == expected)


_cache: dict[tuple[Path, str | None], dict[str, Any]] = {}


def _parsed(html: Path, url: str | None) -> dict[str, Any]:
    key = (html, url)
    if key not in _cache:
        data = html.read_bytes()
        if html.suffix == ".gz":
            data = gzip.decompress(data)
        _cache[key] = newsparse.parse(data, url=url).to_dict()
    return _cache[key]


@pytest.mark.parametrize(("html", "url", "field", "expected"), _cases())
def test_fixture_field(html: Path, url: str | None, field: str, expected: Any) -> None:
    actual = _parsed(html, url).get(field)
    assert matches(actual, expected), f"{field}: got {json.dumps(actual, ensure_ascii=False, indent=1)}"
