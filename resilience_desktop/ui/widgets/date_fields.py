"""Date fields that cannot leave the years every stored date falls in (1900–2200,
core/date_range.py): the one place the window's QDateEdit/QDateTimeEdit get their
minimum and maximum. A stored day outside the range (an old journal) shows
clamped to its edge instead of breaking the field.

``OneStopDateEdit`` is a date field that is one Tab stop: Qt's QDateEdit spends
a Tab press on each of its sections (day, month, year), which put the Journal's
text 8 presses from the tab bar. Arrow keys still move between the sections and
change them, and typing works as before.

A field's calendar pop-up begins its weeks on Settings → Week starts on (until one is
chosen Qt's default, the locale's first day: QLocale), as every weekly chart does."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from resilience_desktop.core import date_range


def limit_to_date_range(edit: QDateTimeEdit, latest: date | None = None) -> QDateTimeEdit:
    """edit (a QDateEdit or QDateTimeEdit) limited to 1900-01-01 .. latest (2200-12-31)."""
    last = min(latest or date_range.LATEST, date_range.LATEST)
    edit.setDateRange(QDate(date_range.EARLIEST), QDate(last))
    if edit.calendarPopup() and edit.calendarWidget() is not None:
        edit.calendarWidget().setFirstDayOfWeek(first_day_of_week())
    return edit


def first_day_of_week() -> Qt.DayOfWeek:
    """Settings → Week starts on as Qt's day (the locale's until one is chosen)."""
    from resilience_desktop.services.dates import week_start_preference

    try:
        sunday = week_start_preference() == "sunday"
    except Exception:  # no journal open (nothing to read the choice from): the locale's
        from PySide6.QtCore import QLocale

        return QLocale().firstDayOfWeek()
    return Qt.DayOfWeek.Sunday if sunday else Qt.DayOfWeek.Monday


class OneStopDateEdit(QDateEdit):
    """A QDateEdit that Tab leaves in one press (left/right arrows move between its
    sections, up/down change one)."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt API)
        return QWidget.focusNextPrevChild(self, forward)
