"""Date fields that cannot leave the years every stored date falls in (1900–2200,
core/date_range.py): the one place the window's QDateEdit/QDateTimeEdit get their
minimum and maximum. A stored day outside the range (an old journal) shows
clamped to its edge instead of breaking the field.

``OneStopDateEdit`` is a date field that is one Tab stop: Qt's QDateEdit spends
a Tab press on each of its sections (day, month, year), which put the Journal's
text 8 presses from the tab bar. Arrow keys still move between the sections and
change them, and typing works as before."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from resilience_desktop.core import date_range


def limit_to_date_range(edit: QDateTimeEdit, latest: date | None = None) -> QDateTimeEdit:
    """edit (a QDateEdit or QDateTimeEdit) limited to 1900-01-01 .. latest (2200-12-31)."""
    last = min(latest or date_range.LATEST, date_range.LATEST)
    edit.setDateRange(QDate(date_range.EARLIEST), QDate(last))
    return edit


class OneStopDateEdit(QDateEdit):
    """A QDateEdit that Tab leaves in one press (left/right arrows move between its
    sections, up/down change one)."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt API)
        return QWidget.focusNextPrevChild(self, forward)
