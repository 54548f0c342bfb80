"""The two doors of the data session: what the writer settles, what the reader never touches."""

import shutil
import sqlite3

import pytest

from resilience_desktop.core import vault
from resilience_desktop.core.errors import DatabaseDamagedError, DatabaseTooNewError
from resilience_desktop.core.health import APPLICATION_ID, NotAJournalError
from resilience_desktop.core.session import AlreadyOpenError, DataSession, NoJournalError
from resilience_desktop.core.session import PendingTransitionError
from resilience_desktop.core.transitions import write_intent
from resilience_desktop.paths import AppPaths
from tests.session.helpers import (PASSPHRASE, file_hashes, journal_with_canary, key_provider,
                                   read_canary)
from tests.inspection import make_folders


@pytest.fixture
def paths(tmp_path):
    return AppPaths.resolve(tmp_path / "data")


def test_a_new_journal_is_made_whole_and_marked_as_ours(paths):
    session = DataSession(paths)
    session.open_writer(create=True)
    session.close()
    assert session.created
    header = paths.db_path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert not paths.db_path.with_name("resilience.sqlite3.new").exists()


def test_no_journal_is_refused_and_nothing_is_created(paths):
    with pytest.raises(NoJournalError, match="No journal in"):
        DataSession(paths).open_writer()
    with pytest.raises(NoJournalError):
        DataSession(paths).open_reader()
    assert not paths.data_dir.exists()


def test_an_empty_file_is_damage_not_a_new_journal(paths):
    make_folders(paths)
    paths.db_path.write_bytes(b"")
    with pytest.raises(DatabaseDamagedError, match="empty"):
        DataSession(paths).open_writer(create=True)
    with pytest.raises(DatabaseDamagedError):
        DataSession(paths).open_reader()
    assert paths.db_path.stat().st_size == 0


def test_another_apps_database_is_refused_untouched(paths):
    make_folders(paths)
    conn = sqlite3.connect(paths.db_path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()
    before = file_hashes(paths.data_dir)
    with pytest.raises(NotAJournalError, match="not a Resilience journal"):
        DataSession(paths).open_writer()
    assert file_hashes(paths.data_dir) == before


def test_a_second_writer_is_refused_while_the_first_holds_the_lock(paths, tmp_path):
    import subprocess
    import sys

    journal_with_canary(paths, rows=1, backups=0).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom resilience_desktop.instance_lock import InstanceLock\n"
         f"InstanceLock({str(paths.lock_path)!r}).acquire()\nprint('held', flush=True)\n"
         "sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(AlreadyOpenError):
            DataSession(paths).open_writer()
        reader = DataSession(paths)
        reader.open_reader()  # readers need no lock
        assert read_canary() is not None
        reader.close()
    finally:
        holder.stdin.close()
        holder.wait(30)
    DataSession(paths).open_writer()  # the dead holder's lock is gone with it


def test_the_reader_reads_and_changes_no_byte(paths):
    journal_with_canary(paths).close()
    before = file_hashes(paths.data_dir)
    reader = DataSession(paths)
    reader.open_reader()
    assert read_canary(5).startswith("zebra")
    from resilience_desktop.services.preferences import set_preference

    with pytest.raises(Exception):
        set_preference("written", "by a reader")
    reader.close()
    assert file_hashes(paths.data_dir) == before


def test_the_reader_refuses_an_older_schema_and_a_pending_transition(paths):
    journal_with_canary(paths, rows=1, backups=0).close()
    write_intent(paths, "lock")
    before = file_hashes(paths.data_dir)
    with pytest.raises(PendingTransitionError, match="Open Resilience once to finish turning"):
        DataSession(paths).open_reader()
    assert file_hashes(paths.data_dir) == before
    DataSession(paths).open_writer()  # the writer rolls the empty transition back
    assert not (paths.data_dir / "transition.json").exists()


def test_a_newer_journal_is_refused_by_both_doors(paths):
    journal_with_canary(paths, rows=1, backups=0).close()
    conn = sqlite3.connect(paths.db_path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = file_hashes(paths.data_dir)
    for door in ("open_writer", "open_reader"):
        with pytest.raises(DatabaseTooNewError, match="Nothing was changed"):
            getattr(DataSession(paths), door)()
    assert file_hashes(paths.data_dir) == before


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": 1}',
                                     b'{"format": 1, "passphrase": {"kdf": "argon2id", '
                                     b'"time_cost": 3, "memory_cost": 99999999999, '
                                     b'"parallelism": 1, "salt": "00", "wrapped": "", "tag": ""}}'])
