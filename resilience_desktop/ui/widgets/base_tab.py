"""BaseTab: what every tab shares (its context, tracked signal connections)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from resilience_desktop.ui.app_context import AppContext
import contextlib


class BaseTab(QWidget):
    """A top-level tab. Subclasses build their widgets in __init__.

    Connect to application signals with ``self.listen(signal, slot)`` so the
    connections are dropped when the tab goes away (no slots called on a
    deleted widget).
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._connections: list[tuple[object, object]] = []
        # Not a bound method: PySide6 drops a destroyed tab's own slots before
        # `destroyed` reaches them, so the clean-up must not belong to the tab.
        connections = self._connections
        self.destroyed.connect(lambda *_args: _disconnect(connections))

    def listen(self, signal, slot) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))


def _disconnect(connections: list) -> None:
    for signal, slot in connections:
        if hasattr(slot, "__self__"):
            continue  # a bound method: PySide6 drops it with its object already
        with contextlib.suppress(RuntimeError, TypeError, SystemError):
            signal.disconnect(slot)
    connections.clear()
