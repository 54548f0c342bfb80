"""The Exercise tab in German: intensity words, the habit-strength note and the table's
column titles are German, and every column is wide enough for its German title (the
widths were measured from the English words, and "Anstrengung" was cut off)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from resilience_desktop.core import clock
from resilience_desktop.services.exercise import sessions as ex
from resilience_desktop.ui.exercise.session_columns import STRETCH
from resilience_desktop.ui.widgets import background
from tests.ui.main_window_helpers import shown_main_window


def test_a_german_exercise_tab_speaks_german_and_fits_its_titles(german, context, qtbot):
    activities = {a.name: a.id for a in ex.list_activities()}
    for hours, name in ((2, "Jogging"), (30, "Walking for pleasure")):
        ex.add_session(ex.SessionInput(clock.now() - timedelta(hours=hours), activities[name],
                                       40, effort=5))
    window = shown_main_window(context, qtbot)
    window.show_tab("Exercise")
    qtbot.waitUntil(background.idle, timeout=30_000)
    tab = window.tab("Exercise")
    view = tab.session_view
    model = view.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    intensity = titles.index("Intensität")
    assert sorted(model.index(r, intensity).data() for r in range(model.rowCount())) == \
        ["intensiv", "mäßig"]
    assert "fällt nie auf null zurück" in tab.summary_panel.habit_label.text()
    assert "Spaltentitel" in model.headerData(0, Qt.Orientation.Horizontal,
                                              Qt.ItemDataRole.ToolTipRole)
    metrics = view.horizontalHeader().fontMetrics()
    for column, title in enumerate(titles):
        if view.isColumnHidden(column) or model.HEADERS[column] == STRETCH:
            continue
        widest_line = max(metrics.horizontalAdvance(line) for line in title.split("\n"))
        assert view.columnWidth(column) >= widest_line, (title, view.columnWidth(column))



def test_the_german_table_shows_an_activity_name_whole_beside_the_charts(german, context, qtbot):
    """German column titles are wider than English ones; the table takes the room they
    need from the charts' side, so an activity such as "Walking for pleasure" is not cut
    to "Walking for…" in a window of the default size."""
    from resilience_desktop.ui.exercise.session_columns import ACTIVITY_ROOM

    activities = {a.name: a.id for a in ex.list_activities()}
    ex.add_session(ex.SessionInput(clock.now() - timedelta(hours=2), activities[ACTIVITY_ROOM], 40))
    window = shown_main_window(context, qtbot)
    window.show_tab("Exercise")
    qtbot.waitUntil(background.idle, timeout=30_000)
    tab = window.tab("Exercise")
    view = tab.session_view
    qtbot.waitUntil(view.isVisible)
    activity = view.model().HEADERS.index(STRETCH)
    assert view.columnWidth(activity) >= view.fontMetrics().horizontalAdvance(ACTIVITY_ROOM)
    assert tab.charts_panel.width() >= 0.38 * (tab.charts_panel.width() + view.width())
