"""``docs/reference/wordpress.md`` is generated from the finder modules' ``SUPPORTED`` tables and
must never go stale: regenerate it with

    python -m newsparse.generic.support > docs/reference/wordpress.md
"""

from __future__ import annotations

from pathlib import Path

from newsparse.generic import authorbox, navigation, related
from newsparse.generic.support import support_table

DOC = Path(__file__).resolve().parents[1] / "docs" / "reference" / "wordpress.md"
REGENERATE = "python -m newsparse.generic.support > docs/reference/wordpress.md"


def test_wordpress_reference_is_current() -> None:
    assert DOC.is_file(), f"{DOC} is missing; generate it with: {REGENERATE}"
    assert DOC.read_text(encoding="utf-8") == support_table(), (
        f"docs/reference/wordpress.md is stale; regenerate it with: {REGENERATE}"
    )


def test_every_supported_entry_is_listed() -> None:
    page = support_table()
    for module in (related, navigation, authorbox):
        assert module.SUPPORTED, f"{module.__name__} lists nothing"
        for name, selector in module.SUPPORTED:
            assert name.replace("|", "\\|") in page
            assert selector.replace("|", "\\|") in page


def test_share_plugins_are_listed_when_the_share_module_exists() -> None:
    from newsparse.generic import shares

    page = support_table()
    assert "## Share counts" in page
    for name, _ in shares.SUPPORTED:
        assert name in page


def test_the_themes_and_plugins_of_the_brief_are_all_supported() -> None:
    names = " ".join(name for module in (related, navigation, authorbox) for name, _ in module.SUPPORTED)
    for expected in (
        "Jetpack Related Posts",
        "YARPP",
        "Contextual Related Posts",
        "Networker",
        "Newspaper (tagDiv)",
        "JNews",
        "WordPress core post navigation",
        "Simple Author Box",
        "Twenty Twenty-One",
        "Newspack",
        "Powerkit",
        "Yoast",
        "Rank Math",
    ):
        assert expected in names, expected
