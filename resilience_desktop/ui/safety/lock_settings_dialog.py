"""File → Passphrase lock…: turn the lock on (shows the recovery key once), change the
passphrase, turn it off, choose the auto-lock time."""

from __future__ import annotations


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
from resilience_desktop.services.preferences import set_preference
from resilience_desktop.services.settings import AUTOLOCK_MINUTES, read_setting
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
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
        self.setWindowTitle(translate("Resilience", "Passphrase lock"))
        self.state_label = QLabel()
        self.state_label.setObjectName("state_label")
        self.state_label.setWordWrap(True)
        self.current_edit = _password_edit("current_edit", translate("Resilience", "current passphrase"))
        self.new_edit = _password_edit("new_edit", translate("Resilience", "new passphrase (8 characters or more)"))
        self.confirm_edit = _password_edit("confirm_edit", translate("Resilience", "the new passphrase again"))
        self.lock_button = QPushButton(translate("Resilience", "Turn the lock on"))
        self.lock_button.setObjectName("lock_button")
        self.change_button = QPushButton(translate("Resilience", "Change passphrase"))
        self.change_button.setObjectName("change_button")
        self.unlock_button = QPushButton(translate("Resilience", "Turn the lock off"))
        self.unlock_button.setObjectName("unlock_button")
        self.autolock_spin = QSpinBox()
        self.autolock_spin.setObjectName("autolock_spin")
        self.autolock_spin.setRange(0, 240)
        self.autolock_spin.setSuffix(translate("Resilience", " min (0 = never)"))
        self.autolock_spin.setValue(read_setting(AUTOLOCK_MINUTES))
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setObjectName("recovery_edit")
        self.recovery_edit.setReadOnly(True)
        self.recovery_edit.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("Resilience", "Current"), self.current_edit)
        form.addRow(translate("Resilience", "New"), self.new_edit)
        form.addRow(translate("Resilience", "Again"), self.confirm_edit)
        form.addRow(translate("Resilience", "Lock after idle"), self.autolock_spin)
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
            translate("Resilience", "Your journal and its backups are encrypted. Without the passphrase or the "
            "recovery key nobody can read them, not even you.") if locked else
            translate("Resilience", "Lock the journal with a passphrase: the file and its backups are encrypted. "
            "If you forget the passphrase, only the recovery key shown once can open it."))
        self.current_edit.setEnabled(locked)
        self.lock_button.setVisible(not locked)
        self.change_button.setVisible(locked)
        self.unlock_button.setVisible(locked)

    def _new_passphrase(self) -> str:
        if self.new_edit.text() != self.confirm_edit.text():
            raise ValidationError(translate("Resilience", "The two new passphrases are not the same."))
        vault.check_passphrase_strength(self.new_edit.text())
        return self.new_edit.text()

    def _run(self, title: str, action, done: str, on_result=None,
             replaces_journal: bool = False) -> None:
        """Run action(progress) on a worker thread behind a progress dialog."""
        from resilience_desktop.ui.widgets.background import run_in_background

        def finished(result) -> None:
            for edit in (self.current_edit, self.new_edit, self.confirm_edit):
                edit.clear()
            self.status_label.setText(done)
            self._show_state()
            if on_result is not None:
                on_result(result)

        self.status_label.setText("")
        self.task = run_in_background(self, title, action, finished, self._show_error,
                                      replaces_journal=self.context.session
                                      if replaces_journal else None)

    def _show_error(self, error) -> None:
        self.status_label.setText(str(error))
        self._show_state()

    def _on_lock_button_clicked(self) -> None:
        try:
            passphrase = self._new_passphrase()
        except UserFacingError as error:
            self.status_label.setText(str(error))
            return
        session = self.context.session
        self._run(translate("Resilience", "Turning the lock on"), lambda progress: session.lock(passphrase, progress),
                  translate("Resilience", "The journal is locked. Write down the recovery key below: "
                  "it is shown only this once."), self._show_recovery_key, replaces_journal=True)

    def _show_recovery_key(self, recovery: str) -> None:
        self.recovery_edit.setText(recovery)
        self.recovery_edit.setVisible(True)
        self.context.signals.data_replaced.emit()

    def _on_change_button_clicked(self) -> None:
        try:
            new = self._new_passphrase()
        except UserFacingError as error:
            self.status_label.setText(str(error))
            return
        current, session = self.current_edit.text(), self.context.session
        self._run(translate("Resilience", "Changing the passphrase"),
                  lambda progress: session.change_passphrase(current, new),
                  translate("Resilience", "The passphrase is changed."))

    def _on_unlock_button_clicked(self) -> None:
        current, session = self.current_edit.text(), self.context.session
        self._run(translate("Resilience", "Turning the lock off"), lambda progress: session.unlock(current, progress),
                  translate("Resilience", "The lock is off: the journal and its backups are no longer encrypted."),
                  lambda _result: self.context.signals.data_replaced.emit(),
                  replaces_journal=True)

    def _on_autolock_spin_value_changed(self, minutes: int) -> None:
        set_preference(AUTOLOCK_PREFERENCE, minutes)
        self.context.signals.preferences_changed.emit(AUTOLOCK_PREFERENCE)
