"""`write` and `edit` as whole processes, with a fake $EDITOR that records what it saw."""

from __future__ import annotations

import json
import stat
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from resilience_desktop.core.db import close_database
from resilience_desktop.core.startup import open_app_database
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.journal import lookup, revisions
from tests.conftest import make_journal, run_cli

pytestmark = pytest.mark.slow

FAKE_EDITOR = textwrap.dedent("""\
    import json, os, stat, sys
    path = sys.argv[-1]
    seen = {"path": path, "pid": os.getpid(), "text": open(path, encoding="utf-8").read(),
            "file_mode": stat.S_IMODE(os.stat(path).st_mode),
            "folder_mode": stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode)}
    json.dump(seen, open(os.environ["FAKE_EDITOR_LOG"], "w"))
    mode = os.environ.get("FAKE_EDITOR_MODE", "rewrite")
    if mode == "hang":  # until the test kills this editor
        import time
        while True:
            time.sleep(0.05)
    if mode == "fail":
        sys.exit(3)
    if mode == "rewrite":
        with open(path, "w", encoding="utf-8") as out:
            out.write("New title\\n\\nNew text, written in the editor.\\n")
    """)


@pytest.fixture
def data(tmp_path) -> Path:
    return make_journal(tmp_path / "data")


@pytest.fixture
def editor(tmp_path):
    script = tmp_path / "fake_editor.py"
    script.write_text(FAKE_EDITOR)
    log = tmp_path / "editor-log.json"

    def env(mode="rewrite", **extra):
        values = {"EDITOR": f'"{sys.executable}" "{script}"', "VISUAL": "",
                  "FAKE_EDITOR_LOG": str(log), "FAKE_EDITOR_MODE": mode,
                  "XDG_RUNTIME_DIR": str(tmp_path)}
        values.update(extra)
        return values

    env.log = log
    return env


def read_entries(data: Path):
    open_app_database(journal_paths(data))
    try:
        result = []
        for summary in journal.list_entries():
            entry = journal.get_entry(summary.id)
            uid = lookup.uid_of(entry.id)
            result.append((entry, [r.body for r in revisions.list_revisions(uid)]))
        return result
    finally:
        close_database()


def journal_paths(data):
    from resilience_desktop.paths import AppPaths

    return AppPaths.resolve(data)


def test_write_from_arguments_and_from_stdin(data):
    done = run_cli("write", "--data-dir", str(data), "--date", "2024-05-01",
                   "Walked to the lake.", "The ice is gone.")
    assert done.returncode == 0, done.stderr
    assert "Walked to the lake." in done.stdout
    piped = run_cli("write", "--data-dir", str(data), input="Rainy day\nStayed in and read.\n")
    assert piped.returncode == 0, piped.stderr
    found = {(e.entry_date, e.title, e.body) for e, _ in read_entries(data)}
    assert (date(2024, 5, 1), "Walked to the lake.", "The ice is gone.") in found
    assert (date.today(), "Rainy day", "Stayed in and read.") in found


@pytest.mark.parametrize("args, stdin, message", [
    ((), "  \n", "empty"),
    (("--date", "2024-02-30", "x"), None, "YYYY-MM-DD"),
    (("--date", "2199-01-01", "x"), None, "future"),
    (("--date", "2999-01-01", "x"), None, "1900–2200"),
])
def test_write_refuses_plainly_and_writes_nothing(data, args, stdin, message):
    done = run_cli("write", "--data-dir", str(data), *args, input=stdin or "")
    assert done.returncode != 0 and message in done.stderr
    assert "Traceback" not in done.stderr
    assert read_entries(data) == []


def test_edit_saves_the_change_and_keeps_the_old_text(data, editor):
    assert run_cli("write", "--data-dir", str(data), "--date", "2024-05-01",
                   "Old title. Old text.").returncode == 0
    done = run_cli("edit", "--on", "2024-05-01", "--data-dir", str(data), env_extra=editor())
    assert done.returncode == 0, done.stderr
    seen = json.loads(editor.log.read_text())
    assert seen["text"] == "Old title.\n\nOld text.\n"
    assert seen["file_mode"] == 0o600 and seen["folder_mode"] == 0o700
    assert not Path(seen["path"]).exists() and not Path(seen["path"]).parent.exists()
    [(entry, kept)] = read_entries(data)
    assert (entry.title, entry.body) == ("New title", "New text, written in the editor.")
    assert kept == ["Old text."]


@pytest.mark.parametrize("mode, message", [("fail", "status 3"), ("same", "No change")])
def test_edit_saves_nothing_when_the_editor_fails_or_nothing_changed(data, editor, mode, message):
    run_cli("write", "--data-dir", str(data), "--date", "2024-05-01", "Kept. As it was.")
    done = run_cli("edit", "--on", "2024-05-01", "--data-dir", str(data),
                   env_extra=editor(mode))
    assert message in done.stdout + done.stderr
    assert done.returncode == (1 if mode == "fail" else 0)
    [(entry, kept)] = read_entries(data)
    assert (entry.title, entry.body, kept) == ("Kept.", "As it was.", [])
    assert not Path(json.loads(editor.log.read_text())["path"]).parent.exists()


