"""``newsparse extractors``: list the registered extractors."""

from __future__ import annotations

import argparse
import sys

from .._registry import default_registry


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the sub-command."""
    p = sub.add_parser(
        "extractors",
        help="list registered extractors",
        description="List registered extractors with their domains and fingerprints.",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the sub-command."""
    out = sys.stdout
    for cls in default_registry:
        kind = "embedded" if cls.embedded else "site" if cls.domains else "theme"
        out.write(f"{cls.name}\t{kind}\t{', '.join(cls.domains) or '-'}\t{cls.fingerprint or '-'}\n")
    out.write("generic\tgeneric\t-\t-\n")
    for broken in default_registry.broken:
        print(f"newsparse: broken plugin {broken.name} ({broken.source}): {broken.error}", file=sys.stderr)
    return 0
