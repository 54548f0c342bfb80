"""File → Export… and File → Import… (JSON, CSV; Daylio, jrnl, Day One, Apple Health,
Google Fit, Bearable and Journey imports).

The import preview lists the first entries to be added (Daylio, jrnl); for Daylio it also
asks a pleasantness for each custom mood and offers exercise sessions (DaylioOptionsPanel).
"""

from __future__ import annotations

import inspect
from importlib import import_module
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.ui.safety.daylio_options_panel import DaylioOptionsPanel
from resilience_desktop.ui.safety.import_rows_table_model import ImportRowsTableModel
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
JSON_FILTER = QT_TRANSLATE_NOOP("Resilience", "Resilience JSON document (*.json)")
CSV_FILTER = QT_TRANSLATE_NOOP("Resilience", "CSV files, one per table (*.csv)")
# label -> (importer "module:function", previewer "module:function", file filter)
IMPORT_CHOICES = {
    QT_TRANSLATE_NOOP("Resilience", "Resilience JSON export"): ("resilience_desktop.services.transfer.document:import_json_file",
                               "resilience_desktop.services.transfer.document:preview_json_file",
                               QT_TRANSLATE_NOOP("Resilience", "JSON (*.json)")),
    QT_TRANSLATE_NOOP("Resilience", "Daylio CSV export"): ("resilience_desktop.services.transfer.daylio:import_daylio_file",
                          "resilience_desktop.services.transfer.daylio:preview_daylio_file",
                          QT_TRANSLATE_NOOP("Resilience", "CSV (*.csv)")),
    QT_TRANSLATE_NOOP("Resilience", "jrnl JSON export"): ("resilience_desktop.services.transfer.jrnl:import_jrnl_file",
                         "resilience_desktop.services.transfer.jrnl:preview_jrnl_file",
                         QT_TRANSLATE_NOOP("Resilience", "JSON (*.json)")),
    QT_TRANSLATE_NOOP("Resilience", "Day One JSON export"): ("resilience_desktop.services.transfer.dayone:import_dayone_file",
                            "resilience_desktop.services.transfer.dayone:preview_dayone_file",
                            QT_TRANSLATE_NOOP("Resilience", "Day One export (*.zip *.json)")),
    QT_TRANSLATE_NOOP("Resilience", "Apple Health export"): (
        "resilience_desktop.services.transfer.apple_health:import_apple_health_file",
        "resilience_desktop.services.transfer.apple_health:preview_apple_health_file",
        QT_TRANSLATE_NOOP("Resilience", "Apple Health export (*.zip *.xml)")),
    QT_TRANSLATE_NOOP("Resilience", "Google Fit (Takeout)"): (
        "resilience_desktop.services.transfer.google_fit:import_google_fit_file",
        "resilience_desktop.services.transfer.google_fit:preview_google_fit_file",
        QT_TRANSLATE_NOOP("Resilience", "Google Takeout (*.zip *.csv *.tcx)")),
    QT_TRANSLATE_NOOP("Resilience", "Bearable CSV export"): ("resilience_desktop.services.transfer.bearable:import_bearable_file",
                            "resilience_desktop.services.transfer.bearable:preview_bearable_file",
                            QT_TRANSLATE_NOOP("Resilience", "CSV (*.csv)")),
    QT_TRANSLATE_NOOP("Resilience", "Journey export"): ("resilience_desktop.services.transfer.journey:import_journey_file",
                       "resilience_desktop.services.transfer.journey:preview_journey_file",
                       QT_TRANSLATE_NOOP("Resilience", "Journey export (*.zip)")),
}
DAYLIO = QT_TRANSLATE_NOOP("Resilience", "Daylio CSV export")
# label -> "module:function" giving the first entries to be added (others show counts only)
FIRST_ROWS = {
    "jrnl JSON export": "resilience_desktop.services.transfer.preview_rows:jrnl_first_rows",
    "Day One JSON export": "resilience_desktop.services.transfer.dayone:dayone_first_rows",
    "Apple Health export": "resilience_desktop.services.transfer.apple_health:apple_health_first_rows",
    "Google Fit (Takeout)": "resilience_desktop.services.transfer.google_fit:google_fit_first_rows",
    "Bearable CSV export": "resilience_desktop.services.transfer.bearable:bearable_first_rows",
    "Journey export": "resilience_desktop.services.transfer.journey:journey_first_rows",
}


def _function(spec: str):
    module, name = spec.split(":")
    return getattr(import_module(module), name)


