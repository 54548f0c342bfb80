"""Issue 17, "Low, but people hit them", as whole processes: dates out of range, odd
check-in answers and passphrases, refused imports into a new folder, `check`'s exit
codes and messages about paths, `demo --years`, and starting without a display."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import make_journal, run_cli

pytestmark = pytest.mark.slow


def _run_bytes(*args: str, stdin: bytes, env: dict | None = None):
    """Like run_cli, with raw bytes on stdin (text=True would refuse to send them)."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([sys.executable, "-m", "resilience_desktop", *args], input=stdin,
                          capture_output=True, env=environment, timeout=120)


def _plain_failure(result, code: int = 1) -> str:
    stderr = result.stderr if isinstance(result.stderr, str) else result.stderr.decode()
    assert result.returncode == code, stderr
    assert "Traceback" not in stderr
    return stderr


# -- dates -------------------------------------------------------------------------
def test_a_jrnl_file_dated_9999_is_refused_and_creates_no_journal(tmp_path):
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text(json.dumps({"entries": [
        {"title": "far", "body": "future", "date": "9999-12-31", "time": "10:00"}]}))
    data = tmp_path / "new" / "journal"
    stderr = _plain_failure(run_cli("import", "--format", "jrnl", str(jrnl), "--data-dir", str(data)))
    assert 'Entry 1, field "date": 9999-12-31 is outside the years 1900–2200.' in stderr
    assert "Nothing was imported" in stderr
    assert list(tmp_path.iterdir()) == [jrnl]  # not even the folders


def test_a_json_export_dated_9999_names_the_row(tmp_path):
    source = make_journal(tmp_path / "source")
    exported = tmp_path / "export.json"
    assert run_cli("export", "--format", "json", str(exported), "--data-dir", str(source)).returncode == 0
    document = json.loads(exported.read_text())
    table = document["tables"]["journal_entry"]
    table["rows"] = [[{"id": 1, "entry_date": "9999-12-31", "title": "far", "body": "b",
                       "kind": "free", "created_at": "2024-01-01 10:00:00",
                       "updated_at": "2024-01-01 10:00:00", "uid": "a" * 32}.get(c)
                      for c in table["columns"]]]
    exported.write_text(json.dumps(document))
    target = make_journal(tmp_path / "target")
    stderr = _plain_failure(run_cli("import", "--format", "json", str(exported), "--data-dir", str(target)))
    assert 'table "journal_entry", row 1, field "entry_date": 9999-12-31 is outside the years ' \
           "1900–2200." in stderr


@pytest.mark.parametrize("args, words", [
    (("summary", "--from", "9999-12-31", "--to", "9999-12-31", "PDF"),
     "argument --from: 9999-12-31 is outside the years 1900–2200."),
    (("summary", "--from", "2024-01-01", "--to", "2024-99-99", "PDF"),
     "argument --to: '2024-99-99' is not a real date."),
    (("demo", "--end-date", "1850-01-01"),
     "argument --end-date: 1850-01-01 is outside the years 1900–2200."),
])
def test_date_options_outside_the_range_are_plain_usage_errors(tmp_path, args, words):
    args = tuple(str(tmp_path / "s.pdf") if a == "PDF" else a for a in args)
    result = run_cli(*args, "--data-dir", str(make_journal(tmp_path / "d")))
    assert words in _plain_failure(result, 2)


def test_demo_years_reaching_before_1900_are_refused_plainly(tmp_path):
    result = run_cli("demo", "--years", "150", "--end-date", "2026-01-01",
                     "--data-dir", str(tmp_path / "d"))
    assert "150 years up to 2026-01-01 would start before 1900" in _plain_failure(result)
    assert not (tmp_path / "d").exists()


# -- checkin and passphrases ----------------------------------------------------------
def _responses(data) -> int:
    with sqlite3.connect(data / "resilience.sqlite3") as conn:
        return conn.execute("SELECT COUNT(*) FROM insights_response").fetchone()[0]


@pytest.mark.parametrize("answer", ["²", "--3", "٣", "3.0", "+3"])
def test_checkin_refuses_odd_piped_answers_plainly(tmp_path, answer):
    data = make_journal(tmp_path / "d")
    result = run_cli("checkin", "--scale", "brs", "--data-dir", str(data),
                     input=f"{answer}\n2\n4\n2\n4\n2\n")
    stderr = _plain_failure(result)
    assert f"item 1: {answer!r} is not an answer; use a whole number 1–5." in stderr
    assert _responses(data) == 0


def test_checkin_refuses_answers_that_are_not_utf8(tmp_path):
    data = make_journal(tmp_path / "d")
    result = _run_bytes("checkin", "--scale", "brs", "--data-dir", str(data),
                        stdin=b"\xff\n2\n4\n2\n4\n2\n")
    assert "The answers: what was given on stdin is not UTF-8 text" in _plain_failure(result)
    assert _responses(data) == 0


