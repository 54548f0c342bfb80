"""ChartCanvas: a QWidget owning a matplotlib Figure, drawn lazily.

matplotlib is imported the first time a canvas becomes visible, never at
start-up. Subclass and implement ``draw_figure(figure)`` (or pass a
callable), then call ``mark_stale()`` whenever the data changes: the canvas
redraws with ``draw_idle()`` only when visible and stale.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget


class ChartCanvas(QWidget):
    def __init__(self, draw: Callable | None = None, parent: QWidget | None = None,
                 min_height: int = 220) -> None:
        super().__init__(parent)
        self._draw_callback = draw
        self._stale = True
        self.figure = None
        self.canvas = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- for subclasses -------------------------------------------------
    def draw_figure(self, figure) -> None:
        if self._draw_callback is not None:
            self._draw_callback(figure)

    # -- public ---------------------------------------------------------
    def mark_stale(self) -> None:
        """Data changed: redraw now if visible, else on next show."""
        self._stale = True
        if self.isVisible():
            self.redraw()

    def redraw(self) -> None:
        """Rebuild the figure contents and schedule a paint."""
        self._ensure_canvas()
        self.figure.clear()
        self.draw_figure(self.figure)
        self._stale = False
        self.canvas.draw_idle()

    def draw_now(self) -> None:
        """Render synchronously (screenshots and benchmarks)."""
        if self._stale or self.canvas is None:
            self.redraw()
        self.canvas.draw()

    def is_stale(self) -> bool:
        return self._stale

    # -- Qt -------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self.redraw()

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(layout="constrained", dpi=100)
        self.figure.set_facecolor(self.palette().window().color().name())
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        self._layout.addWidget(self.canvas)
