"""The extractor registry: which extractor serves which page.

Resolution: the URL's host first (the most specific registered domain wins), then the markup
fingerprints (highest priority first), then the generic extractor. Embedded extractors (a
publisher's chrome carried inside another site's posts) whose fingerprint matches go in front.

Built-in extractors (the modules of ``newsparse.extractors``) and third-party ones (entry-point
group ``newsparse.extractors``) load through the same guarded loader, lazily, on first use: a
plugin that fails to import is reported in :attr:`Registry.broken` and a warning, never fatal.
"""

from __future__ import annotations

import importlib
import logging
import os
import pkgutil
import threading
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any, TypeVar

from ._context import Page
from ._extractor import Extractor

__all__ = ["BrokenPlugin", "Registry", "default_registry", "register"]

log = logging.getLogger("newsparse")
E = TypeVar("E", bound=type[Extractor])
ENTRY_POINT_GROUP = "newsparse.extractors"
#: Set to 1 to skip third-party extractors (the test suite does).
DISABLE_AUTOLOAD_ENV = "NEWSPARSE_DISABLE_PLUGIN_AUTOLOAD"
#: Set to 1 to make a broken plugin an error instead of a warning.
STRICT_PLUGINS_ENV = "NEWSPARSE_STRICT_PLUGINS"


@dataclass(frozen=True, slots=True)
class BrokenPlugin:
    """An extractor module or entry point that failed to load."""

    name: str
    source: str
    error: str


@dataclass(frozen=True, slots=True)
class Resolution:
    """The extractors that will read a page, and why."""

    chain: tuple[type[Extractor], ...]
    reason: str


