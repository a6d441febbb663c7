"""Site-specific rules of the German publishers' extractors that their fixtures leave out.

Table-driven tests of each module's small helpers (dates, bylines, datelines), and small pages
written for one rule each; the whole-page fixtures live in ``tests/fixtures/<site>/``.
"""

from __future__ import annotations

import base64
from datetime import datetime
from pathlib import Path

import pytest

import newsparse
from newsparse._context import Page
from newsparse.extractors.zeit import first_appeared

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _page(head: str = "", body: str = "") -> str:
    return f"<!DOCTYPE html><html lang='de'><head><title>t</title>{head}</head><body>{body}</body></html>"


def _b64(text: str, encoding: str) -> str:
    return base64.b64encode(text.encode(encoding)).decode("ascii")


# --- layout versions: each older-layout fixture is served by its declared version -----------------


@pytest.mark.parametrize(
    ("fixture", "version"),
    [
        ("spiegel/spiegel.html", None),
        ("spiegel/spiegel_2018.html", "Layout2018"),
        ("spiegel/spiegel_print.html", "Layout2018"),
    ],
)
def test_fixture_is_served_by_its_layout_version(fixture: str, version: str | None) -> None:
    site = fixture.split("/")[0]
    cls = newsparse.default_registry.get(site)
    page = Page((FIXTURES / fixture).read_text(encoding="utf-8"), f"https://www.{site}.de/x")
    assert cls(page).version == version


# --- zeit: the print edition's first appearance, base64 in data-obfuscated ------------------------


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        (_b64("16. Oktober 2019, 17:05 Uhr", "latin-1"), datetime(2019, 10, 16, 17, 5)),
        # Latin-1 is what zeit.de writes: "ä" is one byte, not valid UTF-8
        (_b64("15. März 2023, 17:05 Uhr", "latin-1"), datetime(2023, 3, 15, 17, 5)),
        (_b64("15. März 2023, 17:05 Uhr", "utf-8"), datetime(2023, 3, 15, 17, 5)),
        (_b64("2. Januar 2020", "latin-1"), datetime(2020, 1, 2)),
        ("", None),
        (None, None),
        ("kein base64!", None),
        (_b64("DIE ZEIT Nr.\xa012/2023", "latin-1"), None),
    ],
)
def test_zeit_first_appeared(encoded: str | None, expected: datetime | None) -> None:
    assert first_appeared(encoded) == expected


def test_zeit_without_an_encoded_date_keeps_the_generic_date() -> None:
    ld = '{"@type":"Article","headline":"h","datePublished":"2024-02-01T08:00:00+01:00"}'
    html = _page(
        f'<script type="application/ld+json">{ld}</script>',
        '<div class="metadata"><time datetime="2024-02-01T08:00:00+01:00" class="metadata__date">'
        "1. Februar 2024</time></div>",
    )
    article = newsparse.parse(html, "https://www.zeit.de/wissen/2024-02/x")
    assert article.published is not None and article.published.isoformat() == "2024-02-01T08:00:00+01:00"
    assert article.provenance["published"] == "jsonld"
