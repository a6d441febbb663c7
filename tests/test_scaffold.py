"""``newsparse new-extractor`` and ``newsparse which``, and the how-to's walkthrough run as written.

The walkthrough test reads the commands and the edit from ``docs/howto/write-an-extractor.md``
itself and runs them in a scratch project, so the page cannot drift from the code.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shlex
import shutil
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsparse
from newsparse.cli import main

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
HOWTO = ROOT / "docs" / "howto" / "write-an-extractor.md"
SAVED = ROOT / "docs" / "howto" / "examples" / "saved.html"
URL = "https://www.dailyplanet.example/2024/05/03/moon-garden"


def _load(path: Path, name: str) -> None:
    """Import a generated extractor module the way the registry imports built-ins."""
    spec = importlib.util.spec_from_file_location(f"newsparse.extractors.{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)


@pytest.fixture
def scratch_registry() -> Iterator[list[str]]:
    """Names registered during a test are removed from the default registry afterwards."""
    names: list[str] = []
    yield names
    for name in names:
        newsparse.default_registry.unregister(name)
        sys.modules.pop(f"newsparse.extractors.{name}", None)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().out


def _doc_commands() -> list[str]:
    return re.findall(r"^\$ (.+)$", HOWTO.read_text(encoding="utf-8"), re.MULTILINE)


def _doc_block_after(marker: str) -> str:
    text = HOWTO.read_text(encoding="utf-8")
    rest = text[text.index(marker) :]
    match = re.search(r"```python\n(.*?)```", rest, re.DOTALL)
    assert match is not None
    return match.group(1)


def _outcome_line(after: str, occurrence: int = 0) -> str:
    """The summary line (``8 passed``) the doc shows after the n-th occurrence of a command."""
    blocks = HOWTO.read_text(encoding="utf-8").split(f"$ {after}\n")
    return blocks[occurrence + 1].split("\n")[0]


def test_walkthrough_works_as_written(
    pytester: pytest.Pytester, capsys: pytest.CaptureFixture[str], scratch_registry: list[str]
) -> None:
    commands = _doc_commands()
    which, scaffold, which_again, run1, run2, regen, run3 = commands[:7]
    assert scaffold.startswith(
        "newsparse new-extractor dailyplanet.example --from docs/howto/examples/saved.html"
    )
    pytester.makeini("[pytest]\naddopts = -ra\n")  # as the project's pyproject.toml has it
    (pytester.path / "src" / "newsparse" / "extractors").mkdir(parents=True)
    (pytester.path / "docs" / "howto" / "examples").mkdir(parents=True)
    shutil.copy(SAVED, pytester.path / "docs" / "howto" / "examples" / "saved.html")

    # 1. generic before
    code, out = _run(shlex.split(which)[1:], capsys)
    assert code == 0 and "extractor: generic" in out

    # 2. scaffold: the files the doc lists, and the class the doc shows
    code, out = _run(shlex.split(scaffold)[1:], capsys)
    assert code == 0
    for line in out.splitlines():
        assert line in HOWTO.read_text(encoding="utf-8"), f"the doc does not show {line!r}"
    module = pytester.path / "src" / "newsparse" / "extractors" / "dailyplanet.py"
    source = module.read_text(encoding="utf-8")
    shown = textwrap.dedent(_doc_block_after("It wrote three files"))  # (indented in a list item)
    assert shown.strip() in source
    _load(module, "dailyplanet")
    scratch_registry.append("dailyplanet")
    code, out = _run(shlex.split(which_again)[1:], capsys)
    assert "extractor: dailyplanet" in out and "is served by 'dailyplanet'" in out

    # 3. the pre-filled fixture passes as generated
    result = pytester.runpytest(*shlex.split(run1)[1:])
    result.stdout.fnmatch_lines([f"*{_outcome_line(run1)}*"])
    assert result.ret == 0

    # 4. the edit the doc shows, then the failures it shows
    edit = _doc_block_after("Replace the commented `body` line")
    lines = source.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("    # body = body("))
    edited = "".join(lines[:at]) + edit + "".join(lines[at + 1 :])
    assert "`from newsparse import Extractor, body, byline, ...`" in HOWTO.read_text(encoding="utf-8")
    edited = edited.replace(
        "from newsparse import Extractor, byline,", "from newsparse import Extractor, body, byline,"
    )
    module.write_text(edited, encoding="utf-8")
    spec_path = pytester.path / "tests" / "fixtures" / "dailyplanet" / "dailyplanet.json"
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    spec["expected"]["subheadline"] = None
    spec_path.write_text(json.dumps(spec, indent=2), encoding="utf-8")
    newsparse.default_registry.unregister("dailyplanet")
    _load(module, "dailyplanet")
    result = pytester.runpytest(*shlex.split(run2)[1:])
    result.assert_outcomes(passed=7, failed=2)
    shown_failures = re.findall(r"^FAILED (\S+) - ", HOWTO.read_text(encoding="utf-8"), re.MULTILINE)
    assert len(shown_failures) == 2
    result.stdout.fnmatch_lines([f"FAILED {nodeid} - *" for nodeid in shown_failures])

    # 5. regen, then green
    result = pytester.runpytest(*shlex.split(regen)[1:])
    result.stdout.fnmatch_lines(["rewrote tests/fixtures/dailyplanet/dailyplanet.json"])
    regenerated = json.loads(spec_path.read_text(encoding="utf-8"))["expected"]
    assert regenerated["subheadline"] == "Nine months of trials end with a salad."
    assert not regenerated["body"]["text"].startswith("Nine months")
    assert "Share on social media" not in regenerated["body"]["text"]
    result = pytester.runpytest(*shlex.split(run3)[1:])
    result.stdout.fnmatch_lines([f"*{_outcome_line(run3, occurrence=2)}*"])
    assert result.ret == 0


def test_scaffold_refuses_to_overwrite_and_rejects_bad_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["new-extractor", "dailyplanet.example", "--from", str(SAVED), "--dir", str(tmp_path / "pkg")]
    args += ["--fixtures", str(tmp_path / "fx")]
    assert main(args) == 0
    capsys.readouterr()
    assert main(args) == 1
    assert "exists (use --force)" in capsys.readouterr().err
    assert main([*args, "--force"]) == 0
    assert main([*args, "--name", "Bad-Name"]) == 2


def test_scaffold_infers_only_rules_that_agree_with_the_generic_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the visible byline names someone the JSON-LD does not: suggested, not active
    page = SAVED.read_text(encoding="utf-8").replace(
        '<a href="/staff/lois-lane" rel="author">Lois Lane</a>', '<a href="/staff/clark-kent">Clark Kent</a>'
    )
    saved = tmp_path / "page.html"
    saved.write_text(page, encoding="utf-8")
    args = ["new-extractor", "https://www.dailyplanet.example/", "--from", str(saved), "--dir", str(tmp_path)]
    code = main([*args, "--fixtures", str(tmp_path / "fx"), "--name", "planet"])
    assert code == 0
    source = (tmp_path / "planet.py").read_text(encoding="utf-8")
    assert """    # authors = byline("p.story-byline")  # on the saved page: ['Clark Kent']""" in source
    assert '    headline = text("h1.story-headline")' in source
    assert 'name = "planet"' in source and 'domains = ("dailyplanet.example",)' in source
    expected = json.loads((tmp_path / "fx" / "planet" / "planet.json").read_text(encoding="utf-8"))
    # url: the page's canonical URL (no --url given); values: the generic extractor's
    assert expected["url"] == URL
    generic = newsparse.parse(page, url=URL, extractor="generic")
    assert expected["expected"]["headline"] == generic.headline
    assert expected["expected"]["authors"] == [{"name": a.name} for a in generic.authors]
    compile(source, "planet.py", "exec")


