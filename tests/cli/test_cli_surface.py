"""The command line as people who live in a terminal expect: --help with examples,
exit codes, quiet ends into `head`, backups by name, search prefixes and limits,
new passphrases asked twice, a progress line only on a terminal."""

import io
import sqlite3
import subprocess
from datetime import date

import pytest

from resilience_desktop.cli import build_parser
from tests.conftest import PYTHON, run_cli

VERBS = ("backup", "restore", "check", "checkin", "demo", "export", "import", "search",
         "lock", "unlock", "passphrase", "summary", "write", "edit", "sync")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data = tmp_path_factory.mktemp("demo") / "data"
    made = run_cli("demo", "--years", "1", "--end-date", "2026-11-01", "--data-dir", str(data))
    assert made.returncode == 0, made.stderr
    return data


@pytest.mark.parametrize("verb", VERBS)
def test_every_verb_explains_itself_with_an_example(verb, capsys):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([verb, "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert "examples:" in text and f"resilience-desktop {verb}" in text.split("examples:")[1]
    assert "exit codes" in text or verb == "checkin"


def test_check_exit_codes_and_tables_without_search_internals(demo_dir, tmp_path):
    healthy = run_cli("check", "--data-dir", str(demo_dir))
    assert healthy.returncode == 0
    assert "journal_entry:" in healthy.stdout and "journal_entry_fts" not in healthy.stdout
    newer = tmp_path / "newer"
    newer.mkdir()
    conn = sqlite3.connect(newer / "resilience.sqlite3")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    result = run_cli("check", "--data-dir", str(newer))
    assert result.returncode == 2 and "newer version" in result.stdout


def test_output_piped_into_head_ends_quietly(demo_dir):
    process = subprocess.Popen([PYTHON, "-m", "resilience_desktop", "search", "a", "--limit",
                                "100000", "--data-dir", str(demo_dir)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.readline()
    process.stdout.close()  # like `head -1` exiting
    stderr = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=120) == 0
    assert "Broken pipe" not in stderr and "Traceback" not in stderr


def test_search_matches_prefixes_and_says_when_the_list_was_cut(demo_dir):
    conn = sqlite3.connect(demo_dir / "resilience.sqlite3")
    word = conn.execute("SELECT body FROM journal_entry LIMIT 1").fetchone()[0].split()[1]
    conn.close()
    stem = "".join(ch for ch in word if ch.isalpha())[:3].lower()
    found = run_cli("search", stem, "--limit", "3", "--data-dir", str(demo_dir))
    assert found.returncode == 0 and found.stdout.strip()
    assert "showing 3 of" in found.stderr and "use --limit" in found.stderr


def test_backup_list_and_restore_by_name(tmp_path):
    data = tmp_path / "data"
    assert run_cli("--data-dir", str(data), "--smoke").returncode == 0
    empty = run_cli("backup", "--list", "--data-dir", str(tmp_path / "empty"))
    assert empty.returncode == 0 and empty.stdout.startswith("No backups")
    made = run_cli("backup", "--data-dir", str(data))
    name = made.stdout.split("Backup written: ")[1].strip().rsplit("/", 1)[-1]
    listed = run_cli("backup", "--list", "--data-dir", str(data))
    assert listed.returncode == 0
    line = next(line for line in listed.stdout.splitlines() if line.startswith(name))
    assert date.today().isoformat() in line and ("KB" in line or "bytes" in line)
    restored = run_cli("restore", name, "--data-dir", str(data))
    assert restored.returncode == 0, restored.stderr
    missing = run_cli("restore", "no-such-backup.sqlite3", "--data-dir", str(data))
    assert missing.returncode == 1 and "backup --list" in missing.stderr


def test_a_new_passphrase_is_asked_twice_on_a_terminal(monkeypatch):
    from resilience_desktop.cli import vault_cmd
    from resilience_desktop.cli.common import CommandError

    answers = iter(["correct horse", "correct hose"])
    monkeypatch.setattr(vault_cmd.sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    with pytest.raises(CommandError, match="differ"):
        vault_cmd.read_new_secret("New passphrase: ")
    answers = iter(["same words here", "same words here"])
    assert vault_cmd.read_new_secret("New passphrase: ") == "same words here"


def test_lock_says_how_to_get_a_new_recovery_key_and_wrong_passphrase_is_plain(tmp_path):
    data = str(tmp_path / "data")
    assert run_cli("--data-dir", data, "--smoke").returncode == 0
    locked = run_cli("lock", "--data-dir", data, input="a long passphrase\n")
    assert locked.returncode == 0 and "unlock`, then `resilience-desktop lock" in locked.stdout
    wrong = run_cli("unlock", "--data-dir", data, input="nope\n")
    assert wrong.returncode == 1 and "not right" in wrong.stderr
    assert "Nothing was changed" not in wrong.stderr


def test_the_progress_line_draws_only_on_a_terminal_after_a_second():
    from resilience_desktop.cli.progress_line import ProgressLine

    now = [0.0]
    stream = io.StringIO()
    line = ProgressLine(stream, clock=lambda: now[0], force=True)
    line(1, 10, "Importing")
    assert stream.getvalue() == ""  # under a second: nothing
    now[0] = 1.5
    line(5, 10, "Importing")
    assert "Importing… 50 %" in stream.getvalue()
    line.clear()
    assert stream.getvalue().endswith("\r")
    quiet = io.StringIO()  # not a terminal
    ProgressLine(quiet, clock=lambda: 5.0)(1, 2, "x")
    assert quiet.getvalue() == ""
