"""Date fields that cannot leave the years every stored date falls in (1900–2200,
core/date_range.py): the one place the window's QDateEdit/QDateTimeEdit get their
minimum and maximum. A stored day outside the range (an old journal) shows
clamped to its edge instead of breaking the field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateTimeEdit

from resilience_desktop.core import date_range


def limit_to_date_range(edit: QDateTimeEdit, latest: date | None = None) -> QDateTimeEdit:
    """edit (a QDateEdit or QDateTimeEdit) limited to 1900-01-01 .. latest (2200-12-31)."""
    last = min(latest or date_range.LATEST, date_range.LATEST)
    edit.setDateRange(QDate(date_range.EARLIEST), QDate(last))
    return edit