def test_checkin_on_a_terminal_asks_again_after_an_odd_answer(tmp_path):
    import pty

    data = make_journal(tmp_path / "d")
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "resilience_desktop", "checkin", "--scale", "brs",
             "--data-dir", str(data)], stdin=follower, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        os.write(leader, "²\n--3\n4\n2\n4\n2\n4\n2\n".encode())
        stdout, stderr = process.communicate(timeout=120)
    finally:
        os.close(leader)
        os.close(follower)
    assert process.returncode == 0, stderr.decode()
    assert stdout.decode().count("Please type one of 1, 2, 3, 4, 5.") == 2
    assert "score: " in stdout.decode() and _responses(data) == 1


@pytest.mark.parametrize("verb", ["lock", "check"])
def test_a_passphrase_that_is_not_utf8_is_a_plain_message(tmp_path, verb):
    data = make_journal(tmp_path / "d")
    if verb == "check":  # a locked journal: check asks for the passphrase
        assert run_cli("lock", "--data-dir", str(data), input="a good passphrase\n").returncode == 0
    result = _run_bytes(verb, "--data-dir", str(data), stdin=b"\xff\xfe not text at all\n")
    assert "passphrase: what was given on stdin is not UTF-8 text" in _plain_failure(result)
    assert (data / "vault.json").exists() is (verb == "check")


# -- a refused import creates nothing -------------------------------------------------
def test_a_refused_import_into_an_existing_empty_folder_leaves_no_journal(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("full_date,time,mood,activities,note_title,note\nnope,,,,,\n")
    folder = tmp_path / "empty"
    folder.mkdir()
    result = run_cli("import", "--format", "daylio", str(bad), "--data-dir", str(folder))
    stderr = _plain_failure(result)
    assert "Created a new journal" not in result.stdout and "Nothing was imported" in stderr
    assert not (folder / "resilience.sqlite3").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_import_into_a_new_folder_creates_the_journal_when_rows_are_added(tmp_path):
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text(json.dumps({"entries": [
        {"title": "t", "body": "b", "date": "2024-01-01", "time": "10:00"}]}))
    data = tmp_path / "new"
    result = run_cli("import", "--format", "jrnl", str(jrnl), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert f"Created a new journal in {data}." in result.stdout and "1 added" in result.stdout
    assert (data / "resilience.sqlite3").exists() and (data / "backups").is_dir()
    empty = tmp_path / "empty.json"
    empty.write_text('{"entries": []}')
    nothing = run_cli("import", "--format", "jrnl", str(empty), "--data-dir", str(tmp_path / "n2"))
    assert nothing.returncode == 0 and "no journal was created" in nothing.stdout
    assert not (tmp_path / "n2").exists()


# -- check, paths and demo --years ---------------------------------------------------
def test_check_has_its_own_exit_code_for_no_journal(tmp_path):
    result = run_cli("check", "--data-dir", str(tmp_path / "nothing"))
    assert f"No journal in {tmp_path / 'nothing'}" in _plain_failure(result, 3)
    help_text = run_cli("check", "--help").stdout
    assert "3 no journal to check" in help_text


def test_a_file_given_as_data_dir_is_named_as_not_a_folder(tmp_path):
    a_file = tmp_path / "journal.txt"
    a_file.write_text("not a folder")
    for verb, code in (("check", 3), ("search", 1)):
        args = (verb, "x") if verb == "search" else (verb,)
        stderr = _plain_failure(run_cli(*args, "--data-dir", str(a_file)), code)
        assert f"must be a folder; {a_file} is a file." in stderr
        assert "logs" not in stderr


def test_importing_a_folder_says_a_file_is_expected(tmp_path):
    data = make_journal(tmp_path / "d")
    stderr = _plain_failure(run_cli("import", "--format", "json", str(tmp_path), "--data-dir", str(data)))
    assert f"{tmp_path} is a folder; give the path of the file to import." in stderr


@pytest.mark.parametrize("years", ["0", "-1", "201", "nan"])
def test_demo_years_out_of_range_says_what_is_allowed(tmp_path, years):
    stderr = _plain_failure(run_cli("demo", "--years", years, "--data-dir", str(tmp_path / "d")))
    assert "--years must be more than 0 and at most 200" in stderr
    assert "between 0 and 200" not in stderr


# -- no display ------------------------------------------------------------------------
def _without_display() -> dict:
    return {k: v for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's")
def test_the_window_without_a_display_says_so_plainly(tmp_path):
    result = subprocess.run([sys.executable, "-m", "resilience_desktop", "--data-dir",
                             str(tmp_path / "d")], capture_output=True, text=True,
                            env=_without_display(), timeout=120)
    assert result.returncode == 2, result.stderr
    assert "no display was found" in result.stderr and "DISPLAY" in result.stderr
    assert "--screenshot" in result.stderr
    assert "libxcb" not in result.stderr and "Aborted" not in result.stderr
    assert not (tmp_path / "d").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's")
def test_smoke_runs_without_a_display(tmp_path):
    result = subprocess.run([sys.executable, "-m", "resilience_desktop", "--data-dir",
                             str(tmp_path / "d"), "--smoke"], capture_output=True, text=True,
                            env=_without_display(), timeout=120)
    assert result.returncode == 0, result.stderr
