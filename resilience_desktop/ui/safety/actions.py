"""Open the data-safety dialogs (File → Export…, Import…, Backups…, Passphrase lock…;
the main window's actions call these, and so do Settings and the first-run page)."""

from __future__ import annotations


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