def test_a_damaged_vault_file_is_a_plain_message_and_changes_nothing(paths, content):
    session = journal_with_canary(paths, rows=1, backups=0)  # no backup: no key copy
    session.lock(PASSPHRASE)
    session.close()
    vault.vault_path(paths).write_bytes(content)
    before = file_hashes(paths.data_dir)
    for door in ("open_writer", "open_reader"):
        with pytest.raises(vault.DamagedVaultError, match="vault.json is damaged"):
            getattr(DataSession(paths, key_provider=key_provider()), door)()
    assert file_hashes(paths.data_dir) == before


def _leftover_sidecars(paths):
    return sorted(p.name for p in paths.data_dir.iterdir() if p.name.endswith(("-wal", "-shm",
                                                                            "-journal")))


def test_a_crash_wal_is_folded_back_by_the_reader_and_nothing_is_copied_out(paths, tmp_path,
                                                                          monkeypatch):
    """A stray -wal (no app running): the reader folds it back under the writer lock, as
    the next writer open would; the content is the same and no copy leaves the folder."""
    journal_with_canary(paths, rows=3, backups=0).close()
    conn = sqlite3.connect(paths.db_path)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("INSERT INTO preference (key, value, uid) VALUES ('late.one', '\"late\"', 'aa11')")
    conn.commit()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(f"{paths.db_path}{suffix}", tmp_path / f"crash{suffix}")
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(tmp_path / f"crash{suffix}", f"{paths.db_path}{suffix}")
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(system_temp))
    reader = DataSession(paths)
    reader.open_reader()
    from resilience_desktop.services.preferences import get_preference

    assert get_preference("late.one") == "late"
    reader.close()
    assert _leftover_sidecars(paths) == [] and list(system_temp.iterdir()) == []
    assert sorted(p.name for p in paths.data_dir.iterdir()) == ["backups", "resilience.lock",
                                                                "resilience.sqlite3"]


HOT_JOURNAL_CHILD = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=delete")
conn.execute("PRAGMA cache_size=1")  # every changed page spills: the journal is hot
conn.execute("BEGIN")
conn.execute("UPDATE preference SET value = value || ' changed'")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_hot_rollback_journal_left_by_a_kill_is_recovered_not_called_damage(paths):
    import subprocess
    import sys

    journal_with_canary(paths, rows=300, backups=0).close()
    subprocess.run([sys.executable, "-c", HOT_JOURNAL_CHILD, str(paths.db_path)])
    assert (paths.data_dir / "resilience.sqlite3-journal").exists()
    reader = DataSession(paths)
    reader.open_reader()  # rolled back under the writer lock, as a writer open would
    assert read_canary(3).endswith("words ")  # the cut-short change is not seen
    reader.close()
    assert _leftover_sidecars(paths) == []
    writer = DataSession(paths)
    writer.open_writer()  # the writer's own open rolls the journal back
    assert read_canary(3).endswith("words ")
    writer.close()
    assert not (paths.data_dir / "resilience.sqlite3-journal").exists()


@pytest.mark.slow
def test_check_after_a_kill_mid_write_reports_ok_and_copies_nothing_out(paths):
    import subprocess
    import sys

    from tests.conftest import run_cli

    journal_with_canary(paths, rows=300, backups=0).close()
    subprocess.run([sys.executable, "-c", HOT_JOURNAL_CHILD, str(paths.db_path)])
    system_temp = paths.data_dir.parent / "system-temp"
    system_temp.mkdir()
    result = run_cli("check", "--data-dir", str(paths.data_dir),
                     env_extra={"TMPDIR": str(system_temp)})
    assert result.returncode == 0 and "quick_check: ok" in result.stdout, result.stdout
    assert _leftover_sidecars(paths) == [] and list(system_temp.iterdir()) == []


def test_a_reader_in_the_writers_own_process_reads_the_live_wal_in_place(paths):
    from resilience_desktop.core.session import ReaderOpening
    from resilience_desktop.services.preferences import set_preference

    session = journal_with_canary(paths, rows=3, backups=0)
    set_preference("live.one", "live")  # in the -wal of the open writer
    before = file_hashes(paths.data_dir)
    reader = ReaderOpening(paths)
    assert reader.readable_path() == paths.db_path and reader.in_place
    assert file_hashes(paths.data_dir) == before  # nothing folded or copied
    session.close()
