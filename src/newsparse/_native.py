"""Whether the compiled walks (``newsparse._speedups``) are used.

The module is built from ``_speedups.pyx`` at install time when a C compiler is there; it reads
libxml2's structs as the lxml it was compiled against lays them out. It is used only when it was
built, when that lxml is the one imported now, and when the environment variable
``NEWSPARSE_PURE_PYTHON`` is not set to a non-empty value. Otherwise the callers run their
pure-Python twins, which give the same answers (the variable is there to check that).
"""

from __future__ import annotations

import os


def _enabled() -> bool:
    if os.environ.get("NEWSPARSE_PURE_PYTHON"):
        return False
    try:
        from . import _speedups
    except ImportError:  # not built: no compiler at install time
        return False
    return _speedups.usable()


#: True when the callers use ``_speedups``.
ENABLED: bool = _enabled()
