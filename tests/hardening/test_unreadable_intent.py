"""An intent record the app cannot read: stop, change nothing, explain, offer the way back."""

import json
import pytest

from resilience_desktop.paths import AppPaths
from tests.conftest import run_cli
from tests.session.helpers import CANARY, PASSPHRASE, file_hashes, journal_with_canary

pytestmark = pytest.mark.slow


def _unlock_cut_after_its_commit_point(data):
    """What a killed unlock leaves: the decrypted twin, the retired key, the intent."""
    paths = AppPaths.resolve(data)
    session = journal_with_canary(paths, rows=20, backups=0)
    session.close()
    decrypted = paths.db_path.read_bytes()
    session.open_writer()
    session.lock(PASSPHRASE)
    session.close()
    (data / "resilience.sqlite3.unlocking").write_bytes(decrypted)
    (data / "vault.json").rename(data / "vault.json.retired")
    return paths


@pytest.mark.parametrize("intent", ['{"started": "2026-12-01T10:00:00"}', '{"kind": "mer',
                                    '{"kind": "defragment"}', "[1, 2]",
                                    '{"kind": "restore", "phase": "committing"}'])
def test_an_unreadable_intent_stops_every_door_and_changes_nothing(tmp_path, intent):
    data = tmp_path / "data"
    _unlock_cut_after_its_commit_point(data)
    (data / "transition.json").write_text(intent)
    before = file_hashes(data)
    for verb in (("backup",), ("check",), ("search", "zebra"), ("lock",)):
        result = run_cli(*verb, "--data-dir", str(data), input=PASSPHRASE + "\n")
        assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
        assert str(data / "transition.json") in result.stderr, (verb, result.stderr)
        assert "Nothing was changed" in result.stderr
        assert file_hashes(data) == before, verb
    assert (data / "resilience.sqlite3.unlocking").exists()
    assert (data / "vault.json.retired").exists()


def test_the_message_names_the_way_back_and_following_it_finishes_the_unlock(tmp_path):
    data = tmp_path / "data"
    _unlock_cut_after_its_commit_point(data)
    (data / "transition.json").write_text('{"started": "2026-12-01T10:00:00"}')
    result = run_cli("backup", "--data-dir", str(data))
    assert "vault.json.retired" in result.stderr and '{"kind": "unlock"}' in result.stderr
    (data / "transition.json").write_text(json.dumps({"kind": "unlock"}))
    assert run_cli("backup", "--data-dir", str(data)).returncode == 0
    assert not (data / "vault.json.retired").exists() and not (data / "vault.json").exists()
    result = run_cli("check", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert CANARY.encode() in (data / "resilience.sqlite3").read_bytes()
