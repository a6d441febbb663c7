"""Shared test setup."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Plugins installed in the developer's environment must not change what the suite sees.
os.environ.setdefault("NEWSPARSE_DISABLE_PLUGIN_AUTOLOAD", "1")

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@pytest.fixture
def fixtures() -> Path:
    """The folder of hand-written fixture pages."""
    return FIXTURES