def test_edit_without_an_editor_says_so(data, editor):
    run_cli("write", "--data-dir", str(data), "--date", "2024-05-01", "Text.")
    done = run_cli("edit", "--on", "2024-05-01", "--data-dir", str(data),
                   env_extra=editor(EDITOR="", VISUAL=""))
    assert done.returncode == 1 and "No editor is set" in done.stderr


def test_edit_with_several_entries_lists_them_then_takes_a_uid(data, editor):
    for text in ("Morning walk.", "Evening call."):
        run_cli("write", "--data-dir", str(data), "--date", "2024-05-01", text)
    listed = run_cli("edit", "--on", "2024-05-01", "--data-dir", str(data),
                     env_extra=editor())
    assert listed.returncode == 2 and "give the uid" in listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 2 and lines[1].endswith("Evening call.")
    uid = lines[1].split()[0]
    assert not editor.log.exists()
    done = run_cli("edit", uid[:8], "--data-dir", str(data), env_extra=editor())
    assert done.returncode == 0, done.stderr
    titles = sorted(e.title for e, _ in read_entries(data))
    assert titles == ["Morning walk.", "New title"]
    missing = run_cli("edit", "--on", "2024-05-02", "--data-dir", str(data), env_extra=editor())
    assert missing.returncode == 1 and "No entry on 2024-05-02" in missing.stderr


def test_write_and_edit_on_a_locked_journal(data, editor):
    assert run_cli("lock", "--data-dir", str(data), input="pass phrase\n").returncode == 0
    written = run_cli("write", "--data-dir", str(data), "--date", "2024-05-01",
                      input="pass phrase\nLocked but writable. Yes.\n")
    assert written.returncode == 0, written.stderr
    wrong = run_cli("write", "--data-dir", str(data), input="nope\nText.\n")
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    done = run_cli("edit", "--on", "2024-05-01", "--data-dir", str(data),
                   env_extra=editor(), input="pass phrase\n")
    assert done.returncode == 0, done.stderr
    assert json.loads(editor.log.read_text())["text"].startswith("Locked but writable.")
    assert stat.S_IMODE((data / "resilience.sqlite3").stat().st_mode) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and the stale-folder check are POSIX")
def test_a_killed_edit_leaves_its_folder_which_the_next_edit_removes(data, editor):
    import os
    import signal
    import subprocess
    import time

    from tests.conftest import PYTHON

    run_cli("write", "--data-dir", str(data), "--date", "2024-05-01", "Safe. Untouched.")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **editor("hang"))
    process = subprocess.Popen([PYTHON, "-m", "resilience_desktop", "edit", "--on",
                                "2024-05-01", "--data-dir", str(data)], env=env,
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    while not editor.log.exists() or not editor.log.read_text().endswith("}"):
        assert process.poll() is None, process.stderr.read()
        time.sleep(0.02)
    seen = json.loads(editor.log.read_text())
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    os.kill(seen["pid"], signal.SIGKILL)
    left = Path(seen["path"]).parent
    assert left.name.startswith(f"resilience-edit-{process.pid}-") and left.exists()
    assert stat.S_IMODE(left.stat().st_mode) == 0o700
    editor.log.unlink()
    again = run_cli("edit", "--on", "2024-05-01", "--data-dir", str(data),
                    env_extra=editor("same"))
    assert again.returncode == 0, again.stderr
    assert not left.exists()
    [(entry, kept)] = read_entries(data)
    assert (entry.title, entry.body, kept) == ("Safe.", "Untouched.", [])


def test_on_a_terminal_edit_asks_which_entry_of_the_day(db, monkeypatch, capsys):
    import argparse

    from resilience_desktop.cli import edit_cmd
    from resilience_desktop.cli.common import CommandError

    day = date(2024, 5, 1)
    first = journal.save_entry(journal.EntryInput(entry_date=day, title="Walk", body="A."))
    second = journal.save_entry(journal.EntryInput(entry_date=day, title="Call", body="B."))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: lookup.uid_of(second)[:7])
    chosen = edit_cmd.choose(argparse.Namespace(uid=None, on=day))
    assert chosen.id == second
    shown = capsys.readouterr().out
    assert "2 entries on 2024-05-01" in shown and "Walk" in shown and "Call" in shown
    other = journal.save_entry(journal.EntryInput(entry_date=date(2024, 5, 2), body="C."))
    monkeypatch.setattr("builtins.input", lambda prompt: lookup.uid_of(other))
    with pytest.raises(CommandError, match="not from 2024-05-01"):
        edit_cmd.choose(argparse.Namespace(uid=None, on=day))
    journal.delete_entry(first)
    with pytest.raises(Exception, match="Trash"):
        edit_cmd.choose(argparse.Namespace(uid=lookup.uid_of(first), on=None))