def test_which_explains_a_saved_page_and_its_layout_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(["which", str(SAVED)], capsys)
    assert code == 0
    assert "host:      dailyplanet.example (from the page's canonical URL)" in out
    assert "chain:     generic" in out
    assert main(["which", str(tmp_path / "missing.html")]) == 1


def test_which_names_the_site_extractor_fields_and_version(
    capsys: pytest.CaptureFixture[str], scratch_registry: list[str]
) -> None:
    from datetime import date

    from newsparse import Extractor, Version, text

    class Planet(Extractor):
        name = "planet_which"
        domains = ("dailyplanet.example",)
        headline = text("h1.story-headline")

        class Before2020(Version):
            probe = "h1.story-headline"
            valid_until = date(2020, 1, 1)

    newsparse.default_registry.register(Planet)
    scratch_registry.append("planet_which")
    _, out = _run(["which", str(SAVED)], capsys)
    assert "extractor: planet_which" in out
    assert "host 'dailyplanet.example' is served by 'planet_which'" in out
    assert "planet_which: fields headline" in out
    # the probe matches but the page is dated 2024: the current layout serves it
    assert "planet_which: layout current (of Before2020, current)" in out


def test_which_with_only_a_url_does_not_guess_the_layout(
    capsys: pytest.CaptureFixture[str], scratch_registry: list[str]
) -> None:
    from newsparse import Extractor, Version, text

    class Planet(Extractor):
        name = "planet_url"
        domains = ("dailyplanet.example",)
        headline = text("h1")

        class Old(Version):
            probe = "h1.old"

    newsparse.default_registry.register(Planet)
    scratch_registry.append("planet_url")
    _, out = _run(["which", URL], capsys)
    assert "planet_url: layouts Old, current: chosen from a saved page's markup" in out
