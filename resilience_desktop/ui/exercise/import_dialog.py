"""ImportPreviewDialog: what an exercise CSV will add, before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QPlainTextEdit,
                               QTableView, QVBoxLayout)

from resilience_desktop.services.exercise.importing import ImportPreview, commit_preview
from resilience_desktop.services.reading.report import ImportFailed, ImportReport
from resilience_desktop.services.dates import format_day_time
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, format_decimal, translate

PREVIEW_COLUMNS = (
    (QT_TRANSLATE_NOOP("Resilience", "Line"), lambda r: str(r.line)),
    (QT_TRANSLATE_NOOP("Resilience", "Date"), lambda r: format_day_time(r.started_at)),
    (QT_TRANSLATE_NOOP("Resilience", "Activity"), lambda r: r.activity_name),
    (QT_TRANSLATE_NOOP("Resilience", "Minutes"), lambda r: str(r.minutes)),
    (QT_TRANSLATE_NOOP("Resilience", "Distance"), lambda r: "" if r.distance_km is None else f"{format_decimal(r.distance_km, 2)} km"),
    (QT_TRANSLATE_NOOP("Resilience", "Notes"), lambda r: r.notes.replace("\n", " ")[:60]),
)


class ImportPreviewTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(PREVIEW_COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return PREVIEW_COLUMNS[index.column()][1](self._rows[index.row()])
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Resilience", PREVIEW_COLUMNS[section][0])
        return None


class ImportPreviewDialog(QDialog):
    def __init__(self, preview: ImportPreview, file_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview_dialog")
        self.setWindowTitle(translate("Resilience", "Import {file_name}").format(file_name=file_name))
        self.resize(820, 520)
        self.preview = preview
        self.report: ImportReport | None = None
        self.summary_label = QLabel(self._summary_text())
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        self.preview_model = ImportPreviewTableModel(self)
        self.preview_model.set_rows(preview.rows)
        self.preview_view = QTableView()
        self.preview_view.setObjectName("preview_view")
        self.preview_view.setAccessibleName(translate("Resilience", "Sessions in the file"))
        self.preview_view.setModel(self.preview_model)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.errors_edit = QPlainTextEdit(preview.error_summary())
        self.errors_edit.setObjectName("errors_edit")
        self.errors_edit.setReadOnly(True)
        self.errors_edit.setVisible(bool(preview.errors))
        self.errors_edit.setMaximumHeight(140)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.button_box.setObjectName("button_box")
        self.import_button = self.button_box.addButton(
            translate("Resilience", "Import {rows}").format(rows=translate('Resilience', '%n sessions', '%n session', len(preview.rows))), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(preview.can_import)
        self.button_box.accepted.connect(self._on_button_box_accepted)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.preview_view)
        layout.addWidget(self.errors_edit)
        layout.addWidget(self.button_box)

    def _summary_text(self) -> str:
        p = self.preview
        parts = [translate("Resilience", "{source} file: {rows} will be added").format(source=p.source, rows=translate('Resilience', '%n sessions', '%n session', len(p.rows)))]
        if p.duplicates:
            parts.append(translate("Resilience", "{duplicates} already saved (skipped)").format(duplicates=len(p.duplicates)))
        text = ", ".join(parts) + "."
        if p.errors:
            text += (translate("Resilience", "\n{errors} problems, so nothing can be imported. Fix these lines in the file and try again:").format(errors=translate('Resilience', '%n rows have', '%n row has', len(p.errors))))
        elif not p.rows:
            text += translate("Resilience", "\nEverything in this file is already saved.")
        return text

    def _on_button_box_accepted(self) -> None:
        try:
            self.report = commit_preview(self.preview)
        except ImportFailed as error:
            self.summary_label.setText(translate("Resilience", "{error}\nNothing was imported.").format(error=error))
            self.import_button.setEnabled(False)
            return
        self.accept()
