"""The data-model reference documents every field of every public dataclass."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

import newsparse

DOC = Path(__file__).resolve().parents[1] / "docs" / "reference" / "model.md"
CLASSES = [newsparse.Article, newsparse.Author, newsparse.Teaser, newsparse.ShareCounts, newsparse.Image]
BLOCKS = [
    newsparse.Paragraph,
    newsparse.Heading,
    newsparse.Quote,
    newsparse.ListBlock,
    newsparse.ImageBlock,
    newsparse.Embed,
    newsparse.Preformatted,
]


def _section(name: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(rf"^## `{name}`.*?(?=^## |\Z)", text, re.M | re.S)
    assert match, f"no section for {name} in {DOC.name}"
    return match.group(0)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_field_is_documented(cls: type) -> None:
    section = _section(cls.__name__)
    documented = set(re.findall(r"^\| `(\w+)` \|", section, re.M))
    assert documented == {f.name for f in dataclasses.fields(cls)}


@pytest.mark.parametrize("cls", BLOCKS, ids=lambda c: c.__name__)
def test_every_block_is_documented(cls: type) -> None:
    text = DOC.read_text(encoding="utf-8")
    row = re.search(rf"^\| `{cls.__name__}` \| `(\w+)` \| (.*) \|$", text, re.M)
    assert row, cls.__name__
    assert row.group(1) == cls.type
    assert set(re.findall(r"`(\w+)`", row.group(2))) == {f.name for f in dataclasses.fields(cls)}
