"""The window's side of the output-path guard (core/output_path): where to save, and
asking before replacing.

Every save in the window goes through here: ``ask_save_path`` shows the file dialog
(told not to ask about replacing itself, so the question is always ours and the same
on every platform), then ``confirm_output`` hands the chosen path to the guard. A path
the guard refuses (inside the data folder, a device, a pipe, a folder where a file is
meant…) is explained in a message box; an existing file, or a folder that already
holds files, is replaced only after the person answers Yes to a question naming it
(No is the default). The writer then runs with the answer as ``force``, and the guard
checks again as it writes. ``tests/core/test_output_guard_writers.py`` keeps every
save dialog of the window in this module.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from resilience_desktop.core.output_path import (OutputExists, OutputRefused, check_output_file,
                                                 check_output_folder)
from resilience_desktop.core.i18n import translate


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> tuple[str, str]:
    """(path as typed or picked, chosen filter); ("", "") when cancelled."""
    return QFileDialog.getSaveFileName(parent, translate("Resilience", title), suggested, filters,
                                       options=QFileDialog.Option.DontConfirmOverwrite)


def ask_sync_folder(parent: QWidget, title: str) -> str:
    """The sync folder (File → Sync…), "" when cancelled. Its files are written by the
    sync engine only; services/sync/setup.check_folder hands it to the guard."""
    return QFileDialog.getExistingDirectory(parent, translate("Resilience", title))


def confirm_output(parent: QWidget, path: str | Path, data_dir: Path,
                   folder: bool = False) -> bool | None:
    """force to write with (True/False), or None when nothing should be written."""
    check = check_output_folder if folder else check_output_file
    try:
        check(path, data_dir, force=False)
        return False
    except OutputExists:
        what = translate("Resilience", "already holds files. Write into it") if folder else translate("Resilience", "already exists. Replace it")
        answer = QMessageBox.question(
            parent, translate("Resilience", "Replace?"), f"{path} {what}?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return True if answer == QMessageBox.StandardButton.Yes else None
    except OutputRefused as error:
        QMessageBox.warning(parent, translate("Resilience", "Cannot save there"), str(error))
        return None
