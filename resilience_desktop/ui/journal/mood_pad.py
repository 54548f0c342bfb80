"""MoodPadWidget: a 2-D pad, pleasantness −5…+5 across, energy −5…+5 up,
coloured by quadrant. Click or drag to place the point; arrow keys move it
(left/right pleasantness, up/down energy). Screen readers get it as an
adjustable control whose value reads "pleasant 3, energy −2"
(mood_pad_accessible.py)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleValueChangeEvent, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from resilience_desktop.charts.plots.style import QUADRANT_COLOURS
from resilience_desktop.ui.journal import mood_pad_accessible
from resilience_desktop.core.i18n import translate

RANGE = 5


class MoodPadWidget(QWidget):
    changed = Signal()
    RANGE = RANGE

    def __init__(self, parent=None) -> None:
        mood_pad_accessible.install()
        super().__init__(parent)
        self._value: tuple[int, int] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(150, 150)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Mood check-in: how pleasant (left to right) and how energetic "
                                "(bottom to top) do you feel? Click to place the point."))
        self.setAccessibleName(self.tr("Mood pad"))
        self.setAccessibleDescription(self.tr(
            "How pleasant and how energetic you feel, −5 to +5 each. Left and right arrow "
            "keys change pleasantness, up and down change energy."))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(160, 160)

    def value(self) -> tuple[int, int] | None:
        """(pleasantness, energy) or None when there is no check-in."""
        return self._value

    def value_text(self) -> str:
        """The value as a screen reader says it: "pleasant 3, energy −2"."""
        if self._value is None:
            return self.tr("not placed yet")
        pleasant, energy = (str(v).replace("-", "−") for v in self._value)
        return self.tr("pleasant {0}, energy {1}").format(pleasant, energy)

    def set_value(self, value: tuple[int, int] | None, emit: bool = False) -> None:
        if value is not None:
            value = (max(-RANGE, min(RANGE, int(value[0]))),
                     max(-RANGE, min(RANGE, int(value[1]))))
        if value != self._value:
            self._value = value
            self.update()
            if QAccessible.isActive():  # Orca reads the new point as the keys move it
                QAccessible.updateAccessibility(
                    QAccessibleValueChangeEvent(self, self.value_text()))
            if emit:
                self.changed.emit()

    # -- geometry -----------------------------------------------------------
    def _square(self) -> QRectF:
        side = min(self.width(), self.height()) - 2
        return QRectF(1, 1, side, side)

    def point_for(self, value: tuple[int, int]) -> QPointF:
        square = self._square()
        x = square.left() + (value[0] + RANGE) / (2 * RANGE) * square.width()
        y = square.top() + (RANGE - value[1]) / (2 * RANGE) * square.height()
        return QPointF(x, y)

    def value_at(self, point: QPointF) -> tuple[int, int]:
        square = self._square()
        pleasantness = round((point.x() - square.left()) / square.width() * 2 * RANGE - RANGE)
        energy = round(RANGE - (point.y() - square.top()) / square.height() * 2 * RANGE)
        return pleasantness, energy

    # -- Qt events -----------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.set_value(self.value_at(event.position()), emit=True)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.set_value(self.value_at(event.position()), emit=True)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                 Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}
        step = steps.get(event.key())
        if step is None:
            super().keyPressEvent(event)
            return
        p, e = self._value or (0, 0)
        self.set_value((p + step[0], e + step[1]), emit=True)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        square = self._square()
        half_w, half_h = square.width() / 2, square.height() / 2
        quadrants = (("high_unpleasant", 0, 0), ("high_pleasant", 1, 0),
                     ("low_unpleasant", 0, 1), ("low_pleasant", 1, 1))
        for key, col, row in quadrants:
            colour = QColor(QUADRANT_COLOURS[key])
            colour.setAlpha(70)
            painter.fillRect(QRectF(square.left() + col * half_w, square.top() + row * half_h,
                                    half_w, half_h), colour)
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.drawRect(square)
        painter.drawLine(QPointF(square.center().x(), square.top()),
                         QPointF(square.center().x(), square.bottom()))
        painter.drawLine(QPointF(square.left(), square.center().y()),
                         QPointF(square.right(), square.center().y()))
        font = painter.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        painter.setFont(font)
        painter.setPen(self.palette().color(self.foregroundRole()))  # readable in dark themes
        line = painter.fontMetrics().height()
        # Both labels sit inside a quadrant, clear of the lines and the pad's edge.
        painter.drawText(QRectF(square.center().x() + 4, square.top() + 3,
                                half_w - 8, line), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignTop, translate("Resilience", "energy ↑"))
        painter.drawText(QRectF(square.center().x() + 4, square.center().y() + 3,
                                half_w - 10, line), Qt.AlignmentFlag.AlignRight
                         | Qt.AlignmentFlag.AlignTop, translate("Resilience", "pleasant →"))
        if self.hasFocus():  # a clear focus mark for keyboard users
            painter.setPen(QPen(self.palette().highlight().color(), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(square.adjusted(1, 1, -1, -1))
        if self._value is not None:
            centre = self.point_for(self._value)
            painter.setPen(QPen(QColor("#222222"), 2))
            painter.setBrush(QColor("#ffffff"))
            painter.drawEllipse(centre, 6, 6)
