"""Wrap a random data key with a secret: Argon2id, then AES-256-GCM. Qt-free, reusable.

    record = wrap_key(data_key, secret, aad)      # a JSON-ready dict
    data_key = unwrap_key(record, secret, aad)    # WrongPassphraseError if not

``kek = Argon2id(secret, fresh 16-byte salt, 32 bytes)`` (argon2-cffi), then
``AESGCM(kek).encrypt(fresh 12-byte nonce, data_key, aad)`` (the
``cryptography`` package). The associated data (``aad``) is authenticated but
not stored: the caller binds the wrap to what it belongs to (the vault binds
it to its journal id and to "passphrase" or "recovery"), so a wrapped key
moved to another journal or another role does not unwrap. The Argon2
settings travel in the record and are range-checked before use, so a damaged
or hostile record cannot make Argon2 run for hours or ask for terabytes.

``unwrap_legacy`` reads the format-1 XOR/HMAC wraps written before this
module existed (vault.json format 1); nothing writes them any more.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.i18n import translate
from typing import Any

AEAD_NAME = "aes-256-gcm"
# Argon2id cost: about 0.3 s on a laptop core, 64 MiB (OWASP-style settings).
DEFAULT_KDF = {"time_cost": 3, "memory_cost": 65536, "parallelism": 1}
KDF_LIMITS = {"time_cost": (1, 20), "memory_cost": (8, 1 << 21), "parallelism": (1, 16)}
_AEAD_HEX = {"salt": 32, "nonce": 24, "wrapped": 96}
_LEGACY_HEX = {"salt": 32, "wrapped": 64, "tag": 64}
_LEGACY_LABEL = b"resilience-vault-v1"


class WrongPassphraseError(UserFacingError):
    """The passphrase or recovery key does not unwrap the data key."""


def _kek(secret: bytes, salt: bytes, kdf: dict[str, Any], length: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw  # only when (un)locking: start-up speed

    return hash_secret_raw(secret, salt, time_cost=kdf["time_cost"],
                           memory_cost=kdf["memory_cost"], parallelism=kdf["parallelism"],
                           hash_len=length, type=Type.ID)


def wrap_key(data_key: bytes, secret: bytes, aad: bytes, kdf: dict[str, Any] | None = None) -> dict[str, Any]:
    """data_key wrapped under secret, bound to aad (give the same aad to unwrap)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    kdf = {name: (kdf or DEFAULT_KDF)[name] for name in DEFAULT_KDF}
    check_kdf(kdf)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = AESGCM(_kek(secret, salt, kdf, 32)).encrypt(nonce, data_key, aad)
    return {"kdf": "argon2id", **kdf, "aead": AEAD_NAME, "salt": salt.hex(),
            "nonce": nonce.hex(), "wrapped": wrapped.hex()}


def unwrap_key(record: dict[str, Any], secret: bytes, aad: bytes) -> bytes:
    """The data key; WrongPassphraseError when secret (or aad) is not the one wrapped with."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_record(record)
    if not is_aead(record):
        return unwrap_legacy(record, secret)
    kek = _kek(secret, bytes.fromhex(record["salt"]), record, 32)
    try:
        return AESGCM(kek).decrypt(bytes.fromhex(record["nonce"]),
                                   bytes.fromhex(record["wrapped"]), aad)
    except InvalidTag as error:
        raise WrongPassphraseError(translate("Resilience", "That passphrase is not right. Nothing was changed.")) \
            from error


def unwrap_legacy(record: dict[str, Any], secret: bytes) -> bytes:
    """A format-1 wrap: data_key XOR kek[:32], HMAC-SHA256(kek[32:]) tag (read only)."""
    salt, wrapped = bytes.fromhex(record["salt"]), bytes.fromhex(record["wrapped"])
    kek = _kek(secret, salt, record, 64)
    tag = hmac.new(kek[32:], _LEGACY_LABEL + salt + wrapped, hashlib.sha256).digest()
    if not hmac.compare_digest(tag, bytes.fromhex(record["tag"])):
        raise WrongPassphraseError(translate("Resilience", "That passphrase is not right. Nothing was changed."))
    return bytes(a ^ b for a, b in zip(wrapped, kek[:32]))


def is_aead(record: dict[str, Any]) -> bool:
    return record.get("aead") == AEAD_NAME


def check_kdf(record: dict[str, Any]) -> None:
    for name, (low, high) in KDF_LIMITS.items():
        value = record.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValueError(f"bad {name}")


def check_record(record: object) -> None:
    """ValueError unless record is a well-formed wrap (AEAD or legacy)."""
    if not isinstance(record, dict) or record.get("kdf") != "argon2id":
        raise ValueError("unknown key wrapping")
    if "aead" in record and not is_aead(record):
        raise ValueError(f"unknown cipher {str(record.get('aead'))[:40]!r}")
    check_kdf(record)
    for name, length in (_AEAD_HEX if is_aead(record) else _LEGACY_HEX).items():
        value = record.get(name)
        if not isinstance(value, str) or len(value) != length:
            raise ValueError(f"bad {name}")
        bytes.fromhex(value)