def run_export(window, context):
    """Ask where, warn if the journal is locked (the export is plain), write it on a
    worker thread (returns the BackgroundTask, or None if the person cancelled)."""
    from resilience_desktop.core import vault
    from resilience_desktop.services.transfer.document import export_csv_dir, export_json_file

    if vault.is_locked(context.paths):
        answer = QMessageBox.warning(
            window, translate("Resilience", "Export is not encrypted"),
            translate("Resilience", "Your journal is locked, but an export is a plain file anyone can read. "
            "Export anyway?"), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
    from resilience_desktop.ui.widgets.background import run_in_background
    from resilience_desktop.ui.widgets.output_choice import ask_save_path, confirm_output

    path, chosen = ask_save_path(window, translate("Resilience", "Export everything"), "resilience-export.json",
                                 f"{JSON_FILTER};;{CSV_FILTER}")
    if not path:
        return None
    folder = chosen == CSV_FILTER
    target = Path(path).with_suffix("") if folder else Path(path)
    force = confirm_output(window, target, context.paths.data_dir, folder=folder)
    if force is None:
        return None

    def export(progress):
        try:
            if folder:
                written = export_csv_dir(target, context.paths.data_dir, force)
                return target, translate("Resilience", "Exported {written} tables as CSV files into {target}.").format(written=len(written), target=target)
            dest = export_json_file(target, context.paths.data_dir, force)
            return dest, translate("Resilience", "Exported everything to {dest}.").format(dest=dest)
        except OSError as error:
            raise UserFacingError(error.strerror or str(error)) from error

    def failed(error) -> None:
        QMessageBox.warning(window, translate("Resilience", "Export failed"), translate("Resilience", "The export could not be written: {error}").format(error=error))

    return run_in_background(window, translate("Resilience", "Exporting"), export,
                             lambda result: QMessageBox.information(window, translate("Resilience", "Export done"),
                                                                    result[1]), failed)


class ImportDialog(QDialog):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("import_dialog")
        self.setWindowTitle(translate("Resilience", "Import"))
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("format_combo")
        for label in IMPORT_CHOICES:  # shown translated; the English label is the key
            self.format_combo.addItem(translate("Resilience", label), label)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path_edit")
        self.path_edit.setAccessibleName(translate("Resilience", "File to import"))
        self.browse_button = QPushButton(translate("Resilience", "Choose file…"))
        self.browse_button.setObjectName("browse_button")
        self.preview_label = QLabel(translate("Resilience", "Choose a file to see what it holds."))
        self.preview_label.setObjectName("preview_label")
        self.preview_label.setWordWrap(True)
        self.import_rows_table_model = ImportRowsTableModel(self)
        self.rows_view = QTableView()
        self.rows_view.setObjectName("rows_view")
        self.rows_view.setModel(self.import_rows_table_model)
        self.rows_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.rows_view.verticalHeader().hide()
        self.rows_view.horizontalHeader().setStretchLastSection(True)
        self.rows_view.setColumnWidth(0, 100)
        self.rows_view.hide()
        self.daylio_options_panel = DaylioOptionsPanel()
        self.daylio_options_panel.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.button_box.addButton(translate("Resilience", "Import"),
                                                       QDialogButtonBox.ButtonRole.ApplyRole)
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(translate("Resilience", "Format"), self.format_combo)
        form.addRow(translate("Resilience", "File"), file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.rows_view, 1)
        layout.addStretch(0)  # takes the room while no rows are shown
        layout.addWidget(self.daylio_options_panel)
        layout.addWidget(self.status_label)
        layout.addWidget(self.button_box)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.button_box.rejected.connect(self.reject)
        self.path_edit.editingFinished.connect(self._on_path_edit_editing_finished)
        self.format_combo.currentIndexChanged.connect(self._on_path_edit_editing_finished)
        self.resize(640, self.minimumSizeHint().height())  # grows when rows are shown

    def _choice(self):
        return IMPORT_CHOICES[self.format_combo.currentData()]

    def _on_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("Resilience", "Choose a file to import"), "", self._choice()[2])
        if path:
            self.path_edit.setText(path)
            self._on_path_edit_editing_finished()

    def _on_path_edit_editing_finished(self) -> None:
        path = Path(self.path_edit.text().strip())
        self.import_button.setEnabled(False)
        self._show_rows([])
        self.daylio_options_panel.hide()
        if not self.path_edit.text().strip():
            return
        if not path.is_file():
            self.preview_label.setText(translate("Resilience", "{path}: no such file.").format(path=path))
            return
        try:
            self._preview(path)
        except UserFacingError as error:
            self.preview_label.setText(translate("Resilience", "This file cannot be imported: {error}").format(error=error))
            return
        self.import_button.setEnabled(True)

    def _preview(self, path: Path) -> None:
        label = self.format_combo.currentData()
        if label == DAYLIO:
            from resilience_desktop.services.transfer.daylio import preview_daylio

            preview = preview_daylio(path)
            self.preview_label.setText(preview.summary)
            self.daylio_options_panel.set_preview(preview)
            self.daylio_options_panel.show()
            self._show_rows(preview.first_rows)
            return
        self.preview_label.setText(_function(self._choice()[1])(path))
        if label in FIRST_ROWS:
            self._show_rows(_function(FIRST_ROWS[label])(path))

    def _show_rows(self, rows: list) -> None:
        self.import_rows_table_model.set_rows(rows)
        self.rows_view.setVisible(bool(rows))
        if rows:
            self.resize(max(self.width(), 640), max(self.height(), 520))

    def _import(self, path: Path):
        if self.format_combo.currentData() == DAYLIO:
            from resilience_desktop.services.transfer.daylio import import_daylio_file

            panel = self.daylio_options_panel
            return import_daylio_file(path, custom_moods=panel.custom_moods(),
                                      exercise_sessions=panel.exercise_sessions(),
                                      session_minutes=panel.minutes())
        return _function(self._choice()[0])(path)

    def _import_with_progress(self, path: Path, progress):
        importer = _function(self._choice()[0])
        if self.format_combo.currentData() != DAYLIO and \
                "progress" in inspect.signature(importer).parameters:
            return importer(path, progress=progress)
        return self._import(path)

    def _on_import_button_clicked(self) -> None:
        from resilience_desktop.ui.widgets.background import run_in_background

        path = Path(self.path_edit.text().strip())
        self.import_button.setEnabled(False)
        self.task = run_in_background(self, translate("Resilience", "Importing"), lambda progress: self._import_with_progress(path, progress),
                                      self._on_imported, self._on_import_failed)

    def _on_import_failed(self, error) -> None:
        self.status_label.setText(translate("Resilience", "Nothing was imported: {error}").format(error=error))
        self.import_button.setEnabled(True)

    def _on_imported(self, report) -> None:
        log.info("import from the dialog: %d added, %d skipped", report.added, report.skipped)
        self.status_label.setText(translate("Resilience", "Imported: {summary}").format(summary=report.summary()))
        self.import_button.setEnabled(False)
        self.context.signals.data_replaced.emit()
