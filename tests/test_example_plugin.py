"""The third-party example package (``examples/newsparse-example-extractor``): installed, loaded
through its ``newsparse.extractors`` entry point, used by ``parse()``, and tested by the plugin.

The suite runs with plugin autoload off (``NEWSPARSE_DISABLE_PLUGIN_AUTOLOAD=1``, see conftest), so
these tests switch it back on for a fresh :class:`~newsparse.Registry` of their own.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsparse
from newsparse.testing import matches

pytest_plugins = ["pytester"]

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "newsparse-example-extractor"
FIXTURE = EXAMPLE / "tests" / "fixtures" / "gazette"
OLD_LAYOUT = """<!doctype html><html lang="en"><head><title>Pier lights restored | Example Gazette</title>
<meta property="og:title" content="Pier lights restored"></head><body>
<h1 class="gz-headline">Pier lights restored</h1><p class="gz-byline">By Tom Wick</p>
<div id="story"><p>The lamps along the old pier were lit again on Saturday after a winter of repairs.</p>
<p>Volunteers cleaned each of the forty glass globes by hand before the switch-on.</p></div>
<section class="gz-promo"><p>Subscribe to the Gazette for the full archive of pier stories.</p></section>
</body></html>"""


@pytest.fixture
def autoload(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Entry points are loaded again, for registries created in the test."""
    monkeypatch.delenv("NEWSPARSE_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    yield


def _on_path(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.syspath_prepend(str(folder))
    for name in [m for m in sys.modules if m.startswith("newsparse_example_extractor")]:
        monkeypatch.delitem(sys.modules, name)


def _check_loaded_and_used(registry: newsparse.Registry) -> None:
    assert "example_gazette" in registry, registry.broken
    cls = registry.get("example_gazette")
    assert cls.__module__ == "newsparse_example_extractor"
    assert registry.for_host("gazette.example") is cls
    spec = json.loads((FIXTURE / "gazette.json").read_text(encoding="utf-8"))
    article = newsparse.parse(
        (FIXTURE / "gazette.html").read_bytes(), url=spec["url"], registry=registry
    ).to_dict()
    assert article["extractor"] == "example_gazette"
    for field, expected in spec["expected"].items():
        assert matches(article[field], expected), field
    assert article["provenance"]["authors"] == "site:example_gazette"
    # its older layout, chosen by probe
    old = newsparse.parse(OLD_LAYOUT, url="https://gazette.example/2019/pier", registry=registry)
    assert old.body.text.startswith("The lamps along the old pier")
    assert "Subscribe" not in old.body.text


@pytest.mark.slow
def test_pip_installed_package_is_loaded_through_its_entry_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, autoload: None
) -> None:
    source = tmp_path / "src-copy"
    shutil.copytree(EXAMPLE, source)  # building writes build/ and egg-info next to the sources
    target = tmp_path / "site"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert (target / "newsparse_example_extractor" / "__init__.py").is_file()
    _on_path(monkeypatch, target)
    _check_loaded_and_used(newsparse.Registry())


def test_entry_point_declared_in_pyproject_is_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, autoload: None
) -> None:
    # a distribution as an installer lays it out: the package's sources plus a .dist-info whose
    # entry_points.txt comes from the example's own pyproject.toml
    project = tomllib.loads((EXAMPLE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dist = tmp_path / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n", encoding="utf-8"
    )
    lines = []
    for group, entries in project["entry-points"].items():
        lines.append(f"[{group}]")
        lines += [f"{name} = {value}" for name, value in entries.items()]
    (dist / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copytree(EXAMPLE / "src" / "newsparse_example_extractor", tmp_path / "newsparse_example_extractor")
    _on_path(monkeypatch, tmp_path)
    _check_loaded_and_used(newsparse.Registry())
    # and not without autoload: the switch the test suite relies on
    monkeypatch.setenv("NEWSPARSE_DISABLE_PLUGIN_AUTOLOAD", "1")
    assert "example_gazette" not in newsparse.Registry()


def test_example_fixtures_pass_with_the_plugin(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the package's own test run: its pyproject's newsparse_fixtures option, its fixture pages
    shutil.copy(EXAMPLE / "pyproject.toml", pytester.path / "pyproject.toml")
    shutil.copytree(EXAMPLE / "tests", pytester.path / "tests")
    _on_path(monkeypatch, EXAMPLE / "src")
    from newsparse_example_extractor import ExampleGazette

    newsparse.default_registry.register(ExampleGazette)  # what its installed entry point does
    try:
        result = pytester.runpytest("-v")
    finally:
        newsparse.default_registry.unregister(ExampleGazette.name)
    result.assert_outcomes(passed=12)
    result.stdout.fnmatch_lines(
        ["*gazette.json::authors PASSED*", "*gazette.json::authors[[]no-url[]] PASSED*"]
    )
