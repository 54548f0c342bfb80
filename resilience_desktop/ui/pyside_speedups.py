"""A cheaper PySide6 import hook (start-up, docs/performance.md). Import this first.

Once PySide6 is loaded, every module imported after it is checked for ``from
__feature__ import`` (snake_case, true_property) by PySide's
``shibokensupport.feature._mod_uses_pyside``, which reads the module's whole source
through ``inspect.getsource`` (linecache, tokenize): about 190 modules on the way to
an idle window, ~30 ms of CPU. ``fast_mod_uses_pyside`` answers the same question
("does the source mention PySide6?") by reading the file's bytes. PySide's private
hook is replaced only where it is exactly what this module expects; any other
PySide leaves it alone (the start is then slower, nothing else changes).
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads shibokensupport.feature

_FEATURE_MODULE = "shibokensupport.feature"


def fast_mod_uses_pyside(module: ModuleType) -> bool:
    """True when the module's source file mentions PySide6 (False with no .py source,
    as PySide's own check answers for built-in, extension and source-less modules)."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def install() -> bool:
    """Use the cheaper check; True if PySide's hook was replaced."""
    feature = sys.modules.get(_FEATURE_MODULE)
    current = getattr(feature, "_mod_uses_pyside", None)
    if current is fast_mod_uses_pyside:
        return True
    if feature is None or getattr(current, "__name__", None) != "_mod_uses_pyside":
        return False
    feature._mod_uses_pyside = fast_mod_uses_pyside  # type: ignore[attr-defined]
    return True


install()
