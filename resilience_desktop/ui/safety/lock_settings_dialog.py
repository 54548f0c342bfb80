"""File → Passphrase lock…: turn the lock on (shows the recovery key once), change the
passphrase, turn it off, choose the auto-lock time."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from resilience_desktop.core import vault
from resilience_desktop.core.errors import UserFacingError, ValidationError
from resilience_desktop.services.preferences import get_preference, set_preference

log = logging.getLogger(__name__)
AUTOLOCK_PREFERENCE = "safety.autolock_minutes"


def _password_edit(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    return edit


class LockSettingsDialog(QDialog):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("lock_settings_dialog")
        self.setWindowTitle("Passphrase lock")
        self.state_label = QLabel()
        self.state_label.setObjectName("state_label")
        self.state_label.setWordWrap(True)
        self.current_edit = _password_edit("current_edit", "current passphrase")
        self.new_edit = _password_edit("new_edit", "new passphrase (8 characters or more)")
        self.confirm_edit = _password_edit("confirm_edit", "the new passphrase again")
        self.lock_button = QPushButton("Turn the lock on")
        self.lock_button.setObjectName("lock_button")
        self.change_button = QPushButton("Change passphrase")
        self.change_button.setObjectName("change_button")
        self.unlock_button = QPushButton("Turn the lock off")
        self.unlock_button.setObjectName("unlock_button")
        self.autolock_spin = QSpinBox()
        self.autolock_spin.setObjectName("autolock_spin")
        self.autolock_spin.setRange(0, 240)
        self.autolock_spin.setSuffix(" min (0 = never)")
        self.autolock_spin.setValue(int(get_preference(AUTOLOCK_PREFERENCE, 0) or 0))
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setObjectName("recovery_edit")
        self.recovery_edit.setReadOnly(True)
        self.recovery_edit.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Current", self.current_edit)
        form.addRow("New", self.new_edit)
        form.addRow("Again", self.confirm_edit)
        form.addRow("Lock after idle", self.autolock_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(form)
        for widget in (self.lock_button, self.change_button, self.unlock_button,
                       self.recovery_edit, self.status_label):
            layout.addWidget(widget)
        self.lock_button.clicked.connect(self._on_lock_button_clicked)
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.autolock_spin.valueChanged.connect(self._on_autolock_spin_value_changed)
        self.setMinimumWidth(440)  # room for the placeholder texts
        self._show_state()

    def _show_state(self) -> None:
        locked = vault.is_locked(self.context.paths)
        self.state_label.setText(
            "Your journal and its backups are encrypted. Without the passphrase or the "
            "recovery key nobody can read them, not even you." if locked else
            "Lock the journal with a passphrase: the file and its backups are encrypted. "
            "If you forget the passphrase, only the recovery key shown once can open it.")
        self.current_edit.setEnabled(locked)
        self.lock_button.setVisible(not locked)
        self.change_button.setVisible(locked)
        self.unlock_button.setVisible(locked)

    def _new_passphrase(self) -> str:
        if self.new_edit.text() != self.confirm_edit.text():
            raise ValidationError("The two new passphrases are not the same.")
        vault.check_passphrase_strength(self.new_edit.text())
        return self.new_edit.text()

    def _run(self, action, done: str) -> None:
        try:
            result = action()
        except UserFacingError as error:
            self.status_label.setText(str(error))
            return
        for edit in (self.current_edit, self.new_edit, self.confirm_edit):
            edit.clear()
        self.status_label.setText(done)
        self._show_state()
        return result

    def _on_lock_button_clicked(self) -> None:
        from resilience_desktop.services.safety.vault import enable_lock

        recovery = self._run(lambda: enable_lock(self.context.paths, self._new_passphrase()),
                             "The journal is locked. Write down the recovery key below: "
                             "it is shown only this once.")
        if recovery:
            self.recovery_edit.setText(recovery)
            self.recovery_edit.setVisible(True)
            self.context.signals.data_replaced.emit()

    def _on_change_button_clicked(self) -> None:
        from resilience_desktop.services.safety.vault import change_passphrase

        self._run(lambda: change_passphrase(self.context.paths, self.current_edit.text(),
                                            self._new_passphrase()), "The passphrase is changed.")

    def _on_unlock_button_clicked(self) -> None:
        from resilience_desktop.services.safety.vault import disable_lock

        self._run(lambda: disable_lock(self.context.paths, self.current_edit.text()),
                  "The lock is off: the journal and its backups are no longer encrypted.")
        if not vault.is_locked(self.context.paths):
            self.context.signals.data_replaced.emit()

    def _on_autolock_spin_value_changed(self, minutes: int) -> None:
        set_preference(AUTOLOCK_PREFERENCE, minutes)
        self.context.signals.preferences_changed.emit(AUTOLOCK_PREFERENCE)
