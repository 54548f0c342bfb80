"""The Exercise tab: log sessions, see the week against the WHO guideline, charts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QLabel,
                               QMenu, QMessageBox, QPushButton, QSplitter, QStackedWidget,
                               QTableView, QVBoxLayout)

from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.services.exercise import sessions as ex
from resilience_desktop.services.exercise.importing import preview_csv
from resilience_desktop.services.exercise.stats import WEEK_START_KEY
from resilience_desktop.services.preferences import set_preference
from resilience_desktop.ui.exercise.activity_dialog import ActivityCatalogueDialog
from resilience_desktop.ui.exercise.charts_panel import ExerciseChartsPanel
from resilience_desktop.ui.exercise.import_dialog import ImportPreviewDialog
from resilience_desktop.ui.exercise.session_dialog import SessionDialog
from resilience_desktop.ui.exercise.session_columns import preferred_width, size_columns
from resilience_desktop.ui.exercise.session_table_model import ExerciseSessionTableModel
from resilience_desktop.ui.exercise.summary_panel import ExerciseSummaryPanel
from resilience_desktop.ui.widgets.base_tab import BaseTab
from resilience_desktop.ui.widgets.empty_state import EmptyStatePanel
from resilience_desktop.ui.widgets.selection_buttons import enable_with_selection
from resilience_desktop.core.i18n import translate

# The table's and the charts' first widths (the splitter keeps their proportion as the
# window is resized): the table gets what its columns need, at least TABLE_WIDTH and at
# most TABLE_SHARE of the two, so a large font cannot squeeze the charts out.
TABLE_WIDTH, CHARTS_WIDTH = 690, 570
TABLE_SHARE = 0.6


def _split(needed: int) -> list[int]:
    total = TABLE_WIDTH + CHARTS_WIDTH
    table = min(max(TABLE_WIDTH, needed), int(total * TABLE_SHARE))
    return [table, total - table]


class ExerciseTab(BaseTab):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self._undo_stack: list[ex.DeletedSession] = []
        self.summary_panel = ExerciseSummaryPanel()
        self.session_model = ExerciseSessionTableModel(self)
        self.session_view = self._build_view()
        self.charts_panel = ExerciseChartsPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("splitter")
        splitter.addWidget(self._build_sessions_stack())
        splitter.addWidget(self.charts_panel)
        splitter.setSizes(_split(preferred_width(self.session_view)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_panel)
        layout.addLayout(self._build_buttons())
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_status_line())
        enable_with_selection(self.session_view, self.edit_button, self.delete_button)
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self._on_undo_button_clicked)
        self.summary_panel.week_start_combo.currentIndexChanged.connect(
            self._on_week_start_combo_changed)
        self.listen(context.signals.exercise_changed, self.refresh)
        self.listen(context.signals.data_replaced, self.refresh)
        self.listen(context.signals.people_changed, self.refresh)
        self.listen(context.signals.preferences_changed, self._on_signals_preferences_changed)
        self.refresh()

    # -- building -----------------------------------------------------------
    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("session_view")
        view.setAccessibleName(translate("Resilience", "Exercise sessions"))
        view.setAccessibleDescription(translate("Resilience", "Arrow keys choose a session; Edit… and Delete act on it"))
        view.setModel(self.session_model)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        size_columns(view)
        view.doubleClicked.connect(self._on_session_view_double_clicked)
        return view

    def _build_sessions_stack(self) -> QStackedWidget:
        """The sessions table, or a hint on how to start while there are none."""
        self.empty_panel = EmptyStatePanel(
            translate("Resilience", "No sessions yet"),
            translate("Resilience", "Log a walk, a swim, a yoga class or a game with “Log a session…”, or bring in "
            "a Strava or CSV export with “Import CSV…”. Your week is measured against the "
            "WHO guideline of 150–300 minutes; some activity is better than none."))
        self.empty_panel.setObjectName("exercise_empty_panel")
        self.sessions_stack = QStackedWidget()
        self.sessions_stack.setObjectName("sessions_stack")
        self.sessions_stack.addWidget(self.empty_panel)
        self.sessions_stack.addWidget(self.session_view)
        return self.sessions_stack

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(translate("Resilience", text))
        button.setObjectName(name)
        button.clicked.connect(slot)
        setattr(self, name, button)
        return button

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self._button("log_button", translate("Resilience", "Log a session…"), self._on_log_button_clicked))
        self.quick_add_button = QPushButton(translate("Resilience", "Repeat a recent session"))
        self.quick_add_button.setObjectName("quick_add_button")
        self.quick_add_menu = QMenu(self.quick_add_button)
        self.quick_add_menu.setObjectName("quick_add_menu")
        self.quick_add_menu.aboutToShow.connect(self._on_quick_add_menu_about_to_show)
        self.quick_add_button.setMenu(self.quick_add_menu)
        row.addWidget(self.quick_add_button)
        row.addWidget(self._button("edit_button", translate("Resilience", "Edit…"), self._on_edit_button_clicked))
        row.addWidget(self._button("delete_button", translate("Resilience", "Delete"), self._on_delete_button_clicked))
        row.addStretch(1)
        row.addWidget(self._button("import_button", translate("Resilience", "Import CSV…"), self._on_import_button_clicked))
        row.addWidget(self._button("activities_button", translate("Resilience", "Activities…"),
                                   self._on_activities_button_clicked))
        return row

    def _build_status_line(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        row.addWidget(self.status_label, 1)
        self.undo_button = self._button("undo_button", translate("Resilience", "Undo"), self._on_undo_button_clicked)
        self.undo_button.setVisible(False)
        row.addWidget(self.undo_button)
        return row

    # -- data -----------------------------------------------------------------
    def refresh(self) -> None:
        self.session_model.show_sessions(
            lambda older_than, limit: ex.list_sessions(older_than=older_than, limit=limit))
        self.summary_panel.refresh()
        self.charts_panel.mark_stale()
        has_sessions = self.session_model.rowCount() > 0
        self.quick_add_button.setEnabled(has_sessions)
        self.sessions_stack.setCurrentWidget(self.session_view if has_sessions
                                             else self.empty_panel)

    def selected_session(self) -> ex.SessionRow | None:
        rows = self.session_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.session_model.row_at(rows[0].row())

    def select_session(self, session_id: int) -> None:
        if all(self.session_model.row_at(row).id != session_id
               for row in range(self.session_model.rowCount())):
            self.session_model.load_all()  # an old session, beyond the loaded pages
        for row in range(self.session_model.rowCount()):
            if self.session_model.row_at(row).id == session_id:
                self.session_view.selectRow(row)
                return

    def _changed(self, message: str) -> None:
        self.context.signals.exercise_changed.emit()
        self.status_label.setText(translate("Resilience", message))

    # -- handlers ---------------------------------------------------------------
    def _on_log_button_clicked(self) -> None:
        self._run_session_dialog(SessionDialog(self), translate("Resilience", "Session saved."))

    def _on_edit_button_clicked(self) -> None:
        session = self.selected_session()
        if session is None:
            self.status_label.setText(translate("Resilience", "Select a session in the table to edit it."))
            return
        self._run_session_dialog(SessionDialog(self, session), translate("Resilience", "Session updated."))

    def _on_session_view_double_clicked(self, _index) -> None:
        self._on_edit_button_clicked()

    def _run_session_dialog(self, dialog: SessionDialog, message: str) -> None:
        if dialog.exec() and dialog.saved_id is not None:
            self.undo_button.setVisible(False)
            self._changed(message)
            self.select_session(dialog.saved_id)
        dialog.deleteLater()

    def _on_delete_button_clicked(self) -> None:
        session = self.selected_session()
        if session is None:
            self.status_label.setText(translate("Resilience", "Select a session in the table to delete it."))
            return
        try:
            deleted = ex.delete_session(session.id)
        except UserFacingError as error:
            self.status_label.setText(str(error))
            return
        self._undo_stack.append(deleted)
        self.undo_button.setVisible(True)
        self._changed(translate("Resilience", "Deleted {label}. Press Undo (Ctrl+Z) to bring it back.").format(label=deleted.label))

    def _on_undo_button_clicked(self) -> None:
        if not self._undo_stack:
            self.status_label.setText(translate("Resilience", "Nothing to undo."))
            return
        deleted = self._undo_stack.pop()
        new_id = ex.restore_session(deleted)
        self.undo_button.setVisible(bool(self._undo_stack))
        self._changed(translate("Resilience", "Restored {label}.").format(label=deleted.label))
        self.select_session(new_id)

    def _on_quick_add_menu_about_to_show(self) -> None:
        self.quick_add_menu.clear()
        for template in ex.recent_templates():
            action = self.quick_add_menu.addAction(
                translate("Resilience", "{activity_name}, {minutes} min").format(activity_name=template.activity_name, minutes=template.minutes))
            action.triggered.connect(lambda _=False, t=template: self.quick_add(t))

    def quick_add(self, template: ex.SessionRow) -> None:
        try:
            new_id = ex.repeat_session(template)
        except UserFacingError as error:
            self.status_label.setText(str(error))
            return
        self._changed(translate("Resilience", "Logged {activity_name}, {minutes} min, starting now.").format(activity_name=template.activity_name, minutes=template.minutes))
        self.select_session(new_id)

    def _on_import_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("Resilience", "Import exercise CSV"), str(Path.home()),
                                              translate("Resilience", "CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        try:
            preview = preview_csv(path)
        except UserFacingError as error:
            QMessageBox.warning(self, translate("Resilience", "Import"), translate("Resilience", "{name}: {error}\nNothing was imported.").format(name=path.name, error=error))
            self.status_label.setText(translate("Resilience", "{name} was not imported.").format(name=path.name))
            return
        dialog = ImportPreviewDialog(preview, path.name, self)
        if dialog.exec() and dialog.report is not None:
            self._changed(f"Imported {path.name}: {dialog.report.summary()}".replace("\n", " "))
        dialog.deleteLater()

    def _on_activities_button_clicked(self) -> None:
        dialog = ActivityCatalogueDialog(self)
        dialog.exec()
        if dialog.changed:
            self._changed(translate("Resilience", "Activity catalogue updated."))
        dialog.deleteLater()

    def _on_week_start_combo_changed(self, _index: int) -> None:
        set_preference(WEEK_START_KEY, self.summary_panel.week_start_combo.currentData())
        self.context.signals.preferences_changed.emit(WEEK_START_KEY)

    def _on_signals_preferences_changed(self, key: str) -> None:
        if key == WEEK_START_KEY:
            self.refresh()
