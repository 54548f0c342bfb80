"""Reading the other computers' new segments (docs/sync.md; compaction.py for snapshots).

Per other computer, segments after this computer's cursor, in order, until one is missing
or does not authenticate yet (retried at the next sync) or was written by a newer
Resilience (the cursor stops before it). A gap left by a compaction is filled first from
the announced snapshots. Cursors (and the names and times the manifests give) are
stored when done, inside the engine's transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.services.sync import compaction, segments
from resilience_desktop.services.sync.folder_key import FolderKey
from resilience_desktop.services.sync.hlc import HybridClock
from resilience_desktop.services.sync.shapes import Cursor, FolderJson, Record
from resilience_desktop.services.sync.store import Store

if TYPE_CHECKING:
    from resilience_desktop.services.sync.engine import SyncReport


def read_new_segments(store: Store, clock: HybridClock, folder: Path, access: FolderKey,
                      report: SyncReport, version: int, record_format: int) -> list[Record]:
    own, cursors = store.text("device") or "", store.cursors()
    devices = [device for device in segments.device_ids(folder) if device != own]
    found = compaction.manifests(folder, access, devices)
    seqs = {device: cursor["seq"] for device, cursor in cursors.items()}
    names = computer_names(devices, found, cursors)
    reader = _Reader(folder, access, clock, report, version, record_format, names)
    records = catch_up(reader, found, seqs, own)
    for device in devices:
        records += read_device(reader, device, seqs, own)
    for device in devices:
        seen_at = cursors[device]["seen_at"] if device in cursors else ""
        store.set_cursor(device, seqs.get(device, 0), names[device],
                         str(found[device].get("synced_at", seen_at)))
    return records


def computer_names(devices: list[str], found: dict[str, FolderJson],
                   cursors: dict[str, Cursor]) -> dict[str, str]:
    """Each computer's name: its manifest's, else the one it had when last read."""
    return {device: found.get(device, {}).get("name")
            or (cursors[device]["name"] if device in cursors else "") or ""
            for device in devices}


def read_device(reader: _Reader, device: str, seqs: dict[str, int], own: str) -> list[Record]:
    """A computer's segments after its cursor (``seqs``, moved on), in order, until one
    is missing, not whole yet, or newer."""
    records: list[Record] = []
    seq = seqs.get(device, 0)
    while (payload := reader.next(device, seq)) is not None:
        seq += 1
        snapshot = payload.get("snapshot")
        if snapshot and compaction.covered(seqs, snapshot.get("covers", {}), own):
            continue  # this computer has every change the snapshot holds
        records += reader.take(device, payload)
        if snapshot and snapshot.get("part") == snapshot.get("parts", 1) - 1:
            advance(seqs, snapshot.get("covers", {}), own)
    seqs[device] = max(seq, seqs.get(device, 0))
    return records


def advance(seqs: dict[str, int], covers: dict[str, int], own: str) -> None:
    for device, seq in covers.items():
        if device != own:
            seqs[device] = max(seqs.get(device, 0), int(seq))


def catch_up(reader: _Reader, found: dict[str, FolderJson], seqs: dict[str, int],
             own: str) -> list[Record]:
    """Segments this computer never read are gone: apply announced snapshots whole (the
    one that covers the most first) until no gap is left."""
    records: list[Record] = []
    for device, snapshot in announced(found):
        if not fills_gap(reader.folder, snapshot, found, seqs):
            continue  # no gap it fills (or a segment still arriving, not a compaction)
        payloads = snapshot_parts(reader, device, snapshot)
        if payloads is None:
            continue  # still arriving, newer, or gone: another snapshot may do
        records += [record for payload in payloads for record in reader.take(device, payload)]
        advance(seqs, snapshot["covers"], own)
        seqs[device] = max(seqs.get(device, 0), int(snapshot["first"]) + len(payloads) - 1)
        reader.report.caught_up = True
    return records


def announced(found: dict[str, FolderJson]) -> list[tuple[str, FolderJson]]:
    """(device, snapshot announcement) of every manifest announcing one, the snapshot
    that covers the most first."""
    usable_ones = sorted((item for item in found.items() if usable(item[1].get("snapshot"))),
                         key=lambda item: -compaction.size_of(item[1]["snapshot"]))
    return [(device, manifest["snapshot"]) for device, manifest in usable_ones]


def fills_gap(folder: Path, snapshot: FolderJson, found: dict[str, FolderJson],
              seqs: dict[str, int]) -> bool:
    """The snapshot covers a segment that is gone and that this computer never read."""
    gapped = [gap for gap, gap_manifest in found.items()
              if compaction.has_gap(folder, gap, seqs.get(gap, 0), gap_manifest)]
    return any(int(snapshot["covers"].get(gap, 0)) > seqs.get(gap, 0) for gap in gapped)


def snapshot_parts(reader: _Reader, device: str, snapshot: FolderJson) -> list[FolderJson] | None:
    """Every part's payload, or None when one is missing (or not whole yet, or newer)."""
    first = int(snapshot["first"])
    payloads = [reader.next(device, seq - 1)
                for seq in range(first, first + int(snapshot["parts"]))]
    whole = [payload for payload in payloads if payload is not None]
    return whole if len(whole) == len(payloads) else None


def usable(snapshot: object) -> bool:
    return (isinstance(snapshot, dict) and isinstance(snapshot.get("covers"), dict)
            and isinstance(snapshot.get("first"), int) and isinstance(snapshot.get("parts"), int))


class _Reader:
    def __init__(self, folder: Path, access: FolderKey, clock: HybridClock, report: SyncReport,
                 version: int, record_format: int, names: dict[str, str]) -> None:
        self.folder, self.access, self.clock, self.report = folder, access, clock, report
        self.version, self.record_format, self.names = version, record_format, names

    def next(self, device: str, seq: int) -> FolderJson | None:
        """Segment seq+1 of device, or None (missing, not yet whole, or newer)."""
        payload = segments.read_segment(self.folder, self.access.folder_id, self.access.key,
                                        device, seq + 1)
        if payload is None:
            if seq + 1 in segments.own_segment_numbers(self.folder, device):
                self.report.waiting_files += 1
            return None
        if payload.get("schema", 0) > self.version or payload.get("format") != self.record_format:
            self.report.newer.add(self.names.get(device) or device[:8])
            return None
        return payload

    def take(self, device: str, payload: FolderJson) -> list[Record]:
        records: list[Record] = payload["records"]
        for record in records:
            if not self.clock.observe(record[2]):
                self.report.clocks_ahead.add(self.names.get(device) or device[:8])
        self.report.computers.add(device)
        if records:
            self.report.from_names.add(self.names.get(device) or device[:8])
        return records
