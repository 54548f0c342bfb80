"""Long work on a worker thread: the window keeps turning, Cancel works, errors are calm."""

import json
import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from resilience_desktop.core.progress import report
from resilience_desktop.ui.widgets import background
from resilience_desktop.ui.widgets.background import run_in_background
from tests.inspection import draft_pending


def _jrnl_file(path, entries=2500):
    rows = [{"title": f"Day {n}", "body": "walked, wrote, slept " * 20,
             "date": f"{1990 + n // 365:04d}-{1 + n % 12:02d}-{1 + n % 28:02d}"}
            for n in range(entries)]
    path.write_text(json.dumps({"entries": rows}), encoding="utf-8")


def test_the_event_loop_keeps_turning_during_a_long_import(context, qtbot, tmp_path):
    from resilience_desktop.core.models.journal import JournalEntry
    from resilience_desktop.ui.safety.transfer_dialogs import ImportDialog

    path = tmp_path / "big-jrnl.json"
    _jrnl_file(path)
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentText("jrnl JSON export")
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(background.idle()))
    timer.start()
    with qtbot.waitSignal(context.signals.data_replaced, timeout=120_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert ticks.count(False) >= 3  # the loop turned while the import was running
    assert JournalEntry.select().count() > 1000


def test_cancel_stops_the_work_and_on_done_is_not_called(qapp, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    steps, done = [], []

    def work(progress):
        for step in range(10_000_000):
            report(progress, step, 10_000_000, "Counting")
            steps.append(step)

    task = run_in_background(parent, "Counting", work, done.append, cancellable=True)
    qtbot.waitUntil(lambda: len(steps) > 10, timeout=30_000)
    cancel_button = task.dialog.findChild(QPushButton)
    assert cancel_button.text() == "Cancel"
    cancel_button.click()
    qtbot.waitUntil(background.idle, timeout=30_000)
    assert done == [] and len(steps) < 10_000_000


def test_an_unexpected_error_is_logged_without_its_content(qapp, qtbot, caplog, capsys):
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress):
        raise ValueError("my secret diary words")

    with caplog.at_level(logging.ERROR):
        run_in_background(parent, "Saving", work, lambda result: None)
        qtbot.waitUntil(background.idle, timeout=30_000)
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "ValueError" in logged and "secret diary" not in logged
    shown = capsys.readouterr().err  # offscreen: the calm message goes to stderr
    assert "Your saved entries are safe" in shown and "secret" not in shown


def test_a_deleted_tabs_listener_no_longer_fires(context, qtbot):
    from resilience_desktop.ui.widgets.base_tab import BaseTab

    calls = []
    tab = BaseTab(context)
    tab.listen(context.signals.journal_changed, lambda: calls.append("fired"))
    context.signals.journal_changed.emit()
    assert calls == ["fired"]
    tab.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    context.signals.journal_changed.emit()
    assert calls == ["fired"]


def test_a_draft_waits_while_the_journal_file_is_being_replaced(qapp, qtbot, tmp_path):
    from resilience_desktop.ui.journal.draft_autosaver import DraftAutosaver

    from resilience_desktop.core.session import DataSession
    from resilience_desktop.paths import AppPaths

    saved = []
    session = DataSession(AppPaths.resolve(tmp_path / "data"))
    autosaver = DraftAutosaver(lambda: saved.append("draft") or True, session)
    release = []
    parent = QWidget()
    qtbot.addWidget(parent)
    run_in_background(parent, "Restoring", lambda progress: _wait_for(release),
                      lambda result: None, replaces_journal=session)
    autosaver.touch()
    autosaver.flush()
    assert saved == [] and draft_pending(autosaver)  # held back, still pending
    release.append(True)
    qtbot.waitUntil(background.idle, timeout=30_000)
    autosaver.flush()
    assert saved == ["draft"]


def _wait_for(flag: list) -> None:
    import threading

    event = threading.Event()
    while not flag:
        event.wait(0.005)  # the worker thread waits for the test's go-ahead


def test_the_excepthook_logs_without_content_and_tells_calmly(tmp_path, caplog, capsys, qapp):
    import sys

    from resilience_desktop.ui.error_dialog import install_excepthook

    previous = sys.excepthook
    install_excepthook(tmp_path / "logs")
    try:
        try:
            raise OSError("disk I/O error while deleting 'my private title'")
        except OSError as error:
            with caplog.at_level(logging.ERROR):
                sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "OSError" in logged and "private title" not in logged
    told = capsys.readouterr().err
    assert "saved entries are safe" in told and str(tmp_path / "logs") in told


def test_a_replacement_waits_for_reads_under_way_and_holds_new_ones_back(qapp, qtbot, tmp_path):
    """Lock, unlock and restore replace the journal file: a read already on a worker
    thread (Insights working out a period) finishes first, since it holds the old file
    open, and a read asked for meanwhile starts on the new file afterwards."""
    from resilience_desktop.core.session import DataSession
    from resilience_desktop.paths import AppPaths

    session = DataSession(AppPaths.resolve(tmp_path / "data"))
    order, release = [], []
    parent = QWidget()
    qtbot.addWidget(parent)

    def read(progress):
        _wait_for(release)
        order.append("read")

    background.run_quietly(parent, "Working out your insights", read, lambda r: None,
                           lambda e: None)
    run_in_background(parent, "Locking", lambda progress: order.append("replace"),
                      lambda result: None, replaces_journal=session)
    background.run_quietly(parent, "Working out your insights",
                           lambda progress: order.append("later read"), lambda r: None,
                           lambda e: None)
    qtbot.wait(300)
    before_the_read_ended = list(order)
    release.append(True)  # before any assert: the worker thread must end either way
    qtbot.waitUntil(background.idle, timeout=30_000)
    assert before_the_read_ended == []  # the replacement waits for the read; the later
    assert order == ["read", "replace", "later read"]  # read waits for both
    assert not session.journal_is_being_replaced()
