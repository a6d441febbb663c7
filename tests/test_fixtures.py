"""The fixture pages themselves: the ``newsparse.testing`` plugin turns them into tests.

Every ``tests/fixtures/<group>/<name>.html(.gz)`` with a ``<name>.json`` beside it becomes one
test per expected field (see :mod:`newsparse.testing` for the file format). This module checks
that the folder holds nothing the plugin would silently skip: a page without an expected file,
an expected file that is not one, or a field the Article does not have.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse._model import FIELDS
from newsparse.testing import load_spec, page_of

FIXTURES = Path(__file__).parent / "fixtures"
_SPEC_KEYS = {"url", "also_without_url", "fetched", "extractor", "expected", "note"}
_ARTICLE_KEYS = {*FIELDS, "extractor", "provenance", "errors"}


def _specs() -> list[Path]:
    return sorted(FIXTURES.rglob("*.json"))


def test_every_page_has_an_expected_file() -> None:
    orphans = []
    for page in FIXTURES.rglob("*.htm*"):
        stem = page.name.removesuffix(".gz").removesuffix(".html").removesuffix(".htm")
        if not page.with_name(stem + ".json").exists():
            orphans.append(str(page.relative_to(FIXTURES)))
    assert not orphans, f"fixture pages without an expected <name>.json: {orphans}"


@pytest.mark.parametrize("spec_path", _specs(), ids=lambda p: str(p.relative_to(FIXTURES)))
def test_expected_file_is_well_formed(spec_path: Path) -> None:
    assert page_of(spec_path) is not None, "no <name>.html(.gz) beside it"
    spec = load_spec(spec_path)
    assert spec is not None, "not a newsparse expected file (needs an 'expected' object)"
    assert set(spec) <= _SPEC_KEYS, f"unknown keys {set(spec) - _SPEC_KEYS}"
    assert spec["expected"], "expects nothing"
    assert set(spec["expected"]) <= _ARTICLE_KEYS, (
        f"not Article fields: {set(spec['expected']) - _ARTICLE_KEYS}"
    )
    json.dumps(spec)  # round-trips
