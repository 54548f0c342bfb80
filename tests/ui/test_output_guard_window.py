"""The window's save paths go through the output-path guard, driven like a person:
File > Export (JSON and the CSV folder), Save summary and the recovery screen's
"Save what can be read" refuse the journal, vault.json, links into the data folder,
a FIFO, a folder and /dev/null with a message naming the path as typed, change no
byte of the data folder, and replace an existing file only after a Yes."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from resilience_desktop.core.db import close_database
from resilience_desktop.paths import AppPaths
from resilience_desktop.services.preferences import set_preference
from resilience_desktop.ui.safety.transfer_dialogs import CSV_FILTER, JSON_FILTER
from resilience_desktop.ui.widgets import background
from tests.core.damaged_journals import make_damaged

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def _fingerprint(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def _surroundings(tmp_path: Path, data: Path) -> Path:
    """Beside the data folder: links into it, a FIFO, a folder, a file of the person's."""
    (data / "vault.json").write_bytes(b'{"wrapped": "the only copy of the key"}')
    place = tmp_path / "place"
    place.mkdir()
    (place / "link-to-db").symlink_to(data / "resilience.sqlite3")
    (place / "link-to-vault").symlink_to(data / "vault.json")
    (place / "link-to-data").symlink_to(data, target_is_directory=True)
    os.mkfifo(place / "pipe")
    (place / "folder").mkdir()
    (place / "mine.json").write_bytes(b"precious")
    (place / "notes").write_bytes(b"a file where a folder is meant")
    return place


def _file_targets(place: Path, data: Path) -> list[str]:
    return [str(data / "resilience.sqlite3"), str(data / "vault.json"),
            str(place / "link-to-db"), str(place / "link-to-vault"),
            str(place / "link-to-data" / "out.json"), str(place / "folder" / ".." / ".." /
                                                          "data" / "new.json"),
            str(place / "pipe"), str(place / "folder"), os.devnull]


def _folder_targets(place: Path, data: Path) -> list[str]:
    return [str(data), str(data / "backups"), str(place / "link-to-data"),
            str(place / "pipe"), str(place / "notes"), os.devnull]


class Person:
    """Answers the dialogs: the save dialog returns `choice`; questions get `answer`."""

    def __init__(self, monkeypatch) -> None:
        self.choice: tuple[str, str] = ("", "")
        self.answer = NO
        self.warnings: list[str] = []
        self.questions: list[tuple] = []
        self.told: list[str] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: self.choice)
        monkeypatch.setattr(QMessageBox, "warning", self._warning)
        monkeypatch.setattr(QMessageBox, "information",
                            lambda parent, title, text, *a, **k: self.told.append(text))
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _warning(self, parent, title, text, *args, **kwargs):
        if "Export anyway?" in text:  # the journal looks locked (its vault.json is here):
            return YES                # the person accepts that the export is plain
        self.warnings.append(text)
        return None

    def _question(self, parent, title, text, buttons=None, default=None):
        self.questions.append((text, default))
        return self.answer


def _assert_refused(person: Person, target: str, before: dict, data: Path, place: Path):
    assert person.warnings, f"{target}: no message"
    message = person.warnings.pop()
    assert target in message and "Nothing was written" in message, message
    assert not person.questions, f"{target}: asked instead of refusing"
    assert _fingerprint(data) == before, f"{target} changed the data folder"
    assert stat.S_ISFIFO(os.stat(place / "pipe").st_mode)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@pytest.fixture
def window_and_place(main_window, context, tmp_path, monkeypatch):
    # the main window builds its own data-safety actions (File > Export…)
    set_preference("mood", "kept")
    data = context.paths.data_dir
    return main_window, data, _surroundings(tmp_path, data), Person(monkeypatch)


def test_file_export_refuses_the_journal_links_pipes_folders_and_devices(window_and_place,
                                                                        qtbot):
    window, data, place, person = window_and_place
    before = _fingerprint(data)
    for target in _file_targets(place, data):
        person.choice = (target, JSON_FILTER)
        window.export_action.trigger()
        assert background.idle()  # nothing was started
        _assert_refused(person, target, before, data, place)
    for target in _folder_targets(place, data):
        person.choice = (target, CSV_FILTER)  # the folder is the name without .csv
        window.export_action.trigger()
        assert background.idle(), (target, person.questions)
        _assert_refused(person, target, before, data, place)


def test_file_export_replaces_a_file_only_after_yes(window_and_place, qtbot):
    window, data, place, person = window_and_place
    target = place / "mine.json"
    person.choice = (str(target), JSON_FILTER)
    window.export_action.trigger()  # the person answers No (the default)
    assert person.questions == [(f"{target} already exists. Replace it?", NO)]
    assert background.idle() and target.read_bytes() == b"precious"
    person.answer = YES
    window.export_action.trigger()
    qtbot.waitUntil(background.idle, timeout=30_000)
    assert b'"resilience-export"' in target.read_bytes() and person.told
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in place.iterdir() if p.name.startswith(".")) == []


def test_save_summary_refuses_and_asks(window_and_place, context, qtbot):
    from resilience_desktop.ui.insights.summary_dialog import SummaryDialog

    _window, data, place, person = window_and_place
    dialog = SummaryDialog(context)
    qtbot.addWidget(dialog)
    before = _fingerprint(data)
    for target in _file_targets(place, data):
        person.choice = (target, "PDF files (*.pdf)")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        _assert_refused(person, target, before, data, place)
    mine = place / "mine.json"
    person.choice = (str(mine), "PDF files (*.pdf)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert person.questions.pop() == (f"{mine} already exists. Replace it?", NO)
    assert mine.read_bytes() == b"precious"
    person.answer = YES
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert mine.read_bytes().startswith(b"%PDF"), dialog.message_label.text()


def test_recovery_screen_saves_what_can_be_read_only_through_the_guard(tmp_path, qtbot,
                                                                        monkeypatch):
    from resilience_desktop.core.session import DataSession
    from resilience_desktop.ui.safety.recovery_window import RecoveryWindow

    paths = AppPaths.resolve(tmp_path / "data")
    make_damaged(paths, "corrupted_page", tmp_path / "scratch")
    close_database()
    data = paths.data_dir
    place = _surroundings(tmp_path, data)
    person = Person(monkeypatch)
    window = RecoveryWindow(DataSession(paths), "quick_check said: page 3")
    qtbot.addWidget(window)
    before = _fingerprint(data)
    for target in _file_targets(place, data):
        person.choice = (target, "JSON (*.json)")
        qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
        _assert_refused(person, target, before, data, place)
    mine = place / "mine.json"
    person.choice = (str(mine), "JSON (*.json)")
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert person.questions.pop() == (f"{mine} already exists. Replace it?", NO)
    assert mine.read_bytes() == b"precious"
    person.answer = YES
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert b'"salvaged": true' in mine.read_bytes(), window.status_label.text()
    assert _fingerprint(data) == before
