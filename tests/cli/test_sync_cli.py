"""`sync FOLDER` as a person runs it (issue 18): create, join from a new computer,
refuse another journal's folder and a wrong passphrase without changing anything."""

from __future__ import annotations

from tests.conftest import make_journal, run_cli

PASSPHRASE = "the folder passphrase\n"


def test_an_entry_written_on_one_computer_arrives_on_a_new_one(tmp_path):
    laptop, desktop, folder = make_journal(tmp_path / "laptop"), tmp_path / "desktop", tmp_path / "folder"
    assert run_cli("write", "--data-dir", str(laptop), "Sea swim at dawn. Cold.").returncode == 0
    first = run_cli("sync", str(folder), "--data-dir", str(laptop), "--name", "laptop",
                    input=PASSPHRASE)
    assert first.returncode == 0, first.stderr
    assert "recovery key" in first.stdout and "sent " in first.stdout
    joined = run_cli("sync", str(folder), "--data-dir", str(desktop), "--name", "desktop",
                     input=PASSPHRASE)
    assert joined.returncode == 0, joined.stderr
    assert "Created a new journal" in joined.stdout
    assert "from 1 computer, 0 entries edited on two computers" in joined.stdout
    found = run_cli("search", "swim", "--data-dir", str(desktop))
    assert "Sea swim at dawn." in found.stdout
    again = run_cli("sync", str(folder), "--data-dir", str(laptop))  # no passphrase needed now
    assert again.returncode == 0 and "received" in again.stdout
    status = run_cli("sync", str(folder), "--status", "--data-dir", str(laptop))
    assert status.returncode == 0
    assert "laptop (this computer): last synced" in status.stdout and "desktop:" in status.stdout


def test_a_wrong_passphrase_is_refused_and_no_journal_is_created(tmp_path):
    folder, other = tmp_path / "folder", tmp_path / "other"
    assert run_cli("sync", str(folder), "--data-dir", str(tmp_path / "a"),
                   input=PASSPHRASE).returncode == 0
    refused = run_cli("sync", str(folder), "--data-dir", str(other), input="wrong one\n")
    assert refused.returncode == 1
    assert "not the sync folder's passphrase" in refused.stderr and "Traceback" not in refused.stderr
    assert not other.exists() or not any(other.iterdir())


def test_a_folder_of_another_journal_is_refused_with_nothing_changed(tmp_path):
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    assert run_cli("sync", str(tmp_path / "f1"), "--data-dir", str(mine),
                   input=PASSPHRASE).returncode == 0
    assert run_cli("sync", str(tmp_path / "f2"), "--data-dir", str(theirs),
                   input=PASSPHRASE).returncode == 0
    before = sorted((p.name, p.read_bytes()) for p in (tmp_path / "f2").rglob("*") if p.is_file())
    refused = run_cli("sync", str(tmp_path / "f2"), "--data-dir", str(mine), input=PASSPHRASE)
    assert refused.returncode == 1 and "belongs to another journal" in refused.stderr
    after = sorted((p.name, p.read_bytes()) for p in (tmp_path / "f2").rglob("*") if p.is_file())
    assert after == before


def test_a_locked_journal_reads_its_own_passphrase_first(tmp_path):
    data, folder = make_journal(tmp_path / "data"), tmp_path / "folder"
    assert run_cli("write", "--data-dir", str(data), "Locked words.").returncode == 0
    locked = run_cli("lock", "--data-dir", str(data), input="journal passphrase\n" * 2)
    assert locked.returncode == 0, locked.stderr
    done = run_cli("sync", str(folder), "--data-dir", str(data),
                   input="journal passphrase\n" + PASSPHRASE)
    assert done.returncode == 0, done.stderr
    assert (data / "vault.json").exists()  # still locked
    new = run_cli("sync", str(folder), "--data-dir", str(tmp_path / "new"), input=PASSPHRASE)
    assert new.returncode == 0, new.stderr
    assert "Locked words." in run_cli("search", "Locked", "--data-dir",
                                      str(tmp_path / "new")).stdout


def test_sync_counts_other_notes_edited_on_two_computers(tmp_path):
    from tests.services.sync_helpers import sync
    from tests.services.test_sync_note_revisions import add_person, set_notes

    laptop, desktop, folder = tmp_path / "laptop", tmp_path / "desktop", tmp_path / "folder"
    uid = add_person(laptop, "likes tea")
    sync(laptop, folder), sync(desktop, folder)
    set_notes(laptop, uid, "likes green tea")
    set_notes(desktop, uid, "moved to Lyon")
    sync(laptop, folder)
    done = run_cli("sync", str(folder), "--data-dir", str(desktop))
    assert done.returncode == 0, done.stderr
    assert ("0 entries edited on two computers, 1 other note edited on two computers (the "
            "other text is kept: File → Sync… shows it)") in done.stdout
