"""PacerWidget: the breathing pacer, painted with QPainter from a monotonic clock.

What it shows is ``phase_at(pattern, stopwatch.elapsed())``: never a count
of timer ticks, so repaints that come late or not at all cannot make it
drift. The frame timer only asks for repaints (~60 per second while
running, none when stopped or paused). Reduced motion draws a progress bar
and words instead of the growing and shrinking circle, at 10 frames a second.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from resilience_desktop.services.calm.clock import MonotonicClock, Stopwatch
from resilience_desktop.services.calm.meditation import clock_text
from resilience_desktop.services.calm.patterns import (BUILT_IN_PATTERNS, BreathingPattern,
                                                       PhaseState, phase_at, session_seconds)
from resilience_desktop.core.i18n import translate

FRAME_MS, REDUCED_FRAME_MS = 16, 100
PHASE_COLOURS = {"in": "#3f7f93", "top_up": "#3f7f93", "hold_in": "#7b6fb0",
                 "out": "#5b7db1", "hold_out": "#7b6fb0"}


class PacerWidget(QWidget):
    phase_changed = Signal(str)  # the phase that just began
    finished = Signal()  # the planned breaths are done

    def __init__(self, clock=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pacer")
        self.setAccessibleName(translate("Resilience", "Breathing pacer"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 240)
        self.stopwatch = Stopwatch(clock or MonotonicClock())
        self.pattern: BreathingPattern = BUILT_IN_PATTERNS[0]
        self.cycles = 1
        self.reduced_motion = False
        self.frames_painted = 0
        self._phase_key: tuple[int, int] | None = None
        self._backdrop: QPixmap | None = None  # background and guide ring, per size
        self._fonts: tuple[QFont, QFont, QFont] | None = None
        self.frame_timer = QTimer(self)
        self.frame_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.frame_timer.timeout.connect(self.tick)

    # -- session ----------------------------------------------------------
    def set_clock(self, clock) -> None:
        self.stopwatch = Stopwatch(clock)

    def set_session(self, pattern: BreathingPattern, cycles: int) -> None:
        self.pattern, self.cycles = pattern, max(1, cycles)
        self.update()

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced
        self._backdrop = None
        if self.frame_timer.isActive():
            self.frame_timer.start(REDUCED_FRAME_MS if reduced else FRAME_MS)
        self.update()

    @property
    def total_seconds(self) -> float:
        return session_seconds(self.pattern, self.cycles)

    @property
    def running(self) -> bool:
        return self.stopwatch.running

    def start(self) -> None:
        self.stopwatch.start()
        self._phase_key = None
        self._run_frames(True)
        self.tick()

    def pause(self) -> None:
        self.stopwatch.pause()
        self._run_frames(False)
        self.update()

    def resume(self) -> None:
        self.stopwatch.resume()
        self._run_frames(True)
        self.update()

    def stop(self) -> float:
        """End the session; returns the seconds breathed (pauses not counted)."""
        elapsed = self.elapsed()
        self.stopwatch.reset()
        self._run_frames(False)
        self._phase_key = None
        self.update()
        return elapsed

    def elapsed(self) -> float:
        return min(self.stopwatch.elapsed(), self.total_seconds)

    def state(self) -> PhaseState | None:
        if not self.stopwatch.started:
            return None
        return phase_at(self.pattern, min(self.elapsed(), self.total_seconds - 1e-6))

    def _run_frames(self, on: bool) -> None:
        if on:
            self.frame_timer.start(REDUCED_FRAME_MS if self.reduced_motion else FRAME_MS)
        else:
            self.frame_timer.stop()

    def tick(self) -> None:
        """Look at the clock: announce a new phase or the end, and ask for a repaint."""
        if not self.stopwatch.running:
            return
        if self.stopwatch.elapsed() >= self.total_seconds:
            self.stopwatch.pause()
            self._run_frames(False)
            self.update()
            self.finished.emit()
            return
        state = self.state()
        key = (state.cycle, state.phase_index)
        if key != self._phase_key:
            self._phase_key = key
            self.phase_changed.emit(state.phase)
        self.update()

    # -- what the person reads --------------------------------------------
    def caption(self) -> tuple[str, str, str]:
        """(phase word, seconds left in the phase, "breaths done · time left")."""
        state = self.state()
        if state is None:
            return (self.pattern.name, self.pattern.timing_text(),
                    translate("Resilience", "{cycles} breaths · {total_seconds} · press Space to start").format(cycles=self.cycles, total_seconds=clock_text(self.total_seconds)))
        done = min(state.cycle, self.cycles)
        left = clock_text(self.total_seconds - self.elapsed())
        word = state.word if self.stopwatch.running else translate("Resilience", "Paused")
        return (word, f"{math.ceil(state.seconds_left - 1e-9)}",
                translate("Resilience", "{done} of {cycles} breaths done · {left} left").format(done=done, cycles=self.cycles, left=left))

    # -- painting -----------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        self.frames_painted += 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        painter.drawPixmap(0, 0, self._backdrop_pixmap())
        state = self.state()
        if self.reduced_motion:
            self._paint_bar(painter, rect, state)
        else:
            self._paint_circle(painter, rect, state)
        self._paint_captions(painter, rect)
        painter.end()

    def _backdrop_pixmap(self) -> QPixmap:
        """The unchanging part of a frame (background, guide ring), drawn once per size."""
        ratio = self.devicePixelRatioF()
        if self._backdrop is None or self._backdrop.size() != self.size() * ratio:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(self.palette().color(QPalette.ColorRole.AlternateBase))
            if not self.reduced_motion:
                painter = QPainter(pixmap)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                area = QRectF(self.rect()).adjusted(0, 0, 0, -60)
                biggest = min(area.width(), area.height()) * 0.46
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 2,
                                    Qt.PenStyle.DashLine))
                painter.drawEllipse(area.center(), biggest, biggest)
                painter.end()
            self._backdrop = pixmap
        return self._backdrop

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._backdrop = None
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._fonts = None  # the font or the palette (theme) may have changed
        self._backdrop = None
        super().changeEvent(event)

    def _caption_fonts(self) -> tuple[QFont, QFont, QFont]:
        """(phase word, seconds on the circle, seconds under the bar), made once."""
        if self._fonts is None:
            base = self.font().pointSizeF()
            fonts = []
            for scale in (2.2, 2.0, 1.1):
                font = QFont(self.font())
                font.setPointSizeF(base * scale)
                fonts.append(font)
            self._fonts = tuple(fonts)
        return self._fonts

    def _paint_circle(self, painter: QPainter, rect: QRectF, state) -> None:
        size = 0.5 if state is None else state.size
        phase = "in" if state is None else state.phase
        area = rect.adjusted(0, 0, 0, -60)
        biggest = min(area.width(), area.height()) * 0.46
        radius = biggest * (0.35 + 0.65 * size)
        centre = area.center()
        colour = QColor(PHASE_COLOURS[phase])
        colour.setAlpha(210 if state is not None else 120)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)

    def _paint_bar(self, painter: QPainter, rect: QRectF, state) -> None:
        bar = QRectF(rect.left() + 40, rect.center().y() + 20, rect.width() - 80, 22)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(bar, 6, 6)
        if state is not None:
            filled = QRectF(bar.left(), bar.top(), bar.width() * state.progress, bar.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(PHASE_COLOURS[state.phase]))
            painter.drawRoundedRect(filled, 6, 6)

    def _paint_captions(self, painter: QPainter, rect: QRectF) -> None:
        word, seconds, footer = self.caption()
        on_shape = self.state() is not None and not self.reduced_motion
        centre = rect.adjusted(0, 0, 0, -60)
        if self.reduced_motion:
            centre = QRectF(rect.left(), rect.center().y() - 110, rect.width(), 120)
        big, on_circle, under_bar = self._caption_fonts()
        painter.setFont(big)
        text = self.palette().color(QPalette.ColorRole.Text)
        painter.setPen(QColor("#ffffff") if on_shape else text)
        word_rect = QRectF(centre.left(), centre.center().y() - 50, centre.width(), 50)
        painter.drawText(word_rect, Qt.AlignmentFlag.AlignCenter, word)
        painter.setFont(on_circle if on_shape else under_bar)
        painter.drawText(QRectF(centre.left(), centre.center().y(), centre.width(), 50),
                         Qt.AlignmentFlag.AlignCenter, seconds)
        painter.setFont(self.font())
        painter.setPen(text)
        painter.drawText(QRectF(rect.left(), rect.bottom() - 50, rect.width(), 40),
                         Qt.AlignmentFlag.AlignCenter, footer)
