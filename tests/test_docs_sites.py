"""``docs/reference/sites.md`` is generated from the registry; this test fails when it is stale.

Regenerate it after adding or changing an extractor::

    .venv/bin/python tests/test_docs_sites.py --write
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsparse
from newsparse import Extractor

DOC = Path(__file__).resolve().parents[1] / "docs" / "reference" / "sites.md"

HEADER = """# Supported sites

Generated from the extractor registry by `python tests/test_docs_sites.py --write`; do not edit
by hand (`tests/test_docs_sites.py` fails when this page is stale).

Each extractor implements the fields listed; every other field, and any field its rules find
empty on a page, comes from the generic extractor. A site extractor is chosen by the page URL's
host (subdomains included); a theme extractor by its fingerprint (a CSS selector that matches the
page's markup) when no domain matches. Layout versions are older layouts the extractor also reads
(see the [how-to](../howto/write-an-extractor.md#layout-versions)).
"""


def _cell(value: str) -> str:
    return value.replace("|", "\\|")


def _kind(cls: type[Extractor]) -> str:
    return "embedded" if cls.embedded else "site" if cls.domains else "theme"


def _versions(cls: type[Extractor]) -> str:
    out = []
    for layout in cls.versions():
        probe = getattr(layout, "probe", None)
        until = getattr(layout, "valid_until", None)
        how = [f"probe `{_cell(probe)}`"] if probe else []
        how += [f"until {until.isoformat()}"] if until else []
        out.append(f"{layout.version} ({', '.join(how)})")
    return "; ".join(out) or "-"


def render() -> str:
    """The page, from the extractors registered in the default registry (built-ins only in tests)."""
    rows = [
        "| name | kind | domains | fingerprint | fields | layout versions |",
        "|---|---|---|---|---|---|",
    ]
    for cls in newsparse.default_registry:
        rows.append(
            "| "
            + " | ".join(
                [
                    f"`{cls.name}`",
                    _kind(cls),
                    ", ".join(cls.domains) or "-",
                    f"`{_cell(cls.fingerprint)}`" if cls.fingerprint else "-",
                    ", ".join(cls.fields()) or "-",
                    _versions(cls),
                ]
            )
            + " |"
        )
    return HEADER + "\n" + "\n".join(rows) + "\n"


def test_sites_reference_is_current() -> None:
    assert DOC.is_file(), "docs/reference/sites.md is missing: run python tests/test_docs_sites.py --write"
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/reference/sites.md is stale: run python tests/test_docs_sites.py --write"
    )


def test_every_built_in_extractor_is_listed() -> None:
    text = DOC.read_text(encoding="utf-8")
    for cls in newsparse.default_registry:
        assert f"| `{cls.name}` |" in text


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python tests/test_docs_sites.py --write")
    import os

    os.environ.setdefault("NEWSPARSE_DISABLE_PLUGIN_AUTOLOAD", "1")  # built-ins only, as in the tests
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC}")
