"""Builds the optional compiled walks (``newsparse._speedups``); everything else is in pyproject.toml.

The extension is optional: when it cannot be built (no C compiler, no Cython), the install goes
on without it and newsparse runs the pure-Python twins of those walks (same answers, slower).
"""

from __future__ import annotations

from typing import Any

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class _OptionalBuildExt(build_ext):
    """``build_ext`` that reports a failed build instead of failing the install (setuptools'
    ``optional`` flag is not honoured by every build path, editable installs among them)."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # any failure means: no compiled walks
            self.warn(f"newsparse: the compiled walks were not built ({exc}); using pure Python")

    def build_extension(self, ext: Any) -> None:
        try:
            super().build_extension(ext)
        except Exception as exc:
            self.warn(f"newsparse: {ext.name} was not built ({exc}); using pure Python")


def _extensions() -> list[Extension]:
    try:
        import lxml
        from Cython.Build import cythonize
    except ImportError:
        return []
    extension = Extension(
        "newsparse._speedups",
        ["src/newsparse/_speedups.pyx"],
        include_dirs=lxml.get_include(),
        optional=True,
    )
    return list(cythonize([extension], language_level=3, quiet=True))


setup(ext_modules=_extensions(), cmdclass={"build_ext": _OptionalBuildExt})
