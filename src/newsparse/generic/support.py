"""The page ``docs/reference/wordpress.md``: which WordPress themes and plugins the generic
extractor understands, generated from the ``SUPPORTED`` tables of its finder modules.

Regenerate it with ``python -m newsparse.generic.support > docs/reference/wordpress.md``;
``tests/test_docs_wordpress.py`` fails while the committed page differs from this output.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

__all__ = ["SECTIONS", "support_table"]

#: (finder module, Article fields it fills, what the section is about), in page order.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "shares",
        "share_counts",
        "Share counts: the total and the per-network counts printed by the share widget, as "
        "the plugin formats them (`1K`, `1,5K`, `3.456`, `10K+`); a counter left empty for "
        "JavaScript gives `total=None`, a zero hidden by CSS gives 0.",
    ),
    (
        "related",
        "related",
        "Related-post teasers: title, URL, excerpt, image, author and date where the block shows "
        "them. Links that are not http(s) are dropped; sidebar widgets such as “Most read” or "
        "“Popular” are never read. Jetpack's classic placeholder (filled by JavaScript) and an "
        "empty YARPP block (`yarpp-related-none`) give no teasers.",
    ),
    (
        "navigation",
        "previous, next",
        "Previous and next post: title, URL and, where the theme shows them, image, author and "
        "date, without the “Previous Post” / “Nächster Beitrag” labels. A recognised navigation "
        "block without a previous (or next) item means there is none; `rel=prev/next` links count "
        "only when they point to another post (not `/2/`, `?page=2`, comment pages or the site menu).",
    ),
    (
        "authorbox",
        "authors (bio, url, avatar_url)",
        "Author boxes and author metadata, merged into the article's author with the same name or "
        "URL (profile, website or `sameAs`); they fill only what the author lacks, the box's full "
        "bio winning over a shortened JSON-LD description. When the page names no author, the "
        "author boxes inside the article (not sidebar widgets) give the authors.",
    ),
)

_TITLES = {
    "shares": "Share counts",
    "related": "Related posts",
    "navigation": "Previous and next post",
    "authorbox": "Author boxes",
}


def _supported(module: str) -> Sequence[tuple[str, str]] | None:
    """A finder module's ``SUPPORTED`` table, or None while that module does not exist yet."""
    try:
        found = importlib.import_module(f"{__package__}.{module}")
    except ImportError:
        return None
    table = getattr(found, "SUPPORTED", None)
    if not isinstance(table, tuple):
        return None
    return [(str(name), str(selector)) for name, selector in table]


def _cell(value: str) -> str:
    return value.replace("|", "\\|")


def support_table() -> str:
    """The Markdown page listing every theme and plugin the generic extractor reads, by field."""
    lines = [
        "# WordPress themes and plugins",
        "",
        "Generated from the `SUPPORTED` tables of `newsparse.generic` by "
        "`python -m newsparse.generic.support > docs/reference/wordpress.md`; do not edit by hand "
        "(`tests/test_docs_wordpress.py` fails when this page is stale).",
        "",
        "The generic extractor reads these blocks on any page, whatever its site; a site or theme "
        "extractor may refine them. Every block listed here is also removed from the body.",
    ]
    for module, fields, about in SECTIONS:
        table = _supported(module)
        if table is None:
            continue
        lines += [
            "",
            f"## {_TITLES[module]}",
            "",
            f"Fields: {fields}. {about}",
            "",
            "| plugin or theme | markup read |",
            "|---|---|",
        ]
        lines += [f"| {_cell(name)} | `{_cell(selector)}` |" for name, selector in table]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(support_table(), end="")
