"""Column sizes of the session table, and a header menu to show or hide columns.

The table sits next to the charts, so it shows what matters most by default
(date, activity, minutes, intensity, effort, mood) with widths measured from
the font; Distance, With and Notes can be switched on from the header's
right-click menu (the choice is remembered). The Activity column stretches.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from resilience_desktop.services.preferences import get_preference, set_preference
from resilience_desktop.ui.exercise.session_table_model import COLUMNS
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from resilience_desktop.services.exercise.intensity import INTENSITY_NAMES, intensity_name

HIDDEN_COLUMNS_KEY = "exercise.hidden_columns"
DEFAULT_HIDDEN = (QT_TRANSLATE_NOOP("Resilience", "Distance"), QT_TRANSLATE_NOOP("Resilience", "With"), QT_TRANSLATE_NOOP("Resilience", "Notes"))
STRETCH = QT_TRANSLATE_NOOP("Resilience", "Activity")
# the widest text each column usually holds (cells are measured, not guessed)
SAMPLES = {"Date": QT_TRANSLATE_NOOP("Resilience", "Wed 28 Nov 2026"), "Start": "19:00", "Activity": QT_TRANSLATE_NOOP("Resilience", "Dancing, salsa or cultural"),
           "Minutes": QT_TRANSLATE_NOOP("Resilience", "Minutes"), "Intensity": "moderate", "Effort": QT_TRANSLATE_NOOP("Resilience", "Effort"),
           "Distance": QT_TRANSLATE_NOOP("Resilience", "30.20 km"), "Mood before": "before", "Mood after": "before",
           "With": QT_TRANSLATE_NOOP("Resilience", "Ana Novak, Riverside book club"), "Notes": QT_TRANSLATE_NOOP("Resilience", "A long note about the session")}
CELL_PADDING = 12
SORT_ARROW = 10
# An activity name the table should show whole beside the charts (a catalogue name:
# content, never translated); longer ones are elided, their tooltip holds them.
ACTIVITY_ROOM = "Walking for pleasure"


def size_columns(view: QTableView) -> None:
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    for column, (title, _display, _sort) in enumerate(COLUMNS):
        shown = translate("Resilience", title)  # measured as the header shows it
        words = shown.split()
        label = max(words, key=metrics.horizontalAdvance) if len(words) == 2 else shown
        width = max(metrics.horizontalAdvance(_sample(title)),
                    metrics.horizontalAdvance(label) + SORT_ARROW)
        view.setColumnWidth(column, width + CELL_PADDING)
        if title == STRETCH:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(metrics.horizontalAdvance("+5") + CELL_PADDING)
    apply_hidden_columns(view)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda pos: _show_header_menu(view, pos))


def preferred_width(view: QTableView) -> int:
    """The width the table needs to show its shown columns and an activity name such as
    ACTIVITY_ROOM whole: in German the other columns' titles take ~100 px more, which
    squeezed the stretching Activity column to "Walking for…" (session 8)."""
    columns = sum(view.columnWidth(column) for column, (title, _d, _s) in enumerate(COLUMNS)
                  if title != STRETCH and not view.isColumnHidden(column))
    activity = view.fontMetrics().horizontalAdvance(ACTIVITY_ROOM) + CELL_PADDING
    vertical_header = view.verticalHeader().sizeHint().width() if view.verticalHeader().isVisible() else 0
    return (columns + activity + vertical_header + 2 * view.frameWidth()
            + view.verticalScrollBar().sizeHint().width())


def _sample(title: str) -> str:
    """The widest text the column usually holds, in the window's language."""
    if title == "Intensity":
        return max((intensity_name(kind) for kind in INTENSITY_NAMES), key=len)
    return translate("Resilience", SAMPLES.get(title, title))


def hidden_columns() -> list[str]:
    value = get_preference(HIDDEN_COLUMNS_KEY, list(DEFAULT_HIDDEN))
    return [title for title in value if isinstance(title, str)] if isinstance(value, list) \
        else list(DEFAULT_HIDDEN)


def apply_hidden_columns(view: QTableView) -> None:
    hidden = set(hidden_columns())
    for column, (title, _display, _sort) in enumerate(COLUMNS):
        view.setColumnHidden(column, title in hidden and title != STRETCH)


def _show_header_menu(view: QTableView, pos) -> None:
    menu = QMenu(view)
    menu.setObjectName("columns_menu")
    hidden = set(hidden_columns())
    for title, _display, _sort in COLUMNS:
        if title == STRETCH:
            continue
        action = menu.addAction(translate("Resilience", title))
        action.setCheckable(True)
        action.setChecked(title not in hidden)
        action.toggled.connect(lambda shown, t=title: _set_column_shown(view, t, shown))
    menu.exec(view.horizontalHeader().mapToGlobal(pos))
    menu.deleteLater()


def _set_column_shown(view: QTableView, title: str, shown: bool) -> None:
    hidden = [t for t in hidden_columns() if t != title] + ([] if shown else [title])
    set_preference(HIDDEN_COLUMNS_KEY, hidden)
    apply_hidden_columns(view)
