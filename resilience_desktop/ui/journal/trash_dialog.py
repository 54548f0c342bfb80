"""TrashDialog: entries deleted in the last 30 days; restore or delete for good."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListView,
                               QMessageBox, QPushButton, QVBoxLayout)

from resilience_desktop.services.journal import entries as journal
from resilience_desktop.ui.journal.entry_list_model import ENTRY_ID_ROLE, EntryListModel
from resilience_desktop.ui.journal.html_delegate import HtmlItemDelegate
from resilience_desktop.core.i18n import translate


class TrashDialog(QDialog):
    def __init__(self, signals, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("trash_dialog")
        self.setWindowTitle(translate("Resilience", "Journal Trash"))
        self.resize(560, 480)
        self._signals = signals
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Resilience", "Deleted entries stay here for {trash_days} days, then they are removed for good.").format(trash_days=journal.TRASH_DAYS)))
        self.model = EntryListModel(self)
        self.trash_list = QListView()
        self.trash_list.setObjectName("trash_list")
        self.trash_list.setModel(self.model)
        self.trash_list.setItemDelegate(HtmlItemDelegate(self.trash_list))
        layout.addWidget(self.trash_list, 1)
        self.empty_label = QLabel(translate("Resilience", "The trash is empty."))
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.empty_label, 1)
        row = QHBoxLayout()
        self.restore_button = QPushButton(translate("Resilience", "Restore"))
        self.restore_button.setObjectName("restore_button")
        self.delete_forever_button = QPushButton(translate("Resilience", "Delete for good…"))
        self.delete_forever_button.setObjectName("delete_forever_button")
        row.addWidget(self.restore_button)
        row.addWidget(self.delete_forever_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.delete_forever_button.clicked.connect(self._on_delete_forever_button_clicked)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(journal.list_trash(), grouped=False)
        empty = self.model.rowCount() == 0
        self.trash_list.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.restore_button.setEnabled(not empty)
        self.delete_forever_button.setEnabled(not empty)
        if not empty:
            self.trash_list.setCurrentIndex(self.model.index(0))

    def _selected_id(self) -> int | None:
        index = self.trash_list.currentIndex()
        return index.data(ENTRY_ID_ROLE) if index.isValid() else None

    def _on_restore_button_clicked(self) -> None:
        entry_id = self._selected_id()
        if entry_id is None:
            return
        journal.restore_entry(entry_id)
        self.refresh()
        self._signals.journal_changed.emit()

    def _on_delete_forever_button_clicked(self) -> None:
        entry_id = self._selected_id()
        if entry_id is None:
            return
        answer = QMessageBox.question(self, translate("Resilience", "Delete for good?"),
                                      translate("Resilience", "This entry will be gone for good. Delete it?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        journal.delete_forever(entry_id)
        self.refresh()
        self._signals.journal_changed.emit()
