"""File → Backups…: every backup with its date and size; make one; restore one."""

from __future__ import annotations


from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from resilience_desktop.services.safety import backups as backup_service
from resilience_desktop.ui.safety.backup_table_model import BackupTableModel
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)


class BackupsDialog(QDialog):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("backups_dialog")
        self.setWindowTitle(translate("Resilience", "Backups"))
        self.resize(560, 420)
        self.intro_label = QLabel(
            translate("Resilience", "Resilience backs up your journal automatically once a day and before every "
            "update, and keeps 7 daily, 4 weekly and 12 monthly copies. Restoring a backup "
            "first backs up the journal as it is now."))
        self.intro_label.setObjectName("intro_label")
        self.intro_label.setWordWrap(True)
        self.backup_table_model = BackupTableModel(self)
        self.backup_table = QTableView()
        self.backup_table.setObjectName("backup_table")
        self.backup_table.setAccessibleName(translate("Resilience", "Backups"))
        self.backup_table.setModel(self.backup_table_model)
        self.backup_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backup_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.backup_table.verticalHeader().hide()
        self.backup_now_button = QPushButton(translate("Resilience", "Back up now"))
        self.backup_now_button.setObjectName("backup_now_button")
        self.restore_button = QPushButton(translate("Resilience", "Restore selected…"))
        self.restore_button.setObjectName("restore_button")
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_box.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_now_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.backup_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(close_box)
        self.backup_now_button.clicked.connect(self._on_backup_now_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.refresh()
        from resilience_desktop.ui.widgets.selection_buttons import enable_with_selection

        enable_with_selection(self.backup_table, self.restore_button)

    def refresh(self) -> None:
        rows = backup_service.backups(self.context.paths)
        self.backup_table_model.set_rows(rows)
        self.restore_button.setEnabled(bool(rows))
        if rows:
            self.backup_table.selectRow(0)

    def _selected_row(self) -> int | None:
        rows = self.backup_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _on_backup_now_button_clicked(self) -> None:
        from resilience_desktop.ui.widgets.background import run_in_background

        session = self.context.session
        self.status_label.setText("")
        self.task = run_in_background(self, translate("Resilience", "Backing up"), lambda progress: session.backup(
            "manual", progress), self._on_backup_made, self._show_error)

    def _on_backup_made(self, dest) -> None:
        self.refresh()
        self.status_label.setText(translate("Resilience", "Backup made: {name}").format(name=dest.name))

    def _show_error(self, error) -> None:
        self.status_label.setText(str(error))
        self.refresh()

    def _on_restore_button_clicked(self) -> None:
        from resilience_desktop.ui.widgets.background import run_in_background

        row = self._selected_row()
        if row is None:
            self.status_label.setText(translate("Resilience", "Choose a backup in the list first."))
            return
        backup = self.backup_table_model.backup_at(row)
        answer = QMessageBox.question(
            self, translate("Resilience", "Restore backup"),
            translate("Resilience", "Replace your journal with the backup from {created:%Y-%m-%d %H:%M}? Your journal as it is now is backed up first.").format(created=backup.created))
        if answer != QMessageBox.StandardButton.Yes:
            return
        session = self.context.session
        self.task = run_in_background(
            self, translate("Resilience", "Restoring the backup"), lambda progress: session.restore(backup.path, progress),
            lambda _previous: self._on_restored(backup), self._show_error,
            replaces_journal=session)

    def _on_restored(self, backup) -> None:
        log.info("backup restored from the dialog")
        self.context.signals.data_replaced.emit()
        self.refresh()
        self.status_label.setText(translate("Resilience", "Restored the backup from {created:%Y-%m-%d %H:%M}.").format(created=backup.created))
