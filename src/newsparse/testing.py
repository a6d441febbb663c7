"""A pytest plugin: saved pages with their expected output become one test per field.

Registered through the ``pytest11`` entry point, so any project with newsparse installed (this
one, or a package of third-party extractors) gets it. Every ``<name>.html`` (or ``.htm``,
``.html.gz``) with a ``<name>.json`` beside it, under a fixture folder, is collected::

    {"url": "https://example.com/2024/05/03/story",  # given to parse(); null parses without one
     "also_without_url": true,                      # optional: check the fields with url=None too
     "fetched": "2024-05-04T10:00:00+00:00",        # optional: the fetch date (picks layout versions)
     "extractor": "example",                        # optional: force an extractor by name
     "expected": {"headline": "...", "authors": [{"name": "..."}], ...}}

``expected`` holds :meth:`Article.to_dict` values; a dict compares on the keys it gives (write
explicit nulls where absence matters), a list item by item.

Fixture folders are the ini option ``newsparse_fixtures`` (paths relative to the rootdir;
default ``tests/fixtures``). ``pytest --regen`` rewrites each collected expected file from the
current output, keeping its fields and the keys of its dicts, for review with ``git diff``.
Switch the plugin off with ``-p no:newsparse``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

__all__ = ["FieldItem", "FixtureFile", "load_spec", "matches", "page_of", "project"]

_PAGE_SUFFIXES = (".html.gz", ".htm.gz", ".html", ".htm")
_DEFAULT_FOLDERS = ["tests/fixtures"]


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register ``--regen`` and the ``newsparse_fixtures`` ini option."""
    group = parser.getgroup("newsparse", "newsparse extractor fixtures")
    group.addoption(
        "--regen",
        action="store_true",
        default=False,
        help="rewrite the expected .json of every collected newsparse fixture from the current output "
        "(same fields, same dict keys), then check them",
    )
    parser.addini(
        "newsparse_fixtures",
        type="paths",
        help="folders holding newsparse fixture pages (<site>/<name>.html + <name>.json); "
        "default: tests/fixtures",
    )


def _folders(config: pytest.Config) -> list[Path]:
    configured: list[Path] = list(config.getini("newsparse_fixtures"))
    if configured:
        return [p.resolve() for p in configured]
    return [(config.rootpath / p).resolve() for p in _DEFAULT_FOLDERS]


def page_of(spec_path: Path) -> Path | None:
    """The saved page an expected file describes (``<name>.html`` and friends), if present."""
    stem = spec_path.name.removesuffix(".json")
    for suffix in _PAGE_SUFFIXES:
        candidate = spec_path.with_name(stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def load_spec(path: Path) -> dict[str, Any] | None:
    """The expected file's content, or None when it is not a newsparse expected file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("expected"), dict):
        return None
    return data


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> FixtureFile | None:
    """Collect ``<name>.json`` files that sit beside a saved page under a fixture folder."""
    if file_path.suffix != ".json":
        return None
    resolved = file_path.resolve()
    if not any(resolved.is_relative_to(folder) for folder in _folders(parent.config)):
        return None
    if page_of(file_path) is None or load_spec(file_path) is None:
        return None
    return FixtureFile.from_parent(parent, path=file_path)


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


def project(actual: Any, expected: Any) -> Any:
    """``actual`` cut down to the shape of ``expected``: the same dict keys, at every depth.

    What ``--regen`` writes: a fixture that checks only some keys of a dict keeps checking those.
    """
    if isinstance(expected, dict) and isinstance(actual, dict):
        return {k: project(actual.get(k), v) for k, v in expected.items()}
    if isinstance(expected, list) and isinstance(actual, list):
        shapes = [e for e in expected if isinstance(e, dict)]
        # new items take the shape of the first expected one
        return [
            project(a, expected[i] if i < len(expected) else (shapes[0] if shapes else a))
            for i, a in enumerate(actual)
        ]
    return actual


class FixtureFile(pytest.File):
    """One expected file: a test per expected field (and per URL variant)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._articles: dict[str | None, dict[str, Any]] = {}

    def article(self, url: str | None) -> dict[str, Any]:
        """The page parsed as the spec says, as ``Article.to_dict()`` plus its provenance."""
        if url not in self._articles:
            import newsparse
            from newsparse._decode import read_saved_page

            spec = load_spec(self.path) or {}
            page = page_of(self.path)
            assert page is not None
            fetched = spec.get("fetched")
            article = newsparse.parse(
                read_saved_page(page),
                url=url,
                extractor=spec.get("extractor"),
                fetched=datetime.fromisoformat(fetched) if isinstance(fetched, str) else None,
            )
            self._articles[url] = article.to_dict()
        return self._articles[url]

    def _regen(self, spec: dict[str, Any]) -> None:
        actual = self.article(spec.get("url"))
        expected = {field: project(actual.get(field), value) for field, value in spec["expected"].items()}
        if expected == spec["expected"]:
            return
        spec["expected"] = expected
        self.path.write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        regenerated: list[Path] = self.config.stash.setdefault(_REGENERATED, [])
        regenerated.append(self.path)

    def collect(self) -> Iterator[FieldItem]:
        """One :class:`FieldItem` per expected field, and per field again without the URL."""
        spec = load_spec(self.path)
        if spec is None:
            return
        if self.config.getoption("regen"):
            self._regen(spec)
        url = spec.get("url")
        variants: list[str | None] = [url]
        if url and spec.get("also_without_url"):
            variants.append(None)
        for variant in variants:
            for field, value in spec["expected"].items():
                name = field if variant == url else f"{field}[no-url]"
                yield FieldItem.from_parent(self, name=name, field=field, url=variant, expected=value)


class FieldItem(pytest.Item):
    """One field of one fixture page."""

    def __init__(self, *, field: str, url: str | None, expected: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.field = field
        self.url = url
        self.expected = expected

    def runtest(self) -> None:
        """Parse the page (once per file) and compare the field."""
        parent = self.parent
        assert isinstance(parent, FixtureFile)
        article = parent.article(self.url)
        if self.field not in article:
            raise FieldMismatch(self.field, None, self.expected, "not an Article field")
        actual = article[self.field]
        if not matches(actual, self.expected):
            source = article.get("provenance", {}).get(self.field, "nobody")
            shown = project(actual, self.expected)  # the keys the fixture checks, not the whole value
            raise FieldMismatch(self.field, shown, self.expected, f"from {source}")

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str | Any:
        """A readable diff of the field instead of a traceback into the plugin."""
        if isinstance(excinfo.value, FieldMismatch):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Where the test comes from: the expected file and the field."""
        return self.path, None, self.name


class FieldMismatch(AssertionError):
    """A field's value differs from the expected one."""

    def __init__(self, field: str, actual: Any, expected: Any, note: str) -> None:
        self.field = field
        super().__init__(
            f"{field} ({note})\n  expected: {_dump(expected)}\n  actual:   {_dump(actual)}\n"
            "  (run pytest --regen to rewrite the expected file from the current output)"
        )


def _dump(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=1)
    return text.replace("\n", "\n            ")


_REGENERATED = pytest.StashKey[list[Path]]()


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """List the expected files ``--regen`` rewrote."""
    regenerated = config.stash.get(_REGENERATED, [])
    if regenerated:
        terminalreporter.section("newsparse --regen")
        for path in regenerated:
            shown = path.relative_to(config.rootpath) if path.is_relative_to(config.rootpath) else path
            terminalreporter.write_line(f"rewrote {shown}")
