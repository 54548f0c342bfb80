"""Shown instead of the main window when the journal file is damaged.

Nothing here writes to the damaged file: restoring moves it aside into a
damaged-<date> folder (bytes unchanged) and puts a verified backup in place;
exporting reads a copy.
"""

from __future__ import annotations

from pathlib import Path


from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from resilience_desktop import APP_NAME
from resilience_desktop.ui.support.help_lines_dialog import support_button
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)


class RecoveryWindow(QWidget):
    # The newest good backup is in place and open: the app can continue.
    restored = Signal()

    def __init__(self, session, problem: str, parent=None) -> None:
        """session: the writer DataSession left DAMAGED (open_writer(allow_damaged=True));
        restoring goes through it."""
        super().__init__(parent)
        from resilience_desktop.services.safety.backups import newest_good_backup

        self.session = session
        paths, key = session.paths, session.key
        self.paths, self.key = paths, key
        self.was_restored = False
        self.setObjectName("recovery_window")
        self.setWindowTitle(translate("Resilience", "{app_name}: the journal needs attention").format(app_name=APP_NAME))
        self.backup = newest_good_backup(paths, key)
        self.problem_label = QLabel(
            translate("Resilience", "<b>Your journal file is damaged and was not opened.</b><br>"
            "Nothing has been changed or deleted. You can put back the newest good backup "
            "(the damaged file is kept in a separate folder) or save what can still be read."))
        self.problem_label.setObjectName("problem_label")
        self.problem_label.setWordWrap(True)
        self.details_label = QLabel(translate("Resilience", "Details: {problem}{key}").format(problem=problem, key=_key_file_note(paths, key)))
        self.details_label.setObjectName("details_label")
        self.details_label.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore_button")
        self.export_button = QPushButton(translate("Resilience", "Save what can be read…"))
        self.export_button.setObjectName("export_button")
        self.quit_button = QPushButton(translate("Resilience", "Quit"))
        self.quit_button.setObjectName("quit_button")
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        if self.backup is None:
            self.restore_button.setText(translate("Resilience", "No good backup found"))
            self.restore_button.setEnabled(False)
        else:
            self.restore_button.setText(
                translate("Resilience", "Restore the backup from {created:%Y-%m-%d %H:%M}").format(created=self.backup.created))
        self.support_button = support_button(self)
        layout = QVBoxLayout(self)
        for widget in (self.problem_label, self.details_label, self.restore_button,
                       self.export_button, self.support_button, self.quit_button,
                       self.status_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.quit_button.clicked.connect(self.close)
        self.resize(560, 320)

    def _on_restore_button_clicked(self) -> None:
        from resilience_desktop.services.safety.backups import restore_backup
        from resilience_desktop.ui.widgets.background import run_in_background

        session, source = self.session, self.backup.path
        self.restore_button.setEnabled(False)
        self.task = run_in_background(
            self, translate("Resilience", "Restoring the backup"),
            lambda progress: restore_backup(session, source, progress),
            self._on_restored, self._on_restore_failed, replaces_journal=session)

    def _on_restore_failed(self, error) -> None:
        self.status_label.setText(str(error))
        self.restore_button.setEnabled(True)

    def _on_restored(self, kept) -> None:
        log.info("recovered from a backup; damaged file kept")
        self.was_restored = True
        QMessageBox.information(self, translate("Resilience", APP_NAME), translate("Resilience", "The backup is back in place. The damaged file is kept in {kept}.").format(kept=kept))
        self.restored.emit()
        self.close()

    def _on_export_button_clicked(self) -> None:
        from resilience_desktop.services.safety.recovery import salvage_export

        from resilience_desktop.core.errors import UserFacingError
        from resilience_desktop.ui.widgets.output_choice import ask_save_path, confirm_output

        dest, _ = ask_save_path(self, translate("Resilience", "Save what can be read"), "resilience-rescued.json",
                                translate("Resilience", "JSON (*.json)"))
        if not dest:
            return
        force = confirm_output(self, dest, self.paths.data_dir)
        if force is None:
            return
        try:
            report = salvage_export(self.paths.db_path, Path(dest), self.key, force=force)
        except (UserFacingError, OSError) as error:
            self.status_label.setText(translate("Resilience", "Nothing was saved: {error}").format(error=getattr(error, 'strerror', None) or error))
            return
        if report.tables == 0:
            self.status_label.setText(translate("Resilience", "Nothing could be read from the damaged file: ")
                                      + "; ".join(report.problems))
            return
        text = translate("Resilience", "Saved {rows} rows from {tables} tables to {dest}.").format(rows=report.rows, tables=report.tables, dest=dest)
        if report.problems:
            text += translate("Resilience", " Some parts could not be read: ") + "; ".join(report.problems[:3])
        self.status_label.setText(translate("Resilience", text))


def _key_file_note(paths, key) -> str:
    """A journal that looks encrypted with no key file and no key copy may be locked, not
    damaged: say what brings it back."""
    from resilience_desktop.core.key_copies import key_missing_everywhere

    if key is not None or not key_missing_everywhere(paths):
        return ""
    return (translate("Resilience", "<br><br>If this journal was locked with a passphrase, it may not be damaged: its "
            "key file vault.json is missing and no backup here holds a copy of the key. Put "
            "back a copy of vault.json, or restore a backup file of this journal into a new "
            "folder (resilience-desktop restore FILE --data-dir NEW) with its passphrase or "
            "recovery key."))
