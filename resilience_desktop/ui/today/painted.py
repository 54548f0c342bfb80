"""QPainter widgets for Today (no matplotlib on the start path): the week's
guideline-minutes ring and the 30-day mood sparkline."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from resilience_desktop.core import clock
from resilience_desktop.charts.plots.style import ACCENT, QUADRANT_COLOURS
from resilience_desktop.core.i18n import format_decimal, translate

RING_DONE = "#5cb85c"


class WeekRing(QWidget):
    """A ring filled to minutes / target (full at the target), the minutes in the middle."""

    def __init__(self, target: int = 150, parent=None) -> None:
        super().__init__(parent)
        self.target = target
        self.minutes = 0
        self.setObjectName("week_ring")
        self.setFixedSize(120, 120)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))
        self.setAccessibleName(translate("Resilience", "{minutes} of {target} guideline minutes this week").format(minutes=self.minutes, target=self.target))
        self.setToolTip(self.accessibleName())
        self.update()

    def share(self) -> float:
        return min(1.0, self.minutes / self.target) if self.target else 0.0

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = 12
        rect = QRectF(width / 2 + 2, width / 2 + 2, self.width() - width - 4,
                      self.height() - width - 4)
        track = self.palette().mid().color()  # (no QPalette enums on the start path)
        painter.setPen(QPen(track, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawEllipse(rect)
        colour = QColor(RING_DONE if self.minutes >= self.target else ACCENT)
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        span = int(-self.share() * 360 * 16)
        if span:
            painter.drawArc(rect, 90 * 16, span)
        painter.setPen(self.palette().windowText().color())
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect.adjusted(0, -10, 0, -10), Qt.AlignmentFlag.AlignCenter,
                         str(self.minutes))
        font.setPointSizeF(font.pointSizeF() / 1.5 * 0.85)
        font.setBold(False)
        painter.setFont(font)
        painter.drawText(rect.adjusted(0, 22, 0, 22), Qt.AlignmentFlag.AlignCenter,
                         translate("Resilience", "of {target} min").format(target=self.target))


class MoodSparkline(QWidget):
    """Daily mean pleasantness (−5…+5) over the last `days` days, a dot per day with a check-in."""

    def __init__(self, days: int = 30, parent=None) -> None:
        super().__init__(parent)
        self.days = days
        self.end = clock.today()
        self.points: dict[date, float] = {}
        self.setObjectName("mood_sparkline")
        self.setMinimumHeight(70)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(320, 70)

    def set_points(self, end: date, points: dict[date, float]) -> None:
        self.end, self.points = end, dict(points)
        if points:
            mean = sum(points.values()) / len(points)
            summary = (translate("Resilience", "Mood over the last {days} days: {points} days with a check-in, average pleasantness {mean} (from −5 to +5)").format(days=self.days, points=len(points), mean=format_decimal(mean, 1)))
        else:
            summary = translate("Resilience", "No mood check-ins in the last {days} days").format(days=self.days)
        self.setAccessibleName(summary)
        self.setToolTip(summary)
        self.update()

    def _xy(self, rect: QRectF, day: date, value: float) -> QPointF:
        index = self.days - 1 - (self.end - day).days
        x = rect.left() + index / max(1, self.days - 1) * rect.width()
        y = rect.top() + (5 - value) / 10 * rect.height()
        return QPointF(x, y)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(6, 6, self.width() - 12, self.height() - 12)
        mid = self.palette().mid().color()
        painter.setPen(QPen(mid, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(rect.left(), rect.center().y()),
                         QPointF(rect.right(), rect.center().y()))
        start = self.end - timedelta(days=self.days - 1)
        days = [start + timedelta(days=i) for i in range(self.days)]
        # A day without a check-in: the line joins its neighbours.
        line = QPolygonF([self._xy(rect, day, self.points[day]) for day in days
                          if day in self.points])
        painter.setPen(QPen(QColor(ACCENT), 2))
        painter.drawPolyline(line)
        painter.setPen(Qt.PenStyle.NoPen)
        for day, value in self.points.items():
            colour = QUADRANT_COLOURS["low_pleasant" if value > 0 else
                                      "neutral" if value == 0 else "low_unpleasant"]
            painter.setBrush(QColor(colour))
            painter.drawEllipse(self._xy(rect, day, value), 3.5, 3.5)
