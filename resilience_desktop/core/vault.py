"""The passphrase lock's key material: a random data key, wrapped twice.

The journal is encrypted by SQLCipher with a random 256-bit data key. That
key is stored only wrapped (``core/keywrap.py``: Argon2id, then AES-256-GCM),
in ``vault.json`` next to the database and in a copy at the end of every
encrypted backup (``core/key_copies.py``):

* by a key derived from the passphrase, and
* by a key derived from a printable recovery key shown once at setup.

Each wrap's associated data binds it to this journal (``journal_id``, random,
kept in the record) and to its role, so a wrap moved into another vault or
swapped between roles does not open. Changing the passphrase only re-wraps
the key: the database and its backups are not rewritten.

Formats: 2 (this one) and 1 (XOR/HMAC wraps, no journal id), still read. A
format-1 wrap is rewrapped with the AEAD the next time its secret is used by
a writer (unlock, opening with the passphrase, passphrase change).
"""

from __future__ import annotations

import base64
import json
import secrets
from pathlib import Path

from resilience_desktop.core import files
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.keywrap import (DEFAULT_KDF, WrongPassphraseError, check_record,
                                             is_aead, unwrap_key, wrap_key)
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from resilience_desktop.paths import AppPaths

__all__ = ["DEFAULT_KDF", "WrongPassphraseError"]

VAULT_FILENAME = files.VAULT_FILENAME  # spelled in core/files.py
LOCKING_SUFFIX = ".locking"
VAULT_FORMAT = 2
READABLE_FORMATS = (1, 2)
ROLES = ("passphrase", "recovery")
MIN_PASSPHRASE = 8
LOCKED_MESSAGE = QT_TRANSLATE_NOOP("Resilience", "This journal is locked with a passphrase. Unlock it first.")


class JournalLockedError(UserFacingError):
    """The journal is encrypted and no key was given."""


class KeyNotGiven(JournalLockedError):
    """The person closed the passphrase prompt: nothing to open, nothing wrong."""


class DamagedVaultError(UserFacingError):
    """vault.json cannot be read or does not hold a well-formed key record."""


def vault_path(paths: AppPaths) -> Path:
    return paths.data_dir / VAULT_FILENAME


def locking_path(paths: AppPaths) -> Path:
    return paths.db_path.with_name(paths.db_path.name + LOCKING_SUFFIX)


def is_locked(paths: AppPaths) -> bool:
    return vault_path(paths).exists()


def new_data_key() -> bytes:
    return secrets.token_bytes(32)


def new_recovery_key() -> str:
    """160 random bits as 8 groups of 4 base32 letters, e.g. ABCD-EFGH-..."""
    text = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def normalise_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.encode("ascii", "ignore")


def secret_bytes(secret: str, role: str) -> bytes:
    if role == "recovery":
        return normalise_recovery_key(secret)
    return secret.encode("utf-8", "surrogateescape")


def role_aad(vault: dict[str, Any], role: str) -> bytes:
    """What a wrap is bound to: this journal's id and the role of the secret."""
    return f"resilience-vault-v2|{vault['journal_id']}|{role}".encode("ascii")


def check_passphrase_strength(passphrase: str) -> None:
    from resilience_desktop.core.errors import ValidationError

    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(translate("Resilience", "The passphrase needs at least {min_passphrase} characters.").format(min_passphrase=MIN_PASSPHRASE))


def create_vault(passphrase: str, kdf: dict[str, Any] | None = None) -> tuple[bytes, dict[str, Any], str]:
    """A new data key, its vault record and the recovery key (shown once)."""
    from concurrent.futures import ThreadPoolExecutor

    kdf = kdf or DEFAULT_KDF  # this module's (tests patch it)
    data_key, recovery = new_data_key(), new_recovery_key()
    vault = {"format": VAULT_FORMAT, "cipher": "sqlcipher4", "journal_id": secrets.token_hex(16)}
    secrets_by_role = {"passphrase": passphrase, "recovery": recovery}
    # The two Argon2 runs are independent and release the GIL: run them side by side.
    with ThreadPoolExecutor(max_workers=2) as pool:
        wraps = {role: pool.submit(wrap_key, data_key, secret_bytes(secrets_by_role[role], role),
                                   role_aad(vault, role), kdf) for role in ROLES}
        vault.update({role: future.result() for role, future in wraps.items()})
    return data_key, vault, recovery


