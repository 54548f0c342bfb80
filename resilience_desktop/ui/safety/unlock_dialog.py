"""Ask for the passphrase (or the recovery key plus a new passphrase) of a locked journal.

When vault.json is missing or damaged the dialog says so; the passphrase or the recovery
key then opens the journal from a backup's key copy (core/key_copies.py) and the key file
is written back."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from resilience_desktop import APP_NAME
from resilience_desktop.core import vault
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.ui.support.help_lines_dialog import support_button
from resilience_desktop.core.i18n import translate


class UnlockDialog(QDialog):
    def __init__(self, paths, parent=None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.key: bytes | None = None
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(translate("Resilience", "Unlock {app_name}").format(app_name=APP_NAME))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery_check = QCheckBox(translate("Resilience", "I forgot it: use my recovery key"))
        self.recovery_check.setObjectName("recovery_check")
        self.new_passphrase_edit = QLineEdit()
        self.new_passphrase_edit.setObjectName("new_passphrase_edit")
        self.new_passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_passphrase_edit.setPlaceholderText(translate("Resilience", "a new passphrase (8 characters or more)"))
        self.new_passphrase_edit.setVisible(False)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("Resilience", "Passphrase"), self.passphrase_edit)
        form.addRow("", self.recovery_check)
        form.addRow("", self.new_passphrase_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Resilience", "This journal is locked. Enter your passphrase to open it.")))
        self.lost_label = QLabel(lost_vault_note(paths))
        self.lost_label.setObjectName("lost_label")
        self.lost_label.setWordWrap(True)
        self.lost_label.setVisible(bool(self.lost_label.text()))
        layout.addWidget(self.lost_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        self.support_button = support_button(self)
        buttons.addButton(self.support_button, QDialogButtonBox.ButtonRole.HelpRole)
        layout.addWidget(buttons)
        self.recovery_check.toggled.connect(self._on_recovery_check_toggled)

    def _on_recovery_check_toggled(self, checked: bool) -> None:
        self.new_passphrase_edit.setVisible(checked)

    def _on_buttons_accepted(self) -> None:
        secret = self.passphrase_edit.text()
        try:
            if self.recovery_check.isChecked():
                from resilience_desktop.services.safety.vault import change_passphrase

                new = self.new_passphrase_edit.text()
                change_passphrase(self.paths, secret, new, with_recovery_key=True)
                self.key = vault.unlock_with_passphrase(self.paths, new)
            else:  # asked by the writer (start, auto-lock): a lost vault.json is written back
                self.key = vault.unlock_with_passphrase(self.paths, secret, repair=True)
        except UserFacingError as error:
            self.error_label.setText(str(error))
            self.passphrase_edit.selectAll()
            return
        self.accept()


def lost_vault_note(paths) -> str:
    """What to say when vault.json is missing or damaged but a backup holds the key."""
    from resilience_desktop.core.key_copies import vault_lost

    if not vault_lost(paths):
        return ""
    return (translate("Resilience", "The key file (vault.json) is missing or damaged. Your passphrase, or your recovery key with “I forgot it”, still opens the journal with the copy of the key kept in your backups, and the key file is written again."))


def ask_for_key(paths, parent=None) -> bytes | None:
    """The data key, or None if the person cancelled."""
    dialog = UnlockDialog(paths, parent)
    dialog.exec()
    return dialog.key
