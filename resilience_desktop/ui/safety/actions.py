"""Connect the main window's File-menu data-safety actions (created disabled)."""

from __future__ import annotations

from PySide6.QtGui import QAction


def install_safety_actions(window, context) -> None:
    """Enable File → Export…/Import…/Backups… and add File → Passphrase lock…"""
    window.backups_action.triggered.connect(lambda: open_backups_dialog(window, context))
    window.backups_action.setEnabled(True)
    window.export_action.triggered.connect(lambda: open_export_dialog(window, context))
    window.export_action.setEnabled(True)
    window.import_action.triggered.connect(lambda: open_import_dialog(window, context))
    window.import_action.setEnabled(True)
    lock_action = QAction("&Passphrase lock…", window)
    lock_action.setObjectName("lock_settings_action")
    lock_action.triggered.connect(lambda: open_lock_settings_dialog(window, context))
    window.lock_settings_action = lock_action
    file_menu = window.backups_action.associatedObjects()[0] if window.backups_action.associatedObjects() else None
    if file_menu is not None and hasattr(file_menu, "insertAction"):
        file_menu.insertAction(window.quit_action, lock_action)
        file_menu.insertSeparator(window.quit_action)
    else:
        window.addAction(lock_action)


def open_backups_dialog(window, context):
    from resilience_desktop.ui.safety.backups_dialog import BackupsDialog

    dialog = BackupsDialog(context, window)
    dialog.open()
    return dialog


def open_export_dialog(window, context):
    from resilience_desktop.ui.safety.transfer_dialogs import run_export

    return run_export(window, context)


def open_import_dialog(window, context):
    from resilience_desktop.ui.safety.transfer_dialogs import ImportDialog

    dialog = ImportDialog(context, window)
    dialog.open()
    return dialog


def open_lock_settings_dialog(window, context):
    from resilience_desktop.ui.safety.lock_settings_dialog import LockSettingsDialog

    dialog = LockSettingsDialog(context, window)
    dialog.open()
    return dialog
