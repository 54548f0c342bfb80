"""The window's side of the output-path guard (core/output_path): ask before replacing.

Every save dialog hands the chosen path to ``confirm_output`` first. A path the guard
refuses (inside the data folder, a device, a pipe, a folder where a file is meant…)
is explained in a message box; an existing file or a folder that holds files is
replaced only after the person says Yes. The writer then runs with the answer as
``force``, and the guard checks again as it writes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from resilience_desktop.core.output_path import (OutputExists, OutputRefused, check_output_file,
                                                 check_output_folder)


def confirm_output(parent: QWidget, path: str | Path, data_dir: Path, folder: bool = False,
                   already_asked: bool = False) -> bool | None:
    """force to write with (True/False), or None when nothing should be written.

    already_asked: the file dialog itself asked about replacing an existing file."""
    check = check_output_folder if folder else check_output_file
    try:
        check(path, data_dir, force=already_asked)
        return already_asked
    except OutputExists:
        what = "already holds files; write into it" if folder else "already exists; replace it"
        answer = QMessageBox.question(
            parent, "Replace?", f"{path} {what}?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return True if answer == QMessageBox.StandardButton.Yes else None
    except OutputRefused as error:
        QMessageBox.warning(parent, "Cannot save there", str(error))
        return None