def upgraded(vault: dict[str, Any], role: str, data_key: bytes, secret: str) -> dict[str, Any]:
    """vault in format 2 with role's wrap made by the AEAD (unchanged if it already is)."""
    if vault["format"] == VAULT_FORMAT and is_aead(vault[role]):
        return vault
    new = {**vault, "format": VAULT_FORMAT}
    new.setdefault("journal_id", secrets.token_hex(16))
    kdf = {name: vault[role][name] for name in DEFAULT_KDF}
    new[role] = wrap_key(data_key, secret_bytes(secret, role), role_aad(new, role), kdf)
    return new


def rewrap_passphrase(vault: dict[str, Any], data_key: bytes, new_passphrase: str) -> dict[str, Any]:
    """vault (format 2) with its passphrase wrap made for new_passphrase."""
    new = {**vault, "format": VAULT_FORMAT}
    new.setdefault("journal_id", secrets.token_hex(16))
    kdf = {name: vault["passphrase"][name] for name in DEFAULT_KDF}
    new["passphrase"] = wrap_key(data_key, secret_bytes(new_passphrase, "passphrase"),
                                 role_aad(new, "passphrase"), kdf)
    return new


def unwrap_role(vault: dict[str, Any], role: str, secret: str) -> bytes:
    record = vault[role]
    aad = role_aad(vault, role) if is_aead(record) else b""
    try:
        return unwrap_key(record, secret_bytes(secret, role), aad)
    except WrongPassphraseError as error:
        if role == "recovery":
            raise WrongPassphraseError(translate("Resilience", "That recovery key is not right. "
                                       "Nothing was changed.")) from error
        raise


def check_vault(record: object) -> dict[str, Any]:
    """record if it is a well-formed vault (format 1 or 2); ValueError otherwise."""
    if not isinstance(record, dict) or record.get("format") not in READABLE_FORMATS:
        raise ValueError("unknown format")
    if record["format"] >= 2:
        journal_id = record.get("journal_id")
        if not isinstance(journal_id, str) or len(journal_id) != 32:
            raise ValueError("bad journal_id")
        bytes.fromhex(journal_id)
    for role in ROLES:
        check_record(record.get(role))
    return record


def damaged_message(detail: str) -> str:
    return (f"The key file {VAULT_FILENAME} is {detail}, and no backup holds a copy of the "
            "key, so the locked journal cannot be opened. Put back a copy of vault.json if "
            "you have one. Nothing was changed.")


def load_vault(paths: AppPaths) -> dict[str, Any]:
    """The vault record, checked; DamagedVaultError (a plain message) otherwise."""
    try:
        return check_vault(json.loads(vault_path(paths).read_text(encoding="utf-8")))
    except FileNotFoundError as error:
        raise DamagedVaultError(damaged_message("missing")) from error
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise DamagedVaultError(damaged_message(f"damaged or unreadable ({error})")) from error


def save_vault(paths: AppPaths, vault: dict[str, Any]) -> None:
    """Write vault.json atomically (temp file 0600, fsync, rename, fsync the folder)."""
    from resilience_desktop.core.files import write_json_atomic

    write_json_atomic(vault_path(paths), check_vault(vault))


def open_key(paths: AppPaths, secret: str, role: str = "passphrase", repair: bool = False
             ) -> tuple[bytes, dict[str, Any]]:
    """The data key and the vault record it came from: vault.json, or when that is
    missing or damaged the newest key copy in the backups that secret opens.

    repair (writers only, never a reader): a vault taken from a copy is written
    back as vault.json, and a format-1 wrap of role is rewrapped with the AEAD."""
    from resilience_desktop.core.key_copies import key_from_copies

    try:
        vault, from_copy = load_vault(paths), False
    except DamagedVaultError:
        key, vault = key_from_copies(paths, secret, role)
        from_copy = True
    else:
        key = unwrap_role(vault, role, secret)
    if repair:
        better = upgraded(vault, role, key, secret)
        if from_copy or better is not vault:
            save_vault(paths, better)
            vault = better
    return key, vault


def unlock_with_passphrase(paths: AppPaths, passphrase: str, repair: bool = False) -> bytes:
    return open_key(paths, passphrase, "passphrase", repair)[0]


def unlock_with_recovery_key(paths: AppPaths, recovery: str, repair: bool = False) -> bytes:
    return open_key(paths, recovery, "recovery", repair)[0]
