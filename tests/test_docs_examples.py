"""The Python examples in the docs run as written (from the project root)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ["README.md", "docs/quickstart.md"]
_BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def _blocks() -> list[object]:
    out = []
    for name in DOCS:
        text = (ROOT / name).read_text(encoding="utf-8")
        # blocks of one page share a namespace, like a reader typing them in order
        out.append(pytest.param(name, _BLOCK.findall(text), id=name))
    return out


@pytest.mark.parametrize(("name", "blocks"), _blocks())
def test_python_examples_run(name: str, blocks: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    for code in blocks:
        exec(compile(code, f"{name} example", "exec"), namespace)
