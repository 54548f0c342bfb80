"""Help is one key away everywhere: F1 over every modal dialog, and a Support
button on the screens shown before the main window (unlock, recovery)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from resilience_desktop.ui.support.help_lines_dialog import HelpLinesDialog, install_app_keyboard
from tests.ui.dialog_catalogue import DIALOG_NAMES, build_dialog, dialog_classes_in_app
from tests.inspection import make_folders


def _open_help_dialogs() -> list[HelpLinesDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, HelpLinesDialog) and w.isVisible()]


def _text(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def _close_help_dialogs(qtbot) -> None:
    for dialog in _open_help_dialogs():
        dialog.close()
    qtbot.waitUntil(lambda: not _open_help_dialogs())


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_f1_over_a_modal_dialog_shows_the_help_lines(main_window, qtbot, name):
    dialog = build_dialog(name, main_window.context, main_window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert QApplication.activeModalWidget() is dialog
    target = QApplication.focusWidget() or dialog
    qtbot.keyClick(target, Qt.Key.Key_F1)
    shown = _open_help_dialogs()
    assert len(shown) == 1, f"F1 in the {name} dialog showed no help lines"
    assert "988" in _text(shown[0]) and "116 123" in _text(shown[0])
    assert "not a substitute for diagnosis" in _text(shown[0])
    _close_help_dialogs(qtbot)
    dialog.close()


def test_every_dialog_class_is_in_the_catalogue(context, qtbot):
    built = set()
    for name in DIALOG_NAMES:
        dialog = build_dialog(name, context)
        qtbot.addWidget(dialog)
        built.add(type(dialog).__name__)
    # SaveDialog is the people dialogs' base, HelpLinesDialog is what F1 opens.
    missing = dialog_classes_in_app() - built - {"SaveDialog", "HelpLinesDialog"}
    assert not missing, f"add these to tests/ui/dialog_catalogue.py: {sorted(missing)}"


def test_f1_in_the_main_window_still_shows_the_support_tab(main_window, qtbot):
    main_window.show_tab("Journal")
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    assert main_window.current_tab_title() == "Support"
    assert not _open_help_dialogs()


def test_unlock_dialog_has_a_support_button_and_f1(context, qtbot):
    from resilience_desktop.ui.safety.unlock_dialog import UnlockDialog

    install_app_keyboard(QApplication.instance())
    dialog = UnlockDialog(context.paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.support_button, Qt.MouseButton.LeftButton)
    assert len(_open_help_dialogs()) == 1
    _close_help_dialogs(qtbot)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_F1)
    assert len(_open_help_dialogs()) == 1
    _close_help_dialogs(qtbot)


def test_recovery_screen_has_a_support_button(paths, qapp, qtbot):
    from resilience_desktop.core.session import DataSession
    from resilience_desktop.ui.safety.recovery_window import RecoveryWindow

    make_folders(paths)
    window = RecoveryWindow(DataSession(paths), "file is not a database")
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.support_button, Qt.MouseButton.LeftButton)
    shown = _open_help_dialogs()
    assert len(shown) == 1 and "Samaritans" in _text(shown[0])
    _close_help_dialogs(qtbot)
