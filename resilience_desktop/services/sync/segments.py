"""Encrypted, append-only files in the sync folder (docs/sync.md, "Records and segments").

``devices/<device>/segments/<seq>.seg`` and ``devices/<device>/manifest.json``, each
``RSG1 | nonce | AES-GCM(folder key, zlib(JSON) padded to a size bucket)``, the
associated data binding folder id, device id and file role. A file that does not
authenticate (truncated, half-arrived, damaged, not ours) reads as None; conflict copies
made by the sync tool (``*.sync-conflict-*``, ``(conflicted copy)``) are tried as well.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import struct
import zlib
from collections.abc import Mapping
from pathlib import Path

from resilience_desktop.core.files import make_private_dir, write_atomic
from resilience_desktop.services.sync.shapes import FolderJson

MAGIC = b"RSG1"
SEGMENT_DIGITS = 8
SEGMENT_NAME = re.compile(r"^(\d{8})(?:\.seg$|[^/]*(?:sync-conflict|conflicted copy)[^/]*$)")
_CONFLICT = re.compile(r"sync-conflict|conflicted copy", re.IGNORECASE)


def devices_dir(folder: Path) -> Path:
    return Path(folder) / "devices"


def segments_dir(folder: Path, device: str) -> Path:
    return devices_dir(folder) / device / "segments"


def segment_name(seq: int) -> str:
    return f"{seq:0{SEGMENT_DIGITS}d}.seg"


def bucket(size: int) -> int:
    """Round up to a size bucket (at most 12.5 % more; at least 1 KiB): sizes do not
    tell how many records a file holds."""
    if size <= 1024:
        return 1024
    step = 1 << max(10, size.bit_length() - 4)
    return -(-size // step) * step


def seal(key: bytes, aad: bytes, value: object) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    packed = zlib.compress(json.dumps(value, separators=(",", ":")).encode("utf-8"), 6)
    plain = struct.pack(">I", len(packed)) + packed
    plain += bytes(bucket(len(plain) + 16) - 16 - len(plain))
    nonce = secrets.token_bytes(12)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, plain, aad)


def unseal(key: bytes, aad: bytes, data: bytes) -> object:
    """The value, or None when data does not authenticate for exactly this aad."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(data) < 4 + 12 + 16 + 4 or not data.startswith(MAGIC):
        return None
    try:
        plain = AESGCM(key).decrypt(data[4:16], data[16:], aad)
        (length,) = struct.unpack(">I", plain[:4])
        return json.loads(zlib.decompress(plain[4:4 + length]).decode("utf-8"))
    except (InvalidTag, ValueError, zlib.error, struct.error):
        return None


def segment_aad(folder_id: str, device: str, seq: int) -> bytes:
    return f"resilience-sync-segment-v1:{folder_id}:{device}:{seq}".encode()


def manifest_aad(folder_id: str, device: str) -> bytes:
    return f"resilience-sync-manifest-v1:{folder_id}:{device}".encode()


def write_segment(folder: Path, folder_id: str, key: bytes, device: str, seq: int,
                  payload: Mapping[str, object]) -> Path:
    directory = make_private_dir(segments_dir(folder, device))
    target = directory / segment_name(seq)
    if target.exists():
        raise FileExistsError(f"segment {seq} of this computer exists already")
    write_atomic(target, seal(key, segment_aad(folder_id, device, seq), payload))
    return target


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def candidates(directory: Path, name: str) -> list[Path]:
    """The file and the sync tool's conflict copies of it (same stem)."""
    stem = name.rsplit(".", 1)[0]
    try:
        names = os.listdir(directory)
    except OSError:
        return []
    found = [directory / name] if name in names else []
    found += sorted(directory / other for other in names
                    if other != name and other.startswith(stem) and _CONFLICT.search(other))
    return found


def read_segment(folder: Path, folder_id: str, key: bytes, device: str,
                 seq: int) -> FolderJson | None:
    directory = segments_dir(folder, device)
    aad = segment_aad(folder_id, device, seq)
    for path in candidates(directory, segment_name(seq)):
        data = _read(path)
        value = unseal(key, aad, data) if data is not None else None
        if isinstance(value, dict) and value.get("seq") == seq and value.get("device") == device:
            return value
    return None


def own_segment_numbers(folder: Path, device: str) -> list[int]:
    try:
        names = os.listdir(segments_dir(folder, device))
    except OSError:
        return []
    return sorted({int(match.group(1)) for name in names if (match := SEGMENT_NAME.match(name))})


def device_ids(folder: Path) -> list[str]:
    try:
        names = os.listdir(devices_dir(folder))
    except OSError:
        return []
    return sorted(name for name in names if re.fullmatch(r"[0-9a-f]{32}", name))


def write_manifest(folder: Path, folder_id: str, key: bytes, device: str,
                   value: FolderJson) -> None:
    directory = make_private_dir(devices_dir(folder) / device)
    write_atomic(directory / "manifest.json", seal(key, manifest_aad(folder_id, device), value))


def read_manifest(folder: Path, folder_id: str, key: bytes,
                  device: str) -> FolderJson | None:
    """The newest manifest of a device that authenticates (conflict copies included)."""
    best = None
    aad = manifest_aad(folder_id, device)
    for path in candidates(devices_dir(folder) / device, "manifest.json"):
        data = _read(path)
        value = unseal(key, aad, data) if data is not None else None
        if isinstance(value, dict) and (best is None or
                                        str(value.get("synced_at")) > str(best.get("synced_at"))):
            best = value
    return best
