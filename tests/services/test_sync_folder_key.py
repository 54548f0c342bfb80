"""The sync folder's key file (journal.json) through the journal vault's one key-wrap
helper (core/keywrap.py): what a person can and cannot open with it."""

from __future__ import annotations

import json

import pytest

from resilience_desktop.services.sync import folder_key
from resilience_desktop.services.sync.folder_key import FolderRefused
from tests.services.sync_helpers import CHEAP_KDF

SECRET = "correct horse battery"


@pytest.fixture
def folder(tmp_path):
    access, recovery = folder_key.create_folder(tmp_path / "folder", SECRET, CHEAP_KDF)
    return tmp_path / "folder", access, recovery


def document(path):
    return json.loads(folder_key.folder_file(path).read_text())


def rewrite(path, change):
    data = document(path)
    change(data)
    folder_key.folder_file(path).write_text(json.dumps(data))


def test_the_passphrase_and_the_recovery_key_both_open_the_folder(folder):
    path, access, recovery = folder
    assert folder_key.open_folder(path, SECRET) == access
    assert folder_key.open_folder(path, recovery.lower().replace("-", " ")) == access
    assert {wrap["aead"] for wrap in document(path)["vault"].values()} == {"aes-256-gcm"}


def test_a_wrong_passphrase_is_refused(folder):
    path, _access, _recovery = folder
    with pytest.raises(FolderRefused, match="not the sync folder's passphrase"):
        folder_key.open_folder(path, "not it")


def test_a_first_version_folder_without_the_cipher_name_still_opens(folder):
    path, access, _recovery = folder

    def drop_names(data):
        for wrap in data["vault"].values():
            del wrap["aead"]

    rewrite(path, drop_names)
    assert folder_key.open_folder(path, SECRET) == access


def test_a_wrap_copied_from_another_folder_does_not_open(folder, tmp_path):
    path, _access, _recovery = folder
    folder_key.create_folder(tmp_path / "other", SECRET, CHEAP_KDF)
    other_vault = document(tmp_path / "other")["vault"]
    rewrite(path, lambda data: data.update(vault=other_vault))
    with pytest.raises(FolderRefused, match="not the sync folder's passphrase"):
        folder_key.open_folder(path, SECRET)


@pytest.mark.parametrize("damage", [
    lambda wrap: wrap.update(salt="zz"),
    lambda wrap: wrap.update(aead="rot13"),
    lambda wrap: wrap.update(memory_cost=1 << 40),
    lambda wrap: wrap.clear(),
])
def test_a_damaged_key_record_is_refused_plainly(folder, damage):
    path, _access, _recovery = folder
    rewrite(path, lambda data: damage(data["vault"]["passphrase"]))
    with pytest.raises(FolderRefused, match="damaged"):
        folder_key.open_folder(path, SECRET)
