"""Make a changed setting take effect in an open window, without a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel

from resilience_desktop.services import dates, settings


def _rebuild_item_text(window) -> None:
    """Views ask their models again while painting; models that cache text drop it."""
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        while model is not None and not hasattr(model, "clear_cache") and \
                hasattr(model, "sourceModel"):
            model = model.sourceModel()
        if model is not None and hasattr(model, "clear_cache"):
            model.clear_cache()
        view.viewport().update()


def _recolour_widgets() -> None:
    """What a new palette does not reach by itself (issue 19: right only after a restart):
    a style sheet's palette(...) colours are resolved when the sheet is applied, and a
    rich-text label's links keep the link colour of the palette its text was set in."""
    for widget in QApplication.allWidgets():
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())  # applies it again, in the new palette
        if isinstance(widget, QLabel) and _is_rich(widget):
            text = widget.text()
            widget.clear()  # setText with the same text would change nothing
            widget.setText(text)


def _is_rich(label: QLabel) -> bool:
    return label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))


def apply_preference(window, key: str) -> None:
    if key == settings.THEME:
        from resilience_desktop.charts.canvas import ChartCanvas
        from resilience_desktop.ui.settings.theme import apply_theme

        apply_theme(settings.load_settings()[settings.THEME])
        _recolour_widgets()
        for canvas in window.findChildren(ChartCanvas):
            canvas.mark_stale()  # charts take their colours from the palette
        _rebuild_item_text(window)
    elif key == settings.DATE_FORMAT:
        dates.set_date_format(None)
        _rebuild_item_text(window)
    elif key == settings.WEEK_START:
        from resilience_desktop.charts.canvas import ChartCanvas

        from PySide6.QtWidgets import QCalendarWidget

        from resilience_desktop.ui.widgets.date_fields import first_day_of_week

        for canvas in window.findChildren(ChartCanvas):
            canvas.mark_stale()  # weekly bars and the journal's pixels begin on that day
        for calendar in window.findChildren(QCalendarWidget):
            calendar.setFirstDayOfWeek(first_day_of_week())
    elif key == settings.CADENCES:
        window.context.signals.people_changed.emit()  # statuses depend on the cadence
