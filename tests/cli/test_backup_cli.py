"""`backup` and `restore FILE` as whole processes."""

import sqlite3

from tests.conftest import run_cli


def _preference_keys(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return {row[0] for row in conn.execute("SELECT key FROM preference")}
    finally:
        conn.close()


def test_backup_then_restore(tmp_path):
    data = tmp_path / "data"
    assert run_cli("demo", "--years", "0.1", "--data-dir", str(data)).returncode == 0
    made = run_cli("backup", "--data-dir", str(data))
    assert made.returncode == 0, made.stderr
    backup_file = made.stdout.split("Backup written: ")[1].strip()
    conn = sqlite3.connect(data / "resilience.sqlite3")
    conn.execute("INSERT INTO preference (key, value) VALUES ('added.later', '1')")
    conn.commit()
    conn.close()
    restored = run_cli("restore", backup_file, "--data-dir", str(data))
    assert restored.returncode == 0, restored.stderr
    assert "added.later" not in _preference_keys(data / "resilience.sqlite3")
    assert "before-restore-" in restored.stdout


def test_restore_of_a_missing_file_is_a_plain_error(tmp_path):
    result = run_cli("restore", str(tmp_path / "nope.sqlite3"), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 1
    assert "no such file" in result.stderr and "Traceback" not in result.stderr
