"""Preview a vCard file and pick who to add; names that already exist are flagged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout

from resilience_desktop.ui.people.dialog_parts import SaveDialog
from resilience_desktop.ui.settings.theme import DARK_ERROR, on_base
from resilience_desktop.ui.widgets.rows_table_model import RowsTableModel
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate


def _entry_cells(entry) -> tuple:
    """What each column shows of a vCard entry (column 0 is its tick box)."""
    note = entry.note.splitlines()[0] if entry.note else ""
    return (None, entry.name, entry.birthday.isoformat() if entry.birthday else "", note,
            entry.duplicate)


class VCardPreviewTableModel(RowsTableModel):
    """Rows are VCardEntry; column 0 carries the tick box. New names start ticked."""

    HEADERS = (QT_TRANSLATE_NOOP("Resilience", "Add"), QT_TRANSLATE_NOOP("Resilience", "Name"), QT_TRANSLATE_NOOP("Resilience", "Birthday"), QT_TRANSLATE_NOOP("Resilience", "Note"), QT_TRANSLATE_NOOP("Resilience", "Flag"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._checked: list[bool] = []

    def set_rows(self, rows: list) -> None:
        self._checked = [not row.duplicate for row in rows]  # before the views re-read
        super().set_rows(rows)

    def chosen(self) -> list:
        return [row for row, checked in zip(self._rows, self._checked) if checked]

    def set_all_checked(self, checked: bool) -> None:
        self._checked = [checked] * len(self._rows)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        if column == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._checked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole and column:
            return _entry_cells(self._rows[index.row()])[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return QBrush(on_base("#b03a2e", DARK_ERROR))
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802 (Qt API)
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            self._checked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index, index)
            return True
        return False


class VCardImportDialog(SaveDialog):
    """``save(entries)`` adds the ticked entries (one transaction, in the service)."""

    def __init__(self, save, preview, file_name: str, parent=None) -> None:
        super().__init__(translate("Resilience", "Import contacts"), save, parent)
        self.setObjectName("vcard_import_dialog")
        layout = QVBoxLayout(self)
        flagged = sum(1 for entry in preview.entries if entry.duplicate)
        summary = translate("Resilience", "{file_name}: {entries} found.").format(file_name=file_name, entries=translate('Resilience', '%n contacts', '%n contact', len(preview.entries)))
        if flagged:
            summary += " " + translate(
                "Resilience", "%n are flagged (a name you already have, or a repeat) and left "
                "unticked: tick them only if they are different people.",
                "%n is flagged (a name you already have, or a repeat) and left unticked: tick it "
                "only if it is a different person.", flagged)
        self.summary_label = QLabel(summary)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        if preview.notes:
            notes = QLabel("\n".join(preview.notes))
            notes.setWordWrap(True)
            layout.addWidget(notes)
        self.preview_model = VCardPreviewTableModel(self)
        self.preview_model.set_rows(preview.entries)
        self.preview_table = QTableView()
        self.preview_table.setObjectName("preview_table")
        self.preview_table.setAccessibleName(translate("Resilience", "Contacts found in the file"))
        self.preview_table.setModel(self.preview_model)
        self.preview_table.verticalHeader().hide()
        self.preview_table.setWordWrap(False)
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.preview_table, 1)
        row = QHBoxLayout()
        self.all_button = QPushButton(translate("Resilience", "Tick all"))
        self.all_button.setObjectName("all_button")
        self.all_button.clicked.connect(lambda: self.preview_model.set_all_checked(True))
        self.none_button = QPushButton(translate("Resilience", "Tick none"))
        self.none_button.setObjectName("none_button")
        self.none_button.clicked.connect(lambda: self.preview_model.set_all_checked(False))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.finish_layout(layout)
        self.save_button().setText(translate("Resilience", "Add ticked people"))
        self.resize(640, 480)

    def value(self) -> list:
        return self.preview_model.chosen()