class Registry:
    """A set of extractor classes and the rules that pick one for a page."""

    def __init__(self, *, autoload: bool = True) -> None:
        self._by_name: dict[str, type[Extractor]] = {}
        self._by_domain: dict[str, list[type[Extractor]]] = {}
        self._autoload = autoload
        self._loaded = not autoload
        self._lock = threading.RLock()
        self.broken: list[BrokenPlugin] = []

    # --- registration -----------------------------------------------------------------------------------

    def register(self, cls: E) -> E:
        """Add an extractor class (usable as a decorator). Re-registering the same class is a no-op."""
        if not (isinstance(cls, type) and issubclass(cls, Extractor)):
            raise TypeError(f"{cls!r} is not an Extractor subclass")
        if not cls.name:
            raise ValueError(f"{cls.__qualname__} has no name")
        if cls.api_version != Extractor.api_version:
            raise ValueError(
                f"{cls.__qualname__} targets extractor API v{cls.api_version}, "
                f"this newsparse speaks v{Extractor.api_version}"
            )
        with self._lock:
            known = self._by_name.get(cls.name)
            if known is cls:
                return cls
            if known is not None:
                raise ValueError(
                    f"an extractor named {cls.name!r} is already registered "
                    f"({known.__module__}.{known.__qualname__})"
                )
            self._by_name[cls.name] = cls
            for domain in cls.domains:
                key = domain.lower().removeprefix("www.")
                self._by_domain.setdefault(key, []).append(cls)
                self._by_domain[key].sort(key=lambda c: -c.priority)
        return cls

    def unregister(self, name: str) -> None:
        """Remove an extractor by name (tests use it to undo a registration)."""
        with self._lock:
            cls = self._by_name.pop(name, None)
            for domain, classes in list(self._by_domain.items()):
                if cls in classes:
                    classes.remove(cls)
                if not classes:
                    del self._by_domain[domain]

    # --- loading ----------------------------------------------------------------------------------------

    def _guarded(self, name: str, source: str, load: Callable[[], Any]) -> None:
        try:
            loaded = load()
            if isinstance(loaded, ModuleType):
                # a module's classes, for registries other than the one its decorators fill
                found = [
                    v
                    for v in vars(loaded).values()
                    if isinstance(v, type)
                    and issubclass(v, Extractor)
                    and v.__module__ == loaded.__name__
                    and v.name
                ]
            else:
                found = [loaded] if isinstance(loaded, type) and issubclass(loaded, Extractor) else []
            for cls in found:
                if self._by_name.get(cls.name) is not cls:
                    self.register(cls)
        except Exception as exc:  # a broken plugin must never take the host down
            if os.environ.get(STRICT_PLUGINS_ENV) == "1":
                raise
            broken = BrokenPlugin(name=name, source=source, error=f"{type(exc).__name__}: {exc}")
            self.broken.append(broken)
            warnings.warn(
                f"newsparse: extractor plugin {name!r} from {source} failed to load: {broken.error}",
                RuntimeWarning,
                stacklevel=2,
            )

    def load(self) -> None:
        """Import the built-in extractors, then the entry-point plugins (once)."""
        if self._loaded:
            return
        with self._lock:
            if self._loaded:
                return
            self._loaded = True
            from . import extractors

            for mod in sorted(pkgutil.iter_modules(extractors.__path__), key=lambda m: m.name):
                if mod.name.startswith("_"):
                    continue
                module = f"{extractors.__name__}.{mod.name}"
                self._guarded(mod.name, module, partial_import(module))
            if os.environ.get(DISABLE_AUTOLOAD_ENV) == "1":
                return
            from importlib.metadata import entry_points

            seen: set[tuple[str, str]] = set()
            for ep in entry_points(group=ENTRY_POINT_GROUP):
                if (ep.name, ep.value) in seen:  # duplicate dist-info of one package
                    continue
                seen.add((ep.name, ep.value))
                self._guarded(ep.name, f"entry point {ep.value}", ep.load)

    # --- lookup -----------------------------------------------------------------------------------------

    def __iter__(self) -> Iterator[type[Extractor]]:
        self.load()
        return iter(sorted(self._by_name.values(), key=lambda c: c.name))

    def __contains__(self, name: object) -> bool:
        self.load()
        return name in self._by_name

    def get(self, name: str) -> type[Extractor]:
        """The extractor registered under ``name`` (``"generic"`` included); KeyError otherwise."""
        if name == "generic":
            from .generic import GenericExtractor

            return GenericExtractor
        self.load()
        try:
            return self._by_name[name]
        except KeyError:
            known = ", ".join(sorted(self._by_name)) or "none"
            raise KeyError(f"no extractor named {name!r} (known: generic, {known})") from None

    def for_host(self, host: str | None) -> type[Extractor] | None:
        """The extractor of the most specific registered domain that ``host`` is in."""
        self.load()
        if not host:
            return None
        labels = host.lower().removeprefix("www.").split(".")
        for i in range(len(labels) - 1):
            found = self._by_domain.get(".".join(labels[i:]))
            if found:
                return found[0]
        return None

    def resolve(self, page: Page) -> Resolution:
        """The chain of extractors for a page (the generic extractor is always last)."""
        from .generic import GenericExtractor

        self.load()
        embedded = tuple(c for c in self._fingerprinted(embedded=True) if c.matches(page))
        site = self.for_host(page.host)
        if site is not None:
            reason = f"host {page.host!r} is served by {site.name!r}"
        else:
            site = next((c for c in self._fingerprinted(embedded=False) if c.matches(page)), None)
            reason = (
                f"fingerprint {site.fingerprint!r} of {site.name!r} matched"
                if site
                else "no domain or fingerprint matched: generic extractor"
            )
        chain = tuple(c for c in (*embedded, site) if c is not None and c is not GenericExtractor)
        if embedded:
            reason += "; embedded: " + ", ".join(c.name for c in embedded)
        return Resolution(chain=(*chain, GenericExtractor), reason=reason)

    def _fingerprinted(self, *, embedded: bool) -> list[type[Extractor]]:
        found = [c for c in self._by_name.values() if c.fingerprint and c.embedded == embedded]
        return sorted(found, key=lambda c: (-c.priority, c.name))


def partial_import(module: str) -> Callable[[], Any]:
    """A loader that imports a module (its ``@register`` decorators do the rest)."""
    return lambda: importlib.import_module(module)


default_registry = Registry()


def register(cls: E) -> E:
    """Class decorator: add an extractor to the default registry."""
    return default_registry.register(cls)
