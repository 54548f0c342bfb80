"""Compaction of a sync folder (docs/sync.md, "Compaction").

Segments pile up: every sync adds one per computer. Once enough segments have been read
by every known computer, one computer writes a **snapshot**: the whole synced state as
records (each row at its base clock plus its later column clocks, tombstones, records
still waiting for a parent), as ordinary segments of its own marked ``"snapshot":
{"covers", "first", "parts"}`` (``covers``: up to which segment of each computer the
state includes). Its manifest announces it. Then each computer deletes its OWN segments
that the announced snapshot covers and that every known computer's manifest says it has
read (a computer with no readable manifest blocks that). Nobody deletes another's files.
A computer that has not synced for ``KEEP_DAYS`` (by its manifest) stops holding segments
back: the folder keeps changes that long for a computer that is away.

A computer that finds a gap (a segment it has not read is gone: a new computer, or one
older than the compaction) applies the snapshot — a merge by the usual rules, so its own
unsent edits survive and concurrent texts become revisions — and jumps its cursors to
what the snapshot covers; the report says so (``caught_up``). A computer already past
everything a snapshot covers skips its records.

Kill-safe: parts are written under a temporary name and renamed (as every segment); the
announcement goes into the manifest after the parts exist, the local state is one
transaction, and files are deleted only after it committed. A killed compaction leaves
either no announced snapshot (its parts read as ordinary records, applied idempotently)
or a complete one; a killed deletion is finished by the next sync.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from resilience_desktop.services.sync import segments
from resilience_desktop.services.sync.folder_key import FolderKey
from resilience_desktop.services.sync.outbox import RowReader
from resilience_desktop.services.sync.schema import TableInfo
from resilience_desktop.services.sync.shapes import FolderJson, Payload, Record, Row, Snapshot
from resilience_desktop.services.sync.store import Store
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
# Compact once this many segments could be deleted (read by every known computer).
COMPACT_AFTER = 64
# A computer whose last sync is older than this no longer holds segments back.
KEEP_DAYS = 90
_DAY_MS = 24 * 3600 * 1000


# ---- what the folder says ----------------------------------------------------------
def manifests(folder: Path, access: FolderKey, devices: list[str]) -> dict[str, FolderJson]:
    return {device: segments.read_manifest(folder, access.folder_id, access.key, device) or {}
            for device in devices}


def holding_back(found: dict[str, FolderJson], now_ms: int) -> dict[str, FolderJson]:
    """The manifests whose computers segments are kept for: every one except those that
    last synced more than KEEP_DAYS ago (an unreadable manifest counts: it may be arriving)."""
    oldest = now_ms - KEEP_DAYS * _DAY_MS
    return {device: manifest for device, manifest in found.items()
            if not manifest or int(manifest.get("synced_at", 0) or 0) >= oldest}


def newest_snapshot(found: dict[str, FolderJson]) -> tuple[str, FolderJson] | None:
    """The announced snapshot that covers the most: (its device, its announcement)."""
    best: tuple[int, str, FolderJson] | None = None
    for device, manifest in found.items():
        snapshot = manifest.get("snapshot")
        if isinstance(snapshot, dict) and isinstance(snapshot.get("covers"), dict):
            size = size_of(snapshot)
            if best is None or size > best[0]:
                best = (size, device, snapshot)
    return None if best is None else (best[1], best[2])


def size_of(snapshot: FolderJson) -> int:
    return sum(int(seq) for seq in snapshot["covers"].values())


def has_gap(folder: Path, device: str, seq: int, manifest: FolderJson) -> bool:
    """True when segment seq+1 of device is gone (deleted after a compaction)."""
    later = [n for n in segments.own_segment_numbers(folder, device) if n > seq]
    first = min(later, default=int(manifest.get("seq", 0) or 0) + 1)
    return first > seq + 1


def covered(seqs: dict[str, int], covers: dict[str, int], own: str) -> bool:
    return all(seqs.get(device, 0) >= int(seq) for device, seq in covers.items() if device != own)


# ---- writing a snapshot ------------------------------------------------------------
def state_records(store: Store, schema: dict[str, TableInfo]) -> list[Record]:
    """The whole synced state as records (the receiver merges them like any others)."""
    reader, records = RowReader(store), []
    for table, info in schema.items():
        uids = [uid for (uid,) in store.sql(f'SELECT uid FROM "{table}" WHERE uid != \'\'')]
        rows, clocks = reader.rows(info, uids), all_clocks(store, table)
        for uid, row in rows.items():
            records += row_records(table, uid, row, clocks.get(uid, {}))
        records += [[table, uid, hlc, "d", None, None, None] for uid, col, hlc in store.sql(
            "SELECT uid, col, hlc FROM sync_clock WHERE tbl = ? AND col = '-'", (table,))]
    records += [json.loads(text) for (text,) in store.sql("SELECT record FROM sync_pending")]
    return records


def all_clocks(store: Store, table: str) -> dict[str, dict[str, str]]:
    clocks: dict[str, dict[str, str]] = {}
    for uid, column, hlc in store.sql("SELECT uid, col, hlc FROM sync_clock WHERE tbl = ?",
                                      (table,)):
        clocks.setdefault(uid, {})[column] = hlc
    return clocks


def row_records(table: str, uid: str, row: Row, clocks: dict[str, str]) -> list[Record]:
    base = clocks.get("*") or min((v for k, v in clocks.items() if k != "-"), default="")
    if not base:
        return []  # never stamped, so never sent: no computer can be missing it
    records: list[Record] = [[table, uid, base, "u", row, ["*"], {}]]
    later: dict[str, list[str]] = {}
    for column, hlc in clocks.items():
        if column not in ("*", "-") and hlc > base and column in row:
            later.setdefault(hlc, []).append(column)
    records += [[table, uid, hlc, "u", row, sorted(columns), {}]
                for hlc, columns in sorted(later.items())]
    return records


def due(store: Store, folder: Path, own: str, found: dict[str, FolderJson]) -> bool:
    """Enough segments would go after a new snapshot (read by all, not yet covered)."""
    snapshot = newest_snapshot(found)
    covers = snapshot[1]["covers"] if snapshot else {}
    count = 0
    for device in [own, *found]:
        bound = read_by_all(device, own, store, found)
        count += sum(1 for seq in segments.own_segment_numbers(folder, device)
                     if int(covers.get(device, 0)) < seq <= bound)
    return count >= COMPACT_AFTER


def read_by_all(device: str, own: str, store: Store, found: dict[str, FolderJson]) -> int:
    """The last segment of device that every known computer (this one included) read."""
    reads = [store.number("seq", 0) if device == own else cursor_seq(store, device)]
    reads += [int((manifest.get("read") or {}).get(device, 0))
              for other, manifest in found.items() if other != device]
    return min(reads)


def cursor_seq(store: Store, device: str) -> int:
    """The last segment of another computer this one read (0: none yet)."""
    cursor = store.cursors().get(device)
    return cursor["seq"] if cursor else 0


def write_snapshot(store: Store, schema: dict[str, TableInfo], folder: Path, access: FolderKey,
                   payload_of: Callable[[int, list[Record]], Payload]) -> Snapshot:
    """Write the state as this computer's next segments; remember the announcement."""
    own = store.text("device") or ""
    covers = {device: cursor["seq"] for device, cursor in store.cursors().items()}
    covers[own] = store.number("seq", 0)
    records = state_records(store, schema)
    chunks = [records[start:start + 4000] for start in range(0, len(records), 4000)] or [[]]
    first = max([store.number("seq", 0)] + segments.own_segment_numbers(folder, own)) + 1
    covers[own] = first - 1
    announcement = Snapshot(covers=covers, first=first, parts=len(chunks))
    for part, chunk in enumerate(chunks):
        payload = payload_of(first + part, chunk)
        payload["snapshot"] = Snapshot(covers=covers, first=first, parts=len(chunks), part=part)
        segments.write_segment(folder, access.folder_id, access.key, own, first + part, payload)
        store.put("seq", first + part)
    store.put("snapshot", announcement)
    log.info("wrote a snapshot of the sync state (%d parts)", len(chunks))
    return announcement


