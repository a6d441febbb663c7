"""The ``newsparse`` command line: a thin layer over the library.

Each sub-command lives in its own module with ``add_parser(subparsers)`` and ``run(args)``;
data goes to stdout (or ``-o``), logs and progress to stderr.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

__all__ = ["main"]

#: Sub-command modules of this package, in the order ``--help`` lists them.
COMMANDS: tuple[str, ...] = ("parse", "extractors", "which", "scaffold")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    from newsparse import __version__

    parser = argparse.ArgumentParser(
        prog="newsparse", description="Turn saved news-article pages into structured data."
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"{__name__}.{name}")
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsparse`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `newsparse parse ... | head`
        return 0
