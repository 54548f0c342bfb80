"""The Self-checks page: each questionnaire's latest score, reading, change,
rhythm and chart over time; the gentle care note linking to Support."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from resilience_desktop.charts.canvas import ChartCanvas
from resilience_desktop.services.insights import readings, responses, rhythm, scale_translations
from resilience_desktop.services.insights.figures import SelfCheckFigures
from resilience_desktop.services.dates import format_day
from resilience_desktop.services.insights.scales import (NOT_A_DIAGNOSIS, SCALES, Scale,
                                                          chart_bands, format_score)
from resilience_desktop.core.i18n import month_name, translate

# Fixed calm colours in light and dark themes alike, text included.
NOTE_STYLE = ("QFrame#care_note { background: #eef5f7; border: 1px solid #9cc3cf;"
              " border-radius: 6px; } QFrame#care_note QLabel { color: #1f3a44; }")


def placeholder_label(name: str) -> QLabel:
    """The line a sub-page shows while its figures are worked out (or why they are not)."""
    label = QLabel(translate("Resilience", "Working out your figures…"))
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setMargin(12)
    return label


def _label(text: str = "", name: str = "", small: bool = False) -> QLabel:
    label = QLabel(translate("Resilience", text))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    if small:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        label.setFont(font)
        label.setStyleSheet("color: palette(placeholder-text);")
    return label


def scale_series(scale: Scale, points, start: date | None, end: date):
    """The scale's scores over [start, end]; points are (day, score), oldest first."""
    import resilience_desktop.charts.plots.insights as plots  # only these (plots.X: every tab's charts)

    first = start if start is not None else (points[0][0] if points else None)
    return plots.ScaleSeries(scale.short_name, scale.score_range, list(points),
                             chart_bands(scale), first, end)


def draw_series(figure, scale: Scale, points, start: date | None, end: date) -> None:
    import resilience_desktop.charts.plots.insights as plots
    from resilience_desktop.charts.plots import one_axes_layout

    ax = figure.add_subplot()
    plots.draw_scale_history(ax, scale_series(scale, points, start, end))
    if ax.axison and one_axes_layout.fits(figure):  # constrained layout's place, found cheaper
        figure.set_layout_engine(one_axes_layout.OneAxesLayout())