# ---- deleting what every computer has read -------------------------------------------
def remove_read_segments(store: Store, folder: Path, access: FolderKey, now_ms: int) -> int:
    """Delete this computer's own segments covered by the newest snapshot and read by
    every known computer (after the sync committed)."""
    own = store.text("device") or ""
    bound = removable_up_to(store, folder, access, own, now_ms)
    if bound is None:
        return 0
    return remove_own_segments(segments.segments_dir(folder, own), bound)


def removable_up_to(store: Store, folder: Path, access: FolderKey, own: str,
                    now_ms: int) -> int | None:
    """The last own segment the newest snapshot covers and every computer read; None:
    keep them all (no snapshot, or a computer's manifest is not readable)."""
    others = [device for device in segments.device_ids(folder) if device != own]
    found = manifests(folder, access, others)
    snapshot = newest_snapshot({**found, own: {"snapshot": store.get("snapshot")}})
    found = holding_back(found, now_ms)
    if snapshot is None or any(not manifest for manifest in found.values()):
        return None
    return min([int(snapshot[1]["covers"].get(own, 0))]
               + [int((manifest.get("read") or {}).get(own, 0)) for manifest in found.values()])


def remove_own_segments(directory: Path, bound: int) -> int:
    """Delete the segments (and conflict copies) up to bound; how many went."""
    removed = 0
    for name in sorted(os.listdir(directory)) if directory.is_dir() else []:
        match = segments.SEGMENT_NAME.match(name)
        if match and int(match.group(1)) <= bound:
            try:
                os.remove(directory / name)
                removed += 1
            except OSError:
                log.warning("a read segment could not be removed; the next sync tries again")
    return removed
