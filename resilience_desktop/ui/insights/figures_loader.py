"""Insights' figures worked out off the GUI thread and kept per date range (issue 20).

``FiguresLoader.load(key, compute, on_ready, on_failed)`` hands back the figures kept
for ``key`` (a page and its date range) at once; otherwise ``compute()`` runs on a
worker thread (ui/widgets/background.py ``run_quietly``: no dialog, the window keeps
turning) and ``on_ready(figures)`` follows on the GUI thread, or ``on_failed(error)``.
``clear()`` forgets everything when the data changes (the tab calls it from the app's
data-changed signals); work still in flight then is thrown away, never kept.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

import shiboken6

from resilience_desktop.ui.widgets.background import run_quietly

TITLE = "Working out your insights"  # only in the log: a quiet task has no dialog


class FiguresLoader:
    def __init__(self, owner) -> None:
        self.owner = owner  # the widget the answers go to (checked still alive)
        self._kept: dict[Hashable, Any] = {}
        self._waiting: dict[Hashable, list[tuple[Callable, Callable]]] = {}
        self._generation = 0  # bumped by clear(): older work's answers are stale

    def clear(self) -> None:
        """The data changed: forget every range's figures and the work in flight."""
        self._kept.clear()
        self._waiting.clear()
        self._generation += 1

    def kept(self, key: Hashable) -> Any | None:
        return self._kept.get(key)

    def working_on(self, key: Hashable) -> bool:
        return key in self._waiting

    def load(self, key: Hashable, compute: Callable[[], Any],
             on_ready: Callable[[Any], None], on_failed: Callable[[BaseException], None]) -> None:
        if key in self._kept:
            on_ready(self._kept[key])
            return
        if key in self._waiting:  # already being worked out: answer both askers
            self._waiting[key].append((on_ready, on_failed))
            return
        self._waiting[key] = [(on_ready, on_failed)]
        generation = self._generation
        run_quietly(self.owner, TITLE, lambda _progress: compute(),
                    lambda figures: self._done(key, generation, figures),
                    lambda error: self._failed(key, generation, error))

    def _current(self, generation: int) -> bool:
        return generation == self._generation and shiboken6.isValid(self.owner)

    def _done(self, key: Hashable, generation: int, figures: Any) -> None:
        if not self._current(generation):
            return
        self._kept[key] = figures
        for on_ready, _on_failed in self._waiting.pop(key, []):
            on_ready(figures)

    def _failed(self, key: Hashable, generation: int, error: BaseException) -> None:
        if not self._current(generation):
            return
        for _on_ready, on_failed in self._waiting.pop(key, []):
            on_failed(error)