class ScaleCard(QFrame):
    """One questionnaire: text on the left, its chart on the right."""

    def __init__(self, scale: Scale, page: SelfCheckPage) -> None:
        super().__init__()
        self.scale = scale
        self.page = page
        self.setObjectName(f"{scale.id}_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        shown = scale_translations.shown_scale(scale)  # the validated translation, if any
        self.title_label = _label(f"<b>{shown.name}</b>", f"{scale.id}_title")
        self.score_label = _label("", f"{scale.id}_score")
        self.reading_label = _label("", f"{scale.id}_reading")
        self.change_label = _label("", f"{scale.id}_change")
        self.disclaimer_label = _label(f"<i>{translate('Resilience', NOT_A_DIAGNOSIS)}</i>", f"{scale.id}_disclaimer")
        self.citation_label = _label(shown.citation, f"{scale.id}_citation", small=True)
        self.take_button = QPushButton(translate("Resilience", "Answer the {short_name}…").format(short_name=scale.short_name))
        self.take_button.setObjectName(f"{scale.id}_take_button")
        self.take_button.clicked.connect(lambda: page.take_requested(scale.id))
        self.rhythm_combo = QComboBox()
        self.rhythm_combo.setObjectName(f"{scale.id}_rhythm_combo")
        self.rhythm_combo.setAccessibleName(translate("Resilience", "How often to suggest the {short_name}").format(short_name=scale.short_name))
        for days, label in rhythm.RHYTHM_CHOICES:
            self.rhythm_combo.addItem(translate("Resilience", label), days)
        self.due_label = _label("", f"{scale.id}_due")
        self.latest: responses.ScoredResponse | None = None
        self.figures: SelfCheckFigures | None = None  # what the card and its chart show
        self.remove_button = QPushButton(translate("Resilience", "Remove the latest answer…"))
        self.remove_button.setObjectName(f"{scale.id}_remove_button")
        self.remove_button.setAccessibleName(
            self.tr("Remove the latest {0} answer").format(scale.short_name))
        self.remove_button.setFlat(True)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.canvas = ChartCanvas(self._draw, min_height=170, update=self._update)
        self.canvas.setObjectName(f"{scale.id}_canvas")
        self.canvas.setFixedHeight(215)
        self._build_layout()

    def _build_layout(self) -> None:
        text = QVBoxLayout()
        for widget in (self.title_label, self.score_label, self.reading_label,
                       self.change_label, self.disclaimer_label):
            text.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.take_button)
        row.addStretch(1)
        text.addLayout(row)
        row = QHBoxLayout()  # its own row: with the scale's name it needs the width
        suggest_label = QLabel(translate("Resilience", "Suggest the {short_name}:").format(
            short_name=self.scale.short_name))  # one name per box: three cards on a screen
        suggest_label.setBuddy(self.rhythm_combo)  # what a screen reader names the box by
        row.addWidget(suggest_label)
        row.addWidget(self.rhythm_combo)
        row.addStretch(1)
        text.addLayout(row)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_label, 1)
        due_row.addWidget(self.remove_button)
        text.addLayout(due_row)
        text.addWidget(self.citation_label)
        text.addStretch(1)
        holder = QWidget()
        holder.setLayout(text)
        holder.setFixedWidth(470)
        layout = QHBoxLayout(self)
        layout.addWidget(holder)
        layout.addWidget(self.canvas, 1)

    def _draw(self, figure) -> None:
        if self.figures is not None:
            points = self.figures.scales[self.scale.id].points
            draw_series(figure, self.scale, points, self.figures.start, self.figures.end)

    def _update(self, figure) -> bool:
        """Another period or other scores move the kept line (ChartCanvas: updating in
        place, issue 20); False: drawn anew."""
        import resilience_desktop.charts.plots.insights as plots

        if self.figures is None:
            return False
        points = self.figures.scales[self.scale.id].points
        return plots.update_scale_history(figure.axes[0], scale_series(
            self.scale, points, self.figures.start, self.figures.end))

    def refresh(self, figures: SelfCheckFigures) -> None:
        self.figures = figures
        last_two = list(figures.scales[self.scale.id].last_two)
        self.latest = last_two[-1] if last_two else None
        self.remove_button.setVisible(self.latest is not None)
        if last_two:
            current = last_two[-1]
            band = (f" — {translate('Resilience', current.band.label)}" if current.band
                    else "")
            self.score_label.setText(
                translate("Resilience", "Latest: <b>{score}</b>{band} ({taken_on})").format(score=format_score(self.scale, current.score), band=band, taken_on=format_day(current.taken_on)))
            self.reading_label.setText(readings.reading(current))
            previous = last_two[0] if len(last_two) == 2 else None
            self.change_label.setText(readings.change_reading(previous, current))
        else:
            self.score_label.setText(translate("Resilience", "Not answered yet."))
            self.reading_label.setText(translate("Resilience", "It takes about a minute. Your answers stay on this "
                                       "computer."))
            self.change_label.clear()
        self.disclaimer_label.setVisible(bool(last_two))
        days = figures.intervals.get(self.scale.id, 0)
        self.rhythm_combo.blockSignals(True)
        index = self.rhythm_combo.findData(days)
        if index < 0:
            self.rhythm_combo.addItem(rhythm.interval_label(days), days)
            index = self.rhythm_combo.count() - 1
        self.rhythm_combo.setCurrentIndex(index)
        self.rhythm_combo.blockSignals(False)
        due = any(check.scale_id == self.scale.id for check in figures.due)
        self.due_label.setText(translate("Resilience", "<b>Due now.</b>") if due else "")
        self.due_label.setVisible(due)  # an empty label is a silent stop for a screen reader
        self.canvas.mark_stale()

    def _on_remove_button_clicked(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        latest = self.latest
        if latest is None:
            return
        when = f"{latest.taken_on.day} {month_name(latest.taken_on.month)} {latest.taken_on.year}"
        answer = QMessageBox.question(
            self, translate("Resilience", "Remove an answer"),
            translate("Resilience", "Remove your {short_name} answers of {when}? They cannot be brought back.").format(short_name=self.scale.short_name, when=when))
        if answer == QMessageBox.StandardButton.Yes:
            responses.delete_response(latest.id)
            self.page.tab.context.signals.insights_changed.emit()


class SelfCheckPage(QWidget):
    def __init__(self, tab) -> None:
        super().__init__()
        self.tab = tab
        self.setObjectName("selfcheck_page")
        self.care_note = self._build_care_note()
        self.cards = {scale_id: ScaleCard(scale, self) for scale_id, scale in SCALES.items()}
        for card in self.cards.values():
            card.rhythm_combo.currentIndexChanged.connect(
                lambda _i, c=card: tab.rhythm_changed(c.scale.id, c.rhythm_combo.currentData()))
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.care_note)
        grid = QGridLayout()
        for row, card in enumerate(self.cards.values()):
            grid.addWidget(card, row, 0)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("selfcheck_scroll")
        scroll.setAccessibleName(translate("Resilience", "Self-checks"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.scroll = scroll
        scroll.setVisible(False)  # until the figures are worked out
        self.placeholder = placeholder_label("selfcheck_placeholder")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(scroll)

    def _build_care_note(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("care_note")
        frame.setAccessibleName(translate("Resilience", "A note about support"))
        frame.setStyleSheet(NOTE_STYLE)
        text = _label(readings.CARE_NOTE, "care_note_text")
        button = QPushButton(translate("Resilience", "Open the Support page"))
        button.setObjectName("care_support_button")
        button.clicked.connect(lambda: self.tab.context.signals.show_tab_requested.emit("Support"))
        row = QHBoxLayout(frame)
        row.addWidget(text, 1)
        row.addWidget(button)
        frame.setVisible(False)
        return frame

    def take_requested(self, scale_id: str) -> None:
        self.tab.take_questionnaire(scale_id)

    def show_figures(self, figures: SelfCheckFigures) -> None:
        """Fill every card from figures (worked out off the GUI thread); charts redraw.
        The cards are filled before they are shown: shown first, each chart would draw
        once empty and again with the figures (~100 ms a chart at 100 years)."""
        for card in self.cards.values():
            card.refresh(figures)
        self.care_note.setVisible(figures.care_note)
        self.placeholder.setVisible(False)
        self.scroll.setVisible(True)

    def show_placeholder(self, text: str) -> None:
        """Before the first figures arrive, or when working them out failed."""
        self.placeholder.setText(text)
        self.placeholder.setVisible(True)
        self.scroll.setVisible(False)

    def canvases(self) -> list[ChartCanvas]:
        return [card.canvas for card in self.cards.values()]
