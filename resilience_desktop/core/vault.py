"""The passphrase lock's key material: a random data key, wrapped twice.

The journal is encrypted by SQLCipher with a random 256-bit data key. That
key is stored only wrapped, in ``vault.json`` next to the database:

* by a key derived from the passphrase with Argon2id (argon2-cffi), and
* by a key derived from a printable recovery key shown once at setup.

Wrapping: ``kek = Argon2id(secret, fresh 16-byte salt, 64 bytes)``;
``wrapped = data_key XOR kek[:32]``; ``tag = HMAC-SHA256(kek[32:], label |
salt | wrapped)``. Every wrap has its own salt, so kek[:32] is a one-time pad
and the tag tells a wrong passphrase apart before anything touches the
database. Changing the passphrase only re-wraps the key: the database and
its backups are not rewritten.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from pathlib import Path

from resilience_desktop.core.errors import UserFacingError

VAULT_FILENAME = "vault.json"
LOCKING_SUFFIX = ".locking"
VAULT_FORMAT = 1
_LABEL = b"resilience-vault-v1"
#: Argon2id cost: about 0.3 s on a laptop core, 64 MiB (OWASP-style settings).
DEFAULT_KDF = {"time_cost": 3, "memory_cost": 65536, "parallelism": 1}
MIN_PASSPHRASE = 8
LOCKED_MESSAGE = "This journal is locked with a passphrase. Unlock it first."


class JournalLockedError(UserFacingError):
    """The journal is encrypted and no key was given."""


class KeyNotGiven(JournalLockedError):
    """The person closed the passphrase prompt: nothing to open, nothing wrong."""


class WrongPassphraseError(UserFacingError):
    """The passphrase or recovery key does not unwrap the data key."""


def vault_path(paths) -> Path:
    return paths.data_dir / VAULT_FILENAME


def locking_path(paths) -> Path:
    return paths.db_path.with_name(paths.db_path.name + LOCKING_SUFFIX)


def is_locked(paths) -> bool:
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


def _kek(secret: bytes, salt: bytes, kdf: dict) -> bytes:
    from argon2.low_level import Type, hash_secret_raw  # only when (un)locking: start-up speed

    return hash_secret_raw(secret, salt, time_cost=kdf["time_cost"], memory_cost=kdf["memory_cost"],
                           parallelism=kdf["parallelism"], hash_len=64, type=Type.ID)


def wrap_key(data_key: bytes, secret: bytes, kdf: dict | None = None) -> dict:
    kdf = dict(kdf or DEFAULT_KDF)
    salt = secrets.token_bytes(16)
    kek = _kek(secret, salt, kdf)
    wrapped = bytes(a ^ b for a, b in zip(data_key, kek[:32]))
    tag = hmac.new(kek[32:], _LABEL + salt + wrapped, hashlib.sha256).digest()
    return {"kdf": "argon2id", **kdf, "salt": salt.hex(), "wrapped": wrapped.hex(), "tag": tag.hex()}


def unwrap_key(record: dict, secret: bytes) -> bytes:
    salt, wrapped = bytes.fromhex(record["salt"]), bytes.fromhex(record["wrapped"])
    kek = _kek(secret, salt, record)
    tag = hmac.new(kek[32:], _LABEL + salt + wrapped, hashlib.sha256).digest()
    if not hmac.compare_digest(tag, bytes.fromhex(record["tag"])):
        raise WrongPassphraseError("That passphrase is not right. Nothing was changed.")
    return bytes(a ^ b for a, b in zip(wrapped, kek[:32]))


def check_passphrase_strength(passphrase: str) -> None:
    from resilience_desktop.core.errors import ValidationError

    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(f"The passphrase needs at least {MIN_PASSPHRASE} characters.")


def create_vault(passphrase: str, kdf: dict | None = None) -> tuple[bytes, dict, str]:
    """A new data key, its vault record and the recovery key (shown once)."""
    from concurrent.futures import ThreadPoolExecutor

    data_key, recovery = new_data_key(), new_recovery_key()
    # The two Argon2 runs are independent and release the GIL: run them side by side.
    with ThreadPoolExecutor(max_workers=2) as pool:
        by_passphrase = pool.submit(wrap_key, data_key, passphrase.encode("utf-8"), kdf)
        by_recovery = pool.submit(wrap_key, data_key, normalise_recovery_key(recovery), kdf)
        vault = {
            "format": VAULT_FORMAT,
            "cipher": "sqlcipher4",
            "passphrase": by_passphrase.result(),
            "recovery": by_recovery.result(),
        }
    return data_key, vault, recovery


def rewrap_passphrase(vault: dict, data_key: bytes, new_passphrase: str) -> dict:
    kdf = {name: vault["passphrase"][name] for name in DEFAULT_KDF}
    return {**vault, "passphrase": wrap_key(data_key, new_passphrase.encode("utf-8"), kdf)}


class DamagedVaultError(UserFacingError):
    """vault.json cannot be read or does not hold a well-formed key record."""


#: Bounds on the key-derivation settings read from vault.json: a damaged or
#: hostile file must not make Argon2 run for hours or ask for terabytes.
_KDF_LIMITS = {"time_cost": (1, 20), "memory_cost": (8, 1 << 21), "parallelism": (1, 16)}
_HEX_LENGTHS = {"salt": 32, "wrapped": 64, "tag": 64}


def _check_wrap(record) -> None:
    if not isinstance(record, dict) or record.get("kdf") != "argon2id":
        raise ValueError("unknown key wrapping")
    for name, (low, high) in _KDF_LIMITS.items():
        value = record.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValueError(f"bad {name}")
    for name, length in _HEX_LENGTHS.items():
        value = record.get(name)
        if not isinstance(value, str) or len(value) != length:
            raise ValueError(f"bad {name}")
        bytes.fromhex(value)


def load_vault(paths) -> dict:
    """The vault record, checked; DamagedVaultError (a plain message) otherwise."""
    try:
        record = json.loads(vault_path(paths).read_text(encoding="utf-8"))
        if not isinstance(record, dict) or record.get("format") != VAULT_FORMAT:
            raise ValueError("unknown format")
        _check_wrap(record.get("passphrase"))
        _check_wrap(record.get("recovery"))
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise DamagedVaultError(
            f"The lock file {VAULT_FILENAME} is damaged or unreadable ({error}), so the locked "
            "journal cannot be opened. Put back a copy of vault.json if you have one. "
            "Nothing was changed.") from error
    return record


def save_vault(paths, vault: dict) -> None:
    """Write vault.json atomically (temp file 0600, fsync, rename, fsync the folder)."""
    from resilience_desktop.core.files import write_json_atomic

    write_json_atomic(vault_path(paths), vault)


def unlock_with_passphrase(paths, passphrase: str) -> bytes:
    return unwrap_key(load_vault(paths)["passphrase"], passphrase.encode("utf-8"))


def unlock_with_recovery_key(paths, recovery: str) -> bytes:
    try:
        return unwrap_key(load_vault(paths)["recovery"], normalise_recovery_key(recovery))
    except WrongPassphraseError as error:
        raise WrongPassphraseError("That recovery key is not right. Nothing was changed.") from error
